"""What the gate lanes ask of the tariff: a vehicle's class, a stay's fee, a toll, a plate's list.

Kept apart from the tariff itself (a pure function of its rule) so a lane never
reaches into the rule's shape, and the class of a vehicle is decided in one place.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from console.gates import tariff as rule
from drivers.plates.syntax import Plate, PlateKind

#: Yellow plates that are not large vehicles: a learner car's 学, and a trailer's 挂 (priced with its tractor).
_YELLOW_BUT_SMALL = (PlateKind.LEARNER, PlateKind.TRAILER)


def vehicle_class(plate: Plate | None, colour: str = "unknown") -> str:
    """Green new-energy plates get the new-energy classes (told by their text); a large vehicle's
    plate is yellow (GA 36), told only by the colour the camera saw; everything else is small."""
    if plate is not None and plate.kind is PlateKind.NEW_ENERGY_LARGE:
        return "new_energy_large"
    if plate is not None and plate.kind is PlateKind.NEW_ENERGY_SMALL:
        return "new_energy_small"
    if colour == "yellow" and (plate is None or plate.kind not in _YELLOW_BUT_SMALL):
        return "large"
    return "small"


def _class(config, name: str) -> str:
    known = {c.name for c in config.tariff.classes}
    return name if name in known else ("small" if "small" in known else config.tariff.classes[0].name)


def parking(config, class_name: str, entered_at: datetime, exit_at: datetime) -> tuple[int, list[dict[str, Any]]]:
    found = rule.quote(config.tariff, _class(config, class_name), entered_at, exit_at, zone=config.station.zone)
    return found.fee_fen, found.breakdown


def toll(config, class_name: str) -> tuple[int, list[dict[str, Any]]]:
    name = _class(config, class_name)
    fee = rule.toll_fee(config.tariff, name)
    return fee, [{"kind": "toll", "class": name, "fen": fee}]


def listed(config, plate: str, now: datetime) -> str | None:
    return rule.classify(plate, config.tariff, on=now.astimezone(config.station.zone).date())


def grace(config) -> timedelta:
    return timedelta(minutes=config.tariff.grace_minutes)
