"""chain stays: the chain's car-park stays that have begun and not yet ended, in the change
feed, so any station's exit can find a car that entered at another station's gate

A station adds the entries of its own gates; a stay ends (the row is marked deleted,
with where and when it ended) when any station's closed or voided stay with the same
id arrives in parking_sessions — whichever comes first, the entry or the end.
parking_sessions records which station the car entered at.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 19:00:00
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE parking_sessions ADD COLUMN entry_station_id varchar(32) REFERENCES stations (id)")
    op.execute("""
CREATE TABLE chain_stays (
    id uuid PRIMARY KEY,
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    plate varchar(16) NOT NULL,
    vehicle_class varchar(16) NOT NULL,
    entry_lane integer,
    entered_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    left_at timestamptz,
    left_station_id varchar(32),
    seq bigint NOT NULL
)""")
    op.execute("CREATE INDEX ix_chain_stays_seq ON chain_stays (seq)")
    op.execute("CREATE INDEX ix_chain_stays_open_plate ON chain_stays (plate) WHERE NOT deleted")
    op.execute("CREATE TRIGGER stamp_seq BEFORE INSERT OR UPDATE ON chain_stays FOR EACH ROW EXECUTE FUNCTION platepay_stamp_seq()")
    op.execute("""
CREATE FUNCTION platepay_stay_entered() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE ended record;
BEGIN
    -- The station pushes every column it has; the end may already be here (an exit elsewhere
    -- synced before this entry did).
    NEW.deleted := false;
    SELECT p.station_id, coalesce(p.exited_at, p.updated_at) AS at INTO ended FROM parking_sessions p WHERE p.id = NEW.id;
    IF FOUND THEN
        NEW.deleted := true;
        NEW.left_at := ended.at;
        NEW.left_station_id := ended.station_id;
    ELSE
        NEW.left_at := NULL;
        NEW.left_station_id := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER stay_entered BEFORE INSERT ON chain_stays FOR EACH ROW EXECUTE FUNCTION platepay_stay_entered();

CREATE FUNCTION platepay_stay_ended() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    UPDATE chain_stays SET deleted = true, left_at = coalesce(NEW.exited_at, NEW.updated_at), left_station_id = NEW.station_id
     WHERE id = NEW.id AND NOT deleted;
    RETURN NULL;
END $$;
CREATE TRIGGER stay_ended AFTER INSERT ON parking_sessions FOR EACH ROW EXECUTE FUNCTION platepay_stay_ended();
""")
    op.execute("REVOKE EXECUTE ON FUNCTION platepay_stay_entered(), platepay_stay_ended() FROM PUBLIC")
    # A station adds its own gates' entries; it reads every station's (the feed), and changes none.
    op.execute("ALTER TABLE chain_stays ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY station_adds_own ON chain_stays FOR INSERT TO PUBLIC WITH CHECK (station_id = (SELECT platepay_station_id()))")
    op.execute("CREATE POLICY stations_see_all ON chain_stays FOR SELECT TO PUBLIC USING (true)")
    op.execute(
        "DO $$ DECLARE r record; BEGIN "
        "FOR r IN SELECT role_name FROM stations WHERE role_name IS NOT NULL LOOP "
        "EXECUTE format('GRANT INSERT, SELECT ON chain_stays TO %I', r.role_name); "
        "END LOOP; END $$"
    )


def downgrade() -> None:
    op.execute("DROP TABLE chain_stays")
    op.execute("DROP TRIGGER stay_ended ON parking_sessions")
    op.execute("DROP FUNCTION platepay_stay_ended()")
    op.execute("DROP FUNCTION platepay_stay_entered()")
    op.execute("ALTER TABLE parking_sessions DROP COLUMN entry_station_id")
