"""Station-side tables of the sync with the central database.

- `sync_outbox`: what is still to be sent, in the order it happened.  Rows are
  queued by SQLite triggers (see `CAPTURE_TRIGGERS`), so every writer, ORM or
  raw SQL, queues in the same transaction as its change; the sync engine
  deletes a row once central has acknowledged it.
- `sync_card_balances`: the central balance of each card as last seen, with
  the part of it that came from this station's own entries (`covered_fen`), so
  the ledger can add the local entries central had not yet counted.
- `sync_state`: one row once sync is configured: the change-feed cursor, the
  last success, and the offline rules in force.
- An offline edit carries the station's cursor when it was made: a central
  row with a higher change number was changed after the station last looked,
  so central can tell who was first without a version kept per row.
- `sync_tombstones`: a phone binding removed here, as it was, until central has
  taken the removal (a removal must reach the other stations too).
- `sync_applying`: a marker row present only inside the transaction that
  applies changes pulled from central, so the capture triggers do not send
  them straight back as station edits.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.store.models import Base
from console.store.types import Fen, UtcDateTime

# Outbox kinds: the station's own records, pushed as inserts keyed by their id …
KIND_LEDGER = "ledger"
KIND_FILLING = "filling"
KIND_AUDIT = "audit"
KIND_STAY = "stay"  # a car park's stay or a toll pass, once closed or voided
KIND_ENTRY = "entry"  # a car park's stay as it begins, so the chain's other exits can find it
KIND_ODOMETER = "odometer"  # an odometer or engine-hours reading, as it is taken (append-only)
# … and master-data edits, pushed as change requests (kind = the table's name).
CHANGE_KINDS = ("accounts", "cards", "vehicles", "phone_bindings")


class OutboxItem(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_row_id", "row_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    row_id: Mapped[uuid.UUID]
    request_id: Mapped[uuid.UUID | None]  # change requests only: the id central accepts once
    base_seq: Mapped[int | None] = mapped_column(BigInteger)
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SyncedBalance(Base):
    __tablename__ = "sync_card_balances"

    card_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    balance_fen: Mapped[int] = mapped_column(Fen)  # central: the sum of every station's entries
    covered_fen: Mapped[int] = mapped_column(Fen)  # of which this station's own, already in the local ledger
    seq: Mapped[int] = mapped_column(BigInteger)
    synced_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SyncState(Base):
    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # The station counts as offline from this instant (last success + rules.offline_after_minutes).
    offline_from: Mapped[datetime] = mapped_column(UtcDateTime)
    offline_limit_fen: Mapped[int] = mapped_column(Fen)


class Tombstone(Base):
    """A master-data row removed here, kept until central has heard of it: the change
    request for a removal still needs the row (central keeps a tombstone, not a gap)."""

    __tablename__ = "sync_tombstones"

    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    payload: Mapped[str] = mapped_column(Text)  # the row as it was, JSON made by the capture trigger


class ChainStay(Base):
    """A stay begun at one of the chain's car parks and not yet ended, as central knows it
    (pulled like master data), so this station's exit can let out a car that entered elsewhere.

    Rows of this station's own stays come back too; the exit looks here only when the
    plate has no stay of its own (console/gates/sessions.py)."""

    __tablename__ = "chain_stays"
    __table_args__ = (Index("ix_chain_stays_plate", "plate"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    station_id: Mapped[str] = mapped_column(String(32))
    plate: Mapped[str] = mapped_column(String(16))
    vehicle_class: Mapped[str] = mapped_column(String(16))
    entry_lane: Mapped[int | None] = mapped_column(Integer)
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Applying(Base):
    __tablename__ = "sync_applying"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"  # the text format SQLAlchemy stores UtcDateTime in
_CONFIGURED = "EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying)"
_SETTLED = "('settled', 'cancelled')"


def _queue(kind: str, *, change: bool = False) -> str:
    if change:
        return (
            "INSERT INTO sync_outbox (kind, row_id, request_id, base_seq, queued_at) "
            f"VALUES ('{kind}', NEW.id, lower(hex(randomblob(16))), "
            f"(SELECT cursor FROM sync_state WHERE id = 1), {_NOW});"
        )
    return f"INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('{kind}', NEW.id, {_NOW});"


# Fillings are sent once, when final: central only ever inserts them, never updates.
CAPTURE_TRIGGERS: dict[str, str] = {
    "sync_capture_ledger": f"AFTER INSERT ON ledger_entries WHEN {_CONFIGURED} BEGIN {_queue(KIND_LEDGER)} END",
    "sync_capture_audit": f"AFTER INSERT ON audit_log WHEN {_CONFIGURED} BEGIN {_queue(KIND_AUDIT)} END",
    "sync_capture_filling_new": (
        f"AFTER INSERT ON fillings WHEN NEW.status IN {_SETTLED} AND {_CONFIGURED} BEGIN {_queue(KIND_FILLING)} END"
    ),
    "sync_capture_filling_final": (
        f"AFTER UPDATE OF status ON fillings WHEN NEW.status IN {_SETTLED} AND OLD.status NOT IN {_SETTLED} "
        f"AND {_CONFIGURED} BEGIN {_queue(KIND_FILLING)} END"
    ),
}
# Stays are sent once, when final, as fillings are.
_FINAL_STAY = "('closed', 'voided')"
CAPTURE_TRIGGERS["sync_capture_stay_new"] = (
    f"AFTER INSERT ON parking_sessions WHEN NEW.status IN {_FINAL_STAY} AND {_CONFIGURED} BEGIN {_queue(KIND_STAY)} END"
)
CAPTURE_TRIGGERS["sync_capture_stay_final"] = (
    f"AFTER UPDATE OF status ON parking_sessions WHEN NEW.status IN {_FINAL_STAY} AND OLD.status NOT IN {_FINAL_STAY} "
    f"AND {_CONFIGURED} BEGIN {_queue(KIND_STAY)} END"
)
# An entry is sent as it happens (a stay adopted from another station is not this station's entry).
CAPTURE_TRIGGERS["sync_capture_stay_entered"] = (
    "AFTER INSERT ON parking_sessions WHEN NEW.status = 'open' AND NEW.kind = 'parking' "
    f"AND NOT EXISTS (SELECT 1 FROM chain_stays WHERE id = NEW.id) AND {_CONFIGURED} BEGIN {_queue(KIND_ENTRY)} END"
)
# A reading is sent as it is taken; one pulled from central (another station's) is not queued back.
CAPTURE_TRIGGERS["sync_capture_odometer"] = (
    f"AFTER INSERT ON odometer_readings WHEN {_CONFIGURED} BEGIN {_queue(KIND_ODOMETER)} END"
)
for _table in CHANGE_KINDS:
    CAPTURE_TRIGGERS[f"sync_capture_{_table}_new"] = (
        f"AFTER INSERT ON {_table} WHEN {_CONFIGURED} BEGIN {_queue(_table, change=True)} END"
    )
    CAPTURE_TRIGGERS[f"sync_capture_{_table}_edit"] = (
        f"AFTER UPDATE ON {_table} WHEN {_CONFIGURED} BEGIN {_queue(_table, change=True)} END"
    )

# A shift is sent once, when closed, with every line of its report (console/store/shift_models.py).
KIND_SHIFT = "shift"
KIND_SHIFT_LINE = "shift_line"
CAPTURE_TRIGGERS["sync_capture_shift_closed"] = (
    f"AFTER UPDATE OF status ON shifts WHEN NEW.status = 'closed' AND OLD.status <> 'closed' AND {_CONFIGURED} BEGIN "
    f"{_queue(KIND_SHIFT)} INSERT INTO sync_outbox (kind, row_id, queued_at) "
    f"SELECT '{KIND_SHIFT_LINE}', id, {_NOW} FROM shift_lines WHERE shift_id = NEW.id; END"
)

# Only phone bindings are removed (a driver leaves a vehicle); central keeps their tombstones.
_GONE_BINDING = (
    "json_object('id', OLD.id, 'vehicle_id', OLD.vehicle_id, 'phone', OLD.phone, 'driver', OLD.driver, "
    "'slot_start', OLD.slot_start, 'slot_end', OLD.slot_end, 'created_at', OLD.created_at)"
)
CAPTURE_TRIGGERS["sync_capture_phone_bindings_gone"] = (
    f"AFTER DELETE ON phone_bindings WHEN {_CONFIGURED} BEGIN "
    f"INSERT OR REPLACE INTO sync_tombstones (row_id, kind, payload) VALUES (OLD.id, 'phone_bindings', {_GONE_BINDING}); "
    + _queue("phone_bindings", change=True).replace("NEW.id", "OLD.id") + " END"
)


__all__ = [
    "Applying",
    "CAPTURE_TRIGGERS",
    "CHANGE_KINDS",
    "ChainStay",
    "KIND_ENTRY",
    "KIND_AUDIT",
    "KIND_FILLING",
    "KIND_LEDGER",
    "KIND_SHIFT",
    "KIND_SHIFT_LINE",
    "KIND_ODOMETER",
    "KIND_STAY",
    "OutboxItem",
    "SyncState",
    "SyncedBalance",
    "Tombstone",
]
