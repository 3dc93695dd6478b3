"""Accounts, cards, vehicles and phones as the accounts screen lists them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.domain import ledger
from console.store.models import Account, AuditEntry, Card, CardStatus, PhoneBinding, Vehicle
from console.timeutil import as_utc


@dataclass(frozen=True, slots=True)
class PhoneRow:
    phone: str
    driver: str | None
    slot_start: int
    slot_end: int


@dataclass(frozen=True, slots=True)
class CardRow:
    """One card with its account and the vehicles bound to it (a card without vehicles has plate None)."""

    account_id: uuid.UUID
    account: str
    account_phone: str | None
    card_id: uuid.UUID
    card_no: str
    status: CardStatus
    balance_fen: int
    available_fen: int
    vehicle_id: uuid.UUID | None
    plate: str | None
    phones: tuple[PhoneRow, ...]


def list_cards(session: Session, search: str = "", limit: int = 2000) -> list[CardRow]:
    query = (
        select(
            Account.id, Account.name, Account.phone, Card.id, Card.card_no, Card.status,
            ledger.balance_of(Card.id), ledger.reserved_of(Card.id), Vehicle.id, Vehicle.plate,
        )
        .join(Account, Card.account_id == Account.id)
        .outerjoin(Vehicle, Vehicle.card_id == Card.id)
        .order_by(Account.name, Card.card_no, Vehicle.plate)
        .limit(limit)
    )
    text = search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(Account.name.like(pattern), Card.card_no.like(pattern), Vehicle.plate.like(pattern), Account.phone.like(pattern)))
    rows = session.execute(query).all()
    vehicle_ids = [r[8] for r in rows if r[8] is not None]
    phones: dict[uuid.UUID, list[PhoneRow]] = {}
    if vehicle_ids:
        bindings = session.execute(
            select(PhoneBinding.vehicle_id, PhoneBinding.phone, PhoneBinding.driver, PhoneBinding.slot_start, PhoneBinding.slot_end)
            .where(PhoneBinding.vehicle_id.in_(vehicle_ids)).order_by(PhoneBinding.slot_start)
        )
        for vehicle_id, phone, driver, start, end in bindings:
            phones.setdefault(vehicle_id, []).append(PhoneRow(phone, driver, start, end))
    return [
        CardRow(r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]), int(r[6]) - int(r[7]), r[8], r[9], tuple(phones.get(r[8], ())))
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: object
    operator: str
    action: str
    subject: str | None
    reason: str | None
    details: dict | None


def list_audit(session: Session, search: str = "", limit: int = 1000) -> list[AuditRow]:
    query = select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)
    text = search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(AuditEntry.operator.like(pattern), AuditEntry.action.like(pattern), AuditEntry.subject.like(pattern), AuditEntry.reason.like(pattern)))
    return [AuditRow(as_utc(e.at), e.operator, e.action, e.subject, e.reason, e.details) for e in session.scalars(query)]
