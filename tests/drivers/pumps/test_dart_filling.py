"""Stories at the forecourt, told through the bus against the simulated pump on a pty."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drivers.pumps import open_pump_bus
from drivers.pumps.base import PumpBus
from drivers.pumps.dart import DartSimulator, Faults, LineSettings
from drivers.pumps.types import (
    CommandRejected,
    FillingCompleted,
    FillingProgress,
    NozzleIn,
    NozzleOut,
    PumpOnline,
    PumpStatus,
    PumpUnavailable,
    StatusChanged,
)

from .conftest import wait_until

A = 0x50


def statuses(log, address=A):
    return [e.new for e in log.of(StatusChanged) if e.address == address]


def test_a_complete_filling_authorise_lift_fill_hang_up_read(make_world) -> None:
    sim, bus, log = make_world()
    assert isinstance(bus, PumpBus)
    bus.authorize(A, "filling-1")
    assert bus.state(A).status is PumpStatus.AUTHORISED

    sim.lift(A, nozzle=2)
    log.wait_for(lambda l: any(e.volume >= Decimal("1") for e in l.of(FillingProgress)))
    sim.hang_up(A)
    log.wait_for(lambda l: l.of(FillingCompleted))

    (done,) = log.of(FillingCompleted)
    with sim.pump(A) as pump:
        assert done.filling.volume == pump.decimals.litres(pump.volume)
        assert done.filling.amount == pump.decimals.yuan(pump.amount)
    assert done.filling.filling_id == "filling-1"
    assert done.filling.nozzle == 2 and done.filling.price_fen == 845
    assert not done.recovered
    assert statuses(log)[-4:] == [
        PumpStatus.RESET,
        PumpStatus.AUTHORISED,
        PumpStatus.FILLING,
        PumpStatus.FILLING_COMPLETED,
    ]
    assert log.of(NozzleOut) == [NozzleOut(A, 2)] and log.of(NozzleIn) == [NozzleIn(A, 2)]
    assert bus.filling_info(A).amount_fen == done.filling.amount_fen


def test_the_pump_stops_at_a_preset_amount(make_world) -> None:
    sim, bus, log = make_world()
    bus.authorize(A, "f-200", amount_fen=20000)
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingCompleted))
    info = log.of(FillingCompleted)[0].filling
    assert info.amount_fen == 20000 and info.status is PumpStatus.MAX_REACHED
    assert info.volume == Decimal("25.34")  # 200.00 yuan at 7.89 yuan/L, volume rounded down


def test_the_pump_stops_at_a_preset_volume_on_an_allowed_nozzle(make_world) -> None:
    sim, bus, log = make_world()
    bus.authorize(A, "f-vol", volume=Decimal("10.00"), nozzles=[3])
    sim.lift(A, 1)  # not allowed: nothing flows
    sim.hang_up(A)
    sim.lift(A, 3)
    log.wait_for(lambda l: l.of(FillingCompleted))
    info = log.of(FillingCompleted)[0].filling
    assert (info.volume, info.amount_fen, info.nozzle) == (Decimal("10.00"), 7120, 3)


def test_stop_ends_a_filling_and_totals_count_it(make_world) -> None:
    sim, bus, log = make_world(flow_lps=Decimal("5"))
    bus.authorize(A, "f-stop")
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingProgress))
    bus.stop(A)
    log.wait_for(lambda l: l.of(FillingCompleted))
    info = log.of(FillingCompleted)[0].filling
    assert info.status is PumpStatus.FILLING_COMPLETED and info.volume > 0
    totals = bus.totals(A)
    assert (totals.volume, totals.amount_fen, totals.fillings) == (info.volume, info.amount_fen, 1)
    assert bus.totals(A, nozzle=2).volume == 0


def test_suspend_and_resume_hold_the_filling(make_world) -> None:
    sim, bus, log = make_world(flow_lps=Decimal("5"))
    bus.authorize(A, "f-sus")
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingProgress))
    bus.suspend(A)
    assert bus.state(A).status is PumpStatus.SUSPENDED
    held = bus.filling_info(A).volume
    assert bus.filling_info(A).volume == held
    bus.resume(A)
    log.wait_for(lambda l: any(e.volume > held for e in l.of(FillingProgress)))
    assert bus.state(A).status is PumpStatus.FILLING


def test_commands_the_state_does_not_allow_are_refused_with_the_state(make_world) -> None:
    sim, bus, log = make_world()
    with pytest.raises(CommandRejected, match="filling_completed"):
        bus.resume(A)
    bus.authorize(A, "busy")
    with pytest.raises(CommandRejected, match="busy with filling busy"):
        bus.authorize(A, "other")


def test_a_new_authorisation_reads_the_last_filling_before_reset(make_world) -> None:
    sim, bus, log = make_world()
    bus.authorize(A, "first", amount_fen=1000)
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingCompleted))
    sim.hang_up(A)
    bus.authorize(A, "second", amount_fen=500)
    sim.lift(A, 1)
    log.wait_for(lambda l: len(l.of(FillingCompleted)) == 2)
    ids = [(e.filling.filling_id, e.filling.amount_fen) for e in log.of(FillingCompleted)]
    assert ids == [("first", 1000), ("second", 500)]


def test_price_update_reaches_the_pump(make_world) -> None:
    sim, bus, log = make_world()
    bus.update_prices(A, [Decimal("8.00"), Decimal("8.50"), Decimal("7.20")])
    with sim.pump(A) as pump:
        assert pump.prices == [800, 850, 720]


def test_several_pumps_share_one_bus(make_world) -> None:
    sim, bus, log = make_world(pumps=4)
    assert sorted(e.address for e in log.of(PumpOnline)) == [0x50, 0x51, 0x52, 0x53]
    bus.authorize(0x52, "f-52", amount_fen=1500)
    sim.lift(0x52, 1)
    log.wait_for(lambda l: l.of(FillingCompleted))
    assert log.of(FillingCompleted)[0].filling.address == 0x52


def test_the_bus_works_over_a_socket_link_and_the_registry(make_world) -> None:
    sim = DartSimulator.on_socket(2, flow_lps=Decimal("20"))
    sim.start()
    bus = open_pump_bus("dart", port=sim.port, addresses=[0x50, 0x51], response_timeout=0.05)
    try:
        bus.start()
        assert bus.wait_ready(10)
        bus.authorize(0x51, "sock", amount_fen=300)
        sim.lift(0x51, 1)
        wait_until(lambda: bus.state(0x51).status is PumpStatus.MAX_REACHED)
    finally:
        bus.shutdown()
        sim.shutdown()
    assert not bus.running and not sim.running


def test_commands_on_a_bus_that_is_not_running_say_so() -> None:
    from drivers.pumps.dart import DartBus

    bus = DartBus(LineSettings(port="loop://"), [A])
    with pytest.raises(PumpUnavailable, match="not running"):
        bus.stop(A)


def test_skewed_totals_report_more_than_the_pump_dispensed(make_world) -> None:
    sim, bus, log = make_world(flow_lps=Decimal("5"), faults=Faults(totals_skew=Decimal("0.5")))
    totals = bus.totals(A, nozzle=1)
    assert (totals.volume, totals.amount_fen) == (Decimal("0.50"), 395)  # nothing dispensed; 0.5 L at 7.89
    sim.skew_totals(A, 2, Decimal("2"))
    totals = bus.totals(A, nozzle=2)
    # 0.5 L from the fault and 2 L by hand, at nozzle 2's 8.45 a litre (4.23 + 16.90)
    assert (totals.volume, totals.amount_fen) == (Decimal("2.50"), 2113)
    with sim.pump(A) as pump:
        assert pump.totals[2].volume == 0  # what it dispensed is untouched
