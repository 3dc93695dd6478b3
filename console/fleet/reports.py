"""The fleet reports: vehicles, drivers, places, exceptions — each `(Source, ReportFilter) -> Report`.

They read the station's own fillings (Source.central False) or the whole chain's
at head office (True); the SQL is the same (console/fleet/queries.py).

Claim 4 (the refuelling patent: the mileage in a driver's time slot gives that
driver's fuelling places).  The rule chosen: **the distance between two
consecutive readings of a vehicle belongs to the driver on duty at the later
filling** — the driver whose slot the filling fell in, as the station recorded
it when it charged that driver's phone (Filling.driver / phone_charged), not as
the slots are today.  Why the later one: the fuel bought at a filling replaces
what the stretch before it burnt, and that driver pays for it (the phone
charged), so distance, litres and money stay with one person.  A stretch that
began in another driver's slot goes wholly to the later driver; `from_driver`
and `from_at` show where it began, so a hand-over is visible rather than split
by guesswork.  A filling without a reading, or the first reading of a vehicle,
has no distance.

Consumption is full to full: the litres of the fills after a full fill up to and
including the next full one, over the distance between those two full fills'
readings.  A fill is full when the pump stopped before its preset (the nozzle's
cut-off); one that reached its preset is partial, counted in the segment and
flagged.  A vehicle's own baseline is the median of its segments over its whole
history (to the report's end); its configured band, when set, comes first.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from console.config import Fleet
from console.fleet import queries
from console.fleet import rules as fleet_rules
from console.fleet.figures import baselines, consumption
from console.reports.table import Column, Kind, Report, ReportFilter, Source
from console.store.fleet_models import Meter

def _params(source: Source, flt: ReportFilter) -> dict[str, Any]:
    return {"from": flt.since, "to": flt.until, "vehicle": flt.vehicle, "central": source.central, "station": source.station_id,
            "zone": flt.zone}


def _unit(meter: str) -> str:
    return "L/100 km" if meter == Meter.KM.value else "L/h"


# --- places (claim 4) -------------------------------------------------------------------

PLACES_COLUMNS = (
    Column("plate", "Plate"),
    Column("driver", "Driver"),
    Column("phone", "Phone"),
    Column("station", "Station"),
    Column("lane", "Lane", Kind.INT),
    Column("at", "Time", Kind.DATETIME),
    Column("litres", "Litres", Kind.LITRES),
    Column("amount_fen", "Amount", Kind.FEN),
    Column("meter", "Meter"),
    Column("odometer", "Odometer (km or h)", Kind.KM),
    Column("distance", "Distance since last reading", Kind.KM),
    Column("from_at", "Last reading at", Kind.DATETIME),
    Column("from_station", "Last reading station"),
    Column("from_driver", "Driver at last reading"),
    Column("full", "Full fill"),
    Column("filling_id", "Filling"),
)


PLACES_SUMMARY_COLUMNS = (
    Column("plate", "Plate"),
    Column("driver", "Driver"),
    Column("phone", "Phone"),
    Column("station", "Station"),
    Column("lane", "Lane", Kind.INT),
    Column("meter", "Meter"),
    Column("fillings", "Fillings", Kind.INT),
    Column("litres", "Litres", Kind.LITRES),
    Column("amount_fen", "Amount", Kind.FEN),
    Column("distance", "Distance (km or h)", Kind.KM),
    Column("first_at", "First filling", Kind.DATETIME),
    Column("last_at", "Last filling", Kind.DATETIME),
)


def places(source: Source, flt: ReportFilter) -> Report:
    """Where each driver fuelled (claim 4's rule for the distance: since the vehicle's previous
    reading, counted for the driver on duty at the later filling).

    Without a vehicle: one row per vehicle, driver, station and lane (PLACES_SUMMARY_COLUMNS) —
    a chain's year is half a million fillings, a summary on a screen and a list nobody reads.
    With `flt.vehicle`: that vehicle's every filling in range, by driver then time
    (PLACES_COLUMNS), the drill-down."""
    return places_list(source, flt) if flt.vehicle else _places_summary(source, flt)


def places_list(source: Source, flt: ReportFilter) -> Report:
    """Every filling in range (PLACES_COLUMNS), for whichever vehicles the filter holds: the drill-down of
    `places`, and the whole list for an export or a benchmark."""
    seq = queries.sequence(source, flt, who_before=True)
    query = select(
        seq.c.plate, seq.c.driver, seq.c.phone_charged, seq.c.station_id, seq.c.lane, seq.c.at, seq.c.litres, seq.c.amount_fen,
        seq.c.meter, seq.c.odometer, seq.c.distance, seq.c.last_at, seq.c.last_station, seq.c.last_driver, seq.c.full, seq.c.id,
    ).order_by(seq.c.plate, seq.c.driver, seq.c.at, seq.c.id)
    if flt.since is not None:
        query = query.where(seq.c.at >= flt.since)
    rows = [(*r[:14], "yes" if r[14] else "no", r[15]) for r in queries.run(source, query)]
    litres = sum((r[6] for r in rows), Decimal("0.000"))
    amount = sum(r[7] for r in rows)
    return Report("places", "Fuelling places per driver", PLACES_COLUMNS, rows,
                  totals=(None, None, None, None, None, None, litres, amount, None, None, None, None, None, None, None, None),
                  params=_params(source, flt),
                  notes=["Distance: since the vehicle's previous reading, counted for the driver on duty at the later filling."])


def _places_summary(source: Source, flt: ReportFilter) -> Report:
    seq = queries.sequence(source, flt)
    key = (seq.c.plate, seq.c.driver, seq.c.phone_charged, seq.c.station_id, seq.c.lane, seq.c.meter)
    query = select(
        *key, func.count(), func.sum(seq.c.litres), func.sum(seq.c.amount_fen), func.sum(seq.c.distance),
        func.min(seq.c.at), func.max(seq.c.at),
    ).group_by(*key).order_by(seq.c.plate, seq.c.driver, seq.c.phone_charged, seq.c.station_id, seq.c.lane)
    if flt.since is not None:
        query = query.where(seq.c.at >= flt.since)
    rows = [(*r[:8], int(r[8]), *r[9:]) for r in queries.run(source, query)]
    return Report("places", "Fuelling places per driver", PLACES_SUMMARY_COLUMNS, rows,
                  totals=(None, None, None, None, None, None, sum(r[6] for r in rows), sum((r[7] for r in rows), Decimal("0.000")),
                          sum(r[8] for r in rows), None, None, None),
                  params=_params(source, flt),
                  notes=["Distance: since the vehicle's previous reading, counted for the driver on duty at the later filling.",
                         "One row per vehicle, driver, station and lane; ask for one vehicle for each of its fillings."])


# --- drivers (claim 4) -------------------------------------------------------------------

DRIVERS_COLUMNS = (
    Column("plate", "Plate"),
    Column("driver", "Driver"),
    Column("phone", "Phone"),
    Column("slot", "Slot"),
    Column("meter", "Meter"),
    Column("fillings", "Fillings", Kind.INT),
    Column("distance", "Distance (km or h)", Kind.KM),
    Column("litres", "Litres", Kind.LITRES),
    Column("amount_fen", "Amount", Kind.FEN),
    Column("consumption", "Consumption (L/100 km or L/h)", Kind.DECIMAL),
    Column("baseline", "Vehicle baseline", Kind.DECIMAL),
    Column("stations", "Stations"),
)


def drivers(source: Source, flt: ReportFilter) -> Report:
    """Per vehicle and driver slot: distance driven (claim 4's rule), litres, amount, full-to-full
    consumption of the segments ending at that driver's fills, and the stations fuelled at."""
    seq = queries.sequence(source, flt)
    key = (seq.c.vehicle_id, seq.c.plate, seq.c.meter, seq.c.driver, seq.c.phone_charged)
    ranged = [seq.c.at >= flt.since] if flt.since is not None else []
    totals = queries.run(source, select(
        *key, func.count(), func.sum(seq.c.distance), func.sum(seq.c.litres), func.sum(seq.c.amount_fen),
    ).where(*ranged).group_by(*key).order_by(seq.c.plate, seq.c.driver, seq.c.phone_charged))
    where = queries.run(source, select(seq.c.vehicle_id, seq.c.driver, seq.c.phone_charged, seq.c.station_id)
                        .where(*ranged).group_by(seq.c.vehicle_id, seq.c.driver, seq.c.phone_charged, seq.c.station_id))
    stations: dict[tuple, list[str]] = defaultdict(list)
    for vehicle_id, driver, phone, station in where:
        stations[(vehicle_id, driver, phone)].append(station)
    seg = queries.segments(source, flt)
    seg_ranged = [seg.c.at >= flt.since] if flt.since is not None else []
    measured = {(r[0], r[1], r[2]): (r[3], r[4]) for r in queries.run(source, select(
        seg.c.vehicle_id, seg.c.driver, seg.c.phone_charged, func.sum(seg.c.litres), func.sum(seg.c.distance),
    ).where(seg.c.distance > 0, *seg_ranged).group_by(seg.c.vehicle_id, seg.c.driver, seg.c.phone_charged))}
    slot_of = {(vehicle_id, phone): f"{_hhmm(start)}-{_hhmm(end)}"
               for vehicle_id, phone, _driver, start, end in queries.run(source, queries.slots(source))}
    own = baselines(source, flt)
    rows = []
    for vehicle_id, plate, meter, driver, phone, count, distance, litres, amount in totals:
        seg_litres, seg_distance = measured.get((vehicle_id, driver, phone), (None, None))
        baseline = own.get(vehicle_id)
        rows.append((plate, driver, phone, slot_of.get((vehicle_id, phone)), meter, count, distance, litres, int(amount),
                     consumption(seg_litres, seg_distance, meter), baseline[0] if baseline else None,
                     ", ".join(sorted(stations[(vehicle_id, driver, phone)]))))
    return Report("drivers", "Distance and fuel per driver slot", DRIVERS_COLUMNS, rows,
                  totals=(None, None, None, None, None, sum(r[5] for r in rows), None,
                          sum((r[7] for r in rows), Decimal("0.000")), sum(r[8] for r in rows), None, None, None),
                  params=_params(source, flt),
                  notes=["A driver is the one the station charged at the filling; no driver: no slot covered it (the account's phone)."])


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


# --- vehicles ----------------------------------------------------------------------------

VEHICLES_COLUMNS = (
    Column("plate", "Plate"),
    Column("meter", "Meter"),
    Column("tank_litres", "Tank", Kind.LITRES),
    Column("fillings", "Fillings", Kind.INT),
    Column("partial_fills", "Partial fills", Kind.INT),
    Column("litres", "Litres", Kind.LITRES),
    Column("amount_fen", "Amount", Kind.FEN),
    Column("distance", "Distance (km or h)", Kind.KM),
    Column("segments", "Full-to-full segments", Kind.INT),
    Column("consumption", "Consumption (L/100 km or L/h)", Kind.DECIMAL),
    Column("baseline", "Baseline (median)", Kind.DECIMAL),
    Column("band_min", "Band from", Kind.DECIMAL),
    Column("band_max", "Band to", Kind.DECIMAL),
    Column("status", "Against band"),  # ok, high, low, no_figure
)


def vehicles(source: Source, flt: ReportFilter) -> Report:
    """Per vehicle: fillings, litres, amount, distance, and full-to-full consumption over the
    segments ending in range, against its configured band or else its own median."""
    rows = []
    for r in queries.run(source, queries.vehicle_figures(source, flt)):
        figure = consumption(r.seg_litres, r.seg_distance, r.meter)
        baseline = None
        if r.of:
            middle = [consumption(r.lo_litres, r.lo_distance, r.meter), consumption(r.hi_litres, r.hi_distance, r.meter)]
            baseline = (sum(middle) / 2).quantize(Decimal("0.01"))
        rows.append((r.plate, r.meter, r.tank_litres, r.fillings, int(r.partials), r.litres, int(r.amount_fen), r.distance,
                     r.segments or 0, figure, baseline, r.consumption_min, r.consumption_max,
                     _status(figure, r.consumption_min, r.consumption_max)))
    return Report("vehicles", "Consumption per vehicle", VEHICLES_COLUMNS, rows,
                  totals=(None, None, None, sum(r[3] for r in rows), sum(r[4] for r in rows),
                          sum((r[5] for r in rows), Decimal("0.000")), sum(r[6] for r in rows), None, None, None, None, None, None, None),
                  params=_params(source, flt),
                  notes=["Consumption is full to full: a fill that reached its preset is partial and counted in the next full fill's segment."])


def _status(figure: Decimal | None, low: Decimal | None, high: Decimal | None) -> str:
    if figure is None:
        return "no_figure"
    if high is not None and figure > high:
        return "high"
    if low is not None and figure < low:
        return "low"
    return "ok"


def exceptions(source: Source, flt: ReportFilter, rules: Fleet | None = None) -> Report:
    """Every filling in range that breaks a rule, one row per rule broken (console/fleet/rules.py);
    `rules` are the thresholds, `Config.fleet` (default: the schema's defaults)."""
    return fleet_rules.exceptions(source, flt, rules or Fleet())


__all__ = ["consumption", "drivers", "exceptions", "places", "places_list", "vehicles"]
