"""What an operator asks of a lane, carrying what the operator saw when asking.

A command is checked on the lane's own thread, against the lane as it is when
the command's turn comes: if the vehicle the operator saw has moved on, the
command is refused, never applied to whatever vehicle is there now.  Refusals
are codes with parameters: the front end words them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from console.lanes.states import Event, State
from console.store.models import Role


class CommandKind(StrEnum):
    AUTHORISE = "authorise"
    DENY = "deny"
    CORRECT = "correct"  # the cashier types the plate as it is on the vehicle
    STOP = "stop"


class Refusal(StrEnum):
    NO_REASON = "no_reason"  # a reason is kept in the audit log
    VEHICLE_CHANGED = "vehicle_changed"  # params: seen, now, seen_at_lane (where the vehicle seen is now)
    STATE_CHANGED = "state_changed"  # the same vehicle, but its lane moved on; params: seen_state, state
    NEEDS_MANAGER = "needs_manager"  # params: state
    NOT_NOW = "not_now"  # the lane's state does not take this command; params: state
    EMERGENCY_STOP = "emergency_stop"  # the station is stopped until a manager resets it
    BAD_PLATE = "bad_plate"  # params: plate


@dataclass(frozen=True)
class OperatorRef:
    """An operator the front end has authenticated."""

    username: str
    role: Role


@dataclass(frozen=True)
class LaneCommand:
    kind: CommandKind
    lane: int
    operator: OperatorRef
    reason: str
    # What the operator saw when asking: the command acts on that vehicle or not at all.
    seen_plate: str | None = None
    seen_filling: uuid.UUID | None = None
    seen_state: State | None = None
    plate: str | None = None  # the corrected plate
    seen_vehicle: bool = True  # False: the caller saw nothing (a script): act on the lane as it is
    id: uuid.UUID = field(default_factory=uuid.uuid4)


EVENT_OF = {
    CommandKind.AUTHORISE: Event.CASHIER_AUTHORISE,
    CommandKind.DENY: Event.CASHIER_DENY,
    CommandKind.CORRECT: Event.PLATE,
    CommandKind.STOP: Event.CASHIER_STOP,
}
AUDIT_ACTION = {
    CommandKind.AUTHORISE: "lane.authorise",
    CommandKind.DENY: "lane.deny",
    CommandKind.CORRECT: "lane.correct_plate",
    CommandKind.STOP: "lane.stop",
}
# (state, command) pairs the table takes only from a manager.
MANAGER_ONLY = {(State.RED, CommandKind.AUTHORISE)}


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    code: Refusal | None = None
    params: dict[str, Any] = field(default_factory=dict)


ACCEPTED = Verdict(True)


def check(command: LaneCommand, state: State, plate: str | None, filling: uuid.UUID | None,
          *, table_takes: bool, estop: bool) -> Verdict:
    """The verdict on a command, given the lane as it is now."""
    if not command.reason or not command.reason.strip():
        return Verdict(False, Refusal.NO_REASON)
    if command.seen_vehicle and (command.seen_plate != plate or command.seen_filling != filling):
        return Verdict(False, Refusal.VEHICLE_CHANGED, {"seen": command.seen_plate, "now": plate})
    if command.seen_state is not None and command.seen_state is not state and not _same_vehicle_moved_on(command, state):
        return Verdict(False, Refusal.STATE_CHANGED, {"seen_state": command.seen_state.value, "state": state.value})
    if estop and command.kind is CommandKind.AUTHORISE:
        return Verdict(False, Refusal.EMERGENCY_STOP)
    if (state, command.kind) in MANAGER_ONLY and command.operator.role is not Role.MANAGER:
        return Verdict(False, Refusal.NEEDS_MANAGER, {"state": state.value})
    if not table_takes:
        return Verdict(False, Refusal.NOT_NOW, {"state": state.value})
    return ACCEPTED


def _same_vehicle_moved_on(command: LaneCommand, state: State) -> bool:
    """A stop for the vehicle seen authorised still applies once its nozzle is out."""
    return command.kind is CommandKind.STOP and command.seen_state in (State.GREEN, State.AUTHORISED) and state is State.FILLING
