"""A vehicle's meter only goes up: a lower reading is refused with the last one shown; a
correction is a new, audited reading and the old one stays."""

from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from console.fleet import odometer
from console.store.fleet_models import OdometerReading
from console.store.models import AuditEntry
from tests.fleet.conftest import local

PLATE = "京A12345"


def _record(fleet, filling_id, value, source="cashier", at=None):
    with fleet.store.write() as session:
        return odometer.record(session, station_id=fleet.station_id, filling_id=filling_id, value=value, source=source,
                               operator="li", at=at)


def test_a_reading_below_the_last_is_refused_with_the_last_one_shown(fleet):
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000", odometer_value="120500.4")
    later = fleet.fill(PLATE, local("2026-12-02 08:00"), "100.000")
    with pytest.raises(odometer.BelowLast) as refused:
        _record(fleet, later, "120499.9")
    assert refused.value.code == "odometer_below_last"
    assert refused.value.params["last"] == Decimal("120500.4")
    assert refused.value.params["last_at"] == local("2026-12-01 08:00")
    assert refused.value.params["plate"] == PLATE
    with fleet.store.read() as session:
        assert odometer.effective(session, later) is None  # nothing was written


def test_a_reading_above_a_later_one_is_refused_too(fleet):
    fleet.truck()
    early = fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000")
    fleet.fill(PLATE, local("2026-12-02 08:00"), "100.000", odometer_value="121000.0")
    with pytest.raises(odometer.AboveNext) as refused:
        _record(fleet, early, "121000.1", at=local("2026-12-01 08:00"))  # typed late, for the earlier filling
    assert refused.value.params["next"] == Decimal("121000.0")
    taken = _record(fleet, early, "120000.0", at=local("2026-12-01 08:00"))
    assert taken.value == Decimal("120000.0")


def test_equal_readings_pass_and_values_are_tenths_of_a_km(fleet):
    fleet.truck()
    first = fleet.fill(PLATE, local("2026-12-01 08:00"), "10.000", odometer_value="500.0")
    second = fleet.fill(PLATE, local("2026-12-01 09:00"), "10.000")
    assert _record(fleet, second, "500.0").last == Decimal("500.0")
    for bad in ("500.05", "-1", "abc", 500.5):
        with pytest.raises(odometer.BadReading) as refused:
            _record(fleet, first, bad)
        assert refused.value.code == "odometer_bad_value"


def test_a_correction_is_a_new_audited_reading_and_the_old_one_stays(fleet):
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000", odometer_value="120000.0")
    typo = fleet.fill(PLATE, local("2026-12-02 08:00"), "100.000", odometer_value="912400.0")  # 120400.0 meant
    # The typo would refuse every true reading after it…
    third = fleet.fill(PLATE, local("2026-12-03 08:00"), "100.000")
    with pytest.raises(odometer.BelowLast):
        _record(fleet, third, "120800.0")
    with fleet.store.read() as session:
        wrong = odometer.effective(session, typo)
    with fleet.store.write() as session:
        fixed = odometer.correct(session, station_id=fleet.station_id, reading_id=wrong.id, value="120400.0",
                                 operator="manager", reason="digits swapped by the cashier")
    assert fixed.corrects_id == wrong.id and fixed.source == "correction"
    assert _record(fleet, third, "120800.0").last == Decimal("120400.0")  # … and once corrected, they pass
    with fleet.store.read() as session:
        assert odometer.effective(session, typo).value == Decimal("120400.0")
        values = [r.value for r in odometer.history(session, fixed.vehicle_id)]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "odometer.correct")).one()
    assert Decimal("912400.0") in values and Decimal("120400.0") in values  # both kept
    assert audit.operator == "manager" and audit.reason == "digits swapped by the cashier"
    assert audit.details["from"] == "912400.0" and audit.details["to"] == "120400.0"
    with fleet.store.write() as session, pytest.raises(odometer.NotCorrectable):
        odometer.correct(session, station_id=fleet.station_id, reading_id=wrong.id, value="120401.0", operator="manager",
                         reason="again")


def test_a_correction_needs_a_reason(fleet):
    fleet.truck()
    filling = fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000", odometer_value="1000.0")
    with fleet.store.read() as session:
        reading = odometer.effective(session, filling)
    with fleet.store.write() as session, pytest.raises(odometer.ReadingRefused):
        odometer.correct(session, station_id=fleet.station_id, reading_id=reading.id, value="1001.0", operator="m", reason=" ")


def test_the_store_refuses_to_change_or_delete_a_reading(fleet):
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000", odometer_value="1000.0")
    for statement in ("UPDATE odometer_readings SET value = 1", "DELETE FROM odometer_readings"):
        with pytest.raises(IntegrityError, match="append-only"):
            with fleet.store.write() as session:
                session.execute(text(statement))
    with fleet.store.read() as session:
        assert session.scalar(select(OdometerReading.value)) == Decimal("1000.0")


def test_an_hours_meter_is_checked_on_its_own(fleet):
    fleet.truck("京B00001", meter="hours")
    filling = fleet.fill("京B00001", local("2026-12-01 08:00"), "40.000", odometer_value="3150.5")
    with fleet.store.read() as session:
        assert odometer.effective(session, filling).meter == "hours"
