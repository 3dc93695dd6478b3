"""Bad lines and bad days: corruption, silence, reboots, retries."""

from __future__ import annotations

from decimal import Decimal

from drivers.pumps.dart import Faults
from drivers.pumps.types import (
    AlarmRaised,
    FillingCompleted,
    FillingProgress,
    PumpOffline,
    PumpOnline,
    PumpStatus,
)

from .conftest import wait_until

A = 0x50


def test_corrupted_frames_are_rejected_by_crc_and_retried(make_world) -> None:
    sim, bus, log = make_world(faults=Faults(corrupt=0.2), max_retries=8)
    bus.authorize(A, "noisy", amount_fen=5000)
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingCompleted))
    info = log.of(FillingCompleted)[0].filling
    assert info.amount_fen == 5000
    with sim.pump(A) as pump:
        assert pump.authorisations == 1
        assert pump.decimals.litres(pump.volume) == info.volume
    # Live values only ever grow: no garbled frame got through as data.
    volumes = [e.volume for e in log.of(FillingProgress)]
    assert volumes == sorted(volumes)


def test_a_stalled_pump_goes_offline_and_comes_back(make_world) -> None:
    sim, bus, log = make_world(pumps=2)
    sim.set_stall(A, True)
    log.wait_for(lambda l: PumpOffline(A) in l.events)
    assert not bus.state(A).online and bus.state(0x51).online
    sim.set_stall(A, False)
    log.wait_for(lambda l: l.events.count(PumpOnline(A)) == 2)
    assert bus.state(A).online
    bus.authorize(A, "after-stall")  # and it can be driven again


def test_a_filling_finished_while_offline_is_still_reported(make_world) -> None:
    sim, bus, log = make_world(flow_lps=Decimal("5"))
    bus.authorize(A, "unseen-end")
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingProgress))
    sim.set_stall(A, True)
    log.wait_for(lambda l: PumpOffline(A) in l.events)
    sim.hang_up(A)
    sim.set_stall(A, False)
    log.wait_for(lambda l: l.of(FillingCompleted))
    info = log.of(FillingCompleted)[0].filling
    with sim.pump(A) as pump:
        assert info.volume == pump.decimals.litres(pump.volume) > 0
    assert info.filling_id == "unseen-end"


def test_a_reboot_mid_filling_loses_no_filling(make_world) -> None:
    faults = Faults(reboot_mid_filling=True, reboot_after_litres=Decimal("1"), reboot_seconds=0.2)
    sim, bus, log = make_world(faults=faults)
    bus.authorize(A, "rebooted", amount_fen=10000)
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingCompleted))
    (done,) = log.of(FillingCompleted)
    with sim.pump(A) as pump:
        assert pump.status is PumpStatus.FILLING_COMPLETED  # the reboot ended the filling
        assert done.filling.volume == pump.decimals.litres(pump.volume) >= Decimal("1")
        assert done.filling.amount == pump.decimals.yuan(pump.amount) < 100
    assert AlarmRaised(A, 0x01) in log.events  # CPU reset


def test_a_restarted_master_recovers_a_finished_but_unread_filling(make_world) -> None:
    sim, first_bus, first_log = make_world()
    first_bus.authorize(A, "before-restart", amount_fen=800)
    sim.lift(A, 1)
    wait_until(lambda: sim_status(sim) is PumpStatus.MAX_REACHED)
    first_bus.shutdown()  # the console dies before reading the filling

    from drivers.pumps.dart import DartBus, LineSettings
    from .conftest import FAST, EventLog

    bus = DartBus(LineSettings(port=sim.port, **FAST), [A])
    log = EventLog()
    bus.add_listener(log)
    bus.start()
    try:
        log.wait_for(lambda l: l.of(FillingCompleted))
        (done,) = log.of(FillingCompleted)
        assert done.recovered and done.filling.amount_fen == 800
    finally:
        bus.shutdown()
    assert not bus.running


def test_a_filling_in_progress_is_picked_up_at_start(make_world) -> None:
    sim, _, _ = make_world(start_bus=False, flow_lps=Decimal("2"))
    with sim.pump(A) as pump:
        pump.handle_block(bytes.fromhex("01 01 05"))  # RESET, as another controller would
        pump.handle_block(bytes.fromhex("01 01 06"))  # AUTHORIZE
        pump.lift(1)
    from drivers.pumps.dart import DartBus, LineSettings
    from .conftest import FAST, EventLog

    bus = DartBus(LineSettings(port=sim.port, **FAST), [A])
    log = EventLog()
    bus.add_listener(log)
    bus.start()
    try:
        log.wait_for(lambda l: any(e.volume > 0 for e in l.of(FillingProgress)))
        assert bus.state(A).status is PumpStatus.FILLING
        sim.hang_up(A)
        log.wait_for(lambda l: l.of(FillingCompleted))
    finally:
        bus.shutdown()


def sim_status(sim):
    with sim.pump(A) as pump:
        return pump.status


def test_authorise_retried_with_the_same_filling_id_authorises_once(make_world) -> None:
    sim, bus, log = make_world()
    first = bus.authorize(A, "pay-42", amount_fen=2000)
    again = bus.authorize(A, "pay-42", amount_fen=2000)
    assert first == again
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingCompleted))
    sim.hang_up(A)
    # Even after the filling ended, the same id does not start another one.
    assert bus.authorize(A, "pay-42", amount_fen=2000) == first
    with sim.pump(A) as pump:
        assert pump.authorisations == 1
        assert pump.status is PumpStatus.FILLING_COMPLETED


def test_lost_acknowledgements_never_authorise_twice(make_world) -> None:
    # Frames the pump does not hear and answers that get garbled force
    # retransmissions of the same TX#; the pump executes each block once.
    sim, bus, log = make_world(faults=Faults(drop=0.3, corrupt=0.1), max_retries=10)
    bus.authorize(A, "lossy", amount_fen=1000, timeout=20)
    sim.lift(A, 1)
    log.wait_for(lambda l: l.of(FillingCompleted), timeout=20)
    with sim.pump(A) as pump:
        assert pump.authorisations == 1
    assert [e.filling.amount_fen for e in log.of(FillingCompleted)] == [1000]
