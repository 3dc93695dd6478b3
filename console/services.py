"""The station's operations as one service layer: the CLI and the window call these.

Each operation is one unit of work that does the business rule and writes its
audit record in the same transaction, so a rule, a validation and an audit
record exist once, whoever asks.  Lane commands are the lane engine's
(`LaneEngine.command`); everything else an operator does is here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from decimal import Decimal

from datetime import timedelta

from console.config import TopUpLimits
from console.domain import accounts, audit, ledger, operators
from console.domain.errors import DomainError, NotFound
from console.domain.slots import Slot
from console.lanes import settlement
from console.store.db import Store
from console.money import format_yuan
from console.store.models import Account, Card, Filling, FillingStatus, Operator, Role, Vehicle
from console.timeutil import utc_now
from drivers.pumps.types import FillingInfo


@dataclass(frozen=True)
class Actor:
    """Who asks: an operator's name and role, or `cli` for a shell command (run by whoever
    may open the station's files: a manager)."""

    operator: str
    station_id: str
    role: Role = Role.MANAGER


class LimitExceeded(DomainError):
    """An amount above what the station's rules let this operator do; `code` says which rule."""

    def __init__(self, code: str, message: str, limit_fen: int) -> None:
        super().__init__(message)
        self.code, self.limit_fen = code, limit_fen


@dataclass(frozen=True)
class TopUp:
    entry_id: uuid.UUID
    card_no: str
    amount_fen: int
    balance_fen: int


@dataclass(frozen=True)
class PhoneBound:
    id: uuid.UUID
    plate: str
    phone: str
    driver: str | None


@dataclass(frozen=True)
class NewAccount:
    account_id: uuid.UUID
    card_no: str


def add_account(store: Store, actor: Actor, name: str, phone: str | None) -> Account:
    with store.write() as session:
        account = accounts.add_account(session, name, phone)
        _audit(session, actor, "account.add", str(account.id), None, {"name": name})
        return account


def open_account(store: Store, actor: Actor, name: str, phone: str | None, card_no: str | None,
                 opening_fen: int, plate: str | None, region: str) -> NewAccount:
    """An account with its first card, an optional opening top-up and plate, in one unit of work."""
    with store.write() as session:
        account = accounts.add_account(session, name, phone)
        card = accounts.issue_card(session, account, card_no)
        if opening_fen:
            ledger.top_up(session, card.id, opening_fen, station_id=actor.station_id, operator=actor.operator, note="opening")
        if plate:
            accounts.bind_vehicle(session, plate, card, region)
        _audit(session, actor, "account.create", name, None, {"card": card.card_no, "opening_fen": opening_fen, "plate": plate or None})
        return NewAccount(account.id, card.card_no)


def issue_card(store: Store, actor: Actor, account_ref: str, card_no: str | None) -> Card:
    with store.write() as session:
        account = accounts.find_account(session, account_ref)
        card = accounts.issue_card(session, account, card_no)
        _audit(session, actor, "card.issue", card.card_no, None, {"account": str(account.id)})
        return card


def top_up(store: Store, actor: Actor, card_no: str, amount_fen: int, note: str | None = None, *,
           limits: TopUpLimits) -> TopUp:
    """Credit a card, within the station's top-up limits (config [rules] top_up_*): every
    caller passes its station's, so no path tops up under default limits."""
    if amount_fen <= 0:
        raise DomainError("a top-up must be more than zero")
    if amount_fen > limits.most_fen:
        raise LimitExceeded("top_up_max", f"{format_yuan(amount_fen)} is more than one top-up may be (at most {format_yuan(limits.most_fen)})", limits.most_fen)
    if amount_fen > limits.manager_above_fen and actor.role is not Role.MANAGER:
        raise LimitExceeded("needs_manager", f"a top-up above {format_yuan(limits.manager_above_fen)} needs a manager", limits.manager_above_fen)
    with store.write() as session:
        card = accounts.find_card(session, card_no)
        today = ledger.topped_up_since(session, card.id, utc_now() - timedelta(days=1))
        if today + amount_fen > limits.day_most_fen:
            raise LimitExceeded(
                "top_up_day_max",
                f"card {card.card_no} was credited {format_yuan(today)} in the last 24 hours: "
                f"at most {format_yuan(limits.day_most_fen)} a day", limits.day_most_fen,
            )
        entry = ledger.top_up(session, card.id, amount_fen, station_id=actor.station_id, operator=actor.operator, note=note)
        _audit(session, actor, "card.top_up", card.card_no, note, {"amount_fen": amount_fen, "entry": str(entry.id)})
        return TopUp(entry.id, card.card_no, amount_fen, ledger.funds(session, card.id).balance_fen)


def bind_vehicle(store: Store, actor: Actor, plate: str, card_no: str, region: str, *,
                 move: bool = False, reason: str | None = None) -> Vehicle:
    """Bind a plate to a card.  A plate already on another card moves only with `move`, by a
    manager, with both cards named in the audit record."""
    if move and actor.role is not Role.MANAGER:
        raise LimitExceeded("needs_manager", "moving a plate to another card needs a manager", 0)
    with store.write() as session:
        card = accounts.find_card(session, card_no)
        before = accounts.card_of_plate(session, plate, region) if move else None
        vehicle = accounts.bind_vehicle(session, plate, card, region, move=move)
        if before is not None and before != card.card_no:
            _audit(session, actor, "vehicle.move", vehicle.plate, reason, {"from_card": before, "to_card": card.card_no})
        else:
            _audit(session, actor, "vehicle.bind", vehicle.plate, reason, {"card": card.card_no})
        return vehicle


def bind_phone(store: Store, actor: Actor, plate: str, phone: str, slot: Slot | None, driver: str | None,
               region: str) -> PhoneBound:
    with store.write() as session:
        vehicle = accounts.find_vehicle(session, plate, region)
        binding = accounts.bind_phone(session, vehicle, phone, slot, driver)
        _audit(session, actor, "phone.bind", vehicle.plate, None, {"phone": binding.phone, "slot": str(slot), "driver": driver})
        return PhoneBound(binding.id, vehicle.plate, binding.phone, binding.driver)


def add_operator(store: Store, actor: Actor, username: str, password: str, role: str, name: str | None) -> Operator:
    with store.write() as session:
        operator = operators.add_operator(session, username, password, role, name)
        _audit(session, actor, "operator.add", operator.username, None, {"role": operator.role.value})
        return operator


def settle_by_hand(store: Store, config, actor: Actor, filling_id: uuid.UUID, litres: Decimal, amount_fen: int,
                   reason: str, nozzle: int = 0) -> settlement.Outcome:
    """A filling held as needing settlement (its pump forgot it), settled from the pump's
    display or totals by a manager, with a reason; audited in the same transaction."""
    if not reason or not reason.strip():
        raise DomainError("say why: a reason is kept in the audit log")
    with store.read() as session:
        filling = session.get(Filling, filling_id)
        if filling is None:
            raise NotFound(f"no filling {filling_id}")
        if filling.status is not FillingStatus.NEEDS_SETTLEMENT:
            raise DomainError(f"filling {filling_id} is {filling.status.value}: only one that needs settlement is settled by hand")
        if amount_fen > filling.preset_fen:
            raise DomainError(f"{amount_fen} fen is more than the {filling.preset_fen} fen the pump was authorised for")
    price = int((Decimal(amount_fen) / litres).to_integral_value()) if litres else 0
    info = FillingInfo(filling.pump_address, nozzle, litres, Decimal(amount_fen).scaleb(-2), Decimal(price).scaleb(-2), None, str(filling_id))
    return settlement.settle(
        store, config, filling_id, info,
        audit_record={"operator": actor.operator, "action": "filling.settle_by_hand", "subject": str(filling_id),
                      "reason": reason, "details": {"litres": str(litres), "amount_fen": amount_fen}},
    )


def _audit(session, actor: Actor, action: str, subject: str | None, reason: str | None, details: dict | None) -> None:
    audit.record(session, station_id=actor.station_id, operator=actor.operator, action=action, subject=subject, reason=reason, details=details)
