"""Commands bound to the vehicle the operator saw, a latched emergency stop, departures, double use."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from console.domain import accounts, ledger
from console.lanes.engine import CommandRefused, OperatorRef, PermissionDenied, StationCommandRefused
from console.lanes.states import State
from console.store.models import AuditEntry, Filling, FillingStatus, Role
from drivers.pumps.types import PumpStatus

from .conftest import wait_until

TRUCK = "京A12345"  # demo: 5000 yuan
LOW = "沪B67890"  # demo: 30 yuan, red
UNKNOWN = "浙A88888"
CASHIER = OperatorRef("cashier", Role.CASHIER)
MANAGER = OperatorRef("manager", Role.MANAGER)


def view_after(world, lane: int, plate: str, state: State):
    world.engine.submit_plate(lane, plate, 0.99)
    wait_until(lambda: world.engine.lanes[lane].view.state is state and world.engine.lanes[lane].view.plate == plate)
    return world.engine.lanes[lane].view


def pump_authorisations(world, address: int) -> int:
    with world.sim.pump(address) as pump:
        return pump.authorisations


def audited(world, action: str) -> list[AuditEntry]:
    with world.store.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.at)))


def test_an_authorise_for_the_amber_car_never_reaches_the_red_car_that_replaced_it(make_world):
    world = make_world()
    world.start_engine()
    seen = view_after(world, 1, UNKNOWN, State.AMBER)  # the cashier opens the dialog for this car
    view_after(world, 1, LOW, State.RED)  # meanwhile another car arrives: red
    with pytest.raises(CommandRefused) as refused:
        world.engine.cashier_authorise(1, MANAGER, "customer pays at the counter", seen)
    assert refused.value.code == "vehicle_changed"
    assert refused.value.params["seen"] == UNKNOWN and refused.value.params["now"] == LOW
    assert world.engine.lanes[1].view.state is State.RED
    assert pump_authorisations(world, 0x50) == 0
    (entry,) = audited(world, "lane.authorise")
    assert entry.operator == "manager" and entry.details["accepted"] is False and entry.details["refusal"] == "vehicle_changed"
    result = world.events.wait("command_result", lane=1)
    assert (result.accepted, result.code) == (False, "vehicle_changed")


def test_a_correction_for_one_car_does_not_change_the_next_one(make_world):
    world = make_world()
    world.start_engine()
    seen = view_after(world, 2, "苏E5678X", State.AMBER)  # not registered
    view_after(world, 2, LOW, State.RED)
    with pytest.raises(CommandRefused, match="vehicle_changed"):
        world.engine.correct_plate(2, TRUCK, CASHIER, "camera misread", seen)
    assert world.engine.lanes[2].view.plate == LOW


def test_the_refusal_says_where_the_vehicle_seen_went(make_world):
    world = make_world()
    world.start_engine()
    seen = view_after(world, 1, UNKNOWN, State.AMBER)
    view_after(world, 1, LOW, State.RED)
    view_after(world, 2, UNKNOWN, State.AMBER)  # it pulled forward to lane 2
    with pytest.raises(CommandRefused) as refused:
        world.engine.cashier_deny(1, CASHIER, "customer cannot pay", seen)
    assert refused.value.params["seen_at_lane"] == 2


def test_a_cashier_cannot_override_red_and_a_stop_on_an_idle_lane_is_refused_and_audited(make_world):
    world = make_world()
    world.start_engine()
    seen = view_after(world, 1, LOW, State.RED)
    with pytest.raises(PermissionDenied):
        world.engine.cashier_authorise(1, CASHIER, "driver insists", seen)
    idle = world.engine.lanes[2].view
    with pytest.raises(CommandRefused) as refused:
        world.engine.cashier_stop(2, CASHIER, "customer asked", idle)
    assert refused.value.code == "not_now"
    assert [e.details["refusal"] for e in audited(world, "lane.stop")] == ["not_now"]
    world.engine.cashier_authorise(1, MANAGER, "manager approved", seen)
    world.events.wait("authorised", lane=1)


def test_the_emergency_stop_latches_survives_a_restart_and_only_a_manager_clears_it(make_world):
    world = make_world()
    engine = world.start_engine()
    view_after(world, 1, TRUCK, State.AUTHORISED)
    engine.emergency_stop_all(CASHIER, "fire")
    wait_until(lambda: engine.lanes[1].view.state is State.IDLE)
    with world.sim.pump(0x50) as pump:
        assert pump.status in (PumpStatus.SWITCHED_OFF, PumpStatus.FILLING_COMPLETED)
    # Two seconds later nothing turns green again.
    seen = view_after(world, 1, TRUCK, State.RED)
    assert seen.decision.reason.value == "emergency_stop"
    with pytest.raises(CommandRefused, match="emergency_stop"):
        engine.cashier_authorise(1, MANAGER, "manager approved", seen)
    assert pump_authorisations(world, 0x50) == 1

    engine.shutdown()
    world.engine = None
    restarted = world.start_engine()
    assert restarted.estop_latched
    world.events.wait("emergency_stop")
    with pytest.raises(StationCommandRefused):
        restarted.reset_emergency_stop(CASHIER, "all clear")
    assert restarted.estop_latched
    restarted.reset_emergency_stop(MANAGER, "fire brigade gone")
    assert not restarted.estop_latched
    world.engine.submit_plate(2, TRUCK, 0.99)
    world.events.wait("authorised", lane=2)
    actions = [(e.action, e.operator, e.details.get("accepted")) for e in audited(world, "emergency_stop") + audited(world, "emergency_stop.reset")]
    assert actions == [("emergency_stop", "cashier", True), ("emergency_stop.reset", "cashier", False), ("emergency_stop.reset", "manager", True)]


def test_a_vehicle_that_leaves_before_lifting_the_nozzle_loses_its_authorisation(make_world):
    world = make_world()
    world.start_engine()
    seen = view_after(world, 1, TRUCK, State.AUTHORISED)
    world.engine.vehicle_left(1)
    wait_until(lambda: world.engine.lanes[1].view.state is State.IDLE)
    with world.sim.pump(0x50) as pump:
        assert pump.status is not PumpStatus.AUTHORISED  # stopped: the next car cannot fill on this card
    with world.store.read() as session:
        filling = session.get(Filling, seen.filling_id)
        assert filling.status is FillingStatus.CANCELLED
        assert ledger.funds(session, filling.card_id).reserved_fen == 0


def test_another_plate_at_an_authorised_pump_stops_it_and_is_decided_itself(make_world):
    world = make_world()
    world.start_engine()
    first = view_after(world, 1, TRUCK, State.AUTHORISED)
    world.engine.submit_plate(1, LOW, 0.99)  # a different car stands at the pump now
    wait_until(lambda: world.engine.lanes[1].view.plate == LOW and world.engine.lanes[1].view.state is State.RED)
    with world.sim.pump(0x50) as pump:
        assert pump.status is not PumpStatus.AUTHORISED
    with world.store.read() as session:
        assert session.get(Filling, first.filling_id).status is FillingStatus.CANCELLED
    assert any(e.code == "other_plate" for e in world.events.of("error", lane=1))


def test_the_same_plate_cannot_hold_two_pumps(make_world):
    world = make_world()
    world.start_engine()
    view_after(world, 1, TRUCK, State.AUTHORISED)
    second = view_after(world, 2, TRUCK, State.AMBER)
    assert second.decision.reason.value == "plate_in_use"
    assert world.events.of("decision", lane=2)[-1].params == {"other_lane": 1}
    assert pump_authorisations(world, 0x51) == 0


def test_a_fleet_card_serves_two_of_its_vehicles_at_once(make_world):
    world = make_world()
    world.start_engine()
    with world.store.write() as session:
        accounts.bind_vehicle(session, "京A54321", accounts.find_card(session, "8000000000000018"))
    view_after(world, 1, TRUCK, State.AUTHORISED)
    view_after(world, 2, "京A54321", State.AUTHORISED)


def test_a_filling_its_pump_forgot_is_held_never_cancelled_and_settled_by_hand(make_world):
    from console import services

    world = make_world()
    world.start_engine()
    seen = view_after(world, 1, TRUCK, State.AUTHORISED)
    world.sim.lift(0x50)
    world.events.wait("filling_progress", lane=1)
    world.engine.shutdown()  # the console dies mid-filling…
    world.engine = None
    with world.sim.pump(0x50) as pump:  # …and someone resets the pump by hand: its memory is gone
        pump.hang_up()
        pump.handle_block(bytes.fromhex("01 01 05"))
    world.start_engine()
    held = world.events.wait("needs_settlement", lane=1)
    assert held.filling_id == str(seen.filling_id)
    with world.store.read() as session:
        filling = session.get(Filling, seen.filling_id)
        assert filling.status is FillingStatus.NEEDS_SETTLEMENT
        assert ledger.funds(session, filling.card_id).reserved_fen == filling.preset_fen  # the money stays held
    assert not world.events.of("cancelled", lane=1)
    assert [e.action for e in audited(world, "recovery.needs_settlement")]

    actor = services.Actor("manager", world.engine.station_id)
    outcome = services.settle_by_hand(world.store, world.config, actor, seen.filling_id, Decimal("12.34"), 9736, "read from the pump display")
    assert outcome.status is FillingStatus.SETTLED and outcome.amount_fen == 9736
    with world.store.read() as session:
        assert ledger.funds(session, session.get(Filling, seen.filling_id).card_id).reserved_fen == 0
    (entry,) = audited(world, "filling.settle_by_hand")
    assert entry.operator == "manager" and entry.reason == "read from the pump display"
    with pytest.raises(Exception, match="settled"):
        services.settle_by_hand(world.store, world.config, actor, seen.filling_id, Decimal("1"), 100, "again")


def test_letting_go_of_a_pump_that_cannot_be_stopped_keeps_the_money_held_until_it_is(make_world):
    world = make_world()
    world.start_engine()
    seen = view_after(world, 1, TRUCK, State.AUTHORISED)
    world.sim.set_stall(0x50, True)  # the pump goes silent while authorised
    wait_until(lambda: not world.engine.lanes[1].view.pump_online)
    world.engine.vehicle_left(1)
    world.events.wait("error", lane=1, code="release_wait")
    assert world.engine.lanes[1].view.state is State.RELEASING
    with world.store.read() as session:
        filling = session.get(Filling, seen.filling_id)
        assert filling.status is FillingStatus.AUTHORISED  # not cancelled: the pump may still deliver
        assert ledger.funds(session, filling.card_id).reserved_fen == filling.preset_fen
    world.sim.set_stall(0x50, False)  # it answers again: stopped, then the money freed
    wait_until(lambda: world.engine.lanes[1].view.state is State.IDLE, timeout=30)
    with world.sim.pump(0x50) as pump:
        assert pump.status is not PumpStatus.AUTHORISED
    with world.store.read() as session:
        assert session.get(Filling, seen.filling_id).status is FillingStatus.CANCELLED
