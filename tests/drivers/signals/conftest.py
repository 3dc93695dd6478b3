"""The world for barrier tests: pymodbus's server playing the relay module, its barrier arm and vehicle loop."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable, Iterator

import pytest

from drivers.signals.barrier import Barrier, BarrierEvent, BarrierEventKind, BarrierSettings, BarrierState
from drivers.signals.relay import RelayModule, open_relay
from drivers.signals.simulator import ArmPosition, RelaySimulator, SimulatedBarrier

# Short timings so a story takes well under a second; the arm travels as long as the barrier believes.
TIMINGS = dict(pulse_seconds=0.05, close_after_clear_seconds=0.2, open_timeout_seconds=0.4, travel_seconds=0.3, poll_seconds=0.02)
OPEN_COIL, CLOSE_COIL, LOOP_INPUT = 40, 41, 2


class EventLog:
    """Collects barrier events and fault messages; tests wait on it instead of sleeping."""

    def __init__(self) -> None:
        self.events: list[BarrierEvent] = []
        self.faults: list[str] = []
        self._cond = threading.Condition()

    def __call__(self, event: BarrierEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def fault(self, message: str) -> None:
        with self._cond:
            self.faults.append(message)
            self._cond.notify_all()

    def kinds(self) -> list[BarrierEventKind]:
        with self._cond:
            return [e.kind for e in self.events]

    def count(self, kind: BarrierEventKind) -> int:
        return self.kinds().count(kind)

    def wait_for(self, kind: BarrierEventKind, times: int = 1, timeout: float = 5.0) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: [e.kind for e in self.events].count(kind) >= times, timeout):
                raise AssertionError(f"no {kind} (x{times}) in time; events were: {[e.kind.value for e in self.events]}")


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """For state that has no event (the simulator's side): check every few ms."""
    pause = threading.Event()
    for _ in range(int(timeout / 0.005)):
        if predicate():
            return
        pause.wait(0.005)
    raise AssertionError("condition not met in time")


def wait_a_while(seconds: float) -> None:
    """Only to show that something does NOT happen; short, and a multiple of the timing at stake."""
    threading.Event().wait(seconds)


@dataclass
class Gate:
    sim: RelaySimulator
    arm: SimulatedBarrier
    barrier: Barrier
    log: EventLog
    relay: RelayModule

    def open_pulses(self) -> int:
        return len(self.arm.pulses_on(OPEN_COIL))

    def close_pulses(self) -> int:
        return len(self.arm.pulses_on(CLOSE_COIL))

    def close_contacts_made(self) -> int:
        """CLOSE pulses finished plus one held now: the barrier reacts when the contact is made."""
        return self.close_pulses() + (self.arm.made_since(CLOSE_COIL) is not None)


@pytest.fixture
def make_gate() -> Iterator[Callable[..., Gate]]:
    made: list[Gate] = []

    def make(settle_closed: bool = True, **overrides) -> Gate:
        arm = SimulatedBarrier(open_coil=OPEN_COIL, close_coil=CLOSE_COIL, loop_input=LOOP_INPUT, travel_seconds=TIMINGS["travel_seconds"])
        sim = RelaySimulator(barriers=[arm]).start()
        log = EventLog()
        settings = BarrierSettings(unit=1, open_coil=OPEN_COIL, close_coil=CLOSE_COIL, loop_input=LOOP_INPUT, **{**TIMINGS, **overrides})
        relay = open_relay(sim.url, timeout=0.3)
        barrier = Barrier(relay, settings, name="exit-1", listener=log, on_fault=log.fault)
        gate = Gate(sim, arm, barrier, log, relay)
        made.append(gate)
        barrier.start()
        if settle_closed:
            # At start the barrier does not know its arm: it closes it once the loop has been clear.
            log.wait_for(BarrierEventKind.CLOSED)
            assert barrier.state is BarrierState.CLOSED and arm.arm is ArmPosition.DOWN
        return gate

    yield make
    for gate in made:
        gate.barrier.stop()
        gate.relay.close()
        gate.sim.stop()
