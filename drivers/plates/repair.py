"""Turn an engine's raw text into a scored plate: repair only what the standard forbids.

A repair is made only where GA 36 leaves no choice (an O in the serial part
can only be a 0; the authority place holds a letter, so a 0 there is a D or a
Q): a character the standard allows is never changed, however unlikely.  Each
repair lowers the read's confidence and is noted, so the lane can show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from drivers.plates.syntax import (
    PROVINCES,
    InvalidPlate,
    PlateKind,
    Region,
    clean,
    normalize_plate,
)

#: Digit read where a letter must stand -> the letter it most resembles.
DIGIT_TO_LETTER = {"0": "D", "1": "J", "2": "Z", "5": "S", "6": "G", "8": "B", "4": "A", "7": "T"}
#: How much a character's confidence is scaled by each kind of repair.
CERTAIN_REPAIR = 0.9  # the standard leaves one possibility (O -> 0, I -> 1)
GUESSED_REPAIR = 0.5  # a lookalike chosen among several (0 -> D rather than Q)
#: Confidence given to characters when the engine reports none.
UNKNOWN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class Scored:
    text: str
    kind: PlateKind
    valid: bool
    confidence: float
    char_confidences: tuple[float, ...]
    repairs: tuple[str, ...]


def score(raw: str, char_confidences: tuple[float, ...] = (), region: Region = Region.CN) -> Scored:
    """Validate, repair and score one raw read."""
    region = Region(region)
    text = clean(raw)
    confs = (
        list(char_confidences)
        if len(char_confidences) == len(text)
        else [UNKNOWN_CONFIDENCE] * len(text)
    )
    repairs: list[str] = []
    if region is Region.CN and len(text) >= 2 and text[0] in PROVINCES:
        text, confs = _repair_cn(text, confs, repairs)
    try:
        plate = normalize_plate(text, region)
    except InvalidPlate:
        return Scored(
            text,
            PlateKind.GENERIC if region is Region.GENERIC else PlateKind.STANDARD,
            False,
            min(confs, default=0.0) * GUESSED_REPAIR,
            tuple(confs),
            tuple(repairs),
        )
    if plate.text != text and len(plate.text) == len(text):
        # normalize_plate itself mapped O/I in the serial part: certain repairs.
        for i, (a, b) in enumerate(zip(text, plate.text, strict=True)):
            if a != b:
                confs[i] *= CERTAIN_REPAIR
                repairs.append(f"{a}→{b} at {i + 1}")
    return Scored(
        plate.text, plate.kind, True, min(confs, default=0.0), tuple(confs), tuple(repairs)
    )


def _repair_cn(text: str, confs: list[float], repairs: list[str]) -> tuple[str, list[float]]:
    chars = list(text)
    letter = chars[1]
    if letter in DIGIT_TO_LETTER:
        chars[1] = DIGIT_TO_LETTER[letter]
        confs[1] *= GUESSED_REPAIR
        repairs.append(f"{letter}→{chars[1]} at 2 (a letter must stand here)")
    return "".join(chars), confs
