"""plate part indexes: closed-set matching asks the database, not a copy in memory

A read one character away from a registered plate is found with three
indexed lookups whatever the number of vehicles: the serial part
(substr(plate, 3)) when the doubtful character is the province or the
letter, the tail (substr(plate, 5)) when it is the third or fourth, and the
plate's own index by its first four characters otherwise.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 22:30:00
"""

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_vehicles_plate_from_3 ON vehicles (substr(plate, 3))")
    op.execute("CREATE INDEX ix_vehicles_plate_from_5 ON vehicles (substr(plate, 5))")


def downgrade() -> None:
    op.execute("DROP INDEX ix_vehicles_plate_from_5")
    op.execute("DROP INDEX ix_vehicles_plate_from_3")
