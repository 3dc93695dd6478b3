"""Connecting to the central database, creating or upgrading its schema, and keeping passwords out of sight."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "platepay_central_version"
CONNECT_TIMEOUT_S = 5


class CentralError(RuntimeError):
    """The central database cannot be used as asked; the message says what to do."""


def parse_url(url: str | URL) -> URL:
    """A postgresql URL, forced onto psycopg 3 (`postgresql://` and `postgres://` are accepted too)."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
        parsed.port  # a port that is not a number fails here, not later in a driver
    except (ArgumentError, ValueError):  # never echo the text: it may hold a password
        raise CentralError("the central URL is not a database URL: use postgresql://USER:PASSWORD@HOST:PORT/DB") from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise CentralError(f"the central database must be PostgreSQL, not {parsed.get_backend_name()!r}")
    return parsed.set(drivername="postgresql+psycopg")


def masked(url: str | URL) -> str:
    """The URL as it may appear in a message or a log: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True) if isinstance(url, str) else url.render_as_string(hide_password=True)
    except ArgumentError:
        return "<unreadable URL>"


def create_central_engine(url: str | URL, *, pool_size: int = 2) -> Engine:
    # pre_ping: after hours away, pooled connections are dead; find out before using one.
    # Keepalives and tcp_user_timeout: a cable pulled mid-query sends no reset, and without
    # them the sync thread would wait for the kernel's TCP timeout (a quarter of an hour or more).
    return create_engine(
        parse_url(url),
        pool_size=pool_size,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "platepay",
            "keepalives": 1,
            "keepalives_idle": 15,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            "tcp_user_timeout": 30_000,
        },
    )


def alembic_config(engine: Engine | None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config(None)).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE}).get_current_revision()


def init(engine: Engine) -> tuple[str | None, str]:
    """Create or upgrade the central schema; returns (revision before, revision now)."""
    before = current_revision(engine)
    command.upgrade(alembic_config(engine), "head")
    return before, head_revision()
