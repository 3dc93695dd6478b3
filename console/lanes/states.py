"""One lane's life as a table: (state, event) → (next state, actions).

Every path ends back in IDLE: a vehicle that leaves, a nozzle never lifted, a
pump that does not answer, a cashier's stop.  A pair missing from the table is
an event that does not apply in that state; the lane ignores it and says so.
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


class Event(StrEnum):
    PLATE = "plate"  # read by a camera, typed by the cashier or on the pump keypad
    DECIDED_GREEN = "decided_green"
    DECIDED_RED = "decided_red"
    DECIDED_AMBER = "decided_amber"
    CASHIER_AUTHORISE = "cashier_authorise"
    CASHIER_DENY = "cashier_deny"
    PUMP_AUTHORISED = "pump_authorised"
    AUTHORISE_FAILED = "authorise_failed"
    NOZZLE_OUT = "nozzle_out"
    PROGRESS = "progress"
    PUMP_FINISHED = "pump_finished"
    SETTLED = "settled"
    VEHICLE_LEFT = "vehicle_left"
    TIMEOUT = "timeout"  # nozzle never lifted, or a red/amber lane nobody cleared
    PUMP_OFFLINE = "pump_offline"
    CASHIER_STOP = "cashier_stop"


class Action(StrEnum):
    DECIDE = "decide"
    RESERVE = "reserve"  # make the filling durable and hold the money
    AUTHORISE_PUMP = "authorise_pump"
    MARK_FILLING = "mark_filling"
    RECORD_PROGRESS = "record_progress"
    SETTLE = "settle"  # read figures, debit, queue the charge
    STOP_PUMP = "stop_pump"
    RELEASE = "release"  # cancel the filling, free the money
    LIGHT_GREEN = "light_green"
    LIGHT_RED = "light_red"
    LIGHT_AMBER = "light_amber"
    LIGHTS_OFF = "lights_off"
    WARN_OTHER_PLATE = "warn_other_plate"
    WARN_PUMP_OFFLINE = "warn_pump_offline"
    CLEAR = "clear"  # forget the plate and decision


S, E, A = State, Event, Action

# The green decision reserves in its own transaction; a cashier's authorisation reserves here.
_CASHIER_AUTHORISE = (A.RESERVE, A.LIGHT_GREEN, A.AUTHORISE_PUMP)
_GIVE_UP = (A.STOP_PUMP, A.RELEASE, A.LIGHTS_OFF, A.CLEAR)

TRANSITIONS: dict[tuple[State, Event], tuple[State, tuple[Action, ...]]] = {
    (S.IDLE, E.PLATE): (S.IDENTIFIED, (A.DECIDE,)),
    (S.RED, E.PLATE): (S.IDENTIFIED, (A.DECIDE,)),
    (S.AMBER, E.PLATE): (S.IDENTIFIED, (A.DECIDE,)),  # a corrected or better read
    (S.IDENTIFIED, E.DECIDED_GREEN): (S.GREEN, (A.LIGHT_GREEN, A.AUTHORISE_PUMP)),
    (S.IDENTIFIED, E.DECIDED_RED): (S.RED, (A.LIGHT_RED,)),
    (S.IDENTIFIED, E.DECIDED_AMBER): (S.AMBER, (A.LIGHT_AMBER,)),
    (S.AMBER, E.CASHIER_AUTHORISE): (S.GREEN, _CASHIER_AUTHORISE),
    (S.RED, E.CASHIER_AUTHORISE): (S.GREEN, _CASHIER_AUTHORISE),  # a manager's override
    (S.AMBER, E.CASHIER_DENY): (S.RED, (A.LIGHT_RED,)),
    (S.GREEN, E.PUMP_AUTHORISED): (S.AUTHORISED, ()),
    (S.GREEN, E.AUTHORISE_FAILED): (S.IDLE, (A.RELEASE, A.LIGHTS_OFF, A.CLEAR)),
    (S.AUTHORISED, E.NOZZLE_OUT): (S.FILLING, (A.MARK_FILLING,)),
    (S.AUTHORISED, E.PROGRESS): (S.FILLING, (A.MARK_FILLING, A.RECORD_PROGRESS)),
    (S.AUTHORISED, E.PUMP_FINISHED): (S.COMPLETED, (A.SETTLE,)),
    (S.AUTHORISED, E.TIMEOUT): (S.IDLE, _GIVE_UP),
    (S.AUTHORISED, E.VEHICLE_LEFT): (S.IDLE, _GIVE_UP),
    (S.AUTHORISED, E.CASHIER_STOP): (S.IDLE, _GIVE_UP),
    (S.AUTHORISED, E.PUMP_OFFLINE): (S.AUTHORISED, (A.WARN_PUMP_OFFLINE,)),
    (S.AUTHORISED, E.PLATE): (S.AUTHORISED, (A.WARN_OTHER_PLATE,)),
    (S.FILLING, E.NOZZLE_OUT): (S.FILLING, ()),
    (S.FILLING, E.PROGRESS): (S.FILLING, (A.RECORD_PROGRESS,)),
    (S.FILLING, E.PUMP_FINISHED): (S.COMPLETED, (A.SETTLE,)),
    (S.FILLING, E.CASHIER_STOP): (S.FILLING, (A.STOP_PUMP,)),  # the pump then reports the end
    (S.FILLING, E.PUMP_OFFLINE): (S.FILLING, (A.WARN_PUMP_OFFLINE,)),  # its memory keeps the figures
    (S.FILLING, E.PLATE): (S.FILLING, (A.WARN_OTHER_PLATE,)),
    (S.COMPLETED, E.SETTLED): (S.IDLE, (A.LIGHTS_OFF, A.CLEAR)),
    (S.RED, E.VEHICLE_LEFT): (S.IDLE, (A.LIGHTS_OFF, A.CLEAR)),
    (S.RED, E.TIMEOUT): (S.IDLE, (A.LIGHTS_OFF, A.CLEAR)),
    (S.AMBER, E.VEHICLE_LEFT): (S.IDLE, (A.LIGHTS_OFF, A.CLEAR)),
    (S.AMBER, E.TIMEOUT): (S.IDLE, (A.LIGHTS_OFF, A.CLEAR)),
    (S.AMBER, E.CASHIER_STOP): (S.IDLE, (A.LIGHTS_OFF, A.CLEAR)),
    (S.RED, E.CASHIER_STOP): (S.IDLE, (A.LIGHTS_OFF, A.CLEAR)),
    (S.GREEN, E.CASHIER_STOP): (S.IDLE, _GIVE_UP),
}

#: States in which a lane waits with a deadline, and how the deadline is named in the rules.
TIMED_STATES = {S.AUTHORISED: "nozzle", S.RED: "clear", S.AMBER: "clear"}


def next_step(state: State, event: Event) -> tuple[State, tuple[Action, ...]] | None:
    return TRANSITIONS.get((state, event))
