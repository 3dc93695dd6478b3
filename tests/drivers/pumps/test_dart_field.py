"""The driver against the kinds of pump met in the field, each played by the simulator on a pty.

Every test here reproduces a field report (issue 13): a pump that enforces
the TX# sequence, one that wants 0 after a NAK, one that reboots, one that
counts in other decimals, one that sends a short DC101, one that is zeroised.
"""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
import serial

from drivers.pumps.dart import DartBus, DartSimulator, Decimals, Faults, LineSettings, Personality, TxRule
from drivers.pumps.dart import tracker
from drivers.pumps.types import (
    AlarmRaised,
    CommandRejected,
    DataRefused,
    DecimalsDisagree,
    FillingCompleted,
    FillingProgress,
    PumpOffline,
    PumpOnline,
    PumpStatus,
)

from .conftest import FAST, EventLog, wait_until

A, B = 0x50, 0x51
RULES = [TxRule.LENIENT, TxRule.STRICT, TxRule.NAK_RESET]


def fill(sim: DartSimulator, bus: DartBus, log: EventLog, filling_id: str, amount_fen: int = 3000) -> FillingCompleted:
    """Authorise a preset, lift the nozzle, wait for the pump to stop at the preset."""
    done_before = len(log.of(FillingCompleted))
    bus.authorize(A, filling_id, amount_fen=amount_fen)
    sim.lift(A, 1)
    log.wait_for(lambda l: len(l.of(FillingCompleted)) > done_before)
    sim.hang_up(A)
    return log.of(FillingCompleted)[-1]


def console(sim: DartSimulator, **bus_kw) -> tuple[DartBus, EventLog]:
    """A console's bus started on the simulator, as after a (re)start of the console."""
    bus = DartBus(LineSettings(port=sim.port, **FAST), sim.addresses, **bus_kw)
    log = EventLog()
    bus.add_listener(log)
    bus.start()
    assert bus.wait_ready(10)
    return bus, log


def world(personality: Personality, faults: Faults | None = None, **bus_kw) -> tuple[DartSimulator, DartBus, EventLog]:
    sim = DartSimulator.on_pty(1, flow_lps=Decimal("20"), faults=faults or Faults(), personality=personality)
    sim.start()
    return (sim, *console(sim, **bus_kw))


def close(sim: DartSimulator, bus: DartBus) -> None:
    bus.shutdown()
    sim.shutdown()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.value)
def test_one_nak_at_any_step_of_a_filling_costs_nothing(rule: TxRule) -> None:
    sim, bus, log = world(Personality(sequence=rule))
    fill(sim, bus, log, "clean")
    steps = sim.data_frames(A)
    close(sim, bus)
    assert steps >= 6  # recovery requests, RESET, AUTHORIZE, the final read

    for step in range(1, steps + 1):
        sim, bus, log = world(Personality(sequence=rule), Faults(nak_data=frozenset({step})))
        try:
            done = fill(sim, bus, log, f"nak-at-{step}")
            assert done.filling.amount_fen == 3000, f"NAK at step {step}"
            with sim.pump(A) as pump:
                assert pump.authorisations == 1, f"NAK at step {step} authorised twice"
            assert sim.naks_sent >= 1
            assert not log.of(PumpOffline) and not log.of(DataRefused), f"NAK at step {step}: {log.events}"
            assert len(log.of(FillingCompleted)) == 1
        finally:
            close(sim, bus)


@pytest.mark.parametrize("rule", [TxRule.STRICT, TxRule.NAK_RESET], ids=lambda r: r.value)
def test_a_new_console_is_not_locked_out_by_a_pump_expecting_the_next_tx(rule: TxRule) -> None:
    sim, first, first_log = world(Personality(sequence=rule))
    fill(sim, first, first_log, "before-restart")
    first.shutdown()  # the console restarts; the pump still expects the next TX#

    bus, log = console(sim)
    try:
        naks_at_start = sim.naks_sent
        done = fill(sim, bus, log, "after-restart")
        assert done.filling.amount_fen == 3000 and done.filling.filling_id == "after-restart"
        with sim.pump(A) as pump:
            assert pump.authorisations == 2
        assert naks_at_start >= 1  # the pump did refuse our opening TX#: the resync was needed
        assert log.events.count(PumpOnline(A)) == 1 and not log.of(PumpOffline)
        assert not bus.state(A).data_refused
    finally:
        close(sim, bus)


def test_a_pump_that_takes_our_opening_tx_for_a_repeat_still_gives_status_and_decimals() -> None:
    # The master before us last had TX# 0 accepted; a pump that spots repeats by TX#
    # alone acknowledges our first frame without acting on it.
    sim = DartSimulator.on_pty(1, flow_lps=Decimal("20"), personality=Personality(TxRule.STRICT, Decimals(3, 1, 3)))
    sim.start()
    sim.set_last_accepted(A, 0)
    bus, _ = console(sim)
    try:
        assert bus.state(A).status is PumpStatus.FILLING_COMPLETED
        assert bus.decimals(A) == Decimals(3, 1, 3)
    finally:
        close(sim, bus)


@pytest.mark.parametrize("rule", [TxRule.STRICT, TxRule.NAK_RESET], ids=lambda r: r.value)
def test_a_pump_rebooting_mid_filling_keeps_its_figures_and_takes_the_next_authorisation(rule: TxRule) -> None:
    faults = Faults(reboot_mid_filling=True, reboot_after_litres=Decimal("1"), reboot_seconds=0.2)
    sim, bus, log = world(Personality(sequence=rule), faults)
    try:
        bus.authorize(A, "rebooted", amount_fen=10000)
        sim.lift(A, 1)
        log.wait_for(lambda l: l.of(FillingCompleted))
        (done,) = log.of(FillingCompleted)
        with sim.pump(A) as pump:
            assert done.filling.volume == pump.decimals.litres(pump.volume) >= Decimal("1")
            assert done.filling.amount == pump.decimals.yuan(pump.amount) < 100
            assert pump.authorisations == 1
        assert AlarmRaised(A, 0x01) in log.events
        sim.hang_up(A)
        sim.faults.reboot_mid_filling = False
        bus.authorize(A, "after-reboot", amount_fen=2000)
        sim.lift(A, 1)
        log.wait_for(lambda l: len(l.of(FillingCompleted)) == 2)
        assert log.of(FillingCompleted)[-1].filling.amount_fen == 2000
        with sim.pump(A) as pump:
            assert pump.authorisations == 2
    finally:
        close(sim, bus)


def test_a_pump_rebooting_while_idle_is_driven_again_at_once() -> None:
    sim, bus, log = world(Personality(sequence=TxRule.STRICT), Faults(reboot_at=0.5, reboot_seconds=0.1))
    try:
        log.wait_for(lambda l: AlarmRaised(A, 0x01) in l.events)
        done = fill(sim, bus, log, "after-idle-reboot")
        assert done.filling.amount_fen == 3000
        assert not log.of(DataRefused)
    finally:
        close(sim, bus)


def test_a_pump_wrapping_its_sequence_f_to_0_keeps_taking_commands() -> None:
    sim, bus, log = world(Personality(sequence=TxRule.STRICT, wrap_to_zero=True))
    try:
        for n in range(4):  # about 20 data frames: past one wrap of the TX#
            assert fill(sim, bus, log, f"wrap-{n}", amount_fen=500).filling.amount_fen == 500
        assert sim.data_frames(A) > 16
        with sim.pump(A) as pump:
            assert pump.authorisations == 4
        assert not log.of(DataRefused) and not log.of(PumpOffline)
    finally:
        close(sim, bus)


def test_a_pump_refusing_every_data_frame_is_reported_once_and_stays_online() -> None:
    sim, bus, log = world(Personality(sequence=TxRule.STRICT), Faults(nak_data=frozenset(range(1, 100_000))))
    try:
        log.wait_for(lambda l: l.of(DataRefused))
        time.sleep(1.5)  # let it refuse for a while: the listeners must not be flooded
        assert log.of(DataRefused) == [DataRefused(A)]
        assert log.events.count(PumpOnline(A)) == 1 and not log.of(PumpOffline)
        state = bus.state(A)
        assert state.online and state.data_refused and state.status is None
        with pytest.raises(CommandRejected, match="refused") as refused:
            bus.authorize(A, "refused", amount_fen=1000)
        assert "answers polls but takes no data" in str(refused.value)
        with sim.pump(A) as pump:
            assert pump.authorisations == 0
    finally:
        close(sim, bus)


def test_a_flapping_link_is_reported_a_few_times_then_once_a_window_with_a_count(monkeypatch) -> None:
    monkeypatch.setattr(tracker, "FLAP_WINDOW_SECONDS", 2.0)
    sim = DartSimulator.on_pty(1)
    sim.start()
    bus = DartBus(LineSettings(port=sim.port, response_timeout=0.02, max_retries=1), sim.addresses)
    log = EventLog()
    bus.add_listener(log)
    bus.start()
    try:
        assert bus.wait_ready(10)
        toggles, started = 0, time.monotonic()
        for _ in range(10):
            sim.set_stall(A, True)
            wait_until(lambda: not bus.state(A).online, timeout=5)
            sim.set_stall(A, False)
            wait_until(lambda: bus.state(A).online, timeout=5)
            toggles += 2
        assert time.monotonic() - started < 2.0, "the toggling must fit in one window"
        time.sleep(2.2)  # past the window: the state held back is reported
        link = [e for e in log.events if isinstance(e, (PumpOnline, PumpOffline))]
        assert len(link) < toggles // 2
        assert any(e.flaps > 0 for e in link)
        assert isinstance(link[-1], PumpOnline)
    finally:
        close(sim, bus)


def test_decimals_read_from_dc7_win_over_the_configuration_and_presets_use_them() -> None:
    sim, bus, log = world(Personality(decimals=Decimals(3, 1, 3)), decimals=Decimals(2, 2, 2))
    try:
        assert bus.decimals(A) == Decimals(3, 1, 3)
        assert DecimalsDisagree(A, "2,2,2", "3,1,3") in log.events
        bus.authorize(A, "three-one-three", amount_fen=2000)
        with sim.pump(A) as pump:
            assert pump.preset == ("amount", 200)  # 20.0 in tenths of a yuan, not 2000 (the tenfold overfill)
        sim.lift(A, 1)
        log.wait_for(lambda l: l.of(FillingCompleted))
        info = log.of(FillingCompleted)[0].filling
        assert info.amount == Decimal("20.0") and info.amount_fen == 2000
        assert info.volume.as_tuple().exponent == -3
        assert info.price == Decimal("7.890")
        with sim.pump(A) as pump:
            assert info.volume == pump.decimals.litres(pump.volume)
    finally:
        close(sim, bus)


def test_decimals_given_by_configuration_serve_a_pump_without_dc7() -> None:
    sim, bus, log = world(Personality(decimals=Decimals(3, 1, 3), answers_dc7=False), decimals=Decimals(3, 1, 3))
    try:
        done = fill(sim, bus, log, "configured")
        assert done.filling.amount_fen == 3000
        assert not log.of(DecimalsDisagree)
        with sim.pump(A) as pump:
            assert done.filling.volume == pump.decimals.litres(pump.volume)
    finally:
        close(sim, bus)


def test_a_six_byte_dc101_gives_the_totals() -> None:
    sim, bus, log = world(Personality(short_totals=True))
    try:
        done = fill(sim, bus, log, "totals")
        totals = bus.totals(A, 1)
        assert totals.volume == done.filling.volume and totals.amount == done.filling.amount
        assert totals.fillings is None  # the short form does not carry the count
        # The rest of each block still gets through: status and filling were read.
        assert bus.state(A).status is PumpStatus.FILLING_COMPLETED
    finally:
        close(sim, bus)


def test_a_zeroised_pump_gets_the_configured_prices_at_start(make_world) -> None:
    prices = (Decimal("7.89"), Decimal("8.45"), Decimal("7.12"))
    sim, bus, log = make_world(programmed=False, prices=prices)
    wait_until(lambda: bus.state(A).status is PumpStatus.FILLING_COMPLETED)
    with sim.pump(A) as pump:
        assert pump.prices == [789, 845, 712]
    bus.authorize(A, "after-programming", amount_fen=1000)


def test_a_zeroised_pump_without_configured_prices_is_refused_with_its_state(make_world) -> None:
    sim, bus, log = make_world(programmed=False)
    assert bus.state(A).status is PumpStatus.NOT_PROGRAMMED
    with pytest.raises(CommandRejected, match="not_programmed"):
        bus.authorize(A, "unpriced", amount_fen=1000)


def test_resume_is_sent_to_a_pump_that_stayed_authorised_after_suspend(make_world) -> None:
    sim, bus, log = make_world()
    bus.authorize(A, "held")
    assert bus.state(A).status is PumpStatus.AUTHORISED
    bus.resume(A)  # spec 2.1.1: a pump may stay AUTHORISED or FILLING when suspended


def test_a_switched_off_pump_is_reset_and_authorised(make_world) -> None:
    sim, bus, log = make_world()
    bus.switch_off(A)
    assert bus.state(A).status is PumpStatus.SWITCHED_OFF
    bus.authorize(A, "after-switch-off", amount_fen=1000)
    with sim.pump(A) as pump:
        assert pump.status is PumpStatus.AUTHORISED and pump.authorisations == 1


def test_other_pumps_keep_being_polled_while_a_command_waits(make_world) -> None:
    sim, bus, log = make_world(pumps=2, flow_lps=Decimal("1"))
    bus.authorize(B, "filling-meanwhile")
    sim.lift(B, 1)
    log.wait_for(lambda l: any(e.address == B for e in l.of(FillingProgress)))
    sim.set_answer_delay(A, 1.0)  # a slow pump: its answer comes a second late

    def progress_of_b() -> int:
        return sum(1 for e in log.of(FillingProgress) if e.address == B)

    before = progress_of_b()
    started = time.monotonic()
    bus.filling_info(A)
    assert time.monotonic() - started >= 0.9
    assert progress_of_b() - before >= 5  # pump B was read all along


def test_the_simulator_sends_eot_as_captured_pumps_do() -> None:
    sim = DartSimulator.on_pty(1)
    sim.start()
    try:
        port = serial.Serial(sim.port, 9600, parity=serial.PARITY_ODD, timeout=1)
        try:
            for _ in range(3):  # whatever its own TX#, a pump with nothing to say sends TX# 0
                port.write(bytes.fromhex("50 20 FA"))
                assert port.read(3) == bytes.fromhex("50 70 FA")
            port.write(bytes.fromhex("50 30 01 01 00 9F 5C 03 FA"))  # RETURN STATUS, TX# 0
            assert port.read(3) == bytes.fromhex("50 C0 FA")
        finally:
            port.close()
    finally:
        sim.shutdown()


def test_commands_in_other_threads_wait_for_each_other_without_mixing(make_world) -> None:
    sim, bus, log = make_world(pumps=2)
    errors: list[BaseException] = []

    def authorise(address: int) -> None:
        try:
            bus.authorize(address, f"parallel-{address:x}", amount_fen=1000)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=authorise, args=(a,)) for a in (A, B)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not errors
    for address in (A, B):
        with sim.pump(address) as pump:
            assert pump.status is PumpStatus.AUTHORISED and pump.authorisations == 1
