"""sync outbox, balances and state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 19:15:08.554890

Chained after 0004 (charge outbox) only because 0004 was written first on top
of 0002; the two touch different tables, so either order gives one schema.
The capture triggers are copied here as text, frozen as of this revision.
"""

from alembic import op
import sqlalchemy as sa
import console.store.types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


TRIGGERS = {
    'sync_capture_ledger': (
        "AFTER INSERT ON ledger_entries WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('ledger', NEW.id, strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_audit': (
        "AFTER INSERT ON audit_log WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('audit', NEW.id, strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_filling_new': (
        "AFTER INSERT ON fillings WHEN NEW.status IN ('settled', 'cancelled') AND EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('filling', NEW.id, strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_filling_final': (
        "AFTER UPDATE OF status ON fillings WHEN NEW.status IN ('settled', 'cancelled') AND OLD.status NOT IN ('settled', 'cancelled') AND EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('filling', NEW.id, strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_accounts_new': (
        "AFTER INSERT ON accounts WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('accounts', NEW.id, lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_accounts_edit': (
        "AFTER UPDATE ON accounts WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('accounts', NEW.id, lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_cards_new': (
        "AFTER INSERT ON cards WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('cards', NEW.id, lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_cards_edit': (
        "AFTER UPDATE ON cards WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('cards', NEW.id, lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_vehicles_new': (
        "AFTER INSERT ON vehicles WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('vehicles', NEW.id, lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_vehicles_edit': (
        "AFTER UPDATE ON vehicles WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('vehicles', NEW.id, lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_phone_bindings_new': (
        "AFTER INSERT ON phone_bindings WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('phone_bindings', NEW.id, lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
    'sync_capture_phone_bindings_edit': (
        "AFTER UPDATE ON phone_bindings WHEN EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) VALUES ('phone_bindings', NEW.id, lower(hex(randomblob(16))), (SELECT cursor FROM sync_state WHERE id = 1), strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
    ),
}


def upgrade() -> None:
    op.create_table('sync_applying',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_applying'))
    )
    op.create_table('sync_card_balances',
    sa.Column('card_id', sa.Uuid(), nullable=False),
    sa.Column('balance_fen', sa.BigInteger(), nullable=False),
    sa.Column('covered_fen', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('synced_at', console.store.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('card_id', name=op.f('pk_sync_card_balances'))
    )
    op.create_table('sync_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=True),
    sa.Column('base_seq', sa.BigInteger(), nullable=True),
    sa.Column('queued_at', console.store.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox'))
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index('ix_sync_outbox_row_id', ['row_id'], unique=False)

    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cursor', sa.BigInteger(), nullable=False),
    sa.Column('last_success_at', console.store.types.UtcDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('offline_from', console.store.types.UtcDateTime(), nullable=False),
    sa.Column('offline_limit_fen', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    # Triggers, not ORM events: every writer queues in its own transaction, raw SQL included.
    for name, definition in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('sync_state')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox_row_id')

    op.drop_table('sync_outbox')
    op.drop_table('sync_card_balances')
    op.drop_table('sync_applying')
