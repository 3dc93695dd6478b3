"""parking sessions at head office: every station's closed or voided car-park stays and toll
passes, inserted once like fillings, for the chain's reports and its reconciliation; the
ledger takes parking and toll entries

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 03:00:00
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A car park's fee and a toll are ledger movements of their own kinds.
    op.execute("ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check")
    op.execute("ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check "
               "CHECK (kind IN ('top_up', 'fuel', 'refund', 'adjustment', 'parking', 'toll'))")
    op.execute("""
CREATE TABLE parking_sessions (
    id uuid PRIMARY KEY,
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    plate varchar(16) NOT NULL,
    vehicle_class varchar(16) NOT NULL,
    kind varchar(8) NOT NULL,
    entry_lane integer,
    entered_at timestamptz NOT NULL,
    entry_photo varchar(255),
    exit_lane integer,
    exited_at timestamptz,
    status varchar(32) NOT NULL,
    fee_fen bigint,
    paid_by varchar(16),
    card_id uuid,
    phone_charged varchar(16),
    operator varchar(64),
    reason text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
)""")
    op.execute("CREATE INDEX ix_parking_sessions_station ON parking_sessions (station_id, entered_at)")
    op.execute("CREATE INDEX ix_parking_sessions_plate ON parking_sessions (plate, entered_at)")
    # As fillings: a station adds its own rows only, sees only their ids, and never changes one.
    op.execute("ALTER TABLE parking_sessions ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY station_adds_own ON parking_sessions FOR INSERT TO PUBLIC WITH CHECK (station_id = (SELECT platepay_station_id()))")
    op.execute("CREATE POLICY station_sees_own ON parking_sessions FOR SELECT TO PUBLIC USING (station_id = (SELECT platepay_station_id()))")
    op.execute(
        "DO $$ DECLARE r record; BEGIN "
        "FOR r IN SELECT role_name FROM stations WHERE role_name IS NOT NULL LOOP "
        "EXECUTE format('GRANT INSERT, SELECT (id) ON parking_sessions TO %I', r.role_name); "
        "END LOOP; END $$"
    )


def downgrade() -> None:
    op.execute("DROP TABLE parking_sessions")
    op.execute("ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check")
    op.execute("ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check "
               "CHECK (kind IN ('top_up', 'fuel', 'refund', 'adjustment')) NOT VALID")
