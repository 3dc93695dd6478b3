"""The world of the sync tests: a real PostgreSQL, a fresh central database per
test, and stations with their own SQLite store, role and sync engine."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from console.central import db as central_db
from console.central import masterdata, stations
from console.domain import ledger
from console.store.db import Store
from console.store.migrate import open_and_upgrade
from console.store.models import Filling, FillingStatus
from console.sync.engine import SyncEngine
from tests.sync.pg import SERVER, ThrowawayCluster, running_server

OFFLINE_LIMIT_FEN = 500_00


@pytest.fixture(scope="session")
def pg_server():
    """The admin URL of a server: 127.0.0.1:5432 when it runs, else a cluster started for this session.

    PLATEPAY_TEST_PG=throwaway forces the cluster even when a server runs (how CI without one behaves)."""
    if os.environ.get("PLATEPAY_TEST_PG") != "throwaway" and running_server():
        yield f"postgresql+psycopg://postgres@{SERVER[0]}:{SERVER[1]}/postgres"
        return
    cluster = ThrowawayCluster().start()
    try:
        yield cluster.url
    finally:
        cluster.stop()


@dataclass
class Central:
    url: str  # admin URL of this test's own database
    engine: Engine
    engines: list[Engine] = field(default_factory=list)

    def add_station(self, station_id: str) -> stations.StationCredentials:
        return stations.add_station(self.engine, station_id)

    def station_engine(self, creds: stations.StationCredentials) -> Engine:
        engine = central_db.create_central_engine(creds.url)
        self.engines.append(engine)
        return engine

    def scalar(self, sql: str, **params):
        with self.engine.connect() as connection:
            return connection.execute(text(sql), params).scalar()

    def card(self, card_no: str, plate: str | None = None, top_up_fen: int = 0) -> uuid.UUID:
        with self.engine.begin() as connection:
            account = masterdata.add_account(connection, f"account of {card_no}")
            card_id = masterdata.issue_card(connection, account, card_no)
            if plate:
                masterdata.bind_vehicle(connection, plate, card_id)
            if top_up_fen:
                masterdata.top_up(connection, card_id, top_up_fen)
        return card_id


def _create_database(admin_url: str, name: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


def _drop_database(admin_url: str, name: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def central(pg_server):
    """A central database of its own, created with `central init`, dropped afterwards with its station roles."""
    name = f"platepay_test_{uuid.uuid4().hex[:12]}"
    _create_database(pg_server, name)
    url = make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    engine = central_db.create_central_engine(url)
    central_db.init(engine)
    world = Central(url, engine)
    try:
        yield world
    finally:
        for extra in world.engines:
            extra.dispose()
        stations.drop_station_roles(engine)
        engine.dispose()
        _drop_database(pg_server, name)


@dataclass
class Station:
    id: str
    store: Store
    url: str
    engines: list[SyncEngine] = field(default_factory=list)

    def sync_engine(self, url: str | None = None, **options) -> SyncEngine:
        options.setdefault("offline_after_minutes", 30)
        options.setdefault("offline_limit_fen", OFFLINE_LIMIT_FEN)
        options.setdefault("backoff_min_s", 0.05)
        options.setdefault("backoff_max_s", 0.5)
        options.setdefault("interval_s", 0.2)
        engine = SyncEngine(self.store, url or self.url, station_id=self.id, **options)
        self.engines.append(engine)
        return engine

    def sync(self, **options):
        return self.sync_engine(**options).sync_once()

    def fill(self, card_id: uuid.UUID, amount_fen: int, plate: str = "京A00001") -> uuid.UUID | None:
        """One filling as the lane engine makes it: refused unless available, else settled and debited."""
        with self.store.write() as session:
            if ledger.funds(session, card_id).available_fen < amount_fen:
                return None
            filling = Filling(
                id=uuid.uuid4(), lane=1, pump_address=0x50, nozzle=1, grade="92#", plate=plate, card_id=card_id,
                preset_fen=amount_fen, amount_fen=amount_fen, litres=Decimal("10.000"), unit_price_fen=amount_fen // 10,
                status=FillingStatus.COMPLETED, station_id=self.id,
            )
            session.add(filling)
            session.flush()
            ledger.debit_filling(session, filling, station_id=self.id)
            filling.status = FillingStatus.SETTLED
            return filling.id

    def funds(self, card_id: uuid.UUID) -> ledger.CardFunds:
        with self.store.read() as session:
            return ledger.funds(session, card_id)


@pytest.fixture
def make_station(central, tmp_path: Path):
    made: list[Station] = []

    def make(station_id: str | None = None) -> Station:
        station_id = station_id or f"s{len(made) + 1}-{uuid.uuid4().hex[:6]}"
        creds = central.add_station(station_id)
        store, _ = open_and_upgrade(tmp_path / f"{station_id}.sqlite3")
        station = Station(station_id, store, creds.url)
        made.append(station)
        return station

    yield make
    for station in made:
        for engine in station.engines:
            assert engine.stop(10), "the sync thread did not stop"
        station.store.close()
