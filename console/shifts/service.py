"""Opening and closing a shift: the one service the window and the CLI call.

    readings = engine.read_totals()            # or console.shifts.pumps.read_configured_totals(config)
    shift = open_shift(store, config, actor, readings)
    …
    refuse_open_fillings(store)                # before reading: say so at once, not after the pumps
    shift = close_shift(store, config, actor, engine.read_totals())

A shift runs from the moment its start totals began to be read to the moment its end
totals began to be read.  No filling may be open at either end (the shift's fillings are
then exactly those made in between), and none may begin while the totals are read.
A nozzle whose totals could not be read is refused unless the caller names it in
`accept_unavailable` (the operator said so, having been shown `TotalsUnavailable.params`):
its line is then marked unavailable, never read as zero.  Each refusal is a ShiftRefused
with a `code` and `params` for the window to word.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.config import Config
from console.domain import audit
from console.domain.errors import DomainError
from console.money import LITRE_QUANTUM
from console.services import Actor
from console.shifts import figures as fig
from console.shifts.totals import NozzleReading, configured_nozzles
from console.store.db import Store
from console.store.models import OPEN_FILLING_STATUSES, Filling, Role
from console.store.shift_models import LineKind, Shift, ShiftLine, ShiftStatus


class ShiftRefusal(StrEnum):
    SHIFT_ALREADY_OPEN = "shift_already_open"  # params: shift, opened_by, opened_at
    NO_OPEN_SHIFT = "no_open_shift"
    NOT_THE_OPEN_SHIFT = "not_the_open_shift"  # params: shift (asked), open (the one open)
    FILLING_OPEN = "filling_open"  # params: count, lanes, fillings
    FILLING_DURING_READING = "filling_during_reading"  # params: count, lanes
    TOTALS_UNAVAILABLE = "totals_unavailable"  # params: nozzles [{lane, nozzle, pump, grade, why}]
    READINGS_INCOMPLETE = "readings_incomplete"  # params: missing [{lane, nozzle}]
    NOT_AN_OPERATOR = "not_an_operator"  # params: role


class ShiftRefused(DomainError):
    """A shift not opened or closed; nothing was written. `code` (a ShiftRefusal) and `params` say why."""

    def __init__(self, code: ShiftRefusal, message: str, **params) -> None:
        super().__init__(message)
        self.code, self.params = code, params


class FillingOpen(ShiftRefused):
    """A filling is still open (reserved, authorised, filling, completed or waiting to be settled by hand)."""


class TotalsUnavailable(ShiftRefused):
    """Some nozzles' totals could not be read; name them in `accept_unavailable` to go on without them."""


@dataclass(frozen=True)
class ShiftSummary:
    id: uuid.UUID
    station_id: str
    status: ShiftStatus
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str | None
    fillings: int | None  # from here on: stored at close
    litres: Decimal | None
    amount_fen: int | None
    unchecked_nozzles: int | None


def _summary(shift: Shift) -> ShiftSummary:
    return ShiftSummary(shift.id, shift.station_id, shift.status, shift.opened_at, shift.opened_by, shift.closed_at,
                        shift.closed_by, shift.fillings, shift.litres, shift.amount_fen, shift.unchecked_nozzles)


def current_shift(store: Store, station_id: str) -> ShiftSummary | None:
    """The station's open shift, if any."""
    with store.read() as session:
        shift = _open(session, station_id)
        return _summary(shift) if shift else None


def last_closed(session: Session, station_id: str) -> Shift | None:
    return session.scalar(
        select(Shift).where(Shift.station_id == station_id, Shift.status == ShiftStatus.CLOSED)
        .order_by(Shift.closed_at.desc()).limit(1)
    )


def refuse_open_fillings(store: Store) -> None:
    """Raise FillingOpen while any filling is open: check before reading totals, to say so at once."""
    with store.read() as session:
        _refuse_open_fillings(session)


def open_shift(store: Store, config: Config, actor: Actor, readings: Sequence[NozzleReading],
               *, accept_unavailable: Collection[tuple[int, int]] = ()) -> ShiftSummary:
    """Open the station's shift with these start totals (one reading per configured nozzle)."""
    _check_actor(actor)
    opened_at = _check_readings(config, readings, accept_unavailable)
    with store.write() as session:
        existing = _open(session, actor.station_id)
        if existing is not None:
            raise ShiftRefused(ShiftRefusal.SHIFT_ALREADY_OPEN, f"shift {existing.id} is open since {existing.opened_at:%Y-%m-%d %H:%M} "
                               f"(opened by {existing.opened_by}): close it first", shift=str(existing.id),
                               opened_by=existing.opened_by, opened_at=existing.opened_at.isoformat())
        _refuse_open_fillings(session)
        _refuse_fillings_since(session, opened_at)
        shift = Shift(id=uuid.uuid4(), station_id=actor.station_id, status=ShiftStatus.OPEN, opened_at=opened_at, opened_by=actor.operator)
        session.add(shift)
        for r in readings:
            session.add(ShiftLine(
                id=uuid.uuid4(), shift_id=shift.id, station_id=actor.station_id, kind=LineKind.NOZZLE, lane=r.lane,
                pump_address=r.pump_address, nozzle=r.nozzle, grade=r.grade,
                start_litres=_litres(r.volume), start_amount_fen=r.amount_fen,
                start_unavailable=r.unavailable.value if r.unavailable else None,
            ))
        try:
            session.flush()
        except IntegrityError:  # another window or the CLI opened one a moment ago
            raise ShiftRefused(ShiftRefusal.SHIFT_ALREADY_OPEN, "another shift was opened meanwhile", shift=None) from None
        audit.record(session, station_id=actor.station_id, operator=actor.operator, action="shift.opened", subject=f"shift {shift.id}",
                     details={"shift": str(shift.id), "unavailable": _unavailable_details(readings), "nozzles": len(readings)})
        return _summary(shift)


def close_shift(store: Store, config: Config, actor: Actor, readings: Sequence[NozzleReading], *,
                shift_id: uuid.UUID | None = None, accept_unavailable: Collection[tuple[int, int]] = ()) -> ShiftSummary:
    """Close the open shift (`shift_id`: the one the operator saw) with these end totals, and
    store its report: from here on the database refuses to change it."""
    _check_actor(actor)
    closed_at = _check_readings(config, readings, accept_unavailable)
    with store.write() as session:
        shift = _open(session, actor.station_id)
        if shift is None:
            raise ShiftRefused(ShiftRefusal.NO_OPEN_SHIFT, "no shift is open")
        if shift_id is not None and shift.id != shift_id:
            raise ShiftRefused(ShiftRefusal.NOT_THE_OPEN_SHIFT, f"shift {shift_id} is not the open one ({shift.id})",
                               shift=str(shift_id), open=str(shift.id))
        _refuse_open_fillings(session)
        _refuse_fillings_since(session, closed_at)
        lines = session.scalars(select(ShiftLine).where(ShiftLine.shift_id == shift.id, ShiftLine.kind == LineKind.NOZZLE)).all()
        by_key = {(line.lane, line.nozzle): line for line in lines}
        drafts: list[tuple[ShiftLine | None, fig.Line]] = []
        for r in readings:
            stored = by_key.pop((r.lane, r.nozzle), None)
            draft = fig.Line(
                LineKind.NOZZLE, lane=r.lane, pump_address=r.pump_address, nozzle=r.nozzle, grade=r.grade,
                start_litres=stored.start_litres if stored else None,
                start_amount_fen=stored.start_amount_fen if stored else None,
                # A nozzle configured since the shift opened had no start reading.
                start_unavailable=(stored.start_unavailable if stored else "not_configured"),
                end_litres=_litres(r.volume), end_amount_fen=r.amount_fen,
                end_unavailable=r.unavailable.value if r.unavailable else None,
            )
            drafts.append((stored, draft))
        for stored in by_key.values():  # configured at open, not any more: no end reading
            drafts.append((stored, fig.Line(
                LineKind.NOZZLE, lane=stored.lane, pump_address=stored.pump_address, nozzle=stored.nozzle, grade=stored.grade,
                start_litres=stored.start_litres, start_amount_fen=stored.start_amount_fen,
                start_unavailable=stored.start_unavailable, end_unavailable="not_configured",
            )))
        nozzle_drafts = [d for _, d in drafts]
        figures = fig.compute(session, nozzle_drafts, shift.opened_at, closed_at)
        stored_of = {id(d): s for s, d in drafts}
        for line in figures.lines:
            row = stored_of.get(id(line)) or ShiftLine(id=uuid.uuid4(), shift_id=shift.id, station_id=shift.station_id)
            for name in _LINE_FIELDS:
                setattr(row, name, getattr(line, name))
            session.add(row)
        session.flush()
        shift.fillings, shift.litres, shift.amount_fen = figures.fillings, figures.litres, figures.amount_fen
        shift.unchecked_nozzles = figures.unchecked_nozzles
        shift.closed_at, shift.closed_by = closed_at, actor.operator
        shift.status = ShiftStatus.CLOSED  # last: the triggers hold it as it is from here on
        session.flush()
        mismatches = [
            {"lane": line.lane, "nozzle": line.nozzle, "litres": str(line.totals_litres - line.litres),
             "amount_fen": line.totals_amount_fen - line.amount_fen}
            for line in figures.lines
            if line.kind is LineKind.NOZZLE and line.checked
            and (line.totals_litres != line.litres or line.totals_amount_fen != line.amount_fen)
        ]
        audit.record(session, station_id=actor.station_id, operator=actor.operator, action="shift.closed", subject=f"shift {shift.id}",
                     details={"shift": str(shift.id), "fillings": figures.fillings, "litres": str(figures.litres),
                              "amount_fen": figures.amount_fen, "unavailable": _unavailable_details(readings),
                              "mismatches": mismatches})
        return _summary(shift)


_LINE_FIELDS = (
    "kind", "lane", "pump_address", "nozzle", "grade", "what", "fillings", "litres", "amount_fen",
    "start_litres", "start_amount_fen", "start_unavailable", "end_litres", "end_amount_fen", "end_unavailable",
    "totals_litres", "totals_amount_fen",
)


# --- checks ---------------------------------------------------------------------


def _check_actor(actor: Actor) -> None:
    # Both of the station's roles keep shifts; a role the station does not have is refused.
    if actor.role not in (Role.CASHIER, Role.MANAGER):
        raise ShiftRefused(ShiftRefusal.NOT_AN_OPERATOR, f"a {actor.role} does not keep shifts", role=str(actor.role))


def _check_readings(config: Config, readings: Sequence[NozzleReading], accept: Collection[tuple[int, int]]) -> datetime:
    """Every configured nozzle read, or accepted as unavailable; returns when the reading began."""
    have = {r.key for r in readings}
    missing = [{"lane": n.lane, "nozzle": n.nozzle} for n in configured_nozzles(config) if (n.lane, n.nozzle) not in have]
    if missing or not readings:
        raise ShiftRefused(ShiftRefusal.READINGS_INCOMPLETE, f"no totals for {len(missing)} configured nozzles", missing=missing)
    refused = [r for r in readings if not r.available and r.key not in set(accept)]
    if refused:
        listed = ", ".join(f"lane {r.lane} nozzle {r.nozzle} ({r.unavailable})" for r in refused)
        raise TotalsUnavailable(ShiftRefusal.TOTALS_UNAVAILABLE, f"totals could not be read: {listed}",
                                nozzles=_unavailable_details(refused))
    return min(r.read_at for r in readings)


def _unavailable_details(readings: Sequence[NozzleReading]) -> list[dict]:
    return [{"lane": r.lane, "nozzle": r.nozzle, "pump": f"0x{r.pump_address:02X}", "grade": r.grade,
             "why": r.unavailable.value, "detail": r.detail} for r in readings if not r.available]


def _open(session: Session, station_id: str) -> Shift | None:
    return session.scalar(select(Shift).where(Shift.station_id == station_id, Shift.status == ShiftStatus.OPEN))


def _refuse_open_fillings(session: Session) -> None:
    rows = session.execute(select(Filling.id, Filling.lane).where(Filling.status.in_(OPEN_FILLING_STATUSES))).all()
    if rows:
        lanes = sorted({lane for _, lane in rows})
        raise FillingOpen(ShiftRefusal.FILLING_OPEN, f"{len(rows)} filling(s) still open on lane(s) {', '.join(map(str, lanes))}: "
                          "let them finish (or settle them) first", count=len(rows), lanes=lanes,
                          fillings=[str(i) for i, _ in rows])


def _refuse_fillings_since(session: Session, moment: datetime) -> None:
    # Begun during the reading, or begun before it and ended during it: its fuel is in some
    # pumps' readings and not in others', so the shift's boundary would cut it in two.
    during = or_(Filling.created_at >= moment, Filling.ended_at >= moment)
    rows = session.execute(select(Filling.lane, func.count()).where(during).group_by(Filling.lane)).all()
    if rows:
        raise FillingOpen(ShiftRefusal.FILLING_DURING_READING, "a filling began while the totals were read: read them again",
                          count=sum(n for _, n in rows), lanes=sorted(lane for lane, _ in rows))


def _litres(volume: Decimal | None) -> Decimal | None:
    # The store keeps millilitres; a pump counting finer is rounded as its fillings are.
    return None if volume is None else volume.quantize(LITRE_QUANTUM, rounding=ROUND_HALF_UP)
