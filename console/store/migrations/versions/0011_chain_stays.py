"""chain stays: a car park's stay is sent to head office as it begins, and the chain's open
stays come back, so a car that entered at one station's gate can leave by another's

The capture trigger is copied here as text, frozen as of this revision.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 19:00:00
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_CONFIGURED = "EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying)"
_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
TRIGGER = (
    "sync_capture_stay_entered",
    "AFTER INSERT ON parking_sessions WHEN NEW.status = 'open' AND NEW.kind = 'parking' "
    f"AND NOT EXISTS (SELECT 1 FROM chain_stays WHERE id = NEW.id) AND {_CONFIGURED} BEGIN "
    f"INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('entry', NEW.id, {_NOW}); END",
)


def upgrade() -> None:
    op.create_table(
        'chain_stays',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('station_id', sa.String(length=32), nullable=False),
        sa.Column('plate', sa.String(length=16), nullable=False),
        sa.Column('vehicle_class', sa.String(length=16), nullable=False),
        sa.Column('entry_lane', sa.Integer(), nullable=True),
        sa.Column('entered_at', console.store.types.UtcDateTime(), nullable=False),
        sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_chain_stays_plate', 'chain_stays', ['plate'])
    op.execute(f"CREATE TRIGGER {TRIGGER[0]} {TRIGGER[1]}")
    # Cars inside now were entered before the chain could see them: send them too.
    op.execute(
        "INSERT INTO sync_outbox (kind, row_id, queued_at) "
        f"SELECT 'entry', id, {_NOW} FROM parking_sessions "
        f"WHERE status = 'open' AND kind = 'parking' AND EXISTS (SELECT 1 FROM sync_state) ORDER BY entered_at"
    )


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER[0]}")
    op.execute("DELETE FROM sync_outbox WHERE kind = 'entry'")
    op.drop_index('ix_chain_stays_plate', table_name='chain_stays')
    op.drop_table('chain_stays')
