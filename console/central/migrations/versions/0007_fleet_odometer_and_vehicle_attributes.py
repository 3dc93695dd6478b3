"""fleet: every station's odometer (or engine-hours) readings, append-only and in the change
feed (a vehicle's readings at one station keep the monotonic check whole at the others);
the vehicle attributes the fleet reports check against, editable by a station's change
request; indexes for the chain's fleet reports

The change-request function is replaced whole, frozen as of this revision: the vehicle
branch takes the new columns, and a station still on the older schema, whose payload
lacks them, keeps what central has (the row itself is the record the payload fills).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 19:10:00
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Columns a station may set through a change request, per entity (besides id and created_at).
EDITABLE = {
    "accounts": ("name", "phone"),
    "cards": ("card_no", "account_id", "status"),
    "vehicles": ("plate", "card_id", "description", "tank_litres", "meter", "consumption_min", "consumption_max"),
    "phone_bindings": ("vehicle_id", "phone", "driver", "slot_start", "slot_end", "deleted"),
}
EDITABLE_BEFORE = {**EDITABLE, "vehicles": ("plate", "card_id", "description")}
# A new row's columns a payload may lack, with what they default to.
_NEW_ROW_DEFAULTS = {"vehicles": """'{"meter": "km"}'::jsonb || """}


def _apply_function(editable: dict[str, tuple[str, ...]], *, keep_missing: bool) -> str:
    branches = []
    for entity, columns in editable.items():
        cols = ", ".join(columns)
        defaults = _NEW_ROW_DEFAULTS.get(entity, "") if keep_missing else ""
        # A key the payload lacks keeps the row's value (t), not NULL.
        base = "t" if keep_missing else f"NULL::{entity}"
        branches.append(
            f"""
    ELSIF r.entity = '{entity}' THEN
        INSERT INTO {entity} AS t (id, {cols}, created_at, seq)
            SELECT r.row_id, {cols}, coalesce(p.created_at, now()), 0
            FROM jsonb_populate_record(NULL::{entity}, {defaults}r.payload) AS p
        ON CONFLICT (id) DO UPDATE SET ({cols}) = (SELECT {cols} FROM jsonb_populate_record({base}, r.payload));"""
        )
    return f"""
-- A station's offline edit: applied in arrival order unless central changed the
-- row after the version the station had seen (central wins by sequence).
CREATE OR REPLACE FUNCTION platepay_apply_change_request() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
    r change_requests := NEW;
    current_seq bigint;
    outcome varchar(16) := 'applied';
    why text;
BEGIN
    EXECUTE format('SELECT seq FROM %I WHERE id = $1', r.entity) INTO current_seq USING r.row_id;
    IF current_seq IS NOT NULL AND current_seq > coalesce(r.base_seq, 0) THEN
        outcome := 'superseded';
        why := format('central changed the row at %s after the station saw %s', current_seq, r.base_seq);
    ELSE
        BEGIN
            IF false THEN NULL;{''.join(branches)}
            END IF;
        EXCEPTION WHEN integrity_constraint_violation OR data_exception THEN
            outcome := 'rejected';
            why := SQLERRM;
        END;
    END IF;
    UPDATE change_requests SET status = outcome, detail = why WHERE id = r.id;
    RETURN NULL;
END $$;
"""


_STATION_ROLES = "DO $$ DECLARE r record; BEGIN FOR r IN SELECT role_name FROM stations WHERE role_name IS NOT NULL LOOP {} END LOOP; END $$"


def upgrade() -> None:
    op.execute("""
ALTER TABLE vehicles
    ADD COLUMN tank_litres numeric(12, 3) CHECK (tank_litres > 0),
    ADD COLUMN meter varchar(8) NOT NULL DEFAULT 'km' CHECK (meter IN ('km', 'hours')),
    ADD COLUMN consumption_min numeric(6, 1) CHECK (consumption_min >= 0),
    ADD COLUMN consumption_max numeric(6, 1) CHECK (consumption_max >= 0),
    ADD CONSTRAINT vehicles_consumption_band CHECK (consumption_min <= consumption_max);

-- No foreign key to vehicles or fillings: a station may read the odometer of a vehicle it
-- bound offline, at a filling that reaches here in another batch; refusing it would lose it.
CREATE TABLE odometer_readings (
    id uuid PRIMARY KEY,
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    vehicle_id uuid NOT NULL,
    filling_id uuid,
    value numeric(10, 1) NOT NULL CHECK (value >= 0),
    meter varchar(8) NOT NULL CHECK (meter IN ('km', 'hours')),
    source varchar(16) NOT NULL CHECK (source IN ('cashier', 'phone', 'telematics', 'correction')),
    at timestamptz NOT NULL,
    operator varchar(64),
    corrects_id uuid,
    created_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    seq bigint NOT NULL
);
CREATE INDEX ix_odometer_readings_seq ON odometer_readings (seq);
CREATE INDEX ix_odometer_readings_vehicle_at ON odometer_readings (vehicle_id, at);
CREATE INDEX ix_odometer_readings_filling ON odometer_readings (filling_id);
CREATE INDEX ix_odometer_readings_corrects ON odometer_readings (corrects_id) WHERE corrects_id IS NOT NULL;
CREATE TRIGGER stamp_seq BEFORE INSERT ON odometer_readings FOR EACH ROW EXECUTE FUNCTION platepay_stamp_seq();

CREATE FUNCTION platepay_readings_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'odometer readings are append-only: correct one with a new reading' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER odometer_append_only BEFORE UPDATE OR DELETE ON odometer_readings
    FOR EACH ROW EXECUTE FUNCTION platepay_readings_append_only();
CREATE TRIGGER odometer_no_truncate BEFORE TRUNCATE ON odometer_readings
    FOR EACH STATEMENT EXECUTE FUNCTION platepay_readings_append_only();

-- The fleet reports walk each plate's fillings in time order, across the chain.
CREATE INDEX ix_fillings_plate_ended ON fillings (plate, ended_at);
""")
    op.execute(_apply_function(EDITABLE, keep_missing=True))
    # A station adds its own readings; it reads every station's (the feed), and changes none.
    op.execute("ALTER TABLE odometer_readings ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY station_adds_own ON odometer_readings FOR INSERT TO PUBLIC WITH CHECK (station_id = (SELECT platepay_station_id()))")
    op.execute("CREATE POLICY stations_see_all ON odometer_readings FOR SELECT TO PUBLIC USING (true)")
    op.execute(_STATION_ROLES.format("EXECUTE format('GRANT INSERT, SELECT ON odometer_readings TO %I', r.role_name);"))


def downgrade() -> None:
    op.execute(_apply_function(EDITABLE_BEFORE, keep_missing=False))
    op.execute("DROP INDEX ix_fillings_plate_ended")
    op.execute("DROP TABLE odometer_readings")
    op.execute("DROP FUNCTION platepay_readings_append_only()")
    op.execute("ALTER TABLE vehicles DROP CONSTRAINT vehicles_consumption_band, DROP COLUMN consumption_max, "
               "DROP COLUMN consumption_min, DROP COLUMN meter, DROP COLUMN tank_litres")
