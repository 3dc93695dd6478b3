"""A vehicle's whole visit, through the real pump protocol, relay and webhook."""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from console.domain import ledger
from console.lanes.engine import OperatorRef
from console.store.charge_models import ChargeRequest, ChargeState
from console.store.models import Card, EntryKind, Filling, FillingStatus, LedgerEntry, Role
from console.timeutil import utc_now
from drivers.pumps.dart import Decimals, Personality

from .conftest import wait_until

TRUCK = "京A12345"  # demo: 5000 yuan, three drivers in 8-hour slots
LOW = "沪B67890"  # demo: 30 yuan, below the 50 yuan minimum
UNKNOWN = "浙A88888"
CASHIER = OperatorRef("cashier", Role.CASHIER)
MANAGER = OperatorRef("manager", Role.MANAGER)
GREEN, RED, AMBER, OFF = (False, False, True), (True, False, False), (False, True, False), (False, False, False)


def balance(world, card_no: str) -> int:
    with world.store.read() as session:
        card = session.scalar(select(Card).where(Card.card_no == card_no))
        return ledger.balance_fen(session, card.id)


def test_a_green_filling_debits_the_card_and_charges_the_driver_on_duty(make_world):
    world = make_world()
    engine = world.start_engine()
    before = balance(world, "8000000000000018")

    engine.submit_plate(1, TRUCK, 0.99)
    decision = world.events.wait("decision", lane=1)
    assert (decision.result, decision.preset_fen) == ("green", 80_000)  # max fill, below the balance
    authorised = world.events.wait("authorised", lane=1)
    wait_until(lambda: world.lights(1) == GREEN)

    world.sim.lift(0x50, nozzle=2)
    world.events.wait("filling_progress", lane=1)
    world.sim.hang_up(0x50)
    settled = world.events.wait("settled", lane=1)
    delivered = world.events.wait("charge_delivered", lane=1)

    with world.store.read() as session:
        filling = session.get(Filling, uuid.UUID(authorised.filling_id))
        assert filling.status is FillingStatus.SETTLED
        assert filling.amount_fen > 0 and filling.litres > 0
        assert filling.unit_price_fen == 845 and filling.grade == "95#"  # nozzle 2
    assert balance(world, "8000000000000018") == before - filling.amount_fen
    with world.store.read() as session:  # nothing is left held on the card
        assert ledger.funds(session, filling.card_id).reserved_fen == 0
    local_hour = filling.ended_at.astimezone(ZoneInfo("Asia/Shanghai")).hour
    expected_driver = "王师傅" if local_hour < 8 else "李师傅" if local_hour < 16 else "赵师傅"
    assert settled.driver == expected_driver == filling.driver
    charge = world.sink.record.charges[authorised.filling_id]
    assert charge["amount_fen"] == filling.amount_fen == delivered.amount_fen
    assert (charge["plate"], charge["driver"], charge["phone"]) == (TRUCK, expected_driver, filling.phone_charged)
    assert charge["litres"] == f"{filling.litres:.3f}"  # one canonical form, whatever the pump's decimals
    wait_until(lambda: world.lights(1) == OFF)


def test_low_balance_turns_the_lane_red_and_the_pump_stays_locked(make_world):
    world = make_world()
    engine = world.start_engine()
    engine.submit_plate(2, LOW, 0.99)
    decision = world.events.wait("decision", lane=2)
    assert (decision.result, decision.reason) == ("red", "balance_too_low")
    wait_until(lambda: world.lights(2) == RED)
    world.sim.lift(0x51, nozzle=1)  # the driver tries anyway
    engine.wait_idle()
    with world.sim.pump(0x51) as pump:
        assert pump.litres == 0
    assert not world.events.of("authorised", lane=2)


def test_amber_unknown_plate_resolved_by_the_cashier_correcting_it(make_world):
    world = make_world()
    engine = world.start_engine()
    engine.submit_plate(1, UNKNOWN, 0.97)
    assert world.events.wait("decision", lane=1).result == "amber"
    wait_until(lambda: world.lights(1) == AMBER)

    engine.correct_plate(1, "苏E5678Q", CASHIER, "camera misread the plate")
    assert world.events.wait("decision", lane=1, count=2).result == "green"
    world.events.wait("authorised", lane=1)
    world.sim.lift(0x50)
    world.events.wait("filling_progress", lane=1)
    world.sim.hang_up(0x50)
    assert world.events.wait("settled", lane=1).plate == "苏E5678Q"


def test_amber_low_confidence_authorised_by_the_cashier_is_audited(make_world):
    world = make_world()
    engine = world.start_engine()
    engine.submit_plate(1, TRUCK, 0.40)
    decision = world.events.wait("decision", lane=1)
    assert (decision.result, decision.reason) == ("amber", "low_confidence")
    engine.cashier_authorise(1, CASHIER, "driver showed the card")
    world.events.wait("authorised", lane=1)
    from console.store.models import AuditEntry

    engine.wait_idle()
    with world.store.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "lane.authorise")).all()
        assert [(e.operator, e.reason) for e in entries] == [("cashier", "driver showed the card")]


def test_only_a_manager_overrides_a_red_lane(make_world):
    world = make_world()
    engine = world.start_engine()
    engine.submit_plate(1, LOW, 0.99)
    world.events.wait("decision", lane=1)
    engine.wait_idle()
    import pytest

    from console.lanes.engine import PermissionDenied

    with pytest.raises(PermissionDenied):
        engine.cashier_authorise(1, CASHIER, "paying cash")
    engine.cashier_authorise(1, MANAGER, "paying cash at the counter")
    authorised = world.events.wait("authorised", lane=1)
    with world.store.read() as session:
        assert session.get(Filling, uuid.UUID(authorised.filling_id)).card_id is None  # a counter sale


def test_nozzle_never_lifted_releases_the_reservation(make_world):
    world = make_world(nozzle_timeout_seconds=10)
    engine = world.start_engine()
    lane = engine.lanes[1]
    engine.submit_plate(1, TRUCK, 0.99)
    authorised = world.events.wait("authorised", lane=1)
    lane._deadline = 0  # the wall clock is the one thing tests may move
    cancelled = world.events.wait("cancelled", lane=1)
    assert cancelled.filling_id == authorised.filling_id
    with world.store.read() as session:
        card = session.scalar(select(Card).where(Card.card_no == "8000000000000018"))
        funds = ledger.funds(session, card.id)
        assert funds.reserved_fen == 0 and funds.available_fen == funds.balance_fen


def test_a_different_plate_mid_filling_does_not_take_over_the_pump(make_world):
    world = make_world()
    engine = world.start_engine()
    engine.submit_plate(1, TRUCK, 0.99)
    world.events.wait("authorised", lane=1)
    world.sim.lift(0x50)
    world.events.wait("filling_progress", lane=1)
    engine.submit_plate(1, "苏E5678Q", 0.99)
    assert world.events.wait("error", code="other_plate").lane == 1
    world.sim.hang_up(0x50)
    assert world.events.wait("settled", lane=1).plate == TRUCK
    assert len(world.events.of("decision", lane=1)) == 1


def test_cashier_stop_ends_the_filling_and_settles_what_flowed(make_world):
    world = make_world()
    engine = world.start_engine()
    engine.submit_plate(1, TRUCK, 0.99)
    world.events.wait("authorised", lane=1)
    world.sim.lift(0x50)
    world.events.wait("filling_progress", lane=1)
    engine.cashier_stop(1, CASHIER, "spill at pump 1")
    settled = world.events.wait("settled", lane=1)
    assert settled.amount_fen > 0


def test_two_lanes_spending_one_card_never_overdraw(make_world, tmp_path):
    world = make_world(minimum_balance="50.00", max_fill="800.00")
    # A second vehicle on the low-balance card's account, topped up to just one fill.
    from console.domain import accounts

    with world.store.write() as session:
        card = session.scalar(select(Card).where(Card.card_no == "8000000000000026"))
        accounts.bind_vehicle(session, "沪B67891", card)
        ledger.top_up(session, card.id, 6_000, station_id="test")  # 30 + 60 = 90 yuan
    engine = world.start_engine()
    engine.submit_plate(1, LOW, 0.99)
    engine.submit_plate(2, "沪B67891", 0.99)
    first = world.events.wait("decision", lane=1)
    second = world.events.wait("decision", lane=2)
    assert sorted([first.result, second.result]) == ["green", "red"]
    green_lane = 1 if first.result == "green" else 2
    world.events.wait("authorised", lane=green_lane)
    world.sim.lift(0x4F + green_lane)
    world.events.wait("settled", lane=green_lane, timeout=20)  # stops at the preset by itself
    assert balance(world, "8000000000000026") >= 0


def test_a_pump_counting_in_other_decimals_is_preset_and_settled_in_its_own(make_world):
    # A field pump with 3 volume, 1 amount and 3 price decimals, configured as 2/2/2:
    # its own DC7 wins, so ¥800.00 is preset as 8000 tenths, not 80000 (tenfold overfill).
    world = make_world(personality=Personality(decimals=Decimals(3, 1, 3)))
    engine = world.start_engine()
    before = balance(world, "8000000000000018")
    engine.submit_plate(1, TRUCK, 0.99)
    authorised = world.events.wait("authorised", lane=1)
    with world.sim.pump(0x50) as pump:
        assert pump.preset == ("amount", 8000)
    world.sim.lift(0x50, nozzle=1)
    world.events.wait("filling_progress", lane=1)
    world.sim.hang_up(0x50)
    world.events.wait("settled", lane=1)
    with world.sim.pump(0x50) as pump:
        pump_yuan = pump.decimals.yuan(pump.amount)
        pump_litres = pump.decimals.litres(pump.volume)
    with world.store.read() as session:
        filling = session.get(Filling, uuid.UUID(authorised.filling_id))
        assert filling.amount_fen == int(pump_yuan * 100) and filling.litres == pump_litres
        assert filling.unit_price_fen == 789
    assert balance(world, "8000000000000018") == before - filling.amount_fen
    assert any(e.code == "pump_decimals" for e in world.events.of("error", lane=1))


def test_the_demo_accounts_office_tops_up_spent_cards_but_leaves_the_red_one(make_world):
    from console.demo_traffic import AccountsOffice

    world = make_world()
    engine = world.start_engine()
    with world.store.write() as session:  # the truck's card nearly spent
        card = session.scalar(select(Card).where(Card.card_no == "8000000000000018"))
        ledger.append(session, LedgerEntry(
            id=uuid.uuid4(), card_id=card.id, kind=EntryKind.ADJUSTMENT, amount_fen=-480_000,
            station_id=engine.station_id, created_at=utc_now(),
        ))
    low_before = balance(world, "8000000000000026")
    assert AccountsOffice(engine).top_up_low_cards() == 1
    assert balance(world, "8000000000000018") == 500_000
    assert balance(world, "8000000000000026") == low_before  # 沪B67890 stays red
