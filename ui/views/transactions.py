"""Transactions: the station's fillings, filtered and searched in SQL, exported as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from console.money import format_yuan
from console.queries.fillings import FillingRow, list_fillings
from console.store.db import Store
from console.store.models import FillingStatus
from ui.views.base import LoadingPage, RowsModel
from ui.worker import Worker
from ui.phones import masked

COLUMNS = ("time", "lane", "plate", "account", "card", "litres", "amount", "status", "phone")


class FillingsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Lane"), self.tr("Plate"), self.tr("Account"), self.tr("Card"),
                self.tr("Litres"), self.tr("Amount (¥)"), self.tr("Status"), self.tr("Phone")]

    def cell(self, row: FillingRow, column: int) -> str:
        match COLUMNS[column]:
            case "time":
                return row.created_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S")
            case "lane":
                return str(row.lane)
            case "plate":
                return row.plate
            case "account":
                return row.account or self.tr("(counter sale)")
            case "card":
                return row.card_no or ""
            case "litres":
                return f"{row.litres:.2f}" if row.litres is not None else ""
            case "amount":
                return format_yuan(row.amount_fen) if row.amount_fen is not None else ""
            case "status":
                return status_label(row.status)
            case "phone":
                return " ".join(p for p in (row.driver, row.phone) if p)
        return ""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if COLUMNS[index.column()] == "phone":  # on screen the number is masked; the export keeps it whole
                return " ".join(p for p in (row.driver, masked(row.phone)) if p)
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] in ("litres", "amount", "lane"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is FillingStatus.CANCELLED:
            return QColor("#78909C")
        return None

    def write_csv(self, path: Path) -> int:
        # UTF-8 with BOM: Excel, which most stations open it in, then shows the Chinese names.
        with open(path, "w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out)
            writer.writerow(self.headers())
            for row in self.rows:
                writer.writerow([self.cell(row, c) for c in range(len(COLUMNS))])
        return len(self.rows)


def status_label(status: FillingStatus) -> str:
    return {
        FillingStatus.RESERVED: QCoreApplication.translate("FillingStatus", "reserved"), FillingStatus.AUTHORISED: QCoreApplication.translate("FillingStatus", "authorised"),
        FillingStatus.FILLING: QCoreApplication.translate("FillingStatus", "filling"), FillingStatus.COMPLETED: QCoreApplication.translate("FillingStatus", "completed"),
        FillingStatus.SETTLED: QCoreApplication.translate("FillingStatus", "settled"), FillingStatus.CANCELLED: QCoreApplication.translate("FillingStatus", "cancelled"),
        FillingStatus.NEEDS_SETTLEMENT: QCoreApplication.translate("FillingStatus", "needs settlement"),
    }[status]


class TransactionsPage(LoadingPage):
    def __init__(self, store: Store, worker: Worker, zone, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._store = store
        self.model = FillingsModel(zone, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search plate, account, card or phone"))
        self.status = QComboBox()
        self.status.setObjectName("status-filter")
        self.status.addItem(self.tr("All"), None)
        for status in FillingStatus:
            self.status.addItem(status_label(status), status)
        self.export = QPushButton(self.tr("Export CSV…"))
        self.export.setObjectName("export")
        self.count = QLabel()
        bar.addWidget(QLabel(self.tr("Search")))
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(self.tr("Status")))
        bar.addWidget(self.status)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.export)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        # Typing searches after a pause, not on every key: each search is a query.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _: self.reload())
        self.export.clicked.connect(self._export_clicked)
        self.export_path: Path | None = None  # tests set it to skip the file dialog

    def query(self):
        status, search, store = self.status.currentData(), self.search.text(), self._store

        def run():
            with store.read() as session:
                return list_fillings(session, status=status, search=search)
        return run

    def show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 fillings").replace("%1", str(len(rows))))

    def show_error(self, message: str) -> None:
        self.count.setText(message)

    def _export_clicked(self) -> None:
        path = self.export_path
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export fillings"), "fillings.csv", self.tr("CSV files (*.csv)"))
            if not name:
                return
            path = Path(name)
        written = self.model.write_csv(path)
        self.count.setText(self.tr("%1 fillings written to %2").replace("%1", str(written)).replace("%2", str(path)))
