"""The fleet's exception rules: what a fleet manager wants to look at, one row per rule broken.

Each rule has a stable code (the `rule` column), the figure that broke it and
the limit it broke, in one unit, and names the filling.  Thresholds are
`[fleet]` in the configuration (console/config.py `Fleet`).

- tank_exceeded: litres above the vehicle's tank capacity plus tank_margin_percent.
- too_soon_time / too_soon_distance: less time (min_minutes_between) or less
  distance (min_km_between, or min_engine_hours_between on an hours meter) since
  the vehicle's previous filling.
- consumption_high / consumption_low: a full-to-full segment ending at this fill
  outside the vehicle's band, or without a band, further than
  consumption_tolerance_percent from its own median (once it has
  baseline_min_figures segments).
- simultaneous_sites: the previous filling of the vehicle was at another
  station less than simultaneous_minutes before (two places at once; at head
  office, where every station's fillings meet).
- outside_slot: the vehicle has drivers' slots and none covers the filling's
  local time (the account's phone was charged).
- night: the filling's local time is in `night`.
- authorised_by_hand / settled_by_hand: a cashier let the pump go without a
  green decision, or a manager typed the figures (the audit log).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from console.config import Fleet
from console.domain.slots import Slot
from console.fleet import queries
from console.fleet.figures import baselines, consumption
from console.queries.fillings import AUTHORISED_WITHIN
from console.reports.table import Column, Kind, Report, ReportFilter, Source
from console.store.fleet_models import Meter
from console.timeutil import as_utc, minute_of_day


class Rule:
    TANK_EXCEEDED = "tank_exceeded"
    TOO_SOON_TIME = "too_soon_time"
    TOO_SOON_DISTANCE = "too_soon_distance"
    CONSUMPTION_HIGH = "consumption_high"
    CONSUMPTION_LOW = "consumption_low"
    SIMULTANEOUS_SITES = "simultaneous_sites"
    OUTSIDE_SLOT = "outside_slot"
    NIGHT = "night"
    AUTHORISED_BY_HAND = "authorised_by_hand"
    SETTLED_BY_HAND = "settled_by_hand"


COLUMNS = (
    Column("rule", "Rule"),
    Column("plate", "Plate"),
    Column("driver", "Driver"),
    Column("station", "Station"),
    Column("lane", "Lane", Kind.INT),
    Column("at", "Time", Kind.DATETIME),
    Column("figure", "Figure", Kind.DECIMAL),
    Column("limit", "Limit", Kind.DECIMAL),
    Column("unit", "Unit"),
    Column("other", "Other filling, station or operator"),
    Column("filling_id", "Filling"),
)


def _minutes(later: datetime, earlier: datetime) -> Decimal:
    return (Decimal(int((as_utc(later) - as_utc(earlier)).total_seconds())) / 60).quantize(Decimal("0.1"))


def exceptions(source: Source, flt: ReportFilter, rules: Fleet) -> Report:
    seq = queries.sequence(source, flt)
    query = select(seq).order_by(seq.c.at, seq.c.id)
    if flt.since is not None:
        query = query.where(seq.c.at >= flt.since)
    fillings = [row._mapping for row in queries.run(source, query)]
    zone = ZoneInfo(flt.zone)
    night = Slot.parse(rules.night) if rules.night else None
    slots: dict[Any, list[Slot]] = defaultdict(list)
    for vehicle_id, _phone, _driver, start, end in queries.run(source, queries.slots(source)):
        slots[vehicle_id].append(Slot(start, end))
    found: list[tuple] = []

    def add(f, rule: str, figure, limit, unit: str | None, other=None) -> None:
        found.append((rule, f["plate"], f["driver"], f["station_id"], f["lane"], f["at"], figure, limit, unit,
                      None if other is None else str(other), f["id"]))

    margin = Decimal(100 + rules.tank_margin_percent) / 100
    for f in fillings:
        if f["tank_litres"] is not None and f["litres"] > f["tank_litres"] * margin:
            add(f, Rule.TANK_EXCEEDED, f["litres"], (f["tank_litres"] * margin).quantize(Decimal("0.001")), "L")
        if f["prev_at"] is not None:
            gap = _minutes(f["at"], f["prev_at"])
            if f["prev_station"] != f["station_id"] and gap < rules.simultaneous_minutes:
                add(f, Rule.SIMULTANEOUS_SITES, gap, Decimal(rules.simultaneous_minutes), "min", f["prev_station"])
            elif rules.min_minutes_between and gap < rules.min_minutes_between:
                add(f, Rule.TOO_SOON_TIME, gap, Decimal(rules.min_minutes_between), "min")
        if f["odometer"] is not None and f["prev_odometer"] is not None:
            hours = f["meter"] == Meter.HOURS.value
            least = rules.min_engine_hours_between if hours else rules.min_km_between
            driven = f["odometer"] - f["prev_odometer"]
            if least and driven < least:
                add(f, Rule.TOO_SOON_DISTANCE, driven, Decimal(least), "h" if hours else "km")
        minute = minute_of_day(f["at"], zone)
        if slots.get(f["vehicle_id"]) and not any(s.contains(minute) for s in slots[f["vehicle_id"]]):
            add(f, Rule.OUTSIDE_SLOT, None, None, None, ", ".join(str(s) for s in slots[f["vehicle_id"]]))
        if night is not None and night.contains(minute):
            add(f, Rule.NIGHT, None, None, None, str(night))

    _consumption(source, flt, rules, {f["id"]: f for f in fillings}, add)
    _by_hand(source, flt, fillings, add)
    found.sort(key=lambda r: (r[5], str(r[10]), r[0]))
    return Report("exceptions", "Fleet exceptions", COLUMNS, found, totals=None,
                  params={"from": flt.since, "to": flt.until, "vehicle": flt.vehicle, "central": source.central,
                          "station": source.station_id, "zone": flt.zone, "rules": rules.__dict__})


def _consumption(source: Source, flt: ReportFilter, rules: Fleet, by_id: dict, add) -> None:
    seg = queries.segments(source, flt)
    query = select(seg.c.filling_id, seg.c.vehicle_id, seg.c.meter, seg.c.litres, seg.c.distance).where(seg.c.distance > 0)
    if flt.since is not None:
        query = query.where(seg.c.at >= flt.since)
    measured = queries.run(source, query)
    if not measured:
        return
    own = baselines(source, flt)
    t = queries.tables(source).vehicles
    bands = {r[0]: (r[1], r[2]) for r in queries.run(source, select(t.c.id, t.c.consumption_min, t.c.consumption_max)
                                                       .where(t.c.id.in_({m[1] for m in measured})))}
    tolerance = Decimal(rules.consumption_tolerance_percent) / 100
    for filling_id, vehicle_id, meter, litres, distance in measured:
        f = by_id.get(uuid.UUID(filling_id))
        if f is None:
            continue
        figure = consumption(litres, distance, meter)
        low, high = bands.get(vehicle_id, (None, None))
        if low is None and high is None:
            baseline = own.get(vehicle_id)
            if baseline is None or baseline[1] < rules.baseline_min_figures:
                continue
            low, high = (baseline[0] * (1 - tolerance)).quantize(Decimal("0.01")), (baseline[0] * (1 + tolerance)).quantize(Decimal("0.01"))
        unit = "L/100 km" if meter == Meter.KM.value else "L/h"
        if high is not None and figure > high:
            add(f, Rule.CONSUMPTION_HIGH, figure, high, unit)
        elif low is not None and figure < low:
            add(f, Rule.CONSUMPTION_LOW, figure, low, unit)


def _by_hand(source: Source, flt: ReportFilter, fillings: list, add) -> None:
    """Fillings a cashier let go (an accepted lane.authorise for its lane and plate just before it
    was made, as the transactions screen matches them) or a manager settled by hand."""
    if not fillings:
        return
    by_id = {str(f["id"]): f for f in fillings}
    by_lane: dict[tuple, list] = defaultdict(list)
    for f in fillings:
        by_lane[(f["station_id"], f"lane {f['lane']} {f['plate']}")].append(f)
    for at, station, operator, action, subject, _reason, details in queries.run(source, queries.overrides(source, flt)):
        if action == "filling.settle_by_hand":
            f = by_id.get(subject or "")
            if f is not None and f["station_id"] == station:
                add(f, Rule.SETTLED_BY_HAND, None, None, None, operator)
            continue
        if not (details or {}).get("accepted"):
            continue
        for f in by_lane.get((station, subject), ()):
            if as_utc(f["created_at"]) - AUTHORISED_WITHIN <= as_utc(at) <= as_utc(f["created_at"]):
                add(f, Rule.AUTHORISED_BY_HAND, None, None, None, operator)


__all__ = ["COLUMNS", "Rule", "exceptions"]
