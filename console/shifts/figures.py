"""A shift's figures from the station's own records: its fillings, how each was paid, who let
one go by hand and why one ended without fuel, against the pumps' totals at both ends.

Computed once, at close, and stored as the shift's lines (console/store/shift_models.py);
the report reads the stored lines, so what was closed is what is shown, here and at head
office.  Who authorised a filling and why one was cancelled are read from the audit log
the way the transactions screen reads them (console/queries/fillings.py).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.queries.fillings import AUTHORISED_WITHIN, FillingFilter, FillingRow, list_fillings
from console.store.models import AuditEntry, FillingStatus
from console.store.shift_models import LineKind, Tender
from console.timeutil import as_utc

ZERO_LITRES = Decimal("0.000")


@dataclass
class Line:
    """One line of a shift's report before it is stored (the columns of ShiftLine)."""

    kind: LineKind
    lane: int | None = None
    pump_address: int | None = None
    nozzle: int | None = None
    grade: str | None = None
    what: str | None = None
    fillings: int = 0
    litres: Decimal = ZERO_LITRES
    amount_fen: int = 0
    start_litres: Decimal | None = None
    start_amount_fen: int | None = None
    start_unavailable: str | None = None
    end_litres: Decimal | None = None
    end_amount_fen: int | None = None
    end_unavailable: str | None = None
    totals_litres: Decimal | None = None
    totals_amount_fen: int | None = None

    def add(self, row: FillingRow) -> None:
        self.fillings += 1
        self.litres += row.litres or ZERO_LITRES
        self.amount_fen += row.amount_fen or 0

    @property
    def checked(self) -> bool:
        return self.totals_litres is not None


@dataclass
class Figures:
    lines: list[Line] = field(default_factory=list)
    fillings: int = 0
    litres: Decimal = ZERO_LITRES
    amount_fen: int = 0

    @property
    def unchecked_nozzles(self) -> int:
        return sum(1 for line in self.lines if line.kind is LineKind.NOZZLE and not line.checked)


def fillings_of(session: Session, since: datetime, until: datetime) -> list[FillingRow]:
    """Every filling made in [since, until): no filling is open at a shift's ends, so these are
    exactly the fillings settled or cancelled within the shift."""
    return list_fillings(session, FillingFilter(since=since, until=until), limit=None)


def compute(session: Session, nozzle_lines: list[Line], since: datetime, until: datetime) -> Figures:
    """The shift's lines: `nozzle_lines` carry the totals at both ends (from open and close);
    fillings are added to them, and grade, tender, override and cancellation lines made."""
    rows = fillings_of(session, since, until)
    settled = [r for r in rows if r.status is FillingStatus.SETTLED]
    cancelled = [r for r in rows if r.status is FillingStatus.CANCELLED]
    figures = Figures()
    for line in nozzle_lines:
        if line.start_litres is not None and line.end_litres is not None:
            line.totals_litres = line.end_litres - line.start_litres
            line.totals_amount_fen = line.end_amount_fen - line.start_amount_fen
    by_nozzle = {(line.lane, line.nozzle): line for line in nozzle_lines}
    grades: dict[str, Line] = {}
    tenders: dict[Tender, Line] = {}
    by_hand = _settled_by_hand(session, [r.id for r in settled])
    authorised_by = _authorised_by(session, settled, since, until)
    overrides: dict[str, Line] = {}
    for row in settled:
        figures.fillings += 1
        figures.litres += row.litres or ZERO_LITRES
        figures.amount_fen += row.amount_fen or 0
        line = by_nozzle.get((row.lane, row.nozzle))
        if line is None:  # a nozzle not configured (or unknown, settled by hand): no totals to check it by
            line = by_nozzle[(row.lane, row.nozzle)] = Line(LineKind.NOZZLE, lane=row.lane, nozzle=row.nozzle, grade=row.grade,
                                                            start_unavailable="not_configured", end_unavailable="not_configured")
            nozzle_lines.append(line)
        line.add(row)
        grade = row.grade or line.grade or "-"
        grades.setdefault(grade, Line(LineKind.GRADE, grade=grade)).add(row)
        tender = _tender(row, by_hand)
        tenders.setdefault(tender, Line(LineKind.TENDER, what=tender.value)).add(row)
        operator = authorised_by.get(row.id)
        if operator is not None:
            overrides.setdefault(operator, Line(LineKind.OVERRIDE, what=operator)).add(row)
    for grade in {n.grade for n in nozzle_lines if n.grade} | set(grades):
        line = grades.setdefault(grade, Line(LineKind.GRADE, grade=grade))
        nozzles = [n for n in nozzle_lines if (n.grade or "-") == grade]
        if nozzles and all(n.checked for n in nozzles):
            line.totals_litres = sum((n.totals_litres for n in nozzles), ZERO_LITRES)
            line.totals_amount_fen = sum(n.totals_amount_fen for n in nozzles)
        # A grade nobody sold and whose pumps counted nothing says nothing.
        if not line.fillings and not line.totals_litres and not line.totals_amount_fen:
            del grades[grade]
    cancellations: dict[str, Line] = defaultdict(lambda: Line(LineKind.CANCELLATION))
    for row in cancelled:
        code = row.cancel.code.value if row.cancel else "released"
        line = cancellations[code]
        line.what = code
        line.add(row)
    nozzle_lines.sort(key=lambda n: (n.lane or 0, n.nozzle or 0))
    figures.lines = [
        *nozzle_lines,
        *sorted(grades.values(), key=lambda g: g.grade or ""),
        *(tenders[t] for t in Tender if t in tenders),
        *(overrides[o] for o in sorted(overrides)),
        *(cancellations[c] for c in sorted(cancellations)),
    ]
    return figures


def _tender(row: FillingRow, by_hand: set[uuid.UUID]) -> Tender:
    if row.id in by_hand:
        return Tender.MANUAL
    if row.card_no is None:
        return Tender.NO_CARD
    return Tender.PHONE if row.phone else Tender.CARD


def _settled_by_hand(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    subjects = session.scalars(
        select(AuditEntry.subject).where(AuditEntry.action == "filling.settle_by_hand", AuditEntry.subject.in_([str(i) for i in ids]))
    )
    return {uuid.UUID(s) for s in subjects}


def _authorised_by(session: Session, rows: list[FillingRow], since: datetime, until: datetime) -> dict[uuid.UUID, str]:
    """The cashier who let each filling go by hand (an accepted lane.authorise for its lane and
    plate just before it was reserved), as the transactions screen matches them."""
    entries = [
        (as_utc(at), operator, subject)
        for at, operator, subject, details in session.execute(
            select(AuditEntry.at, AuditEntry.operator, AuditEntry.subject, AuditEntry.details)
            .where(AuditEntry.action == "lane.authorise", AuditEntry.at >= since - AUTHORISED_WITHIN, AuditEntry.at < until)
            .order_by(AuditEntry.at)
        )
        if (details or {}).get("accepted")
    ]
    found: dict[uuid.UUID, str] = {}
    for row in rows:
        subject = f"lane {row.lane} {row.plate}"
        matching = [op for at, op, s in entries if s == subject and row.created_at - AUTHORISED_WITHIN <= at <= row.created_at]
        if matching:
            found[row.id] = matching[-1]
    return found
