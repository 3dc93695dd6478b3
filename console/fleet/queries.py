"""The fleet reports' SQL: one set of Core statements for the station's SQLite and head office's PostgreSQL.

Both schemas name their columns alike; only the column types differ (the station
keeps litres as integer millilitres and readings as integer tenths, central as
numerics), so every figure is selected through its own column's type and comes
back as an exact Decimal on either side.  The heavy work — effective readings,
each vehicle's fillings in time order, the distance since the previous reading,
full-to-full segments — is window functions and GROUP BY in the database;
Python only divides (Decimal) and applies thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Table, and_, case, func, or_, select, type_coerce

from console.central import schema as central
from console.reports.table import ReportFilter, Source
from console.store.fleet_models import OdometerReading
from console.store.models import AuditEntry, Filling, PhoneBinding, Vehicle

# How far before a report's start its fillings' predecessors are looked for (the distance
# of the first filling in range needs the reading before it).
LOOKBACK = timedelta(days=31)


@dataclass(frozen=True)
class Tables:
    fillings: Table
    vehicles: Table
    readings: Table
    bindings: Table
    audit: Table
    central: bool


def tables(source: Source) -> Tables:
    if source.central:
        return Tables(central.fillings, central.vehicles, central.odometer_readings, central.phone_bindings,
                      central.audit_log, True)
    return Tables(Filling.__table__, Vehicle.__table__, OdometerReading.__table__, PhoneBinding.__table__,
                  AuditEntry.__table__, False)


def effective_readings(t: Tables):
    """Each filling's reading that counts: its latest that no correction replaces."""
    r, later = t.readings, t.readings.alias("later")
    ranked = (
        select(
            r.c.filling_id, r.c.value,
            func.row_number().over(partition_by=r.c.filling_id, order_by=(r.c.created_at.desc(), r.c.id.desc())).label("n"),
        )
        .where(r.c.filling_id.is_not(None))
        .where(~select(later.c.id).where(later.c.corrects_id == r.c.id).exists())
        .subquery("ranked")
    )
    return select(ranked.c.filling_id, ranked.c.value).where(ranked.c.n == 1).subquery("reading")


def sequence(source: Source, flt: ReportFilter, *, lookback: timedelta | None = LOOKBACK):
    """Every settled filling of a registered vehicle up to the filter's end, in each vehicle's
    time order, with its effective reading and what came before it:

    prev_at, prev_station, prev_odometer (the previous filling's), and, among the fillings
    with a reading only, last_odometer / last_at / last_driver / last_station (the previous
    reading) so `distance` = odometer − last_odometer; full_no counts full fills up to this one.
    A fill is full when the pump stopped before its preset (the nozzle's cut-off): one that
    ran to its preset stopped because of the money, not the tank."""
    t = tables(source)
    f, v = t.fillings, t.vehicles
    at_type, value_type = f.c.ended_at.type, t.readings.c.value.type
    reading = effective_readings(t)
    at = type_coerce(func.coalesce(f.c.ended_at, f.c.started_at, f.c.created_at), at_type)
    full = case((f.c.amount_fen < f.c.preset_fen, 1), else_=0)
    base = (
        select(
            f.c.id, f.c.station_id, f.c.lane, f.c.plate, f.c.driver, f.c.phone_charged, f.c.litres, f.c.amount_fen,
            f.c.created_at, at.label("at"), full.label("full"),
            v.c.id.label("vehicle_id"), v.c.meter, v.c.tank_litres, v.c.consumption_min, v.c.consumption_max,
            reading.c.value.label("odometer"),
        )
        .select_from(f.join(v, v.c.plate == f.c.plate).outerjoin(reading, reading.c.filling_id == f.c.id))
        .where(f.c.status == "settled", f.c.litres.is_not(None), f.c.amount_fen.is_not(None))
    )
    if flt.until is not None:
        base = base.where(at < flt.until)
    if flt.since is not None and lookback is not None:
        base = base.where(at >= flt.since - lookback)
    if flt.vehicle:
        base = base.where(f.c.plate == flt.vehicle)
    if source.station_id is not None:
        base = base.where(f.c.station_id == source.station_id)
    base = base.subquery("base")

    order = (base.c.at, base.c.id)
    by_vehicle = dict(partition_by=base.c.vehicle_id, order_by=order)
    windowed = select(
        base,
        type_coerce(func.lag(base.c.at).over(**by_vehicle), at_type).label("prev_at"),
        func.lag(base.c.station_id).over(**by_vehicle).label("prev_station"),
        type_coerce(func.lag(base.c.odometer).over(**by_vehicle), value_type).label("prev_odometer"),
        func.sum(base.c.full).over(**by_vehicle, rows=(None, 0)).label("full_no"),
    ).subquery("windowed")

    # The previous reading, among the fillings that have one (SQLite has no LAG … IGNORE NULLS).
    read = select(windowed).where(windowed.c.odometer.is_not(None)).subquery("read")
    by_read = dict(partition_by=(read.c.vehicle_id, read.c.meter), order_by=(read.c.at, read.c.id))
    last = select(
        read.c.id,
        type_coerce(func.lag(read.c.odometer).over(**by_read), value_type).label("last_odometer"),
        type_coerce(func.lag(read.c.at).over(**by_read), at_type).label("last_at"),
        func.lag(read.c.driver).over(**by_read).label("last_driver"),
        func.lag(read.c.station_id).over(**by_read).label("last_station"),
    ).subquery("last")
    distance = type_coerce(windowed.c.odometer - last.c.last_odometer, value_type)
    return select(
        windowed, last.c.last_odometer, last.c.last_at, last.c.last_driver, last.c.last_station, distance.label("distance"),
    ).select_from(windowed.outerjoin(last, last.c.id == windowed.c.id)).subquery("seq")


def segments(source: Source, flt: ReportFilter, *, whole_history: bool = False):
    """Full-to-full segments: the fills after a full fill up to and including the next full one.

    One row per completed segment: vehicle, the ending fill (id, at, driver), litres (the
    segment's sum), fills, partial fills, and the distance between the two full fills' readings
    (None when either has no reading).  `rank_key` orders a vehicle's segments by consumption
    (for its median) without leaving integer or numeric arithmetic."""
    seq = sequence(source, flt, lookback=None if whole_history else LOOKBACK)
    seg_no = (seq.c.full_no - seq.c.full).label("seg")
    member = select(seq, seg_no).subquery("member")
    grouped = (
        select(
            member.c.vehicle_id, member.c.seg,
            func.sum(member.c.litres).label("litres"),
            func.count().label("fills"),
            func.sum(1 - member.c.full).label("partials"),
        )
        .where(member.c.seg >= 1)
        .group_by(member.c.vehicle_id, member.c.seg)
        .subquery("grouped")
    )
    fulls = select(seq).where(seq.c.full == 1).subquery("fulls")
    ends = select(
        fulls.c.vehicle_id, fulls.c.full_no, fulls.c.id, fulls.c.at, fulls.c.driver, fulls.c.phone_charged, fulls.c.plate,
        fulls.c.meter, fulls.c.odometer,
        type_coerce(func.lag(fulls.c.odometer).over(partition_by=fulls.c.vehicle_id, order_by=(fulls.c.at, fulls.c.id)),
                    fulls.c.odometer.type).label("start_odometer"),
    ).subquery("ends")
    distance = type_coerce(ends.c.odometer - ends.c.start_odometer, ends.c.odometer.type)
    litres = type_coerce(grouped.c.litres, tables(source).fillings.c.litres.type)
    return select(
        ends.c.vehicle_id, ends.c.plate, ends.c.meter, ends.c.id.label("filling_id"), ends.c.at, ends.c.driver,
        ends.c.phone_charged, litres.label("litres"), grouped.c.fills, grouped.c.partials, distance.label("distance"),
        # litres per distance as an integer (floor division, no float on either side): ordering only, never shown
        (grouped.c.litres * 1000000 // func.nullif(ends.c.odometer - ends.c.start_odometer, 0)).label("rank_key"),
    ).select_from(grouped.join(ends, and_(ends.c.vehicle_id == grouped.c.vehicle_id, ends.c.full_no == grouped.c.seg + 1))
                  ).subquery("segments")


def medians(source: Source, flt: ReportFilter):
    """Each vehicle's middle segment(s) by consumption over its whole history to the filter's end
    (one for an odd count, two for an even), with the count: its own baseline is their mean."""
    seg = segments(source, flt, whole_history=True)
    measured = select(seg).where(seg.c.distance > 0).subquery("measured")
    ranked = select(
        measured.c.vehicle_id, measured.c.meter, measured.c.litres, measured.c.distance,
        func.row_number().over(partition_by=measured.c.vehicle_id, order_by=(measured.c.rank_key, measured.c.filling_id)).label("n"),
        func.count().over(partition_by=measured.c.vehicle_id).label("of"),
    ).subquery("ranked")
    middle = or_(ranked.c.n == (ranked.c.of + 1) // 2, ranked.c.n == (ranked.c.of + 2) // 2)
    return select(ranked.c.vehicle_id, ranked.c.meter, ranked.c.litres, ranked.c.distance, ranked.c.of).where(middle)


def overrides(source: Source, flt: ReportFilter):
    """Audit rows of fillings let go or settled by hand (lane.authorise accepted, filling.settle_by_hand)."""
    a = tables(source).audit
    query = select(a.c.at, a.c.station_id, a.c.operator, a.c.action, a.c.subject, a.c.reason, a.c.details).where(
        a.c.action.in_(("lane.authorise", "filling.settle_by_hand"))
    )
    if flt.since is not None:
        query = query.where(a.c.at >= flt.since - timedelta(days=1))
    if flt.until is not None:
        query = query.where(a.c.at < flt.until)
    if source.station_id is not None:
        query = query.where(a.c.station_id == source.station_id)
    return query


def slots(source: Source):
    """Every live phone binding: vehicle, phone, driver, slot."""
    b = tables(source).bindings
    query = select(b.c.vehicle_id, b.c.phone, b.c.driver, b.c.slot_start, b.c.slot_end)
    if source.central:
        query = query.where(b.c.deleted.is_(False))
    return query


def run(source: Source, statement) -> list[Any]:
    with source.engine.connect() as connection:
        return connection.execute(statement).all()


__all__ = ["LOOKBACK", "Tables", "effective_readings", "medians", "overrides", "run", "segments", "sequence", "slots", "tables"]
