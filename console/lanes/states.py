"""One lane's life as a table: (state, event) → (next state, actions).

The table is the whole machine.  Actions never set a state: the ones that can
turn out more than one way (deciding, reserving, authorising, settling) end
their transition's list and report how it went as the next event, which the
table handles like any other.  An action that raises becomes ACTION_FAILED.
Every state but IDLE waits with a deadline whose TIMEOUT is in the table, so
no lane can be left serving nobody.  Recovery after a restart posts RECOVERED_*
events to an idle lane instead of putting it somewhere by hand.

A pair missing from the table is an event that does not apply in that state;
the lane ignores it (and a cashier's command for it is refused, saying so).
"""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    IDLE = "idle"
    IDENTIFIED = "identified"  # a plate is known; the decision is being made
    RED = "red"  # refused: the pump stays locked
    AMBER = "amber"  # waiting for the cashier
    GREEN = "green"  # money reserved, the pump is being authorised
    AUTHORISED = "authorised"  # waiting for the nozzle
    FILLING = "filling"
    COMPLETED = "completed"  # the pump's figures are read; settling
    SETTLING = "settling"  # settling failed (database locked, disk full): retrying with back-off
    RELEASING = "releasing"  # the pump is being locked again; the money held is released once it is


class Event(StrEnum):
    PLATE = "plate"  # read by a camera, typed by the cashier or on the pump keypad
    OTHER_PLATE = "other_plate"  # a plate other than the lane's vehicle, while it holds an authorisation
    DECIDED_GREEN = "decided_green"  # the decision's reservation is made in the same transaction
    DECIDED_RED = "decided_red"
    DECIDED_AMBER = "decided_amber"
    CASHIER_AUTHORISE = "cashier_authorise"
    CASHIER_DENY = "cashier_deny"
    CASHIER_STOP = "cashier_stop"
    EMERGENCY_STOP = "emergency_stop"
    RESERVED = "reserved"
    RESERVE_FAILED = "reserve_failed"
    PUMP_AUTHORISED = "pump_authorised"
    AUTHORISE_FAILED = "authorise_failed"
    NOZZLE_OUT = "nozzle_out"
    PROGRESS = "progress"
    PUMP_FINISHED = "pump_finished"
    SETTLED = "settled"
    SETTLE_FAILED = "settle_failed"  # a transient database error: try again later
    RELEASED = "released"
    RELEASE_FAILED = "release_failed"  # a transient database error: try again later
    VEHICLE_LEFT = "vehicle_left"
    TIMEOUT = "timeout"  # the deadline of the state passed
    PUMP_OFFLINE = "pump_offline"
    ACTION_FAILED = "action_failed"  # an action raised: the lane takes the safe way out
    RECOVERED_AUTHORISED = "recovered_authorised"  # after a restart: the pump still waits for the nozzle
    RECOVERED_FILLING = "recovered_filling"  # after a restart: fuel is flowing, or the pump cannot say yet
    RECOVERED_FINISHED = "recovered_finished"  # after a restart: the pump finished meanwhile and holds the figures


class Action(StrEnum):
    DECIDE = "decide"  # → DECIDED_GREEN (reserved) | DECIDED_RED | DECIDED_AMBER
    RESERVE = "reserve"  # the cashier's authorisation → RESERVED | RESERVE_FAILED
    AUTHORISE_PUMP = "authorise_pump"  # → PUMP_AUTHORISED | AUTHORISE_FAILED
    MARK_FILLING = "mark_filling"
    RECORD_PROGRESS = "record_progress"
    READ_FIGURES = "read_figures"  # ask the pump for its figures → PUMP_FINISHED when it has finished
    SETTLE = "settle"  # debit and queue the charge → SETTLED | SETTLE_FAILED
    STOP_PUMP = "stop_pump"
    RELEASE = "release"  # once the pump is locked: cancel the filling, free the money → RELEASED | RELEASE_FAILED
    NEXT_VEHICLE = "next_vehicle"  # the plate that made the lane let go, decided now → PLATE
    RESTORE = "restore"  # take back the filling a restart found open
    LIGHT_GREEN = "light_green"
    LIGHT_RED = "light_red"
    LIGHT_AMBER = "light_amber"
    LIGHTS_OFF = "lights_off"
    WARN_OTHER_PLATE = "warn_other_plate"
    WARN_PUMP_OFFLINE = "warn_pump_offline"
    WARN_SETTLING = "warn_settling"
    WARN_ACTION_FAILED = "warn_action_failed"
    CLEAR = "clear"  # forget the plate and decision


#: Actions that report their outcome as the next event; each ends its list.
REPORTING = {
    Action.DECIDE, Action.RESERVE, Action.AUTHORISE_PUMP, Action.READ_FIGURES, Action.SETTLE, Action.RELEASE,
    Action.NEXT_VEHICLE,
}

S, E, A = State, Event, Action

_DECIDE = (A.DECIDE,)
# The pump may be authorised: lock it, then free the money (in RELEASING, until the database takes it).
_GIVE_UP = (A.STOP_PUMP, A.LIGHTS_OFF, A.RELEASE)
_FORGET = (A.LIGHTS_OFF, A.CLEAR)
_AUTHORISE = (A.LIGHT_GREEN, A.AUTHORISE_PUMP)

TRANSITIONS: dict[tuple[State, Event], tuple[State, tuple[Action, ...]]] = {
    # A vehicle arrives, or a better read or the cashier's correction replaces the one shown.
    (S.IDLE, E.PLATE): (S.IDENTIFIED, _DECIDE),
    (S.RED, E.PLATE): (S.IDENTIFIED, _DECIDE),
    (S.AMBER, E.PLATE): (S.IDENTIFIED, _DECIDE),
    (S.IDENTIFIED, E.DECIDED_GREEN): (S.GREEN, _AUTHORISE),
    (S.IDENTIFIED, E.DECIDED_RED): (S.RED, (A.LIGHT_RED,)),
    (S.IDENTIFIED, E.DECIDED_AMBER): (S.AMBER, (A.LIGHT_AMBER,)),
    (S.IDENTIFIED, E.ACTION_FAILED): (S.AMBER, (A.WARN_ACTION_FAILED, A.LIGHT_AMBER)),  # the cashier decides
    (S.IDENTIFIED, E.TIMEOUT): (S.AMBER, (A.LIGHT_AMBER,)),
    # The cashier's word on a red or amber lane (a red one needs a manager: checked with the command).
    (S.AMBER, E.CASHIER_AUTHORISE): (S.GREEN, (A.RESERVE,)),
    (S.RED, E.CASHIER_AUTHORISE): (S.GREEN, (A.RESERVE,)),
    (S.GREEN, E.RESERVED): (S.GREEN, _AUTHORISE),
    (S.GREEN, E.RESERVE_FAILED): (S.AMBER, (A.LIGHT_AMBER,)),
    (S.AMBER, E.CASHIER_DENY): (S.RED, (A.LIGHT_RED,)),
    (S.RED, E.VEHICLE_LEFT): (S.IDLE, _FORGET),
    (S.RED, E.TIMEOUT): (S.IDLE, _FORGET),
    (S.RED, E.CASHIER_STOP): (S.IDLE, _FORGET),
    (S.RED, E.EMERGENCY_STOP): (S.IDLE, _FORGET),
    (S.AMBER, E.VEHICLE_LEFT): (S.IDLE, _FORGET),
    (S.AMBER, E.TIMEOUT): (S.IDLE, _FORGET),
    (S.AMBER, E.CASHIER_STOP): (S.IDLE, _FORGET),
    (S.AMBER, E.EMERGENCY_STOP): (S.IDLE, _FORGET),
    (S.IDENTIFIED, E.EMERGENCY_STOP): (S.IDLE, _FORGET),
    # Authorising the pump.
    (S.GREEN, E.PUMP_AUTHORISED): (S.AUTHORISED, ()),
    (S.GREEN, E.AUTHORISE_FAILED): (S.RELEASING, _GIVE_UP),
    (S.GREEN, E.ACTION_FAILED): (S.RELEASING, (A.WARN_ACTION_FAILED, *_GIVE_UP)),
    (S.GREEN, E.TIMEOUT): (S.RELEASING, _GIVE_UP),
    (S.GREEN, E.CASHIER_STOP): (S.RELEASING, _GIVE_UP),
    (S.GREEN, E.EMERGENCY_STOP): (S.RELEASING, _GIVE_UP),
    (S.GREEN, E.VEHICLE_LEFT): (S.RELEASING, _GIVE_UP),
    # Waiting for the nozzle: a vehicle that leaves, or another one at the pump, loses the authorisation.
    (S.AUTHORISED, E.NOZZLE_OUT): (S.FILLING, (A.MARK_FILLING,)),
    (S.AUTHORISED, E.PROGRESS): (S.FILLING, (A.MARK_FILLING, A.RECORD_PROGRESS)),
    (S.AUTHORISED, E.PUMP_FINISHED): (S.COMPLETED, (A.SETTLE,)),
    (S.AUTHORISED, E.TIMEOUT): (S.RELEASING, _GIVE_UP),
    (S.AUTHORISED, E.VEHICLE_LEFT): (S.RELEASING, _GIVE_UP),
    (S.AUTHORISED, E.OTHER_PLATE): (S.RELEASING, (A.WARN_OTHER_PLATE, *_GIVE_UP)),  # then the new car is decided
    (S.AUTHORISED, E.CASHIER_STOP): (S.RELEASING, _GIVE_UP),
    (S.AUTHORISED, E.EMERGENCY_STOP): (S.RELEASING, _GIVE_UP),
    (S.AUTHORISED, E.ACTION_FAILED): (S.RELEASING, (A.WARN_ACTION_FAILED, *_GIVE_UP)),
    (S.AUTHORISED, E.PUMP_OFFLINE): (S.AUTHORISED, (A.WARN_PUMP_OFFLINE,)),
    # Fuel flowing: only the pump ends a filling; its memory keeps the figures through anything.
    (S.FILLING, E.NOZZLE_OUT): (S.FILLING, ()),
    (S.FILLING, E.PROGRESS): (S.FILLING, (A.RECORD_PROGRESS,)),
    (S.FILLING, E.PUMP_FINISHED): (S.COMPLETED, (A.SETTLE,)),
    (S.FILLING, E.CASHIER_STOP): (S.FILLING, (A.STOP_PUMP,)),  # the pump then reports the end
    (S.FILLING, E.EMERGENCY_STOP): (S.FILLING, (A.STOP_PUMP,)),
    (S.FILLING, E.PUMP_OFFLINE): (S.FILLING, (A.WARN_PUMP_OFFLINE,)),
    (S.FILLING, E.OTHER_PLATE): (S.FILLING, (A.WARN_OTHER_PLATE,)),  # the next car queueing: the nozzle is in this one
    (S.FILLING, E.TIMEOUT): (S.FILLING, (A.READ_FIGURES,)),  # a missed end of filling is asked for
    (S.FILLING, E.ACTION_FAILED): (S.FILLING, (A.WARN_ACTION_FAILED,)),
    # Settling: never given up, never cancelled for want of a database.
    (S.COMPLETED, E.SETTLED): (S.IDLE, _FORGET),
    (S.COMPLETED, E.SETTLE_FAILED): (S.SETTLING, (A.WARN_SETTLING,)),
    (S.COMPLETED, E.ACTION_FAILED): (S.SETTLING, (A.WARN_SETTLING,)),
    (S.COMPLETED, E.TIMEOUT): (S.COMPLETED, (A.SETTLE,)),
    (S.SETTLING, E.TIMEOUT): (S.COMPLETED, (A.SETTLE,)),
    # Letting go: the pump is locked; the money is freed once the database takes it.
    (S.RELEASING, E.RELEASED): (S.IDLE, (A.CLEAR, A.NEXT_VEHICLE)),
    (S.RELEASING, E.RELEASE_FAILED): (S.RELEASING, ()),
    (S.RELEASING, E.ACTION_FAILED): (S.RELEASING, (A.WARN_ACTION_FAILED,)),
    (S.RELEASING, E.TIMEOUT): (S.RELEASING, (A.STOP_PUMP, A.RELEASE)),  # the pump first, again
    # Fuel flowed after all (an authorisation the pump confirmed too late to hear): it is
    # this filling's, followed and settled like any other.
    (S.RELEASING, E.NOZZLE_OUT): (S.FILLING, (A.MARK_FILLING,)),
    (S.RELEASING, E.PROGRESS): (S.FILLING, (A.MARK_FILLING, A.RECORD_PROGRESS)),
    (S.RELEASING, E.PUMP_FINISHED): (S.COMPLETED, (A.SETTLE,)),
    # After a restart, the filling the database holds open, told by the pump's own memory.
    (S.IDLE, E.RECOVERED_AUTHORISED): (S.AUTHORISED, (A.RESTORE,)),
    (S.IDLE, E.RECOVERED_FILLING): (S.FILLING, (A.RESTORE,)),
    (S.IDLE, E.RECOVERED_FINISHED): (S.COMPLETED, (A.RESTORE, A.SETTLE)),
}

#: States that wait with a deadline, and which rule sets it.
TIMED_STATES = {
    S.IDENTIFIED: "decision",
    S.RED: "clear",
    S.AMBER: "clear",
    S.GREEN: "authorise",
    S.AUTHORISED: "nozzle",
    S.FILLING: "figures",
    S.COMPLETED: "settle",
    S.SETTLING: "retry",
    S.RELEASING: "retry",
}


def next_step(state: State, event: Event) -> tuple[State, tuple[Action, ...]] | None:
    return TRANSITIONS.get((state, event))
