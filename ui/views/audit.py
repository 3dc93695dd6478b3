"""The audit log: who did what, when and why, newest first, in words (the raw record a tooltip away)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from console.queries.masterdata import AuditRow, list_audit
from console.store.db import Store
from ui.views import audit_words as words
from ui.views.base import LoadingPage, RowsModel
from ui.worker import Worker


class AuditModel(RowsModel):
    def __init__(self, zone=None, parent=None) -> None:
        super().__init__(zone, parent)
        self.technical = False  # codes and raw JSON, for whoever reads the log against the code

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Operator"), self.tr("Action"), self.tr("Subject"), self.tr("Reason"), self.tr("Details")]

    def key(self, row: AuditRow):
        return row.id

    def set_technical(self, on: bool) -> None:
        self.technical = on
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: AuditRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match index.column():
            case 0:
                return row.at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S")
            case 1:
                return row.operator if self.technical else words.operator_name(row.operator, row.operator_name)
            case 2:
                return row.action if self.technical else words.action_name(row.action)
            case 3:
                return (row.subject or "") if self.technical else words.subject(row.subject)
            case 4:
                return row.reason or ""
            case 5:
                return words.raw_details(row.details).replace("\n", " ") if self.technical else words.details(row.details)
        return None

    def _tooltip(self, row: AuditRow, column: int) -> str | None:
        match column:
            case 1:
                return row.operator
            case 2:
                return row.action
            case 3:
                return row.subject
            case 4:
                return row.reason
            case 5:
                return words.raw_details(row.details) or None
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
        self.technical = QCheckBox(self.tr("Technical details"))
        self.technical.setObjectName("audit-technical")
        self.technical.setToolTip(self.tr("Show the codes and the raw record as the station stores them"))
        self.technical.toggled.connect(self.model.set_technical)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        self.count = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.technical)
        bar.addWidget(self.count)
        bar.addWidget(refresh)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._debounce.start())

    def query(self):
        search, store = self.search.text(), self._store
        # The log stores codes; a search for 充值 means the actions worded so.
        actions = tuple(code for code in words.ACTIONS if search.strip() and search.strip() in words.action_name(code))

        def run():
            with store.read() as session:
                return list_audit(session, search, actions=actions)
        return run

    def show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        # Qt sizes columns to their contents on a reset or a change, not on rows inserted.
        self.table.horizontalHeader().doItemsLayout()
        self.count.setText(self.tr("%1 entries").replace("%1", str(len(rows))))
