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
from console.domain.operators import Permission
from console.domain.slots import Slot
from console.fleet import vehicles as fleet_vehicles
from console.lanes import settlement
from console.store.db import Store
from console.money import format_yuan
from console.store.models import Account, Card, Filling, FillingStatus, Operator, PaymentMethod, Role, Vehicle
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
    """An amount above what the station's rules let this operator do; `code` says which rule
    (top_up_max, needs_manager, top_up_day_max), `limit_fen` the limit, and for the day's
    limit `so_far_fen` what the card was already credited, so a window can word it."""

    def __init__(self, code: str, message: str, limit_fen: int, so_far_fen: int = 0) -> None:
        super().__init__(message)
        self.code, self.limit_fen, self.so_far_fen = code, limit_fen, so_far_fen


class NotPermitted(DomainError):
    """The operator's role may not do this at all; `permission` names what it needs."""

    def __init__(self, permission: Permission, role: Role) -> None:
        super().__init__(f"a {role.value} may not {permission.value.replace('_', ' ')}")
        self.permission, self.role = permission, role


@dataclass(frozen=True)
class TopUp:
    entry_id: uuid.UUID
    card_no: str
    amount_fen: int
    balance_fen: int
    method: PaymentMethod


@dataclass(frozen=True)
class TopUpPreview:
    """A top-up checked against every rule but not written: what a confirmation shows."""

    card_no: str
    account: str
    amount_fen: int
    method: PaymentMethod
    balance_fen: int

    @property
    def new_balance_fen(self) -> int:
        return self.balance_fen + self.amount_fen


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
                 opening_fen: int, plate: str | None, region: str, *,
                 limits: TopUpLimits, method: PaymentMethod | str | None = None) -> NewAccount:
    """An account with its first card, an optional opening top-up and plate, in one unit of work.
    An opening top-up is a top-up: the same limits and roles, and how it was paid."""
    if opening_fen:
        check_top_up(actor, opening_fen, limits)
        method = payment_method(method)
    with store.write() as session:
        account = accounts.add_account(session, name, phone)
        card = accounts.issue_card(session, account, card_no)
        if opening_fen:
            ledger.top_up(session, card.id, opening_fen, station_id=actor.station_id, operator=actor.operator, note="opening",
                          payment_method=method)
        if plate:
            accounts.bind_vehicle(session, plate, card, region)
        _audit(session, actor, "account.create", name, None,
               {"card": card.card_no, "opening_fen": opening_fen, "plate": plate or None, "method": method.value if opening_fen else None})
        return NewAccount(account.id, card.card_no)


def issue_card(store: Store, actor: Actor, account_ref: str, card_no: str | None) -> Card:
    with store.write() as session:
        account = accounts.find_account(session, account_ref)
        card = accounts.issue_card(session, account, card_no)
        _audit(session, actor, "card.issue", card.card_no, None, {"account": str(account.id)})
        return card


def payment_method(method: PaymentMethod | str | None) -> PaymentMethod:
    """The method a top-up was paid by, as given by a caller; every top-up names one."""
    try:
        return PaymentMethod(method)
    except ValueError:
        allowed = ", ".join(m.value for m in PaymentMethod)
        raise DomainError(f"{method!r} is not a payment method: say how the customer paid, one of {allowed}") from None


def check_top_up(actor: Actor, amount_fen: int, limits: TopUpLimits) -> None:
    """The rules on a top-up that need no database: the operator's role and the per-top-up
    limits (config [rules] top_up_max, top_up_manager_above).  Raises NotPermitted or LimitExceeded."""
    if not operators.may(actor.role, Permission.TOP_UP):
        raise NotPermitted(Permission.TOP_UP, actor.role)
    if amount_fen <= 0:
        raise DomainError("a top-up must be more than zero")
    if amount_fen > limits.most_fen:
        raise LimitExceeded("top_up_max", f"{format_yuan(amount_fen)} is more than one top-up may be (at most {format_yuan(limits.most_fen)})", limits.most_fen)
    if amount_fen > limits.manager_above_fen and not operators.may(actor.role, Permission.TOP_UP_ABOVE_THRESHOLD):
        raise LimitExceeded("needs_manager", f"a top-up above {format_yuan(limits.manager_above_fen)} needs a manager", limits.manager_above_fen)


def _check_day(session, card: Card, amount_fen: int, limits: TopUpLimits) -> None:
    today = ledger.topped_up_since(session, card.id, utc_now() - timedelta(days=1))
    if today + amount_fen > limits.day_most_fen:
        raise LimitExceeded(
            "top_up_day_max",
            f"card {card.card_no} was credited {format_yuan(today)} in the last 24 hours: "
            f"at most {format_yuan(limits.day_most_fen)} a day", limits.day_most_fen, today,
        )


def preview_top_up(store: Store, actor: Actor, card_no: str, amount_fen: int, *, limits: TopUpLimits,
                   method: PaymentMethod | str) -> TopUpPreview:
    """Every check `top_up` makes, and the balance it would leave, without writing: for a
    confirmation.  `top_up` checks again when it writes (the card may move meanwhile)."""
    check_top_up(actor, amount_fen, limits)
    method = payment_method(method)
    with store.read() as session:
        card = accounts.find_card(session, card_no)
        _check_day(session, card, amount_fen, limits)
        return TopUpPreview(card.card_no, card.account.name, amount_fen, method, ledger.funds(session, card.id).balance_fen)


def top_up(store: Store, actor: Actor, card_no: str, amount_fen: int, note: str | None = None, *,
           limits: TopUpLimits, method: PaymentMethod | str) -> TopUp:
    """Credit a card, by an operator whose role may, within the station's top-up limits (config
    [rules] top_up_*), saying how the customer paid: every caller passes its station's limits,
    so no path tops up under default limits, and a method, so the till reconciles."""
    check_top_up(actor, amount_fen, limits)
    method = payment_method(method)
    with store.write() as session:
        card = accounts.find_card(session, card_no)
        _check_day(session, card, amount_fen, limits)
        entry = ledger.top_up(session, card.id, amount_fen, station_id=actor.station_id, operator=actor.operator, note=note,
                              payment_method=method)
        balance = ledger.funds(session, card.id).balance_fen
        _audit(session, actor, "card.top_up", card.card_no, note,
               {"amount_fen": amount_fen, "method": method.value, "balance_fen": balance, "entry": str(entry.id)})
        return TopUp(entry.id, card.card_no, amount_fen, balance, method)


def bind_vehicle(store: Store, actor: Actor, plate: str, card_no: str, region: str, *,
                 move: bool = False, reason: str | None = None) -> Vehicle:
    """Bind a plate to a card.  A plate already on another card moves only with `move`, by a
    manager, with both cards named in the audit record."""
    if move and not operators.may(actor.role, Permission.MOVE_PLATE):
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



def set_vehicle_fleet(store: Store, actor: Actor, plate: str, attributes: fleet_vehicles.FleetAttributes,
                      region: str) -> Vehicle:
    """A vehicle's fleet attributes (tank capacity, meter kind, consumption band), audited with
    what they were.  They reach head office as the vehicle's change request."""
    with store.write() as session:
        vehicle = accounts.find_vehicle(session, plate, region)
        before = fleet_vehicles.apply(vehicle, attributes)
        session.flush()
        after = {k: None if v is None else str(v) for k, v in fleet_vehicles.attributes_of(vehicle).__dict__.items()}
        _audit(session, actor, "vehicle.fleet", vehicle.plate, None, {"from": before, "to": after})
        return vehicle

def bind_phone(store: Store, actor: Actor, plate: str, phone: str, slot: Slot | None, driver: str | None,
               region: str) -> PhoneBound:
    with store.write() as session:
        vehicle = accounts.find_vehicle(session, plate, region)
        binding = accounts.bind_phone(session, vehicle, phone, slot, driver)
        _audit(session, actor, "phone.bind", vehicle.plate, None, {"phone": binding.phone, "slot": str(slot), "driver": driver})
        return PhoneBound(binding.id, vehicle.plate, binding.phone, binding.driver)


def change_phone(store: Store, actor: Actor, binding_id: uuid.UUID, slot: Slot, driver: str | None) -> PhoneBound:
    """Another slot or driver for a bound phone, audited with what it was."""
    with store.write() as session:
        binding = accounts.find_phone_binding(session, binding_id)
        before = {"slot": str(Slot(binding.slot_start, binding.slot_end)), "driver": binding.driver}
        accounts.change_phone_binding(session, binding, slot, driver)
        _audit(session, actor, "phone.change", binding.vehicle.plate, None,
               {"phone": binding.phone, "slot": str(slot), "driver": driver,
                "from_slot": before["slot"], "from_driver": before["driver"], "binding": str(binding.id)})
        return PhoneBound(binding.id, binding.vehicle.plate, binding.phone, binding.driver)


def unbind_phone(store: Store, actor: Actor, binding_id: uuid.UUID) -> PhoneBound:
    """Remove a phone from a vehicle, audited with its slot and driver (the row itself is gone)."""
    with store.write() as session:
        binding = accounts.find_phone_binding(session, binding_id)
        gone = PhoneBound(binding.id, binding.vehicle.plate, binding.phone, binding.driver)
        slot = Slot(binding.slot_start, binding.slot_end)
        accounts.remove_phone_binding(session, binding)
        _audit(session, actor, "phone.unbind", gone.plate, None,
               {"phone": gone.phone, "slot": str(slot), "driver": gone.driver, "binding": str(gone.id)})
        return gone


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
