"""Transactions: the station's fillings over a span of local days, filtered in SQL, totalled
exactly, exported as CSV."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from console.config import Station
from console.money import format_yuan
from console.queries.fillings import (
    CancelCode, FillingFilter, FillingRow, FillingTotals, filling_totals, list_fillings, local_days,
)
from console.store.db import Store
from console.store.models import FillingStatus
from ui.phones import masked
from ui.views.base import LoadingPage, RowsModel
from ui.worker import Worker

COLUMNS = ("time", "lane", "nozzle", "grade", "plate", "account", "card", "litres", "amount", "status", "operator", "cancel_reason", "phone")
# The export's header: the same in every language, so a spreadsheet or script that reads
# it keeps working when the station switches language (the screen's headers are translated).
CSV_COLUMNS = (
    "time", "lane", "nozzle", "grade", "plate", "account", "card_no", "litres", "amount_yuan", "status",
    "operator", "cancel_reason", "cancelled_by", "cancel_note", "driver", "phone",
)
SHOWN_AT_MOST = 1000  # rows on screen; totals and the export cover every match
PERIODS = ("today", "yesterday", "last_7_days", "this_month", "custom")


class FillingsModel(RowsModel):
    def __init__(self, station: Station, parent=None) -> None:
        super().__init__(station.zone, parent)
        self._station = station

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Lane"), self.tr("Nozzle"), self.tr("Grade"), self.tr("Plate"), self.tr("Account"),
                self.tr("Card"), self.tr("Litres"), self.tr("Amount (¥)"), self.tr("Status"), self.tr("Operator"),
                self.tr("Cancel reason"), self.tr("Phone")]

    def cell(self, row: FillingRow, column: int) -> str:
        match COLUMNS[column]:
            case "time":
                return row.created_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S")
            case "lane":
                return str(row.lane)
            case "nozzle":
                return str(row.nozzle) if row.nozzle else ""
            case "grade":
                return grade_of(row, self._station)
            case "plate":
                return row.plate
            case "account":
                return row.account or self.tr("(counter sale)")
            case "card":
                return row.card_no or ""
            case "litres":
                return litres_text(row.litres) if row.litres is not None else ""
            case "amount":
                return format_yuan(row.amount_fen) if row.amount_fen is not None else ""
            case "status":
                return status_label(row.status)
            case "operator":
                return row.operator or ""
            case "cancel_reason":
                return cancel_label(row)
            case "phone":  # on screen the number is masked; the export keeps it whole
                return " ".join(p for p in (row.driver, masked(row.phone)) if p)
        return ""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] in ("litres", "amount", "lane", "nozzle"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is FillingStatus.CANCELLED:
            return QColor("#78909C")
        return None


def grade_of(row: FillingRow, station: Station) -> str:
    # The grade settled with the filling stays true if the grades are renamed later;
    # an open filling has only its nozzle.
    if row.grade:
        return row.grade
    return station.grade(row.nozzle) if row.nozzle else ""


def litres_text(litres: Decimal) -> str:
    """Two decimals as a pump shows them, three when the store holds a millilitre more: never rounded."""
    return f"{litres:.2f}" if litres == litres.quantize(Decimal("0.01")) else f"{litres:.3f}"


def status_label(status: FillingStatus) -> str:
    return {
        FillingStatus.RESERVED: QCoreApplication.translate("FillingStatus", "reserved"), FillingStatus.AUTHORISED: QCoreApplication.translate("FillingStatus", "authorised"),
        FillingStatus.FILLING: QCoreApplication.translate("FillingStatus", "filling"), FillingStatus.COMPLETED: QCoreApplication.translate("FillingStatus", "completed"),
        FillingStatus.SETTLED: QCoreApplication.translate("FillingStatus", "settled"), FillingStatus.CANCELLED: QCoreApplication.translate("FillingStatus", "cancelled"),
        FillingStatus.NEEDS_SETTLEMENT: QCoreApplication.translate("FillingStatus", "needs settlement"),
    }[status]


def cancel_label(row: FillingRow) -> str:
    cause = row.cancel
    if cause is None:
        return ""
    note = cause.note or ""
    if cause.code is CancelCode.CASHIER_STOP:
        text = QCoreApplication.translate("CancelReason", "Stopped by %1").replace("%1", cause.operator or "")
    elif cause.code is CancelCode.EMERGENCY_STOP:
        text = QCoreApplication.translate("CancelReason", "Emergency stop by %1").replace("%1", cause.operator or "")
    elif cause.code is CancelCode.RECOVERY:
        text = QCoreApplication.translate("CancelReason", "Found open after a restart")
        note = {
            "never_authorised": QCoreApplication.translate("CancelReason", "the pump was never authorised"),
            "lane_not_configured": QCoreApplication.translate("CancelReason", "its lane is no longer configured"),
        }.get(note, note)
    else:
        return {
            CancelCode.TIMED_OUT: QCoreApplication.translate("CancelReason", "Released: nobody lifted the nozzle in time"),
            CancelCode.VEHICLE_LEFT: QCoreApplication.translate("CancelReason", "Released: the vehicle left"),
            CancelCode.OTHER_VEHICLE: QCoreApplication.translate("CancelReason", "Released: another vehicle came to the pump"),
            CancelCode.PUMP_REFUSED: QCoreApplication.translate("CancelReason", "Released: the pump did not take the authorisation"),
            CancelCode.FAILED: QCoreApplication.translate("CancelReason", "Released: something failed, the lane took the safe way out"),
        }.get(cause.code, QCoreApplication.translate("CancelReason", "Released without fuel (timed out, vehicle left or pump refused)"))
    return QCoreApplication.translate("CancelReason", "%1: %2").replace("%1", text).replace("%2", note) if note else text


# --- the export -------------------------------------------------------------------

def _as_text(value: str | None) -> str:
    """An identifier written so a spreadsheet opening the CSV keeps it as typed.

    Excel (and WPS) read a cell of digits as a number: a 16-digit card number loses its
    last digit (15 significant digits) and shows as 8.00E+15, leading zeros go, and
    "+86…" is read as a number or a formula.  A column type can only be given in the
    import wizard, which a manager double-clicking the file never sees; a leading
    apostrophe or tab stays in the value.  ="…" opens as exactly that text; the cost is
    a wrapper other readers must strip, which a fixed header makes easy to do.
    """
    if not value:
        return ""
    return '="' + value.replace('"', '""') + '"'


def _free_text(value: str | None) -> str:
    # Names and reasons typed by people: one starting like a formula is shown, never run
    # (OWASP's advice for CSV injection: a leading apostrophe).
    if not value:
        return ""
    return "'" + value if value[0] in "=+-@\t\r" else value


def national_phone(phone: str | None) -> str | None:
    """'+8613900000001' → '13900000001', as a Chinese manager dials and searches it; other countries stay E.164."""
    if phone and phone.startswith("+86") and len(phone) == 14:
        return phone[3:]
    return phone


def csv_record(row: FillingRow, station: Station) -> list[str]:
    """One filling as exported: stable codes, exact figures, identifiers as text."""
    cause = row.cancel
    return [
        row.created_at.astimezone(station.zone).strftime("%Y-%m-%d %H:%M:%S"),  # the station's local time, as on screen
        str(row.lane),
        str(row.nozzle) if row.nozzle else "",
        _as_text(grade_of(row, station)),  # "-10#" diesel would otherwise start a formula
        _as_text(row.plate),
        _free_text(row.account),
        _as_text(row.card_no),
        str(row.litres) if row.litres is not None else "",  # millilitres as stored: 12.340
        format_yuan(row.amount_fen) if row.amount_fen is not None else "",
        row.status.value,
        _free_text(row.operator),
        cause.code.value if cause else "",
        _free_text(cause.operator) if cause else "",
        _free_text(cause.note) if cause else "",
        _free_text(row.driver),
        _as_text(national_phone(row.phone)),
    ]


def write_csv(path: Path, rows: list[FillingRow], station: Station) -> int:
    # UTF-8 with BOM: Excel, which most stations open it in, then shows the Chinese names.
    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow(csv_record(row, station))
    return len(rows)


# --- the page ---------------------------------------------------------------------

def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TransactionsPage(LoadingPage):
    exported = Signal(int, str)  # fillings written, path
    export_failed = Signal(str)

    def __init__(self, store: Store, worker: Worker, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._store, self._station = store, station
        self.model = FillingsModel(station, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_dates())
        layout.addLayout(self._build_filters())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals.setStyleSheet("font-weight: bold; padding: 4px;")
        # The export's outcome has its own line: a reload (a filling settled meanwhile) must not wipe it.
        self.message = QLabel()
        self.message.setObjectName("export-message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setWordWrap(True)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)
        # Typing searches after a pause, not on every key: each search is a query.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._filter_changed)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _: self._filter_changed())
        self.period.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.since.dateChanged.connect(lambda _: self._dates_edited(self.since))
        self.until.dateChanged.connect(lambda _: self._dates_edited(self.until))
        self.export.clicked.connect(self._export_clicked)
        self.export_path: Path | None = None  # tests set it to skip the file dialog
        self._follow_period()

    def _build_dates(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("period")
        for key, text in zip(PERIODS, (self.tr("Today"), self.tr("Yesterday"), self.tr("Last 7 days"), self.tr("This month"), self.tr("Custom"))):
            self.period.addItem(text, key)
        self.since, self.until = QDateEdit(), QDateEdit()
        self.since.setObjectName("since")
        self.until.setObjectName("until")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Dates from")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until)
        bar.addStretch(1)
        return bar

    def _build_filters(self) -> QHBoxLayout:
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
        bar.addWidget(QLabel(self.tr("Search")))
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(self.tr("Status")))
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.export)
        return bar

    # --- the span of days ---------------------------------------------------------

    def today(self) -> date:
        """The station's date, whatever zone the computer is set to."""
        return datetime.now(self._station.zone).date()

    def _follow_period(self) -> bool:
        """Set the dates to the period chosen, counted from the station's today; False for a custom span."""
        today = self.today()
        span = {
            "today": (today, today),
            "yesterday": (today - timedelta(days=1), today - timedelta(days=1)),
            "last_7_days": (today - timedelta(days=6), today),
            "this_month": (today.replace(day=1), today),
        }.get(self.period.currentData())
        if span is None:
            return False
        self._set_dates(*span)
        return True

    def _period_chosen(self) -> None:
        if self._follow_period():
            self._filter_changed()

    def _set_dates(self, first: date, last: date) -> None:
        # Both dates change as one: one query, not one per date.
        for edit, day in ((self.since, first), (self.until, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _dates_edited(self, edited: QDateEdit) -> None:
        first, last = self.since.date().toPython(), self.until.date().toPython()
        if last < first:  # the other end follows, rather than a span that matches nothing
            self._set_dates(*((first, first) if edited is self.since else (last, last)))
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)
        self._filter_changed()

    def set_days(self, first: date, last: date) -> None:
        """Show the local days `first` to `last` (both whole)."""
        self._set_dates(first, last)
        self._dates_edited(self.until)

    def current_filter(self) -> FillingFilter:
        # "Today" left open overnight means the new day: a named period is counted afresh.
        self._follow_period()
        since, until = local_days(self.since.date().toPython(), self.until.date().toPython(), self._station.zone)
        return FillingFilter(status=self.status.currentData(), search=self.search.text(), since=since, until=until)

    # --- loading ------------------------------------------------------------------

    def _filter_changed(self) -> None:
        self.message.clear()  # the user has moved on from the export
        self.reload()

    def query(self):
        where, store = self.current_filter(), self._store

        def run():
            with store.read() as session:
                return list_fillings(session, where, limit=SHOWN_AT_MOST), filling_totals(session, where)
        return run

    def show_rows(self, result) -> None:
        rows, totals = result
        self.model.set_rows(rows)
        self.totals.setText(self.totals_text(totals, len(rows)))

    def totals_text(self, totals: FillingTotals, shown: int) -> str:
        text = self.tr("%1 fillings · %2 L · ¥%3").replace("%1", str(totals.count)).replace(
            "%2", litres_text(totals.litres)).replace("%3", format_yuan(totals.amount_fen))
        if totals.cancelled:
            text += self.tr(" · %1 cancelled, not in litres or amount").replace("%1", str(totals.cancelled))
        if shown < totals.count:
            text += self.tr(" · newest %1 shown; the export has them all").replace("%1", str(shown))
        return text

    def show_error(self, message: str) -> None:
        self.totals.setText(self.tr("Fillings not loaded: %1").replace("%1", message))

    # --- exporting ----------------------------------------------------------------

    def _export_clicked(self) -> None:
        path = self.export_path
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export fillings"), "fillings.csv", self.tr("CSV files (*.csv)"))
            if not name:
                return
            path = Path(name)
        where, store, station = self.current_filter(), self._store, self._station
        self.export.setEnabled(False)
        self.message.setText(self.tr("Writing %1…").replace("%1", str(path)))

        def run():
            with store.read() as session:
                rows = list_fillings(session, where, limit=None)
            return write_csv(path, rows, station)
        self.worker.run(run, lambda written: self._exported(written, path), self._export_error)

    def _exported(self, written: int, path: Path) -> None:
        self.export.setEnabled(True)
        self.message.setText(self.tr("%1 fillings written to %2").replace("%1", str(written)).replace("%2", str(path)))
        self.exported.emit(written, str(path))

    def _export_error(self, exc: Exception) -> None:
        self.export.setEnabled(True)
        self.message.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
        self.export_failed.emit(str(exc))
