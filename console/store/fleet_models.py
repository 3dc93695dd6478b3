"""Odometer (or engine-hours) readings: one row per reading, never changed.

A reading belongs to a vehicle and, usually, to the filling at which it was
taken.  A correction is a new reading whose `corrects_id` names the one it
replaces; a filling's effective reading is its latest one that nothing
corrects (console/fleet/odometer.py).  The migration's triggers refuse any
UPDATE or DELETE.  There is no foreign key: readings pulled from head office
name fillings of other stations.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from console.store.models import Base
from console.store.types import Tenths, UtcDateTime
from console.timeutil import utc_now


class Meter(StrEnum):
    KM = "km"
    HOURS = "hours"  # engine hours: plant, tractors, reefer units


class ReadingSource(StrEnum):
    CASHIER = "cashier"  # typed at the console (or the pump keypad) when the vehicle was identified
    PHONE = "phone"  # sent by the driver's phone with the charge confirmation
    TELEMATICS = "telematics"  # imported from a telematics feed (CSV)
    CORRECTION = "correction"  # replaces an earlier reading, audited


class OdometerReading(Base):
    __tablename__ = "odometer_readings"
    __table_args__ = (
        Index("ix_odometer_readings_vehicle_at", "vehicle_id", "at"),
        Index("ix_odometer_readings_filling", "filling_id"),
        Index("ix_odometer_readings_corrects", "corrects_id"),
        CheckConstraint("meter IN ('km', 'hours')", name="meter"),
        CheckConstraint("source IN ('cashier', 'phone', 'telematics', 'correction')", name="source"),
        CheckConstraint("value >= 0", name="not_negative"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    station_id: Mapped[str] = mapped_column(String(32))
    vehicle_id: Mapped[uuid.UUID]
    filling_id: Mapped[uuid.UUID | None]
    value: Mapped[Decimal] = mapped_column(Tenths)  # km or engine hours, to a tenth
    meter: Mapped[str] = mapped_column(String(8))  # Meter: the vehicle's when read
    source: Mapped[str] = mapped_column(String(16))  # ReadingSource
    at: Mapped[datetime] = mapped_column(UtcDateTime)  # when the meter showed this value
    operator: Mapped[str | None] = mapped_column(String(64))
    corrects_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


__all__ = ["Meter", "OdometerReading", "ReadingSource"]
