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

from typing import Any, Callable

from sqlalchemy import Engine, bindparam, delete, func, literal, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from console.central import schema as central
from console.store.db import Store
from console.store.models import Account, Card, CardStatus, PhoneBinding, Vehicle
from console.store.sync_models import Applying, RowVersion, SyncState
from console.sync.push import store_balances

DEFAULT_PAGE = 5000

_LOCAL = {
    "accounts": (Account, ("name", "phone", "created_at")),
    "cards": (Card, ("card_no", "account_id", "status", "created_at")),
    "vehicles": (Vehicle, ("plate", "card_id", "description", "created_at")),
    "phone_bindings": (PhoneBinding, ("vehicle_id", "phone", "driver", "slot_start", "slot_end", "created_at")),
}
# A unique value a local-only row holds may have been given to another row at
# central; central wins, so the local row steps aside under a placeholder that
# no lookup can match ('#' is never part of a plate or card number).
_UNIQUE = {"cards": "card_no", "vehicles": "plate"}


def _upsert(model, columns: tuple[str, ...]):
    table = model.__table__
    statement = sqlite_insert(table)
    return statement.on_conflict_do_update(
        index_elements=[table.c.id], set_={name: statement.excluded[name] for name in columns}
    )


_UPSERTS = {name: _upsert(model, columns) for name, (model, columns) in _LOCAL.items()}
_VERSION = sqlite_insert(RowVersion.__table__)
_VERSION = _VERSION.on_conflict_do_update(index_elements=["row_id"], set_={"seq": _VERSION.excluded.seq})


def _step_aside(session, name: str, rows: list[dict[str, Any]]) -> None:
    column = _UNIQUE.get(name)
    if column is None:
        return
    model = _LOCAL[name][0]
    key, ids = getattr(model, column), [r["id"] for r in rows]
    session.execute(
        update(model)
        .where(key.in_([r[column] for r in rows]), model.id.not_in(ids))
        .values({column: literal("#").concat(func.substr(model.id, 1, 15))})
        .execution_options(synchronize_session=False)
    )


def _apply_page(store: Store, name: str, rows: list[dict[str, Any]]) -> None:
    with store.write() as session:
        # Marks this transaction as central's, so the capture triggers do not queue it back as a station edit.
        session.add(Applying(id=1))
        session.flush()
        if name == "card_balances":
            store_balances(session, rows)
        else:
            model, columns = _LOCAL[name]
            live = [r for r in rows if not r.get("deleted")]
            gone = [r["id"] for r in rows if r.get("deleted")]
            if gone:
                session.execute(delete(model).where(model.id.in_(gone)))
            if live:
                _step_aside(session, name, live)
                values = [{"id": r["id"], **{c: r[c] for c in columns}} for r in live]
                if name == "cards":
                    for v in values:
                        v["status"] = CardStatus(v["status"])
                session.execute(_UPSERTS[name], values)
            session.execute(_VERSION, [{"row_id": r["id"], "seq": r["seq"]} for r in rows])
        session.execute(delete(Applying))


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
                    rows = [r._asdict() for r in connection.execute(query, {"after": after})]
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
