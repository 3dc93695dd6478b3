"""One lane: its state, its worker thread, and the table driving it.

Each lane runs its events one at a time on its own thread, so a slow pump on
one lane never delays another.  The table (states.py) is the whole machine:
this module only feeds it events, runs the actions it names, and hands each
reported outcome back to it.  Operators' commands are checked here, on the
lane's thread, against the lane as it is when their turn comes.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from console.lanes import commands as cmd
from console.lanes import events as ev
from console.lanes.actions import NO_VEHICLE, LaneActions, LaneView
from console.lanes.states import TIMED_STATES, Event, State, next_step
from console.lanes.worker import LaneWorker
from drivers.plates.syntax import InvalidPlate, normalize_plate, typed_plate

if TYPE_CHECKING:
    from console.lanes.engine import LaneEngine

log = logging.getLogger(__name__)

# How long each timed state may last (the nozzle's comes from the rules).
DEADLINE_SECONDS = {"decision": 30.0, "clear": 90.0, "authorise": 30.0, "figures": 60.0, "settle": 30.0}
RETRY_FIRST_SECONDS, RETRY_MAX_SECONDS = 0.5, 30.0
_COMMAND = "command"  # not a lane event: an operator's command, checked before it becomes one
# States in which a plate read is about the lane's own vehicle or another one.
_HOLDING = (State.GREEN, State.AUTHORISED, State.FILLING)

__all__ = ["Lane", "LaneView", "NO_VEHICLE"]


class Lane(LaneWorker, LaneActions):
    def __init__(self, engine: LaneEngine, lane_id: int, bus_name: str, pump_address: int) -> None:
        self.engine = engine
        self.id = lane_id
        self.bus_name = bus_name
        self.pump_address = pump_address
        self.view = LaneView(lane_id)
        self._retry_seconds = RETRY_FIRST_SECONDS
        self._init_worker(f"lane-{lane_id}")
        self._init_actions()

    def submit(self, command: cmd.LaneCommand) -> Future:
        """Queue an operator's command; the future gets its CommandResult."""
        done: Future = Future()
        self._enqueue(_COMMAND, {"command": command, "done": done})
        return done

    def _dispatch(self, event: Any, data: dict) -> None:
        if event is _COMMAND:
            self._command(data["command"], data["done"])
        else:
            self.handle(event, data)

    def _timed_out(self) -> None:
        self.handle(Event.TIMEOUT, {})

    def _failed(self, event: Any, exc: Exception) -> None:
        # The table's own safety net failed: tell the cashier, keep the lane.
        self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"{event}: {exc}", code="lane_error"))

    # --- the table ----------------------------------------------------------

    def handle(self, event: Event, data: dict) -> None:
        """Run `event` through the table, then every outcome its actions report."""
        pending: list[tuple[Event, dict]] = [(event, data)]
        while pending:
            event, data = pending.pop(0)
            classified = self._classify(event, data)
            step = next_step(self.view.state, classified) if classified else None
            if step is None:
                log.debug("lane %s: %s ignored in %s", self.id, event, self.view.state)
                continue
            new_state, actions = step
            old_state = self.view.state
            self._set(state=new_state)
            self._arm_deadline(new_state, entered=new_state != old_state, event=classified)
            if new_state != old_state:
                if new_state is State.RELEASING:
                    self._release_cause = classified.value  # why the filling is let go, for its record
                self.engine.publish(ev.LaneStateChanged(lane=self.id, state=new_state.value, plate=self.view.plate))
            for action in actions:
                try:
                    outcome = getattr(self, f"_do_{action.value}")(data)
                except Exception as exc:
                    log.exception("lane %s: action %s failed in %s", self.id, action, new_state)
                    if classified is not Event.ACTION_FAILED:  # a failing safety exit waits for its deadline
                        pending.append((Event.ACTION_FAILED, {**data, "action": action.value, "error": str(exc)}))
                    break
                if outcome is not None:
                    pending.append((outcome, data))
                    break

    def _classify(self, event: Event, data: dict) -> Event | None:
        """A plate read while the lane holds a vehicle is that vehicle (nothing to do) or another one.
        While letting go, a progress report of nothing (a re-read after a pump came back) is no fuel."""
        if event is Event.PROGRESS and self.view.state is State.RELEASING and not data.get("litres"):
            return None
        if event is not Event.PLATE or self.view.state not in _HOLDING or data.get("source") == "cashier":
            return event
        try:
            plate = normalize_plate(data["plate"], self.engine.config.station.region).text
        except InvalidPlate:
            return None  # a half-read plate proves nothing about who is at the pump
        if plate == self.view.plate:
            return None
        data["next_plate"] = data["plate"]  # decided once the lane has let go of the one it holds
        return Event.OTHER_PLATE

    def _arm_deadline(self, state: State, *, entered: bool, event: Event) -> None:
        kind = TIMED_STATES.get(state)
        if kind != "retry" and state is not State.COMPLETED:
            self._retry_seconds = RETRY_FIRST_SECONDS  # a retry series ends when its state is left
        if kind is None:
            self._deadline = None
            return
        if kind == "retry":  # back-off: 0.5 s, 1 s, 2 s … 30 s
            self._deadline = time.monotonic() + self._retry_seconds
            self._retry_seconds = min(self._retry_seconds * 2, RETRY_MAX_SECONDS)
            return
        # A filling's deadline runs from its last sign of life; the others from entering the state.
        if entered or event is Event.TIMEOUT or kind == "figures":
            seconds = self.engine.config.rules.nozzle_timeout_seconds if kind == "nozzle" else DEADLINE_SECONDS[kind]
            self._deadline = time.monotonic() + seconds

    def _set(self, **changes: Any) -> None:
        self.view = replace(self.view, **changes)
        self.engine.view_changed(self.view)

    # --- commands -------------------------------------------------------------

    def _command(self, command: cmd.LaneCommand, done: Future) -> None:
        v = self.view
        event = cmd.EVENT_OF[command.kind]
        verdict = cmd.check(
            command, v.state, v.plate, v.filling_id,
            table_takes=next_step(v.state, event) is not None, estop=self.engine.estop_latched,
        )
        if verdict.code is cmd.Refusal.VEHICLE_CHANGED and command.seen_plate:
            verdict.params["seen_at_lane"] = self.engine.lane_of_plate(command.seen_plate)
        if command.kind is cmd.CommandKind.CORRECT and verdict.accepted:
            try:
                typed_plate(command.plate or "", self.engine.config.station.region)
            except InvalidPlate:
                verdict = cmd.Verdict(False, cmd.Refusal.BAD_PLATE, {"plate": command.plate})
        result = ev.CommandResult(
            lane=self.id, command=command.kind.value, command_id=str(command.id), accepted=verdict.accepted,
            code=verdict.code.value if verdict.code else None, params=dict(verdict.params),
            operator=command.operator.username,
        )
        try:
            self.engine.audit(
                command.operator.username, cmd.AUDIT_ACTION[command.kind], f"lane {self.id} {v.plate or '-'}", command.reason,
                {"accepted": verdict.accepted, "refusal": result.code, "filling": str(v.filling_id) if v.filling_id else None,
                 "from": v.plate, "seen_plate": command.seen_plate, "to": command.plate},
            )
        except Exception as exc:  # an unaudited command is not run
            log.exception("lane %s: audit of %s failed", self.id, command.kind)
            result = replace(result, accepted=False, code="audit_failed", params={"error": str(exc)})
        self.engine.publish(result)
        done.set_result(result)
        if result.accepted:
            data = {"operator": command.operator.username, "reason": command.reason}
            if command.kind is cmd.CommandKind.CORRECT:
                data.update(plate=command.plate, confidence=1.0, source="cashier")
            self.handle(event, data)
