"""A telematics CSV: each line the reading of the plate's nearest filling in the window; the
lines not taken said clearly; a file imported twice takes nothing the second time."""

import json
from decimal import Decimal

from console.cli import main
from console.fleet import odometer, telematics
from tests.fleet.conftest import ZONE, local

PLATE = "京A12345"


def _import(fleet, text, window=30):
    return telematics.import_csv(fleet.store, text, station_id=fleet.station_id, zone=ZONE, window_minutes=window)


def test_lines_are_matched_to_the_nearest_filling_and_the_rest_reported(fleet):
    fleet.truck()
    morning = fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000")
    noon = fleet.fill(PLATE, local("2026-12-01 12:00"), "100.000")
    csv = (
        "plate,at,odometer\n"
        "京A12345,2026-12-01T08:10:00,100000.0\n"       # 10 min after the morning filling
        "京a·12345,2026-12-01T04:05:00+00:00,100350.5\n"  # 12:05 local, written in UTC and loosely
        "京A12345,2026-12-01T18:00:00,100900.0\n"       # no filling near 18:00
        "京A99999,2026-12-01T08:00:00,5.0\n"            # not a plate with fillings
        "京A12345,yesterday,1.0\n"                      # not a time
    )
    result = _import(fleet, csv)
    assert [(line.number, line.outcome) for line in result.lines] == [
        (2, "taken"), (3, "taken"), (4, "unmatched"), (5, "unmatched"), (6, "bad"),
    ]
    with fleet.store.read() as session:
        assert odometer.effective(session, morning).value == Decimal("100000.0")
        assert odometer.effective(session, noon).value == Decimal("100350.5")
        assert odometer.effective(session, noon).source == "telematics"
    assert result.lines[2].params == {"window_minutes": 30}


def test_a_file_imported_again_takes_nothing_twice(fleet):
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000")
    csv = "plate,at,odometer\n京A12345,2026-12-01T08:01:00,100000.0\n"
    assert _import(fleet, csv).count("taken") == 1
    again = _import(fleet, csv)
    assert again.count("taken") == 0 and again.count("already") == 1 and again.not_taken == []
    with fleet.store.read() as session:
        from console.store.fleet_models import OdometerReading
        assert session.query(OdometerReading).count() == 1


def test_a_line_below_the_last_reading_is_refused_with_it(fleet):
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000", odometer_value="100500.0")
    fleet.fill(PLATE, local("2026-12-01 12:00"), "100.000")
    result = _import(fleet, "plate,at,odometer\n京A12345,2026-12-01T12:00:00,100400.0\n")
    [line] = result.not_taken
    assert line.outcome == "refused" and line.code == "odometer_below_last"
    assert line.params["last"] == Decimal("100500.0")


def test_the_command_line_imports_and_lists_what_it_did_not_take(fleet, tmp_path, capsys):
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 08:00"), "100.000")
    db = fleet.store.engine.url.database
    path = tmp_path / "feed.csv"
    path.write_text("plate,at,odometer\n京A12345,2026-12-01T08:00:00,7.0\n京A12345,2026-12-03T08:00:00,9.0\n", encoding="utf-8")
    assert main(["--db", db, "--json", "odometer", "import", str(path)]) == 1  # a line not taken: non-zero
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["taken"] == 1 and [n["line"] for n in out["not_taken"]] == [3]
    assert main(["--db", db, "--json", "odometer", "import", str(path)]) == 1
    again = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert again["taken"] == 0 and again["already"] == 1
