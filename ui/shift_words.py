"""A refused shift open or close (console.shifts.service.ShiftRefusal, console.buslock), and why a
nozzle's totals could not be read (console.shifts.totals.Unavailable), worded for the cashier."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shift", text)


def unavailable_text(why: str) -> str:
    texts = {
        "pump_offline": _tr("the pump does not answer"),
        "pump_timeout": _tr("the pump did not send its totals in time"),
        "pump_refused": _tr("the pump refused the request"),
        "no_bus": _tr("its pump line is not open"),
        "not_configured": _tr("the nozzle was not configured at that end of the shift"),
    }
    return texts.get(why, why)


def nozzles_text(nozzles: list[dict[str, Any]]) -> str:
    """One line per nozzle: lane, nozzle, grade and why its totals are missing."""
    line = _tr("Lane %1 nozzle %2 (%3): %4")
    return "\n".join(
        line.replace("%1", str(n.get("lane", ""))).replace("%2", str(n.get("nozzle", ""))).replace("%3", str(n.get("grade", "")))
        .replace("%4", unavailable_text(str(n.get("why", ""))))
        for n in nozzles
    )


def refusal_text(code: str, params: dict[str, Any]) -> str:
    lanes = ", ".join(str(n) for n in params.get("lanes", []))
    texts = {
        "shift_already_open": _tr("A shift is already open (opened by %1). Close it first."),
        "no_open_shift": _tr("No shift is open: open one first."),
        "not_the_open_shift": _tr("The shift shown is no longer the open one: look again."),
        "filling_open": _tr("%1 filling(s) are still open on lane %2. Let them finish, or settle them, then close the shift."),
        "filling_during_reading": _tr("A filling began on lane %1 while the pump totals were read. Read them again."),
        "totals_unavailable": _tr("These nozzles' totals could not be read:\n%1\nGo on without them? The report will say so."),
        "readings_incomplete": _tr("Not every nozzle's totals were read. Read them again."),
        "not_an_operator": _tr("Only a cashier or a manager keeps shifts."),
        "console_running": _tr("The console is running and drives the pumps: open or close the shift in its window."),
        "demo_pumps": _tr("The demo's pumps exist only inside the running console: open or close the shift in its window."),
        "shift_not_found": _tr("No such shift (none has been closed yet)."),
    }
    text = texts.get(code) or _tr("The shift was not opened or closed (%1).").replace("%1", code)
    match code:
        case "shift_already_open":
            return text.replace("%1", str(params.get("opened_by", "")))
        case "filling_open":
            return text.replace("%1", str(params.get("count", ""))).replace("%2", lanes)
        case "filling_during_reading":
            return text.replace("%1", lanes)
        case "totals_unavailable":
            return text.replace("%1", nozzles_text(params.get("nozzles", [])))
    return text
