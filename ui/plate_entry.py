"""Typing a Chinese plate without an input method: a province keypad beside the field,
and the plate's kind (or what is wrong with it) under it as one types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from console.domain.plate_entry import PROVINCES, PlateKind, check_typed

KEYPAD_COLUMNS = 11


def kind_label(kind: PlateKind) -> str:
    return {
        PlateKind.STANDARD: QCoreApplication.translate("PlateKind", "ordinary plate"),
        PlateKind.NEW_ENERGY_SMALL: QCoreApplication.translate("PlateKind", "new-energy plate (small vehicle)"),
        PlateKind.NEW_ENERGY_LARGE: QCoreApplication.translate("PlateKind", "new-energy plate (large vehicle)"),
        PlateKind.POLICE: QCoreApplication.translate("PlateKind", "police plate"),
        PlateKind.LEARNER: QCoreApplication.translate("PlateKind", "learner plate"),
        PlateKind.TRAILER: QCoreApplication.translate("PlateKind", "trailer plate"),
        PlateKind.HONG_KONG: QCoreApplication.translate("PlateKind", "Hong Kong cross-border plate"),
        PlateKind.MACAU: QCoreApplication.translate("PlateKind", "Macau cross-border plate"),
        PlateKind.CONSULATE: QCoreApplication.translate("PlateKind", "consulate plate"),
        PlateKind.EMBASSY: QCoreApplication.translate("PlateKind", "embassy plate"),
        PlateKind.ARMED_POLICE: QCoreApplication.translate("PlateKind", "armed police plate"),
        PlateKind.GENERIC: QCoreApplication.translate("PlateKind", "plate"),
    }[kind]


class PlateEntry(QWidget):
    """`changed(valid)` after every keystroke or province click; `text()` is the plate as typed."""

    changed = Signal(bool)

    def __init__(self, text: str, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region = region
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(text)
        self.field.setObjectName("plate")
        self.field.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.field.textChanged.connect(self._check)
        layout.addWidget(self.field)
        self.keypad: dict[str, QPushButton] = {}
        if region == "cn":
            pad = QGridLayout()
            pad.setSpacing(2)
            for index, province in enumerate(PROVINCES):
                key = QPushButton(province)
                key.setObjectName(f"province-{province}")
                key.setFixedSize(30, 28)
                key.setToolTip(QCoreApplication.translate("PlateEntry", "Put %1 first").replace("%1", province))
                key.clicked.connect(lambda _=False, p=province: self.set_province(p))
                pad.addWidget(key, index // KEYPAD_COLUMNS, index % KEYPAD_COLUMNS)
                self.keypad[province] = key
            layout.addLayout(pad)
        self.verdict = QLabel()
        self.verdict.setObjectName("plate-verdict")
        layout.addWidget(self.verdict)
        self._check()

    def text(self) -> str:
        return self.field.text().strip().upper()

    @property
    def valid(self) -> bool:
        return check_typed(self.text(), self._region).valid

    def set_province(self, province: str) -> None:
        """The province replaces a first character that is one, or goes before the rest."""
        text = self.text()
        rest = text[1:] if text and text[0] in PROVINCES else text
        self.field.setText(province + rest)
        self.field.setFocus()

    def _check(self) -> None:
        typed = check_typed(self.text(), self._region)
        if not typed.text:
            self.verdict.setText(QCoreApplication.translate("PlateEntry", "Type the plate as it is on the vehicle"))
            self.verdict.setStyleSheet("color: #546E7A;")
        elif typed.valid:
            self.verdict.setText(QCoreApplication.translate("PlateEntry", "✓ %1").replace("%1", kind_label(typed.plate.kind)))
            self.verdict.setStyleSheet("color: #1B7F3B; font-weight: bold;")
        else:
            hint = (QCoreApplication.translate("PlateEntry", "Not a plate: the province comes first (use the keys above)")
                    if self._region == "cn" and typed.text[0] not in PROVINCES
                    else QCoreApplication.translate("PlateEntry", "Not a plate yet: check the letters and digits"))
            self.verdict.setText(hint)
            self.verdict.setToolTip(typed.problem or "")
            self.verdict.setStyleSheet("color: #C62828; font-weight: bold;")
        self.changed.emit(typed.valid)
