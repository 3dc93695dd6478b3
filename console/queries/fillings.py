"""Fillings for the transactions screen: newest first, filtered in SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.store.models import Account, Card, Filling, FillingStatus
from console.timeutil import as_utc


@dataclass(frozen=True, slots=True)
class FillingRow:
    id: uuid.UUID
    created_at: datetime
    lane: int
    plate: str
    account: str | None
    card_no: str | None
    status: FillingStatus
    litres: Decimal | None
    amount_fen: int | None
    preset_fen: int
    phone: str | None
    driver: str | None


def list_fillings(
    session: Session,
    *,
    status: FillingStatus | None = None,
    search: str = "",
    since: datetime | None = None,
    limit: int = 1000,
) -> list[FillingRow]:
    """At most `limit` fillings, newest first; `search` matches plate, account, card or phone."""
    query = (
        select(
            Filling.id, Filling.created_at, Filling.lane, Filling.plate, Account.name, Card.card_no, Filling.status,
            Filling.litres, Filling.amount_fen, Filling.preset_fen, Filling.phone_charged, Filling.driver,
        )
        .outerjoin(Card, Filling.card_id == Card.id)
        .outerjoin(Account, Card.account_id == Account.id)
        .order_by(Filling.created_at.desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(Filling.status == status)
    if since is not None:
        query = query.where(Filling.created_at >= since)
    text = search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(
            Filling.plate.like(pattern), Account.name.like(pattern), Card.card_no.like(pattern), Filling.phone_charged.like(pattern),
        ))
    return [
        FillingRow(r[0], as_utc(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11])
        for r in session.execute(query)
    ]

