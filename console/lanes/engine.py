"""The lane engine: lanes, pumps, lights and the charge outbox wired together.

Inputs arrive from any thread (cameras, pump buses, the window) and are queued
to the lane they concern; listeners receive every event the lanes publish.
"""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Callable

from console.charging.gateway import ChargeGateway
from console.charging.outbox import ChargeOutbox
from console.config import Config
from console.domain import accounts, audit
from console.domain.decision import Light
from console.domain.errors import DomainError
from console.fleet import odometer
from console.lanes import events as ev
from console.gates.lane import GateLane
from console.gates.states import GateEvent, GateState
from console.lanes.commands import CommandKind, LaneCommand, OperatorRef, Refusal
from console.lanes.lane import Lane, LaneView
from console.lanes.recovery import recover_open_fillings
from console.lanes.states import Event, State
from console.shifts.totals import NozzleReading, read_totals
from console.store.db import Store
from console.store.fleet_models import ReadingSource
from console.store.models import Role, StationFlag, Vehicle
from console.timeutil import utc_now
from drivers.plates.syntax import InvalidPlate, Plate, typed_plate
from drivers.pumps import types as pump
from drivers.pumps.base import PumpBus
from drivers.signals.relay import RelayError, RelayModule

log = logging.getLogger(__name__)


class CommandRefused(DomainError):
    """An operator's command the lane refused; `code` and `params` say why (commands.Refusal)."""

    def __init__(self, result: ev.CommandResult) -> None:
        super().__init__(f"{result.command} refused on lane {result.lane}: {result.code} {result.params}")
        self.result = result
        self.code = result.code
        self.params = result.params


class PermissionDenied(CommandRefused):
    pass


class StationCommandRefused(DomainError):
    """A station-wide command refused before it reached a lane; `code` is a commands.Refusal."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


ESTOP_FLAG = "emergency_stop"


class LaneEngine:
    def __init__(
        self,
        config: Config,
        store: Store,
        buses: dict[str, PumpBus],
        *,
        relay: RelayModule | None = None,
        gateway: ChargeGateway | None = None,
        barriers: dict | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.station_id = config.station.id
        self._buses = buses
        self._relay = relay
        self._listeners: list[ev.Listener] = []
        self._view_listeners: list[Callable[[LaneView], None]] = []
        self._listeners_lock = threading.Lock()
        fuel = [lane for lane in config.lanes if lane.kind == "fuel"]
        self.lanes: dict[int, Lane] = {lane.id: Lane(self, lane.id, lane.bus, lane.pump_address) for lane in fuel}
        self._by_pump = {(lane.bus, lane.pump_address): self.lanes[lane.id] for lane in fuel}
        self._lane_config = {lane.id: lane for lane in config.lanes}
        # Car park and toll gates: the same engine, their own table (console/gates).
        self.gates: dict[int, GateLane] = {
            lane.id: GateLane(self, lane.id, lane.gate, (barriers or {}).get(lane.id))
            for lane in config.lanes if lane.kind == "gate"
        }
        self.outbox = (
            ChargeOutbox(store, gateway, self.publish, max_attempts=config.webhook.max_attempts) if gateway else None
        )
        self._estop = self._read_estop()

    @property
    def estop_latched(self) -> bool:
        """The station's emergency stop holds: no pump is authorised until a manager resets it."""
        return self._estop

    def _read_estop(self) -> bool:
        with self.store.read() as session:
            flag = session.get(StationFlag, ESTOP_FLAG)
            return bool(flag and flag.on)

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
        if self._estop:
            self.publish(ev.EmergencyStop(lane=None, latched=True, operator="-", reason=None))
            self._stop_pumps()
        recover_open_fillings(self)
        for lane in self.lanes.values():
            lane.start()
        for gate in self.gates.values():
            gate.start()
        if self.outbox:
            self.outbox.start()

    def shutdown(self) -> None:
        for lane in self.lanes.values():
            lane.shutdown()
        for gate in self.gates.values():
            gate.shutdown()
        if self.outbox:
            self.outbox.shutdown()
        for bus in self._buses.values():
            bus.shutdown()
        if self._relay is not None:
            self._relay.close()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        return all(lane.wait_idle(timeout) for lane in [*self.lanes.values(), *self.gates.values()])

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

    def views(self) -> list:
        return [lane.view for lane in self.lanes.values()] + [gate.view for gate in self.gates.values()]

    # --- inputs -------------------------------------------------------------

    def submit_plate(self, lane_id: int, text: str, confidence: float = 1.0, source: str = "camera",
                     colour: str = "unknown") -> None:
        """`colour`: the plate's background as the camera saw it; a gate prices a yellow plate as large."""
        if lane_id in self.gates:
            self.gates[lane_id].post(GateEvent.PLATE, plate=text, confidence=confidence, source=source, colour=colour)
            return
        self._lane(lane_id).post(Event.PLATE, plate=text, confidence=confidence, source=source)

    def vehicle_left(self, lane_id: int) -> None:
        if lane_id in self.gates:
            self.gates[lane_id].post(GateEvent.VEHICLE_LEFT)
            return
        self._lane(lane_id).post(Event.VEHICLE_LEFT)

    # --- the booth at a gate ---------------------------------------------------------

    def gate_open(self, lane_id: int, operator: OperatorRef, reason: str, seen_plate: str | None) -> None:
        """The booth lets the vehicle it sees through by hand (entry: its stay is opened), audited."""
        self._gate_by_hand(lane_id, operator, reason, seen_plate, GateEvent.BOOTH_OPEN, "gate.open")

    def gate_paid_by_hand(self, lane_id: int, operator: OperatorRef, reason: str, seen_plate: str | None) -> None:
        """The fee shown was taken another way (cash, a QR code at the booth): the stay closes, the barrier opens."""
        self._gate_by_hand(lane_id, operator, reason, seen_plate, GateEvent.BOOTH_PAID, "gate.paid_by_hand")

    def gate_correct_plate(self, lane_id: int, operator: OperatorRef, reason: str, seen_plate: str | None, plate: str) -> None:
        """The booth types the plate the camera misread; the gate decides again on it."""
        try:
            typed = typed_plate(plate, self.config.station.region)
        except InvalidPlate:
            raise StationCommandRefused(Refusal.BAD_PLATE.value, f"{plate!r} is not a plate") from None
        self._gate_by_hand(lane_id, operator, reason, seen_plate, GateEvent.PLATE, "gate.correct_plate",
                           plate=typed.text, confidence=1.0, source="cashier")

    def _gate_by_hand(self, lane_id: int, operator: OperatorRef, reason: str, seen_plate: str | None,
                      event: GateEvent, action: str, **data) -> None:
        self._require_reason(reason)
        gate = self.gates.get(lane_id)
        if gate is None:
            raise DomainError(f"no gate {lane_id}")
        shown = gate.view
        accepted = shown.state is GateState.AMBER and (seen_plate is None or seen_plate == shown.plate)
        self.audit(operator.username, action, f"lane {lane_id} {shown.plate or ''}".strip(), reason,
                   {"accepted": accepted, "fee_fen": shown.fee_fen, "why": shown.why, "seen": seen_plate,
                    **({"to": data["plate"]} if "plate" in data else {})})
        if not accepted:
            raise StationCommandRefused(Refusal.VEHICLE_CHANGED.value if seen_plate != shown.plate else Refusal.NOT_NOW.value,
                                        "the gate moved on since you looked")
        gate.post(event, operator=operator.username, reason=reason, **data)

    def command(self, command: LaneCommand, timeout: float = 15.0) -> ev.CommandResult:
        """Run an operator's command on its lane's thread and return how it ended."""
        return self._lane(command.lane).submit(command).result(timeout)

    def _lane_command(self, kind: CommandKind, lane_id: int, operator: OperatorRef, reason: str,
                      seen: LaneView | None, plate: str | None = None) -> ev.CommandResult:
        """What the operator saw comes with the command (`seen`, the view the dialog showed):
        the vehicle and the lane's state.  Without it, the vehicle shown at the moment of
        the call, in whatever state its lane reaches by the command's turn."""
        shown = seen or self._lane(lane_id).view
        result = self.command(LaneCommand(
            kind, lane_id, operator, reason, seen_plate=shown.plate, seen_filling=shown.filling_id,
            seen_state=seen.state if seen else None, plate=plate,
        ))
        if not result.accepted:
            raise (PermissionDenied if result.code == Refusal.NEEDS_MANAGER else CommandRefused)(result)
        return result

    def correct_plate(self, lane_id: int, text: str, operator: OperatorRef, reason: str, seen: LaneView | None = None) -> ev.CommandResult:
        return self._lane_command(CommandKind.CORRECT, lane_id, operator, reason, seen, plate=text)

    def cashier_authorise(self, lane_id: int, operator: OperatorRef, reason: str, seen: LaneView | None = None) -> ev.CommandResult:
        return self._lane_command(CommandKind.AUTHORISE, lane_id, operator, reason, seen)

    def cashier_deny(self, lane_id: int, operator: OperatorRef, reason: str, seen: LaneView | None = None) -> ev.CommandResult:
        return self._lane_command(CommandKind.DENY, lane_id, operator, reason, seen)

    def cashier_stop(self, lane_id: int, operator: OperatorRef, reason: str, seen: LaneView | None = None) -> ev.CommandResult:
        return self._lane_command(CommandKind.STOP, lane_id, operator, reason, seen)

    def record_odometer(self, lane_id: int, value, operator: OperatorRef, seen: LaneView | None = None) -> odometer.Taken:
        """The cashier types the odometer (or engine hours, by the vehicle's meter) of the vehicle
        at the lane; it becomes the reading of the filling shown (`seen`, the view the dialog
        showed; default: the lane's now), checked monotonic and audited.

        Raises odometer.ReadingRefused with `code` and `params`: odometer_below_last (params
        last, last_at: the reading to show), odometer_above_next, odometer_bad_value,
        odometer_no_filling (nothing at the lane yet: identify the vehicle first)."""
        shown = seen or self._lane(lane_id).view
        if shown.filling_id is None:
            raise odometer.NoFilling(f"lane {lane_id} has no filling to read the odometer for", lane=lane_id)
        with self.store.write() as session:
            taken = odometer.record(session, station_id=self.station_id, filling_id=shown.filling_id, value=value,
                                    source=ReadingSource.CASHIER, operator=operator.username)
        self.publish(ev.OdometerRecorded(lane=lane_id, filling_id=str(taken.filling_id), plate=taken.plate,
                                         value=taken.value, meter=taken.meter, source=taken.source))
        return taken

    def lane_of_plate(self, plate: str) -> int | None:
        """The lane now showing this plate, if any (to tell the cashier where the vehicle went)."""
        for lane in self.lanes.values():
            if lane.view.plate == plate:
                return lane.id
        return None

    # --- the station's emergency stop -------------------------------------------

    def emergency_stop_all(self, operator: OperatorRef, reason: str) -> None:
        """Stop every pump now, on the caller's thread, and latch: nothing is authorised
        anywhere until a manager resets it.  The latch survives a restart."""
        self._require_reason(reason)
        self._estop = True  # at once, before anything that could wait: no lane authorises from here on
        self._stop_pumps()
        for lane in self.lanes.values():
            lane.post(Event.EMERGENCY_STOP, operator=operator.username, reason=reason)
        self.publish(ev.EmergencyStop(lane=None, latched=True, operator=operator.username, reason=reason))
        try:
            self._write_estop(True, operator, reason)
        except Exception as exc:  # the pumps are stopped and the latch holds in memory; say it is not saved
            log.exception("emergency stop not saved")
            self.publish(ev.ErrorEvent(lane=None, message=f"emergency stop not saved: {exc}", code="estop_not_saved"))

    def reset_emergency_stop(self, operator: OperatorRef, reason: str) -> None:
        self._require_reason(reason)
        if operator.role is not Role.MANAGER:
            self.audit(operator.username, "emergency_stop.reset", "station", reason,
                       {"accepted": False, "refusal": Refusal.NEEDS_MANAGER.value})
            raise StationCommandRefused(Refusal.NEEDS_MANAGER.value, "resetting the emergency stop needs a manager")
        self._write_estop(False, operator, reason)
        self._estop = False
        self.publish(ev.EmergencyStop(lane=None, latched=False, operator=operator.username, reason=reason))

    def _stop_pumps(self) -> None:
        for lane in self.lanes.values():
            bus = self.bus(lane.bus_name)
            try:
                bus.stop(lane.pump_address, timeout=1.0)
            except pump.CommandRejected:
                pass  # nothing to stop: the pump is not authorised
            except pump.PumpError as exc:
                self.publish(ev.ErrorEvent(lane=lane.id, message=f"emergency stop: pump 0x{lane.pump_address:02X}: {exc}", code="stop_failed"))
            # Switched off only where no filling waits to be read: a pump switched off
            # before its last figures are read would hide them.
            if lane.view.state in (State.IDLE, State.RED, State.AMBER, State.IDENTIFIED, State.GREEN, State.AUTHORISED):
                try:
                    bus.switch_off(lane.pump_address, timeout=1.0)
                except pump.PumpError as exc:
                    log.info("emergency stop: pump 0x%02X not switched off: %s", lane.pump_address, exc)

    def _write_estop(self, on: bool, operator: OperatorRef, reason: str) -> None:
        with self.store.write() as session:
            flag = session.get(StationFlag, ESTOP_FLAG) or StationFlag(name=ESTOP_FLAG, changed_by=operator.username)
            flag.on, flag.changed_at, flag.changed_by, flag.reason = on, utc_now(), operator.username, reason
            session.add(flag)
            audit.record(
                session, station_id=self.station_id, operator=operator.username,
                action="emergency_stop" if on else "emergency_stop.reset", subject="station", reason=reason,
                details={"accepted": True},
            )

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
                self.publish(ev.ErrorEvent(lane=lane.id, message=f"pump 0x{address:02X} alarm {code}", code="pump_alarm",
                                          params={"pump": f"0x{address:02X}", "alarm": code}))
            case pump.DataRefused():
                self.publish(ev.ErrorEvent(
                    lane=lane.id, code="pump_refuses_data", params={"pump": f"0x{address:02X}"},
                    message=f"pump 0x{address:02X} answers but refuses every command: another controller may be on the line",
                ))
            case pump.DecimalsDisagree(configured=configured, reported=reported):
                self.publish(ev.ErrorEvent(
                    lane=lane.id, code="pump_decimals", params={"configured": configured, "reported": reported},
                    message=f"pump 0x{address:02X} counts in decimals {reported}, the configuration says {configured}: the pump's are used",
                ))

    # --- services the lanes use -------------------------------------------------

    def bus(self, name: str) -> PumpBus:
        return self._buses[name]

    def read_totals(self, timeout: float = 5.0) -> list[NozzleReading]:
        """Every configured nozzle's electronic totals (DC101), read through the running buses
        while they go on polling; a pump that does not answer is a reading marked unavailable.
        Blocks the caller for up to `timeout` per pump: call it from a worker, not the GUI thread."""
        return read_totals(self.config, self._buses, timeout)

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
