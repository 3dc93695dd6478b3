"""charge outbox: charge requests to drivers' phones, delivered by a background thread

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 19:00:00
"""

from alembic import op
import sqlalchemy as sa
import console.store.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('charge_requests',
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
    sa.ForeignKeyConstraint(['filling_id'], ['fillings.id'], name=op.f('fk_charge_requests_filling_id_fillings')),
    sa.PrimaryKeyConstraint('filling_id', name=op.f('pk_charge_requests'))
    )
    with op.batch_alter_table('charge_requests', schema=None) as batch_op:
        batch_op.create_index('ix_charge_requests_due', ['state', 'next_attempt_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('charge_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_charge_requests_due')
    op.drop_table('charge_requests')
