"""top-up payment method: how the customer paid (cash, WeChat/Alipay, bank card, transfer)
is kept on the top-up's ledger entry, so the till can be reconciled with the cards

A plain ADD/DROP COLUMN, not a batch copy of the table: copying ledger_entries
would drop the sync capture trigger on it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('ledger_entries', sa.Column('payment_method', sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column('ledger_entries', 'payment_method')
