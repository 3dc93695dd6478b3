"""Head office checks a rule with `platepay tariff quote`: the real command, its JSON and its exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def platepay(tmp_path: Path):
    """Run `python -m console ARGS…` with no station configuration of its own: (exit code, stdout, stderr)."""
    env = {**os.environ, "PLATEPAY_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"), "XDG_DATA_HOME": str(tmp_path / "xdg-data")}

    def run(*args: str) -> tuple[int, str, str]:
        done = subprocess.run([sys.executable, "-m", "console", *args], capture_output=True, text=True, timeout=120, env=env)
        return done.returncode, done.stdout, done.stderr

    return run


def test_a_quote_prints_the_fee_and_its_breakdown(platepay):
    code, out, err = platepay("tariff", "quote", "--class", "small", "--entry", "2026-12-01T07:50", "--exit", "2026-12-01T19:20")
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["fee"], shown["fee_fen"]) == ("30.00", 3000)
    assert [(line["kind"], line.get("band"), line["fen"]) for line in shown["breakdown"]] == [
        ("band", "night", 100), ("band", "day", 4600), ("cap", None, -1700),
    ]
    assert shown["breakdown"][0]["from"] == "2026-12-01T07:50:00+08:00"  # no offset given: the station's time


def test_a_quote_asks_the_rule_of_the_named_configuration(platepay, tmp_path):
    rule = tmp_path / "north.toml"
    rule.write_text(
        '[station]\ntimezone = "Asia/Urumqi"\n[tariff]\nfree_minutes = 30\ncaps_per_24h = []\nwhitelist = ["新A12345"]\n'
        '[[tariff.classes]]\nname = "small"\n[[tariff.classes]]\nname = "coach"\nprice_percent = 300\ntoll = "45.00"\n',
        encoding="utf-8",
    )
    code, out, err = platepay("tariff", "quote", "--class", "coach", "--entry", "2026-12-01T10:00", "--exit", "2026-12-01T11:00", "--config", str(rule))
    assert code == 0, err
    assert json.loads(out)["fee_fen"] == 2 * 200 * 3
    code, out, _ = platepay("tariff", "quote", "--entry", "2026-12-01T10:00+06:00", "--exit", "2026-12-01T19:00+06:00",
                            "--plate", "新A·12345", "--config", str(rule))
    assert (code, json.loads(out)["fee_fen"], json.loads(out)["listed"]) == (0, 0, "white")
    code, out, _ = platepay("--config", str(rule), "tariff", "toll", "--class", "coach")
    assert (code, json.loads(out)) == (0, {"fee": "45.00", "fee_fen": 4500, "class": "coach"})


def test_paying_then_leaving_late_costs_the_extra(platepay):
    times = ("--entry", "2026-12-01T10:00", "--paid-until", "2026-12-01T12:00")
    assert json.loads(platepay("tariff", "quote", *times, "--exit", "2026-12-01T12:15")[1])["fee_fen"] == 0
    assert json.loads(platepay("tariff", "quote", *times, "--exit", "2026-12-01T12:20")[1])["fee_fen"] == 200


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--class", "bus", "--entry", "2026-12-01T10:00", "--exit", "2026-12-01T11:00"), "no vehicle class 'bus'"),
        (("--entry", "2026-12-01T11:00", "--exit", "2026-12-01T10:00"), "is before entry"),
        (("--entry", "tomorrow", "--exit", "2026-12-01T10:00"), "not an ISO time"),
    ],
)
def test_bad_times_or_class_print_only_the_reason(platepay, args, message):
    code, out, err = platepay("tariff", "quote", *args)
    assert (code, out) == (1, "")
    assert message in err and "Traceback" not in err


def test_a_bad_rule_prints_only_the_reason(platepay, tmp_path):
    rule = tmp_path / "bad.toml"
    rule.write_text('[[tariff.bands]]\nname = "day"\nfrom = "08:00"\nto = "20:00"\nunit_price = 2\n', encoding="utf-8")
    code, out, err = platepay("tariff", "quote", "--entry", "2026-12-01T10:00", "--exit", "2026-12-01T11:00", "--config", str(rule))
    assert (code, out) == (1, "")
    assert "unit_price = 2: allowed is an amount in yuan" in err and "Traceback" not in err
