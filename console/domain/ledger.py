"""The card ledger: append-only entries whose sum is the balance.

Every entry carries a UUID made where it happened.  Appending the same entry
twice (a retry after a timeout, a sync replay) is harmless: the second time
finds the first and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from console.domain.errors import Conflict
from console.store.models import (
    OPEN_FILLING_STATUSES,
    EntryKind,
    Filling,
    FillingStatus,
    LedgerEntry,
)
from console.timeutil import utc_now


@dataclass(frozen=True, slots=True)
class CardFunds:
    balance_fen: int
    reserved_fen: int

    @property
    def available_fen(self) -> int:
        return self.balance_fen - self.reserved_fen


def balance_fen(session: Session, card_id: uuid.UUID) -> int:
    total = select(func.coalesce(func.sum(LedgerEntry.amount_fen), 0)).where(LedgerEntry.card_id == card_id)
    return int(session.execute(total).scalar_one())


def reserved_fen(session: Session, card_id: uuid.UUID) -> int:
    """Money held by fillings not yet settled: the preset, or the figure once the pump has reported it."""
    held = case(
        (Filling.status == FillingStatus.COMPLETED, func.coalesce(Filling.amount_fen, Filling.preset_fen)),
        else_=Filling.preset_fen,
    )
    query = select(func.coalesce(func.sum(held), 0)).where(
        Filling.card_id == card_id, Filling.status.in_(OPEN_FILLING_STATUSES)
    )
    return int(session.execute(query).scalar_one())


def funds(session: Session, card_id: uuid.UUID) -> CardFunds:
    return CardFunds(balance_fen(session, card_id), reserved_fen(session, card_id))


def append(session: Session, entry: LedgerEntry) -> LedgerEntry:
    """Insert `entry` once.  A repeat with the same id and figures returns the stored one;
    the same id with other figures is refused, since that would rewrite history."""
    existing = session.get(LedgerEntry, entry.id)
    if existing is not None:
        same = (existing.card_id, existing.kind, existing.amount_fen) == (entry.card_id, entry.kind, entry.amount_fen)
        if not same:
            raise Conflict(f"ledger entry {entry.id} already exists with other figures")
        return existing
    if entry.amount_fen == 0:
        raise Conflict("a ledger entry must move money: amount is zero")
    session.add(entry)
    session.flush()
    return entry


def top_up(
    session: Session,
    card_id: uuid.UUID,
    amount_fen: int,
    *,
    station_id: str,
    operator: str | None = None,
    entry_id: uuid.UUID | None = None,
    note: str | None = None,
) -> LedgerEntry:
    if amount_fen <= 0:
        raise Conflict("a top-up must be more than zero")
    return append(
        session,
        LedgerEntry(
            id=entry_id or uuid.uuid4(),
            card_id=card_id,
            kind=EntryKind.TOP_UP,
            amount_fen=amount_fen,
            station_id=station_id,
            operator=operator,
            note=note,
            created_at=utc_now(),
        ),
    )


class InsufficientFunds(Conflict):
    pass


def spend(
    session: Session,
    card_id: uuid.UUID,
    amount_fen: int,
    *,
    kind: EntryKind,
    station_id: str,
    operator: str | None = None,
    entry_id: uuid.UUID | None = None,
    note: str | None = None,
) -> LedgerEntry:
    """Take money off a card only if it is available.

    The check and the insert share one write transaction (the store begins
    writes IMMEDIATE), so two lanes or two processes cannot both pass the check.
    """
    if amount_fen <= 0:
        raise Conflict("an amount to take off a card must be more than zero")
    available = funds(session, card_id).available_fen
    if available < amount_fen:
        raise InsufficientFunds(f"only {available} fen available, {amount_fen} fen asked")
    return append(
        session,
        LedgerEntry(
            id=entry_id or uuid.uuid4(),
            card_id=card_id,
            kind=kind,
            amount_fen=-amount_fen,
            station_id=station_id,
            operator=operator,
            note=note,
            created_at=utc_now(),
        ),
    )


def debit_filling(session: Session, filling: Filling, *, station_id: str) -> LedgerEntry:
    """Debit a completed filling.  The entry's id is derived from the filling's,
    so settling the same filling again can never debit twice."""
    if filling.card_id is None or filling.amount_fen is None:
        raise Conflict(f"filling {filling.id} has no card or no amount to debit")
    return append(
        session,
        LedgerEntry(
            id=uuid.uuid5(filling.id, "debit"),
            card_id=filling.card_id,
            kind=EntryKind.FUEL,
            amount_fen=-filling.amount_fen,
            station_id=station_id,
            filling_id=filling.id,
            created_at=utc_now(),
        ),
    )
