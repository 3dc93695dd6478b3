"""The charge outbox: one row per charge request to a driver's phone.

A row is written in the same transaction as the debit, so a crash can lose
neither; a delivery thread sends queued rows until the platform accepts them.
The filling's (or parking session's) id is the idempotency key the platform sees.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.store.models import Base, _enum
from console.store.types import Fen, UtcDateTime
from console.timeutil import utc_now


class ChargeState(StrEnum):
    QUEUED = "queued"
    DELIVERED = "delivered"
    FAILED = "failed"  # gave up after the last attempt; a cashier can requeue it


class ChargeRequest(Base):
    __tablename__ = "charge_requests"
    __table_args__ = (Index("ix_charge_requests_due", "state", "next_attempt_at"),)

    # The filling's or the parking session's own id: a charge is queued at most once per
    # thing charged, and the platform sees that id as its idempotency key.
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    filling_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("fillings.id"), unique=True)
    parking_session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("parking_sessions.id"), unique=True)
    phone: Mapped[str | None] = mapped_column(String(16))
    driver: Mapped[str | None] = mapped_column(String(64))
    amount_fen: Mapped[int] = mapped_column(Fen)
    payload: Mapped[dict] = mapped_column(JSON)
    state: Mapped[ChargeState] = mapped_column(_enum(ChargeState), default=ChargeState.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
