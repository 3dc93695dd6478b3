"""A plate a person types, checked as they type: valid or not, and which kind of plate."""

from __future__ import annotations

from dataclasses import dataclass

from drivers.plates.syntax import PROVINCES, SUFFIXES, InvalidPlate, Plate, PlateKind, Region, typed_plate

__all__ = ["PROVINCES", "SUFFIXES", "PlateKind", "TypedPlate", "check_typed"]


@dataclass(frozen=True)
class TypedPlate:
    text: str
    plate: Plate | None  # None: not a plate of the station's region
    problem: str | None = None  # the syntax check's reason, for the log and the detail

    @property
    def valid(self) -> bool:
        return self.plate is not None


def check_typed(raw: str, region: Region | str) -> TypedPlate:
    """The same check the engine applies to a corrected plate, so the dialog never
    offers what the lane would refuse."""
    text = raw.strip().upper()
    try:
        return TypedPlate(text, typed_plate(text, region))
    except InvalidPlate as exc:
        return TypedPlate(text, None, str(exc))
