"""A vehicle's drivers' phones and their slots of the day: bind one, change or remove a binding,
with the day's coverage in sight."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget,
)

from console import services
from console.domain.phones import InvalidPhone
from console.domain.slots import Slot
from console.queries.masterdata import CardRow, PhoneRow, list_phones
from console.store.db import Store
from console.timeutil import MINUTES_PER_DAY
from ui.phones import masked
from ui.views.forms import WriteDialog

PALETTE = ("#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#D55E00")
BAR_HEIGHT = 22
NEW_SLOT_HEIGHT = 9


class CoverageBar(QWidget):
    """24 hours left to right: the phones already bound, and the slot being added or changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Room for the hour labels above the bar in whatever font the station uses (CJK fonts are taller).
        self.setMinimumHeight(self.fontMetrics().height() + 4 + BAR_HEIGHT + 3 + NEW_SLOT_HEIGHT + 2)
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

    def bar_rect(self) -> QRectF:
        """The bar, inset by half an hour label each side so "00" and "24" are drawn whole."""
        metrics = self.fontMetrics()
        inset = metrics.horizontalAdvance("24") / 2 + 1
        return QRectF(inset, metrics.height() + 4, self.width() - 1 - 2 * inset, BAR_HEIGHT)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        bar = self.bar_rect()
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
                rect = QRectF(x(lo), bar.bottom() + 3, x(hi) - x(lo), NEW_SLOT_HEIGHT)
                painter.fillRect(rect, QBrush(colour, Qt.BrushStyle.BDiagPattern if self.clash else Qt.BrushStyle.SolidPattern))
                painter.setPen(QPen(colour, 1))
                painter.drawRect(rect)
        painter.setPen(QColor("#455A64"))
        label_width = self.fontMetrics().horizontalAdvance("24") + 2
        for hour in range(0, 25, 3):
            px = x(hour * 60)
            painter.drawLine(int(px), int(bar.y()) - 4, int(px), int(bar.y()))
            painter.drawText(QRectF(px - label_width / 2, 0, label_width, bar.y() - 4), Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        painter.setPen(QPen(QColor("#90A4AE"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)


def bar_label(phone: PhoneRow) -> str:
    # The bar segment is narrow: the driver's name, else the phone's last digits (never the whole number).
    return phone.driver or masked(phone.phone)[-5:]


class PhoneDialog(WriteDialog):
    """The vehicle's bindings listed; a new one, or the one picked, edited below; one removed
    after a confirmation.  Saving closes the dialog; a removal keeps it open (`changed`)."""

    changed = Signal()

    def __init__(self, store: Store, worker, row: CardRow, actor: services.Actor, region: str, parent=None) -> None:
        super().__init__(self.tr("Phones of %1").replace("%1", row.plate or ""), worker, parent)
        self.setMinimumWidth(560)
        self._store, self._row, self._actor, self._region = store, row, actor, region
        self.phones: list[PhoneRow] = list(row.phones)
        self.editing: PhoneRow | None = None
        self.confirm: QMessageBox | None = None

        self.bindings = QTableWidget(0, 3)
        self.bindings.setObjectName("bindings")
        self.bindings.setHorizontalHeaderLabels([self.tr("Slot"), self.tr("Driver"), self.tr("Phone")])
        self.bindings.verticalHeader().setVisible(False)
        self.bindings.horizontalHeader().setStretchLastSection(True)
        self.bindings.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bindings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bindings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bindings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bindings.itemSelectionChanged.connect(self._enable)
        self.bindings.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setObjectName("edit-binding")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("remove-binding")
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_button = QPushButton(self.tr("New binding"))
        self.new_button.setObjectName("new-binding")
        self.new_button.clicked.connect(self.add_new)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.bindings)
        row_buttons = QHBoxLayout()
        for button in (self.edit_button, self.remove_button, self.new_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        list_layout.addLayout(row_buttons)
        self.form.addRow(list_box)

        self.coverage = CoverageBar()
        self.form.addRow(self.coverage)
        self.mode = QLabel()
        self.mode.setObjectName("mode")
        self.mode.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.mode)
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
        self._show_phones()
        self.add_new()

    @property
    def existing(self) -> list[tuple[Slot, str]]:
        """The other bindings' slots: the one being changed may overlap its own old slot."""
        return [(Slot(p.slot_start, p.slot_end), bar_label(p)) for p in self.phones if p is not self.editing]

    def slot(self) -> Slot:
        start = self.start.time().hour() * 60 + self.start.time().minute()
        end = self.end.time().hour() * 60 + self.end.time().minute()
        return Slot(start, end or MINUTES_PER_DAY)

    def clash(self, slot: Slot) -> str | None:
        for other, label in self.existing:
            if other.overlaps(slot):
                return label
        return None

    def selected_phone(self) -> PhoneRow | None:
        rows = self.bindings.selectionModel().selectedRows()
        return self.phones[rows[0].row()] if rows else None

    def select_driver(self, driver: str) -> None:
        for i, phone in enumerate(self.phones):
            if phone.driver == driver:
                self.bindings.selectRow(i)
                return

    def add_new(self) -> None:
        self.editing = None
        self.mode.setText(self.tr("New binding"))
        self.phone.setEnabled(True)
        self.phone.clear()
        self.driver.clear()
        self.ok.setText(self.tr("Bind phone"))
        self._preview()

    def edit_selected(self) -> None:
        phone = self.selected_phone()
        if phone is None:
            return
        self.editing = phone
        self.mode.setText(self.tr("Changing the binding of %1").replace("%1", masked(phone.phone)))
        self.phone.setText(masked(phone.phone))
        self.phone.setEnabled(False)  # a new number is a new binding: remove this one and bind that
        self.driver.setText(phone.driver or "")
        self.start.setTime(QTime(phone.slot_start // 60, phone.slot_start % 60))
        end = phone.slot_end % MINUTES_PER_DAY
        self.end.setTime(QTime(end // 60, end % 60))
        self.ok.setText(self.tr("Save changes"))
        self._preview()

    def remove_selected(self) -> None:
        phone = self.selected_phone()
        if phone is None:
            return
        who = phone.driver or self.tr("no driver named")
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove a phone"),
            self.tr("Remove %1 (%2, %3) from %4? Its slot is then answered by the account's phone.")
            .replace("%1", masked(phone.phone)).replace("%2", who)
            .replace("%3", str(Slot(phone.slot_start, phone.slot_end))).replace("%4", self._row.plate or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
        )
        self.confirm.setObjectName("confirm-remove")
        self.confirm.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        self.confirm.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.confirm.accepted.connect(lambda: self._remove(phone))
        self.confirm.open()

    def _remove(self, phone: PhoneRow) -> None:
        store, actor, binding_id = self._store, self._actor, phone.id
        self.error.setText(self.tr("Saving…"))
        self.buttons.setEnabled(False)
        self.worker.run(lambda: services.unbind_phone(store, actor, binding_id), self._removed, self._failed)

    def _removed(self, _gone) -> None:
        self.buttons.setEnabled(True)
        self.error.clear()
        self.changed.emit()
        store, vehicle_id = self._store, self._row.vehicle_id

        def phones():
            with store.read() as session:
                return list_phones(session, vehicle_id)
        self.worker.run(phones, self._phones_loaded, self._failed)

    def _phones_loaded(self, phones: list[PhoneRow]) -> None:
        self.phones = phones
        self._show_phones()
        self.add_new()

    def _show_phones(self) -> None:
        self.bindings.setRowCount(len(self.phones))
        for i, phone in enumerate(self.phones):
            for column, text in enumerate((str(Slot(phone.slot_start, phone.slot_end)), phone.driver or "", masked(phone.phone))):
                self.bindings.setItem(i, column, QTableWidgetItem(text))
        # As tall as its rows (up to five), so the form below stays in sight.
        shown = max(1, min(len(self.phones), 5))
        self.bindings.setFixedHeight(self.bindings.horizontalHeader().sizeHint().height()
                                     + shown * self.bindings.verticalHeader().defaultSectionSize() + 2 * self.bindings.frameWidth())
        self._enable()

    def _enable(self) -> None:
        picked = self.selected_phone() is not None
        self.edit_button.setEnabled(picked)
        self.remove_button.setEnabled(picked)

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

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, InvalidPhone):
            exc = ValueError(self.tr("That is not a phone number: type a mainland mobile (11 digits) or +country code and number"))
        super()._failed(exc)

    def work(self):
        slot = self.slot()
        if self.clash(slot):
            raise ValueError(self.tr("The slot overlaps another phone's slot"))
        driver = self.driver.text().strip() or None
        store, actor = self._store, self._actor
        if self.editing is not None:
            binding_id = self.editing.id
            return lambda: services.change_phone(store, actor, binding_id, slot, driver).phone
        phone = self.phone.text().strip()
        if not phone:
            raise ValueError(self.tr("Type the phone number"))
        plate, region = self._row.plate, self._region
        return lambda: services.bind_phone(store, actor, plate, phone, slot, driver, region).phone
