"""shifts at head office: every station's closed shifts and the lines of their reports (per
nozzle with the pumps' totals, per grade, tender, authorisation and cancellation), inserted
once like fillings and never changed, for the chain's day reports

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 20:00:00
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("shifts", "shift_lines")
_STATION_ROLES = "DO $$ DECLARE r record; BEGIN FOR r IN SELECT role_name FROM stations WHERE role_name IS NOT NULL LOOP {} END LOOP; END $$"


def upgrade() -> None:
    op.execute("""
CREATE TABLE shifts (
    id uuid PRIMARY KEY,
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    status varchar(32) NOT NULL CHECK (status = 'closed'),
    opened_at timestamptz NOT NULL,
    opened_by varchar(64) NOT NULL,
    closed_at timestamptz NOT NULL,
    closed_by varchar(64) NOT NULL,
    fillings integer NOT NULL,
    litres numeric(12, 3) NOT NULL,
    amount_fen bigint NOT NULL,
    unchecked_nozzles integer NOT NULL,
    created_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_shifts_station_closed ON shifts (station_id, closed_at);
CREATE INDEX ix_shifts_closed ON shifts (closed_at);

CREATE TABLE shift_lines (
    id uuid PRIMARY KEY,
    shift_id uuid NOT NULL REFERENCES shifts (id),
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    kind varchar(32) NOT NULL CHECK (kind IN ('nozzle', 'grade', 'tender', 'override', 'cancellation')),
    lane integer,
    pump_address integer,
    nozzle integer,
    grade varchar(16),
    what varchar(64),
    fillings integer NOT NULL,
    litres numeric(12, 3) NOT NULL,
    amount_fen bigint NOT NULL,
    start_litres numeric(12, 3),
    start_amount_fen bigint,
    start_unavailable varchar(32),
    end_litres numeric(12, 3),
    end_amount_fen bigint,
    end_unavailable varchar(32),
    totals_litres numeric(12, 3),
    totals_amount_fen bigint,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_shift_lines_shift ON shift_lines (shift_id);

CREATE FUNCTION platepay_shifts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a closed shift is kept as it was closed' USING ERRCODE = 'insufficient_privilege';
END $$;
""")
    for table in TABLES:
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION platepay_shifts_append_only()")
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION platepay_shifts_append_only()")
        # As fillings: a station adds its own rows only, sees only their ids, and never changes one.
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY station_adds_own ON {table} FOR INSERT TO PUBLIC WITH CHECK (station_id = (SELECT platepay_station_id()))")
        op.execute(f"CREATE POLICY station_sees_own ON {table} FOR SELECT TO PUBLIC USING (station_id = (SELECT platepay_station_id()))")
        op.execute(_STATION_ROLES.format(f"EXECUTE format('GRANT INSERT, SELECT (id) ON {table} TO %I', r.role_name);"))


def downgrade() -> None:
    op.execute("DROP TABLE shift_lines")
    op.execute("DROP TABLE shifts")
    op.execute("DROP FUNCTION platepay_shifts_append_only()")
