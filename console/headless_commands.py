"""Commands for a console running headless: one JSON object per line on stdin.

    {"cmd": "login", "operator": "li", "password": "…"}
    {"cmd": "authorise", "lane": 2, "plate": "京A12345", "filling": "…", "state": "amber", "operator": "li", "reason": "…"}
    {"cmd": "deny" | "stop", …the same…}
    {"cmd": "correct", "lane": 2, "plate": "京A1Z345", "to": "京A12345", "operator": "li", "reason": "…"}
    {"cmd": "estop", "operator": "li", "reason": "…"}      (no login needed: stopping never waits)
    {"cmd": "reset_estop", "operator": "li", "reason": "…"}
    {"cmd": "shift_open" | "shift_close", "operator": "li", "accept_unavailable": [[2, 1], …] or true, "shift": "…"}

`plate`, `filling` and `state` are what the sender saw; a lane command acts on
that vehicle or is refused.  Every line is answered by a `command_result`
event (accepted, or refused with a code), with the line's `id` if it had one.
"""

from __future__ import annotations

import json
import threading
import uuid
from typing import Any, Callable

from console.domain.errors import DomainError
from console.domain.operators import authenticate
from console.lanes import events as ev
from console.lanes.commands import CommandKind, LaneCommand, OperatorRef
from console.lanes.engine import LaneEngine, StationCommandRefused
from console.lanes.states import State
from console.store.db import Store
from console.services import Actor
from console.shifts import service as shifts
from console.store.models import Role

_LANE_COMMANDS = {"authorise": CommandKind.AUTHORISE, "deny": CommandKind.DENY, "correct": CommandKind.CORRECT, "stop": CommandKind.STOP}


class HeadlessCommands:
    def __init__(self, engine: LaneEngine, store: Store, publish: Callable[[ev.LaneEvent], None]) -> None:
        self._engine, self._store, self._publish = engine, store, publish
        self._logged_in: dict[str, OperatorRef] = {}

    def handle_line(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            self._answer({}, "?", False, "bad_json", {"error": str(exc)})
            return
        name = str(request.get("cmd", ""))
        if name in ("shift_open", "shift_close"):
            # Reading every pump's totals can take seconds per silent pump: on a thread of its own,
            # so an emergency stop sent meanwhile is not queued behind it.
            threading.Thread(target=self._run, args=(name, request), name="headless-shift", daemon=True).start()
            return
        self._run(name, request)

    def _run(self, name: str, request: dict[str, Any]) -> None:
        try:
            self._dispatch(name, request)
        except DomainError as exc:
            self._answer(request, name, False, str(getattr(exc, "code", None) or "refused"),
                         {**getattr(exc, "params", {}), "error": str(exc)})
        except (KeyError, TypeError, ValueError) as exc:
            self._answer(request, name, False, "bad_command", {"error": f"{type(exc).__name__}: {exc}"})

    def _dispatch(self, name: str, request: dict[str, Any]) -> None:
        if name == "login":
            with self._store.read() as session:
                operator = authenticate(session, str(request["operator"]), str(request["password"]))
                self._logged_in[operator.username] = OperatorRef(operator.username, operator.role)
            self._answer(request, name, True)
        elif name == "estop":
            who = self._logged_in.get(str(request.get("operator")), OperatorRef(str(request.get("operator") or "console"), Role.CASHIER))
            self._engine.emergency_stop_all(who, str(request.get("reason") or ""))
            self._answer(request, name, True)
        elif name == "reset_estop":
            self._engine.reset_emergency_stop(self._operator(request), str(request.get("reason") or ""))
            self._answer(request, name, True)
        elif name in _LANE_COMMANDS:
            self._lane_command(_LANE_COMMANDS[name], request)
        elif name in ("shift_open", "shift_close"):
            self._shift(name, request)
        else:
            self._answer(request, name, False, "unknown_command",
                         {"allowed": ["login", "estop", "reset_estop", *_LANE_COMMANDS, "shift_open", "shift_close"]})

    def _operator(self, request: dict[str, Any]) -> OperatorRef:
        operator = self._logged_in.get(str(request.get("operator")))
        if operator is None:
            raise StationCommandRefused("not_logged_in", f"log in first: {{\"cmd\": \"login\", \"operator\": \"{request.get('operator')}\", …}}")
        return operator

    def _shift(self, name: str, request: dict[str, Any]) -> None:
        """Open or close the shift with the totals read through the running buses (console/shifts)."""
        operator = self._operator(request)
        actor = Actor(operator.username, self._engine.station_id, operator.role)
        shifts.refuse_open_fillings(self._store)
        readings = self._engine.read_totals()
        asked = request.get("accept_unavailable") or ()
        accept = {r.key for r in readings if not r.available} if asked is True else {(int(lane), int(n)) for lane, n in asked}
        if name == "shift_open":
            shift = shifts.open_shift(self._store, self._engine.config, actor, readings, accept_unavailable=accept)
        else:
            seen = uuid.UUID(str(request["shift"])) if request.get("shift") else None
            shift = shifts.close_shift(self._store, self._engine.config, actor, readings, shift_id=seen, accept_unavailable=accept)
        self._answer(request, name, True, params={
            "shift": str(shift.id), "status": shift.status.value, "fillings": shift.fillings, "amount_fen": shift.amount_fen,
            "litres": str(shift.litres) if shift.litres is not None else None,
            "without_totals": [[r.lane, r.nozzle] for r in readings if not r.available],
        })

    def _lane_command(self, kind: CommandKind, request: dict[str, Any]) -> None:
        filling = request.get("filling")
        state = request.get("state")
        command = LaneCommand(
            kind, int(request["lane"]), self._operator(request), str(request.get("reason") or ""),
            seen_plate=request.get("plate"), seen_filling=uuid.UUID(filling) if filling else None,
            seen_state=State(state) if state else None, plate=request.get("to"),
            id=uuid.UUID(request["id"]) if request.get("id") else uuid.uuid4(),
        )
        self._engine.command(command)  # the lane publishes the command_result itself

    def _answer(self, request: dict, name: str, accepted: bool, code: str | None = None, params: dict | None = None) -> None:
        self._publish(ev.CommandResult(
            lane=request.get("lane") if isinstance(request.get("lane"), int) else None, command=name,
            command_id=str(request.get("id") or ""), accepted=accepted, code=code, params=params or {},
            operator=request.get("operator"),
        ))
