"""Push: the station's outbox to central, one batch per central transaction.

Every row goes in with INSERT … ON CONFLICT (id) DO NOTHING, keyed by the UUID
made at the station, so a batch resent after a cut connection (committed
there, unacknowledged here) changes nothing the second time.  The central
balances of the cards a batch touched are read back in the same central
transaction and stored with the acknowledgement, so the station's view of
those cards is exact the moment its entries stop being "unsynced".
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Engine, delete, func, select, text

from console.central import schema as central
from console.domain import audit
from console.store.db import Store
from console.store.models import Account, AuditEntry, Card, Filling, LedgerEntry, ParkingSession, PhoneBinding, Vehicle
from console.store.fleet_models import OdometerReading
from console.store.sync_models import KIND_AUDIT, KIND_ENTRY, KIND_FILLING, KIND_LEDGER, KIND_ODOMETER, KIND_STAY, OutboxItem, Tombstone
from console.store.shift_models import Shift, ShiftLine
from console.store.sync_models import KIND_SHIFT, KIND_SHIFT_LINE
from console.sync.local import store_balances
from console.timeutil import utc_now

_RECORDS = {
    KIND_LEDGER: (LedgerEntry, central.ledger_entries),
    KIND_FILLING: (Filling, central.fillings),
    KIND_AUDIT: (AuditEntry, central.audit_log),
    KIND_ENTRY: (ParkingSession, central.chain_stays),  # the stay as it began; central adds where it ended
    KIND_STAY: (ParkingSession, central.parking_sessions),
    KIND_ODOMETER: (OdometerReading, central.odometer_readings),
}
# Inserted in this order: an entry before its end, so central can mark it ended at once.
_RECORD_ORDER = (KIND_FILLING, KIND_LEDGER, KIND_AUDIT, KIND_ENTRY, KIND_STAY, KIND_ODOMETER)
_MASTER = {"accounts": Account, "cards": Card, "vehicles": Vehicle, "phone_bindings": PhoneBinding}


# A shift once closed, before its lines (console/store/shift_models.py).
_RECORDS[KIND_SHIFT] = (Shift, central.shifts)
_RECORDS[KIND_SHIFT_LINE] = (ShiftLine, central.shift_lines)
_RECORD_ORDER += (KIND_SHIFT, KIND_SHIFT_LINE)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _json(value: Any) -> Any:
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return _plain(value)


def _payload(obj: Any) -> dict[str, Any]:
    data = {c.key: _json(getattr(obj, c.key)) for c in obj.__table__.columns}
    if isinstance(obj, PhoneBinding):
        data["deleted"] = False
    return data


def _removed(tombstone: Tombstone | None) -> dict[str, Any] | None:
    """The change request's payload for a phone binding removed here: the row as it was, deleted."""
    if tombstone is None:
        return None
    row = json.loads(tombstone.payload)
    # SQLite's text forms, as the ORM would have given them: ids with dashes, the time in UTC.
    for key in ("id", "vehicle_id"):
        row[key] = str(uuid.UUID(row[key]))
    row["created_at"] = datetime.fromisoformat(row["created_at"]).replace(tzinfo=UTC).isoformat()
    return {**row, "deleted": True}


def _insert_once(connection, table, rows: list[dict[str, Any]]) -> None:
    """All rows in one statement with one JSON parameter, each inserted unless its id is there already.

    One statement (not executemany) lets the central ledger's statement trigger
    update each card's balance once per batch; one parameter keeps the
    statement text fixed, so it is prepared once rather than compiled per batch.
    """
    if not rows:
        return
    statement = _INSERT_ONCE.get(table.name)
    if statement is None:
        columns = ", ".join(c.name for c in table.columns)
        statement = _INSERT_ONCE[table.name] = text(
            f"INSERT INTO {table.name} ({columns}) SELECT {columns} "
            f"FROM jsonb_populate_recordset(NULL::{table.name}, CAST(:rows AS jsonb)) ON CONFLICT (id) DO NOTHING"
        )
    connection.execute(statement, {"rows": json.dumps(rows, default=_json, ensure_ascii=False)})


_INSERT_ONCE: dict[str, Any] = {}


@dataclass(frozen=True)
class Rejection:
    """A change the station made that central did not take, with central's reason."""

    request_id: uuid.UUID
    entity: str
    row_id: uuid.UUID
    status: str  # rejected, or superseded (central changed the row after the station saw it)
    reason: str


def push_batch(store: Store, central_engine: Engine, station_id: str, batch_size: int,
               rejections: list[Rejection] | None = None) -> int:
    """Send the oldest `batch_size` outbox items; returns how many were acknowledged (0: nothing to send).
    Change requests central did not apply are added to `rejections` and to the station's audit log."""
    with store.read() as session:
        items = session.scalars(select(OutboxItem).order_by(OutboxItem.seq).limit(batch_size)).all()
        if not items:
            return 0
        by_kind: dict[str, list[OutboxItem]] = defaultdict(list)
        for item in items:
            by_kind[item.kind].append(item)
        records: dict[str, list[dict[str, Any]]] = {}
        for kind, (model, table) in _RECORDS.items():
            ids = [i.row_id for i in by_kind.get(kind, ())]
            # Core rows, not ORM objects: a batch is read once and never changed here.
            columns = [model.__table__.c[c.name] for c in table.columns if c.name in model.__table__.c]
            found = session.execute(select(*columns).where(model.id.in_(ids))).mappings().all() if ids else []
            records[kind] = [{k: _plain(v) for k, v in row.items()} for row in found]
        requests = []
        for item in items:
            model = _MASTER.get(item.kind)
            if model is None:
                continue
            obj = session.get(model, item.row_id)
            payload = _payload(obj) if obj is not None else _removed(session.get(Tombstone, item.row_id))
            if payload is not None:  # an edit of a row removed since is sent as its removal, once
                requests.append({
                    "id": item.request_id, "station_id": station_id, "entity": item.kind, "row_id": item.row_id,
                    "base_seq": item.base_seq, "payload": payload, "made_at": item.queued_at, "status": "pending",
                })
    for row in records[KIND_STAY]:
        # A stay adopted from another station's entry keeps that station's id (console/gates/sessions.py).
        row["entry_station_id"] = row["station_id"] if row["station_id"] != station_id else None
    for kind in _RECORD_ORDER:
        for row in records[kind]:
            row["station_id"] = station_id  # central knows this station by one id, whatever a row says

    touched = sorted({row["card_id"] for row in records[KIND_LEDGER]})
    with central_engine.begin() as connection:
        # Change requests first: a card made offline exists centrally before its first debit.
        _insert_once(connection, central.change_requests, requests)
        refused = _refused(connection, [r["id"] for r in requests])
        if any(row["entry_station_id"] for row in records[KIND_STAY]):
            known = set(connection.scalars(text("SELECT id FROM stations")))
            for row in records[KIND_STAY]:
                if row["entry_station_id"] not in known:
                    row["entry_station_id"] = None  # a station id central never had (a renamed demo station)
        for kind in _RECORD_ORDER:
            _insert_once(connection, _RECORDS[kind][1], records[kind])
        balances = []
        if touched:
            cb = central.card_balances
            balances = [tuple(r) for r in connection.execute(
                select(cb.c.card_id, cb.c.balance_fen, cb.c.seq).where(cb.c.card_id.in_(touched)))]

    with store.write() as session:
        session.execute(delete(OutboxItem).where(OutboxItem.seq.in_([i.seq for i in items])))
        # A removal central has taken needs its row no more (unless removed again meanwhile: then queued again).
        sent = [i.row_id for i in items if i.kind in _MASTER]
        queued = select(OutboxItem.row_id).where(OutboxItem.row_id.in_(sent))
        session.execute(delete(Tombstone).where(Tombstone.row_id.in_(sent), Tombstone.row_id.not_in(queued)))
        store_balances(session, balances, utc_now())
        for r in refused:
            audit.record(session, station_id=station_id, operator="central", action=f"sync.{r.status}",
                         subject=f"{r.entity} {r.row_id}", reason=r.reason, details={"request": str(r.request_id)})
    if rejections is not None:
        rejections.extend(refused)
    return len(items)


def _refused(connection, request_ids: list) -> list[Rejection]:
    """What central did not apply of the requests just sent (its trigger decided on insert)."""
    if not request_ids:
        return []
    cr = central.change_requests
    rows = connection.execute(
        select(cr.c.id, cr.c.entity, cr.c.row_id, cr.c.status, cr.c.detail)
        .where(cr.c.id.in_(request_ids), cr.c.status.in_(("rejected", "superseded")))
    )
    return [Rejection(r.id, r.entity, r.row_id, r.status, r.detail or "") for r in rows]


def pending_count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(OutboxItem)) or 0
