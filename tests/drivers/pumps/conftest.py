"""The world for pump tests: a DART simulator on a real pty (or socket) and a bus on it."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Callable, Iterator

import pytest

from drivers.pumps.dart import DartBus, DartSimulator, Decimals, Faults, LineSettings, Personality
from drivers.pumps.types import PumpEvent


class EventLog:
    """Collects bus events; tests wait on it instead of sleeping."""

    def __init__(self) -> None:
        self.events: list[PumpEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: PumpEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def of(self, kind: type) -> list:
        with self._cond:
            return [e for e in self.events if isinstance(e, kind)]

    def wait_for(self, predicate: Callable[["EventLog"], bool], timeout: float = 10.0) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: predicate(self), timeout):
                raise AssertionError(f"condition not met; events were: {self.events[-20:]}")


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """For state that has no event (the simulator's side): check every few ms."""
    done = threading.Event()
    deadline = timeout
    step = 0.005
    while not predicate():
        if deadline <= 0:
            raise AssertionError("condition not met in time")
        done.wait(step)
        deadline -= step


# Short per-bus timeouts: a pty answers in well under a millisecond, but a
# loaded CI machine can keep the simulator thread waiting for tens of ms.
FAST = dict(response_timeout=0.1, max_retries=3)


@pytest.fixture
def make_world() -> Iterator[Callable[..., tuple[DartSimulator, DartBus, EventLog]]]:
    made: list[tuple[DartSimulator, DartBus]] = []

    def make(
        pumps: int = 1,
        faults: Faults | None = None,
        flow_lps: Decimal = Decimal("20"),
        transport: str = "pty",
        start_bus: bool = True,
        seed: int = 7,
        personality: Personality | None = None,
        programmed: bool = True,
        decimals: Decimals | None = None,  # what the bus is configured with
        prices: tuple = (),
        **line,
    ) -> tuple[DartSimulator, DartBus, EventLog]:
        kw = dict(
            flow_lps=flow_lps, faults=faults or Faults(), seed=seed,
            personality=personality or Personality(), programmed=programmed,
        )
        sim = DartSimulator.on_pty(pumps, **kw) if transport == "pty" else DartSimulator.on_socket(pumps, **kw)
        sim.start()
        bus = DartBus(LineSettings(port=sim.port, **{**FAST, **line}), sim.addresses, decimals, prices)
        log = EventLog()
        bus.add_listener(log)
        made.append((sim, bus))
        if start_bus:
            bus.start()
            assert bus.wait_ready(10)
        return sim, bus, log

    yield make
    for sim, bus in made:
        bus.shutdown()
        sim.shutdown()
        assert not bus.running, "the bus thread must stop on shutdown"
        assert not sim.running, "the simulator thread must stop on shutdown"
