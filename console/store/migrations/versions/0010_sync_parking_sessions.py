"""sync parking sessions: a car park's stay or a toll pass goes to head office once it is
closed or voided, as a filling does once settled or cancelled

The capture triggers are copied here as text, frozen as of this revision.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 03:05:00
"""

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_CONFIGURED = "EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying)"
_QUEUE = "INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('stay', NEW.id, strftime('%Y-%m-%d %H:%M:%f000', 'now'));"
TRIGGERS = {
    "sync_capture_stay_new": (
        f"AFTER INSERT ON parking_sessions WHEN NEW.status IN ('closed', 'voided') AND {_CONFIGURED} BEGIN {_QUEUE} END"
    ),
    "sync_capture_stay_final": (
        "AFTER UPDATE OF status ON parking_sessions WHEN NEW.status IN ('closed', 'voided') "
        f"AND OLD.status NOT IN ('closed', 'voided') AND {_CONFIGURED} BEGIN {_QUEUE} END"
    ),
}


def upgrade() -> None:
    for name, definition in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
