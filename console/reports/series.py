"""What the Reports view's charts plot, computed off the GUI thread, exact until drawn.

Litres per grade per local hour come from the station's own fillings (settled or
completed, in the span asked); consumption per vehicle from its full-to-full segments
(console/fleet/queries.py), each shown on the local day of the full fill that ends it;
exceptions per week from the exceptions report's rows.  Sums are Decimal: the window turns them into plot
coordinates only when it draws them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.reports.table import Kind, Report
from console.store.models import Filling, FillingStatus

DISPENSED = (FillingStatus.COMPLETED, FillingStatus.SETTLED)
ZERO = Decimal("0.000")


@dataclass(frozen=True)
class Span:
    since: datetime  # aware, inclusive
    until: datetime  # aware, exclusive
    zone: tzinfo

    def days(self) -> list[date]:
        first = self.since.astimezone(self.zone).date()
        last = (self.until - timedelta(microseconds=1)).astimezone(self.zone).date()
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@dataclass(frozen=True)
class ChartData:
    days: list[date] = field(default_factory=list)
    per_vehicle: dict[str, list[Decimal]] = field(default_factory=dict)  # plate → litres on each of `days`
    per_grade: dict[str, list[Decimal]] = field(default_factory=dict)  # grade → litres in each local hour 0–23
    weeks: list[tuple[date, int]] | None = None  # Monday, exceptions; None when the exceptions report is not available
    # plate → its consumption (L/100 km, or L/h on an hours meter) on each of `days`: the segment
    # ending that day (the day's last), None where no segment ended.
    consumption: dict[str, list[Decimal | None]] = field(default_factory=dict)


def _dispensed(session: Session, span: Span, vehicle: str | None):
    query = select(Filling.plate, Filling.grade, Filling.created_at, Filling.litres).where(
        Filling.status.in_(DISPENSED), Filling.created_at >= span.since, Filling.created_at < span.until,
        Filling.litres.is_not(None))
    if vehicle:
        query = query.where(Filling.plate == vehicle)
    return session.execute(query).all()


def litres_per_vehicle_per_day(rows, span: Span, top: int) -> tuple[list[date], dict[str, list[Decimal]]]:
    """The `top` vehicles that took the most, each with its litres on every local day of the span."""
    days = span.days()
    index = {day: n for n, day in enumerate(days)}
    per: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO] * len(days))
    for plate, _grade, at, litres in rows:
        n = index.get(at.astimezone(span.zone).date())
        if n is not None:
            per[plate][n] += litres
    biggest = sorted(per, key=lambda plate: (-sum(per[plate]), plate))[:top]
    return days, {plate: per[plate] for plate in biggest}


def litres_per_grade_per_hour(rows, span: Span) -> dict[str, list[Decimal]]:
    per: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO] * 24)
    for _plate, grade, at, litres in rows:
        per[grade or ""][at.astimezone(span.zone).hour] += litres
    return dict(sorted(per.items()))


def exceptions_per_week(report: Report, zone: tzinfo) -> list[tuple[date, int]]:
    """Rows of the exceptions report counted by the local week (from Monday) of their first time column."""
    at = next((i for i, c in enumerate(report.columns) if c.kind is Kind.DATETIME), None)
    if at is None:
        return []
    counts: dict[date, int] = defaultdict(int)
    for row in report.rows:
        if isinstance(row[at], datetime):
            day = row[at].astimezone(zone).date()
            counts[day - timedelta(days=day.weekday())] += 1
    return sorted(counts.items())


def consumption_per_vehicle_per_day(segments, span: Span, top: int) -> dict[str, list[Decimal | None]]:
    """`segments`: (plate, meter, ended at, litres, distance) of completed full-to-full segments;
    the `top` vehicles with the most segments, each with its figure on every local day."""
    from console.fleet.figures import consumption

    days = span.days()
    index = {day: n for n, day in enumerate(days)}
    per: dict[str, list[Decimal | None]] = defaultdict(lambda: [None] * len(days))
    counts: dict[str, int] = defaultdict(int)
    for plate, meter, at, litres, distance in sorted(segments, key=lambda s: s[2]):
        figure = consumption(litres, distance, meter)
        n = index.get(at.astimezone(span.zone).date()) if figure is not None else None
        if n is not None:
            per[plate][n] = figure  # sorted by time: the day's last segment stays
            counts[plate] += 1
    biggest = sorted(counts, key=lambda plate: (-counts[plate], plate))[:top]
    return {plate: per[plate] for plate in biggest}


def full_to_full(source, where) -> list[tuple]:
    """The completed segments in range, from the fleet queries (station or head office)."""
    from console.fleet import queries

    seg = queries.segments(source, where)
    return [(r.plate, r.meter, r.at, r.litres, r.distance)
            for r in queries.run(source, select(seg.c.plate, seg.c.meter, seg.c.at, seg.c.litres, seg.c.distance))]


def chart_data(session: Session, span: Span, vehicle: str | None = None, exceptions: Report | None = None,
               top: int = 6, segments: list[tuple] | None = None) -> ChartData:
    rows = _dispensed(session, span, vehicle)
    days, per_vehicle = litres_per_vehicle_per_day(rows, span, top)
    return ChartData(days, per_vehicle, litres_per_grade_per_hour(rows, span),
                     exceptions_per_week(exceptions, span.zone) if exceptions is not None else None,
                     consumption_per_vehicle_per_day(segments or [], span, top))
