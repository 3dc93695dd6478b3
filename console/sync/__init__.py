"""Offline-first sync with the company's central PostgreSQL (docs/sync.md).

The console's whole interface:

    engine = sync.engine_for(store, config, on_status=callback)   # None if no central is configured
    engine.start(); engine.wake(); engine.status; engine.stop()
"""

from __future__ import annotations

from typing import Callable

from console.config import Config
from console.store.db import Store
from console.sync.credentials import central_url
from console.sync.engine import SyncEngine, SyncReport, SyncStatus, read_status


def engine_for(
    store: Store, config: Config, *, central: str | None = None, on_status: Callable[[SyncStatus], None] | None = None
) -> SyncEngine | None:
    """The sync engine as the configuration describes it; None when there is no central to sync with.

    `on_status` is called on the sync thread after every cycle; a Qt console
    must turn it into a signal, never touch a widget from it.
    """
    if not central and not config.central.url:
        return None
    return SyncEngine(
        store,
        central_url(config, central),
        station_id=config.station.id,
        offline_after_minutes=config.rules.offline_after_minutes,
        offline_limit_fen=config.rules.offline_limit_per_day_fen,
        interval_s=config.central.sync_interval_seconds,
        on_status=on_status,
    )


__all__ = ["SyncEngine", "SyncReport", "SyncStatus", "engine_for", "read_status"]
