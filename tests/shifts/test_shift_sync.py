"""Closed shifts reach head office as they were closed, and central's day report rolls them up."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from console.reports import export
from console.reports.table import ReportFilter, Source
from console.shifts import reports
from console.shifts.service import close_shift, open_shift
from console.sync.engine import SyncEngine
from console.timeutil import utc_now

from .conftest import CASHIER, MANAGER, TRUCK, VAN


def test_two_closed_shifts_reach_central_and_its_day_report_rolls_them_up(make_world, central):
    world = make_world()
    engine = world.start_engine()
    creds = central.add_station(world.config.station.id)
    sync = SyncEngine(world.store, creds.url, station_id=creds.station_id, offline_after_minutes=30,
                      offline_limit_fen=50_000, batch_size=10)  # small batches: a shift and its lines may be split
    sync.sync_once()  # configured: from here on what the station does is queued for central

    first = open_shift(world.store, world.config, CASHIER, engine.read_totals())
    a = world.fill(1, TRUCK, nozzle=2, litres=Decimal("2"))
    world.sim.skew_totals(0x51, 1, Decimal("0.25"))  # lane 2's 92# counter runs ahead
    first = close_shift(world.store, world.config, CASHIER, engine.read_totals(), shift_id=first.id)
    second = open_shift(world.store, world.config, MANAGER, engine.read_totals())
    b = world.fill(2, VAN, nozzle=1, litres=Decimal("3"))
    c = world.fill(1, VAN, nozzle=1, litres=Decimal("1"))
    second = close_shift(world.store, world.config, MANAGER, engine.read_totals())
    while sync.sync_once().pushed:
        pass

    assert central.scalar("SELECT count(*) FROM shifts WHERE station_id = 'demo'") == 2
    with world.store.engine.connect() as connection:
        lines_here = connection.execute(text("SELECT count(*) FROM shift_lines")).scalar()
    assert central.scalar("SELECT count(*) FROM shift_lines WHERE station_id = 'demo'") == lines_here
    here = reports.shift(Source(world.store.engine, station_id="demo"), ReportFilter(shift_id=first.id))
    there = reports.shift(Source(central.engine, central=True, station_id="demo"), ReportFilter(shift_id=first.id))
    assert there.rows == here.rows and there.totals == here.totals and there.notes == here.notes

    today = utc_now().astimezone(world.config.station.zone).date()
    day = reports.day(Source(central.engine, central=True), ReportFilter(day=today))
    shifts = [r for r in day.records() if r["line"] == "shift"]
    assert [(s["shift"], s["opened_by"], s["closed_by"]) for s in shifts] == [
        (str(first.id), "cashier", "cashier"), (str(second.id), "manager", "manager")]
    assert [s["amount_fen"] for s in shifts] == [a.amount_fen, b.amount_fen + c.amount_fen]
    # The skew counted in the first shift's 92# on lane 2; the second shift reads from the skewed counter on.
    assert [s["mismatch_litres"] for s in shifts] == [Decimal("0.250"), Decimal("0.000")]
    grades = {r["grade"]: r for r in day.records() if r["line"] == "grade"}
    assert grades["92#"]["litres"] == b.litres + c.litres and grades["95#"]["amount_fen"] == a.amount_fen
    assert grades["92#"]["mismatch_litres"] == Decimal("0.250")
    total = dict(zip([col.key for col in day.columns], day.totals))
    assert total["fillings"] == 3 and total["amount_fen"] == a.amount_fen + b.amount_fen + c.amount_fen
    assert total["litres"] == a.litres + b.litres + c.litres
    assert day.params["shifts"] == 2
    for fmt in ("csv", "json", "xlsx"):
        assert export.render(day, fmt)

    # What reached central is kept as it was closed: not even the station's own role may change it.
    station_engine = central.station_engine(creds)
    with pytest.raises(DBAPIError):
        with station_engine.begin() as connection:
            connection.execute(text("UPDATE shifts SET amount_fen = 0 WHERE id = :id"), {"id": first.id})
    with pytest.raises(DBAPIError, match="kept as it was closed"):
        with central.engine.begin() as connection:
            connection.execute(text("DELETE FROM shift_lines WHERE shift_id = :id"), {"id": first.id})
