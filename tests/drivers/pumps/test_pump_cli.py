"""`platepay pump …` as a technician uses it, against the simulator."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from decimal import Decimal

import pytest

from console.cli.pump import register
from drivers.pumps.dart import DartSimulator


def run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="platepay")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def sim():
    s = DartSimulator.on_pty(2, flow_lps=Decimal("20"))
    s.start()
    yield s
    s.shutdown()


def lines(capsys) -> list[dict]:
    return [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]


FAST = ["--response-timeout", "0.1"]


def test_status_authorize_stop_totals(sim, capsys) -> None:
    port = ["--port", sim.port]
    assert run_cli(["pump", "status", *port, "--address", "0x51", *FAST]) == 0
    (st,) = lines(capsys)
    assert st["address"] == "0x51" and st["status"] == "filling_completed" and st["online"]
    assert set(st) >= {"address", "status", "nozzle", "volume", "amount", "price"}

    assert run_cli(["pump", "authorize", *port, "--address", "0x51", "--amount", "2.00", *FAST]) == 0
    (auth,) = lines(capsys)
    assert auth["authorised"] and auth["status"] == "authorised" and auth["preset_amount"] == "2.00"

    sim.lift(0x51, 1)
    assert run_cli(["pump", "stop", *port, "--address", "0x51", *FAST]) == 0
    assert lines(capsys)[0]["stopped"]

    assert run_cli(["pump", "totals", *port, "--address", "0x51", *FAST]) == 0
    (tot,) = lines(capsys)
    with sim.pump(0x51) as p:
        assert Decimal(tot["volume"]) == p.decimals.litres(p.volume)


def test_a_pump_that_does_not_answer_is_one_error_line(sim, capsys) -> None:
    code = run_cli(["pump", "status", "--port", sim.port, "--address", "0x5A", *FAST, "--timeout", "2"])
    assert code == 1
    assert "does not answer" in lines(capsys)[0]["error"]


def test_bad_amounts_are_refused(sim, capsys) -> None:
    code = run_cli(["pump", "authorize", "--port", sim.port, "--address", "0x50", "--amount", "1.234", *FAST])
    assert code == 1 and "decimals" in lines(capsys)[0]["error"]


def test_watch_prints_one_json_event_per_line(sim, capsys) -> None:
    code = run_cli(["pump", "watch", "--port", sim.port, "--addresses", "0x50-0x51", *FAST, "--duration", "0.5"])
    assert code == 0
    events = lines(capsys)
    assert {"event": "pump_online", "address": "0x50", "flaps": 0} in events
    assert {"event": "pump_online", "address": "0x51", "flaps": 0} in events


def test_simulate_on_a_pty_prints_the_path_and_answers(capsys) -> None:
    code = (
        "import argparse, sys; from console.cli.pump import register; "
        "p = argparse.ArgumentParser(); register(p.add_subparsers()); "
        "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "pump", "simulate", "--pty", "--pumps", "3", "--duration", "20"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        first = json.loads(proc.stdout.readline())
        assert first["simulating"] == ["0x50", "0x51", "0x52"]
        assert run_cli(["pump", "status", "--port", first["port"], "--address", "0x52", *FAST]) == 0
        assert lines(capsys)[0]["online"]
    finally:
        proc.terminate()
        proc.wait(10)
