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

from sqlalchemy import String, Table, and_, case, cast, func, or_, select, type_coerce

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


def sequence(source: Source, flt: ReportFilter, *, lookback: timedelta | None = LOOKBACK, who_before: bool = False):
    """Every settled filling of a registered vehicle up to the filter's end, in each vehicle's
    time order, with its effective reading and what came before it, in one window pass:

    prev_at, prev_station, prev_odometer: the previous filling's; last_odometer, last_at: the
    vehicle's previous reading (a meter only goes up — console/fleet/odometer.py refuses any
    other — so the previous reading is the highest before this filling), and `distance` =
    odometer − last_odometer; full_no counts full fills up to this one, and last_full_* say
    the last full fill before it and whether it had a reading (full-to-full segments).
    `who_before` adds last_driver and last_station (one more pass, for the places report).

    A fill is full when the pump stopped before its preset (the nozzle's cut-off): one that
    ran to its preset stopped because of the money, not the tank.

    At head office across the chain (central, no station) the rows are read from
    fleet_sequence, which triggers derive as fillings and readings land (central migration
    0009), over each vehicle's whole history: `lookback` does not apply there."""
    if source.central and source.station_id is None:
        return _derived(flt)
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

    # One partition and one order for every window: the database sorts once.
    w = dict(partition_by=base.c.vehicle_id, order_by=(base.c.at, base.c.id))
    before = dict(w, rows=(None, -1))  # every earlier filling of the vehicle
    read_at = case((base.c.odometer.is_not(None), base.c.at))
    full_at = case((base.c.full == 1, base.c.at))
    full_read_at = case((and_(base.c.full == 1, base.c.odometer.is_not(None)), base.c.at))
    full_odometer = case((base.c.full == 1, base.c.odometer))
    last_odometer = type_coerce(func.max(base.c.odometer).over(**before), value_type)
    seq = select(
        base,
        type_coerce(func.lag(base.c.at).over(**w), at_type).label("prev_at"),
        func.lag(base.c.station_id).over(**w).label("prev_station"),
        type_coerce(func.lag(base.c.odometer).over(**w), value_type).label("prev_odometer"),
        func.sum(base.c.full).over(**w, rows=(None, 0)).label("full_no"),
        last_odometer.label("last_odometer"),
        type_coerce(func.max(read_at).over(**before), at_type).label("last_at"),
        type_coerce(base.c.odometer - last_odometer, value_type).label("distance"),
        type_coerce(func.max(full_odometer).over(**before), value_type).label("last_full_odometer"),
        type_coerce(func.max(full_at).over(**before), at_type).label("last_full_at"),
        type_coerce(func.max(full_read_at).over(**before), at_type).label("last_full_read_at"),
    )
    if not who_before:
        return seq.cte("seq")
    seq = seq.cte("seq")
    # Who and where the previous reading was: the previous row among the read ones.
    read = select(seq.c.id, seq.c.vehicle_id, seq.c.at, seq.c.driver, seq.c.station_id).where(seq.c.odometer.is_not(None)).subquery("read")
    by_read = dict(partition_by=read.c.vehicle_id, order_by=(read.c.at, read.c.id))
    last = select(
        read.c.id,
        func.lag(read.c.driver).over(**by_read).label("last_driver"),
        func.lag(read.c.station_id).over(**by_read).label("last_station"),
    ).subquery("last")
    return select(seq, last.c.last_driver, last.c.last_station).select_from(
        seq.outerjoin(last, last.c.id == seq.c.id)).subquery("seq_who")


def _derived(flt: ReportFilter):
    """`sequence` at head office: the stored rows, with the vehicle's attributes as they are now."""
    s, v = central.fleet_sequence, central.vehicles
    query = select(
        s.c.id, s.c.station_id, s.c.lane, s.c.plate, s.c.driver, s.c.phone_charged, s.c.litres, s.c.amount_fen,
        s.c.created_at, s.c.at, s.c.full, s.c.vehicle_id, v.c.meter, v.c.tank_litres, v.c.consumption_min,
        v.c.consumption_max, s.c.odometer, s.c.prev_at, s.c.prev_station, s.c.prev_odometer, s.c.full_no,
        s.c.last_odometer, s.c.last_at, s.c.distance, s.c.last_full_odometer, s.c.last_full_at, s.c.last_full_read_at,
        s.c.last_driver, s.c.last_station,
    ).select_from(s.join(v, v.c.id == s.c.vehicle_id))
    if flt.until is not None:
        query = query.where(s.c.at < flt.until)
    if flt.vehicle:
        query = query.where(s.c.plate == flt.vehicle)
    return query.cte("seq")


def _rank_key(litres, distance):
    """Litres per distance as an integer (floor division, no float on either side), to order a
    vehicle's segments for its median; never shown.  None without a distance: SQLite's floor()
    is Python's math.floor, which raises on NULL, so the division is not reached then."""
    return case((distance > 0, litres * 1000000 // distance)).label("rank_key")


def _derived_segments(flt: ReportFilter, cte: bool):
    s, v = central.fleet_sequence, central.vehicles
    query = select(
        s.c.vehicle_id, (s.c.full_no - 1).label("seg"), s.c.plate, v.c.meter, cast(s.c.id, String).label("filling_id"),
        s.c.at, s.c.driver, s.c.phone_charged, s.c.seg_litres.label("litres"), s.c.seg_fills.label("fills"),
        s.c.seg_partials.label("partials"), s.c.seg_distance.label("distance"),
        _rank_key(s.c.seg_litres, s.c.seg_distance),
    ).select_from(s.join(v, v.c.id == s.c.vehicle_id)).where(s.c.seg_fills.is_not(None))
    if flt.until is not None:
        query = query.where(s.c.at < flt.until)
    if flt.vehicle:
        query = query.where(s.c.plate == flt.vehicle)
    return query.cte("segs") if cte else query.subquery("segments")


def segments(source: Source, flt: ReportFilter, *, whole_history: bool = False, seq=None, cte: bool = False):
    """Full-to-full segments: the fills after a full fill up to and including the next full one.

    One row per completed segment: vehicle, the ending fill (id, at, driver), litres (the
    segment's sum), fills, partial fills, and the distance between the two full fills' readings
    (None when either has none).  `rank_key` orders a vehicle's segments by consumption (for
    its median) without leaving integer or numeric arithmetic.

    At head office across the chain the segments are read as stored on their ending fills
    (fleet_sequence.seg_*, central migration 0009), over each vehicle's whole history."""
    if source.central and source.station_id is None:
        return _derived_segments(flt, cte)
    if seq is None:
        seq = sequence(source, flt, lookback=None if whole_history else LOOKBACK)
    fills = tables(source).fillings
    seg = (seq.c.full_no - seq.c.full).label("seg")
    member = select(seq, seg).subquery("member")
    m = member.c
    ending = m.full == 1

    def of_end(column):
        return func.max(case((ending, column)))

    # The start counts only when the last full fill before the end had a reading itself.
    start_ok = case((and_(ending, m.last_full_at == m.last_full_read_at), 1), else_=0)
    end_odometer, start_odometer = of_end(m.odometer), of_end(m.last_full_odometer)
    distance = case((func.max(start_ok) == 1, end_odometer - start_odometer))
    grouped = (
        select(
            m.vehicle_id, m.seg,
            func.max(m.plate).label("plate"), func.max(m.meter).label("meter"),
            of_end(cast(m.id, String)).label("filling_id"),
            type_coerce(of_end(m.at), fills.c.ended_at.type).label("at"),
            of_end(m.driver).label("driver"), of_end(m.phone_charged).label("phone_charged"),
            type_coerce(func.sum(m.litres), fills.c.litres.type).label("litres"),
            func.count().label("fills"),
            func.sum(1 - m.full).label("partials"),
            type_coerce(distance, m.odometer.type).label("distance"),
            _rank_key(func.sum(m.litres), distance),
        )
        .where(m.seg >= 1)
        .group_by(m.vehicle_id, m.seg)
        .having(func.sum(m.full) == 1)
    )
    return grouped.cte("segs") if cte else grouped.subquery("segments")


def medians(source: Source, flt: ReportFilter, seg=None):
    """Each vehicle's middle segment(s) by consumption over its whole history to the filter's end
    (one for an odd count, two for an even), with the count: its own baseline is their mean."""
    if seg is None:
        seg = segments(source, flt, whole_history=True)
    measured = select(seg).where(seg.c.distance > 0).subquery("measured")
    ranked = select(
        measured.c.vehicle_id, measured.c.meter, measured.c.litres, measured.c.distance,
        func.row_number().over(partition_by=measured.c.vehicle_id, order_by=(measured.c.rank_key, measured.c.filling_id)).label("n"),
        func.count().over(partition_by=measured.c.vehicle_id).label("of"),
    ).subquery("ranked")
    middle = or_(ranked.c.n == (ranked.c.of + 1) // 2, ranked.c.n == (ranked.c.of + 2) // 2)
    return select(ranked.c.vehicle_id, ranked.c.meter, ranked.c.litres, ranked.c.distance, ranked.c.of).where(middle)


def vehicle_figures(source: Source, flt: ReportFilter):
    """The vehicles report in one statement over one pass of each vehicle's history: per vehicle its
    attributes, the range's fillings, partial fills, litres, amount and distance; the range's
    full-to-full segments (litres, distance, count); and the middle one or two of its whole
    history's segments by consumption (lo_*, hi_*: the same segment for an odd count)."""
    seq = sequence(source, flt, lookback=None)
    seg = segments(source, flt, seq=seq, cte=True)
    in_range = [seq.c.at >= flt.since] if flt.since is not None else []
    key = (seq.c.vehicle_id, seq.c.plate, seq.c.meter, seq.c.tank_litres, seq.c.consumption_min, seq.c.consumption_max)
    totals = select(
        *key, func.count().label("fillings"), func.sum(1 - seq.c.full).label("partials"),
        func.sum(seq.c.litres).label("litres"), func.sum(seq.c.amount_fen).label("amount_fen"),
        func.sum(seq.c.distance).label("distance"),
    ).where(*in_range).group_by(*key).subquery("totals")
    measured = select(seg).where(seg.c.distance > 0).subquery("measured")
    period = select(
        measured.c.vehicle_id, func.sum(measured.c.litres).label("litres"), func.sum(measured.c.distance).label("distance"),
        func.count().label("segments"),
    ).where(*([measured.c.at >= flt.since] if flt.since is not None else [])).group_by(measured.c.vehicle_id).subquery("period")
    ranked = select(
        measured.c.vehicle_id, measured.c.litres, measured.c.distance,
        func.row_number().over(partition_by=measured.c.vehicle_id, order_by=(measured.c.rank_key, measured.c.filling_id)).label("n"),
        func.count().over(partition_by=measured.c.vehicle_id).label("of"),
    ).subquery("ranked")
    lo, hi = ranked.c.n == (ranked.c.of + 1) // 2, ranked.c.n == (ranked.c.of + 2) // 2
    litres_type, value_type = measured.c.litres.type, measured.c.distance.type
    middle = select(
        ranked.c.vehicle_id, func.max(ranked.c.of).label("of"),
        type_coerce(func.max(case((lo, ranked.c.litres))), litres_type).label("lo_litres"),
        type_coerce(func.max(case((lo, ranked.c.distance))), value_type).label("lo_distance"),
        type_coerce(func.max(case((hi, ranked.c.litres))), litres_type).label("hi_litres"),
        type_coerce(func.max(case((hi, ranked.c.distance))), value_type).label("hi_distance"),
    ).where(or_(lo, hi)).group_by(ranked.c.vehicle_id).subquery("middle")
    return (
        select(
            totals, type_coerce(period.c.litres, litres_type).label("seg_litres"),
            type_coerce(period.c.distance, value_type).label("seg_distance"), period.c.segments,
            middle.c.of, middle.c.lo_litres, middle.c.lo_distance, middle.c.hi_litres, middle.c.hi_distance,
        )
        .select_from(totals.outerjoin(period, period.c.vehicle_id == totals.c.vehicle_id)
                     .outerjoin(middle, middle.c.vehicle_id == totals.c.vehicle_id))
        .order_by(totals.c.plate)
    )


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
