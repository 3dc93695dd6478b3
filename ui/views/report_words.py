"""Codes in the reports' text columns, in a person's words.

Builders send codes (console/fleet/reports.py: meter km/hours, full yes/no, status
ok/high/low/no_figure; console/shifts/reports.py: line and totals_status), which CSV and
JSON keep as they are; the window, and the Excel and PDF it writes, show them worded in
the "ReportValue" context.  A value not in the table (a plate, a name) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_ANY = "*"
VALUES = {
    ("meter", "km"): QT_TRANSLATE_NOOP("ReportValue", "km"),
    ("meter", "hours"): QT_TRANSLATE_NOOP("ReportValue", "engine hours"),
    ("full", "yes"): QT_TRANSLATE_NOOP("ReportValue", "yes"),
    ("full", "no"): QT_TRANSLATE_NOOP("ReportValue", "no"),
    ("status", "ok"): QT_TRANSLATE_NOOP("ReportValue", "within band"),
    ("status", "high"): QT_TRANSLATE_NOOP("ReportValue", "above band"),
    ("status", "low"): QT_TRANSLATE_NOOP("ReportValue", "below band"),
    ("status", "no_figure"): QT_TRANSLATE_NOOP("ReportValue", "no figure"),
    ("line", "shift"): QT_TRANSLATE_NOOP("ReportValue", "shift"),
    ("line", "nozzle"): QT_TRANSLATE_NOOP("ReportValue", "nozzle"),
    ("line", "grade"): QT_TRANSLATE_NOOP("ReportValue", "grade"),
    ("line", "tender"): QT_TRANSLATE_NOOP("ReportValue", "tender"),
    ("line", "override"): QT_TRANSLATE_NOOP("ReportValue", "by hand"),
    ("line", "cancellation"): QT_TRANSLATE_NOOP("ReportValue", "cancelled"),
    ("totals_status", "read"): QT_TRANSLATE_NOOP("ReportValue", "read"),
    ("totals_status", "unavailable_at_open"): QT_TRANSLATE_NOOP("ReportValue", "not read at the open"),
    ("totals_status", "unavailable_at_close"): QT_TRANSLATE_NOOP("ReportValue", "not read at the close"),
    ("totals_status", "unavailable"): QT_TRANSLATE_NOOP("ReportValue", "not read"),
    ("totals_status", "not_yet_read"): QT_TRANSLATE_NOOP("ReportValue", "not read yet"),
    # The exception rules (console/fleet/rules.py Rule).
    ("rule", "tank_exceeded"): QT_TRANSLATE_NOOP("ReportValue", "more than the tank holds"),
    ("rule", "too_soon_time"): QT_TRANSLATE_NOOP("ReportValue", "too soon after the last fill (time)"),
    ("rule", "too_soon_distance"): QT_TRANSLATE_NOOP("ReportValue", "too soon after the last fill (distance)"),
    ("rule", "consumption_high"): QT_TRANSLATE_NOOP("ReportValue", "consumption above its band"),
    ("rule", "consumption_low"): QT_TRANSLATE_NOOP("ReportValue", "consumption below its band"),
    ("rule", "simultaneous_sites"): QT_TRANSLATE_NOOP("ReportValue", "two sites at once"),
    ("rule", "outside_slot"): QT_TRANSLATE_NOOP("ReportValue", "outside every driver's slot"),
    ("rule", "night"): QT_TRANSLATE_NOOP("ReportValue", "at night"),
    ("rule", "authorised_by_hand"): QT_TRANSLATE_NOOP("ReportValue", "authorised by a cashier"),
    ("rule", "settled_by_hand"): QT_TRANSLATE_NOOP("ReportValue", "settled by hand"),
    # A shift's tenders (console/store/shift_models.py Tender) and why fillings were cancelled
    # (console/queries/fillings.py CancelCode), in its "what" column beside operators' names.
    ("what", "card"): QT_TRANSLATE_NOOP("ReportValue", "fuel card"),
    ("what", "phone"): QT_TRANSLATE_NOOP("ReportValue", "card, charged to the driver's phone"),
    ("what", "manual"): QT_TRANSLATE_NOOP("ReportValue", "settled by hand"),
    ("what", "no_card"): QT_TRANSLATE_NOOP("ReportValue", "no card: paid at the till"),
    ("what", "cashier_stop"): QT_TRANSLATE_NOOP("ReportValue", "stopped by the cashier"),
    ("what", "emergency_stop"): QT_TRANSLATE_NOOP("ReportValue", "emergency stop"),
    ("what", "recovery"): QT_TRANSLATE_NOOP("ReportValue", "cancelled at restart"),
    ("what", "timeout"): QT_TRANSLATE_NOOP("ReportValue", "nozzle not lifted in time"),
    ("what", "vehicle_left"): QT_TRANSLATE_NOOP("ReportValue", "vehicle left"),
    ("what", "other_plate"): QT_TRANSLATE_NOOP("ReportValue", "another vehicle came"),
    ("what", "authorise_failed"): QT_TRANSLATE_NOOP("ReportValue", "pump refused the authorisation"),
    ("what", "action_failed"): QT_TRANSLATE_NOOP("ReportValue", "failed safe"),
    ("what", "released"): QT_TRANSLATE_NOOP("ReportValue", "released"),
}


def value_words(key: str, value: str) -> str:
    """The code `value` of column `key` as the window's language says it; anything else unchanged."""
    source = VALUES.get((key, value))
    return QCoreApplication.translate("ReportValue", source) if source else value


def frozen_value_words(codes: set[tuple[str, str]]):
    """value_words for a worker thread: the words looked up here, on the GUI thread, once."""
    said = {code: value_words(*code) for code in codes if code in VALUES}
    return lambda key, value: said.get((key, value), value)
