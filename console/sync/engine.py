"""The sync engine: push the outbox, pull the change feed, in one background thread.

    engine = SyncEngine(store, url, station_id="s1", offline_after_minutes=30,
                        offline_limit_fen=50_000, on_status=show)
    engine.start()          # the one sync thread
    engine.wake()           # something was queued: sync soon rather than at the next interval
    engine.status           # SyncStatus snapshot, any thread
    engine.stop()           # explicit shutdown; returns once the thread has ended

`sync_once()` does one full cycle in the caller's thread (`platepay sync
--once`, tests).  Central being away is normal: the cycle fails, the error is
kept (password masked) and the thread tries again after a back-off that grows
to `backoff_max_s`, for as long as it takes.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from console.central.db import CentralError, create_central_engine, parse_url
from console.store.db import Store
from console.store.sync_models import SyncState
from console.sync import outbox
from console.sync.pull import DEFAULT_PAGE, pull, read_cursor, write_cursor
from console.sync.push import pending_count, push_batch
from console.timeutil import utc_now

log = logging.getLogger(__name__)

# What a cycle may meet when central is away or refuses, or the station's file is busy:
# expected, recorded, retried.  (Pulled pages go to SQLite below SQLAlchemy, hence sqlite3.Error.)
SYNC_ERRORS = (SQLAlchemyError, sqlite3.Error, CentralError)


@dataclass(frozen=True)
class SyncStatus:
    online: bool = False  # the last cycle reached central and finished
    pending: int = 0  # outbox items not yet acknowledged by central
    last_success_at: datetime | None = None
    last_error: str | None = None  # what went wrong last, for the operator; never holds a password
    cursor: int = 0
    running: bool = False  # the background thread is alive
    rejected: tuple = ()  # push.Rejection: changes central did not take in the last cycle, with its reason


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    cursor: int
    rejected: tuple = ()


class SyncEngine:
    def __init__(
        self,
        store: Store,
        central_url: str | URL,
        *,
        station_id: str,
        offline_after_minutes: int,
        offline_limit_fen: int,
        batch_size: int = 1000,
        page_size: int = DEFAULT_PAGE,
        interval_s: float = 10.0,
        backoff_min_s: float = 1.0,
        backoff_max_s: float = 300.0,
        on_status: Callable[[SyncStatus], None] | None = None,
    ) -> None:
        self._store = store
        self._url = parse_url(central_url)
        self._station_id = station_id
        self._offline_after = timedelta(minutes=offline_after_minutes)
        self._offline_limit_fen = offline_limit_fen
        self._batch_size = batch_size
        self._page_size = page_size
        self._interval_s = interval_s
        self._backoff = (backoff_min_s, backoff_max_s)
        self._on_status = on_status
        self._central: Engine | None = None
        self._status = SyncStatus()
        self._lock = threading.Lock()  # one cycle at a time, whoever asks
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    # -- one cycle ---------------------------------------------------------

    def sync_once(self) -> SyncReport:
        """Push everything queued, then pull every change; raises on failure (the status says why)."""
        with self._lock:
            started = utc_now()
            try:
                outbox.configure(self._store, self._offline_after, self._offline_limit_fen)
                central = self._central_engine()
                pushed = 0
                rejected: list = []
                while not self._stop.is_set():
                    sent = push_batch(self._store, central, self._station_id, self._batch_size, rejected)
                    if not sent:
                        break
                    pushed += sent
                cursor, pulled = pull(self._store, central, read_cursor(self._store), self._page_size, self._stop.is_set)
                write_cursor(self._store, cursor)
                outbox.record_success(self._store, started, self._offline_after)
            except SYNC_ERRORS as exc:
                self._failed(self._describe(exc))
                raise
            self._publish(online=True, last_success_at=started, last_error=None, cursor=cursor, rejected=tuple(rejected))
            return SyncReport(pushed, pulled, cursor, tuple(rejected))

    def _central_engine(self) -> Engine:
        if self._central is None:
            self._central = create_central_engine(self._url)
        return self._central

    def _describe(self, exc: Exception) -> str:
        original = getattr(exc, "orig", None) or exc
        text = (str(original).strip().splitlines() or [type(original).__name__])[0]
        if self._url.password:
            text = text.replace(str(self._url.password), "***")
        return f"{self._url.render_as_string(hide_password=True)}: {text}"

    def _failed(self, message: str) -> None:
        try:
            outbox.record_error(self._store, message)
        except SQLAlchemyError:
            log.exception("sync: cannot record the error in the station database")
        self._publish(online=False, last_error=message)

    def _publish(self, **changes) -> None:
        try:
            pending = pending_count(self._store)
        except SQLAlchemyError:
            pending = self._status.pending
        changes.setdefault("running", self.running)
        self._status = replace(self._status, pending=pending, **changes)
        if self._on_status is not None:
            self._on_status(self._status)

    # -- the thread ----------------------------------------------------------

    @property
    def url(self) -> URL:
        """The central URL; render it with hide_password (or console.central.db.masked) to show it."""
        return self._url

    @property
    def status(self) -> SyncStatus:
        return self._status

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        with self._store.read() as session:
            state = session.get(SyncState, 1)
            if state is not None:
                self._status = replace(self._status, last_success_at=state.last_success_at, cursor=state.cursor)
        self._thread = threading.Thread(target=self._run, name="platepay-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> bool:
        """Ask the thread to end after its current batch and wait; True once it has ended."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        stopped = not self.running
        if stopped:
            self._stop.clear()  # sync_once() works again; start() may be called again
            if self._central is not None:
                self._central.dispose()
                self._central = None
        self._status = replace(self._status, running=not stopped)
        return stopped

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            self._wake.clear()  # cleared before the cycle: a wake() during it asks for the next one at once
            try:
                self.sync_once()
                failures, delay = 0, self._interval_s
            except SYNC_ERRORS:
                failures += 1
                delay = self._delay(failures)
                log.warning("sync failed (%d in a row), next try in %.0f s: %s", failures, delay, self._status.last_error)
            except Exception as exc:  # a bug must not end the thread: money keeps queueing, so keep trying
                failures += 1
                delay = self._delay(failures)
                log.exception("sync: unexpected failure")
                self._failed(f"internal error: {type(exc).__name__}: {exc}")
            self._wake.wait(delay)
        self._publish(running=False)

    def _delay(self, failures: int) -> float:
        low, high = self._backoff
        # Jitter, so stations cut off together do not all come back in the same second.
        return min(high, low * 2 ** min(failures - 1, 20)) * random.uniform(0.8, 1.2)


def read_status(store: Store) -> SyncStatus:
    """The status as stored, for a console that does not run the thread itself."""
    with store.read() as session:
        state = session.scalar(select(SyncState).where(SyncState.id == 1))
    pending = pending_count(store)
    if state is None:
        return SyncStatus(pending=pending)
    online = state.last_error is None and state.last_success_at is not None
    return SyncStatus(online, pending, state.last_success_at, state.last_error, state.cursor)
