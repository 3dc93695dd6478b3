"""A vehicle's stay at a car park, from entry gate to exit gate, made durable before a barrier moves.

Every step that moves money is one write transaction: the fee is taken off the
card, the charge to the driver's phone is queued and the session is closed
together, and the debit's id is derived from the session's, so a retry, a
second read of the plate or a restart between the charge and the barrier can
never take the fee twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain import accounts, ledger
from console.domain.errors import Conflict
from console.money import format_yuan
from console.store.charge_models import ChargeRequest, ChargeState
from console.store.db import Store
from console.store.models import CardStatus, EntryKind, ParkingSession, SessionStatus, Vehicle
from console.store.sync_models import ChainStay
from console.timeutil import utc_now
from drivers.plates.syntax import Plate


class NoSession(Conflict):
    """The exit found no stay for the plate (it entered before the camera saw it, or by another gate)."""


class CannotPay(Conflict):
    """The card cannot pay the fee: `why` is no_card, card_blocked or insufficient."""

    def __init__(self, why: str, fee_fen: int) -> None:
        super().__init__(f"{why}: fee {format_yuan(fee_fen)}")
        self.why, self.fee_fen = why, fee_fen


@dataclass(frozen=True)
class Entered:
    session_id: uuid.UUID
    second_entry: bool  # the plate already had an open stay: flagged, and that stay is kept


@dataclass(frozen=True)
class Paid:
    session_id: uuid.UUID
    plate: str
    fee_fen: int
    paid_by: str  # card, free, pass, booth
    entered_at: datetime
    balance_fen: int | None = None
    phone: str | None = None
    already: bool = False  # closed before (a second read, or a restart before the barrier opened)
    breakdown: list[dict[str, Any]] = field(default_factory=list)


def open_stay(store: Store, *, station_id: str, lane: int, plate: str, vehicle_class: str, at: datetime,
              photo: str | None = None, operator: str | None = None, reason: str | None = None) -> Entered:
    """The entry of `plate`; a second entry without an exit keeps the first stay (never two fees)."""
    with store.write() as session:
        existing = open_stay_of(session, plate)
        if existing is not None:
            return Entered(existing.id, second_entry=True)
        stay = ParkingSession(
            station_id=station_id, plate=plate, vehicle_class=vehicle_class, kind="parking", entry_lane=lane,
            entered_at=at, entry_photo=photo, operator=operator, reason=reason,
        )
        session.add(stay)
        session.flush()
        return Entered(stay.id, second_entry=False)


def open_stay_of(session: Session, plate: str) -> ParkingSession | None:
    return session.scalar(
        select(ParkingSession).where(ParkingSession.plate == plate, ParkingSession.status == SessionStatus.OPEN)
        .order_by(ParkingSession.entered_at.desc()).limit(1)
    )


def stay_to_leave(session: Session, plate: str) -> ParkingSession | ChainStay | None:
    """The stay an exit lets `plate` out of: its own open stay here, else one begun at another
    station of the chain (as last pulled from central), which this exit then ends."""
    return open_stay_of(session, plate) or session.scalar(
        select(ChainStay).where(ChainStay.plate == plate, ChainStay.id.not_in(select(ParkingSession.id)))
        .order_by(ChainStay.entered_at.desc()).limit(1)
    )


def _adopted(session: Session, stay_id: uuid.UUID | None, plate: str) -> ParkingSession | None:
    """Another station's stay taken over by this exit: it becomes a stay here under the same id, so
    central closes the one stay (and a second exit anywhere finds it ended)."""
    chain = session.get(ChainStay, stay_id) if stay_id else stay_to_leave(session, plate)
    if not isinstance(chain, ChainStay) or session.get(ParkingSession, chain.id) is not None:
        return None
    stay = ParkingSession(
        id=chain.id, station_id=chain.station_id, plate=chain.plate, vehicle_class=chain.vehicle_class,
        kind="parking", entry_lane=chain.entry_lane, entered_at=chain.entered_at,
    )
    session.add(stay)
    session.flush()
    return stay


def recently_closed(session: Session, plate: str, within: timedelta, now: datetime) -> ParkingSession | None:
    """A stay this plate paid for moments ago: its barrier may not have opened (a restart), or the
    camera read the plate again while it waited."""
    return session.scalar(
        select(ParkingSession).where(
            ParkingSession.plate == plate, ParkingSession.status == SessionStatus.CLOSED,
            ParkingSession.exited_at >= now - within,
        ).order_by(ParkingSession.exited_at.desc()).limit(1)
    )


def pay_and_close(store: Store, config, *, lane: int, plate: Plate, fee_fen: int, breakdown: list[dict[str, Any]],
                  at: datetime, kind: str = "parking", stay_id: uuid.UUID | None = None,
                  paid_by: str | None = None, operator: str | None = None, reason: str | None = None,
                  grace: timedelta = timedelta(minutes=15), vehicle_class: str = "small") -> Paid:
    """Take the fee and close the stay, in one transaction.  A toll pass has no stay: it is made
    and closed at once (`kind="toll"`).  `paid_by="booth"` is a fee taken another way by hand."""
    with store.write() as session:
        if kind == "parking":
            stay = session.get(ParkingSession, stay_id) if stay_id else open_stay_of(session, plate.text)
            if stay is None:
                stay = _adopted(session, stay_id, plate.text)
            if stay is None or stay.status is not SessionStatus.OPEN:
                done = recently_closed(session, plate.text, grace, at)
                if done is not None:
                    return _paid(done, already=True)
                raise NoSession(f"no open stay for {plate.text}")
        else:
            stay = session.get(ParkingSession, stay_id) if stay_id else None
            if stay is None:
                stay = ParkingSession(
                    id=stay_id or uuid.uuid4(), station_id=config.station.id, plate=plate.text, vehicle_class=vehicle_class,
                    kind="toll", entry_lane=lane, entered_at=at,
                )
                session.add(stay)
                session.flush()
            elif stay.status is SessionStatus.CLOSED:
                return _paid(stay, already=True)
        stay.exit_lane, stay.exited_at, stay.fee_fen = lane, at, fee_fen
        stay.operator, stay.reason = operator or stay.operator, reason or stay.reason
        if paid_by is not None or fee_fen == 0:
            stay.paid_by = paid_by or "free"
        else:
            _charge_card(session, config, stay, plate, fee_fen, at)
        stay.status = SessionStatus.CLOSED
        session.flush()
        balance = ledger.funds(session, stay.card_id).balance_fen if stay.card_id else None
        return Paid(stay.id, stay.plate, fee_fen, stay.paid_by, stay.entered_at, phone=stay.phone_charged,
                    balance_fen=balance, breakdown=breakdown)


def void_stay(store: Store, stay_id: uuid.UUID, operator: str, reason: str) -> None:
    if not reason or not reason.strip():
        raise Conflict("say why: a reason is kept in the audit log")
    with store.write() as session:
        stay = session.get(ParkingSession, stay_id)
        if stay is None or stay.status is not SessionStatus.OPEN:
            raise NoSession(f"no open stay {stay_id}")
        stay.status, stay.operator, stay.reason = SessionStatus.VOIDED, operator, reason


def _charge_card(session: Session, config, stay: ParkingSession, plate: Plate, fee_fen: int, at: datetime) -> None:
    found = accounts.lookup_plate(session, plate)
    if found is None:
        raise CannotPay("no_card", fee_fen)
    if found.card_status is not CardStatus.ACTIVE:
        raise CannotPay("card_blocked", fee_fen)
    if found.funds.available_fen < fee_fen:
        raise CannotPay("insufficient", fee_fen)
    kind = EntryKind.TOLL if stay.kind == "toll" else EntryKind.PARKING
    # The id follows from the stay's: the same stay can never be charged twice.
    ledger.spend(session, found.card_id, fee_fen, kind=kind, station_id=config.station.id,
                 entry_id=uuid.uuid5(stay.id, "fee"), note=f"{stay.kind} {stay.plate}")
    vehicle = session.get(Vehicle, found.vehicle_id)
    duty = accounts.on_duty(session, vehicle, at, config.station.zone)
    stay.card_id, stay.paid_by, stay.phone_charged = found.card_id, "card", duty.phone
    session.add(ChargeRequest(
        id=stay.id, parking_session_id=stay.id, phone=duty.phone, driver=duty.driver, amount_fen=fee_fen,
        payload=charge_payload(config, stay, duty), state=ChargeState.QUEUED, next_attempt_at=utc_now(),
    ))


def charge_payload(config, stay: ParkingSession, duty) -> dict:
    """The webhook's body for a car park's fee or a toll: the stay's id is its idempotency key."""
    return {
        "idempotency_key": str(stay.id),
        "kind": stay.kind,  # parking or toll
        "session_id": str(stay.id),
        "plate": stay.plate,
        "phone": duty.phone,
        "driver": duty.driver,
        "amount_fen": stay.fee_fen,
        "amount": format_yuan(stay.fee_fen),
        "currency": "CNY",
        "station": config.station.id,
        "station_name": config.station.name,
        "lane": stay.exit_lane,
        "entered_at": stay.entered_at.isoformat(),
        "exited_at": stay.exited_at.isoformat(),
    }


def _paid(stay: ParkingSession, already: bool = False) -> Paid:
    return Paid(stay.id, stay.plate, stay.fee_fen or 0, stay.paid_by or "free", stay.entered_at,
                phone=stay.phone_charged, already=already)
