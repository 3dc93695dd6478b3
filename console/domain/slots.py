"""Duty slots: which phone answers for a vehicle at a moment of the local day.

A slot is [start, end) in minutes of the station's local day.  An end at or
before the start wraps past midnight, so 22:00-06:00 covers the night.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.timeutil import MINUTES_PER_DAY, format_hhmm, parse_hhmm


@dataclass(frozen=True, slots=True)
class Slot:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start < MINUTES_PER_DAY and 0 < self.end <= MINUTES_PER_DAY):
            raise ValueError(f"slot {self.start}-{self.end} is outside the day")
        if self.start == self.end:
            raise ValueError(f"slot {self} is empty: start and end are the same time")

    @classmethod
    def parse(cls, text: str) -> Slot:
        """'22:00-06:00' → Slot(1320, 360).  24:00 may end a slot."""
        try:
            start_text, end_text = text.split("-")
        except ValueError:
            raise ValueError(f"{text!r} is not a slot: use HH:MM-HH:MM such as 08:00-16:00") from None
        start, end = parse_hhmm(start_text), parse_hhmm(end_text)
        if start == MINUTES_PER_DAY:
            start = 0
        if end == 0:
            end = MINUTES_PER_DAY
        return cls(start, end)

    @property
    def wraps(self) -> bool:
        return self.end < self.start

    def intervals(self) -> tuple[tuple[int, int], ...]:
        if self.wraps:
            return ((self.start, MINUTES_PER_DAY), (0, self.end))
        return ((self.start, self.end),)

    def contains(self, minute: int) -> bool:
        return any(lo <= minute < hi for lo, hi in self.intervals())

    def overlaps(self, other: Slot) -> bool:
        return any(
            lo < other_hi and other_lo < hi
            for lo, hi in self.intervals()
            for other_lo, other_hi in other.intervals()
        )

    def __str__(self) -> str:
        return f"{format_hhmm(self.start)}-{format_hhmm(self.end)}"
