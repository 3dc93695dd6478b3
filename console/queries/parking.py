"""The car park's stays and the toll passes for the window: newest first, a span of local days, exact totals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.store.models import ParkingSession, SessionStatus
from console.timeutil import as_utc


@dataclass(frozen=True, slots=True)
class StayRow:
    id: uuid.UUID
    kind: str  # parking or toll
    plate: str
    vehicle_class: str
    entered_at: datetime
    exited_at: datetime | None
    status: SessionStatus
    fee_fen: int | None
    paid_by: str | None
    phone: str | None
    operator: str | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class StayTotals:
    count: int
    inside: int  # still open: in the car park now
    fee_fen: int  # taken, by card or at the booth


def list_stays(session: Session, since: datetime, until: datetime, search: str = "", limit: int = 1000) -> list[StayRow]:
    query = select(ParkingSession).where(ParkingSession.entered_at >= since, ParkingSession.entered_at < until)
    if search:
        query = query.where(ParkingSession.plate.contains(search.strip().upper()))
    rows = session.scalars(query.order_by(ParkingSession.entered_at.desc()).limit(limit))
    return [
        StayRow(s.id, s.kind, s.plate, s.vehicle_class, as_utc(s.entered_at), as_utc(s.exited_at) if s.exited_at else None,
                s.status, s.fee_fen, s.paid_by, s.phone_charged, s.operator, s.reason)
        for s in rows
    ]


def stay_totals(session: Session, since: datetime, until: datetime) -> StayTotals:
    span = (ParkingSession.entered_at >= since, ParkingSession.entered_at < until)
    count = session.scalar(select(func.count()).select_from(ParkingSession).where(*span)) or 0
    inside = session.scalar(select(func.count()).select_from(ParkingSession).where(*span, ParkingSession.status == SessionStatus.OPEN)) or 0
    fee = session.scalar(select(func.coalesce(func.sum(ParkingSession.fee_fen), 0)).where(*span, ParkingSession.status == SessionStatus.CLOSED))
    return StayTotals(int(count), int(inside), int(fee or 0))
