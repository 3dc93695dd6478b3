"""The audit log: who did what, when and why, newest first."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from console.queries.masterdata import AuditRow, list_audit
from console.store.db import Store
from ui.views.base import LoadingPage, RowsModel
from ui.worker import Worker


class AuditModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Operator"), self.tr("Action"), self.tr("Subject"), self.tr("Reason"), self.tr("Details")]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        match index.column():
            case 0:
                return row.at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S")
            case 1:
                return row.operator
            case 2:
                return row.action
            case 3:
                return row.subject or ""
            case 4:
                return row.reason or ""
            case 5:
                return json.dumps(row.details, ensure_ascii=False) if row.details else ""
        return None


class AuditPage(LoadingPage):
    def __init__(self, store: Store, worker: Worker, zone, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._store = store
        self.model = AuditModel(zone, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("audit-search")
        self.search.setPlaceholderText(self.tr("Search operator, action, subject or reason"))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        self.count = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(refresh)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._debounce.start())

    def query(self):
        search, store = self.search.text(), self._store

        def run():
            with store.read() as session:
                return list_audit(session, search)
        return run

    def show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 entries").replace("%1", str(len(rows))))
