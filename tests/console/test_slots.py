"""Which driver's phone is charged: the slot holding the filling's local time."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from console.domain import accounts
from console.domain.errors import Conflict
from console.domain.slots import Slot

SHANGHAI = ZoneInfo("Asia/Shanghai")


def local(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 23, hour, minute, tzinfo=SHANGHAI).astimezone(UTC)


@pytest.fixture
def truck(store):
    with store.write() as session:
        account = accounts.add_account(session, "顺达物流", "+8613800000001")
        card = accounts.issue_card(session, account, "100")
        vehicle = accounts.bind_vehicle(session, "京A12345", card)
        accounts.bind_phone(session, vehicle, "+8613900000001", Slot.parse("22:00-06:00"), "王")
        accounts.bind_phone(session, vehicle, "+8613900000002", Slot.parse("08:00-16:00"), "李")
    return vehicle.plate


@pytest.mark.parametrize(
    ("hour", "minute", "phone"),
    [
        (23, 30, "+8613900000001"),  # before midnight in a wrapping slot
        (0, 0, "+8613900000001"),
        (5, 59, "+8613900000001"),  # the last minute of the night slot
        (6, 0, "+8613800000001"),  # the end is exclusive: nobody's slot → the account's phone
        (8, 0, "+8613900000002"),
        (15, 59, "+8613900000002"),
        (16, 0, "+8613800000001"),
        (21, 59, "+8613800000001"),
    ],
)
def test_phone_on_duty_follows_the_local_day(store, truck, hour, minute, phone):
    with store.read() as session:
        vehicle = accounts.find_vehicle(session, truck)
        assert accounts.on_duty(session, vehicle, local(hour, minute), SHANGHAI).phone == phone


def test_slots_are_read_in_the_station_zone_not_utc(store, truck):
    at = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
    with store.read() as session:
        vehicle = accounts.find_vehicle(session, truck)
        assert accounts.on_duty(session, vehicle, at, SHANGHAI).driver == "李"
        assert accounts.on_duty(session, vehicle, at, ZoneInfo("UTC")).driver == "王"


@pytest.mark.parametrize("slot", ["05:00-09:00", "21:00-23:00", "00:00-24:00", "15:00-08:30"])
def test_overlapping_slot_is_refused_and_nothing_is_bound(store, truck, slot):
    with pytest.raises(Conflict, match="overlaps"):
        with store.write() as session:
            vehicle = accounts.find_vehicle(session, truck)
            accounts.bind_phone(session, vehicle, "+8613900000009", Slot.parse(slot))
    with store.read() as session:
        assert len(accounts.find_vehicle(session, truck).phones) == 2


def test_adjacent_slots_do_not_overlap():
    assert not Slot.parse("00:00-08:00").overlaps(Slot.parse("08:00-16:00"))
    assert not Slot.parse("22:00-06:00").overlaps(Slot.parse("06:00-22:00"))
    assert Slot.parse("22:00-06:00").overlaps(Slot.parse("05:59-06:01"))


@pytest.mark.parametrize("text", ["8-16", "08:00", "08:00-08:00", "25:00-26:00", "08:61-09:00"])
def test_malformed_slot_is_refused(text):
    with pytest.raises(ValueError):
        Slot.parse(text)
