"""Typed tables of the station store.

Money is integer fen, volumes Decimal litres (`Litres`), times aware UTC
(`UtcDateTime`).  The ledger is append-only: a card's balance is the sum of its
entries, never a column someone updates.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from console.store.types import Fen, Litres, Tenths, UtcDateTime
from console.timeutil import utc_now

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(cls: type[StrEnum]) -> Enum:
    # Store the values ('top_up'), not the Python names, and skip native enums:
    # SQLite has none, and the central PostgreSQL schema keeps its own.
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False, length=32)


class EntryKind(StrEnum):
    TOP_UP = "top_up"
    FUEL = "fuel"
    PARKING = "parking"  # a car park's fee, at the exit gate
    TOLL = "toll"  # a toll point's fee, at one pass
    REFUND = "refund"
    ADJUSTMENT = "adjustment"


class PaymentMethod(StrEnum):
    """How the customer paid for a top-up, so the till and the ledger can be reconciled."""

    CASH = "cash"
    WECHAT_ALIPAY = "wechat_alipay"
    BANK_CARD = "bank_card"
    TRANSFER = "transfer"


class CardStatus(StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"


class FillingStatus(StrEnum):
    RESERVED = "reserved"  # decided green, money held, pump not yet authorised
    AUTHORISED = "authorised"
    FILLING = "filling"
    COMPLETED = "completed"  # pump finished, figures read, not yet debited
    SETTLED = "settled"  # debited in the ledger
    CANCELLED = "cancelled"  # no fuel delivered: reservation released
    # Fuel may have flowed but the pump no longer knows how much (its memory was lost):
    # the money stays held until a manager settles it by hand from the pump's display or totals.
    NEEDS_SETTLEMENT = "needs_settlement"


OPEN_FILLING_STATUSES = (
    FillingStatus.RESERVED,
    FillingStatus.AUTHORISED,
    FillingStatus.FILLING,
    FillingStatus.COMPLETED,
    FillingStatus.NEEDS_SETTLEMENT,
)


class Role(StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    cards: Mapped[list[Card]] = relationship(back_populates="account")


class Card(Base):
    __tablename__ = "cards"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    card_no: Mapped[str] = mapped_column(String(32), unique=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    status: Mapped[CardStatus] = mapped_column(_enum(CardStatus), default=CardStatus.ACTIVE)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    account: Mapped[Account] = relationship(back_populates="cards")
    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="card")


class LedgerEntry(Base):
    """One movement of money on a card; inserted once, never updated."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        # Covering index: a balance is an index-only SUM over one card's entries.
        Index("ix_ledger_card_amount", "card_id", "amount_fen"),
        CheckConstraint("amount_fen <> 0", name="nonzero"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cards.id"))
    kind: Mapped[EntryKind] = mapped_column(_enum(EntryKind))
    amount_fen: Mapped[int] = mapped_column(Fen)  # credit > 0, debit < 0
    station_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    filling_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("fillings.id"), unique=True)
    operator: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    # Top-ups only; None on debits and on top-ups made before the method was asked.
    payment_method: Mapped[PaymentMethod | None] = mapped_column(_enum(PaymentMethod))


class Vehicle(Base):
    __tablename__ = "vehicles"
    # Closed-set matching finds plates one character away from a read through
    # these (migration 0005, console/registered_plates.py).
    __table_args__ = (
        Index("ix_vehicles_plate_from_3", text("substr(plate, 3)")),
        Index("ix_vehicles_plate_from_5", text("substr(plate, 5)")),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    plate: Mapped[str] = mapped_column(String(16), unique=True)  # normalised
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cards.id"), index=True)
    description: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # What the fleet reports check against (console/fleet): none of it is needed to sell fuel.
    tank_litres: Mapped[Decimal | None] = mapped_column(Litres)
    meter: Mapped[str] = mapped_column(String(8), default="km", server_default="km")  # km, or hours (engine hours)
    consumption_min: Mapped[Decimal | None] = mapped_column(Tenths)  # L/100 km (L/h on hours); None: its own baseline
    consumption_max: Mapped[Decimal | None] = mapped_column(Tenths)

    card: Mapped[Card] = relationship(back_populates="vehicles")
    phones: Mapped[list[PhoneBinding]] = relationship(back_populates="vehicle", order_by="PhoneBinding.slot_start")


class PhoneBinding(Base):
    """A driver's phone owning a slot of the station's local day for one vehicle.

    Slots are minutes of the local day, start inclusive and end exclusive; an
    end before the start wraps past midnight (22:00-06:00).
    """

    __tablename__ = "phone_bindings"
    __table_args__ = (
        CheckConstraint("slot_start >= 0 AND slot_start < 1440", name="slot_start_range"),
        CheckConstraint("slot_end > 0 AND slot_end <= 1440", name="slot_end_range"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    vehicle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vehicles.id"), index=True)
    phone: Mapped[str] = mapped_column(String(16))  # E.164
    driver: Mapped[str | None] = mapped_column(String(64))
    slot_start: Mapped[int] = mapped_column(Integer)
    slot_end: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    vehicle: Mapped[Vehicle] = relationship(back_populates="phones")


class Filling(Base):
    """One pump transaction, made durable before the pump is authorised."""

    __tablename__ = "fillings"
    __table_args__ = (Index("ix_fillings_status", "status"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    lane: Mapped[int] = mapped_column(Integer)
    pump_address: Mapped[int] = mapped_column(Integer)
    nozzle: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(String(16))
    plate: Mapped[str] = mapped_column(String(16))
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cards.id"), index=True)
    preset_fen: Mapped[int] = mapped_column(Fen)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    litres: Mapped[Decimal | None] = mapped_column(Litres)
    amount_fen: Mapped[int | None] = mapped_column(Fen)
    unit_price_fen: Mapped[int | None] = mapped_column(Fen)
    status: Mapped[FillingStatus] = mapped_column(_enum(FillingStatus), default=FillingStatus.RESERVED)
    phone_charged: Mapped[str | None] = mapped_column(String(16))
    driver: Mapped[str | None] = mapped_column(String(64))
    station_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class SessionStatus(StrEnum):
    OPEN = "open"  # entered, not yet left
    CLOSED = "closed"  # left: the fee (possibly none) is settled
    VOIDED = "voided"  # cancelled by hand, with a reason (a misread entry, a second entry)


class ParkingSession(Base):
    """One vehicle's stay in a car park, from the entry gate to the exit gate, or one
    pass of a toll point (entered and left at the same moment)."""

    __tablename__ = "parking_sessions"
    __table_args__ = (Index("ix_parking_sessions_plate_status", "plate", "status"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    station_id: Mapped[str] = mapped_column(String(32))
    plate: Mapped[str] = mapped_column(String(16))
    vehicle_class: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8), default="parking")  # parking or toll
    entry_lane: Mapped[int | None] = mapped_column(Integer)
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    entry_photo: Mapped[str | None] = mapped_column(String(255))
    exit_lane: Mapped[int | None] = mapped_column(Integer)
    exited_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[SessionStatus] = mapped_column(_enum(SessionStatus), default=SessionStatus.OPEN)
    fee_fen: Mapped[int | None] = mapped_column(Fen)
    paid_by: Mapped[str | None] = mapped_column(String(16))  # card, pass, free, booth (cash or another way)
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cards.id"))
    phone_charged: Mapped[str | None] = mapped_column(String(16))
    operator: Mapped[str | None] = mapped_column(String(64))  # who opened or settled it by hand
    reason: Mapped[str | None] = mapped_column(Text)  # why by hand, or why voided
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(_enum(Role))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class AuditEntry(Base):
    """Who did what, when and why: every action that moves money or overrides a decision."""

    __tablename__ = "audit_log"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    station_id: Mapped[str] = mapped_column(String(32))
    operator: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict | None] = mapped_column(JSON)


class StationFlag(Base):
    """A station-wide switch that must survive a restart: the latched emergency stop."""

    __tablename__ = "station_flags"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    on: Mapped[bool] = mapped_column(default=False)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)


class PumpAuthorisation(Base):
    """A commissioning authorisation (`platepay pump authorize --filling-id`): once per id,
    whichever process asks."""

    __tablename__ = "pump_authorisations"

    filling_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    port: Mapped[str] = mapped_column(String(200))
    pump_address: Mapped[int]
    preset_fen: Mapped[int | None] = mapped_column(Fen)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


__all__ = [
    "Account",
    "AuditEntry",
    "Base",
    "Card",
    "CardStatus",
    "EntryKind",
    "Filling",
    "FillingStatus",
    "LedgerEntry",
    "OPEN_FILLING_STATUSES",
    "PaymentMethod",
    "Operator",
    "PhoneBinding",
    "PumpAuthorisation",
    "StationFlag",
    "Role",
    "Vehicle",
]

# Tables owned by other modules register on the same metadata (Alembic sees one schema).
from console.store import charge_models  # noqa: E402,F401
from console.store import fleet_models  # noqa: E402,F401
from console.store import sync_models  # noqa: E402,F401  (sync tables share Base: registered for migrations and the ledger)
from console.store import shift_models  # noqa: E402,F401

from console.store import limits as _limits  # noqa: E402,F401 - registers the length check on every session
