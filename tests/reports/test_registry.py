"""The registry finds builders by name, lazily, and says clearly when one is not there."""

import pytest

from console.reports import registry
from console.reports.registry import ReportUnavailable, UnknownReport
from console.reports.table import ReportFilter, Source


def test_every_report_of_the_issue_has_a_name_and_a_builder_path():
    assert registry.names() == ("vehicles", "drivers", "places", "exceptions", "shift", "day")
    assert registry.BUILDERS["places"] == "console.fleet.reports:places"
    assert registry.BUILDERS["day"] == "console.shifts.reports:day"


def test_a_builder_is_found_by_its_dotted_path_and_called(monkeypatch, store):
    monkeypatch.setitem(registry.BUILDERS, "vehicles", "tests.reports.samples:vehicles")
    report = registry.build("vehicles", Source(store.engine, station_id="north-7"), ReportFilter(vehicle="京A12345"))
    assert [row[0] for row in report.rows] == ["京A12345"]
    assert report.params["station"] == "north-7" and registry.available("vehicles")


def test_a_builder_not_installed_yet_is_a_clear_refusal(monkeypatch):
    monkeypatch.setitem(registry.BUILDERS, "shift", "tests.reports.no_such_module:shift")
    with pytest.raises(ReportUnavailable) as refused:
        registry.builder("shift")
    assert refused.value.code == "unavailable" and refused.value.name == "shift"
    assert "shift report is not available" in str(refused.value) and "tests.reports.no_such_module:shift" in str(refused.value)
    assert not registry.available("shift")


def test_a_module_without_the_function_is_not_available_either(monkeypatch):
    monkeypatch.setitem(registry.BUILDERS, "day", "tests.reports.samples:day_that_is_not_written")
    assert not registry.available("day")


def test_a_builder_whose_own_imports_fail_is_a_broken_install_raised_as_it_is(monkeypatch):
    monkeypatch.setitem(registry.BUILDERS, "vehicles", "tests.reports.broken_builder:vehicles")
    with pytest.raises(ModuleNotFoundError, match="platepay_no_such_dependency"):
        registry.builder("vehicles")


def test_an_unknown_name_lists_the_reports_there_are():
    with pytest.raises(UnknownReport, match="choose one of vehicles, drivers, places, exceptions, shift, day"):
        registry.builder("fuel")


def test_the_station_s_thresholds_reach_the_exceptions_report(tmp_path):
    """[fleet] night = "" at this station: a 02:00 filling is outside the slot, and not 'at night'."""
    from console.config import Fleet as Thresholds
    from tests.fleet.conftest import Fleet, everything, local
    from console.store.migrate import open_and_upgrade

    store, _ = open_and_upgrade(tmp_path / "station.sqlite3")
    try:
        fleet = Fleet(store)
        fleet.truck(slots={"张师傅": "08:00-18:00"})
        fleet.fill("京A12345", local("2026-12-02 02:00"), "50.000")
        rules = lambda report: sorted(r["rule"] for r in report.records())  # noqa: E731
        assert rules(registry.build("exceptions", fleet.source, everything())) == ["night", "outside_slot"]
        assert rules(registry.build("exceptions", fleet.source, everything(), rules=Thresholds(night=""))) == ["outside_slot"]
        # A report that judges nothing takes no thresholds, and is not bothered by them.
        assert registry.build("vehicles", fleet.source, everything(), rules=Thresholds()).name == "vehicles"
    finally:
        store.close()
