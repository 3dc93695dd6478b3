"""`platepay shift open|close|show` when the console is not running: it opens the pump bus itself."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest

from console.buslock import PumpBusLock
from console.cli import main
from console.demo import seed
from console.store.migrate import open_and_upgrade
from drivers.pumps.dart import DartSimulator


@pytest.fixture
def station(tmp_path):
    """One lane's pump on a pty, a configuration naming it, and a database with the demo's operators."""
    sim = DartSimulator.on_pty(pumps=1)
    sim.start()
    config = tmp_path / "platepay.toml"
    config.write_text(
        f'[station]\nid = "north-7"\n\n[[buses]]\nname = "bus1"\nport = "{sim.port}"\nanswer_timeout_ms = 50\n\n'
        '[[lanes]]\nid = 1\nbus = "bus1"\npump_address = 0x50\n\n[relay]\nurl = ""\n\n[webhook]\nurl = ""\n'
    )
    db = tmp_path / "station.sqlite3"
    store, _ = open_and_upgrade(db)
    with store.write() as session:
        seed(session, station_id="north-7")
    store.close()
    yield sim, config, db
    sim.shutdown()


def run(capsys, monkeypatch, station, *args, password: str = "cashier1"):
    sim, config, db = station
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(["--json", "--config", str(config), "--db", str(db), "shift", *args])
    out = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    return code, json.loads(out[-1]) if out else None


def test_a_shift_opened_and_closed_from_the_command_line_shows_what_the_pump_counted(capsys, monkeypatch, station):
    sim = station[0]
    code, opened = run(capsys, monkeypatch, station, "open", "--operator", "cashier")
    assert code == 0 and opened["status"] == "open" and opened["opened_by"] == "cashier"
    assert [(t["nozzle"], t["grade"], t["litres"]) for t in opened["totals"]] == [(1, "92#", "0.00"), (2, "95#", "0.00"), (3, "0#", "0.00")]

    sim.skew_totals(0x50, 3, Decimal("1.5"))  # 1.5 L of diesel through the meter, and no filling for it
    code, closed = run(capsys, monkeypatch, station, "close", "--operator", "manager", "--shift", opened["shift"], password="manager1")
    assert code == 0 and (closed["status"], closed["closed_by"], closed["fillings"]) == ("closed", "manager", 0)

    code, shown = run(capsys, monkeypatch, station, "show")
    assert code == 0 and shown["params"]["shift"] == opened["shift"]
    diesel = next(r for r in shown["rows"] if r["line"] == "nozzle" and r["nozzle"] == 3)
    assert (diesel["litres"], diesel["totals_litres"], diesel["mismatch_litres"], diesel["mismatch_fen"]) == ("0.000", "1.500", "1.500", 1068)
    assert shown["notes"] == ["Lane 1 nozzle 3 (0#): the pump counted 1.500 L, ¥10.68 more than its fillings."]


def test_a_wrong_password_opens_nothing(capsys, monkeypatch, station):
    code, refused = run(capsys, monkeypatch, station, "open", "--operator", "cashier", password="guess")
    assert code == 1 and "wrong user name or password" in refused["error"]
    code, _ = run(capsys, monkeypatch, station, "show")
    assert code == 1  # no shift at all


def test_the_command_keeps_off_the_buses_while_the_console_drives_them(capsys, monkeypatch, station):
    with PumpBusLock(station[2]):  # as `platepay run` holds it
        code, refused = run(capsys, monkeypatch, station, "open", "--operator", "cashier")
    assert code == 1 and refused["code"] == "console_running"
    with station[0].pump(0x50) as pump:
        assert pump.outbox == [] and station[0].frames_answered == 0  # not one frame on the line


def test_a_silent_pump_is_named_and_accepted_only_when_asked(capsys, monkeypatch, station):
    sim = station[0]
    sim.set_stall(0x50, True)
    code, refused = run(capsys, monkeypatch, station, "open", "--operator", "cashier", "--timeout", "1")
    assert code == 1 and refused["code"] == "totals_unavailable"
    assert [(n["lane"], n["nozzle"], n["why"]) for n in refused["params"]["nozzles"]] == [(1, 1, "pump_offline"), (1, 2, "pump_offline"), (1, 3, "pump_offline")]
    code, opened = run(capsys, monkeypatch, station, "open", "--operator", "cashier", "--timeout", "1", "--accept-unavailable")
    assert code == 0 and [t["litres"] for t in opened["totals"]] == [None, None, None]
