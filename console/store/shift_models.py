"""Shifts (交班) at the station: opened and closed against the pumps' electronic totals.

- `shifts`: one row per shift, from the moment its start totals were read to the
  moment its end totals were read; the day's figures are stored on it at close.
- `shift_lines`: what the shift report shows, stored at close so it never changes:
  per nozzle (its totals at both ends and its fillings), per grade, per tender,
  the cashiers' authorisations and the cancellations.  Nozzle lines are written
  at open with the start totals and completed at close.

Once a shift is closed, SQLite triggers (migration 0013, `IMMUTABLE_TRIGGERS`)
refuse every UPDATE or DELETE of it and of its lines, and any line added to it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from console.store.models import Base, _enum
from console.store.types import Fen, Litres, UtcDateTime
from console.timeutil import utc_now


class ShiftStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class LineKind(StrEnum):
    NOZZLE = "nozzle"  # one nozzle of one lane: totals at both ends against its fillings
    GRADE = "grade"  # one grade over every nozzle selling it
    TENDER = "tender"  # how the fillings were paid: `what` is a Tender
    OVERRIDE = "override"  # fillings a cashier let go by hand (lane.authorise): `what` is the operator
    CANCELLATION = "cancellation"  # fillings that ended without fuel: `what` is a CancelCode


class Tender(StrEnum):
    CARD = "card"  # debited from the fuel card, no phone on duty
    PHONE = "phone"  # debited from the card and charged to the phone of the driver on duty
    MANUAL = "manual"  # settled by hand from the pump's display or totals (filling.settle_by_hand)
    NO_CARD = "no_card"  # no card behind it (let go by a cashier for a vehicle without one): paid at the till


class Shift(Base):
    __tablename__ = "shifts"
    __table_args__ = (
        Index("ix_shifts_station_opened", "station_id", "opened_at"),
        Index("ix_shifts_station_closed", "station_id", "closed_at"),
        # One open shift at a time, whoever opens it (two windows, the window and the CLI).
        Index("uq_shifts_one_open", "station_id", unique=True, sqlite_where=text("status = 'open'")),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    station_id: Mapped[str] = mapped_column(String(32))
    status: Mapped[ShiftStatus] = mapped_column(_enum(ShiftStatus), default=ShiftStatus.OPEN)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)  # when its start totals began to be read
    opened_by: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # when its end totals began to be read
    closed_by: Mapped[str | None] = mapped_column(String(64))
    # Stored at close: the fillings settled in the shift, and the nozzles not checked against totals.
    fillings: Mapped[int | None] = mapped_column(Integer)
    litres: Mapped[Decimal | None] = mapped_column(Litres)
    amount_fen: Mapped[int | None] = mapped_column(Fen)
    unchecked_nozzles: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class ShiftLine(Base):
    __tablename__ = "shift_lines"
    __table_args__ = (Index("ix_shift_lines_shift", "shift_id", "kind"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id"))
    station_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[LineKind] = mapped_column(_enum(LineKind))
    lane: Mapped[int | None] = mapped_column(Integer)
    pump_address: Mapped[int | None] = mapped_column(Integer)
    nozzle: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(String(16))
    what: Mapped[str | None] = mapped_column(String(64))
    fillings: Mapped[int] = mapped_column(Integer, default=0)
    litres: Mapped[Decimal] = mapped_column(Litres, default=Decimal("0.000"))
    amount_fen: Mapped[int] = mapped_column(Fen, default=0)
    # Nozzle lines: the pump's totals at open and at close; None where they could not be read,
    # with the reason's code (console.shifts.totals.Unavailable).  Grade lines: the sums of the
    # differences where every nozzle of the grade was read at both ends.
    start_litres: Mapped[Decimal | None] = mapped_column(Litres)
    start_amount_fen: Mapped[int | None] = mapped_column(Fen)
    start_unavailable: Mapped[str | None] = mapped_column(String(32))
    end_litres: Mapped[Decimal | None] = mapped_column(Litres)
    end_amount_fen: Mapped[int | None] = mapped_column(Fen)
    end_unavailable: Mapped[str | None] = mapped_column(String(32))
    totals_litres: Mapped[Decimal | None] = mapped_column(Litres)  # end − start
    totals_amount_fen: Mapped[int | None] = mapped_column(Fen)


_CLOSED = "(SELECT status FROM shifts WHERE id = {}) = 'closed'"
#: A closed shift and its lines are as they were at close: the database refuses any change.
IMMUTABLE_TRIGGERS: dict[str, str] = {
    "shift_closed_no_update": (
        "BEFORE UPDATE ON shifts WHEN OLD.status = 'closed' "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift cannot be changed'); END"
    ),
    "shift_closed_no_delete": (
        "BEFORE DELETE ON shifts WHEN OLD.status = 'closed' "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift cannot be removed'); END"
    ),
    "shift_lines_closed_no_insert": (
        f"BEFORE INSERT ON shift_lines WHEN {_CLOSED.format('NEW.shift_id')} "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift takes no new line'); END"
    ),
    "shift_lines_closed_no_update": (
        f"BEFORE UPDATE ON shift_lines WHEN {_CLOSED.format('OLD.shift_id')} "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift cannot be changed'); END"
    ),
    "shift_lines_closed_no_delete": (
        f"BEFORE DELETE ON shift_lines WHEN {_CLOSED.format('OLD.shift_id')} "
        "BEGIN SELECT RAISE(ABORT, 'shift_closed: a closed shift cannot be removed'); END"
    ),
}

__all__ = ["IMMUTABLE_TRIGGERS", "LineKind", "Shift", "ShiftLine", "ShiftStatus", "Tender"]
