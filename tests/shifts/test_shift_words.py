"""Every reason a shift is refused, and every reason a nozzle has no totals, has its own words for the cashier."""

from __future__ import annotations

from console.buslock import BusesInUse
from console.shifts.pumps import DemoPumps
from console.shifts.reports import ShiftNotFound
from console.shifts.service import ShiftRefusal
from console.shifts.totals import Unavailable
from ui.shift_words import refusal_text, unavailable_text


def test_every_refusal_is_worded_with_its_values():
    codes = [*ShiftRefusal, BusesInUse.code, DemoPumps.code, ShiftNotFound("x").code]
    for code in codes:
        assert "(" + str(code) + ")" not in refusal_text(str(code), {}), code  # not the fallback
    open_filling = refusal_text("filling_open", {"count": 2, "lanes": [1, 3]})
    assert "2 filling(s)" in open_filling and "lane 1, 3" in open_filling
    silent = refusal_text("totals_unavailable", {"nozzles": [{"lane": 2, "nozzle": 1, "grade": "92#", "why": "pump_offline"}]})
    assert "Lane 2 nozzle 1 (92#): the pump does not answer" in silent


def test_every_reason_for_missing_totals_is_worded():
    for why in [*Unavailable, "not_configured"]:
        assert unavailable_text(str(why)) != str(why)
