"""Demo traffic: vehicles that drive into the demo lanes, fuel and leave.

Each lane has a driver that puts a vehicle in front of the lane's camera, waits
for the console's decision, lifts the nozzle on a green light, hangs it up
after some litres, and drives off.  Everything else — recognition, decisions,
the pump protocol, debits, charges — is the real console at work.
"""

from __future__ import annotations

import itertools
import logging
import queue
import random
import threading
from decimal import Decimal

import numpy as np

from console.lanes.engine import LaneEngine
from console.lanes.events import LaneEvent
from drivers.cameras.stage import StageCamera
from drivers.pumps.dart import DartSimulator

log = logging.getLogger(__name__)

#: Per lane, the vehicles that come by in turn: mostly paying cards, a low
#: balance (red) and a plate nobody registered (amber) among them.
VISITS = (
    ("京A12345", "沪B67890", "苏E5678Q"),
    ("粤BD12345", "浙A88888", "京A12345"),
    ("苏E5678Q", "粤BD12345", "沪B67890"),
    ("浙A88888", "京A12345", "粤BD12345"),
)


#: How long a driver on a red or amber lane waits for the cashier before leaving, in seconds.
PATIENCE_WITH_CASHIER = (30.0, 60.0)
#: A headless demo has no cashier watching: its drivers leave almost at once.
PATIENCE_HEADLESS = (3.0, 3.0)
#: The demo's accounts office tops a card up when it falls below this share of its opening balance.
TOP_UP_BELOW = 0.3
OFFICE_ROUND_SECONDS = 20.0


class LaneDriver:
    def __init__(self, lane_id: int, address: int, camera: StageCamera, scenes: dict[str, np.ndarray],
                 sim: DartSimulator, engine: LaneEngine, rng: random.Random,
                 patience: tuple[float, float] = PATIENCE_WITH_CASHIER) -> None:
        self.lane_id, self.address, self.camera, self.scenes = lane_id, address, camera, scenes
        self.sim, self.engine, self.rng, self.patience = sim, engine, rng, patience
        self.inbox: queue.Queue[LaneEvent] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"demo-driver-{lane_id}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _wait(self, *types: str, timeout: float) -> LaneEvent | None:
        deadline = timeout
        while deadline > 0 and not self._stop.is_set():
            try:
                event = self.inbox.get(timeout=0.2)
            except queue.Empty:
                deadline -= 0.2
                continue
            if event.type in types:
                return event
        return None

    def _pause(self, seconds: float) -> None:
        self._stop.wait(seconds)

    def _run(self) -> None:
        plates = [p for p in VISITS[(self.lane_id - 1) % len(VISITS)] if p in self.scenes]
        self._pause(self.rng.uniform(0.5, 3.0))  # lanes do not move in step
        for plate in itertools.cycle(plates):
            if self._stop.is_set():
                return
            self._visit(plate)
            self.camera.show(None)
            self._pause(self.rng.uniform(2.5, 4.0))  # the tracker sees the lane empty

    def _visit(self, plate: str) -> None:
        while not self.inbox.empty():
            self.inbox.get_nowait()
        self.camera.show(self.scenes[plate])
        decision = self._wait("decision", timeout=15)
        if decision is None:
            return
        # Green: the pump is being authorised.  Red or amber: the driver waits for the
        # cashier, who may authorise the lane; then the driver fills as on green.
        wait = 10 if decision.result == "green" else self.rng.uniform(*self.patience)
        if self._wait("authorised", timeout=wait) is None:
            return
        self._pause(self.rng.uniform(0.5, 1.2))
        if self._stop.is_set():
            return  # the demo is ending: no driver starts a filling now
        self.sim.lift(self.address, nozzle=self.rng.choice((1, 2, 3)))
        litres = Decimal(self.rng.randint(15, 45))
        while not self._stop.is_set():
            with self.sim.pump(self.address) as pump:
                if pump.litres >= litres or pump.status.finished:
                    break
            self._pause(0.2)
        self.sim.hang_up(self.address)
        self._wait("settled", "cancelled", timeout=15)
        self._pause(1.0)


class GateDriver:
    """Cars through the demo car park: in at the entry gate, some minutes inside, out at the exit.

    The driver only shows a car to the gate's camera and stands it on the gate's loop once
    the barrier is up; reading the plate, the stay, the fee and the barrier are the console's.
    """

    VISITORS = ("京A12345", "浙A88888", "粤BD12345", "苏E5678Q")  # 浙A88888 is registered nowhere: amber

    def __init__(self, engine: LaneEngine, entry: tuple[int, StageCamera, object], exit: tuple[int, StageCamera, object],
                 scenes: dict[str, np.ndarray], rng: random.Random, patience: tuple[float, float]) -> None:
        self.engine, self.entry, self.exit, self.scenes, self.rng, self.patience = engine, entry, exit, scenes, rng, patience
        self.inbox: queue.Queue[LaneEvent] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-gates", daemon=True)
        self._inside: list[str] = []

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _wait(self, lane: int, *types: str, timeout: float) -> LaneEvent | None:
        left = timeout
        while left > 0 and not self._stop.is_set():
            try:
                event = self.inbox.get(timeout=0.2)
            except queue.Empty:
                left -= 0.2
                continue
            if event.lane == lane and event.type in types:
                return event
        return None

    def _run(self) -> None:
        plates = [p for p in self.VISITORS if p in self.scenes]
        self._stop.wait(self.rng.uniform(1.0, 3.0))
        # In turn: a car comes in, the car that has been inside longest goes out.
        for plate in itertools.cycle(plates):
            if self._stop.is_set():
                return
            if self._pass(self.entry, plate):
                self._inside.append(plate)
            self._stop.wait(self.rng.uniform(2.5, 5.0))
            if self._inside and not self._stop.is_set():
                self._pass(self.exit, self._inside.pop(0))
                self._stop.wait(self.rng.uniform(2.5, 5.0))

    def _pass(self, gate: tuple[int, StageCamera, object], plate: str) -> bool:
        lane, camera, loop = gate
        while not self.inbox.empty():
            self.inbox.get_nowait()
        camera.show(self.scenes[plate])
        opened = self._wait(lane, "barrier_opened", timeout=10)
        if opened is None:  # amber: the booth may open; else the car turns away
            opened = self._wait(lane, "barrier_opened", timeout=self.rng.uniform(*self.patience))
        if opened is not None:
            self._stop.wait(0.8)
            loop.vehicle_arrives()  # under the raised arm …
            self._stop.wait(1.5)
            loop.vehicle_leaves()  # … and through: the barrier closes behind it
        camera.show(None)
        return opened is not None


class AccountsOffice:
    """The demo's customers pay their cards up now and then, so the demo runs for hours
    instead of turning every lane red once the opening balances are spent."""

    def __init__(self, engine: LaneEngine) -> None:
        self.engine = engine
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-accounts-office", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.wait(OFFICE_ROUND_SECONDS):
            try:
                self.top_up_low_cards()
            except Exception:  # a busy database costs one round of top-ups, not the demo
                log.exception("demo accounts office: top-up round failed")

    def top_up_low_cards(self) -> int:
        from console import services
        from console.demo import DEMO_VEHICLES
        from console.domain import accounts, ledger

        rules = self.engine.config.rules
        actor = services.Actor("demo-office", self.engine.station_id)
        done = 0
        for spec in DEMO_VEHICLES:
            if spec.top_up_fen < rules.minimum_balance_fen:
                continue  # the low-balance car stays red: that is what it is for
            with self.engine.store.read() as session:
                balance = ledger.funds(session, accounts.find_card(session, spec.card_no).id).balance_fen
            if balance < spec.top_up_fen * TOP_UP_BELOW:
                amount = min(spec.top_up_fen - balance, rules.top_up_limits.most_fen)
                services.top_up(self.engine.store, actor, spec.card_no, amount, "demo: the customer paid the card up", limits=rules.top_up_limits, method="wechat_alipay")
                done += 1
        return done


class DemoTraffic:
    def __init__(self, engine: LaneEngine, sim: DartSimulator, cameras: dict[int, StageCamera],
                 scenes: dict[str, np.ndarray], seed: int | None = None,
                 patience: tuple[float, float] = PATIENCE_WITH_CASHIER, loops: dict | None = None) -> None:
        rng = random.Random(seed)
        self.drivers = {
            lane_id: LaneDriver(lane_id, engine.lanes[lane_id].pump_address, camera, scenes, sim, engine,
                                random.Random(rng.random()), patience)
            for lane_id, camera in cameras.items() if lane_id in engine.lanes
        }
        self.gates: GateDriver | None = None
        roles = {gate.role: gate.id for gate in engine.gates.values()}
        if "entry" in roles and "exit" in roles and all(roles[r] in cameras and roles[r] in (loops or {}) for r in ("entry", "exit")):
            self.gates = GateDriver(
                engine, (roles["entry"], cameras[roles["entry"]], loops[roles["entry"]]),
                (roles["exit"], cameras[roles["exit"]], loops[roles["exit"]]), scenes, random.Random(rng.random()), patience,
            )
        self.office = AccountsOffice(engine)
        engine.subscribe(self._route)

    def _route(self, event: LaneEvent) -> None:
        driver = self.drivers.get(event.lane) if event.lane is not None else None
        if driver is not None:
            driver.inbox.put(event)
        elif self.gates is not None and event.lane is not None:
            self.gates.inbox.put(event)

    def start(self) -> None:
        for driver in self.drivers.values():
            driver.start()
        if self.gates is not None:
            self.gates.start()
        self.office.start()

    def stop(self) -> None:
        self.office.stop()
        if self.gates is not None:
            self.gates.stop()
        for driver in self.drivers.values():
            driver.stop()
