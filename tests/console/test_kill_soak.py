"""The demo console killed at random moments: every filling that delivered fuel is settled once."""

from __future__ import annotations

from .soak import soak


def test_kills_at_random_moments_lose_no_fuel_and_charge_nothing_twice(tmp_path):
    report = soak(tmp_path, runs=6, seed=7)
    assert report.problems == []
    assert report.kills == 6 and report.settled >= 3
    assert report.cancelled_at_zero == 0 and report.needs_settlement == 0
    assert report.delivered_fen == report.settled_fen + report.open_fen > 0
