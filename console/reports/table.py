"""The one shape every report has, so each export format and the window show any report the same way.

A column's `key` is stable in every language (CSV and JSON headers, xlsx header
row); its `title` is English source text that the window translates in the
"Report" context.  Values are exact: money in int fen, litres and distances in
Decimal, times as aware datetimes in UTC.  Nothing in a report is a float.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Callable

from sqlalchemy import Engine


class Kind(StrEnum):
    TEXT = "text"
    FEN = "fen"  # int fen, shown as yuan with two decimals
    LITRES = "litres"  # Decimal, three decimals
    KM = "km"  # Decimal distance (or engine hours, the column title says which)
    DECIMAL = "decimal"  # any other exact figure (L/100 km, a ratio)
    INT = "int"
    DATETIME = "datetime"  # aware datetime, shown in the station's zone
    DATE = "date"


@dataclass(frozen=True)
class Column:
    key: str  # snake_case, English, never translated
    title: str  # English source text; ui translates it in the "Report" context
    kind: Kind = Kind.TEXT


Value = str | int | Decimal | datetime | date | uuid.UUID | None


@dataclass(frozen=True)
class Note:
    """A line under the table that carries figures: English source text with %1, %2… for its
    values, so the window and the exports translate the sentence and keep the figures."""

    text: str
    args: tuple[str, ...] = ()


def note_text(note: str | Note, words: Callable[[str], str] = lambda s: s) -> str:
    """A note in the words given (the identity: English), its values put in."""
    if isinstance(note, str):
        return words(note)
    out = words(note.text)
    for n in range(len(note.args), 0, -1):  # %10 before %1
        out = out.replace(f"%{n}", note.args[n - 1])
    return out


def note_source(note: str | Note) -> str:
    """What a translation looks up: the sentence, without its values."""
    return note if isinstance(note, str) else note.text


@dataclass(frozen=True)
class Report:
    name: str  # vehicles, drivers, places, exceptions, shift, day
    title: str  # English source text, translated in the "Report" context
    columns: tuple[Column, ...]
    rows: list[tuple[Value, ...]]
    totals: tuple[Value, ...] | None = None  # one row under the table, None where a total means nothing
    params: dict[str, Any] = field(default_factory=dict)  # what it was asked for: from, to, vehicle, station…
    notes: list[str | Note] = field(default_factory=list)  # English lines under the table (a mismatch, a partial fill)

    def records(self) -> list[dict[str, Value]]:
        """The rows keyed by column key (JSON, tests)."""
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row)) for row in self.rows]


@dataclass(frozen=True)
class ReportFilter:
    since: datetime | None = None  # aware, inclusive
    until: datetime | None = None  # aware, exclusive
    vehicle: str | None = None  # a normalised plate
    zone: str = "Asia/Shanghai"  # the station's zone: days and slots are local
    shift_id: uuid.UUID | None = None  # report shift: one shift (default: the last closed)
    day: date | None = None  # report day


@dataclass(frozen=True)
class Source:
    """Where a report reads: this station's SQLite, or head office's PostgreSQL across the chain."""

    engine: Engine
    central: bool = False
    station_id: str | None = None  # at a station: its id; at central: None for the whole chain, or one station
