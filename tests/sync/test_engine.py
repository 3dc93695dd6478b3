"""The sync thread: keeps going while central is away, says so, catches up, and stops when told."""

from __future__ import annotations

import threading

from sqlalchemy.engine import make_url

from console.sync.engine import SyncStatus, read_status
from console.timeutil import utc_now
from tests.sync.proxy import CuttableProxy


class Watcher:
    """Collects the statuses the engine reports and lets the test wait for one."""

    def __init__(self) -> None:
        self.seen: list[SyncStatus] = []
        self._changed = threading.Condition()
        self.threads: set[str] = set()

    def __call__(self, status: SyncStatus) -> None:
        with self._changed:
            self.seen.append(status)
            self.threads.add(threading.current_thread().name)
            self._changed.notify_all()

    def wait_for(self, predicate, timeout: float = 20.0) -> SyncStatus:
        with self._changed:
            assert self._changed.wait_for(lambda: self.seen and predicate(self.seen[-1]), timeout), self.seen[-3:]
            return self.seen[-1]


def test_the_sync_thread_survives_central_going_away_and_catches_up(central, make_station):
    card = central.card("6001", top_up_fen=100_000)
    station = make_station()
    parsed = make_url(central.url)
    proxy = CuttableProxy((parsed.host, parsed.port))
    url = make_url(station.url).set(port=proxy.port)
    password = make_url(station.url).password
    watcher = Watcher()
    engine = station.sync_engine(url=url, on_status=watcher)
    try:
        engine.start()
        watcher.wait_for(lambda s: s.online and s.last_success_at is not None)
        assert station.fill(card, 1_000)
        filled = utc_now()
        engine.wake()
        # A cycle that began after the filling was stored has sent it.
        watcher.wait_for(lambda s: s.online and s.pending == 0 and s.last_success_at > filled)

        proxy.cut(refuse=True)  # central is away
        for _ in range(3):
            assert station.fill(card, 1_000)
        engine.wake()
        away = watcher.wait_for(lambda s: not s.online and s.pending == 6)
        assert away.last_error and password not in away.last_error and "***" in away.last_error
        failures_before = len(watcher.seen)
        watcher.wait_for(lambda s: len(watcher.seen) >= failures_before + 2)  # it keeps trying, backing off

        proxy.restore()
        back = watcher.wait_for(lambda s: s.online and s.pending == 0 and s.last_success_at > filled)
        assert back.last_error is None and back.running
    finally:
        assert engine.stop(10)
        proxy.close()

    assert not engine.running and engine.status.running is False
    assert watcher.threads == {"platepay-sync"}  # the callback runs on the sync thread: the UI must hop over
    assert central.scalar("SELECT balance_fen FROM card_balances WHERE card_id = :c", c=card) == 100_000 - 4_000
    stored = read_status(station.store)
    assert stored.online and stored.pending == 0 and stored.cursor > 0


def test_stop_ends_the_thread_even_while_central_never_answers(make_station):
    station = make_station()
    engine = station.sync_engine(url=make_url(station.url).set(port=1), backoff_min_s=30, backoff_max_s=60)
    engine.start()
    assert engine.running
    assert engine.stop(10)
    assert not engine.running
