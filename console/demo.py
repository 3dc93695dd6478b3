"""The embedded demo: accounts, cards, plates and phones matching the demo media.

Ids are derived from names, so seeding twice changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain import ledger
from console.domain.slots import Slot
from console.store.models import Account, Card, CardStatus, Operator, PhoneBinding, Role, Vehicle
from console.domain.operators import hash_password

_NAMESPACE = uuid.UUID("5f0c1d2e-7a41-4c1b-9a57-3d0e4b6c8a10")


def _id(*parts: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, "/".join(parts))


@dataclass(frozen=True)
class DemoPhone:
    phone: str
    driver: str
    slot: str


@dataclass(frozen=True)
class DemoVehicle:
    account: str
    account_phone: str
    card_no: str
    top_up_fen: int
    plate: str
    phones: tuple[DemoPhone, ...] = ()


# The patent's example: three drivers share a truck in 8-hour slots.
DEMO_VEHICLES = (
    DemoVehicle("顺达物流", "+8613800000001", "8000000000000018", 500_000, "京A12345", (
        DemoPhone("+8613900000001", "王师傅", "00:00-08:00"),
        DemoPhone("+8613900000002", "李师傅", "08:00-16:00"),
        DemoPhone("+8613900000003", "赵师傅", "16:00-24:00"),
    )),
    DemoVehicle("张伟", "+8613800000002", "8000000000000026", 3_000, "沪B67890"),  # below the minimum: red
    DemoVehicle("绿源出租", "+8613800000003", "8000000000000034", 200_000, "粤BD12345", (
        DemoPhone("+8613900000004", "陈师傅", "20:00-08:00"),
        DemoPhone("+8613900000005", "刘师傅", "08:00-20:00"),
    )),
    DemoVehicle("苏运快递", "+8613800000004", "8000000000000042", 80_000, "苏E5678Q"),
)
#: Shown by the demo cameras but registered nowhere: the lane turns amber.
DEMO_UNKNOWN_PLATES = ("浙A88888",)

DEMO_OPERATORS = (("cashier", "cashier1", Role.CASHIER, "收银员"), ("manager", "manager1", Role.MANAGER, "站长"))


def seed(session: Session, *, station_id: str) -> dict[str, int]:
    counts = {"accounts": 0, "cards": 0, "vehicles": 0, "phones": 0, "operators": 0}
    for spec in DEMO_VEHICLES:
        account_id, card_id, vehicle_id = _id("account", spec.account), _id("card", spec.card_no), _id("vehicle", spec.plate)
        if session.get(Account, account_id) is None:
            session.add(Account(id=account_id, name=spec.account, phone=spec.account_phone))
            counts["accounts"] += 1
        if session.get(Card, card_id) is None:
            if session.scalar(select(Card.id).where(Card.card_no == spec.card_no)):
                continue
            session.add(Card(id=card_id, card_no=spec.card_no, account_id=account_id, status=CardStatus.ACTIVE))
            counts["cards"] += 1
        if session.get(Vehicle, vehicle_id) is None:
            if session.scalar(select(Vehicle.id).where(Vehicle.plate == spec.plate)):
                continue  # the station registered this plate itself: leave it alone
            session.add(Vehicle(id=vehicle_id, plate=spec.plate, card_id=card_id))
            counts["vehicles"] += 1
        session.flush()
        ledger.top_up(session, card_id, spec.top_up_fen, station_id=station_id, operator="demo", entry_id=_id("topup", spec.card_no))
        for phone in spec.phones:
            binding_id = _id("phone", spec.plate, phone.phone)
            if session.get(PhoneBinding, binding_id) is None:
                slot = Slot.parse(phone.slot)
                session.add(PhoneBinding(id=binding_id, vehicle_id=vehicle_id, phone=phone.phone, driver=phone.driver, slot_start=slot.start, slot_end=slot.end))
                counts["phones"] += 1
    for username, password, role, name in DEMO_OPERATORS:
        operator_id = _id("operator", username)
        if session.get(Operator, operator_id) is None:
            session.add(Operator(id=operator_id, username=username, display_name=name, role=role, password_hash=hash_password(password)))
            counts["operators"] += 1
    session.flush()
    return counts


def with_gates(config):
    """The embedded demo with a car park beside the pumps: an entry and an exit gate after the
    fuel lanes, their barriers on the demo's relay module, their cameras the demo's."""
    from dataclasses import replace

    from console.config import Lane

    if any(lane.kind == "gate" for lane in config.lanes):
        return config
    first = max(lane.id for lane in config.lanes) + 1
    gates = (Lane(id=first, name=str(first), kind="gate", gate="entry"), Lane(id=first + 1, name=str(first + 1), kind="gate", gate="exit"))
    # Demo stays last a minute: charged from the first minute, so the fee and the charge show.
    return replace(config, lanes=(*config.lanes, *gates), tariff=replace(config.tariff, free_minutes=0))
