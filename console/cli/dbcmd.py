"""`platepay db upgrade|check`."""

from __future__ import annotations

from console.cli.context import AppContext
from console.store.migrate import current_revision, head_revision


def register(sub) -> None:
    db = sub.add_parser("db", help="the station database").add_subparsers(dest="db_command", required=True)
    upgrade = db.add_parser("upgrade", help="back up the database file and migrate it to this version")
    upgrade.set_defaults(func=upgrade_db)
    status = db.add_parser("status", help="show the database file and its schema revision")
    status.set_defaults(func=db_status)


def upgrade_db(ctx: AppContext) -> int:
    store = ctx.store
    revision = current_revision(store.engine)
    backup = str(ctx.backup) if ctx.backup else None
    human = f"{ctx.db_path}: at revision {revision}" + (f" (backup {backup})" if backup else "")
    ctx.out.result({"db": str(ctx.db_path), "revision": revision, "backup": backup}, human)
    return 0


def db_status(ctx: AppContext) -> int:
    revision = current_revision(ctx.store.engine)
    head = head_revision()
    ctx.out.result(
        {"db": str(ctx.db_path), "revision": revision, "head": head},
        f"{ctx.db_path}: revision {revision} (this version: {head})",
    )
    return 0
