"""What central knows reaches every station: master data, balances, edits."""

from __future__ import annotations

import threading

from console.central import masterdata
from console.central.schema import phone_bindings as central_pb
from console.store.sync_models import Tombstone
from console.domain import accounts, ledger
from console.store.models import AuditEntry, Account, Card, CardStatus, PhoneBinding, Vehicle
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


def test_a_plate_registered_offline_and_at_central_goes_to_centrals_card(central, make_station):
    plate = normalize_plate("苏E77777").text
    central_card = central.card("333")
    station = make_station()
    station.sync()
    with station.store.write() as session:  # offline: the station binds the plate to a card of its own
        local_card = accounts.issue_card(session, accounts.add_account(session, "walk-in"), "444")
        accounts.bind_vehicle(session, plate, local_card)
    with central.engine.begin() as c:  # meanwhile head office gave the plate to another card
        masterdata.bind_vehicle(c, plate, central_card)

    report = station.sync()

    assert central.scalar("SELECT status FROM change_requests WHERE entity = 'vehicles'") == "rejected"
    # The station hears of it, with central's reason, and keeps it in its audit log.
    (rejected,) = report.rejected
    assert (rejected.entity, rejected.status) == ("vehicles", "rejected") and rejected.reason
    with station.store.read() as session:
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "sync.rejected")).all()
        assert entry.operator == "central" and entry.reason == rejected.reason
    with station.store.read() as session:
        assert accounts.lookup_plate(session, normalize_plate(plate)).card_no == "333"
        local_plates = session.scalars(select(Vehicle.plate).where(Vehicle.card_id == local_card.id)).all()
        assert len(local_plates) == 1 and local_plates[0].startswith("#")  # stepped aside, still there


def test_changes_committed_at_central_while_a_station_pulls_are_never_skipped(central, make_station):
    station = make_station()
    stop = threading.Event()

    def head_office(prefix: str) -> None:
        for n in range(40):  # many small transactions racing each other for change numbers
            with central.engine.begin() as c:
                account = masterdata.add_account(c, f"{prefix}{n}")
                masterdata.issue_card(c, account, f"{prefix}{n:04d}")

    def keep_pulling() -> None:
        while not stop.is_set():
            station.sync()

    puller = threading.Thread(target=keep_pulling)
    writers = [threading.Thread(target=head_office, args=(p,)) for p in ("71", "72", "73")]
    puller.start()
    for t in writers:
        t.start()
    for t in writers:
        t.join(60)
    stop.set()
    puller.join(60)
    station.sync()

    assert _count(station.store, Card) == 120 and _count(station.store, Account) == 120


def test_a_station_that_ran_alone_first_sends_its_whole_history_when_sync_is_turned_on(central, make_station):
    station = make_station()
    with station.store.write() as session:  # before any sync: nothing is queued yet
        card = accounts.issue_card(session, accounts.add_account(session, "老客户"), "6100")
        ledger.top_up(session, card.id, 88_800, station_id=station.id)
    assert station.fill(card.id, 8_800)

    station.sync()

    assert central.scalar("SELECT status FROM change_requests WHERE entity = 'cards'") == "applied"
    assert central.scalar("SELECT balance_fen FROM card_balances WHERE card_id = :c", c=card.id) == 80_000
    assert central.scalar("SELECT count(*) FROM fillings") == 1
    assert station.funds(card.id).balance_fen == 80_000


def test_a_phone_removed_at_one_station_stops_being_charged_at_every_station(central, make_station):
    plate = normalize_plate("鲁B66666").text
    with central.engine.begin() as c:
        card = masterdata.issue_card(c, masterdata.add_account(c, "车队"), "555")
        vehicle = masterdata.bind_vehicle(c, plate, card)
        leaving = masterdata.bind_phone(c, vehicle, "+8613800000009", 0, 720, driver="离职司机")
        staying = masterdata.bind_phone(c, vehicle, "+8613800000010", 720, 1440)
    here, there = make_station(), make_station()
    here.sync()
    there.sync()

    with here.store.write() as session:  # the driver left the company: the manager removes the phone here
        accounts.remove_phone_binding(session, accounts.find_phone_binding(session, leaving))
    assert here.sync().pushed >= 1
    with central.engine.connect() as c:
        assert c.execute(select(central_pb.c.deleted).where(central_pb.c.id == leaving)).scalar_one() is True
        assert c.execute(select(central_pb.c.deleted).where(central_pb.c.id == staying)).scalar_one() is False
    there.sync()
    with there.store.read() as session:
        assert session.get(PhoneBinding, leaving) is None and session.get(PhoneBinding, staying) is not None
    # The removal was sent once: nothing is left to send, and nothing comes back to the station.
    assert here.sync().pushed == 0
    with here.store.read() as session:
        assert session.get(PhoneBinding, leaving) is None
        assert session.scalar(select(func.count()).select_from(Tombstone)) == 0
