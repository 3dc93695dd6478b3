"""shifts: opened and closed against the pumps' electronic totals, their report stored at
close and unchangeable from then on, sent to head office once closed

The triggers are copied here as text, frozen as of this revision.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 20:00:00
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_CONFIGURED = "EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying)"
_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
_CLOSED = "(SELECT status FROM shifts WHERE id = {}) = 'closed'"
TRIGGERS = {
    "shift_closed_no_update": (
        "BEFORE UPDATE ON shifts WHEN OLD.status = 'closed' "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift cannot be changed'); END"
    ),
    "shift_closed_no_delete": (
        "BEFORE DELETE ON shifts WHEN OLD.status = 'closed' "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift cannot be removed'); END"
    ),
    "shift_lines_closed_no_insert": (
        f"BEFORE INSERT ON shift_lines WHEN {_CLOSED.format('NEW.shift_id')} "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift takes no new line'); END"
    ),
    "shift_lines_closed_no_update": (
        f"BEFORE UPDATE ON shift_lines WHEN {_CLOSED.format('OLD.shift_id')} "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift cannot be changed'); END"
    ),
    "shift_lines_closed_no_delete": (
        f"BEFORE DELETE ON shift_lines WHEN {_CLOSED.format('OLD.shift_id')} "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift cannot be removed'); END"
    ),
    "sync_capture_shift_closed": (
        f"AFTER UPDATE OF status ON shifts WHEN NEW.status = 'closed' AND OLD.status <> 'closed' AND {_CONFIGURED} BEGIN "
        f"INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('shift', NEW.id, {_NOW}); "
        f"INSERT INTO sync_outbox (kind, row_id, queued_at) SELECT 'shift_line', id, {_NOW} FROM shift_lines WHERE shift_id = NEW.id; END"
    ),
}


def upgrade() -> None:
    Litres, UtcDateTime = console.store.types.Litres, console.store.types.UtcDateTime
    op.create_table(
        'shifts',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('station_id', sa.String(length=32), nullable=False),
        sa.Column('status', sa.Enum('open', 'closed', name='shiftstatus', native_enum=False, length=32), nullable=False),
        sa.Column('opened_at', UtcDateTime(), nullable=False),
        sa.Column('opened_by', sa.String(length=64), nullable=False),
        sa.Column('closed_at', UtcDateTime(), nullable=True),
        sa.Column('closed_by', sa.String(length=64), nullable=True),
        sa.Column('fillings', sa.Integer(), nullable=True),
        sa.Column('litres', Litres(), nullable=True),
        sa.Column('amount_fen', sa.BigInteger(), nullable=True),
        sa.Column('unchecked_nozzles', sa.Integer(), nullable=True),
        sa.Column('created_at', UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts')),
    )
    op.create_index('ix_shifts_station_opened', 'shifts', ['station_id', 'opened_at'])
    op.create_index('ix_shifts_station_closed', 'shifts', ['station_id', 'closed_at'])
    op.create_index('uq_shifts_one_open', 'shifts', ['station_id'], unique=True, sqlite_where=sa.text("status = 'open'"))
    op.create_table(
        'shift_lines',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('shift_id', sa.Uuid(), nullable=False),
        sa.Column('station_id', sa.String(length=32), nullable=False),
        sa.Column('kind', sa.Enum('nozzle', 'grade', 'tender', 'override', 'cancellation', name='linekind',
                                  native_enum=False, length=32), nullable=False),
        sa.Column('lane', sa.Integer(), nullable=True),
        sa.Column('pump_address', sa.Integer(), nullable=True),
        sa.Column('nozzle', sa.Integer(), nullable=True),
        sa.Column('grade', sa.String(length=16), nullable=True),
        sa.Column('what', sa.String(length=64), nullable=True),
        sa.Column('fillings', sa.Integer(), nullable=False),
        sa.Column('litres', Litres(), nullable=False),
        sa.Column('amount_fen', sa.BigInteger(), nullable=False),
        sa.Column('start_litres', Litres(), nullable=True),
        sa.Column('start_amount_fen', sa.BigInteger(), nullable=True),
        sa.Column('start_unavailable', sa.String(length=32), nullable=True),
        sa.Column('end_litres', Litres(), nullable=True),
        sa.Column('end_amount_fen', sa.BigInteger(), nullable=True),
        sa.Column('end_unavailable', sa.String(length=32), nullable=True),
        sa.Column('totals_litres', Litres(), nullable=True),
        sa.Column('totals_amount_fen', sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_shift_lines_shift_id_shifts')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_lines')),
    )
    op.create_index('ix_shift_lines_shift', 'shift_lines', ['shift_id', 'kind'])
    # The shift report finds its fillings by when they were made.
    op.create_index('ix_fillings_created', 'fillings', ['created_at'])
    for name, definition in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DELETE FROM sync_outbox WHERE kind IN ('shift', 'shift_line')")
    op.drop_index('ix_fillings_created', table_name='fillings')
    op.drop_index('ix_shift_lines_shift', table_name='shift_lines')
    op.drop_table('shift_lines')
    op.drop_index('uq_shifts_one_open', table_name='shifts')
    op.drop_index('ix_shifts_station_closed', table_name='shifts')
    op.drop_index('ix_shifts_station_opened', table_name='shifts')
    op.drop_table('shifts')
