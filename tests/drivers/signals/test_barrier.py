"""A barrier on pymodbus's relay server: it opens on a pulse, never comes down on a vehicle, and
a relay module that stops answering leaves it as it is and says so."""

from __future__ import annotations

import time

import pytest

from drivers.signals.barrier import BarrierEventKind as Kind
from drivers.signals.barrier import BarrierFault, BarrierSettings, BarrierState, VehicleOnLoop
from drivers.signals.simulator import ArmPosition

from .conftest import CLOSE_COIL, OPEN_COIL, TIMINGS, wait_a_while, wait_until

PULSE = TIMINGS["pulse_seconds"]
SETTLE = TIMINGS["close_after_clear_seconds"]
OPEN_TIMEOUT = TIMINGS["open_timeout_seconds"]
# How late a pulse may end or a timer fire on a busy test machine: a few polls, not a rule of the barrier.
LATE = 0.25


def test_open_makes_the_open_contact_for_the_configured_pulse(make_gate):
    gate = make_gate()
    gate.barrier.open()
    wait_until(lambda: gate.open_pulses() == 1)
    (pulse,) = gate.arm.pulses_on(OPEN_COIL)
    assert PULSE <= pulse.seconds < PULSE + LATE
    wait_until(lambda: gate.arm.arm is ArmPosition.UP)
    assert gate.log.kinds()[-1] is Kind.OPENED and gate.barrier.state is BarrierState.OPEN
    assert gate.sim.coils(OPEN_COIL, 2) == [False, False]


def test_a_vehicle_waiting_at_the_exit_is_let_through_and_the_arm_comes_down_behind_it(make_gate):
    # The exit lane's everyday story: the car stops on the loop, its plate is read and paid, the arm lifts.
    gate = make_gate()
    gate.arm.vehicle_arrives()
    gate.log.wait_for(Kind.VEHICLE_ON_LOOP)
    assert gate.barrier.state is BarrierState.VEHICLE_WAITING
    gate.barrier.open()
    assert gate.barrier.state is BarrierState.VEHICLE_ON_LOOP
    wait_until(lambda: gate.arm.arm is ArmPosition.UP)
    gate.arm.vehicle_leaves()
    gate.log.wait_for(Kind.CLOSED, times=2)
    assert gate.log.kinds()[-4:] == [Kind.VEHICLE_ON_LOOP, Kind.OPENED, Kind.VEHICLE_PASSED, Kind.CLOSED]
    assert gate.arm.arm is ArmPosition.DOWN and gate.arm.closed_on_vehicle == 0


def test_a_vehicle_on_the_loop_keeps_the_barrier_open(make_gate):
    gate = make_gate()
    gate.barrier.open()
    gate.arm.vehicle_arrives()
    gate.log.wait_for(Kind.VEHICLE_ON_LOOP)
    closes = gate.close_contacts_made()
    wait_a_while(2 * OPEN_TIMEOUT)
    assert gate.close_contacts_made() == closes
    assert gate.barrier.state is BarrierState.VEHICLE_ON_LOOP and gate.arm.arm is ArmPosition.UP


def test_the_barrier_closes_once_the_loop_has_been_clear_for_the_settle_time(make_gate):
    gate = make_gate()
    closes = gate.close_contacts_made()
    gate.barrier.open()
    gate.arm.vehicle_arrives()
    gate.log.wait_for(Kind.VEHICLE_ON_LOOP)
    gate.arm.vehicle_leaves()
    cleared_at = time.monotonic()
    gate.log.wait_for(Kind.VEHICLE_PASSED)
    wait_until(lambda: gate.close_contacts_made() == closes + 1)
    made_at = gate.arm.made_since(CLOSE_COIL) or gate.arm.pulses_on(CLOSE_COIL)[-1].made_at
    assert SETTLE <= made_at - cleared_at < SETTLE + LATE
    gate.log.wait_for(Kind.CLOSED, times=2)
    assert gate.arm.arm is ArmPosition.DOWN and gate.arm.closed_on_vehicle == 0


def test_a_gap_in_the_loop_shorter_than_the_settle_time_does_not_close_the_barrier(make_gate):
    # A lorry's trailer, or a loop that flickers: the settle time starts again from the last clear.
    gate = make_gate()
    closes = gate.close_contacts_made()
    gate.barrier.open()
    gate.arm.vehicle_arrives()
    gate.log.wait_for(Kind.VEHICLE_ON_LOOP)
    gate.arm.vehicle_leaves()
    gate.log.wait_for(Kind.VEHICLE_PASSED)
    wait_a_while(SETTLE / 2)
    gate.arm.vehicle_arrives()
    gate.log.wait_for(Kind.VEHICLE_ON_LOOP, times=2)
    wait_a_while(SETTLE)
    assert gate.close_contacts_made() == closes
    gate.arm.vehicle_leaves()
    wait_until(lambda: gate.close_contacts_made() == closes + 1)
    assert gate.arm.closed_on_vehicle == 0 and gate.arm.lowered_on_vehicle == 0


def test_close_is_refused_while_a_vehicle_is_on_the_loop_and_no_close_pulse_is_sent(make_gate):
    gate = make_gate()
    gate.barrier.open()
    closes = gate.close_contacts_made()
    gate.arm.vehicle_arrives()
    # At once, before the barrier's own poll has seen the vehicle: close() reads the loop itself.
    with pytest.raises(VehicleOnLoop):
        gate.barrier.close()
    gate.log.wait_for(Kind.VEHICLE_ON_LOOP)
    with pytest.raises(VehicleOnLoop):
        gate.barrier.close()
    assert gate.close_contacts_made() == closes and gate.arm.closed_on_vehicle == 0
    assert gate.barrier.state is BarrierState.VEHICLE_ON_LOOP and gate.arm.arm is not ArmPosition.DOWN


def test_close_is_refused_for_a_vehicle_waiting_at_the_lowered_arm(make_gate):
    gate = make_gate()
    closes = gate.close_contacts_made()
    gate.arm.vehicle_arrives()
    gate.log.wait_for(Kind.VEHICLE_ON_LOOP)
    assert gate.barrier.state is BarrierState.VEHICLE_WAITING
    with pytest.raises(VehicleOnLoop):
        gate.barrier.close()
    gate.arm.vehicle_leaves()
    gate.log.wait_for(Kind.VEHICLE_LEFT)
    assert gate.close_contacts_made() == closes and gate.arm.closed_on_vehicle == 0


def test_a_manual_close_with_the_loop_clear_pulses_close(make_gate):
    gate = make_gate()
    closes = gate.close_contacts_made()
    gate.barrier.open()
    gate.barrier.close()
    assert gate.barrier.state is BarrierState.CLOSING
    wait_until(lambda: gate.close_pulses() == closes + 1)
    gate.log.wait_for(Kind.CLOSED, times=2)
    assert gate.arm.arm is ArmPosition.DOWN


def test_a_vehicle_that_never_comes_closes_the_barrier_after_the_open_timeout(make_gate):
    gate = make_gate()
    closes = gate.close_contacts_made()
    opened_at = time.monotonic()
    gate.barrier.open()
    wait_until(lambda: gate.close_contacts_made() == closes + 1)
    made_at = gate.arm.made_since(CLOSE_COIL) or gate.arm.pulses_on(CLOSE_COIL)[-1].made_at
    assert OPEN_TIMEOUT <= made_at - opened_at < OPEN_TIMEOUT + LATE
    gate.log.wait_for(Kind.CLOSED, times=2)


def test_the_open_timeout_does_not_close_on_a_vehicle_still_on_the_loop(make_gate):
    gate = make_gate()
    closes = gate.close_contacts_made()
    gate.barrier.open()
    gate.arm.vehicle_arrives()
    wait_a_while(OPEN_TIMEOUT + SETTLE)
    assert gate.close_contacts_made() == closes
    gate.arm.vehicle_leaves()
    wait_until(lambda: gate.close_contacts_made() == closes + 1)
    assert gate.arm.closed_on_vehicle == 0


def test_a_vehicle_reaching_the_loop_while_the_arm_comes_down_turns_it_back_up(make_gate):
    gate = make_gate()
    gate.barrier.open()
    gate.barrier.close()
    wait_until(lambda: gate.arm.arm is ArmPosition.LOWERING)
    gate.arm.vehicle_arrives()
    wait_until(lambda: gate.open_pulses() == 2)
    assert gate.barrier.state is BarrierState.VEHICLE_ON_LOOP
    wait_until(lambda: gate.arm.arm is ArmPosition.UP)
    gate.arm.vehicle_leaves()
    gate.log.wait_for(Kind.VEHICLE_PASSED)
    gate.log.wait_for(Kind.CLOSED, times=2)
    assert gate.arm.arm is ArmPosition.DOWN
    assert gate.arm.closed_on_vehicle == 0 and gate.arm.lowered_on_vehicle == 0


def test_a_relay_module_that_stops_answering_leaves_the_barrier_closed_and_alerts(make_gate):
    gate = make_gate()
    pulses = len(gate.arm.pulses)
    gate.sim.stop()
    gate.log.wait_for(Kind.FAULT)
    assert gate.barrier.state is BarrierState.FAULT
    assert len(gate.log.faults) == 1 and gate.sim.url in gate.log.faults[0]
    gate.arm.vehicle_arrives()
    with pytest.raises(BarrierFault):
        gate.barrier.open()
    with pytest.raises(BarrierFault):
        gate.barrier.close()
    wait_a_while(5 * TIMINGS["poll_seconds"])
    assert len(gate.log.faults) == 1, "one alert per fault, not one per poll"
    assert gate.arm.arm is ArmPosition.DOWN and len(gate.arm.pulses) == pulses


def test_when_the_module_answers_again_the_barrier_recovers_without_pulsing_on_the_vehicle(make_gate):
    # The module dies with the arm up and a vehicle under it, and comes back before the vehicle has gone.
    gate = make_gate()
    gate.barrier.open()
    gate.arm.vehicle_arrives()
    gate.log.wait_for(Kind.VEHICLE_ON_LOOP)
    wait_until(lambda: gate.arm.arm is ArmPosition.UP)
    gate.sim.stop()
    gate.log.wait_for(Kind.FAULT)
    pulses = len(gate.arm.pulses)
    gate.sim.start()
    gate.log.wait_for(Kind.RECOVERED)
    assert gate.barrier.state is BarrierState.UNKNOWN
    wait_a_while(2 * SETTLE)
    assert len(gate.arm.pulses) == pulses and gate.arm.made_since(CLOSE_COIL) is None
    gate.arm.vehicle_leaves()
    gate.log.wait_for(Kind.CLOSED, times=2)
    assert gate.arm.arm is ArmPosition.DOWN
    assert gate.arm.closed_on_vehicle == 0 and gate.arm.lowered_on_vehicle == 0
    assert gate.sim.coils(OPEN_COIL, 2) == [False, False]


def test_a_normally_closed_loop_reads_a_broken_wire_as_a_vehicle(make_gate):
    # Wired NC, the input is on while the loop is clear; an input that is off (here: the simulated
    # loop's contact never made) is a vehicle, or a cut wire, and the arm is not brought down on it.
    gate = make_gate(settle_closed=False, loop_inverted=True)
    wait_a_while(2 * SETTLE)
    assert gate.barrier.loop_occupied and gate.close_contacts_made() == 0


def test_stop_lets_go_of_a_contact_still_held(make_gate):
    gate = make_gate(pulse_seconds=5.0)
    gate.barrier.open()
    assert gate.arm.made_since(OPEN_COIL) is not None
    gate.barrier.stop()
    assert gate.arm.made_since(OPEN_COIL) is None
    assert gate.sim.coils(OPEN_COIL, 2) == [False, False]


def test_settings_name_the_bad_value():
    with pytest.raises(ValueError, match="pulse_seconds = 0"):
        BarrierSettings(unit=1, open_coil=0, close_coil=1, loop_input=0, pulse_seconds=0)
    with pytest.raises(ValueError, match="both 3"):
        BarrierSettings(unit=1, open_coil=3, close_coil=3, loop_input=0)
