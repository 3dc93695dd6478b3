"""Alembic migrations shipped inside the package and run by the application itself."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from console.store.db import Store, backup_copy, check_integrity, create_store_engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config(None))  # type: ignore[arg-type]
    return script.get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def open_and_upgrade(path: Path | str) -> tuple[Store, Path | None]:
    """Check, back up when a migration is due, and upgrade the database at `path`.

    Returns the store and the backup file made (None when nothing was due).
    """
    path = Path(path)
    check_integrity(path)
    engine = create_store_engine(path)
    backup = None
    revision = current_revision(engine)
    if revision != head_revision():
        if revision is not None:  # a new, empty database has nothing to save
            backup = backup_copy(path)
        upgrade(engine)
    return Store(engine), backup
