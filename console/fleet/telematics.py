"""Importing odometer readings from a telematics feed: a CSV of plate, at, odometer.

Each line becomes the reading of that plate's filling nearest in time, within a
window (`[fleet] telematics_match_minutes`).  A line's reading id is made from
the line itself (plate, time, value), so importing a file again — or a feed
that repeats lines — takes nothing twice.  Every line not taken is reported
with why: unmatched (no filling of the plate near that time), refused (the
monotonic check, with the neighbouring reading), or not readable.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Iterable
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from console.fleet import odometer
from console.store.db import Store
from console.store.fleet_models import OdometerReading, ReadingSource
from console.store.models import Filling, FillingStatus
from drivers.plates.syntax import InvalidPlate, normalize_plate

COLUMNS = ("plate", "at", "odometer")
# Line ids live in their own namespace, so no other reading can take one.
_NAMESPACE = uuid.UUID("6b0e4a52-1f0c-5d7e-9a31-5c2f8e7d4b10")


class Outcome:
    TAKEN = "taken"
    ALREADY = "already"  # imported before: nothing written
    UNMATCHED = "unmatched"  # no filling of the plate within the window
    REFUSED = "refused"  # the monotonic check (code odometer_below_last / odometer_above_next)
    BAD = "bad"  # the line cannot be read


@dataclass(frozen=True)
class Line:
    number: int  # the file's line number (the header is line 1)
    plate: str
    at: datetime | None
    value: str
    outcome: str
    code: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    filling_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ImportResult:
    lines: list[Line]

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def not_taken(self) -> list[Line]:
        return [line for line in self.lines if line.outcome not in (Outcome.TAKEN, Outcome.ALREADY)]


def line_id(plate: str, at: datetime, value: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{plate}|{at.isoformat()}|{value}")


def _parse_time(text: str, zone: ZoneInfo) -> datetime:
    at = datetime.fromisoformat(text.strip())
    return at.replace(tzinfo=zone) if at.tzinfo is None else at  # a time without a zone is the station's


def read_csv(text: str) -> Iterable[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise odometer.ReadingRefused(f"the CSV needs the columns {', '.join(COLUMNS)}; missing {', '.join(missing)}",
                                      missing=missing)
    for row in reader:
        yield reader.line_num, row


def import_csv(store: Store, text: str, *, station_id: str, zone: ZoneInfo, region: str = "cn",
               window_minutes: int = 30, operator: str = "telematics") -> ImportResult:
    """Take every line of a telematics CSV that matches a filling; report the others."""
    window = timedelta(minutes=window_minutes)
    when = func.coalesce(Filling.ended_at, Filling.started_at, Filling.created_at)
    lines: list[Line] = []
    with store.write() as session:
        for number, row in read_csv(text):
            raw_plate, raw_at, raw_value = (row.get(c) or "" for c in COLUMNS)
            try:
                plate = normalize_plate(raw_plate, region).text
                at = _parse_time(raw_at, zone)
                value = odometer.parse_value(raw_value)
            except (InvalidPlate, ValueError, odometer.ReadingRefused) as exc:
                code = getattr(exc, "code", "telematics_bad_line")
                lines.append(Line(number, raw_plate, None, raw_value, Outcome.BAD, code, {"error": str(exc)}))
                continue
            reading_id = line_id(plate, at, str(value))
            if session.get(OdometerReading, reading_id) is not None:
                lines.append(Line(number, plate, at, str(value), Outcome.ALREADY))
                continue
            candidates = session.execute(
                select(Filling.id, when).where(Filling.plate == plate, Filling.status != FillingStatus.CANCELLED,
                                               when.between(at - window, at + window))
            ).all()
            if not candidates:
                lines.append(Line(number, plate, at, str(value), Outcome.UNMATCHED, "telematics_no_filling",
                                  {"window_minutes": window_minutes}))
                continue
            filling_id = min(candidates, key=lambda c: (abs(c[1] - at), c[1]))[0]
            try:
                with session.begin_nested():
                    odometer.record(session, station_id=station_id, filling_id=filling_id, value=value,
                                    source=ReadingSource.TELEMATICS, operator=operator, at=at, reading_id=reading_id)
            except odometer.ReadingRefused as exc:
                lines.append(Line(number, plate, at, str(value), Outcome.REFUSED, exc.code, exc.params, filling_id))
                continue
            lines.append(Line(number, plate, at, str(value), Outcome.TAKEN, filling_id=filling_id))
    return ImportResult(lines)
