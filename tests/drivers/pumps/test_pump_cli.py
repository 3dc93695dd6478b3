"""`platepay pump …` as a technician uses it, against the simulator."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from decimal import Decimal

import pytest

from console.cli.pump import register
from drivers.pumps.dart import DartSimulator, Decimals, Faults, Personality, TxRule
from drivers.pumps.types import PumpStatus

from .conftest import wait_until


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


def _status(s: DartSimulator) -> PumpStatus:
    with s.pump(0x50) as p:
        return p.status


def _sim_with(**personality) -> DartSimulator:
    faults = personality.pop("faults", Faults())
    programmed = personality.pop("programmed", True)
    s = DartSimulator.on_pty(1, flow_lps=Decimal("20"), faults=faults, personality=Personality(**personality), programmed=programmed)
    s.start()
    return s


def test_status_of_a_pump_that_refuses_every_data_frame_is_an_error_not_null(capsys) -> None:
    s = _sim_with(sequence=TxRule.STRICT, faults=Faults(nak_data=frozenset(range(1, 100_000))))
    try:
        code = run_cli(["pump", "status", "--port", s.port, "--address", "0x50", *FAST])
    finally:
        s.shutdown()
    assert code == 1
    error = lines(capsys)[0]["error"]
    assert "answers polls" in error and "refused every data frame" in error


def test_every_pump_command_takes_the_pumps_decimals(capsys) -> None:
    s = _sim_with(decimals=Decimals(3, 1, 3), answers_dc7=False)
    try:
        port = ["--port", s.port, "--address", "0x50", "--decimals", "3,1,3", *FAST]
        assert run_cli(["pump", "authorize", *port, "--amount", "20.00"]) == 0
        (auth,) = lines(capsys)
        assert auth["decimals"] == "3,1,3"
        with s.pump(0x50) as p:
            assert p.preset == ("amount", 200)  # 20.0 yuan in tenths
        s.lift(0x50, 1)
        assert run_cli(["pump", "status", *port]) == 0
        wait_until(lambda: _status(s) is PumpStatus.MAX_REACHED)
        assert run_cli(["pump", "totals", *port, "--nozzle", "1"]) == 0
        tot = lines(capsys)[-1]
        assert tot["amount"] == "20.0" and Decimal(tot["volume"]).as_tuple().exponent == -3
    finally:
        s.shutdown()


def test_bad_decimals_are_refused_with_the_form_allowed(sim, capsys) -> None:
    with pytest.raises(SystemExit):
        run_cli(["pump", "status", "--port", sim.port, "--address", "0x50", "--decimals", "9,2,2"])
    assert "volume decimals 9: allowed 0-8" in capsys.readouterr().err


def test_prices_are_downloaded_to_a_zeroised_pump_and_read_back(capsys) -> None:
    s = _sim_with(programmed=False)
    try:
        port = ["--port", s.port, "--address", "0x50", *FAST]
        assert run_cli(["pump", "prices", *port, "--prices", "7.99,8.55,7.25"]) == 0
        (out,) = lines(capsys)
        assert out["read_back"] == ["7.99", "8.55", "7.25"] and out["status"] == "filling_completed"
        with s.pump(0x50) as p:
            assert p.prices == [799, 855, 725]
    finally:
        s.shutdown()


def test_prices_on_a_pump_that_does_not_return_them_say_so(capsys) -> None:
    s = _sim_with(answers_dc7=False)
    try:
        assert run_cli(["pump", "prices", "--port", s.port, "--address", "0x50", *FAST, "--prices", "7.99,8.55,7.25"]) == 0
        assert lines(capsys)[0]["read_back"] is None
        with s.pump(0x50) as p:
            assert p.prices == [799, 855, 725]
    finally:
        s.shutdown()


def test_simulate_plays_a_strict_zeroised_pump_with_other_decimals(capsys) -> None:
    code = (
        "import argparse, sys; from console.cli.pump import register; "
        "p = argparse.ArgumentParser(); register(p.add_subparsers()); "
        "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "pump", "simulate", "--pty", "--sequence", "strict", "--decimals", "3,1,3",
         "--no-dc7", "--short-totals", "--not-programmed", "--duration", "30"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        port = ["--port", json.loads(proc.stdout.readline())["port"], "--address", "0x50", "--decimals", "3,1,3", *FAST]
        assert run_cli(["pump", "prices", *port, "--prices", "7.890,8.450,7.120"]) == 0
        assert run_cli(["pump", "status", *port]) == 0
        assert run_cli(["pump", "totals", *port]) == 0
        _, status, totals = lines(capsys)
        assert status["status"] == "filling_completed" and status["decimals"] == "3,1,3"
        assert totals["fillings"] is None  # the short DC101
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_filling_id_authorises_once_whichever_process_asks(sim, tmp_path) -> None:
    def authorise() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "console", "--db", str(tmp_path / "station.sqlite3"), "pump", "authorize",
             "--port", sim.port, "--address", "0x50", "--amount", "20.00", "--filling-id", "f-1", *FAST],
            capture_output=True, text=True, timeout=60,
        )

    first, second = authorise(), authorise()
    assert first.returncode == 0, first.stderr
    assert second.returncode == 1 and "already used" in second.stderr
    with sim.pump(0x50) as p:
        assert p.authorisations == 1
