"""How a lane's state looks: a colour, a shape and a word, so no one needs to tell red from green."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon, QPixmap

from console.lanes.states import State
from console.resources import resources_dir

ICONS = resources_dir() / "icons"


@dataclass(frozen=True)
class Look:
    background: str
    foreground: str
    icon: str


# Okabe-Ito–leaning colours; the icon shape carries the meaning for those who cannot see the hue.
LOOKS: dict[State, Look] = {
    State.IDLE: Look("#607D8B", "#FFFFFF", "idle"),
    State.IDENTIFIED: Look("#0072B2", "#FFFFFF", "identified"),
    State.RED: Look("#C62828", "#FFFFFF", "red"),
    State.AMBER: Look("#F0B400", "#000000", "amber"),
    State.GREEN: Look("#1B7F3B", "#FFFFFF", "green"),
    State.AUTHORISED: Look("#1B7F3B", "#FFFFFF", "authorised"),
    State.FILLING: Look("#005A9C", "#FFFFFF", "filling"),
    State.COMPLETED: Look("#4A148C", "#FFFFFF", "completed"),
    State.SETTLING: Look("#4A148C", "#FFFFFF", "completed"),
    State.RELEASING: Look("#607D8B", "#FFFFFF", "idle"),
}


def state_label(state: State | str) -> str:
    return {
        State.IDLE: QCoreApplication.translate("LaneState", "Waiting for a vehicle"),
        # Not an engine state: the camera reads a plate the lane has not been handed yet.
        "reading": QCoreApplication.translate("LaneState", "Reading the plate"),
        "estop": QCoreApplication.translate("LaneState", "Emergency stop"),
        State.IDENTIFIED: QCoreApplication.translate("LaneState", "Checking plate"),
        State.RED: QCoreApplication.translate("LaneState", "Refused"),
        State.AMBER: QCoreApplication.translate("LaneState", "Cashier needed"),
        State.GREEN: QCoreApplication.translate("LaneState", "Approved"),
        State.AUTHORISED: QCoreApplication.translate("LaneState", "Lift the nozzle"),
        State.FILLING: QCoreApplication.translate("LaneState", "Filling"),
        State.COMPLETED: QCoreApplication.translate("LaneState", "Settling"),
        State.SETTLING: QCoreApplication.translate("LaneState", "Settling, retrying"),
        State.RELEASING: QCoreApplication.translate("LaneState", "Releasing the money held"),
    }[state]


def reason_label(reason: str) -> str:
    return {
        "balance_ok": QCoreApplication.translate("LaneState", "balance OK"),
        "balance_too_low": QCoreApplication.translate("LaneState", "balance too low"),
        "unknown_plate": QCoreApplication.translate("LaneState", "plate not registered"),
        "low_confidence": QCoreApplication.translate("LaneState", "plate unsure"),
        "card_blocked": QCoreApplication.translate("LaneState", "card blocked"),
        "plate_in_use": QCoreApplication.translate("LaneState", "plate already at another pump"),
        "emergency_stop": QCoreApplication.translate("LaneState", "emergency stop"),
        "recovered": QCoreApplication.translate("LaneState", "resumed after a restart"),
    }.get(reason, reason)


#: Pump states that only remember the last filling: to the cashier the pump is free.
_BETWEEN_FILLINGS = frozenset({"reset", "filling_completed", "max_reached"})


def pump_status_label(status: str | None, online: bool, lane_has_filling: bool = True) -> str:
    """What the pump is doing, in words; a pump that shows its last filling while its
    lane waits for the next vehicle is free, whatever DART calls its state."""
    if not online:
        return QCoreApplication.translate("LaneState", "offline")
    if status in _BETWEEN_FILLINGS and not lane_has_filling:
        return QCoreApplication.translate("LaneState", "free")
    return {
        None: QCoreApplication.translate("LaneState", "online"),
        "not_programmed": QCoreApplication.translate("LaneState", "not programmed"),
        "reset": QCoreApplication.translate("LaneState", "idle"),
        "authorised": QCoreApplication.translate("LaneState", "authorised"),
        "filling": QCoreApplication.translate("LaneState", "filling"),
        "filling_completed": QCoreApplication.translate("LaneState", "finished"),
        "max_reached": QCoreApplication.translate("LaneState", "preset reached"),
        "switched_off": QCoreApplication.translate("LaneState", "switched off"),
        "suspended": QCoreApplication.translate("LaneState", "suspended"),
    }.get(status, status or "")


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


@lru_cache(maxsize=None)
def pixmap(name: str, size: int) -> QPixmap:
    return icon(name).pixmap(QSize(size, size))
