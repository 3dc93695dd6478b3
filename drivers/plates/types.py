"""Typed results of plate recognition."""

from __future__ import annotations

from dataclasses import dataclass, field

from drivers.plates.colour import PlateColour
from drivers.plates.syntax import PlateKind, Region

#: (x, y, w, h) in pixels of the image that was read.
Box = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class PlateRead:
    """One plate read from one image.

    ``text`` is normalised (see ``syntax.normalize_plate``) when ``valid``;
    otherwise it is the raw text, kept so an operator can see what was read.
    ``confidence`` is the weakest character's confidence (0-1), lowered for
    every character repaired by rule.
    """

    text: str
    confidence: float
    box: Box
    kind: PlateKind
    engine: str
    ms: float
    char_confidences: tuple[float, ...] = ()
    region: Region = Region.CN
    valid: bool = True
    #: Raw engine text before repair.
    raw: str = ""
    #: Human-readable notes of every repair made ("O→0 at 4").
    repairs: tuple[str, ...] = field(default=())
    #: The plate's background colour, where the plate itself was seen (a
    #: detected plate, not a row of characters cut out of the frame).
    colour: PlateColour = PlateColour.UNKNOWN
    #: Character rows on the plate: 2 for the rear plates of large vehicles.
    rows: int = 1
    #: How the plate was found: "detector" (the trained plate detector),
    #: "rows" (the character-row search), "patch" (a dense-edge patch), "crop".
    found_by: str = "crop"

    def to_json(self) -> dict[str, object]:
        return {
            "plate": self.text,
            "confidence": round(self.confidence, 4),
            "box": list(self.box),
            "kind": str(self.kind),
            "engine": self.engine,
            "ms": round(self.ms, 2),
            "valid": self.valid,
            "char_confidences": [round(c, 4) for c in self.char_confidences],
            "repairs": list(self.repairs),
            "colour": str(self.colour),
            "rows": self.rows,
            "found_by": self.found_by,
        }


class EngineUnavailable(RuntimeError):
    """An engine's runtime (model file, Tesseract binary, font) is missing."""


class UnknownEngine(KeyError):
    """No engine is registered under the name asked for."""
