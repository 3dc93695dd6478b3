"""parking sessions: a car park's stays and a toll point's passes; charges to a phone for
them go through the same outbox as fillings' (charge_requests keyed by what is charged)

The outbox table is rebuilt (a primary key cannot be changed in place in SQLite): every
row keeps its filling id as its own id, so queued charges are delivered as before.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 02:45:00
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_COPIED = "phone, driver, amount_fen, payload, state, attempts, next_attempt_at, last_error, created_at, delivered_at"


def upgrade() -> None:
    op.create_table(
        'parking_sessions',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('station_id', sa.String(length=32), nullable=False),
        sa.Column('plate', sa.String(length=16), nullable=False),
        sa.Column('vehicle_class', sa.String(length=16), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('entry_lane', sa.Integer(), nullable=True),
        sa.Column('entered_at', console.store.types.UtcDateTime(), nullable=False),
        sa.Column('entry_photo', sa.String(length=255), nullable=True),
        sa.Column('exit_lane', sa.Integer(), nullable=True),
        sa.Column('exited_at', console.store.types.UtcDateTime(), nullable=True),
        sa.Column('status', sa.Enum('open', 'closed', 'voided', name='sessionstatus', native_enum=False, length=32), nullable=False),
        sa.Column('fee_fen', sa.BigInteger(), nullable=True),
        sa.Column('paid_by', sa.String(length=16), nullable=True),
        sa.Column('card_id', sa.Uuid(), nullable=True),
        sa.Column('phone_charged', sa.String(length=16), nullable=True),
        sa.Column('operator', sa.String(length=64), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
        sa.Column('updated_at', console.store.types.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['card_id'], ['cards.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_parking_sessions_plate_status', 'parking_sessions', ['plate', 'status'])
    op.create_table(
        'charge_requests_new',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('filling_id', sa.Uuid(), nullable=True),
        sa.Column('parking_session_id', sa.Uuid(), nullable=True),
        sa.Column('phone', sa.String(length=16), nullable=True),
        sa.Column('driver', sa.String(length=64), nullable=True),
        sa.Column('amount_fen', sa.BigInteger(), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('state', sa.Enum('queued', 'delivered', 'failed', name='chargestate', native_enum=False, length=32), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', console.store.types.UtcDateTime(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
        sa.Column('delivered_at', console.store.types.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['filling_id'], ['fillings.id']),
        sa.ForeignKeyConstraint(['parking_session_id'], ['parking_sessions.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('filling_id'),
        sa.UniqueConstraint('parking_session_id'),
    )
    op.execute(f"INSERT INTO charge_requests_new (id, filling_id, {_COPIED}) SELECT filling_id, filling_id, {_COPIED} FROM charge_requests")
    op.drop_index('ix_charge_requests_due', table_name='charge_requests')
    op.drop_table('charge_requests')
    op.rename_table('charge_requests_new', 'charge_requests')
    op.create_index('ix_charge_requests_due', 'charge_requests', ['state', 'next_attempt_at'])


def downgrade() -> None:
    op.create_table(
        'charge_requests_old',
        sa.Column('filling_id', sa.Uuid(), nullable=False),
        sa.Column('phone', sa.String(length=16), nullable=True),
        sa.Column('driver', sa.String(length=64), nullable=True),
        sa.Column('amount_fen', sa.BigInteger(), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('state', sa.Enum('queued', 'delivered', 'failed', name='chargestate', native_enum=False, length=32), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', console.store.types.UtcDateTime(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
        sa.Column('delivered_at', console.store.types.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['filling_id'], ['fillings.id']),
        sa.PrimaryKeyConstraint('filling_id'),
    )
    op.execute(f"INSERT INTO charge_requests_old (filling_id, {_COPIED}) SELECT filling_id, {_COPIED} FROM charge_requests WHERE filling_id IS NOT NULL")
    op.drop_index('ix_charge_requests_due', table_name='charge_requests')
    op.drop_table('charge_requests')
    op.rename_table('charge_requests_old', 'charge_requests')
    op.create_index('ix_charge_requests_due', 'charge_requests', ['state', 'next_attempt_at'])
    op.drop_index('ix_parking_sessions_plate_status', table_name='parking_sessions')
    op.drop_table('parking_sessions')
