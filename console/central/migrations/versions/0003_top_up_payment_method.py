"""top-ups keep how the customer paid at head office too: the chain reconciles each
station's cash, WeChat/Alipay, bank card and transfer takings with the cards

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 02:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ledger_entries", sa.Column("payment_method", sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column("ledger_entries", "payment_method")
