"""stations read the outcome of their own change requests

A change request a station sends is applied, superseded or rejected by the
trigger in the same transaction; the station must learn which (and central's
reason) so a rejection is an alert at the station, not a silent loss.  Row-level
security already limits a station to its own requests.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 23:40:00
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OUTCOME_COLUMNS = "id, entity, row_id, status, detail"


def upgrade() -> None:
    op.execute(
        "DO $$ DECLARE r record; BEGIN "
        "FOR r IN SELECT role_name FROM stations WHERE role_name IS NOT NULL LOOP "
        f"EXECUTE format('GRANT SELECT ({OUTCOME_COLUMNS}) ON change_requests TO %I', r.role_name); "
        "END LOOP; END $$"
    )


def downgrade() -> None:
    op.execute(
        "DO $$ DECLARE r record; BEGIN "
        "FOR r IN SELECT role_name FROM stations WHERE role_name IS NOT NULL LOOP "
        f"EXECUTE format('REVOKE SELECT ({OUTCOME_COLUMNS}) ON change_requests FROM %I', r.role_name); "
        "END LOOP; END $$"
    )
