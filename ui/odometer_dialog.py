"""The cashier types the odometer (or engine hours) of the vehicle at the lane.

The reading is taken for the filling the dialog shows, or not at all; a value
lower than the vehicle's last is refused with the last one shown, so the
cashier can look again at the dashboard rather than guess.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


def refusal_text(code: str, params: dict[str, Any], zone: tzinfo) -> str:
    """An odometer reading refused (console.fleet.odometer.ReadingRefused), worded for the cashier."""
    def when(key: str) -> str:
        at = params.get(key)
        return at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if hasattr(at, "astimezone") else str(at or "")

    hours = params.get("meter") == "hours"
    match code:
        case "odometer_below_last":
            text = (QCoreApplication.translate("Odometer", "%1 h is below this vehicle's last reading, %2 h on %3. Look at the meter again.")
                    if hours else
                    QCoreApplication.translate("Odometer", "%1 km is below this vehicle's last reading, %2 km on %3. Look at the odometer again."))
            return text.replace("%1", str(params.get("value", ""))).replace("%2", str(params.get("last", ""))).replace("%3", when("last_at"))
        case "odometer_above_next":
            text = QCoreApplication.translate("Odometer", "%1 is above a later reading of this vehicle, %2 on %3. Look again.")
            return text.replace("%1", str(params.get("value", ""))).replace("%2", str(params.get("next", ""))).replace("%3", when("next_at"))
        case "odometer_bad_value":
            return QCoreApplication.translate("Odometer", "Type the reading as a number, to a tenth at most (e.g. 123456.7).")
        case "odometer_no_filling":
            return QCoreApplication.translate("Odometer", "No registered vehicle is being filled on this lane: nothing to read the odometer for.")
    return QCoreApplication.translate("Odometer", "The reading was not taken (%1).").replace("%1", code)


class OdometerDialog(QDialog):
    """`submit(text)` is called with what was typed; the caller answers `succeeded()` or `refused(message)`."""

    def __init__(self, lane: int, plate: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("odometer-dialog")
        self.setWindowTitle(self.tr("Odometer, lane %1").replace("%1", str(lane)))
        self.submit: Callable[[str], None] = lambda text: None
        prompt = QLabel(self.tr("The odometer of %1 (km; engine hours for a vehicle metered in hours):").replace("%1", plate))
        prompt.setWordWrap(True)
        self.value = QLineEdit()
        self.value.setObjectName("odometer-value")
        self.value.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{1,8}(\.\d)?"), self.value))
        self.message = QLabel()
        self.message.setObjectName("odometer-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (prompt, self.value, self.message, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(400)

    def _ok(self) -> None:
        if not self.value.hasAcceptableInput():
            self.message.setText(refusal_text("odometer_bad_value", {}, None))
            return
        self.buttons.setEnabled(False)
        self.message.clear()
        self.submit(self.value.text())

    def succeeded(self) -> None:
        self.accept()

    def refused(self, message: str) -> None:
        self.message.setText(message)
        self.adjustSize()  # the last reading must show whole
        self.buttons.setEnabled(True)
        self.value.selectAll()
        self.value.setFocus()
