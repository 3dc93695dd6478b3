"""The world of the fleet tests: station stores (real SQLite, migrated), fillings made as the
lane makes them (the driver on duty charged, the ledger debited), readings taken through the
fleet API, and for head office the real PostgreSQL and sync engine of tests/sync."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from console.domain import accounts, ledger
from console.domain.slots import Slot
from console.fleet import odometer
from console.reports.table import ReportFilter, Source
from console.store.db import Store
from console.store.fleet_models import ReadingSource
from console.store.migrate import open_and_upgrade
from console.store.models import Filling, FillingStatus, Vehicle
from tests.sync.conftest import central, make_station, pg_server  # noqa: F401  (the PostgreSQL world)

ZONE = ZoneInfo("Asia/Shanghai")


def local(text: str) -> datetime:
    """'2026-12-01 07:00' in the station's zone, as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def fill(store: Store, station_id: str, plate: str, at: datetime, litres: str, *, full: bool = True, lane: int = 1,
         odometer_value: str | None = None, operator: str = "cashier") -> uuid.UUID:
    """A settled filling of `plate` ending at `at`, charged to the driver whose slot holds it (as the lane does),
    with its odometer typed by the cashier when given.  7.50 yuan a litre; a full fill stopped below its
    preset (the nozzle's cut-off), a partial one ran to its preset."""
    volume = Decimal(litres)
    amount = int(volume * 750)
    preset_fen = amount + 5000 if full else amount
    with store.write() as session:
        vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == plate))
        duty = accounts.on_duty(session, vehicle, at, ZONE)
        filling = Filling(
            id=uuid.uuid4(), lane=lane, pump_address=0x4F + lane, nozzle=1, grade="0#", plate=plate, card_id=vehicle.card_id,
            preset_fen=preset_fen, started_at=at - timedelta(minutes=5), ended_at=at, litres=volume, amount_fen=amount,
            unit_price_fen=750, status=FillingStatus.COMPLETED, phone_charged=duty.phone, driver=duty.driver,
            station_id=station_id, created_at=at - timedelta(minutes=6),
        )
        session.add(filling)
        session.flush()
        ledger.debit_filling(session, filling, station_id=station_id)
        filling.status = FillingStatus.SETTLED
        filling_id = filling.id
    if odometer_value is not None:
        with store.write() as session:
            odometer.record(session, station_id=station_id, filling_id=filling_id, value=odometer_value,
                            source=ReadingSource.CASHIER, operator=operator, at=at)
    return filling_id


@dataclass
class Fleet:
    store: Store
    station_id: str = "north-7"

    def truck(self, plate: str = "京A12345", *, slots: dict[str, str] | None = None, tank: str | None = None,
              meter: str = "km", band: tuple[str, str] | None = None) -> uuid.UUID:
        with self.store.write() as session:
            account = accounts.add_account(session, f"fleet of {plate}", phone="13800000001")
            card = accounts.issue_card(session, account)
            ledger.top_up(session, card.id, 1_000_000_00, station_id=self.station_id)
            vehicle = accounts.bind_vehicle(session, plate, card)
            vehicle.tank_litres = Decimal(tank) if tank else None
            vehicle.meter = meter
            if band:
                vehicle.consumption_min, vehicle.consumption_max = Decimal(band[0]), Decimal(band[1])
            for n, (driver, slot) in enumerate((slots or {}).items()):
                accounts.bind_phone(session, vehicle, f"1390000000{n + 1}", Slot.parse(slot), driver)
            return vehicle.id

    def fill(self, plate: str, at: datetime, litres: str, **kw) -> uuid.UUID:
        return fill(self.store, self.station_id, plate, at, litres, **kw)

    @property
    def source(self) -> Source:
        return Source(self.store.engine, central=False, station_id=self.station_id)


@pytest.fixture
def fleet(tmp_path: Path):
    store, _ = open_and_upgrade(tmp_path / "station.sqlite3")
    yield Fleet(store)
    store.close()


def everything(since: str | None = None, until: str | None = None, vehicle: str | None = None) -> ReportFilter:
    return ReportFilter(since=local(since) if since else None, until=local(until) if until else None, vehicle=vehicle,
                        zone="Asia/Shanghai")
