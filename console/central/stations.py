"""Station roles: each station logs in as its own PostgreSQL role with the least it needs.

A station role may read master data and balances, and insert ledger entries,
fillings, audit rows and change requests under its own station id (row-level
security checks the id).  It has no UPDATE, DELETE or TRUNCATE anywhere, so it
cannot change another station's rows nor any ledger row, its own included.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import Connection, Engine, text

from console.central.db import CentralError

READABLE = ("stations", "accounts", "cards", "vehicles", "phone_bindings", "card_balances", "chain_stays")
INSERTABLE = ("ledger_entries", "fillings", "audit_log", "change_requests", "parking_sessions", "chain_stays")
_STATION_ID = re.compile(r"^[A-Za-z0-9-]{1,32}$")
# Shifts once closed, with their reports' lines (console/shifts), inserted once like fillings.
INSERTABLE += ("shifts", "shift_lines")


@dataclass(frozen=True)
class StationCredentials:
    station_id: str
    role: str
    password: str
    url: str  # the central URL with the station's role and password, for the station's config or keyring


# Fleet readings (console/fleet): a station adds its own and reads every station's (the feed).
READABLE += ("odometer_readings",)
INSERTABLE += ("odometer_readings",)


def role_for(station_id: str) -> str:
    return "platepay_station_" + station_id.lower().replace("-", "_")


def _run(connection: Connection, statement: sql.Composable) -> None:
    connection.exec_driver_sql(statement.as_string(connection.connection.driver_connection))


def add_station(engine: Engine, station_id: str, name: str | None = None) -> StationCredentials:
    """Register a station and create its login role with a new random password."""
    if not _STATION_ID.match(station_id) or station_id == "central":
        raise CentralError(f"{station_id!r} is not a station id: letters, digits and - (1-32), not 'central'")
    role = role_for(station_id)
    password = secrets.token_urlsafe(24)
    with engine.begin() as connection:
        if connection.scalar(text("SELECT 1 FROM stations WHERE id = :id"), {"id": station_id}):
            raise CentralError(f"station {station_id} already exists")
        if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}):
            raise CentralError(f"role {role} already exists in this PostgreSQL cluster; drop it or choose another station id")
        _run(connection, sql.SQL("CREATE ROLE {} LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(password)))
        database = connection.scalar(text("SELECT current_database()"))
        _run(connection, sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), sql.Identifier(role)))
        _run(connection, sql.SQL("GRANT SELECT ON {} TO {}").format(
            sql.SQL(", ").join(map(sql.Identifier, READABLE)), sql.Identifier(role)))
        _run(connection, sql.SQL("GRANT INSERT ON {} TO {}").format(
            sql.SQL(", ").join(map(sql.Identifier, INSERTABLE)), sql.Identifier(role)))
        # ON CONFLICT (id) needs SELECT on the id column; row-level security still shows the station no row.
        _run(connection, sql.SQL("GRANT SELECT (id) ON {} TO {}").format(
            sql.SQL(", ").join(map(sql.Identifier, INSERTABLE)), sql.Identifier(role)))
        # The outcome of its own change requests (applied, superseded, rejected and why).
        _run(connection, sql.SQL("GRANT SELECT (id, entity, row_id, status, detail) ON change_requests TO {}").format(sql.Identifier(role)))
        connection.execute(
            text("INSERT INTO stations (id, name, role_name) VALUES (:id, :name, :role)"),
            {"id": station_id, "name": name or station_id, "role": role},
        )
    url = engine.url.set(username=role, password=password).render_as_string(hide_password=False)
    return StationCredentials(station_id, role, password, url)


def drop_station_roles(engine: Engine) -> list[str]:
    """Drop the login roles of every station of this database (roles live in the cluster, not the database)."""
    with engine.begin() as connection:
        roles = list(connection.scalars(text("SELECT role_name FROM stations WHERE role_name IS NOT NULL")))
        for role in roles:
            _run(connection, sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            _run(connection, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        connection.execute(text("UPDATE stations SET role_name = NULL WHERE role_name IS NOT NULL"))
    return roles
