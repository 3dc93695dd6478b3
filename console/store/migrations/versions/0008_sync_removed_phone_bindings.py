"""sync removed phone bindings: a binding removed at the station reaches central as a
tombstone, so the other stations stop charging that phone too

The removed row waits in sync_tombstones (the change request still needs it) until
central has taken it. The trigger is copied here as text, frozen as of this revision.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 02:40:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

TRIGGER = (
    "sync_capture_phone_bindings_gone",
    "AFTER DELETE ON phone_bindings WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) "
    "BEGIN INSERT OR REPLACE INTO sync_tombstones (row_id, kind, payload) VALUES (OLD.id, 'phone_bindings', "
    "json_object('id', OLD.id, 'vehicle_id', OLD.vehicle_id, 'phone', OLD.phone, 'driver', OLD.driver, "
    "'slot_start', OLD.slot_start, 'slot_end', OLD.slot_end, 'created_at', OLD.created_at)); "
    "INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('phone_bindings', OLD.id, "
    "lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END",
)


def upgrade() -> None:
    op.create_table(
        'sync_tombstones',
        sa.Column('row_id', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('row_id'),
    )
    op.execute(f"CREATE TRIGGER {TRIGGER[0]} {TRIGGER[1]}")


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER[0]}")
    op.drop_table('sync_tombstones')
