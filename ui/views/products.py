"""Products: each pump's nozzles with their grade and unit price; a manager changes a price here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from console.lanes.engine import LaneEngine
from console.money import InvalidAmount, format_yuan, parse_yuan
from console.products import (
    NozzleProduct, PriceChange, PriceChangeRefused, PumpProducts, change_price, list_products, price_text, station_config,
)
from console.store.models import Role
from ui.views.base import LoadingPage, RowsModel
from ui.views.forms import WriteDialog
from ui.worker import Worker

_DIFFERS = QColor("#B26A00")


def refusal_text(code: str, params: dict[str, Any]) -> str:
    """A refused price change (console.products.PriceRefusal), worded for the manager."""
    lanes = ", ".join(str(n) for n in params.get("lanes", [params.get("lane", "")]))
    texts = {
        "needs_manager": QCoreApplication.translate("ProductsPage", "Only a manager may change a price. Ask a manager to log in."),
        "no_reason": QCoreApplication.translate("ProductsPage", "Say why: the reason is kept in the audit log."),
        "bad_price": QCoreApplication.translate("ProductsPage", "%1 is not a price: type yuan per litre with at most two decimals, such as 7.89."),
        "unknown_nozzle": QCoreApplication.translate("ProductsPage", "There is no grade on nozzle %1."),
        "same_price": QCoreApplication.translate("ProductsPage", "%1 already costs ¥%2 at every pump: nothing to change."),
        "price_decimals": QCoreApplication.translate("ProductsPage", "The pump of lane %1 shows prices with %2 decimals: ¥%3 cannot be set on it. Nothing was changed."),
        "prices_unknown": QCoreApplication.translate("ProductsPage", "The other grades' prices are not configured and the pumps do not agree on them: set them in the configuration first. Nothing was changed."),
        "pump_busy": QCoreApplication.translate("ProductsPage", "Lane %1 is busy with a filling: change the price once it has finished. Nothing was changed."),
        "pump_offline": QCoreApplication.translate("ProductsPage", "The pump of lane %1 does not answer: a price changes at every pump at once. Nothing was changed."),
        "pump_refused": QCoreApplication.translate("ProductsPage", "The pump of lane %1 (%2) did not take the price. Nothing was changed."),
        "not_saved": QCoreApplication.translate("ProductsPage", "The configuration file %1 could not be written, so the pumps keep their old price."),
        "audit_failed": QCoreApplication.translate("ProductsPage", "The audit log could not be written, so nothing was changed."),
    }
    text = texts.get(code) or QCoreApplication.translate("ProductsPage", "The price was not changed (%1).").replace("%1", code)
    match code:
        case "bad_price":
            return text.replace("%1", params.get("price") or "“”")
        case "unknown_nozzle":
            return text.replace("%1", str(params.get("nozzle", "")))
        case "same_price":
            return text.replace("%1", params.get("grade", "")).replace("%2", params.get("price", ""))
        case "price_decimals":
            return text.replace("%1", lanes).replace("%2", str(params.get("decimals", ""))).replace("%3", params.get("price", ""))
        case "pump_busy" | "pump_offline":
            return text.replace("%1", lanes)
        case "pump_refused":
            return text.replace("%1", lanes).replace("%2", params.get("pump", ""))
        case "not_saved":
            return text.replace("%1", params.get("path", ""))
    return text


class ProductsModel(RowsModel):
    """One row per nozzle of each pump: (PumpProducts, NozzleProduct)."""

    def headers(self) -> list[str]:
        return [self.tr("Lane"), self.tr("Pump"), self.tr("Nozzle"), self.tr("Grade"),
                self.tr("Price at the pump (¥/L)"), self.tr("Configured price (¥/L)")]

    def key(self, row: tuple[PumpProducts, NozzleProduct]):
        return (row[0].lane, row[1].nozzle)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pump, nozzle = self.rows[index.row()]
        differs = _differs(nozzle)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and differs:
            return QBrush(_DIFFERS)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            if not pump.online:
                return self.tr("The pump does not answer")
            if nozzle.pump_price is None:
                return self.tr("This pump does not tell its prices")
            if differs:
                return self.tr("The pump sells at another price than the configured one")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match index.column():
            case 0:
                return pump.lane_name
            case 1:
                return f"0x{pump.address:02X}"
            case 2:
                return str(nozzle.nozzle)
            case 3:
                return nozzle.grade
            case 4:
                if not pump.online:
                    return self.tr("offline")
                return price_text(nozzle.pump_price) if nozzle.pump_price is not None else "—"
            case 5:
                return format_yuan(nozzle.configured_fen) if nozzle.configured_fen is not None else self.tr("set at the pump")
        return None


def _differs(nozzle: NozzleProduct) -> bool:
    return (nozzle.pump_price is not None and nozzle.configured_fen is not None
            and nozzle.pump_price != Decimal(nozzle.configured_fen).scaleb(-2))


def current_price(rows: list[tuple[PumpProducts, NozzleProduct]], nozzle: int) -> str | None:
    """What the grade on `nozzle` costs now: the configured price, else the one its pumps agree on."""
    listed = [n for _, n in rows if n.nozzle == nozzle]
    if listed and listed[0].configured_fen is not None:
        return format_yuan(listed[0].configured_fen)
    held = {n.pump_price for n in listed if n.pump_price is not None}
    return price_text(held.pop()) if len(held) == 1 else None


class PriceDialog(WriteDialog):
    """Grade, current price, new price and reason; then a confirmation; then the pumps."""

    def __init__(self, engine: LaneEngine, worker: Worker, operator, rows, grades: tuple[str, ...], nozzle: int,
                 config_path: Path | None, parent=None) -> None:
        super().__init__(self.tr("Change a price"), worker, parent)
        self.setObjectName("price-dialog")
        self._engine, self._operator, self._rows, self._config_path = engine, operator, rows, config_path
        self._grades = grades
        self.grade = QComboBox()
        self.grade.setObjectName("grade")
        for n, name in enumerate(grades, start=1):
            self.grade.addItem(self.tr("%1 (nozzle %2)").replace("%1", name).replace("%2", str(n)), n)
        self.current = QLabel()
        self.current.setObjectName("current-price")
        self.price = QLineEdit()
        self.price.setObjectName("new-price")
        self.price.setPlaceholderText("7.89")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("such as: price notice from head office"))
        self.form.addRow(self.tr("Grade"), self.grade)
        self.form.addRow(self.tr("Current price (¥/L)"), self.current)
        self.form.addRow(self.tr("New price (¥/L)"), self.price)
        self.form.addRow(self.tr("Reason"), self.reason)
        lanes = ", ".join(sorted({p.lane_name for p, _ in rows}, key=lambda s: (len(s), s)))
        self.note = QLabel(self.tr("The new price is sent to every pump (lanes %1), never under a running filling.").replace("%1", lanes))
        self.note.setWordWrap(True)
        self.layout_.insertWidget(1, self.note)
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setStyleSheet("font-weight: bold;")
        self.confirmation.hide()
        self.layout_.insertWidget(2, self.confirmation)
        self.ok.setText(self.tr("Next…"))
        self.grade.currentIndexChanged.connect(self._show_current)
        self.grade.setCurrentIndex(max(0, self.grade.findData(nozzle)))
        self._show_current()
        self.confirming = False

    def _show_current(self, *_: Any) -> None:
        price = current_price(self._rows, self.grade.currentData())
        self.current.setText(price if price is not None else self.tr("not known"))

    def _submit(self) -> None:
        if self.confirming:
            super()._submit()
            return
        try:
            fen, reason = self._checked()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        old = self.current.text()
        self.confirmation.setText(
            self.tr("Change %1 from ¥%2 to ¥%3 per litre at every pump?").replace("%1", self._grade_name())
            .replace("%2", old).replace("%3", format_yuan(fen))
        )
        self.confirmation.show()
        self.error.clear()
        self._editable(False)
        self.ok.setText(self.tr("Change price"))
        self.confirming = True

    def _checked(self) -> tuple[int, str]:
        try:
            fen = parse_yuan(self.price.text())
        except InvalidAmount:
            fen = 0
        if fen <= 0:
            raise ValueError(self.tr("Type the new price in yuan per litre with at most two decimals, such as 7.89"))
        reason = self.reason.text().strip()
        if not reason:
            raise ValueError(self.tr("Say why: the reason is kept in the audit log."))
        return fen, reason

    def _grade_name(self) -> str:
        return self._grades[self.grade.currentData() - 1]

    def _editable(self, on: bool) -> None:
        for field in (self.grade, self.price, self.reason):
            field.setEnabled(on)

    def work(self):
        fen, reason = self._checked()
        engine, operator, nozzle, path = self._engine, self._operator, self.grade.currentData(), self._config_path

        def run() -> tuple[PriceChange, Any]:
            change = change_price(engine, operator, nozzle, format_yuan(fen), reason, config_path=path)
            return change, station_config(engine, path)
        return run

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, PriceChangeRefused):
            self.error.setText(refusal_text(exc.code.value, exc.params))
        else:  # the exception's own text is for the log, not the manager
            self.error.setText(self.tr("The price was not changed: the console met an error (see its log)."))
        self.confirmation.hide()
        self._editable(True)
        self.ok.setText(self.tr("Next…"))
        self.confirming = False


class ProductsPage(LoadingPage):
    """Everyone sees the prices; only a logged-in manager may change one."""

    pricesChanged = Signal(object)  # the configuration as its file now says

    def __init__(self, engine: LaneEngine, worker: Worker, session, config_path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._engine, self._session, self._config_path = engine, session, config_path
        self.model = ProductsModel(parent=self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setObjectName("products-hint")
        bar.addWidget(self.hint, 1)
        self.refresh = QPushButton(self.tr("Read the pumps again"))
        self.refresh.setObjectName("products-refresh")
        self.refresh.clicked.connect(self.reload)
        self.change = QPushButton(self.tr("Change price…"))
        self.change.setObjectName("change-price")
        self.change.clicked.connect(self.open_change)
        bar.addWidget(self.refresh)
        bar.addWidget(self.change)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setObjectName("products")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(72)
        # Prices beside each other, not one pushed to the far edge of a wide window.
        header.setStretchLastSection(False)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setObjectName("products-message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.dialog: PriceDialog | None = None
        # A bound slot, not a lambda: the session outlives this page (a language switch builds a new
        # window), and Qt disconnects a slot whose page is gone.
        session.changed.connect(self._operator_changed)
        self._enable()

    def _operator_changed(self, _operator) -> None:
        self._enable()

    def query(self):
        engine, path = self._engine, self._config_path
        return lambda: list_products(engine, path)

    def show_rows(self, rows: list[PumpProducts]) -> None:
        self.model.set_rows([(pump, nozzle) for pump in rows for nozzle in pump.nozzles])
        self._enable()

    def show_error(self, message: str) -> None:
        self.message.setStyleSheet("color: #C62828;")
        self.message.setText(self.tr("The prices could not be read. Try again."))
        self.message.setToolTip(message)

    def _manager(self) -> bool:
        operator = self._session.operator
        return operator is not None and operator.role is Role.MANAGER

    def _enable(self) -> None:
        manager = self._manager()
        self.change.setEnabled(manager and bool(self.model.rows))
        self.hint.setText(self.tr("Unit prices per grade and pump.") + " " + (
            self.tr("A change goes to every pump and into the audit log.") if manager
            else self.tr("Only a manager may change a price.")
        ))

    def selected_nozzle(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()][1].nozzle if rows else 1

    def open_change(self) -> None:
        if not self._manager():
            return
        grades = self._engine.config.station.grades
        dialog = PriceDialog(self._engine, self.worker, self._session.operator, list(self.model.rows), grades,
                             self.selected_nozzle(), self._config_path, self)
        dialog.accepted.connect(lambda: self._changed(dialog.result_value))
        self.dialog = dialog
        dialog.open()

    def _changed(self, result: tuple[PriceChange, Any]) -> None:
        change, config = result
        text = self.tr("%1 now costs ¥%2 per litre at every pump (was ¥%3).").replace("%1", change.grade).replace(
            "%2", format_yuan(change.new_fen)).replace("%3", format_yuan(change.old_fen))
        if change.saved_to is None:
            text += " " + self.tr("The demo keeps no configuration file: the pumps hold the new price.")
        self.message.setStyleSheet("color: #1B7F3B;")
        self.message.setToolTip("")
        self.message.setText(text)
        self.pricesChanged.emit(config)
        self.reload()

