"""The lane engine: lanes, pumps, lights and the charge outbox wired together.

Inputs arrive from any thread (cameras, pump buses, the window) and are queued
to the lane they concern; listeners receive every event the lanes publish.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from typing import Callable

from console.charging.gateway import ChargeGateway
from console.charging.outbox import ChargeOutbox
from console.config import Config
from console.domain import accounts, audit
from console.domain.decision import Light
from console.domain.errors import DomainError
from console.lanes import events as ev
from console.lanes.lane import Lane, LaneView
from console.lanes.recovery import recover_open_fillings
from console.lanes.states import Event, State
from console.store.db import Store
from console.store.models import Role, Vehicle
from console.timeutil import utc_now
from drivers.plates.syntax import Plate
from drivers.pumps import types as pump
from drivers.pumps.base import PumpBus
from drivers.signals.relay import RelayError, RelayModule

log = logging.getLogger(__name__)


class PermissionDenied(DomainError):
    pass


@dataclass(frozen=True)
class OperatorRef:
    """An operator the window has authenticated."""

    username: str
    role: Role


class LaneEngine:
    def __init__(
        self,
        config: Config,
        store: Store,
        buses: dict[str, PumpBus],
        *,
        relay: RelayModule | None = None,
        gateway: ChargeGateway | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.station_id = config.station.id
        self._buses = buses
        self._relay = relay
        self._listeners: list[ev.Listener] = []
        self._view_listeners: list[Callable[[LaneView], None]] = []
        self._listeners_lock = threading.Lock()
        self.lanes: dict[int, Lane] = {lane.id: Lane(self, lane.id, lane.bus, lane.pump_address) for lane in config.lanes}
        self._by_pump = {(lane.bus, lane.pump_address): self.lanes[lane.id] for lane in config.lanes}
        self._lane_config = {lane.id: lane for lane in config.lanes}
        self.outbox = (
            ChargeOutbox(store, gateway, self.publish, max_attempts=config.webhook.max_attempts) if gateway else None
        )

    # --- life ---------------------------------------------------------------

    def start(self, ready_timeout: float = 10.0) -> None:
        for name, bus in self._buses.items():
            bus.add_listener(lambda event, name=name: self._on_pump_event(name, event))
            bus.start()
        for name, bus in self._buses.items():
            if not bus.wait_ready(ready_timeout):
                self.publish(ev.ErrorEvent(lane=None, message=f"pump bus {name}: not every pump answered at start", code="pump_offline"))
        for lane in self.lanes.values():
            self.set_light(lane.id, None)
        recover_open_fillings(self)
        for lane in self.lanes.values():
            lane.start()
        if self.outbox:
            self.outbox.start()

    def shutdown(self) -> None:
        for lane in self.lanes.values():
            lane.shutdown()
        if self.outbox:
            self.outbox.shutdown()
        for bus in self._buses.values():
            bus.shutdown()
        if self._relay is not None:
            self._relay.close()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        return all(lane.wait_idle(timeout) for lane in self.lanes.values())

    # --- listeners ----------------------------------------------------------

    def subscribe(self, listener: ev.Listener) -> None:
        with self._listeners_lock:
            self._listeners.append(listener)

    def subscribe_views(self, listener: Callable[[LaneView], None]) -> None:
        with self._listeners_lock:
            self._view_listeners.append(listener)

    def publish(self, event: ev.LaneEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken screen must not stop the pumps
                log.exception("event listener failed on %s", event.type)

    def view_changed(self, view: LaneView) -> None:
        for listener in list(self._view_listeners):
            try:
                listener(view)
            except Exception:
                log.exception("view listener failed")

    def views(self) -> list[LaneView]:
        return [lane.view for lane in self.lanes.values()]

    # --- inputs -------------------------------------------------------------

    def submit_plate(self, lane_id: int, text: str, confidence: float = 1.0, source: str = "camera") -> None:
        self._lane(lane_id).post(Event.PLATE, plate=text, confidence=confidence, source=source)

    def vehicle_left(self, lane_id: int) -> None:
        self._lane(lane_id).post(Event.VEHICLE_LEFT)

    def correct_plate(self, lane_id: int, text: str, operator: OperatorRef, reason: str) -> None:
        self._require_reason(reason)
        self.audit(operator.username, "lane.correct_plate", f"lane {lane_id}", reason, {"from": self._lane(lane_id).view.plate, "to": text})
        self.submit_plate(lane_id, text, 1.0, source="cashier")

    def cashier_authorise(self, lane_id: int, operator: OperatorRef, reason: str) -> None:
        lane = self._lane(lane_id)
        self._require_reason(reason)
        if lane.view.state is State.RED and operator.role is not Role.MANAGER:
            raise PermissionDenied("overriding a red lane needs a manager")
        lane.post(Event.CASHIER_AUTHORISE, operator=operator.username, reason=reason)

    def cashier_deny(self, lane_id: int, operator: OperatorRef, reason: str) -> None:
        self._require_reason(reason)
        self._lane(lane_id).post(Event.CASHIER_DENY, operator=operator.username, reason=reason)

    def cashier_stop(self, lane_id: int, operator: OperatorRef, reason: str) -> None:
        self._require_reason(reason)
        self._lane(lane_id).post(Event.CASHIER_STOP, operator=operator.username, reason=reason)

    def emergency_stop_all(self, operator: OperatorRef, reason: str) -> None:
        """Stop every pump at once, on the caller's thread, not behind queued lane work."""
        self._require_reason(reason)
        self.audit(operator.username, "emergency_stop", "all lanes", reason, None)
        for lane in self.lanes.values():
            try:
                self.bus(lane.bus_name).stop(lane.pump_address, timeout=1.0)
            except pump.PumpError as exc:
                self.publish(ev.ErrorEvent(lane=lane.id, message=f"emergency stop: pump 0x{lane.pump_address:02X}: {exc}", code="stop_failed"))
            lane.post(Event.CASHIER_STOP, operator=operator.username, reason=reason)

    @staticmethod
    def _require_reason(reason: str) -> None:
        if not reason or not reason.strip():
            raise DomainError("say why: a reason is kept in the audit log")

    def _lane(self, lane_id: int) -> Lane:
        try:
            return self.lanes[lane_id]
        except KeyError:
            raise DomainError(f"no lane {lane_id}") from None

    # --- pump events (on the bus thread: only queue) -------------------------

    def _on_pump_event(self, bus_name: str, event: pump.PumpEvent) -> None:
        address = event.filling.address if isinstance(event, pump.FillingCompleted) else event.address
        lane = self._by_pump.get((bus_name, address))
        if lane is None:
            return
        match event:
            case pump.NozzleOut(nozzle=nozzle):
                lane.post(Event.NOZZLE_OUT, nozzle=nozzle)
            case pump.FillingProgress(volume=volume, amount_fen=amount):
                lane.post(Event.PROGRESS, litres=volume, amount_fen=amount)
            case pump.FillingCompleted(filling=info, recovered=recovered):
                lane.post(Event.PUMP_FINISHED, info=info, recovered=recovered)
            case pump.PumpOffline():
                lane.post_view(pump_online=False)
                lane.post(Event.PUMP_OFFLINE)
                self.publish(ev.PumpStatusChanged(lane=lane.id, pump_address=address, online=False, status=None))
            case pump.PumpOnline():
                lane.post_view(pump_online=True)
                self.publish(ev.PumpStatusChanged(lane=lane.id, pump_address=address, online=True, status=None))
            case pump.StatusChanged(new=new):
                lane.post_view(pump_status=new.value, pump_online=True)
                self.publish(ev.PumpStatusChanged(lane=lane.id, pump_address=address, online=True, status=new.value))
            case pump.AlarmRaised(code=code):
                self.publish(ev.ErrorEvent(lane=lane.id, message=f"pump 0x{address:02X} alarm {code}", code="pump_alarm"))
            case pump.DataRefused():
                self.publish(ev.ErrorEvent(
                    lane=lane.id, code="pump_refuses_data",
                    message=f"pump 0x{address:02X} answers but refuses every command: another controller may be on the line",
                ))
            case pump.DecimalsDisagree(configured=configured, reported=reported):
                self.publish(ev.ErrorEvent(
                    lane=lane.id, code="pump_decimals",
                    message=f"pump 0x{address:02X} counts in decimals {reported}, the configuration says {configured}: the pump's are used",
                ))

    # --- services the lanes use -------------------------------------------------

    def bus(self, name: str) -> PumpBus:
        return self._buses[name]

    def lookup(self, session, plate: Plate) -> accounts.PlateLookup | None:
        return accounts.lookup_plate(session, plate)

    def on_duty(self, session, vehicle_id: uuid.UUID) -> accounts.OnDuty:
        return accounts.on_duty(session, session.get(Vehicle, vehicle_id), utc_now(), self.config.station.zone)

    def audit(self, operator: str, action: str, subject: str | None, reason: str | None, details: dict | None) -> None:
        with self.store.write() as session:
            audit.record(session, station_id=self.station_id, operator=operator, action=action, subject=subject, reason=reason, details=details)

    def set_light(self, lane_id: int, light: Light | None) -> None:
        if self._relay is None:
            return
        lane = self._lane_config[lane_id]
        coils = [light is Light.RED, light is Light.AMBER, light is Light.GREEN]
        try:
            self._relay.set_coils(lane.relay_unit, lane.light_coil, coils)
        except RelayError as exc:
            self.publish(ev.ErrorEvent(lane=lane_id, message=str(exc), code="relay"))

    def charge_queued(self) -> None:
        if self.outbox:
            self.outbox.notify()
