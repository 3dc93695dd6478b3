"""A refused shift open or close (console.shifts.service.ShiftRefusal, console.buslock), and why a
nozzle's totals could not be read (console.shifts.totals.Unavailable), worded for the cashier."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def unavailable_text(why: str) -> str:
    texts = {
        "pump_offline": QCoreApplication.translate("Shift", "the pump does not answer"),
        "pump_timeout": QCoreApplication.translate("Shift", "the pump did not send its totals in time"),
        "pump_refused": QCoreApplication.translate("Shift", "the pump refused the request"),
        "no_bus": QCoreApplication.translate("Shift", "its pump line is not open"),
        "not_configured": QCoreApplication.translate("Shift", "the nozzle was not configured at that end of the shift"),
    }
    return texts.get(why, why)


def nozzles_text(nozzles: list[dict[str, Any]]) -> str:
    """One line per nozzle: lane, nozzle, grade and why its totals are missing."""
    line = QCoreApplication.translate("Shift", "Lane %1 nozzle %2 (%3): %4")
    return "\n".join(
        line.replace("%1", str(n.get("lane", ""))).replace("%2", str(n.get("nozzle", ""))).replace("%3", str(n.get("grade", "")))
        .replace("%4", unavailable_text(str(n.get("why", ""))))
        for n in nozzles
    )


def refusal_text(code: str, params: dict[str, Any]) -> str:
    lanes = ", ".join(str(n) for n in params.get("lanes", []))
    texts = {
        "shift_already_open": QCoreApplication.translate("Shift", "A shift is already open (opened by %1). Close it first."),
        "no_open_shift": QCoreApplication.translate("Shift", "No shift is open: open one first."),
        "not_the_open_shift": QCoreApplication.translate("Shift", "The shift shown is no longer the open one: look again."),
        "filling_open": QCoreApplication.translate("Shift", "%1 filling(s) are still open on lane %2. Let them finish, or settle them, then close the shift."),
        "filling_during_reading": QCoreApplication.translate("Shift", "A filling began on lane %1 while the pump totals were read. Read them again."),
        "totals_unavailable": QCoreApplication.translate("Shift", "These nozzles' totals could not be read:\n%1\nGo on without them? The report will say so."),
        "readings_incomplete": QCoreApplication.translate("Shift", "Not every nozzle's totals were read. Read them again."),
        "not_an_operator": QCoreApplication.translate("Shift", "Only a cashier or a manager keeps shifts."),
        "console_running": QCoreApplication.translate("Shift", "The console is running and drives the pumps: open or close the shift in its window."),
        "demo_pumps": QCoreApplication.translate("Shift", "The demo's pumps exist only inside the running console: open or close the shift in its window."),
        "shift_not_found": QCoreApplication.translate("Shift", "No such shift (none has been closed yet)."),
    }
    text = texts.get(code) or QCoreApplication.translate("Shift", "The shift was not opened or closed (%1).").replace("%1", code)
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
