"""Fillings for the transactions screen: newest first, filtered in SQL, with exact totals.

Who let a filling go and why one was cancelled are not columns of the filling:
the audit log holds them (a cashier's authorisation is audited before its
filling exists, a stop names the filling it ended).  They are read from there
for the fillings shown, not copied into a second place that could disagree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Iterable
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from console.store.models import Account, AuditEntry, Card, Filling, FillingStatus
from console.timeutil import as_utc

# A cashier's authorisation is audited on the lane's thread just before the filling is
# reserved: the two are milliseconds apart, a minute is generous and still specific.
AUTHORISED_WITHIN = timedelta(seconds=60)
# The reason for a stop is asked after the pump has stopped, while the cashier is at the window.
STOP_REASON_WITHIN = timedelta(minutes=15)
# An emergency stop frees the reservations it interrupts within moments of its audit row.
ESTOP_WITHIN = timedelta(seconds=30)

_AUDIT_ACTIONS = (
    "lane.authorise", "lane.correct_plate", "filling.settle_by_hand",
    "lane.stop", "lane.stop.reason", "emergency_stop", "recovery.cancelled", "filling.released",
)


class CancelCode(StrEnum):
    CASHIER_STOP = "cashier_stop"
    EMERGENCY_STOP = "emergency_stop"
    RECOVERY = "recovery"  # a restart found it never authorised (note: the recovery's code)
    # Let go with nobody's word, each filling saying which (filling.released in the audit log).
    TIMED_OUT = "timeout"  # nobody lifted the nozzle in time
    VEHICLE_LEFT = "vehicle_left"
    OTHER_VEHICLE = "other_plate"  # another car came to the pump
    PUMP_REFUSED = "authorise_failed"
    FAILED = "action_failed"  # something failed and the lane took the safe way out
    RELEASED = "released"  # older records that do not say


@dataclass(frozen=True, slots=True)
class CancelCause:
    code: CancelCode
    operator: str | None = None
    note: str | None = None  # the operator's words, or the recovery's code


@dataclass(frozen=True, slots=True)
class FillingRow:
    id: uuid.UUID
    created_at: datetime
    lane: int
    nozzle: int | None
    grade: str | None  # as settled; None while the filling is open
    plate: str
    account: str | None
    card_no: str | None
    status: FillingStatus
    litres: Decimal | None
    amount_fen: int | None
    preset_fen: int
    phone: str | None
    driver: str | None
    ended_at: datetime | None = None
    operator: str | None = None  # who authorised it or corrected its plate, else who settled it by hand
    cancel: CancelCause | None = None


@dataclass(frozen=True, slots=True)
class FillingTotals:
    """Over every filling the filter matches; litres and money leave the cancelled ones out."""

    count: int = 0
    cancelled: int = 0
    litres: Decimal = Decimal("0.000")
    amount_fen: int = 0


@dataclass(frozen=True, slots=True)
class FillingFilter:
    status: FillingStatus | None = None
    search: str = ""
    since: datetime | None = None  # inclusive, aware
    until: datetime | None = None  # exclusive, aware


def local_days(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC span of the station's local days `first` to `last`, both whole: [since, until)."""
    since = datetime.combine(first, time(), zone).astimezone(UTC)
    until = datetime.combine(last + timedelta(days=1), time(), zone).astimezone(UTC)
    return since, until


def _joined(query):
    return query.outerjoin(Card, Filling.card_id == Card.id).outerjoin(Account, Card.account_id == Account.id)


def _where(query, where: FillingFilter):
    if where.status is not None:
        query = query.where(Filling.status == where.status)
    if where.since is not None:
        query = query.where(Filling.created_at >= where.since)
    if where.until is not None:
        query = query.where(Filling.created_at < where.until)
    text = where.search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(
            Filling.plate.like(pattern), Account.name.like(pattern), Card.card_no.like(pattern), Filling.phone_charged.like(pattern),
        ))
    return query


def list_fillings(session: Session, where: FillingFilter = FillingFilter(), *, limit: int | None = 1000) -> list[FillingRow]:
    """At most `limit` fillings (None: all), newest first; the search matches plate, account, card or phone."""
    query = _where(_joined(select(
        Filling.id, Filling.created_at, Filling.lane, Filling.nozzle, Filling.grade, Filling.plate, Account.name, Card.card_no,
        Filling.status, Filling.litres, Filling.amount_fen, Filling.preset_fen, Filling.phone_charged, Filling.driver,
        Filling.ended_at,
    )), where).order_by(Filling.created_at.desc())
    if limit is not None:
        query = query.limit(limit)
    rows = [FillingRow(r[0], as_utc(r[1]), *r[2:14], as_utc(r[14]) if r[14] else None) for r in session.execute(query)]
    return _with_audit(session, rows)


def filling_totals(session: Session, where: FillingFilter = FillingFilter()) -> FillingTotals:
    # Summed by the database over integer millilitres and fen: exact, and over every match, not just the rows shown.
    query = _where(_joined(
        select(Filling.status, func.count(), func.sum(Filling.litres), func.sum(Filling.amount_fen)).select_from(Filling)
    ), where).group_by(Filling.status)
    count = cancelled = amount_fen = 0
    litres = Decimal("0.000")
    for status, n, status_litres, status_fen in session.execute(query):
        count += n
        if status is FillingStatus.CANCELLED:
            cancelled += n
            continue
        litres += status_litres or 0
        amount_fen += int(status_fen or 0)
    return FillingTotals(count, cancelled, litres, amount_fen)


@dataclass(frozen=True, slots=True)
class _Audited:
    at: datetime
    operator: str
    action: str
    subject: str | None
    reason: str | None
    details: dict


def _with_audit(session: Session, rows: list[FillingRow]) -> list[FillingRow]:
    if not rows:
        return rows
    earliest = min(r.created_at for r in rows) - AUTHORISED_WITHIN
    latest = max(r.ended_at or r.created_at for r in rows) + STOP_REASON_WITHIN
    entries = [
        _Audited(as_utc(at), operator, action, subject, reason, details or {})
        for at, operator, action, subject, reason, details in session.execute(
            select(AuditEntry.at, AuditEntry.operator, AuditEntry.action, AuditEntry.subject, AuditEntry.reason, AuditEntry.details)
            .where(AuditEntry.action.in_(_AUDIT_ACTIONS), AuditEntry.at >= earliest, AuditEntry.at <= latest)
            .order_by(AuditEntry.at)
        )
    ]
    by_filling: dict[str, list[_Audited]] = {}
    for entry in entries:
        key = entry.details.get("filling") or (entry.subject if entry.action == "filling.settle_by_hand" else None)
        if key:
            by_filling.setdefault(key, []).append(entry)
    out = []
    for row in rows:
        own = by_filling.get(str(row.id), [])
        cancel = _cancel_cause(row, own, entries) if row.status is FillingStatus.CANCELLED else None
        out.append(replace(row, operator=_operator(row, own, entries), cancel=cancel))
    return out


def _accepted(entry: _Audited) -> bool:
    return bool(entry.details.get("accepted"))


def _operator(row: FillingRow, own: list[_Audited], entries: Iterable[_Audited]) -> str | None:
    subject = f"lane {row.lane} "
    let_go = [
        e for e in entries
        if row.created_at - AUTHORISED_WITHIN <= e.at <= row.created_at and _accepted(e) and (
            (e.action == "lane.authorise" and e.subject == subject + row.plate)
            or (e.action == "lane.correct_plate" and (e.subject or "").startswith(subject) and e.details.get("to") == row.plate)
        )
    ]
    if let_go:
        return let_go[-1].operator
    by_hand = [e for e in own if e.action == "filling.settle_by_hand"]
    return by_hand[-1].operator if by_hand else None


def _cancel_cause(row: FillingRow, own: list[_Audited], entries: list[_Audited]) -> CancelCause:
    for entry in own:
        if entry.action == "recovery.cancelled":
            return CancelCause(CancelCode.RECOVERY, None, entry.details.get("why"))
    stops = [e for e in own if e.action == "lane.stop" and _accepted(e)]
    if stops:
        stop = stops[-1]
        # The stop button acts first and asks why afterwards: the answer is its own audit row.
        answers = [
            e for e in entries
            if e.action == "lane.stop.reason" and e.operator == stop.operator and e.subject == f"lane {row.lane}"
            and stop.at <= e.at <= stop.at + STOP_REASON_WITHIN
        ]
        return CancelCause(CancelCode.CASHIER_STOP, stop.operator, answers[0].reason if answers else stop.reason)
    moment = row.ended_at or row.created_at
    for entry in entries:
        if entry.action == "emergency_stop" and row.created_at <= entry.at and abs(entry.at - moment) <= ESTOP_WITHIN:
            return CancelCause(CancelCode.EMERGENCY_STOP, entry.operator, entry.reason)
    released = [e for e in own if e.action == "filling.released"]
    cause = released[-1].details.get("cause") if released else None
    return CancelCause(CancelCode(cause) if cause in CancelCode._value2member_map_ else CancelCode.RELEASED)
