"""A gate lane's states, the events that move it and what it does on the way: one table.

An entry gate lets a registered or permitted vehicle in and opens its stay; an
exit gate finds the stay, takes the fee and lets it out; a toll gate takes a
fixed fee at one pass.  Whatever needs a person (an unknown plate, no stay, a
card that cannot pay, a doubtful read, a blacklisted plate, a second entry)
waits in AMBER for the booth, which opens by hand with a reason, takes the fee
another way, corrects the plate or lets the vehicle turn away.  The barrier
opens only after the money is settled, and closes only by the barrier's own
rule (never on a vehicle: drivers/signals/barrier.py).
"""

from __future__ import annotations

from enum import StrEnum


class GateState(StrEnum):
    IDLE = "idle"  # barrier down, nobody at the gate
    DECIDING = "deciding"  # a plate was read: is it let through, for how much?
    CHARGING = "charging"  # the fee is being taken and the stay closed
    AMBER = "amber"  # the booth decides
    OPEN = "open"  # barrier up, the vehicle passing


class GateEvent(StrEnum):
    PLATE = "plate"
    LET_IN = "let_in"  # entry: registered, pass, whitelist
    TO_PAY = "to_pay"  # exit or toll: a fee to take
    FREE = "free"  # exit within the free time, a pass, or paid moments ago
    ASK = "ask"  # the booth must decide
    PAID = "paid"
    CANNOT_PAY = "cannot_pay"
    BOOTH_OPEN = "booth_open"  # opened by hand, with a reason (entry: a stay is opened)
    BOOTH_PAID = "booth_paid"  # the fee taken another way (cash, a QR code at the booth)
    PASSED = "passed"  # the vehicle has cleared the loop
    VEHICLE_LEFT = "vehicle_left"  # turned away without passing
    TIMEOUT = "timeout"
    BARRIER_FAILED = "barrier_failed"


class GateAction(StrEnum):
    DECIDE = "decide"
    OPEN_STAY = "open_stay"
    CHARGE = "charge"
    CLOSE_STAY_FREE = "close_stay_free"
    CLOSE_STAY_BY_HAND = "close_stay_by_hand"
    RAISE_BARRIER = "raise_barrier"
    ASK_BOOTH = "ask_booth"
    FORGET = "forget"


S, E, A = GateState, GateEvent, GateAction

TRANSITIONS: dict[tuple[GateState, GateEvent], tuple[GateState, tuple[GateAction, ...]]] = {
    (S.IDLE, E.PLATE): (S.DECIDING, (A.DECIDE,)),
    (S.DECIDING, E.LET_IN): (S.OPEN, (A.OPEN_STAY, A.RAISE_BARRIER)),
    (S.DECIDING, E.TO_PAY): (S.CHARGING, (A.CHARGE,)),
    (S.DECIDING, E.FREE): (S.OPEN, (A.CLOSE_STAY_FREE, A.RAISE_BARRIER)),
    (S.DECIDING, E.ASK): (S.AMBER, (A.ASK_BOOTH,)),
    (S.DECIDING, E.TIMEOUT): (S.IDLE, (A.FORGET,)),
    (S.CHARGING, E.PAID): (S.OPEN, (A.RAISE_BARRIER,)),
    (S.CHARGING, E.CANNOT_PAY): (S.AMBER, (A.ASK_BOOTH,)),
    (S.AMBER, E.PLATE): (S.DECIDING, (A.DECIDE,)),  # a corrected plate, or the next read
    (S.AMBER, E.BOOTH_OPEN): (S.OPEN, (A.OPEN_STAY, A.RAISE_BARRIER)),
    (S.AMBER, E.BOOTH_PAID): (S.OPEN, (A.CLOSE_STAY_BY_HAND, A.RAISE_BARRIER)),
    (S.AMBER, E.VEHICLE_LEFT): (S.IDLE, (A.FORGET,)),
    (S.AMBER, E.TIMEOUT): (S.IDLE, (A.FORGET,)),
    (S.OPEN, E.PASSED): (S.IDLE, (A.FORGET,)),
    (S.OPEN, E.VEHICLE_LEFT): (S.IDLE, (A.FORGET,)),
    (S.OPEN, E.TIMEOUT): (S.IDLE, (A.FORGET,)),  # the barrier closes itself once the loop is clear
    (S.OPEN, E.BARRIER_FAILED): (S.AMBER, (A.ASK_BOOTH,)),  # paid, but the barrier did not move: open by hand
}

#: How long each state may last before the lane gives up waiting, in seconds.
DEADLINES = {S.DECIDING: 10.0, S.CHARGING: 30.0, S.AMBER: 300.0, S.OPEN: 60.0}


def next_step(state: GateState, event: GateEvent) -> tuple[GateState, tuple[GateAction, ...]] | None:
    return TRANSITIONS.get((state, event))
