"""Accounts, cards, vehicles and phone bindings: the master data behind a plate."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from console.domain import ledger
from console.domain.errors import Conflict, NotFound
from console.domain.phones import normalize_phone
from console.domain.slots import Slot
from console.store.models import Account, Card, CardStatus, PhoneBinding, Vehicle
from console.timeutil import minute_of_day
from drivers.plates.syntax import Plate, Region, normalize_plate, typed_plate


def add_account(session: Session, name: str, phone: str | None = None) -> Account:
    name = name.strip()
    if not name:
        raise Conflict("an account needs a name")
    account = Account(id=uuid.uuid4(), name=name, phone=normalize_phone(phone) if phone else None)
    session.add(account)
    session.flush()
    return account


def find_account(session: Session, ref: str) -> Account:
    """An account by its id or its exact name (a name shared by two accounts needs the id)."""
    try:
        found = session.get(Account, uuid.UUID(ref))
    except ValueError:
        found = None
    if found is None:
        matches = session.scalars(select(Account).where(Account.name == ref.strip()).limit(2)).all()
        if len(matches) > 1:
            raise Conflict(f"{ref!r} names more than one account: use the account id")
        found = matches[0] if matches else None
    if found is None:
        raise NotFound(f"no account {ref!r}")
    return found


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def new_card_no() -> str:
    # 16 digits with a Luhn check digit, so a mistyped card number is caught at the counter.
    body = "8" + "".join(secrets.choice("0123456789") for _ in range(14))
    return body + luhn_digit(body)


def issue_card(session: Session, account: Account, card_no: str | None = None) -> Card:
    card_no = (card_no or new_card_no()).strip()
    if not card_no.isalnum() or len(card_no) > 32:
        raise Conflict(f"{card_no!r} is not a card number: up to 32 letters and digits")
    if session.scalar(select(Card.id).where(Card.card_no == card_no)):
        raise Conflict(f"card {card_no} already exists")
    card = Card(id=uuid.uuid4(), card_no=card_no, account_id=account.id, status=CardStatus.ACTIVE)
    session.add(card)
    session.flush()
    return card


def find_card(session: Session, card_no: str) -> Card:
    card = session.scalar(select(Card).where(Card.card_no == card_no.strip()))
    if card is None:
        raise NotFound(f"no card {card_no!r}")
    return card


class AlreadyBound(Conflict):
    """The plate is another card's: moving it needs `move` (a manager's, audited)."""

    def __init__(self, plate: str, card_no: str) -> None:
        super().__init__(f"{plate} is already bound to card {card_no}; moving it to another card needs --move, by a manager")
        self.plate, self.card_no = plate, card_no


def bind_vehicle(session: Session, plate_text: str, card: Card, region: Region | str = Region.CN,
                 *, move: bool = False) -> Vehicle:
    """Bind a typed plate to a card.  A plate bound to another card is refused unless
    `move` is given; then it moves, its phones with it."""
    plate = typed_plate(plate_text, region)
    vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == plate.text))
    if vehicle is not None:
        if vehicle.card_id != card.id:
            if not move:
                raise AlreadyBound(plate.text, session.get(Card, vehicle.card_id).card_no)
            vehicle.card_id = card.id
    else:
        vehicle = Vehicle(id=uuid.uuid4(), plate=plate.text, card_id=card.id)
        session.add(vehicle)
    session.flush()
    return vehicle


def card_of_plate(session: Session, plate_text: str, region: Region | str = Region.CN) -> str | None:
    """The card number a plate is bound to now, if any."""
    plate = typed_plate(plate_text, region)
    return session.scalar(select(Card.card_no).join(Vehicle, Vehicle.card_id == Card.id).where(Vehicle.plate == plate.text))


def find_vehicle(session: Session, plate_text: str, region: Region | str = Region.CN) -> Vehicle:
    plate = normalize_plate(plate_text, region)
    vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == plate.text))
    if vehicle is None:
        raise NotFound(f"plate {plate.text} is not registered")
    return vehicle


def bind_phone(
    session: Session, vehicle: Vehicle, phone: str, slot: Slot, driver: str | None = None
) -> PhoneBinding:
    number = normalize_phone(phone)
    _refuse_overlap(vehicle, slot)
    binding = PhoneBinding(
        id=uuid.uuid4(), vehicle_id=vehicle.id, phone=number, driver=driver, slot_start=slot.start, slot_end=slot.end
    )
    session.add(binding)
    session.flush()
    session.refresh(vehicle, ["phones"])
    return binding


def find_phone_binding(session: Session, binding_id: uuid.UUID) -> PhoneBinding:
    binding = session.get(PhoneBinding, binding_id)
    if binding is None:
        raise NotFound(f"no phone binding {binding_id} (removed meanwhile?)")
    return binding


def change_phone_binding(session: Session, binding: PhoneBinding, slot: Slot, driver: str | None) -> PhoneBinding:
    """Give a bound phone another slot or driver; the slot may not overlap the vehicle's other phones'."""
    _refuse_overlap(binding.vehicle, slot, ignore=binding.id)
    binding.slot_start, binding.slot_end, binding.driver = slot.start, slot.end, driver
    session.flush()
    return binding


def remove_phone_binding(session: Session, binding: PhoneBinding) -> None:
    vehicle = binding.vehicle
    session.delete(binding)
    session.flush()
    session.refresh(vehicle, ["phones"])


def _refuse_overlap(vehicle: Vehicle, slot: Slot, ignore: uuid.UUID | None = None) -> None:
    for other in vehicle.phones:
        if other.id != ignore and Slot(other.slot_start, other.slot_end).overlaps(slot):
            raise Conflict(
                f"slot {slot} overlaps {other.phone}'s slot "
                f"{Slot(other.slot_start, other.slot_end)} for {vehicle.plate}"
            )


@dataclass(frozen=True, slots=True)
class OnDuty:
    phone: str | None
    driver: str | None
    slot: Slot | None  # None when the account's own phone answered


def on_duty(session: Session, vehicle: Vehicle, at: datetime, zone: ZoneInfo) -> OnDuty:
    """The phone whose slot holds `at` in the station's local day; else the account's phone."""
    minute = minute_of_day(at, zone)
    for binding in vehicle.phones:
        slot = Slot(binding.slot_start, binding.slot_end)
        if slot.contains(minute):
            return OnDuty(binding.phone, binding.driver, slot)
    account = vehicle.card.account
    return OnDuty(account.phone, None, None)


@dataclass(frozen=True, slots=True)
class PlateLookup:
    plate: Plate
    vehicle_id: uuid.UUID
    card_id: uuid.UUID
    card_no: str
    card_status: CardStatus
    account_name: str
    funds: ledger.CardFunds


_LOOKUP = (
    select(
        Vehicle.id,
        Card.id,
        Card.card_no,
        Card.status,
        Account.name,
        ledger.balance_of(Card.id),
        ledger.reserved_of(Card.id),
    )
    .join(Card, Vehicle.card_id == Card.id)
    .join(Account, Card.account_id == Account.id)
    .where(Vehicle.plate == bindparam("plate"))
)


def lookup_plate(session: Session | Connection, plate: Plate) -> PlateLookup | None:
    """Plate → card → available balance: the question asked at every lane event, in one statement."""
    row = session.execute(_LOOKUP, {"plate": plate.text}).one_or_none()
    if row is None:
        return None
    vehicle_id, card_id, card_no, status, account_name, balance, reserved = row
    return PlateLookup(plate, vehicle_id, card_id, card_no, status, account_name, ledger.CardFunds(int(balance), int(reserved)))
