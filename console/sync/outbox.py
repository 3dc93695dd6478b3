"""The station's sync bookkeeping: turning sync on, and recording each cycle's outcome."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import text

from console.store.db import Store
from console.store.sync_models import SyncState
from console.timeutil import utc_now

_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"

# Rows written before sync was turned on, queued once in the order they were made
# (accounts before their cards, cards before their vehicles …).
_ADOPT = [
    f"INSERT INTO sync_outbox (kind, row_id, request_id, queued_at) SELECT '{table}', id, lower(hex(randomblob(16))), {_NOW} FROM {table} ORDER BY created_at"
    for table in ("accounts", "cards", "vehicles", "phone_bindings")
] + [
    f"INSERT INTO sync_outbox (kind, row_id, queued_at) SELECT 'filling', id, {_NOW} FROM fillings WHERE status IN ('settled', 'cancelled') ORDER BY created_at",
    f"INSERT INTO sync_outbox (kind, row_id, queued_at) SELECT 'ledger', id, {_NOW} FROM ledger_entries ORDER BY created_at",
    f"INSERT INTO sync_outbox (kind, row_id, queued_at) SELECT 'audit', id, {_NOW} FROM audit_log ORDER BY at",
]


def configure(store: Store, offline_after: timedelta, offline_limit_fen: int) -> None:
    """Turn sync on (once: queue everything already stored) and put the current offline rules in force."""
    with store.write() as session:
        state = session.get(SyncState, 1)
        if state is None:
            for statement in _ADOPT:
                session.execute(text(statement))
            # Never synced: nothing known from central, so the offline rules apply from the start.
            session.add(SyncState(id=1, cursor=0, offline_from=utc_now(), offline_limit_fen=offline_limit_fen))
            return
        state.offline_limit_fen = offline_limit_fen
        if state.last_success_at is not None:
            state.offline_from = state.last_success_at + offline_after


def record_success(store: Store, started: datetime, offline_after: timedelta) -> None:
    # The cycle's start, not its end: what was made during the cycle may not have gone.
    with store.write() as session:
        state = session.get(SyncState, 1)
        state.last_success_at = started
        state.offline_from = started + offline_after
        state.last_error = None


def record_error(store: Store, message: str) -> None:
    with store.write() as session:
        state = session.get(SyncState, 1)
        if state is not None:
            state.last_error = message
