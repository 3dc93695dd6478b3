"""Registration at head office: a user, their vehicle and its drivers' phones, written to central's master data.

What the phone app or the payment platform asks for through the API
(console.central.api) is done here, one function per operation, each in the
caller's transaction and each write audited there with the client's name as
operator.  The change feed then carries it to every station.

Values arrive parsed (a `Plate`, a `Slot`, an E.164 phone); a refusal is a
`RegistrationError` carrying a code a program can act on and its values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from console.central import masterdata
from console.central import schema as central
from console.central.masterdata import CENTRAL_STATION
from console.domain.accounts import new_card_no
from console.domain.slots import Slot
from console.timeutil import utc_now
from drivers.plates.syntax import Plate

CARD_NO_TRIES = 5


class RegistrationError(Exception):
    """A request refused; nothing was written.  `code` is for programs, the message for a person reading a log."""

    def __init__(self, code: str, message: str, **values: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.values = code, message, values


class Invalid(RegistrationError):
    pass


class NotFound(RegistrationError):
    pass


class Conflict(RegistrationError):
    pass


@dataclass(frozen=True, slots=True)
class Registered:
    account_id: uuid.UUID
    card_id: uuid.UUID
    card_no: str
    created: bool  # False: the same request was made before (the same account id), nothing new written


@dataclass(frozen=True, slots=True)
class PhoneView:
    id: uuid.UUID
    phone: str
    driver: str | None
    slot: Slot


@dataclass(frozen=True, slots=True)
class VehicleView:
    id: uuid.UUID
    plate: str
    account_id: uuid.UUID
    account_name: str
    card_no: str
    phones: tuple[PhoneView, ...]


def _audit(connection: Connection, operator: str, action: str, subject: str, details: dict[str, Any]) -> None:
    connection.execute(insert(central.audit_log).values(
        id=uuid.uuid4(), at=utc_now(), station_id=CENTRAL_STATION, operator=operator,
        action=action, subject=subject, details=details))


def register_user(connection: Connection, name: str, phone: str, operator: str, account_id: uuid.UUID | None = None) -> Registered:
    """A new account with one card.  `account_id`, when the client makes it, makes a retry harmless:
    the same id with the same name and phone returns what the first request made."""
    if account_id is not None:
        a, c = central.accounts, central.cards
        before = connection.execute(
            select(a.c.name, a.c.phone, c.c.id, c.c.card_no).join(c, c.c.account_id == a.c.id, isouter=True)
            .where(a.c.id == account_id).order_by(c.c.created_at).limit(1)
        ).first()
        if before is not None:
            if (before.name, before.phone) != (name, phone) or before.id is None:
                raise Conflict("account_id_taken", f"account {account_id} exists with other details", account_id=str(account_id))
            return Registered(account_id, before.id, before.card_no, created=False)
    account_id = account_id or uuid.uuid4()
    connection.execute(insert(central.accounts).values(id=account_id, name=name, phone=phone, created_at=utc_now()))
    card_id, card_no = _issue_card(connection, account_id)
    _audit(connection, operator, "account.register", str(account_id), {"name": name, "phone": phone, "card": card_no})
    return Registered(account_id, card_id, card_no, created=True)


def _issue_card(connection: Connection, account_id: uuid.UUID) -> tuple[uuid.UUID, str]:
    # The same generator as a station's counter; a number a station made offline and central
    # already holds is settled by the sync (central's row wins), one central holds is tried again here.
    for _ in range(CARD_NO_TRIES):
        card_no = new_card_no()
        try:
            with connection.begin_nested():
                return masterdata.issue_card(connection, account_id, card_no), card_no
        except IntegrityError:
            continue
    raise RuntimeError(f"{CARD_NO_TRIES} new card numbers in a row were taken: the generator is broken")


def _card_for(connection: Connection, account_id: uuid.UUID, card_no: str | None) -> tuple[uuid.UUID, str]:
    c = central.cards
    if connection.scalar(select(central.accounts.c.id).where(central.accounts.c.id == account_id)) is None:
        raise NotFound("account_not_found", f"no account {account_id}", account_id=str(account_id))
    query = select(c.c.id, c.c.card_no, c.c.status).where(c.c.account_id == account_id)
    if card_no is not None:
        row = connection.execute(query.where(c.c.card_no == card_no)).first()
        if row is None:
            raise NotFound("card_not_found", f"account {account_id} has no card {card_no}", card_no=card_no)
        if row.status != "active":
            raise Conflict("card_blocked", f"card {card_no} is {row.status}", card_no=card_no)
        return row.id, row.card_no
    row = connection.execute(query.where(c.c.status == "active").order_by(c.c.created_at).limit(1)).first()
    if row is None:
        raise Conflict("no_active_card", f"account {account_id} has no active card", account_id=str(account_id))
    return row.id, row.card_no


def bind_vehicle(connection: Connection, account_id: uuid.UUID, plate: Plate, operator: str,
                 card_no: str | None = None) -> tuple[uuid.UUID, str, bool]:
    """Bind a plate to the account's card (its first active one unless `card_no` names one).

    Returns (vehicle id, card number, created).  The plate already on that card is no change;
    on any other card it is refused: moving a plate between owners is the head office's decision."""
    card_id, card_no = _card_for(connection, account_id, card_no)
    v, c = central.vehicles, central.cards
    held = connection.execute(
        select(v.c.id, v.c.card_id, c.c.account_id).join(c, c.c.id == v.c.card_id).where(v.c.plate == plate.text)
    ).first()
    if held is not None:
        if held.card_id == card_id:
            return held.id, card_no, False
        raise Conflict("plate_taken", f"{plate.text} is bound to another card", plate=plate.text)
    try:
        with connection.begin_nested():
            vehicle_id = masterdata.bind_vehicle(connection, plate.text, card_id)
    except IntegrityError:  # bound by someone else between the look and the insert
        raise Conflict("plate_taken", f"{plate.text} is bound to another card", plate=plate.text) from None
    _audit(connection, operator, "vehicle.bind", plate.text, {"card": card_no, "account": str(account_id)})
    return vehicle_id, card_no, True


def _vehicle(connection: Connection, plate: Plate, *, lock: bool = False):
    v = central.vehicles
    query = select(v.c.id, v.c.plate, v.c.card_id).where(v.c.plate == plate.text)
    row = connection.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound("vehicle_not_found", f"plate {plate.text} is not registered", plate=plate.text)
    return row


def _live_phones(connection: Connection, vehicle_id: uuid.UUID) -> list[PhoneView]:
    pb = central.phone_bindings
    rows = connection.execute(
        select(pb.c.id, pb.c.phone, pb.c.driver, pb.c.slot_start, pb.c.slot_end)
        .where(pb.c.vehicle_id == vehicle_id, pb.c.deleted.is_(False)).order_by(pb.c.slot_start, pb.c.created_at)
    )
    return [PhoneView(r.id, r.phone, r.driver, Slot(r.slot_start, r.slot_end)) for r in rows]


def unbind_vehicle(connection: Connection, plate: Plate, operator: str) -> tuple[uuid.UUID, int]:
    """Take a plate off its card; returns (vehicle id, phones removed).

    The vehicle row stays, under the placeholder plate `#` + its id's first 15 hex digits
    that no lookup matches (the same placeholder a station gives a row that steps aside),
    and its phones become tombstones.  The stations' pull already applies both as they
    are; deleting the vehicle would not be: a station's phone bindings refer to it.  The
    plate is free again at once; what it was stays in the audit log."""
    vehicle = _vehicle(connection, plate, lock=True)
    phones = _live_phones(connection, vehicle.id)
    for phone in phones:
        masterdata.unbind_phone(connection, phone.id)
    v = central.vehicles
    connection.execute(update(v).where(v.c.id == vehicle.id).values(plate="#" + vehicle.id.hex[:15]))
    card_no = connection.scalar(select(central.cards.c.card_no).where(central.cards.c.id == vehicle.card_id))
    _audit(connection, operator, "vehicle.unbind", plate.text, {
        "vehicle": str(vehicle.id), "card": card_no, "phones": [{"id": str(p.id), "phone": p.phone} for p in phones]})
    return vehicle.id, len(phones)


def bind_phone(connection: Connection, plate: Plate, phone: str, slot: Slot, driver: str | None, operator: str) -> uuid.UUID:
    """A driver's phone answering for the vehicle in `slot`; slots of one vehicle may not overlap."""
    vehicle = _vehicle(connection, plate, lock=True)  # two binds at once cannot both pass the overlap check
    for other in _live_phones(connection, vehicle.id):
        if other.slot.overlaps(slot):
            raise Conflict("slot_overlap", f"slot {slot} overlaps {other.phone}'s slot {other.slot} for {plate.text}",
                           slot=str(slot), other_phone=other.phone, other_slot=str(other.slot), other_id=str(other.id))
    binding_id = masterdata.bind_phone(connection, vehicle.id, phone, slot.start, slot.end, driver)
    _audit(connection, operator, "phone.bind", plate.text,
           {"binding": str(binding_id), "phone": phone, "slot": str(slot), "driver": driver})
    return binding_id


def unbind_phone(connection: Connection, binding_id: uuid.UUID, operator: str) -> bool:
    """Remove a phone binding (a tombstone, which the stations' pull deletes).  False: it was removed already."""
    pb, v = central.phone_bindings, central.vehicles
    row = connection.execute(
        select(pb.c.phone, pb.c.deleted, v.c.plate).join(v, v.c.id == pb.c.vehicle_id)
        .where(pb.c.id == binding_id).with_for_update(of=pb)
    ).first()
    if row is None:
        raise NotFound("phone_not_found", f"no phone binding {binding_id}", id=str(binding_id))
    if row.deleted:
        return False
    masterdata.unbind_phone(connection, binding_id)
    _audit(connection, operator, "phone.unbind", row.plate, {"binding": str(binding_id), "phone": row.phone})
    return True


def vehicle_view(connection: Connection, plate: Plate) -> VehicleView:
    vehicle = _vehicle(connection, plate)
    a, c = central.accounts, central.cards
    owner = connection.execute(
        select(a.c.id, a.c.name, c.c.card_no).join(c, c.c.account_id == a.c.id).where(c.c.id == vehicle.card_id)
    ).one()
    return VehicleView(vehicle.id, vehicle.plate, owner.id, owner.name, owner.card_no, tuple(_live_phones(connection, vehicle.id)))

