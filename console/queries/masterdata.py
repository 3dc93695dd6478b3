"""Accounts, cards, vehicles and phones as the accounts screen lists them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.domain import ledger
from console.store.models import Account, AuditEntry, Card, CardStatus, Operator, PhoneBinding, Vehicle
from console.timeutil import as_utc


@dataclass(frozen=True, slots=True)
class PhoneRow:
    id: uuid.UUID
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
            select(PhoneBinding.vehicle_id, PhoneBinding.id, PhoneBinding.phone, PhoneBinding.driver, PhoneBinding.slot_start, PhoneBinding.slot_end)
            .where(PhoneBinding.vehicle_id.in_(vehicle_ids)).order_by(PhoneBinding.slot_start)
        )
        for vehicle_id, binding_id, phone, driver, start, end in bindings:
            phones.setdefault(vehicle_id, []).append(PhoneRow(binding_id, phone, driver, start, end))
    return [
        CardRow(r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]), int(r[6]) - int(r[7]), r[8], r[9], tuple(phones.get(r[8], ())))
        for r in rows
    ]


def list_phones(session: Session, vehicle_id: uuid.UUID) -> list[PhoneRow]:
    """The phones bound to one vehicle, in the order of the day."""
    rows = session.execute(
        select(PhoneBinding.id, PhoneBinding.phone, PhoneBinding.driver, PhoneBinding.slot_start, PhoneBinding.slot_end)
        .where(PhoneBinding.vehicle_id == vehicle_id).order_by(PhoneBinding.slot_start)
    )
    return [PhoneRow(*row) for row in rows]


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: uuid.UUID
    at: object
    operator: str  # the user name as recorded (or system, central, cli …)
    operator_name: str | None  # the operator's display name, when the user name is an operator's
    action: str
    subject: str | None
    reason: str | None
    details: dict | None


def list_audit(session: Session, search: str = "", limit: int = 1000, actions: tuple[str, ...] = ()) -> list[AuditRow]:
    """Newest first.  `search` matches the operator, the action code, the subject or the reason;
    `actions` are codes that also match (a window passes those whose worded name holds the search)."""
    query = (
        select(AuditEntry, Operator.display_name)
        .outerjoin(Operator, Operator.username == AuditEntry.operator)
        .order_by(AuditEntry.at.desc())
        .limit(limit)
    )
    text = search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(
            AuditEntry.operator.like(pattern), Operator.display_name.like(pattern), AuditEntry.action.like(pattern),
            AuditEntry.subject.like(pattern), AuditEntry.reason.like(pattern),
            *([AuditEntry.action.in_(actions)] if actions else []),
        ))
    return [
        AuditRow(e.id, as_utc(e.at), e.operator, name, e.action, e.subject, e.reason, e.details)
        for e, name in session.execute(query)
    ]
