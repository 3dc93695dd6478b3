"""Head office derives each filling's predecessors as fillings and readings land (central
migration 0009): a station offline for days, a reading taken after its filling was sent, and a
correction all land in the middle of a vehicle's history, and the chain's reports come out as
if computed from scratch."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, text

from console.fleet import odometer, reports
from console.reports.table import Source
from console.store.fleet_models import OdometerReading, ReadingSource
from tests.fleet.conftest import everything, fill, local
from tests.fleet.test_chain import PLATE, chain  # noqa: F401  (the fixture)

FROM_SCRATCH = "SELECT platepay_fleet_derive(array_agg(plate::text), array_agg('-infinity'::timestamptz)) FROM vehicles"


def _derived(central) -> list[tuple]:
    with central.engine.connect() as c:
        return [tuple(r) for r in c.execute(text("SELECT * FROM fleet_sequence ORDER BY vehicle_id, at, id"))]


def _reports(source: Source) -> dict[str, list]:
    return {build.__name__: build(source, everything(vehicle=PLATE)).rows
            for build in (reports.places, reports.vehicles, reports.drivers, reports.exceptions)}


def test_late_fillings_a_late_reading_and_a_correction_give_head_office_the_figures_from_scratch(chain):
    central, east, west = chain
    fill(east.store, east.id, PLATE, local("2026-12-01 07:00"), "200.000", odometer_value="100000.0")
    east.sync()
    # west is offline for the day: its two fillings wait there
    fill(west.store, west.id, PLATE, local("2026-12-01 12:00"), "90.000", odometer_value="100300.0")
    fill(west.store, west.id, PLATE, local("2026-12-01 20:00"), "100.000", odometer_value="100800.0")
    afternoon = fill(east.store, east.id, PLATE, local("2026-12-01 15:00"), "66.000")  # no reading at the pump
    fill(east.store, east.id, PLATE, local("2026-12-02 04:00"), "105.000", odometer_value="101300.0")
    east.sync()
    with east.store.write() as session:  # the reading typed afterwards, sent after its filling and its successor
        typed = odometer.record(session, station_id=east.id, filling_id=afternoon, value="100520.5",
                                source=ReadingSource.CASHIER, operator="li", at=local("2026-12-01 15:00"))
    east.sync()
    west.sync()  # days late: two fillings and their readings land in the middle
    east.sync()  # east hears west's readings
    with east.store.write() as session:
        reading_id = session.scalar(select(OdometerReading.id).where(OdometerReading.filling_id == afternoon))
        odometer.correct(session, station_id=east.id, reading_id=reading_id, value="100500.0", operator="manager",
                         reason="typed 520.5 for 500.0")
    east.sync()
    assert typed.last == Decimal("100000.0")

    source = Source(central.engine, central=True)
    places = [(r["driver"], r["station"], r["at"], r["odometer"], r["distance"], r["from_station"])
              for r in reports.places(source, everything(vehicle=PLATE)).records()]
    assert places == [
        ("张师傅", "east-1", local("2026-12-01 07:00"), Decimal("100000.0"), None, None),
        ("张师傅", "west-2", local("2026-12-01 12:00"), Decimal("100300.0"), Decimal("300.0"), "east-1"),
        ("李师傅", "east-1", local("2026-12-01 15:00"), Decimal("100500.0"), Decimal("200.0"), "west-2"),  # the correction
        ("李师傅", "west-2", local("2026-12-01 20:00"), Decimal("100800.0"), Decimal("300.0"), "east-1"),
        ("王师傅", "east-1", local("2026-12-02 04:00"), Decimal("101300.0"), Decimal("500.0"), "west-2"),
    ]
    as_landed, figures = _derived(central), _reports(source)
    with central.engine.begin() as c:
        c.execute(text(FROM_SCRATCH))
    assert _derived(central) == as_landed
    assert _reports(source) == figures


def test_fillings_of_a_vehicle_registered_after_them_are_derived_when_it_is(chain):
    central, east, _ = chain
    with central.engine.begin() as c:  # the plate is given to another vehicle id: its history goes along
        c.execute(text("UPDATE vehicles SET plate = '京B00001' WHERE plate = :p"), {"p": PLATE})
    fill(east.store, east.id, PLATE, local("2026-12-01 07:00"), "50.000", odometer_value="1000.0")
    fill(east.store, east.id, PLATE, local("2026-12-01 12:00"), "50.000", odometer_value="1100.0")
    east.sync()
    assert _derived(central) == []  # no registered vehicle has that plate
    with central.engine.begin() as c:
        c.execute(text("UPDATE vehicles SET plate = :p WHERE plate = '京B00001'"), {"p": PLATE})
    rows = reports.places(Source(central.engine, central=True), everything(vehicle=PLATE)).records()
    assert [r["distance"] for r in rows] == [None, Decimal("100.0")]
