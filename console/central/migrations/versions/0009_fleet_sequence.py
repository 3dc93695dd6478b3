"""fleet at head office: each settled filling of a registered vehicle with what came before it
(its effective reading, the previous filling's, the previous reading's, the last full fill's),
derived when a filling, a reading or a vehicle's plate lands, so the chain's fleet reports read
it instead of walking half a million fillings in window functions at every report

Fillings and readings arrive once each but not in order: a station offline for days syncs late,
a correction is a new reading.  Whatever lands, the vehicle's rows from the earliest filling it
touches onward are derived again from the vehicle's whole history (each row depends only on the
rows before it in time, so the ones before stay right).  The triggers' functions run as their
definer and take the feed writers' lock (7007001, as platepay_stamp_seq does), so two stations'
batches for one vehicle are derived one after the other and in one lock order.  Stations get no
grant on the table: it is head office's.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 10:00:00
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# console/fleet/queries.py `sequence` names the same columns, with the same meaning, for the station.
DERIVE = """
CREATE TABLE fleet_sequence (
    id uuid PRIMARY KEY,               -- the filling
    vehicle_id uuid NOT NULL,
    plate varchar(16) NOT NULL,
    station_id varchar(32) NOT NULL,
    lane integer NOT NULL,
    driver varchar(64),
    phone_charged varchar(16),
    litres numeric(12, 3) NOT NULL,
    amount_fen bigint NOT NULL,
    created_at timestamptz NOT NULL,
    at timestamptz NOT NULL,           -- ended, else started, else created
    "full" integer NOT NULL,           -- 1: the pump stopped before its preset
    odometer numeric(10, 1),           -- its effective reading
    prev_at timestamptz,
    prev_station varchar(32),
    prev_odometer numeric(10, 1),
    full_no bigint NOT NULL,           -- full fills up to and including this one
    last_odometer numeric(10, 1),      -- the highest reading before it
    last_at timestamptz,
    distance numeric(11, 1),
    last_full_odometer numeric(10, 1),
    last_full_at timestamptz,
    last_full_read_at timestamptz,
    last_driver varchar(64),           -- at the previous reading (read fillings only)
    last_station varchar(32),
    -- on a full fill that ends a full-to-full segment (a full fill before it): the segment's
    -- litres, fills and partial fills since that full fill, and the distance between the two
    -- full fills' readings (NULL when either has none)
    seg_litres numeric(14, 3),
    seg_fills integer,
    seg_partials integer,
    seg_distance numeric(11, 1)
);
CREATE INDEX ix_fleet_sequence_vehicle_at ON fleet_sequence (vehicle_id, at, id);
CREATE INDEX ix_fleet_sequence_plate_at ON fleet_sequence (plate, at);
CREATE INDEX ix_fleet_sequence_at ON fleet_sequence (at);
ALTER TABLE fleet_sequence ENABLE ROW LEVEL SECURITY;

-- Derive the rows of these plates' vehicles from each plate's time onward.
CREATE FUNCTION platepay_fleet_derive(p_plates text[], p_from timestamptz[]) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF p_plates IS NULL OR cardinality(p_plates) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7007001);
    DELETE FROM fleet_sequence s
    USING (SELECT t.plate, min(t.from_at) AS from_at FROM unnest(p_plates, p_from) AS t(plate, from_at) GROUP BY t.plate) AS t
    WHERE s.plate = t.plate AND s.at >= t.from_at;
    INSERT INTO fleet_sequence
    WITH touched AS (
        SELECT t.plate, min(t.from_at) AS from_at FROM unnest(p_plates, p_from) AS t(plate, from_at)
        WHERE t.plate IS NOT NULL GROUP BY t.plate
    ), base AS (
        SELECT f.id, v.id AS vehicle_id, f.plate, f.station_id, f.lane, f.driver, f.phone_charged, f.litres, f.amount_fen,
               f.created_at, coalesce(f.ended_at, f.started_at, f.created_at) AS at,
               CASE WHEN f.amount_fen < f.preset_fen THEN 1 ELSE 0 END AS "full", r.value AS odometer, t.from_at
        FROM touched t
        JOIN vehicles v ON v.plate = t.plate
        JOIN fillings f ON f.plate = t.plate
        LEFT JOIN LATERAL (
            -- its latest reading that no correction replaces
            SELECT o.value FROM odometer_readings o
            WHERE o.filling_id = f.id AND NOT EXISTS (SELECT 1 FROM odometer_readings c WHERE c.corrects_id = o.id)
            ORDER BY o.created_at DESC, o.id DESC LIMIT 1
        ) r ON true
        WHERE f.status = 'settled' AND f.litres IS NOT NULL AND f.amount_fen IS NOT NULL
    ), seq AS (
        SELECT b.*,
               lag(b.at) OVER w AS prev_at, lag(b.station_id) OVER w AS prev_station, lag(b.odometer) OVER w AS prev_odometer,
               sum(b."full") OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS full_no,
               max(b.odometer) OVER before AS last_odometer,
               max(CASE WHEN b.odometer IS NOT NULL THEN b.at END) OVER before AS last_at,
               max(CASE WHEN b."full" = 1 THEN b.odometer END) OVER before AS last_full_odometer,
               max(CASE WHEN b."full" = 1 THEN b.at END) OVER before AS last_full_at,
               max(CASE WHEN b."full" = 1 AND b.odometer IS NOT NULL THEN b.at END) OVER before AS last_full_read_at,
               count(b.odometer) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS read_no
        FROM base b
        WINDOW w AS (PARTITION BY b.vehicle_id ORDER BY b.at, b.id), before AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    ), grouped AS (
        -- Rows from one reading to the next share read_no; the first of each group is its reading.
        SELECT s.*, first_value(s.driver) OVER g AS read_driver, first_value(s.station_id) OVER g AS read_station
        FROM seq s
        WINDOW g AS (PARTITION BY s.vehicle_id, s.read_no ORDER BY s.at, s.id)
    ), derived AS (
        -- Every figure as a window over the vehicle's rows, none as a join of one derived set to
        -- another: the planner sees the unnested plates as one row and would nest such joins,
        -- quadratic in a vehicle's history (3,000 fillings of one truck took 5 s).
        SELECT s.*,
               CASE WHEN s.odometer IS NOT NULL THEN lag(CASE WHEN s.read_no >= 1 THEN s.read_driver END) OVER w END AS last_driver,
               CASE WHEN s.odometer IS NOT NULL THEN lag(CASE WHEN s.read_no >= 1 THEN s.read_station END) OVER w END AS last_station,
               sum(s.litres) OVER m AS seg_litres, count(*) OVER m AS seg_fills, sum(1 - s."full") OVER m AS seg_partials
        FROM grouped s
        WINDOW w AS (PARTITION BY s.vehicle_id ORDER BY s.at, s.id), m AS (PARTITION BY s.vehicle_id, s.full_no - s."full")
    )
    SELECT s.id, s.vehicle_id, s.plate, s.station_id, s.lane, s.driver, s.phone_charged, s.litres, s.amount_fen, s.created_at,
           s.at, s."full", s.odometer, s.prev_at, s.prev_station, s.prev_odometer, s.full_no, s.last_odometer, s.last_at,
           s.odometer - s.last_odometer, s.last_full_odometer, s.last_full_at, s.last_full_read_at, s.last_driver, s.last_station,
           CASE WHEN s."full" = 1 AND s.full_no >= 2 THEN s.seg_litres END,
           CASE WHEN s."full" = 1 AND s.full_no >= 2 THEN s.seg_fills END,
           CASE WHEN s."full" = 1 AND s.full_no >= 2 THEN s.seg_partials END,
           CASE WHEN s."full" = 1 AND s.full_no >= 2 AND s.last_full_at = s.last_full_read_at THEN s.odometer - s.last_full_odometer END
    FROM derived s
    WHERE s.at >= s.from_at;
END $$;

CREATE FUNCTION platepay_fleet_fillings_landed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM platepay_fleet_derive(array_agg(plate), array_agg(at))
    FROM (SELECT plate, min(coalesce(ended_at, started_at, created_at)) AS at FROM new_fillings GROUP BY plate) AS landed;
    RETURN NULL;
END $$;
CREATE TRIGGER fleet_fillings_landed AFTER INSERT ON fillings
    REFERENCING NEW TABLE AS new_fillings FOR EACH STATEMENT EXECUTE FUNCTION platepay_fleet_fillings_landed();

-- Stations never change a filling; an administrator's repair is derived again all the same.
CREATE FUNCTION platepay_fleet_fillings_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM platepay_fleet_derive(array_agg(plate), array_agg(at))
    FROM (SELECT plate, min(coalesce(ended_at, started_at, created_at)) AS at
          FROM (SELECT * FROM old_fillings UNION ALL SELECT * FROM new_fillings) AS both_sides GROUP BY plate) AS changed;
    RETURN NULL;
END $$;
CREATE TRIGGER fleet_fillings_changed AFTER UPDATE ON fillings
    REFERENCING OLD TABLE AS old_fillings NEW TABLE AS new_fillings FOR EACH STATEMENT EXECUTE FUNCTION platepay_fleet_fillings_changed();

-- A reading touches its filling, and a correction the filling of the reading it corrects.
CREATE FUNCTION platepay_fleet_readings_landed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM platepay_fleet_derive(array_agg(plate), array_agg(at))
    FROM (SELECT f.plate, min(coalesce(f.ended_at, f.started_at, f.created_at)) AS at
          FROM fillings f
          WHERE f.id IN (SELECT n.filling_id FROM new_readings n
                         UNION SELECT o.filling_id FROM odometer_readings o JOIN new_readings n ON o.id = n.corrects_id)
          GROUP BY f.plate) AS touched;
    RETURN NULL;
END $$;
CREATE TRIGGER fleet_readings_landed AFTER INSERT ON odometer_readings
    REFERENCING NEW TABLE AS new_readings FOR EACH STATEMENT EXECUTE FUNCTION platepay_fleet_readings_landed();

-- A vehicle registered (after its fillings, bound offline) or given another plate: both plates' whole history.
CREATE FUNCTION platepay_fleet_vehicle_plate() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.plate IS NOT DISTINCT FROM NEW.plate THEN
        RETURN NULL;
    END IF;
    PERFORM platepay_fleet_derive(
        ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.plate END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.plate END]::text[],
        ARRAY['-infinity', '-infinity']::timestamptz[]);
    RETURN NULL;
END $$;
CREATE TRIGGER fleet_vehicle_plate AFTER INSERT OR UPDATE OF plate OR DELETE ON vehicles
    FOR EACH ROW EXECUTE FUNCTION platepay_fleet_vehicle_plate();
"""

FUNCTIONS = ("platepay_fleet_derive(text[], timestamptz[])", "platepay_fleet_fillings_landed()",
             "platepay_fleet_fillings_changed()", "platepay_fleet_readings_landed()", "platepay_fleet_vehicle_plate()")


def upgrade() -> None:
    op.execute(DERIVE)
    op.execute(f"REVOKE EXECUTE ON FUNCTION {', '.join(FUNCTIONS)} FROM PUBLIC")
    # What is there already: every registered vehicle's whole history.
    op.execute("SELECT platepay_fleet_derive(array_agg(plate::text), array_agg('-infinity'::timestamptz)) FROM vehicles")
    op.execute("ANALYZE fleet_sequence")


def downgrade() -> None:
    op.execute("DROP TRIGGER fleet_vehicle_plate ON vehicles")
    op.execute("DROP TRIGGER fleet_readings_landed ON odometer_readings")
    op.execute("DROP TRIGGER fleet_fillings_changed ON fillings")
    op.execute("DROP TRIGGER fleet_fillings_landed ON fillings")
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}")
    op.execute("DROP TABLE fleet_sequence")
