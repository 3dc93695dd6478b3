"""The shift report (交班) and the day report (日结), as the one Report shape every export knows.

Both read the lines stored when a shift was closed, so what was closed is what is shown,
whoever asks and wherever: at the station from its SQLite (`Source(engine, station_id=…)`),
at head office from central's synced copies (`Source(engine, central=True)`, one station or
the whole chain).  An open shift (at the station only) is shown as it stands: its start
totals and the fillings so far, no end totals yet.

Every nozzle line sets its fillings (litres, fen) against the pump's own totals difference
(end − start): `mismatch_litres` and `mismatch_fen` are totals − fillings, so a positive
figure is fuel the pump counted that no filling accounts for.  A nozzle whose totals could
not be read says so in `totals_status` and has no totals and no mismatch, never a zero.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, select

from console.central import schema as central_schema
from console.money import format_yuan
from console.queries.fillings import local_days
from console.reports.registry import ReportError
from console.reports.table import Column, Kind, Note, Report, ReportFilter, Source
from console.store.shift_models import LineKind, Shift, ShiftLine, ShiftStatus
from console.timeutil import as_utc, utc_now

ZERO = Decimal("0.000")

SHIFT_COLUMNS = (
    Column("line", "Line"),  # nozzle, grade, tender, override, cancellation
    Column("lane", "Lane", Kind.INT),
    Column("pump", "Pump"),
    Column("nozzle", "Nozzle", Kind.INT),
    Column("grade", "Grade"),
    Column("what", "Tender, operator or reason"),
    Column("fillings", "Fillings", Kind.INT),
    Column("litres", "Litres (fillings)", Kind.LITRES),
    Column("amount_fen", "Amount (fillings)", Kind.FEN),
    Column("start_litres", "Totals at open (L)", Kind.LITRES),
    Column("end_litres", "Totals at close (L)", Kind.LITRES),
    Column("totals_litres", "Litres (pump totals)", Kind.LITRES),
    Column("totals_amount_fen", "Amount (pump totals)", Kind.FEN),
    Column("mismatch_litres", "Mismatch (L)", Kind.LITRES),
    Column("mismatch_fen", "Mismatch (amount)", Kind.FEN),
    Column("totals_status", "Totals"),  # read, unavailable_at_open, unavailable_at_close, unavailable, not_yet_read
)

DAY_COLUMNS = (
    Column("line", "Line"),  # shift, grade, tender, override, cancellation
    Column("station", "Station"),
    Column("shift", "Shift"),
    Column("opened_at", "Opened", Kind.DATETIME),
    Column("opened_by", "Opened by"),
    Column("closed_at", "Closed", Kind.DATETIME),
    Column("closed_by", "Closed by"),
    Column("grade", "Grade"),
    Column("what", "Tender, operator or reason"),
    Column("fillings", "Fillings", Kind.INT),
    Column("litres", "Litres (fillings)", Kind.LITRES),
    Column("amount_fen", "Amount (fillings)", Kind.FEN),
    Column("totals_litres", "Litres (pump totals)", Kind.LITRES),
    Column("totals_amount_fen", "Amount (pump totals)", Kind.FEN),
    Column("mismatch_litres", "Mismatch (L)", Kind.LITRES),
    Column("mismatch_fen", "Mismatch (amount)", Kind.FEN),
    Column("unchecked_nozzles", "Nozzles without totals", Kind.INT),
)

_SUMMED = (LineKind.GRADE, LineKind.TENDER, LineKind.OVERRIDE, LineKind.CANCELLATION)


class ShiftNotFound(ReportError):
    """No such shift (or none closed yet) where the report looks; `code` for the window."""

    def __init__(self, message: str) -> None:
        super().__init__("shift_not_found", "shift", message)


def _tables(source: Source) -> tuple[Table, Table]:
    if source.central:
        return central_schema.shifts, central_schema.shift_lines
    return Shift.__table__, ShiftLine.__table__


def _engine(source: Source):
    # At a station a report only reads: a deferred transaction, never the write lock the lanes need.
    return source.engine if source.central else source.engine.execution_options(read_only=True)


def _where_station(query, table: Table, source: Source):
    return query.where(table.c.station_id == source.station_id) if source.station_id else query


# --- one shift ---------------------------------------------------------------------------


def shift(source: Source, flt: ReportFilter) -> Report:
    """One shift (`flt.shift_id`, default the station's last closed one): per nozzle, grade,
    tender, the cashiers' authorisations and the cancellations."""
    shifts, lines = _tables(source)
    with _engine(source).connect() as connection:
        query = select(shifts)
        if flt.shift_id is not None:
            query = query.where(shifts.c.id == flt.shift_id)
        else:
            query = query.where(shifts.c.status == ShiftStatus.CLOSED.value).order_by(shifts.c.closed_at.desc()).limit(1)
        head = connection.execute(_where_station(query, shifts, source)).mappings().first()
        if head is None:
            raise ShiftNotFound(f"shift {flt.shift_id} not found" if flt.shift_id else "no shift has been closed yet")
        stored = [dict(r) for r in connection.execute(select(lines).where(lines.c.shift_id == head["id"])).mappings()]
    provisional = str(head["status"]) == ShiftStatus.OPEN.value
    if provisional:
        stored = _as_it_stands(source, head)
    rows, notes = [], []
    nozzle_rows = []
    for line in _ordered(stored):
        kind = LineKind(str(line["kind"]))
        status = _totals_status(line, provisional) if kind is LineKind.NOZZLE else None
        mismatch_litres, mismatch_fen = _mismatch(line)
        row = (
            kind.value, line["lane"], f"0x{line['pump_address']:02X}" if line["pump_address"] is not None else None,
            line["nozzle"], line["grade"], line["what"], line["fillings"], _l(line["litres"]), line["amount_fen"],
            _l(line["start_litres"]), _l(line["end_litres"]), _l(line["totals_litres"]), line["totals_amount_fen"],
            mismatch_litres, mismatch_fen, status,
        )
        rows.append(row)
        if kind is LineKind.NOZZLE:
            nozzle_rows.append((line, mismatch_litres, mismatch_fen))
            notes.extend(_nozzle_notes(line, status, mismatch_litres, mismatch_fen))
    totals = _shift_totals(nozzle_rows)
    if provisional:
        notes.insert(0, "The shift is open: its end totals are not read yet, the figures are the fillings so far.")
    zone = ZoneInfo(flt.zone)
    params: dict[str, Any] = {
        "shift": str(head["id"]), "station": head["station_id"], "status": str(head["status"]),
        "opened_at": as_utc(head["opened_at"]), "opened_by": head["opened_by"],
        "closed_at": as_utc(head["closed_at"]) if head["closed_at"] else None, "closed_by": head["closed_by"],
        "zone": zone.key,
    }
    return Report("shift", "Shift report", SHIFT_COLUMNS, rows, totals, params, notes)


def _as_it_stands(source: Source, head) -> list[dict]:
    """An open shift's lines: the stored start totals and the fillings made since it opened."""
    from sqlalchemy.orm import Session

    from console.shifts import figures as fig

    with Session(_engine(source)) as session:
        starts = session.scalars(select(ShiftLine).where(ShiftLine.shift_id == head["id"], ShiftLine.kind == LineKind.NOZZLE)).all()
        drafts = [fig.Line(LineKind.NOZZLE, lane=s.lane, pump_address=s.pump_address, nozzle=s.nozzle, grade=s.grade,
                           start_litres=s.start_litres, start_amount_fen=s.start_amount_fen,
                           start_unavailable=s.start_unavailable) for s in starts]
        figures = fig.compute(session, drafts, as_utc(head["opened_at"]), utc_now())
    return [{"id": None, **{name: getattr(line, name) for name in _FIELDS}} for line in figures.lines]


_FIELDS = ("kind", "lane", "pump_address", "nozzle", "grade", "what", "fillings", "litres", "amount_fen", "start_litres",
           "start_amount_fen", "start_unavailable", "end_litres", "end_amount_fen", "end_unavailable", "totals_litres",
           "totals_amount_fen")
_ORDER = {kind: n for n, kind in enumerate(LineKind)}


def _ordered(lines: list[dict]) -> list[dict]:
    return sorted(lines, key=lambda r: (_ORDER[LineKind(str(r["kind"]))], r["lane"] or 0, r["nozzle"] or 0, r["grade"] or "", r["what"] or ""))


def _l(value) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(ZERO)


def _mismatch(line: dict) -> tuple[Decimal | None, int | None]:
    if line["totals_litres"] is None or str(line["kind"]) not in (LineKind.NOZZLE.value, LineKind.GRADE.value):
        return None, None
    return _l(line["totals_litres"]) - _l(line["litres"]), line["totals_amount_fen"] - line["amount_fen"]


def _totals_status(line: dict, provisional: bool) -> str:
    start, end = line["start_unavailable"], line["end_unavailable"]
    if start and (end or provisional):
        return "unavailable"
    if start:
        return "unavailable_at_open"
    if provisional:
        return "not_yet_read"
    return "unavailable_at_close" if end else "read"


def _nozzle_notes(line: dict, status: str, litres: Decimal | None, fen: int | None) -> list[Note]:
    # Literal sentences (values as %n): resources/i18n/report_words.py finds them for translation.
    where = (str(line["lane"]), str(line["nozzle"]), str(line["grade"]))
    if status.startswith("unavailable"):
        values = (*where, ", ".join(sorted({w for w in (line["start_unavailable"], line["end_unavailable"]) if w})), str(line["fillings"]))
        if status == "unavailable_at_open":
            return [Note("Lane %1 nozzle %2 (%3): totals unavailable at open (%4); its %5 filling(s) are not checked against the pump.", values)]
        if status == "unavailable_at_close":
            return [Note("Lane %1 nozzle %2 (%3): totals unavailable at close (%4); its %5 filling(s) are not checked against the pump.", values)]
        return [Note("Lane %1 nozzle %2 (%3): totals unavailable at open and at close (%4); its %5 filling(s) are not checked "
                     "against the pump.", values)]
    if litres is not None and (litres or fen):
        values = (*where, str(abs(litres)), format_yuan(abs(fen)))
        if litres > 0 or (litres == 0 and fen > 0):
            return [Note("Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 more than its fillings.", values)]
        return [Note("Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 less than its fillings.", values)]
    return []


def _shift_totals(nozzles: list[tuple[dict, Decimal | None, int | None]]) -> tuple:
    fillings = sum(line["fillings"] for line, _, _ in nozzles)
    litres = sum((_l(line["litres"]) for line, _, _ in nozzles), ZERO)
    amount = sum(line["amount_fen"] for line, _, _ in nozzles)
    checked = [(line, ml, mf) for line, ml, mf in nozzles if ml is not None]
    totals_litres = sum((_l(line["totals_litres"]) for line, _, _ in checked), ZERO) if checked else None
    totals_fen = sum(line["totals_amount_fen"] for line, _, _ in checked) if checked else None
    mismatch_litres = sum((ml for _, ml, _ in checked), ZERO) if checked else None
    mismatch_fen = sum(mf for _, _, mf in checked) if checked else None
    unchecked = len(nozzles) - len(checked)
    return ("total", None, None, None, None, None, fillings, litres, amount, None, None, totals_litres, totals_fen,
            mismatch_litres, mismatch_fen, f"{unchecked} unchecked" if unchecked else "read")


# --- one day ---------------------------------------------------------------------------


def day(source: Source, flt: ReportFilter) -> Report:
    """Every shift closed on the local day `flt.day` (default today), one line each, then the
    day's grades, tenders, authorisations and cancellations summed over them (per station at
    central, across the chain unless the source names one)."""
    zone = ZoneInfo(flt.zone)
    the_day = flt.day or utc_now().astimezone(zone).date()
    since, until = local_days(the_day, the_day, zone)
    shifts, lines = _tables(source)
    with _engine(source).connect() as connection:
        query = _where_station(select(shifts).where(
            shifts.c.status == ShiftStatus.CLOSED.value, shifts.c.closed_at >= since, shifts.c.closed_at < until,
        ), shifts, source).order_by(shifts.c.station_id, shifts.c.closed_at)
        heads = [dict(r) for r in connection.execute(query).mappings()]
        ids = [h["id"] for h in heads]
        stored = [dict(r) for r in connection.execute(select(lines).where(lines.c.shift_id.in_(ids))).mappings()] if ids else []
    by_shift: dict[uuid.UUID, list[dict]] = defaultdict(list)
    for line in stored:
        by_shift[line["shift_id"]].append(line)
    rows, notes = [], []
    day_totals = [0, ZERO, 0, ZERO, 0, ZERO, 0, 0]  # fillings, litres, fen, totals L, totals fen, mismatch L, mismatch fen, unchecked
    for head in heads:
        nozzles = [line for line in by_shift[head["id"]] if str(line["kind"]) == LineKind.NOZZLE.value]
        checked = [line for line in nozzles if line["totals_litres"] is not None]
        figures = _sums(nozzles, checked)
        rows.append(("shift", head["station_id"], str(head["id"]), as_utc(head["opened_at"]), head["opened_by"],
                     as_utc(head["closed_at"]), head["closed_by"], None, None, *figures))
        for n, value in enumerate(figures):
            if value is not None:
                day_totals[n] += value
        if figures[-1]:
            notes.append(Note("Shift %1 at %2: %3 nozzle(s) closed without totals.",
                              (str(head["id"])[:8], head["station_id"], str(figures[-1]))))
        if figures[5]:
            notes.append(Note("Shift %1 at %2: the pumps counted %3 L, ¥%4 beyond the fillings (totals − fillings).",
                              (str(head["id"])[:8], head["station_id"], str(figures[5]), format_yuan(figures[6]))))
    rows.extend(_rolled_up(heads, by_shift))
    if not heads:
        notes.append("No shift was closed on this day.")
    params = {"day": the_day.isoformat(), "station": source.station_id, "zone": zone.key, "shifts": len(heads),
              "from": since, "to": until}
    totals = ("total", None, None, None, None, None, None, None, None, *day_totals)
    return Report("day", "Day report", DAY_COLUMNS, rows, totals, params, notes)


def _sums(nozzles: list[dict], checked: list[dict]) -> tuple:
    fillings = sum(line["fillings"] for line in nozzles)
    litres = sum((_l(line["litres"]) for line in nozzles), ZERO)
    amount = sum(line["amount_fen"] for line in nozzles)
    totals_litres = sum((_l(line["totals_litres"]) for line in checked), ZERO)
    totals_fen = sum(line["totals_amount_fen"] for line in checked)
    mismatch_litres = totals_litres - sum((_l(line["litres"]) for line in checked), ZERO)
    mismatch_fen = totals_fen - sum(line["amount_fen"] for line in checked)
    return fillings, litres, amount, totals_litres, totals_fen, mismatch_litres, mismatch_fen, len(nozzles) - len(checked)


def _rolled_up(heads: list[dict], by_shift: dict) -> list[tuple]:
    """Grade, tender, override and cancellation lines summed over the day's shifts, per station."""
    summed: dict[tuple, list] = {}
    complete: dict[tuple, bool] = {}
    for head in heads:
        for line in by_shift[head["id"]]:
            kind = LineKind(str(line["kind"]))
            if kind not in _SUMMED:
                continue
            key = (kind, head["station_id"], line["grade"], line["what"])
            acc = summed.setdefault(key, [0, ZERO, 0, ZERO, 0])
            acc[0] += line["fillings"]
            acc[1] += _l(line["litres"])
            acc[2] += line["amount_fen"]
            if kind is LineKind.GRADE:
                if line["totals_litres"] is None:
                    complete[key] = False
                else:
                    complete.setdefault(key, True)
                    acc[3] += _l(line["totals_litres"])
                    acc[4] += line["totals_amount_fen"]
    out = []
    for key in sorted(summed, key=lambda k: (_ORDER[k[0]], k[1], k[2] or "", k[3] or "")):
        kind, station, grade, what = key
        fillings, litres, amount, totals_litres, totals_fen = summed[key]
        checked = kind is LineKind.GRADE and complete.get(key, False)
        out.append((
            kind.value, station, None, None, None, None, None, grade, what, fillings, litres, amount,
            totals_litres if checked else None, totals_fen if checked else None,
            totals_litres - litres if checked else None, totals_fen - amount if checked else None, None,
        ))
    return out


__all__ = ["DAY_COLUMNS", "SHIFT_COLUMNS", "ShiftNotFound", "day", "shift"]
