"""What central knows reaches every station: master data, balances, edits."""

from __future__ import annotations

from console.central import masterdata
from console.domain import accounts
from console.store.models import Account, Card, CardStatus, PhoneBinding, Vehicle
from drivers.plates.syntax import normalize_plate
from sqlalchemy import func, select


def _count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_new_station_receives_every_account_card_vehicle_and_phone(central, make_station):
    with central.engine.begin() as c:
        for n in range(30):
            account = masterdata.add_account(c, f"车队 {n}", phone="+8613800138000")
            card = masterdata.issue_card(c, account, f"9000{n:04d}")
            vehicle = masterdata.bind_vehicle(c, normalize_plate(f"京A{n:05d}").text, card)
            masterdata.bind_phone(c, vehicle, "+8613900139000", 360, 1080, driver="王师傅")
            masterdata.top_up(c, card, 10_000 + n)
    station = make_station()

    report = station.sync()

    assert report.pulled >= 150
    assert [_count(station.store, m) for m in (Account, Card, Vehicle, PhoneBinding)] == [30, 30, 30, 30]
    with station.store.read() as session:
        found = accounts.lookup_plate(session, normalize_plate("京A00007"))
        assert found is not None and found.card_no == "90000007"
        assert found.funds.balance_fen == 10_007 and found.funds.available_fen == 10_007
    assert station.sync().pulled == 0  # the cursor moved: nothing is fetched twice


def test_a_central_edit_reaches_the_station(central, make_station):
    plate = normalize_plate("沪B12345").text
    with central.engine.begin() as c:
        account = masterdata.add_account(c, "物流公司")
        first = masterdata.issue_card(c, account, "111")
        second = masterdata.issue_card(c, account, "222")
        vehicle = masterdata.bind_vehicle(c, plate, first)
        phone = masterdata.bind_phone(c, vehicle, "+8613800000001", 0, 720)
        masterdata.top_up(c, second, 30_000)
    station = make_station()
    station.sync()

    with central.engine.begin() as c:
        masterdata.move_vehicle(c, vehicle, second)
        masterdata.set_card_status(c, first, "blocked")
        masterdata.unbind_phone(c, phone)
        masterdata.top_up(c, second, 20_000)
    station.sync()

    with station.store.read() as session:
        found = accounts.lookup_plate(session, normalize_plate(plate))
        assert found.card_no == "222" and found.funds.balance_fen == 50_000
        assert session.get(Card, first).status is CardStatus.BLOCKED
        assert session.get(PhoneBinding, phone) is None
    # Applying central's changes is not a station edit: nothing is queued back.
    assert station.sync().pushed == 0
