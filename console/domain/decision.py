"""The station's decision for an identified vehicle, as pure functions of figures."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Light(StrEnum):
    GREEN = "green"  # authorise the pump
    RED = "red"  # do not fuel
    AMBER = "amber"  # the cashier decides


class Reason(StrEnum):
    BALANCE_OK = "balance_ok"
    BALANCE_TOO_LOW = "balance_too_low"
    UNKNOWN_PLATE = "unknown_plate"
    LOW_CONFIDENCE = "low_confidence"
    CARD_BLOCKED = "card_blocked"
    PLATE_IN_USE = "plate_in_use"  # the same plate holds another pump right now
    EMERGENCY_STOP = "emergency_stop"  # the station is stopped until a manager resets it
    RECOVERED = "recovered"  # a filling a restart found open, taken back as it was authorised


@dataclass(frozen=True, slots=True)
class Decision:
    light: Light
    reason: Reason
    preset_fen: int = 0  # the most the pump may deliver; 0 unless green


def decide_balance(available_fen: int, minimum_fen: int, max_fill_fen: int) -> Decision:
    """Authorise when the available balance reaches the station minimum.

    The preset never exceeds what the card can pay, so a pump cannot run past it.
    """
    if available_fen < minimum_fen or available_fen <= 0:
        return Decision(Light.RED, Reason.BALANCE_TOO_LOW)
    return Decision(Light.GREEN, Reason.BALANCE_OK, min(available_fen, max_fill_fen))
