"""The card ledger: append-only entries whose sum is the balance.

Every entry carries a UUID made where it happened.  Appending the same entry
twice (a retry after a timeout, a sync replay) is harmless: the second time
finds the first and changes nothing.

With a central database (docs/sync.md) a card is also spent at other
stations, so the balance this station counts on is the central balance last
synced, plus this station's entries central had not counted yet.  A card never
synced is just the sum of the local ledger.  While the station is offline
(sync_state.offline_from has passed) the balance is further capped at the
offline limit minus what the card has spent here since the last sync, within
the last 24 hours.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Uuid, bindparam, case, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from console.domain.errors import Conflict
from console.store.models import (
    OPEN_FILLING_STATUSES,
    EntryKind,
    Filling,
    FillingStatus,
    LedgerEntry,
    PaymentMethod,
)
from console.store.sync_models import SyncedBalance, SyncState
from console.timeutil import utc_now


@dataclass(frozen=True, slots=True)
class CardFunds:
    balance_fen: int
    reserved_fen: int

    @property
    def available_fen(self) -> int:
        return self.balance_fen - self.reserved_fen


# SQLite's clock in the text form UtcDateTime is stored in, so times compare as strings
# and the prebuilt statements below need no parameter for "now".
_NOW = literal_column("strftime('%Y-%m-%d %H:%M:%f000', 'now')")
_DAY_AGO = literal_column("strftime('%Y-%m-%d %H:%M:%f000', 'now', '-1 day')")
_NEVER = literal_column("'0001-01-01 00:00:00.000000'")


def balance_of(card_id_column):
    """The balance this station may count on, as a scalar expression usable in a larger statement.

    Synced central balance − the part of it already in the local ledger + the
    local ledger; capped at the offline allowance while the station is offline.
    """
    local = (
        select(func.coalesce(func.sum(LedgerEntry.amount_fen), 0))
        .where(LedgerEntry.card_id == card_id_column)
        .scalar_subquery()
    )
    central_only = (
        select(SyncedBalance.balance_fen - SyncedBalance.covered_fen)
        .where(SyncedBalance.card_id == card_id_column)
        .scalar_subquery()
    )
    balance = func.coalesce(central_only, 0) + local
    offline = exists().where(SyncState.id == 1, SyncState.offline_from <= _NOW)
    since = func.max(
        func.coalesce(select(SyncState.last_success_at).where(SyncState.id == 1).scalar_subquery(), _NEVER), _DAY_AGO
    )
    spent_offline = (
        select(func.coalesce(func.sum(-LedgerEntry.amount_fen), 0))
        .where(LedgerEntry.card_id == card_id_column, LedgerEntry.amount_fen < 0, LedgerEntry.created_at >= since)
        .scalar_subquery()
    )
    allowance = select(SyncState.offline_limit_fen).where(SyncState.id == 1).scalar_subquery() - spent_offline
    # SQLite's two-argument min() is the scalar minimum, not the aggregate.
    return case((offline, func.min(balance, allowance)), else_=balance)


# Plain ORs, not IN (…): an IN list is an "expanding" parameter, re-rendered on every execution.
_OPEN_FILLING = or_(*(Filling.status == status for status in OPEN_FILLING_STATUSES))


def reserved_of(card_id_column):
    """Money held by fillings not yet settled: the preset, or the figure once the pump has reported it."""
    held = case(
        (Filling.status == FillingStatus.COMPLETED, func.coalesce(Filling.amount_fen, Filling.preset_fen)),
        else_=Filling.preset_fen,
    )
    return (
        select(func.coalesce(func.sum(held), 0))
        .where(Filling.card_id == card_id_column, _OPEN_FILLING)
        .scalar_subquery()
    )


# Built once: statement construction costs more than SQLite's answer on this hot path.
_CARD_ID = bindparam("card_id", type_=Uuid)
_FUNDS = select(balance_of(_CARD_ID), reserved_of(_CARD_ID))


def funds(session: Session, card_id: uuid.UUID) -> CardFunds:
    balance, reserved = session.execute(_FUNDS, {"card_id": card_id}).one()
    return CardFunds(int(balance), int(reserved))


def balance_fen(session: Session, card_id: uuid.UUID) -> int:
    return funds(session, card_id).balance_fen


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
    payment_method: PaymentMethod | None = None,
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
            payment_method=payment_method,
            created_at=utc_now(),
        ),
    )


def topped_up_since(session: Session, card_id: uuid.UUID, since) -> int:
    """Fen credited to the card by top-ups since `since` (for the daily top-up limit)."""
    return session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount_fen), 0)).where(
            LedgerEntry.card_id == card_id, LedgerEntry.kind == EntryKind.TOP_UP, LedgerEntry.created_at >= since,
        )
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
