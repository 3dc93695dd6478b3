"""The fleet reports at a station: each driver's distance and places (claim 4), consumption full
to full with partial fills flagged, and every exception rule, with its figures and its filling."""

import uuid
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select

from console import services
from console.config import Fleet as Thresholds
from console.domain import audit
from console.fleet import reports
from console.fleet import vehicles as fleet_vehicles
from console.store.models import AuditEntry, Vehicle
from tests.fleet.conftest import everything, local

PLATE = "京A12345"
THREE_DRIVERS = {"张师傅": "06:00-14:00", "李师傅": "14:00-22:00", "王师傅": "22:00-06:00"}


def _day_of_three_drivers(fleet):
    fleet.truck(slots=THREE_DRIVERS, tank="300")
    fleet.fill(PLATE, local("2026-12-01 07:00"), "200.000", odometer_value="100000.0")
    fleet.fill(PLATE, local("2026-12-01 12:00"), "90.000", odometer_value="100300.0", lane=2)
    fleet.fill(PLATE, local("2026-12-01 15:00"), "66.000", odometer_value="100520.5", full=False)
    fleet.fill(PLATE, local("2026-12-01 20:00"), "100.000", odometer_value="100800.0")
    fleet.fill(PLATE, local("2026-12-01 23:30"), "70.000", odometer_value="101000.0", lane=3)
    fleet.fill(PLATE, local("2026-12-02 04:00"), "105.000", odometer_value="101300.0")


def test_each_driver_gets_the_distance_driven_up_to_the_fills_in_their_slot(fleet):
    _day_of_three_drivers(fleet)
    report = reports.drivers(fleet.source, everything())
    by_driver = {r["driver"]: r for r in report.records()}
    assert {d: r["distance"] for d, r in by_driver.items()} == {
        "张师傅": Decimal("300.0"),   # 07:00 is the truck's first reading: no distance before it
        "李师傅": Decimal("500.0"),   # 220.5 + 279.5
        "王师傅": Decimal("500.0"),   # 200 + 300, across midnight in one slot
    }
    assert by_driver["王师傅"]["slot"] == "22:00-06:00"
    assert by_driver["李师傅"]["litres"] == Decimal("166.000") and by_driver["李师傅"]["amount_fen"] == 124500
    assert report.totals[report.columns.index(next(c for c in report.columns if c.key == "litres"))] == Decimal("631.000")


def test_places_list_where_and_when_each_driver_fuelled_with_the_distance_since_the_last_reading(fleet):
    _day_of_three_drivers(fleet)
    rows = reports.places(fleet.source, everything(vehicle=PLATE)).records()
    wang = [r for r in rows if r["driver"] == "王师傅"]
    assert [(r["station"], r["lane"], r["at"], r["distance"]) for r in wang] == [
        ("north-7", 3, local("2026-12-01 23:30"), Decimal("200.0")),
        ("north-7", 1, local("2026-12-02 04:00"), Decimal("300.0")),
    ]
    assert wang[0]["from_driver"] == "李师傅"  # a hand-over: the stretch began in 李's slot
    assert [r["full"] for r in rows if r["driver"] == "李师傅"] == ["no", "yes"]


def test_places_without_a_vehicle_sum_each_drivers_fillings_per_station_and_lane(fleet):
    _day_of_three_drivers(fleet)
    report = reports.places(fleet.source, everything())
    assert [c.key for c in report.columns] == ["plate", "driver", "phone", "station", "lane", "meter", "fillings", "litres",
                                               "amount_fen", "distance", "first_at", "last_at"]
    rows = [(r["driver"], r["lane"], r["fillings"], r["litres"], r["amount_fen"], r["distance"], r["first_at"], r["last_at"])
            for r in report.records()]
    assert rows == [
        ("张师傅", 1, 1, Decimal("200.000"), 150000, None, local("2026-12-01 07:00"), local("2026-12-01 07:00")),
        ("张师傅", 2, 1, Decimal("90.000"), 67500, Decimal("300.0"), local("2026-12-01 12:00"), local("2026-12-01 12:00")),
        ("李师傅", 1, 2, Decimal("166.000"), 124500, Decimal("500.0"), local("2026-12-01 15:00"), local("2026-12-01 20:00")),
        ("王师傅", 1, 1, Decimal("105.000"), 78750, Decimal("300.0"), local("2026-12-02 04:00"), local("2026-12-02 04:00")),
        ("王师傅", 3, 1, Decimal("70.000"), 52500, Decimal("200.0"), local("2026-12-01 23:30"), local("2026-12-01 23:30")),
    ]
    assert report.totals[6:9] == (6, Decimal("631.000"), 473250)


def test_a_report_range_starts_with_the_distance_since_the_reading_before_it(fleet):
    _day_of_three_drivers(fleet)
    rows = reports.places(fleet.source, everything(since="2026-12-01 13:00", until="2026-12-01 21:00", vehicle=PLATE)).records()
    assert [(r["driver"], r["distance"]) for r in rows] == [("李师傅", Decimal("220.5")), ("李师傅", Decimal("279.5"))]


def test_consumption_is_full_to_full_and_a_partial_fill_counts_in_the_next_full_ones_segment(fleet):
    _day_of_three_drivers(fleet)
    [truck] = reports.vehicles(fleet.source, everything()).records()
    # segments: 90/300, (66+100)/500, 70/200, 105/300 → 30.00, 33.20, 35.00, 35.00 L/100 km
    assert truck["segments"] == 4 and truck["partial_fills"] == 1
    assert truck["consumption"] == Decimal("33.15")  # 431 L over 1300 km
    assert truck["baseline"] == Decimal("34.10")  # median of the four: (33.20 + 35.00) / 2
    assert truck["distance"] == Decimal("1300.0") and truck["fillings"] == 6
    assert truck["status"] == "ok"  # no band configured


def _rules(report):
    return sorted((r["rule"], r["filling_id"]) for r in report.records())


def test_a_fill_above_the_tank_capacity_is_an_exception(fleet):
    fleet.truck(tank="200")
    ok = fleet.fill(PLATE, local("2026-12-01 09:00"), "210.000")  # within the 5 % margin
    over = fleet.fill(PLATE, local("2026-12-02 09:00"), "211.000")
    report = reports.exceptions(fleet.source, everything(), replace(Thresholds(), night=""))
    [row] = report.records()
    assert (row["rule"], row["filling_id"], row["figure"], row["limit"], row["unit"]) == (
        "tank_exceeded", over, Decimal("211.000"), Decimal("210.000"), "L")
    assert ok not in [r["filling_id"] for r in report.records()]


def test_a_fill_too_soon_after_the_last_by_time_or_by_distance(fleet):
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 09:00"), "50.000", odometer_value="1000.0")
    soon = fleet.fill(PLATE, local("2026-12-01 10:00"), "50.000", odometer_value="1400.0")
    near = fleet.fill(PLATE, local("2026-12-01 16:00"), "50.000", odometer_value="1420.0")
    rows = reports.exceptions(fleet.source, everything(), replace(Thresholds(), night="")).records()
    assert [(r["rule"], r["filling_id"], r["figure"], r["limit"]) for r in rows] == [
        ("too_soon_time", soon, Decimal("60.0"), Decimal(120)),
        ("too_soon_distance", near, Decimal("20.0"), Decimal(50)),
    ]


def test_consumption_outside_the_band_or_the_vehicles_own_median(fleet):
    fleet.truck(band=("25", "40"))
    fleet.truck("京B22222")
    fleet.fill(PLATE, local("2026-12-01 08:00"), "50.000", odometer_value="1000.0")
    thirsty = fleet.fill(PLATE, local("2026-12-02 08:00"), "90.000", odometer_value="1200.0")  # 45 L/100 km
    for day, litres, km in ((1, "50.000", "0.0"), (2, "30.000", "100.0"), (3, "31.000", "200.0"),
                            (4, "29.000", "300.0"), (5, "30.000", "400.0")):
        last = fleet.fill("京B22222", local(f"2026-12-0{day} 10:00"), litres, odometer_value=km)
    leak = fleet.fill("京B22222", local("2026-12-06 10:00"), "60.000", odometer_value="500.0")  # 60 vs median 30
    rows = reports.exceptions(fleet.source, everything(), replace(Thresholds(), night="")).records()
    found = {(r["rule"], r["filling_id"]): (r["figure"], r["limit"]) for r in rows}
    assert found[("consumption_high", thirsty)] == (Decimal("45.00"), Decimal("40.0"))
    assert found[("consumption_high", leak)][0] == Decimal("60.00")
    assert ("consumption_high", last) not in found
    assert [r for r in reports.vehicles(fleet.source, everything()).records() if r["plate"] == PLATE][0]["status"] == "high"


def test_fillings_outside_every_drivers_slot_and_at_night(fleet):
    fleet.truck(slots={"张师傅": "08:00-18:00"})
    fleet.fill(PLATE, local("2026-12-01 09:00"), "50.000")
    evening = fleet.fill(PLATE, local("2026-12-01 19:00"), "50.000")
    night = fleet.fill(PLATE, local("2026-12-02 02:00"), "50.000")
    assert _rules(reports.exceptions(fleet.source, everything())) == sorted([
        ("outside_slot", evening), ("outside_slot", night), ("night", night),
    ])  # the 09:00 filling, in 张's slot and by day, breaks no rule


def test_manual_overrides_name_the_operator(fleet):
    fleet.truck()
    let_go = fleet.fill(PLATE, local("2026-12-01 09:00"), "50.000", lane=2)
    by_hand = fleet.fill(PLATE, local("2026-12-01 15:00"), "50.000")
    with fleet.store.write() as session:
        entry = audit.record(session, station_id=fleet.station_id, operator="cashier-wu", action="lane.authorise",
                             subject=f"lane 2 {PLATE}", reason="plate dirty", details={"accepted": True})
        entry.at = local("2026-12-01 08:53:30")  # just before the filling was made (08:54)
        audit.record(session, station_id=fleet.station_id, operator="manager-li", action="filling.settle_by_hand",
                     subject=str(by_hand), reason="pump forgot it", details={})
    rows = reports.exceptions(fleet.source, everything(), replace(Thresholds(), night="")).records()
    assert sorted((r["rule"], r["filling_id"], r["other"]) for r in rows) == sorted([
        ("authorised_by_hand", let_go, "cashier-wu"), ("settled_by_hand", by_hand, "manager-li"),
    ])


def test_vehicle_attributes_are_set_through_the_service_and_audited(fleet):
    fleet.truck()
    attributes = fleet_vehicles.parse("400", "km", "28.5", "36")
    services.set_vehicle_fleet(fleet.store, services.Actor("manager", fleet.station_id), PLATE, attributes, "cn")
    with fleet.store.read() as session:
        vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == PLATE))
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "vehicle.fleet")).one()
    assert (vehicle.tank_litres, vehicle.consumption_min, vehicle.consumption_max) == (Decimal("400.000"), Decimal("28.5"), Decimal("36.0"))
    assert entry.details["to"]["tank_litres"] == "400.000" and entry.details["from"]["tank_litres"] is None
    assert uuid.UUID(str(vehicle.id))


def test_full_fills_without_any_odometer_reading_still_make_every_report(fleet):
    """A station whose cashiers never type the odometer: no distance, no consumption figure, no failure."""
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 07:00"), "50.000")
    fleet.fill(PLATE, local("2026-12-01 12:00"), "60.000")
    fleet.fill(PLATE, local("2026-12-01 18:00"), "40.000")
    [truck] = reports.vehicles(fleet.source, everything()).records()
    assert truck["litres"] == Decimal("150.000") and truck["consumption"] is None
    assert reports.drivers(fleet.source, everything()).records()
    reports.exceptions(fleet.source, everything())
