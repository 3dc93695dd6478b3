"""The world of a lane test: real peers on real links.

A DART pump simulator on a pty, pymodbus's server as the relay module, a local
HTTP server as the payment platform, and the station database with demo data.
"""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Callable

import pytest

from console.charging.gateway import WebhookGateway
from console.charging.sink import WebhookSink
from console.config import Bus, Config, Lane, Rules
from console.demo import seed
from console.lanes.engine import LaneEngine
from console.lanes.events import LaneEvent
from console.store.migrate import open_and_upgrade
from drivers.pumps.dart import DartBus, DartSimulator, LineSettings, Personality
from drivers.signals.relay import open_relay
from drivers.signals.simulator import RelaySimulator

SECRET = "test-secret"


class Events:
    """Collects engine events; tests wait on them, never sleep."""

    def __init__(self) -> None:
        self.items: list[LaneEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: LaneEvent) -> None:
        with self._cond:
            self.items.append(event)
            self._cond.notify_all()

    def of(self, type_: str, **match) -> list[LaneEvent]:
        with self._cond:
            return [e for e in self.items if e.type == type_ and all(getattr(e, k) == v for k, v in match.items())]

    def wait(self, type_: str, timeout: float = 15.0, count: int = 1, **match) -> LaneEvent:
        with self._cond:
            ok = self._cond.wait_for(lambda: len(self.of_unlocked(type_, match)) >= count, timeout)
            if not ok:
                raise AssertionError(f"no {type_} {match} within {timeout}s; saw {[(e.type, e.lane) for e in self.items[-25:]]}")
            return self.of_unlocked(type_, match)[count - 1]

    def of_unlocked(self, type_: str, match: dict) -> list[LaneEvent]:
        return [e for e in self.items if e.type == type_ and all(getattr(e, k) == v for k, v in match.items())]


def lane_config(lanes: int = 2, **rules) -> Config:
    return Config(
        rules=Rules(**rules),
        buses=(Bus(name="bus1", port="test"),),
        lanes=tuple(Lane(id=n, name=str(n), bus="bus1", pump_address=0x4F + n) for n in range(1, lanes + 1)),
    )


class World:
    def __init__(self, tmp_path, lanes: int = 2, sink_available: bool = True, personality: Personality | None = None,
                 db_path=None, **rules) -> None:
        self.db_path = db_path or tmp_path / "station.sqlite3"
        self.config = lane_config(lanes, **rules)
        self.store, _ = open_and_upgrade(self.db_path)
        with self.store.write() as session:
            seed(session, station_id=self.config.station.id)
        self.sim = DartSimulator.on_pty(pumps=lanes, flow_lps=Decimal("20"), personality=personality or Personality())
        self.sim.start()
        self.relay_sim = RelaySimulator().start()
        self.sink = WebhookSink(SECRET).start()
        self.sink.available = sink_available
        self.events = Events()
        self.engine: LaneEngine | None = None

    def start_engine(self) -> LaneEngine:
        bus = DartBus(LineSettings(port=self.sim.port, response_timeout=0.05, max_retries=3), self.sim.addresses)
        self.engine = LaneEngine(
            self.config, self.store, {"bus1": bus},
            relay=open_relay(self.relay_sim.url), gateway=WebhookGateway(self.sink.url, SECRET, timeout=2),
        )
        self.engine.subscribe(self.events)
        self.engine.start()
        return self.engine

    def lights(self, lane: int) -> tuple[bool, bool, bool]:
        return tuple(self.relay_sim.coils((lane - 1) * 3, 3))

    def close(self) -> None:
        if self.engine:
            self.engine.shutdown()
        self.sim.shutdown()
        self.relay_sim.stop()
        self.sink.stop()
        self.store.close()


@pytest.fixture
def make_world(tmp_path) -> Callable[..., World]:
    worlds: list[World] = []

    def make(**kwargs) -> World:
        world = World(tmp_path, **kwargs)
        worlds.append(world)
        return world

    yield make
    for world in worlds:
        world.close()


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    stop = threading.Event()
    waited = 0.0
    while not predicate():
        if waited >= timeout:
            raise AssertionError("condition not met in time")
        stop.wait(0.01)
        waited += 0.01
