"""Odometer (or engine-hours) readings at the filling: taken, checked, corrected.

A vehicle's meter only goes up.  A reading is checked against the vehicle's
readings either side of it in time (at any station: the chain's readings are
pulled like master data): below the one before, or above the one after, it is
refused with that neighbour shown.  A reading is never changed; a correction is
a new reading naming the one it replaces, audited with its reason.  A filling's
effective reading is its latest one that no correction replaces.

Errors carry a `code` and `params`; ui/ words them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from console.domain import audit
from console.domain.errors import DomainError
from console.store.fleet_models import Meter, OdometerReading, ReadingSource
from console.store.models import Filling, Vehicle
from console.timeutil import utc_now

MAX_VALUE = Decimal("99999999.9")  # numeric(10, 1) at head office
_TENTH = Decimal("0.1")


class ReadingRefused(DomainError):
    """A reading not taken; `code` and `params` say why (for ui/ to word)."""

    code = "odometer_refused"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.params = params


class BadReading(ReadingRefused):
    """Not a reading: negative, finer than a tenth, too large, not a number."""

    code = "odometer_bad_value"


class BelowLast(ReadingRefused):
    """Lower than the vehicle's reading before it: params value, last, last_at, meter, plate."""

    code = "odometer_below_last"


class AboveNext(ReadingRefused):
    """Higher than a reading the vehicle already has from later on: params value, next, next_at, meter, plate."""

    code = "odometer_above_next"


class NoFilling(ReadingRefused):
    """The lane (or the id given) has no filling to attach a reading to."""

    code = "odometer_no_filling"


class NotCorrectable(ReadingRefused):
    """A reading already corrected (correct the correction), or unknown."""

    code = "odometer_not_correctable"


def parse_value(value: Decimal | str | int) -> Decimal:
    """A meter reading to a tenth: '123456.7' → Decimal('123456.7'); floats are refused."""
    if isinstance(value, float) or isinstance(value, bool):
        raise BadReading(f"{value!r}: give a reading as text or Decimal, not a float", value=str(value))
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise BadReading(f"{value!r} is not a number", value=str(value)) from None
    if not number.is_finite() or number < 0 or number > MAX_VALUE or number != number.quantize(_TENTH):
        raise BadReading(f"{value} is not a reading: 0 to {MAX_VALUE}, to a tenth at most", value=str(value))
    return number.quantize(_TENTH)


@dataclass(frozen=True)
class Taken:
    """A reading as stored, with what the check compared it with."""

    id: uuid.UUID
    vehicle_id: uuid.UUID
    plate: str
    filling_id: uuid.UUID | None
    value: Decimal
    meter: str
    source: str
    at: datetime
    corrects_id: uuid.UUID | None
    last: Decimal | None  # the vehicle's reading before this one, if any


def _live(session: Session, vehicle_id: uuid.UUID, meter: str):
    """The vehicle's readings on one meter that no correction replaces."""
    later = aliased(OdometerReading)
    return (
        select(OdometerReading)
        .where(OdometerReading.vehicle_id == vehicle_id, OdometerReading.meter == meter)
        .where(~select(later.id).where(later.corrects_id == OdometerReading.id).exists())
    )


def _check(session: Session, vehicle: Vehicle, value: Decimal, at: datetime,
           filling_id: uuid.UUID | None, replaced: uuid.UUID | None) -> Decimal | None:
    """Refuse a value below the reading before `at` or above the one after; returns the one before."""
    live = _live(session, vehicle.id, vehicle.meter)
    if replaced is not None:
        live = live.where(OdometerReading.id != replaced)
    if filling_id is not None:
        # A filling's newer reading replaces its older ones: they are not neighbours of it.
        live = live.where((OdometerReading.filling_id != filling_id) | OdometerReading.filling_id.is_(None))
    before = session.scalars(
        live.where(OdometerReading.at <= at).order_by(OdometerReading.at.desc(), OdometerReading.value.desc()).limit(1)
    ).first()
    if before is not None and value < before.value:
        raise BelowLast(
            f"{vehicle.plate}: {value} {vehicle.meter} is below the last reading, {before.value} at {before.at.isoformat()}",
            plate=vehicle.plate, value=value, last=before.value, last_at=before.at, meter=vehicle.meter,
        )
    after = session.scalars(
        live.where(OdometerReading.at > at).order_by(OdometerReading.at, OdometerReading.value).limit(1)
    ).first()
    if after is not None and value > after.value:
        raise AboveNext(
            f"{vehicle.plate}: {value} {vehicle.meter} is above a later reading, {after.value} at {after.at.isoformat()}",
            plate=vehicle.plate, value=value, next=after.value, next_at=after.at, meter=vehicle.meter,
        )
    return before.value if before is not None else None


def _vehicle_of_filling(session: Session, filling: Filling) -> Vehicle:
    vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == filling.plate))
    if vehicle is None:
        raise NoFilling(f"filling {filling.id}: plate {filling.plate} is not a registered vehicle",
                        filling=str(filling.id), plate=filling.plate)
    return vehicle


def filling_time(filling: Filling) -> datetime:
    """When a filling happened, for matching readings to it: its end, else its start, else when it was made."""
    return filling.ended_at or filling.started_at or filling.created_at


def record(session: Session, *, station_id: str, filling_id: uuid.UUID, value: Decimal | str,
           source: ReadingSource | str, operator: str | None, at: datetime | None = None,
           reading_id: uuid.UUID | None = None) -> Taken:
    """Take a reading for a filling (cashier, phone, telematics), checked monotonic; audited.

    `at` is when the meter showed the value (default: now); `reading_id` lets an
    importer make the id from its line, so a line imported again is taken once."""
    source = ReadingSource(source)
    if source is ReadingSource.CORRECTION:
        raise ReadingRefused("a correction names the reading it corrects: use correct()", source=source.value)
    number = parse_value(value)
    filling = session.get(Filling, filling_id)
    if filling is None:
        raise NoFilling(f"no filling {filling_id}", filling=str(filling_id))
    vehicle = _vehicle_of_filling(session, filling)
    at = at or utc_now()
    last = _check(session, vehicle, number, at, filling.id, None)
    reading = OdometerReading(
        id=reading_id or uuid.uuid4(), station_id=station_id, vehicle_id=vehicle.id, filling_id=filling.id, value=number,
        meter=vehicle.meter, source=source.value, at=at, operator=operator,
    )
    session.add(reading)
    session.flush()
    audit.record(session, station_id=station_id, operator=operator or audit.SYSTEM, action="odometer.record",
                 subject=f"{vehicle.plate} {filling.id}", reason=None,
                 details={"reading": str(reading.id), "value": str(number), "meter": vehicle.meter, "source": source.value,
                          "last": None if last is None else str(last)})
    return _taken(reading, vehicle.plate, last)


def correct(session: Session, *, station_id: str, reading_id: uuid.UUID, value: Decimal | str, operator: str,
            reason: str) -> Taken:
    """Replace a reading by a new one (same vehicle, filling and time), checked monotonic; audited with the reason."""
    if not reason or not reason.strip():
        raise ReadingRefused("say why: a correction's reason is kept in the audit log", reading=str(reading_id))
    number = parse_value(value)
    old = session.get(OdometerReading, reading_id)
    if old is None:
        raise NotCorrectable(f"no reading {reading_id}", reading=str(reading_id))
    if session.scalar(select(OdometerReading.id).where(OdometerReading.corrects_id == old.id)) is not None:
        raise NotCorrectable(f"reading {reading_id} is corrected already: correct the correction", reading=str(reading_id))
    vehicle = session.get(Vehicle, old.vehicle_id)
    if vehicle is None:
        raise NotCorrectable(f"reading {reading_id}: its vehicle is not here", reading=str(reading_id))
    if old.meter != vehicle.meter:
        raise NotCorrectable(f"reading {reading_id} is in {old.meter}, {vehicle.plate} is metered in {vehicle.meter} now",
                             reading=str(reading_id), meter=old.meter)
    last = _check(session, vehicle, number, old.at, None, old.id)
    reading = OdometerReading(
        id=uuid.uuid4(), station_id=station_id, vehicle_id=old.vehicle_id, filling_id=old.filling_id, value=number,
        meter=old.meter, source=ReadingSource.CORRECTION.value, at=old.at, operator=operator, corrects_id=old.id,
    )
    session.add(reading)
    session.flush()
    audit.record(session, station_id=station_id, operator=operator, action="odometer.correct",
                 subject=f"{vehicle.plate} {old.filling_id or ''}".strip(), reason=reason.strip(),
                 details={"reading": str(reading.id), "corrects": str(old.id), "from": str(old.value), "to": str(number),
                          "meter": old.meter})
    return _taken(reading, vehicle.plate, last)


def effective(session: Session, filling_id: uuid.UUID) -> OdometerReading | None:
    """The filling's reading that counts: its latest that no correction replaces."""
    later = aliased(OdometerReading)
    return session.scalars(
        select(OdometerReading)
        .where(OdometerReading.filling_id == filling_id)
        .where(~select(later.id).where(later.corrects_id == OdometerReading.id).exists())
        .order_by(OdometerReading.created_at.desc(), OdometerReading.id.desc())
        .limit(1)
    ).first()


def history(session: Session, vehicle_id: uuid.UUID) -> list[OdometerReading]:
    """Every reading of a vehicle, corrected ones included, oldest first (the audit trail of its meter)."""
    return list(session.scalars(
        select(OdometerReading).where(OdometerReading.vehicle_id == vehicle_id)
        .order_by(OdometerReading.at, OdometerReading.created_at)
    ))


def _taken(reading: OdometerReading, plate: str, last: Decimal | None) -> Taken:
    return Taken(reading.id, reading.vehicle_id, plate, reading.filling_id, reading.value, reading.meter, reading.source,
                 reading.at, reading.corrects_id, last)


__all__ = [
    "AboveNext", "BadReading", "BelowLast", "Meter", "NoFilling", "NotCorrectable", "ReadingRefused", "ReadingSource",
    "Taken", "correct", "effective", "filling_time", "history", "parse_value", "record",
]
