"""What a lane does when its table says so.

Actions never set the lane's state.  The ones in states.REPORTING return the
event that says how they turned out; the others return None.  An action that
raises is turned into ACTION_FAILED by the lane.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from console.domain import audit
from console.domain.audit import SYSTEM
from console.domain.decision import Decision, Light, Reason, decide_balance
from console.lanes import events as ev
from console.lanes import settlement
from console.lanes.states import Event, State
from console.store.models import CardStatus, Filling, FillingStatus
from console.timeutil import utc_now
from drivers.plates.syntax import InvalidPlate, normalize_plate
from drivers.pumps.types import CommandRejected, FillingInfo, PumpError

if TYPE_CHECKING:
    from console.lanes.engine import LaneEngine

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_SECONDS = 0.5
#: What a lane shows of a vehicle; all of it goes when the vehicle does.
NO_VEHICLE = dict(
    plate=None, confidence=None, decision=None, account=None, card_no=None, available_fen=None,
    phone=None, driver=None, filling_id=None, preset_fen=0, litres=None, amount_fen=None, nozzle=None,
)
# Fillings that hold a pump: a plate in one of them cannot be authorised at a second pump.
_HOLDING_PUMP = (FillingStatus.RESERVED, FillingStatus.AUTHORISED, FillingStatus.FILLING)


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
    nozzle: int | None = None  # the nozzle lifted for this filling (its grade is the station's config)
    pump_online: bool = False
    pump_status: str | None = None


_TRANSIENT = ("locked", "busy", "disk is full", "disk i/o", "unable to open")


def transient(exc: BaseException) -> bool:
    """A database error that goes away by itself: locked or busy, or a disk that was full."""
    if isinstance(exc, OSError):
        return True
    return isinstance(exc, OperationalError) and any(s in str(exc).lower() for s in _TRANSIENT)


class LaneActions:
    """Mixed into Lane, which provides engine, id, view, _set, bus_name, pump_address."""

    engine: LaneEngine
    id: int
    view: LaneView

    def _init_actions(self) -> None:
        self._release_cause = "released"  # the event that made the lane let go of its filling
        self._recovered_filling = False  # the filling in hand was left open by a crash
        self._progress_published = 0.0
        self._figures: FillingInfo | None = None  # what the pump reported at the end, kept until settled

    # --- deciding --------------------------------------------------------------

    def _do_decide(self, data: dict) -> Event:
        rules = self.engine.config.rules
        raw, confidence = data["plate"], float(data.get("confidence", 1.0))
        self._set(**{**NO_VEHICLE, "plate": raw, "confidence": confidence})
        self.engine.publish(ev.PlateRead(lane=self.id, plate=raw, confidence=confidence, source=data.get("source", "camera")))
        try:
            plate = normalize_plate(raw, self.engine.config.station.region)
        except InvalidPlate:
            return self._decided(Decision(Light.AMBER, Reason.UNKNOWN_PLATE), raw)
        self._set(plate=plate.text)
        if self.engine.estop_latched:
            return self._decided(Decision(Light.RED, Reason.EMERGENCY_STOP), plate.text)
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
            elsewhere = self._lane_holding(session, plate.text)
            if elsewhere is not None:
                return self._decided(Decision(Light.AMBER, Reason.PLATE_IN_USE), plate.text, {"other_lane": elsewhere})
            decision = decide_balance(found.funds.available_fen, rules.minimum_balance_fen, rules.max_fill_fen)
            if decision.light is Light.GREEN:
                # Deciding and reserving share one write transaction: two lanes cannot both take the last yuan.
                self._reserve(session, found.card_id, plate.text, decision.preset_fen)
        return self._decided(decision, plate.text)

    def _lane_holding(self, session, plate: str) -> int | None:
        """Another lane whose pump is authorised (or being) for this plate."""
        return session.scalar(
            select(Filling.lane).where(
                Filling.plate == plate, Filling.lane != self.id, Filling.station_id == self.engine.station_id,
                Filling.status.in_(_HOLDING_PUMP),
            ).limit(1)
        )

    def _decided(self, decision: Decision, plate: str, params: dict | None = None) -> Event:
        v = self.view
        self._set(decision=decision, preset_fen=decision.preset_fen)
        self.engine.publish(ev.DecisionMade(
            lane=self.id, plate=plate, result=decision.light.value, reason=decision.reason.value, account=v.account,
            card_no=v.card_no, available_fen=v.available_fen, preset_fen=decision.preset_fen, phone=v.phone, driver=v.driver,
            params=params or {},
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

    def _do_reserve(self, data: dict) -> Event:
        """The cashier's authorisation: the card pays if it can, otherwise it is a counter sale."""
        rules = self.engine.config.rules
        plate = self.view.plate or "-"
        try:
            with self.engine.store.write() as session:
                card_id, preset = None, rules.max_fill_fen
                try:
                    found = self.engine.lookup(session, normalize_plate(plate, self.engine.config.station.region))
                except InvalidPlate:
                    found = None
                if found is not None and found.card_status is CardStatus.ACTIVE and found.funds.available_fen >= rules.minimum_balance_fen:
                    card_id, preset = found.card_id, min(found.funds.available_fen, rules.max_fill_fen)
                self._reserve(session, card_id, plate, preset)
        except OperationalError as exc:
            self.engine.publish(ev.ErrorEvent(lane=self.id, message=str(exc), code="reserve_failed"))
            return Event.RESERVE_FAILED
        return Event.RESERVED

    # --- the pump -------------------------------------------------------------

    def _do_authorise_pump(self, data: dict) -> Event:
        filling_id, preset = self.view.filling_id, self.view.preset_fen
        if self.engine.estop_latched:
            return Event.AUTHORISE_FAILED
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
            # RESERVED too: a pump whose AUTHORIZE acknowledgement was lost fills all the same.
            if filling.status in (FillingStatus.RESERVED, FillingStatus.AUTHORISED):
                filling.status, filling.started_at = FillingStatus.FILLING, utc_now()
                filling.nozzle = data.get("nozzle") or filling.nozzle
            nozzle = filling.nozzle
        if nozzle:
            self._set(nozzle=nozzle)

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

    def _do_read_figures(self, data: dict) -> Event | None:
        """A filling that has gone quiet: ask the pump, which may have finished unheard."""
        bus = self.engine.bus(self.bus_name)
        status = bus.state(self.pump_address).status
        if status is None or not status.finished:
            return None
        info = bus.filling_info(self.pump_address)
        data["info"] = info
        return Event.PUMP_FINISHED

    def _do_stop_pump(self, data: dict) -> None:
        try:
            self.engine.bus(self.bus_name).stop(self.pump_address)
        except CommandRejected as exc:
            status = self.engine.bus(self.bus_name).state(self.pump_address).status
            if status is not None and not status.busy:
                # Not authorised, not filling: nothing to stop, nothing to tell (an emergency
                # stop would otherwise raise one alert per idle pump).
                log.info("lane %s: stop not needed: %s", self.id, exc)
                return
            self._stop_failed(exc)
        except PumpError as exc:
            self._stop_failed(exc)

    def _stop_failed(self, exc: PumpError) -> None:
        self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"pump 0x{self.pump_address:02X} did not stop: {exc}", code="stop_failed",
                                          params={"pump": f"0x{self.pump_address:02X}"}))

    # --- money ------------------------------------------------------------------

    def _do_settle(self, data: dict) -> Event:
        info: FillingInfo = data.get("info") or self._figures
        self._figures = info  # kept until settled: a retry settles these very figures
        self._set(litres=info.volume, amount_fen=info.amount_fen)
        try:
            outcome = settlement.settle(self.engine.store, self.engine.config, self.view.filling_id, info)
        except Exception as exc:
            if not transient(exc):
                raise
            self.engine.publish(ev.ErrorEvent(lane=self.id, message=str(exc), code="settle_retry"))
            return Event.SETTLE_FAILED
        for event in outcome.events(self.id, data.get("recovered", False) or self._recovered_filling):
            self.engine.publish(event)
        self.engine.charge_queued()
        self._figures = None
        return Event.SETTLED

    def _do_release(self, data: dict) -> Event:
        if self.view.filling_id is None:
            return Event.RELEASED
        pump = self.engine.bus(self.bus_name).state(self.pump_address)
        if not pump.online or pump.status is None or pump.status.busy:
            # The pump may still deliver for this filling (not heard, or its stop not taken):
            # the money stays held until the pump is known locked.
            self.engine.publish(ev.ErrorEvent(
                lane=self.id, message=f"pump 0x{self.pump_address:02X} not known locked; money held", code="release_wait",
                params={"pump": f"0x{self.pump_address:02X}", "online": pump.online, "status": pump.status.value if pump.status else None},
            ))
            return Event.RELEASE_FAILED
        try:
            with self.engine.store.write() as session:
                filling = session.get(Filling, self.view.filling_id)
                if filling.status not in (FillingStatus.SETTLED, FillingStatus.CANCELLED):
                    filling.status, filling.ended_at = FillingStatus.CANCELLED, utc_now()
                    # In the same transaction: a cancelled filling always says why (timed out,
                    # vehicle left, another car at the pump, the pump refused, a stop).
                    audit.record(session, station_id=self.engine.station_id, operator=SYSTEM, action="filling.released",
                                 subject=f"lane {self.id} {filling.plate}", reason=None,
                                 details={"filling": str(filling.id), "cause": self._release_cause})
        except Exception as exc:
            if not transient(exc):
                raise
            self.engine.publish(ev.ErrorEvent(lane=self.id, message=str(exc), code="release_retry"))
            return Event.RELEASE_FAILED
        self.engine.publish(ev.Cancelled(lane=self.id, filling_id=str(self.view.filling_id), reason=data.get("why", self._release_cause)))
        return Event.RELEASED

    def _do_next_vehicle(self, data: dict) -> Event | None:
        """The plate read at the pump that made the lane let go: its turn now."""
        if "next_plate" not in data:
            return None
        data["plate"] = data.pop("next_plate")
        return Event.PLATE

    def _do_restore(self, data: dict) -> None:
        """Take back the filling a restart found open, as it was decided."""
        filling: Filling = data["filling"]
        self._recovered_filling = True
        self._set(
            plate=filling.plate, filling_id=filling.id, preset_fen=filling.preset_fen,
            decision=Decision(Light.GREEN, Reason.RECOVERED, filling.preset_fen),
        )

    # --- lights and words -----------------------------------------------------------

    def _light(self, light: Light | None) -> None:
        self.engine.set_light(self.id, light)

    def _do_light_green(self, data: dict) -> None:
        self._light(Light.GREEN)

    def _do_light_red(self, data: dict) -> None:
        self._light(Light.RED)

    def _do_light_amber(self, data: dict) -> None:
        self._light(Light.AMBER)

    def _do_lights_off(self, data: dict) -> None:
        self._light(None)

    def _do_warn_other_plate(self, data: dict) -> None:
        self.engine.publish(ev.ErrorEvent(
            lane=self.id, code="other_plate", params={"plate": data.get("plate"), "vehicle": self.view.plate, "state": self.view.state.value},
            message=f"lane {self.id}: {data.get('plate')} at the pump held for {self.view.plate}",
        ))

    def _do_warn_pump_offline(self, data: dict) -> None:
        self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"pump 0x{self.pump_address:02X} offline during a filling; its memory keeps the figures", code="pump_offline"))

    def _do_warn_settling(self, data: dict) -> None:
        self.engine.publish(ev.ErrorEvent(
            lane=self.id, code="settling", params={"filling": str(self.view.filling_id)},
            message=f"lane {self.id}: filling {self.view.filling_id} not yet settled; retrying",
        ))

    def _do_warn_action_failed(self, data: dict) -> None:
        self.engine.publish(ev.ErrorEvent(
            lane=self.id, code="action_failed", params={"action": data.get("action"), "error": data.get("error")},
            message=f"lane {self.id}: {data.get('action')} failed: {data.get('error')}",
        ))

    def _do_clear(self, data: dict) -> None:
        self._recovered_filling = False
        self._figures = None
        self._set(**NO_VEHICLE)
