"""The car park and the toll: stays of the chosen days, who is inside, what was taken."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from console.money import format_yuan
from console.queries.fillings import local_days
from console.queries.parking import StayRow, list_stays, stay_totals
from console.store.db import Store
from console.store.models import SessionStatus
from ui.phones import masked
from ui.views.base import LoadingPage, RowsModel
from ui.worker import Worker


def stay_status_label(status: SessionStatus) -> str:
    return {
        SessionStatus.OPEN: QCoreApplication.translate("StayStatus", "inside"),
        SessionStatus.CLOSED: QCoreApplication.translate("StayStatus", "left"),
        SessionStatus.VOIDED: QCoreApplication.translate("StayStatus", "voided"),
    }[status]


def paid_by_label(paid_by: str | None) -> str:
    return {
        "card": QCoreApplication.translate("StayStatus", "card"),
        "free": QCoreApplication.translate("StayStatus", "free"),
        "pass": QCoreApplication.translate("StayStatus", "monthly pass"),
        "booth": QCoreApplication.translate("StayStatus", "at the booth"),
        # Let out by another station's exit, which took the fee (console/sync/pull.py).
        "elsewhere": QCoreApplication.translate("StayStatus", "at another station"),
    }.get(paid_by or "", paid_by or "")


class StaysModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Plate"), self.tr("Entered"), self.tr("Left"), self.tr("Status"),
                self.tr("Fee (¥)"), self.tr("Paid by"), self.tr("Phone"), self.tr("By hand")]

    def key(self, row: StayRow):
        return row.id

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: StayRow = self.rows[index.row()]
        when = lambda t: t.astimezone(self._zone).strftime("%m-%d %H:%M") if t else ""  # noqa: E731
        kind = self.tr("toll") if row.kind == "toll" else self.tr("parking")
        by_hand = f"{row.operator}：{row.reason}" if row.operator and row.reason else ""
        return [kind, row.plate, when(row.entered_at), when(row.exited_at), stay_status_label(row.status),
                format_yuan(row.fee_fen) if row.fee_fen is not None else "", paid_by_label(row.paid_by), masked(row.phone),
                by_hand][index.column()]


class ParkingPage(LoadingPage):
    def __init__(self, store: Store, worker: Worker, zone, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._store, self._zone = store, zone
        self.model = StaysModel(zone, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        # The station's day, not the PC's: a PC kept on UTC is a day behind in Shanghai from 16:00.
        today = QDate(datetime.now(zone).date())
        self.first, self.last = QDateEdit(today), QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _: self.reload())
        self.search = QLineEdit()
        self.search.setObjectName("parking-search")
        self.search.setPlaceholderText(self.tr("Search a plate"))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("To")))
        bar.addWidget(self.last)
        bar.addWidget(self.search, 1)
        bar.addWidget(refresh)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.totals = QLabel()
        self.totals.setObjectName("parking-totals")
        layout.addWidget(self.totals)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._debounce.start())

    def query(self):
        store, search = self._store, self.search.text()
        first, last = self.first.date().toPython(), self.last.date().toPython()
        since, until = local_days(min(first, last), max(first, last), self._zone)

        def run():
            with store.read() as session:
                return list_stays(session, since, until, search), stay_totals(session, since, until)
        return run

    def show_rows(self, rows) -> None:
        stays, totals = rows
        self.model.set_rows(stays)
        self.table.horizontalHeader().doItemsLayout()
        self.totals.setText(self.tr("%1 stays · %2 inside now · ¥%3 taken").replace("%1", str(totals.count)).replace(
            "%2", str(totals.inside)).replace("%3", format_yuan(totals.fee_fen)))
