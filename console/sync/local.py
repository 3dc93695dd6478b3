"""Bulk writes of pulled rows into the station's SQLite, below the ORM.

A pull brings tens of thousands of rows; SQLAlchemy's per-row parameter
processing costs more than SQLite's work, so values are converted here once,
to exactly what the column types store (`Uuid` → 32 hex digits, `UtcDateTime`
→ naive UTC text), and sent with the driver's executemany inside the
session's own transaction.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime
from typing import Any, Iterable, Sequence

from sqlalchemy.orm import Session

from console.timeutil import as_utc


def sqlite_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return as_utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")
    return value


def driver_connection(session: Session) -> sqlite3.Connection:
    return session.connection().connection.driver_connection


def upsert(session: Session, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """INSERT … ON CONFLICT (id) DO UPDATE: `columns[0]` is the id; rows are tuples in `columns` order."""
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    driver_connection(session).executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}",
        [tuple(sqlite_value(v) for v in row) for row in rows],
    )



def insert_once(session: Session, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING, for append-only tables: a row already here stays as it is."""
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    driver_connection(session).executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING",
        [tuple(sqlite_value(v) for v in row) for row in rows],
    )

# covered_fen: this station's own entries on the card that central has acknowledged,
# i.e. that are no longer waiting in the outbox.  A stale read (lower seq) never wins.
_BALANCES = """
INSERT INTO sync_card_balances (card_id, balance_fen, covered_fen, seq, synced_at)
VALUES (?1, ?2, (SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries AS e
                 WHERE e.card_id = ?1 AND NOT EXISTS (SELECT 1 FROM sync_outbox AS o WHERE o.row_id = e.id)),
        ?3, ?4)
ON CONFLICT (card_id) DO UPDATE SET
    balance_fen = excluded.balance_fen, covered_fen = excluded.covered_fen,
    seq = excluded.seq, synced_at = excluded.synced_at
WHERE sync_card_balances.seq <= excluded.seq
"""


def store_balances(session: Session, rows: Iterable[tuple[uuid.UUID, int, int]], at: datetime) -> None:
    """Keep central balances (card id, balance, seq) with the part of each already in the local ledger."""
    stamp = sqlite_value(at)
    driver_connection(session).executemany(_BALANCES, [(card.hex, balance, seq, stamp) for card, balance, seq in rows])
