"""One lane: its state, its worker thread, and the actions of the transition table.

Each lane runs its events one at a time on its own thread, so a slow pump on
one lane never delays another.  Every action that changes money or the
filling's state commits before the next action (the pump command) runs.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from console.domain.decision import Decision, Light, Reason, decide_balance
from console.lanes import events as ev
from console.lanes import settlement
from console.lanes.states import TIMED_STATES, Action, Event, State, next_step
from console.store.models import CardStatus, Filling, FillingStatus
from console.timeutil import utc_now
from drivers.plates.syntax import InvalidPlate, normalize_plate
from drivers.pumps.types import FillingInfo, PumpError

if TYPE_CHECKING:
    from console.lanes.engine import LaneEngine

log = logging.getLogger(__name__)

CLEAR_AFTER_SECONDS = 90.0
PROGRESS_INTERVAL_SECONDS = 0.5
#: What a lane shows of a vehicle; all of it goes when the vehicle does.
_NO_VEHICLE = dict(
    plate=None, confidence=None, decision=None, account=None, card_no=None, available_fen=None,
    phone=None, driver=None, filling_id=None, preset_fen=0, litres=None, amount_fen=None,
)
_VIEW = "view"  # not a lane event: a change of what the screen shows  # a red or amber lane nobody touched goes back to idle


@dataclass(frozen=True)
class LaneView:
    """What a screen shows of a lane; replaced whole on every change."""

    lane: int
    state: State = State.IDLE
    plate: str | None = None
    confidence: float | None = None
    decision: Decision | None = None
    account: str | None = None
    card_no: str | None = None
    available_fen: int | None = None
    phone: str | None = None
    driver: str | None = None
    filling_id: uuid.UUID | None = None
    preset_fen: int = 0
    litres: Any = None
    amount_fen: int | None = None
    pump_online: bool = False
    pump_status: str | None = None


class Lane:
    def __init__(self, engine: LaneEngine, lane_id: int, bus_name: str, pump_address: int) -> None:
        self.engine = engine
        self.id = lane_id
        self.bus_name = bus_name
        self.pump_address = pump_address
        self.view = LaneView(lane_id)
        self._inbox: queue.Queue[tuple[Event, dict]] = queue.Queue()
        self._deadline: float | None = None
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lane-{lane_id}", daemon=True)
        self._idle = threading.Event()
        self._idle.set()
        self._recovered_filling = False  # the filling in hand was left open by a crash
        self._progress_published = 0.0

    # --- thread -------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def shutdown(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._inbox.put((None, {}))  # type: ignore[arg-type]
        self._thread.join(timeout)

    def post_view(self, **changes: Any) -> None:
        """Update what the screen shows (pump status…) on this lane's thread, in order."""
        self._idle.clear()
        self._inbox.put((_VIEW, changes))

    def post(self, event: Event, **data: Any) -> None:
        """Queue an event for this lane's thread (safe from any thread)."""
        self._idle.clear()
        self._inbox.put((event, data))

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """True once every queued event has been handled (for tests and shutdown)."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                event, data = self._inbox.get(timeout=0.2)
            except queue.Empty:
                self._check_deadline()
                self._idle.set()
                continue
            if event is None:
                break
            try:
                if event is _VIEW:
                    self._set(**data)
                else:
                    self.handle(event, data)
            except Exception as exc:  # one bad event must not kill the lane; tell the cashier
                log.exception("lane %s: %s failed", self.id, event)
                self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"{event}: {exc}", code="lane_error"))
            if self._inbox.empty():
                self._idle.set()

    def _check_deadline(self) -> None:
        if self._deadline is not None and time.monotonic() >= self._deadline:
            self._deadline = None
            self.handle(Event.TIMEOUT, {})

    # --- the table ----------------------------------------------------------

    def handle(self, event: Event, data: dict) -> None:
        step = next_step(self.view.state, event)
        if step is None:
            log.debug("lane %s: %s ignored in %s", self.id, event, self.view.state)
            return
        new_state, actions = step
        old_state = self.view.state
        self._set(state=new_state)
        if new_state != old_state:
            self._arm_deadline(new_state)
            self.engine.publish(ev.LaneStateChanged(lane=self.id, state=new_state.value, plate=self.view.plate))
        for action in actions:
            follow_up = getattr(self, f"_do_{action.value}")(data)
            if follow_up is not None:
                self.handle(follow_up, data)

    def _arm_deadline(self, state: State) -> None:
        kind = TIMED_STATES.get(state)
        if kind == "nozzle":
            self._deadline = time.monotonic() + self.engine.config.rules.nozzle_timeout_seconds
        elif kind == "clear":
            self._deadline = time.monotonic() + CLEAR_AFTER_SECONDS
        else:
            self._deadline = None

    def _set(self, **changes: Any) -> None:
        self.view = replace(self.view, **changes)
        self.engine.view_changed(self.view)

    # --- actions ------------------------------------------------------------

    def _do_decide(self, data: dict) -> Event:
        rules = self.engine.config.rules
        raw, confidence = data["plate"], float(data.get("confidence", 1.0))
        self._set(**{**_NO_VEHICLE, "plate": raw, "confidence": confidence})
        self.engine.publish(ev.PlateRead(lane=self.id, plate=raw, confidence=confidence, source=data.get("source", "camera")))
        try:
            plate = normalize_plate(raw, self.engine.config.station.region)
        except InvalidPlate:
            return self._decided(Decision(Light.AMBER, Reason.UNKNOWN_PLATE), raw)
        self._set(plate=plate.text)
        with self.engine.store.write() as session:
            found = self.engine.lookup(session, plate)
            if found is None:
                return self._decided(Decision(Light.AMBER, Reason.UNKNOWN_PLATE), plate.text)
            duty = self.engine.on_duty(session, found.vehicle_id)
            self._set(account=found.account_name, card_no=found.card_no, available_fen=found.funds.available_fen, phone=duty.phone, driver=duty.driver)
            if confidence < rules.min_plate_confidence and data.get("source", "camera") == "camera":
                return self._decided(Decision(Light.AMBER, Reason.LOW_CONFIDENCE), plate.text)
            if found.card_status is not CardStatus.ACTIVE:
                return self._decided(Decision(Light.RED, Reason.CARD_BLOCKED), plate.text)
            decision = decide_balance(found.funds.available_fen, rules.minimum_balance_fen, rules.max_fill_fen)
            if decision.light is Light.GREEN:
                # Deciding and reserving share one write transaction: two lanes cannot both take the last yuan.
                self._reserve(session, found.card_id, plate.text, decision.preset_fen)
        return self._decided(decision, plate.text)

    def _decided(self, decision: Decision, plate: str) -> Event:
        v = self.view
        self._set(decision=decision, preset_fen=decision.preset_fen)
        self.engine.publish(ev.DecisionMade(
            lane=self.id, plate=plate, result=decision.light.value, reason=decision.reason.value, account=v.account,
            card_no=v.card_no, available_fen=v.available_fen, preset_fen=decision.preset_fen, phone=v.phone, driver=v.driver,
        ))
        return {Light.GREEN: Event.DECIDED_GREEN, Light.RED: Event.DECIDED_RED, Light.AMBER: Event.DECIDED_AMBER}[decision.light]

    def _reserve(self, session, card_id: uuid.UUID | None, plate: str, preset_fen: int) -> None:
        filling = Filling(
            id=uuid.uuid4(), lane=self.id, pump_address=self.pump_address, plate=plate, card_id=card_id,
            preset_fen=preset_fen, status=FillingStatus.RESERVED, station_id=self.engine.station_id,
        )
        session.add(filling)
        session.flush()
        self._set(filling_id=filling.id, preset_fen=preset_fen)

    def _do_reserve(self, data: dict) -> None:
        """The cashier's authorisation: the card pays if it can, otherwise it is a counter sale."""
        rules = self.engine.config.rules
        plate = self.view.plate or "-"
        with self.engine.store.write() as session:
            card_id, preset = None, rules.max_fill_fen
            try:
                found = self.engine.lookup(session, normalize_plate(plate, self.engine.config.station.region))
            except InvalidPlate:
                found = None
            if found is not None and found.card_status is CardStatus.ACTIVE and found.funds.available_fen >= rules.minimum_balance_fen:
                card_id, preset = found.card_id, min(found.funds.available_fen, rules.max_fill_fen)
            self._reserve(session, card_id, plate, preset)
        self.engine.audit(data.get("operator", "?"), "lane.authorise", f"lane {self.id} {plate}", data.get("reason"), {"filling": str(self.view.filling_id), "card": str(card_id) if card_id else None, "preset_fen": preset})

    def _do_authorise_pump(self, data: dict) -> Event:
        filling_id, preset = self.view.filling_id, self.view.preset_fen
        try:
            self.engine.bus(self.bus_name).authorize(self.pump_address, str(filling_id), amount_fen=preset)
        except PumpError as exc:
            self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"pump 0x{self.pump_address:02X} not authorised: {exc}", code="authorise_failed"))
            return Event.AUTHORISE_FAILED
        with self.engine.store.write() as session:
            filling = session.get(Filling, filling_id)
            filling.status = FillingStatus.AUTHORISED
        self.engine.publish(ev.Authorised(lane=self.id, filling_id=str(filling_id), pump_address=self.pump_address, preset_fen=preset))
        return Event.PUMP_AUTHORISED

    def _do_mark_filling(self, data: dict) -> None:
        with self.engine.store.write() as session:
            filling = session.get(Filling, self.view.filling_id)
            if filling.status is FillingStatus.AUTHORISED:
                filling.status, filling.started_at = FillingStatus.FILLING, utc_now()
                filling.nozzle = data.get("nozzle") or filling.nozzle

    def _do_record_progress(self, data: dict) -> None:
        if "litres" not in data:
            return
        self._set(litres=data["litres"], amount_fen=data["amount_fen"])
        # A pump reports every poll (10+ per second); screens and logs need a few.
        now = time.monotonic()
        if now - self._progress_published < PROGRESS_INTERVAL_SECONDS:
            return
        self._progress_published = now
        self.engine.publish(ev.FillingProgress(lane=self.id, filling_id=str(self.view.filling_id), litres=data["litres"], amount_fen=data["amount_fen"]))

    def _do_settle(self, data: dict) -> Event:
        info: FillingInfo = data["info"]
        outcome = settlement.settle(self.engine, self.view.filling_id, info)
        self._set(litres=info.volume, amount_fen=info.amount_fen)
        for event in outcome.events(self.id, data.get("recovered", False) or self._recovered_filling):
            self.engine.publish(event)
        self.engine.charge_queued()
        return Event.SETTLED

    def _do_stop_pump(self, data: dict) -> None:
        try:
            self.engine.bus(self.bus_name).stop(self.pump_address)
        except PumpError as exc:
            self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"pump 0x{self.pump_address:02X} did not stop: {exc}", code="stop_failed"))
        if "operator" in data:
            self.engine.audit(data["operator"], "lane.stop", f"lane {self.id}", data.get("reason"), {"filling": str(self.view.filling_id)})

    def _do_release(self, data: dict) -> None:
        if self.view.filling_id is None:
            return
        with self.engine.store.write() as session:
            filling = session.get(Filling, self.view.filling_id)
            if filling.status not in (FillingStatus.SETTLED, FillingStatus.CANCELLED):
                filling.status, filling.ended_at = FillingStatus.CANCELLED, utc_now()
        self.engine.publish(ev.Cancelled(lane=self.id, filling_id=str(self.view.filling_id), reason=data.get("why", "released")))

    def _light(self, light: Light | None) -> None:
        self.engine.set_light(self.id, light)

    def _do_light_green(self, data: dict) -> None:
        self._light(Light.GREEN)

    def _do_light_red(self, data: dict) -> None:
        self._light(Light.RED)
        if "operator" in data:
            self.engine.audit(data["operator"], "lane.deny", f"lane {self.id} {self.view.plate}", data.get("reason"), None)

    def _do_light_amber(self, data: dict) -> None:
        self._light(Light.AMBER)

    def _do_lights_off(self, data: dict) -> None:
        self._light(None)

    def _do_warn_other_plate(self, data: dict) -> None:
        self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"plate {data.get('plate')} seen while {self.view.plate} is fuelling; ignored", code="other_plate"))

    def _do_warn_pump_offline(self, data: dict) -> None:
        self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"pump 0x{self.pump_address:02X} offline during a filling; its memory keeps the figures", code="pump_offline"))

    def restore(self, state: State, filling: Filling) -> None:
        """Put the lane back where a crash left it (recovery only, before the thread starts)."""
        self.view = replace(
            self.view, state=state, plate=filling.plate, filling_id=filling.id, preset_fen=filling.preset_fen,
            decision=Decision(Light.GREEN, Reason.BALANCE_OK, filling.preset_fen),
        )
        self._recovered_filling = True
        self._arm_deadline(state)
        self.engine.view_changed(self.view)

    def _do_clear(self, data: dict) -> None:
        self._recovered_filling = False
        self._set(**_NO_VEHICLE)
