"""Pull: master data and balances changed at central since the station's cursor.

Every central row carries the change number of its last change (commit order
equals number order, see the central schema).  One REPEATABLE READ
transaction gives a consistent picture up to `upper`, the highest number it
can see; the station applies it page by page, each page its own short local
transaction so the lanes are never held up, and moves its cursor to `upper`
only at the end.  A pull cut half-way is simply done again: applying a row
twice leaves it as once.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Callable

from sqlalchemy import Engine, bindparam, delete, func, select, update

from console.central import schema as central
from console.store.db import Store
from console.store.sync_models import Applying, SyncState
from console.sync import local
from console.timeutil import utc_now

DEFAULT_PAGE = 5000

# Central columns copied into the station's tables, id first.
_COLUMNS = {
    "accounts": ("id", "name", "phone", "created_at"),
    "cards": ("id", "card_no", "account_id", "status", "created_at"),
    "vehicles": ("id", "plate", "card_id", "description", "created_at", "tank_litres", "meter", "consumption_min", "consumption_max"),
    "phone_bindings": ("id", "vehicle_id", "phone", "driver", "slot_start", "slot_end", "created_at"),
    "chain_stays": ("id", "station_id", "plate", "vehicle_class", "entry_lane", "entered_at", "created_at"),
}
# Every station's readings: inserted once, never updated (the station's table refuses updates).
_READINGS = ("id", "station_id", "vehicle_id", "filling_id", "value", "meter", "source", "at", "operator", "corrects_id", "created_at")
# Central's exact numerics, stored here as the integers the station's column types keep
# (console/store/types.py: Litres in millilitres, Tenths in tenths).
_SCALED = {
    "vehicles": {"tank_litres": 1000, "consumption_min": 10, "consumption_max": 10},
    "odometer_readings": {"value": 10},
}
# A unique value a local-only row holds may have been given to another row at
# central; central wins, so the local row steps aside under a placeholder that
# no lookup can match ('#' is never part of a plate or card number).
_UNIQUE = {"cards": "card_no", "vehicles": "plate"}


def _step_aside(session, name: str, rows: list[dict[str, Any]]) -> None:
    column = _UNIQUE[name]
    connection = local.driver_connection(session)
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS sync_incoming (id TEXT PRIMARY KEY, value TEXT)")
    connection.execute("DELETE FROM sync_incoming")
    connection.executemany("INSERT INTO sync_incoming VALUES (?, ?)", [(r["id"].hex, r[column]) for r in rows])
    connection.execute(
        f"UPDATE {name} SET {column} = '#' || substr(id, 1, 15) "
        f"WHERE {column} IN (SELECT value FROM sync_incoming) AND id NOT IN (SELECT id FROM sync_incoming)"
    )


def _scaled(name: str, row: dict[str, Any], columns: tuple[str, ...]) -> list[Any]:
    scales = _SCALED.get(name, {})
    return [int(row[c] * scales[c]) if c in scales and row[c] is not None else row[c] for c in columns]


def _apply_page(store: Store, name: str, rows: list[dict[str, Any]]) -> None:
    with store.write() as session:
        # Marks this transaction as central's, so the capture triggers do not queue it back as a station edit.
        session.add(Applying(id=1))
        session.flush()
        if name == "card_balances":
            local.store_balances(session, [(r["card_id"], r["balance_fen"], r["seq"]) for r in rows], utc_now())
        elif name == "odometer_readings":
            local.insert_once(session, name, _READINGS, [_scaled(name, r, _READINGS) for r in rows])
        else:
            columns = _COLUMNS[name]
            live = [r for r in rows if not r.get("deleted")]
            gone = [(r["id"].hex,) for r in rows if r.get("deleted")]
            if gone:
                local.driver_connection(session).executemany(f"DELETE FROM {name} WHERE id = ?", gone)
            if name == "chain_stays":
                _ended_elsewhere(session, [r for r in rows if r.get("deleted")])
            values = [_scaled(name, r, columns) for r in live]
            if values and name in _UNIQUE:
                # Usually nothing to move aside: try first, and pay for the check only on a clash.
                connection = local.driver_connection(session)
                connection.execute("SAVEPOINT pull_page")
                try:
                    local.upsert(session, name, columns, values)
                except sqlite3.IntegrityError:
                    connection.execute("ROLLBACK TO pull_page")
                    _step_aside(session, name, live)
                    local.upsert(session, name, columns, values)
                connection.execute("RELEASE pull_page")
            elif values:
                local.upsert(session, name, columns, values)
        session.execute(delete(Applying))


def _ended_elsewhere(session, ended: list[dict[str, Any]]) -> None:
    """A stay of ours that another station's exit let out: it is over here too (the fee was taken
    there).  Our own exits closed theirs already, so for them this changes nothing."""
    if not ended:
        return
    stamp = local.sqlite_value(utc_now())
    local.driver_connection(session).executemany(
        "UPDATE parking_sessions SET status = 'closed', paid_by = 'elsewhere', exited_at = ?, reason = ?, updated_at = ? "
        "WHERE id = ? AND status = 'open'",
        [(local.sqlite_value(r["left_at"]), f"left at {r['left_station_id']}", stamp, r["id"].hex) for r in ended if r["left_at"]],
    )


def pull(
    store: Store, central_engine: Engine, cursor: int, page_size: int = DEFAULT_PAGE, should_stop: Callable[[], bool] = lambda: False
) -> tuple[int, int]:
    """Apply every change after `cursor`; returns (new cursor, rows applied).  The caller stores the cursor.

    Stopped half-way, it returns the old cursor: what was applied is applied again next time, harmlessly."""
    applied = 0
    with central_engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
        with connection.begin():
            upper = connection.scalar(select(func.greatest(*[
                select(func.coalesce(func.max(t.c.seq), 0)).scalar_subquery() for t in central.FEED
            ])))
            if upper <= cursor:
                return cursor, 0
            for table in central.FEED:
                after = cursor
                query = (
                    select(table)
                    .where(table.c.seq > bindparam("after"), table.c.seq <= upper)
                    .order_by(table.c.seq)
                    .limit(page_size)
                )
                while True:
                    if should_stop():
                        return cursor, applied
                    rows = connection.execute(query, {"after": after}).mappings().all()
                    if not rows:
                        break
                    _apply_page(store, table.name, rows)
                    applied += len(rows)
                    after = rows[-1]["seq"]
                    if len(rows) < page_size:
                        break
    return upper, applied


def read_cursor(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(SyncState.cursor).where(SyncState.id == 1)) or 0


def write_cursor(store: Store, cursor: int) -> None:
    with store.write() as session:
        session.execute(update(SyncState).where(SyncState.id == 1, SyncState.cursor < cursor).values(cursor=cursor))


__all__ = ["DEFAULT_PAGE", "pull", "read_cursor", "write_cursor"]
