"""Closed-set matching: resolve a doubtful read against the station's registered plates.

Recognition only has to pick the right *registered* plate.  A read one
character away from exactly one registered plate, where that character was
read with low confidence, resolves to it; the reason is kept for the record.
Anything else (two candidates, a confident difference, two differences)
stays as read and is flagged for the operator: guessing there could charge
the wrong card.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from drivers.plates.syntax import InvalidPlate, Region, clean, normalize_plate
from drivers.plates.types import PlateRead

#: A character read below this confidence may be replaced by a registered one.
DOUBTFUL = 0.9
#: A resolved plate's confidence is at most this: a person may want to look.
RESOLVED_CEILING = 0.85


@dataclass(frozen=True, slots=True)
class Match:
    plate: str
    read: str
    registered: bool
    resolved: bool
    flagged: bool
    confidence: float
    reason: str


class PlateIndex(Protocol):
    """Where the registered plates are looked up (in memory, or a database)."""

    def __contains__(self, plate: object) -> bool: ...

    def near(self, text: str) -> dict[str, int]:
        """Registered plates one character away from ``text``, with the
        0-based place of the differing character."""
        ...


def match_read(index: PlateIndex, read: PlateRead, doubtful: float = DOUBTFUL) -> Match:
    """Resolve a read against the registered plates of ``index``."""
    text = read.text
    if text in index:
        return Match(text, text, True, False, False, read.confidence, "registered")
    confs = read.char_confidences if len(read.char_confidences) == len(text) else (0.0,) * len(text)
    near = index.near(text)
    if not near:
        return _as_read(read, "not registered")
    if len(near) > 1:
        names = ", ".join(sorted(near))
        return _as_read(
            read, f"one character away from {len(near)} registered plates ({names}): not resolved"
        )
    ((plate, i),) = near.items()
    if confs[i] >= doubtful:
        return _as_read(
            read,
            f"one character from {plate} at place {i + 1}, but {text[i]} was read "
            f"with confidence {confs[i]:.2f}: not resolved",
        )
    others = [c for k, c in enumerate(confs) if k != i]
    confidence = min(min(others, default=read.confidence), RESOLVED_CEILING)
    return Match(
        plate,
        text,
        True,
        True,
        False,
        confidence,
        f"read {text}: place {i + 1} '{text[i]}' (confidence {confs[i]:.2f}) taken as "
        f"'{plate[i]}' of {plate}, the only registered plate one character away",
    )


def _as_read(read: PlateRead, reason: str) -> Match:
    """Not resolved: the plate stays as read and is flagged for the operator."""
    return Match(read.text, read.text, False, False, True, read.confidence, reason)


def one_away(text: str, plate: str) -> int | None:
    """The place where ``plate`` differs from ``text`` if it differs in exactly one."""
    if len(plate) != len(text):
        return None
    places = [i for i, (a, b) in enumerate(zip(text, plate, strict=True)) if a != b]
    return places[0] if len(places) == 1 else None


class RegisteredPlates:
    """Registered plates held in memory, for a few thousand plates or tests;
    a station's database answers the same questions through its indexes."""

    def __init__(self, plates: Iterable[str], region: Region | str = Region.CN) -> None:
        self.region = Region(region)
        self._plates: set[str] = set()
        self._masked: dict[str, list[str]] = defaultdict(list)
        for p in plates:
            self.add(p)

    def add(self, plate: str) -> None:
        try:
            text = normalize_plate(plate, self.region).text
        except InvalidPlate:
            text = clean(plate)
        if text in self._plates:
            return
        self._plates.add(text)
        for i in range(len(text)):
            self._masked[_mask(text, i)].append(text)

    def __contains__(self, plate: object) -> bool:
        return plate in self._plates

    def __len__(self) -> int:
        return len(self._plates)

    def near(self, text: str) -> dict[str, int]:
        return {
            plate: i for i in range(len(text)) for plate in self._masked.get(_mask(text, i), ())
        }

    def match(self, read: PlateRead, doubtful: float = DOUBTFUL) -> Match:
        return match_read(self, read, doubtful)


def _mask(text: str, i: int) -> str:
    return text[:i] + "\0" + text[i + 1 :]
