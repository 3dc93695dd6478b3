"""station flags and pump authorisations: a latched emergency stop survives a restart,
and a commissioning authorisation id is used once whichever process asks

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:50:00
"""

import sqlalchemy as sa
from alembic import op

from console.store.types import Fen, UtcDateTime

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'station_flags',
        sa.Column('name', sa.String(length=32), nullable=False),
        sa.Column('on', sa.Boolean(), nullable=False),
        sa.Column('changed_at', UtcDateTime(), nullable=False),
        sa.Column('changed_by', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('name'),
    )
    op.create_table(
        'pump_authorisations',
        sa.Column('filling_id', sa.String(length=64), nullable=False),
        sa.Column('port', sa.String(length=200), nullable=False),
        sa.Column('pump_address', sa.Integer(), nullable=False),
        sa.Column('preset_fen', Fen(), nullable=True),
        sa.Column('at', UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('filling_id'),
    )


def downgrade() -> None:
    op.drop_table('pump_authorisations')
    op.drop_table('station_flags')
