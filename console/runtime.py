"""Everything `platepay run` starts, and stops, in the right order.

On the embedded demo (or wherever the configuration says `demo`), the peers
are simulators speaking the real protocols: DART pumps on a pseudo-terminal,
pymodbus's server as the relay module, a local HTTP server as the payment
platform, and cameras showing demo vehicles driven by demo traffic.
"""

from __future__ import annotations

import logging
import os
from decimal import Decimal
from pathlib import Path
from typing import Callable

import numpy as np

from console.buslock import PumpBusLock
from console.charging.gateway import WebhookGateway
from console.charging.sink import WebhookSink
from console.config import Config
from console.domain.registered_plates import StorePlates
from console.lanes.engine import LaneEngine
from console.lanes.events import ErrorEvent, LaneEvent
from console.reader_pool import ReaderPool
from console.recognition import LaneRecognizer, idle_interval_for
from console.store.db import Store
from drivers.cameras.base import Camera
from drivers.plates.types import PlateRead
from drivers.pumps.base import PumpBus
from drivers.pumps.registry import open_pump_bus
from drivers.signals.barrier import Barrier, BarrierSettings
from drivers.signals.relay import RelayModule, open_relay

log = logging.getLogger(__name__)

DEMO = "demo"
# A pump port that cannot be opened (adapter unplugged, wrong path) is tried again this often.
PORT_RETRY_SECONDS = 5.0


class Runtime:
    def __init__(self, config: Config, store: Store, *, demo: bool = False, seed: int | None = None,
                 demo_patience: tuple[float, float] | None = None) -> None:
        self.config = config
        self.store = store
        self.demo = demo or config.is_demo
        self._seed = seed
        from console.demo_traffic import PATIENCE_WITH_CASHIER

        # How long a demo car on a red or amber lane waits for a cashier before it leaves.
        self.demo_patience = demo_patience or PATIENCE_WITH_CASHIER
        self._stoppers: list[Callable[[], None]] = []
        self._reads_listeners: list[Callable[[int, int, list[PlateRead]], None]] = []
        self._sync_listeners: list[Callable[[object], None]] = []
        self._registered = StorePlates(store)
        self.engine: LaneEngine | None = None
        self.cameras: dict[int, Camera] = {}
        self.recognizers: dict[int, LaneRecognizer] = {}
        self.simulators: dict[str, object] = {}
        # Demo media, loaded once for every demo camera: scenes with vehicles, and the empty lane.
        self._demo_media: tuple[dict[str, np.ndarray], np.ndarray] | None = None
        self.sync = None
        self._subscribers: list[Callable[[LaneEvent], None]] = []
        self._startup_events: list[LaneEvent] = []  # what start() published: replayed to late subscribers
        self._started = False

    # --- life ---------------------------------------------------------------

    def subscribe(self, listener: Callable[[LaneEvent], None]) -> None:
        """Every engine event, from the very start: subscribe before start() and nothing
        start() publishes (camera failures, pumps not answering, recovery) is missed; a
        listener that comes later is first given what start() published."""
        self._subscribers.append(listener)
        if self.engine is not None:
            for event in list(self._startup_events):
                listener(event)
            self.engine.subscribe(listener)

    def start(self) -> LaneEngine:
        # While the console runs it alone drives the pumps (console/buslock.py): a shift is kept in its window.
        database = self.store.engine.url.database
        if database and database != ":memory:":
            self._stoppers.append(PumpBusLock(database).acquire().release)
        buses = self._pump_buses()
        relay = self._relay()
        gateway = self._gateway()
        barriers = self._barriers(relay)
        self.engine = LaneEngine(self.config, self.store, buses, relay=relay, gateway=gateway, barriers=barriers)
        for barrier in barriers.values():
            barrier.start()
            self._stoppers.append(barrier.stop)
        self.engine.subscribe(self._during_start)
        for listener in self._subscribers:
            self.engine.subscribe(listener)
        self.engine.start()
        self._stoppers.append(self.engine.shutdown)
        self._start_sync()
        self._start_cameras()
        if self.demo:
            self._start_demo_traffic()
        self._started = True
        return self.engine

    def _during_start(self, event: LaneEvent) -> None:
        if not self._started:
            self._startup_events.append(event)

    def stop(self) -> None:
        while self._stoppers:
            stopper = self._stoppers.pop()
            try:
                stopper()
            except Exception:  # keep stopping the rest; say what failed
                log.exception("stopping %s failed", stopper)

    def add_reads_listener(self, listener: Callable[[int, int, list[PlateRead]], None]) -> None:
        self._reads_listeners.append(listener)

    def sync_status(self):
        """Online, pending, last success, last error — or None without a central database."""
        return self.sync.status if self.sync is not None else None

    def add_sync_listener(self, listener: Callable[[object], None]) -> None:
        """Called on the sync thread after every cycle (a window passes it on by signal)."""
        self._sync_listeners.append(listener)

    def _start_sync(self) -> None:
        from console import sync

        self.sync = sync.engine_for(self.store, self.config, on_status=self._on_sync_status)
        if self.sync is None:
            return
        self.sync.start()
        self._stoppers.append(self.sync.stop)
        # A settled filling goes to head office now, not at the next interval.
        self.engine.subscribe(lambda event: self.sync.wake() if event.type in ("settled", "cancelled") else None)

    def _on_sync_status(self, status) -> None:
        for r in getattr(status, "rejected", ()):
            # Central did not take a change made here: the cashier and the manager must know why.
            self.engine.publish(ErrorEvent(
                lane=None, code="sync_rejected", message=f"central {r.status} {r.entity} {r.row_id}: {r.reason}",
                params={"entity": r.entity, "row": str(r.row_id), "status": r.status, "reason": r.reason},
            ))
        for listener in self._sync_listeners:
            listener(status)

    # --- peers --------------------------------------------------------------

    def _pump_buses(self) -> dict[str, PumpBus]:
        buses: dict[str, PumpBus] = {}
        prices = tuple(Decimal(p) for p in self.config.station.prices)
        for bus in self.config.buses:
            addresses = sorted(lane.pump_address for lane in self.config.lanes if lane.bus == bus.name and lane.kind == "fuel")
            if not addresses:
                continue
            port, answer_timeout = bus.port, bus.answer_timeout_ms / 1000
            if port == DEMO:
                port = self._demo_pumps(bus.name, addresses)
            buses[bus.name] = open_pump_bus(
                bus.protocol, port=port, addresses=addresses, baudrate=bus.baudrate, parity=bus.parity_code,
                response_timeout=answer_timeout, port_retry=PORT_RETRY_SECONDS,
                decimals={a: bus.decimals_of(a) for a in addresses},
                prices=prices,
            )
        return buses

    def _demo_pumps(self, name: str, addresses: list[int]) -> str:
        from drivers.pumps.dart import DartSimulator

        first, last = addresses[0], addresses[-1]
        # The pumps remember their figures beside the database, as real pumps do across a console crash.
        memory = Path(self.store.engine.url.database).with_suffix(f".pumps-{name}.json")
        sim = DartSimulator.on_pty(pumps=last - first + 1, first_address=first, flow_lps=Decimal("6"), memory=memory)
        sim.start()
        self.simulators[f"pumps:{name}"] = sim
        self._stoppers.append(sim.shutdown)
        return sim.port

    def _gate_lanes(self) -> list:
        return [lane for lane in self.config.lanes if lane.kind == "gate"]

    def _barriers(self, relay: RelayModule | None) -> dict[int, Barrier]:
        """One barrier per gate lane on the relay module; its events go to its gate lane."""
        if relay is None:
            return {}
        barriers: dict[int, Barrier] = {}
        for lane in self._gate_lanes():
            settings = BarrierSettings(unit=lane.relay_unit, open_coil=lane.open_coil, close_coil=lane.open_coil + 1, loop_input=lane.loop)

            def heard(event, lane_id=lane.id) -> None:
                gate = self.engine.gates.get(lane_id) if self.engine is not None else None
                if gate is not None:
                    gate.barrier_event(event.kind.value)

            def fault(message: str, lane_id=lane.id) -> None:
                if self.engine is not None:
                    self.engine.publish(ErrorEvent(lane=lane_id, code="barrier", message=f"barrier: {message}", params={}))
            barriers[lane.id] = Barrier(relay, settings, name=f"lane-{lane.id}", listener=heard, on_fault=fault)
        return barriers

    def _relay(self) -> RelayModule | None:
        url = self.config.relay.url
        if not url:
            return None
        if url == DEMO:
            from drivers.signals.simulator import RelaySimulator, SimulatedBarrier

            # The demo's relay module plays the gates' barriers and their loops too.
            gates = {lane.id: SimulatedBarrier(open_coil=lane.open_coil, close_coil=lane.open_coil + 1, loop_input=lane.loop)
                     for lane in self._gate_lanes()}
            self.simulators.update({f"barrier:{lane_id}": gate for lane_id, gate in gates.items()})
            wired = [lane.open_coil + 2 for lane in self._gate_lanes()] + [lane.light_coil + 3 for lane in self.config.lanes]
            sim = RelaySimulator(coils=max(64, *wired), barriers=list(gates.values())).start()
            self.simulators["relay"] = sim
            self._stoppers.append(sim.stop)
            url = sim.url
        return open_relay(url)

    def _gateway(self) -> WebhookGateway | None:
        hook = self.config.webhook
        if not hook.url:
            return None
        url = hook.url
        if url == DEMO:
            sink = WebhookSink(hook.secret).start()
            self.simulators["webhook"] = sink
            self._stoppers.append(sink.stop)
            url = sink.url
        return WebhookGateway(url, hook.secret, timeout=hook.timeout_seconds)

    # --- cameras and recognition ------------------------------------------------

    def _start_cameras(self) -> None:
        from drivers.cameras.registry import open_camera

        recognition = self.config.recognition
        engine = None if recognition.engine == "auto" else recognition.engine
        workers = recognition.workers or max(1, min(2, (os.cpu_count() or 2) - 1))
        reader = ReaderPool(engine, self.config.station.region, workers=workers, threads=recognition.threads)
        self._stoppers.append(reader.shutdown)
        for lane in self.config.lanes:
            try:
                if lane.camera == DEMO:
                    camera = self._demo_camera(lane.id)
                else:
                    camera = open_camera(lane.camera, name=f"lane-{lane.id}")
            except Exception as exc:  # a camera that cannot be opened costs its lane the picture, not the console
                self.engine.publish(ErrorEvent(lane=lane.id, message=f"camera {lane.camera}: {exc}", code="camera"))
                continue
            camera.add_fault_listener(lambda message, lane_id=lane.id, source=lane.camera: self.engine.publish(ErrorEvent(
                lane=lane_id, message=f"camera {source}: {message}", code="camera", params={"camera": source, "error": message},
            )))
            camera.start()
            self.cameras[lane.id] = camera
            self._stoppers.append(camera.stop)
            recognizer = LaneRecognizer(
                lane.id, camera, reader, self._registered,
                on_plate=self._on_plate, on_gone=self.engine.vehicle_left, on_reads=self._on_reads,
                idle_interval=idle_interval_for(len(self.config.lanes)), roi=tuple(lane.roi) or None,
            )
            recognizer.start()
            self.recognizers[lane.id] = recognizer
            self._stoppers.append(recognizer.stop)

    def _demo_camera(self, lane_id: int) -> Camera:
        from console.resources import demo_scenes, empty_lane
        from drivers.cameras.stage import StageCamera

        if self._demo_media is None:
            self._demo_media = (demo_scenes(), empty_lane())
        return StageCamera(f"lane-{lane_id}", self._demo_media[1])

    def _start_demo_traffic(self) -> None:
        from console.demo_traffic import DemoTraffic
        from drivers.cameras.stage import StageCamera

        stages = {lane_id: cam for lane_id, cam in self.cameras.items() if isinstance(cam, StageCamera)}
        sims = [sim for key, sim in self.simulators.items() if key.startswith("pumps:")]
        if not stages or not sims or self._demo_media is None:
            return
        loops = {int(key.split(":")[1]): sim for key, sim in self.simulators.items() if key.startswith("barrier:")}
        traffic = DemoTraffic(self.engine, sims[0], stages, self._demo_media[0], seed=self._seed, patience=self.demo_patience,
                              loops=loops)
        traffic.start()
        self._stoppers.append(traffic.stop)

    def _on_plate(self, lane_id: int, plate: str, confidence: float, note: str | None, colour: str = "unknown") -> None:
        self.engine.submit_plate(lane_id, plate, confidence, "camera", colour=colour)

    def _on_reads(self, lane_id: int, seq: int, reads: list[PlateRead]) -> None:
        for listener in self._reads_listeners:
            listener(lane_id, seq, reads)
