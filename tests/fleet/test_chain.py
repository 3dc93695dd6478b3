"""Claim 4 across a chain: a truck shared by three drivers fuels at two stations; each station
syncs to head office through the real sync engine and PostgreSQL; head office's report gives each
driver's distance and fuelling places.  Readings reach central and the other station, so the
meter's check holds across the chain."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, text

from console.central import masterdata
from console.fleet import odometer, reports
from console.fleet import vehicles as fleet_vehicles
from console import services
from console.reports.table import Source
from console.store.models import Vehicle
from tests.fleet.conftest import everything, fill, local

PLATE = "京A12345"


def _truck_at_central(central) -> None:
    with central.engine.begin() as c:
        account = masterdata.add_account(c, "顺达物流", phone="+8613800000001")
        card = masterdata.issue_card(c, account, "8000000000000018")
        vehicle = masterdata.bind_vehicle(c, PLATE, card)
        for n, (driver, start, end) in enumerate((("张师傅", 360, 840), ("李师傅", 840, 1320), ("王师傅", 1320, 360))):
            masterdata.bind_phone(c, vehicle, f"+861390000000{n + 1}", start, end, driver=driver)
        masterdata.top_up(c, card, 5_000_000)


@pytest.fixture
def chain(central, make_station):
    _truck_at_central(central)
    east, west = make_station("east-1"), make_station("west-2")
    east.sync(), west.sync()
    return central, east, west


def test_head_office_gives_each_driver_distance_and_places_across_two_stations(chain):
    central, east, west = chain
    day = (
        (east, "2026-12-01 07:00", "200.000", "100000.0"),
        (west, "2026-12-01 12:00", "90.000", "100300.0"),
        (east, "2026-12-01 15:00", "66.000", "100520.5"),
        (west, "2026-12-01 20:00", "100.000", "100800.0"),
        (east, "2026-12-01 23:30", "70.000", "101000.0"),
        (west, "2026-12-02 04:00", "105.000", "101300.0"),
    )
    for station, at, litres, km in day:
        fill(station.store, station.id, PLATE, local(at), litres, odometer_value=km)
        station.sync()  # each station sends as it goes, and hears the other's readings
    source = Source(central.engine, central=True)

    drivers = {r["driver"]: r for r in reports.drivers(source, everything()).records()}
    assert {d: r["distance"] for d, r in drivers.items()} == {
        "张师傅": Decimal("300.0"), "李师傅": Decimal("500.0"), "王师傅": Decimal("500.0")}
    assert {d: r["stations"] for d, r in drivers.items()} == {
        "张师傅": "east-1, west-2", "李师傅": "east-1, west-2", "王师傅": "east-1, west-2"}
    assert drivers["王师傅"]["slot"] == "22:00-06:00" and drivers["王师傅"]["phone"] == "+8613900000003"

    places = [(r["driver"], r["station"], r["at"], r["distance"])
              for r in reports.places(source, everything(vehicle=PLATE)).records()]
    assert places == [
        ("张师傅", "east-1", local("2026-12-01 07:00"), None),
        ("张师傅", "west-2", local("2026-12-01 12:00"), Decimal("300.0")),
        ("李师傅", "east-1", local("2026-12-01 15:00"), Decimal("220.5")),
        ("李师傅", "west-2", local("2026-12-01 20:00"), Decimal("279.5")),
        ("王师傅", "east-1", local("2026-12-01 23:30"), Decimal("200.0")),
        ("王师傅", "west-2", local("2026-12-02 04:00"), Decimal("300.0")),
    ]
    # One station sees only its own fillings: its distances run between its own readings.
    east_only = reports.places(Source(east.store.engine, central=False, station_id=east.id), everything(vehicle=PLATE)).records()
    assert [r["distance"] for r in east_only] == [None, Decimal("520.5"), Decimal("479.5")]
    # The summary: per driver, station and lane, as many fillings, litres and kilometres as the list.
    summary = {(r["driver"], r["station"]): (r["fillings"], r["distance"]) for r in reports.places(source, everything()).records()}
    assert summary == {("张师傅", "east-1"): (1, None), ("张师傅", "west-2"): (1, Decimal("300.0")),
                       ("李师傅", "east-1"): (1, Decimal("220.5")), ("李师傅", "west-2"): (1, Decimal("279.5")),
                       ("王师傅", "east-1"): (1, Decimal("200.0")), ("王师傅", "west-2"): (1, Decimal("300.0"))}
    # Central's figures are the same Decimals the station typed.
    assert central.scalar("SELECT sum(value) FROM odometer_readings") == Decimal("603920.5")


def test_a_reading_below_one_taken_at_another_station_is_refused_there(chain):
    central, east, west = chain
    fill(east.store, east.id, PLATE, local("2026-12-01 07:00"), "100.000", odometer_value="250000.0")
    east.sync()
    west.sync()  # west hears east's reading through the feed
    later = fill(west.store, west.id, PLATE, local("2026-12-01 12:00"), "100.000")
    with west.store.write() as session, pytest.raises(odometer.BelowLast) as refused:
        odometer.record(session, station_id=west.id, filling_id=later, value="25000.0", source="cashier", operator="li")
    assert refused.value.params["last"] == Decimal("250000.0")
    # The reading sent back to east is not queued there again.
    assert east.sync().pushed == 0


def test_two_fillings_at_once_at_different_stations_are_an_exception_at_head_office(chain):
    central, east, west = chain
    first = fill(east.store, east.id, PLATE, local("2026-12-01 09:00"), "50.000")
    clone = fill(west.store, west.id, PLATE, local("2026-12-01 09:10"), "50.000")
    east.sync(), west.sync()
    rows = reports.exceptions(Source(central.engine, central=True), everything()).records()
    [row] = [r for r in rows if r["rule"] == "simultaneous_sites"]
    assert (row["filling_id"], row["station"], row["other"], row["figure"]) == (clone, "west-2", "east-1", Decimal("10.0"))
    assert first not in [r["filling_id"] for r in rows if r["rule"] == "simultaneous_sites"]


def test_a_vehicles_tank_and_band_set_at_one_station_reach_head_office_and_the_others(chain):
    central, east, west = chain
    services.set_vehicle_fleet(east.store, services.Actor("manager", east.id), PLATE,
                               fleet_vehicles.parse("400", "km", "28", "36.5"), "cn")
    east.sync()
    with central.engine.connect() as c:
        row = c.execute(text("SELECT tank_litres, meter, consumption_min, consumption_max FROM vehicles WHERE plate = :p"),
                        {"p": PLATE}).one()
    assert tuple(row) == (Decimal("400.000"), "km", Decimal("28.0"), Decimal("36.5"))
    west.sync()
    with west.store.read() as session:
        vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == PLATE))
    assert (vehicle.tank_litres, vehicle.consumption_min, vehicle.consumption_max) == (Decimal("400.000"), Decimal("28.0"), Decimal("36.5"))


def test_head_office_refuses_to_change_a_reading(chain):
    central, east, _ = chain
    fill(east.store, east.id, PLATE, local("2026-12-01 07:00"), "100.000", odometer_value="1000.0")
    east.sync()
    with pytest.raises(Exception, match="append-only"):
        with central.engine.begin() as c:
            c.execute(text("UPDATE odometer_readings SET value = 2"))
