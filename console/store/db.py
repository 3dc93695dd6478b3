"""Opening the station database: SQLite in WAL mode with foreign keys on.

Writers take the lock up front (BEGIN IMMEDIATE) so that a check-then-insert
such as "is the balance enough? then debit" cannot interleave with another
process's; readers never block writers in WAL mode.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from console.timeutil import utc_now

BUSY_TIMEOUT_MS = 5000


class StoreError(RuntimeError):
    """The database cannot be used; the message says what to do."""


def create_store_engine(path: Path | str) -> Engine:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
        # Let SQLAlchemy, not the driver, open transactions, so BEGIN IMMEDIATE below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # Readers (engine.execution_options(read_only=True)) start deferred and never block.
        read_only = connection.get_execution_options().get("read_only", False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


class Store:
    """The engine plus one unit of work per operation: `with store.write() as session:`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read_engine = engine.execution_options(read_only=True)
        self._writer = sessionmaker(engine, expire_on_commit=False)
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction holding the write lock from its start; committed on success."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def lookup(self) -> Iterator[Connection]:
        """A read transaction on a Core connection: for hot queries that need no ORM objects."""
        with self._read_engine.connect() as connection, connection.begin():
            yield connection

    def close(self) -> None:
        self.engine.dispose()


def check_integrity(path: Path) -> None:
    """Refuse a damaged or foreign file before anything writes to it."""
    if not path.exists():
        return
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(_cannot_open(path, exc)) from None
    if not result or result[0] != "ok":
        raise StoreError(
            f"{path} is damaged (integrity check: {result[0] if result else 'no answer'}). "
            "Restore the latest backup beside it (*.bak-*)."
        )


def backup_copy(path: Path) -> Path | None:
    """Copy the database aside (with SQLite's online backup, safe under WAL) before a migration."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    target = path.with_name(f"{path.name}.bak-{utc_now():%Y%m%dT%H%M%SZ}")
    try:
        with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot back up {path} before upgrading it: {exc}") from None
    return target


SQLITE_HEADER = b"SQLite format 3\x00"


def _cannot_open(path: Path, exc: Exception) -> str:
    """Why an existing database file cannot be opened, and what to do.  Starting empty is
    advised only for a file that is not a database at all: never for an intact one on a
    read-only or full disk, where it would throw the station's money records away."""
    where = _filesystem_problem(path)
    if where:
        return f"{path}: {where}. The database itself is not touched; fix that and start again."
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as error:
        return f"{path} cannot be read ({error.strerror}): check its permissions."
    if header != SQLITE_HEADER:
        return (
            f"{path} is not a PlatePay database (not an SQLite file). Restore the latest backup beside it "
            "(*.bak-*), or move this file away to start with an empty database."
        )
    return f"{path} cannot be opened ({exc}). Restore the latest backup beside it (*.bak-*) if the file is damaged."


def _filesystem_problem(path: Path) -> str | None:
    folder = path.parent if path.parent.exists() else Path(".")
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY:
        return f"the disk holding {folder} is read-only (mounted ro?)"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"this user may not write to {path if path.exists() else folder}: check its permissions"
    if stats.f_bavail * stats.f_frsize < 1024 * 1024:
        return f"the disk holding {folder} is full ({stats.f_bavail * stats.f_frsize // 1024} KiB free)"
    return None


def describe_operational_error(exc: OperationalError | DatabaseError, path: Path | None = None) -> str:
    text = str(exc.orig) if getattr(exc, "orig", None) else str(exc)
    if "locked" in text or "busy" in text:
        return f"the database is busy in another program for more than {BUSY_TIMEOUT_MS // 1000} s; try again"
    problem = _filesystem_problem(path) if path is not None else None
    if problem or "disk is full" in text or "readonly" in text:
        return f"the database cannot be written: {problem or text}; nothing was changed"
    return f"database error: {text}"


__all__ = [
    "StoreError",
    "backup_copy",
    "check_integrity",
    "create_store_engine",
    "Store",
]
