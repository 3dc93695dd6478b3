"""The audit log: who did what, when and why."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from console.store.models import AuditEntry
from console.timeutil import utc_now


#: The operator of what the console does by itself (recovery, letting a filling go).
SYSTEM = "system"


def record(
    session: Session,
    *,
    station_id: str,
    operator: str,
    action: str,
    subject: str | None = None,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        id=uuid.uuid4(),
        at=utc_now(),
        station_id=station_id,
        operator=operator,
        action=action,
        subject=subject,
        reason=reason,
        details=details,
    )
    session.add(entry)
    session.flush()
    return entry
