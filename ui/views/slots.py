"""Binding a driver's phone to a vehicle for a slot of the day, with the day's coverage in sight."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QTimeEdit, QWidget

from console import services
from console.domain.slots import Slot
from console.queries.masterdata import CardRow
from console.store.db import Store
from console.timeutil import MINUTES_PER_DAY
from ui.views.forms import WriteDialog

PALETTE = ("#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#D55E00")


class CoverageBar(QWidget):
    """24 hours left to right: the phones already bound, and the slot being added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slots: list[tuple[Slot, str]] = []
        self.new: Slot | None = None
        self.clash = False

    def set_slots(self, slots: list[tuple[Slot, str]], new: Slot | None, clash: bool) -> None:
        self.slots, self.new, self.clash = slots, new, clash
        self.update()

    def uncovered_minutes(self) -> int:
        covered = [False] * MINUTES_PER_DAY
        for slot, _ in self.slots:
            for lo, hi in slot.intervals():
                covered[lo:hi] = [True] * (hi - lo)
        return covered.count(False)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        width = self.width() - 1
        bar = QRectF(0, 14, width, 22)
        painter.fillRect(bar, QColor("#ECEFF1"))
        x = lambda minute: bar.x() + bar.width() * minute / MINUTES_PER_DAY  # noqa: E731
        for i, (slot, label) in enumerate(self.slots):
            colour = QColor(PALETTE[i % len(PALETTE)])
            for lo, hi in slot.intervals():
                rect = QRectF(x(lo), bar.y(), x(hi) - x(lo), bar.height())
                painter.fillRect(rect, colour)
                painter.setPen(QColor("white"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        if self.new is not None:
            colour = QColor("#C62828" if self.clash else "#1B7F3B")
            for lo, hi in self.new.intervals():
                rect = QRectF(x(lo), bar.y() + bar.height() + 3, x(hi) - x(lo), 9)
                painter.fillRect(rect, QBrush(colour, Qt.BrushStyle.BDiagPattern if self.clash else Qt.BrushStyle.SolidPattern))
                painter.setPen(QPen(colour, 1))
                painter.drawRect(rect)
        painter.setPen(QColor("#455A64"))
        for hour in range(0, 25, 3):
            px = x(hour * 60)
            painter.drawLine(int(px), 10, int(px), 14)
            painter.drawText(QRectF(px - 15, -2, 30, 12), Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        painter.setPen(QPen(QColor("#90A4AE"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)


class PhoneDialog(WriteDialog):
    def __init__(self, store: Store, worker, row: CardRow, actor: services.Actor, region: str, parent=None) -> None:
        super().__init__(self.tr("Bind a phone to %1").replace("%1", row.plate or ""), worker, parent)
        self._store, self._row, self._actor, self._region = store, row, actor, region
        self.existing = [(Slot(p.slot_start, p.slot_end), p.driver or p.phone[-4:]) for p in row.phones]
        self.coverage = CoverageBar()
        self.form.addRow(self.coverage)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText("+86 139 0000 0000")
        self.driver = QLineEdit()
        self.driver.setObjectName("driver")
        self.start = QTimeEdit(QTime(8, 0))
        self.start.setObjectName("start")
        self.end = QTimeEdit(QTime(16, 0))
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._preview)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Driver"), self.driver)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow(self.tr("To (00:00 = midnight)"), self.end)
        self._preview()

    def slot(self) -> Slot:
        start = self.start.time().hour() * 60 + self.start.time().minute()
        end = self.end.time().hour() * 60 + self.end.time().minute()
        return Slot(start, end or MINUTES_PER_DAY)

    def clash(self, slot: Slot) -> str | None:
        for other, label in self.existing:
            if other.overlaps(slot):
                return label
        return None

    def _preview(self) -> None:
        try:
            slot = self.slot()
        except ValueError:
            self.coverage.set_slots(self.existing, None, False)
            self.ok.setEnabled(False)
            self.error.setText(self.tr("The slot is empty: start and end are the same time"))
            return
        other = self.clash(slot)
        self.coverage.set_slots(self.existing, slot, other is not None)
        self.ok.setEnabled(other is None)
        self.error.setText(self.tr("%1 overlaps the slot of %2").replace("%1", str(slot)).replace("%2", other) if other else "")

    def work(self):
        slot = self.slot()
        if self.clash(slot):
            raise ValueError(self.tr("The slot overlaps another phone's slot"))
        phone, driver = self.phone.text().strip(), self.driver.text().strip() or None
        if not phone:
            raise ValueError(self.tr("Type the phone number"))
        store, plate, actor, region = self._store, self._row.plate, self._actor, self._region
        return lambda: services.bind_phone(store, actor, plate, phone, slot, driver, region).phone
