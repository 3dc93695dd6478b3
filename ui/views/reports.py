"""Reports: fleet and shift reports of the chosen days, their charts, and exports to CSV, Excel and PDF.

The page builds a report through console.reports.registry on a worker thread and shows it
in a table whose titles are translated in the "Report" context; the exports write the
same Report through console.reports.export, with the titles in the window's language.
A report whose builder is not in this installation shows that it is not available.
"""

from __future__ import annotations

import logging

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)

from console.config import Station
from console.queries.fillings import local_days
from console.reports import registry
from console.reports.export import ExportOptions, write
from console.reports.export.cells import NUMERIC, text
from console.reports.registry import ReportUnavailable
from console.reports.series import ChartData, Span, chart_data, full_to_full
from console.reports.table import Kind, Report, ReportFilter, Source, note_source, note_text
from console.store.db import Store
from drivers.plates.syntax import InvalidPlate, normalize_plate
from ui.views.base import LoadingPage, RowsModel
from ui.views.report_charts import ReportCharts
from ui.views.report_words import frozen_value_words, value_words
from ui.worker import Worker

NAMES = {
    "vehicles": QT_TRANSLATE_NOOP("Report", "Vehicles"),
    "drivers": QT_TRANSLATE_NOOP("Report", "Drivers' slots"),
    "places": QT_TRANSLATE_NOOP("Report", "Fuelling places"),
    "exceptions": QT_TRANSLATE_NOOP("Report", "Exceptions"),
    "shift": QT_TRANSLATE_NOOP("Report", "Shift close"),
    "day": QT_TRANSLATE_NOOP("Report", "Day close"),
}
# Words the exporters ask for besides the report's own titles.
EXPORT_WORDS = (QT_TRANSLATE_NOOP("Report", "Total"), QT_TRANSLATE_NOOP("Report", "(nothing in this period)"))
EXPORTS = {"csv": ("report.csv", QT_TRANSLATE_NOOP("ReportsPage", "CSV files (*.csv)")),
           "xlsx": ("report.xlsx", QT_TRANSLATE_NOOP("ReportsPage", "Excel workbooks (*.xlsx)")),
           "pdf": ("report.pdf", QT_TRANSLATE_NOOP("ReportsPage", "PDF documents (*.pdf)"))}

log = logging.getLogger(__name__)


def words(source: str) -> str:
    return QCoreApplication.translate("Report", source)


@dataclass(frozen=True)
class Shown:
    """What one load brought: the report (None when its builder is not there) and the charts' figures."""

    name: str
    report: Report | None
    charts: ChartData


class ReportModel(RowsModel):
    """The report's rows, then its totals row in bold."""

    def __init__(self, zone, parent=None) -> None:
        super().__init__(zone, parent)
        self.report: Report | None = None

    def show_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.rows = [] if report is None else list(report.rows) + ([report.totals] if report.totals is not None else [])
        self.endResetModel()

    def headers(self) -> list[str]:
        return [] if self.report is None else [words(c.title) for c in self.report.columns]

    def is_total(self, row: int) -> bool:
        return self.report is not None and self.report.totals is not None and row == len(self.rows) - 1

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.report is None:
            return None
        column = self.report.columns[index.column()]
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[row][index.column()]
            if column.kind is Kind.TEXT and isinstance(value, str):
                return value_words(column.key, value)
            shown = text(value, column.kind, self._zone)
            if not shown and self.is_total(row) and index.column() == 0 and column.kind not in NUMERIC:
                return words("Total")
            return shown
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.is_total(row):
            return QColor("#FFF8E1")
        return None


class ReportsPage(LoadingPage):
    exported = Signal(str, str)  # format, path
    export_failed = Signal(str)

    def __init__(self, store: Store, worker: Worker, station: Station, parent: QWidget | None = None, rules=None) -> None:
        super().__init__(worker, parent)
        self._rules = rules  # the station's exception thresholds (Config.fleet)
        self._store, self._station, self._zone = store, station, station.zone
        self.export_path: Path | None = None  # tests set it instead of answering the file dialog
        self.shown: Shown | None = None
        self.model = ReportModel(self._zone, self)

        self.report = QComboBox()
        self.report.setObjectName("report-name")
        for name in registry.names():
            self.report.addItem(words(NAMES[name]), name)
        today = self.today()
        self.first, self.last = QDateEdit(_qdate(today - timedelta(days=6))), QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.first_label, self.last_label = QLabel(self.tr("From")), QLabel(self.tr("To"))
        self.vehicle = QLineEdit()
        self.vehicle.setObjectName("report-vehicle")
        self.vehicle.setPlaceholderText(self.tr("All vehicles"))
        self.vehicle.setFixedWidth(120)
        self.shift = QLineEdit()
        self.shift.setObjectName("report-shift")
        self.shift.setPlaceholderText(self.tr("Last closed shift"))
        self.shift_label = QLabel(self.tr("Shift"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("report-show")
        self.export_buttons = {
            "csv": QPushButton(self.tr("Export CSV…")),
            "xlsx": QPushButton(self.tr("Export Excel…")),
            "pdf": QPushButton(self.tr("Export PDF…")),
        }

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Report")))
        bar.addWidget(self.report)
        for widget in (self.first_label, self.first, self.last_label, self.last, QLabel(self.tr("Vehicle")), self.vehicle,
                       self.shift_label, self.shift, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for fmt, button in self.export_buttons.items():
            button.setObjectName(f"report-export-{fmt}")
            button.clicked.connect(lambda _=False, fmt=fmt: self._export_clicked(fmt))
            bar.addWidget(button)

        self.table = QTableView()
        self.table.setObjectName("report-table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.notes = QLabel()
        self.notes.setObjectName("report-notes")
        self.notes.setWordWrap(True)
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.notes)
        self.charts = ReportCharts()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(table_side)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 260])
        self.unavailable = QLabel()
        self.unavailable.setObjectName("report-unavailable")
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable.setWordWrap(True)
        self.unavailable.setStyleSheet("color: #546E7A; font-size: 13pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.unavailable)
        self.split = split
        self.message = QLabel()
        self.message.setObjectName("report-message")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)

        self.report.currentIndexChanged.connect(self._report_chosen)
        self.show_button.clicked.connect(self.reload)
        self.vehicle.returnPressed.connect(self.reload)
        self.shift.returnPressed.connect(self.reload)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _: self._dates_edited())
        self._report_chosen()

    def today(self) -> date:
        return datetime.now(self._zone).date()

    @property
    def name(self) -> str:
        return self.report.currentData()

    def choose(self, name: str) -> None:
        self.report.setCurrentIndex(self.report.findData(name))

    def set_days(self, first: date, last: date) -> None:
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._changed()

    def _report_chosen(self) -> None:
        name = self.name
        # A day report is one day; a shift report is one shift, the last closed unless one is named.
        self.first_label.setText(self.tr("Day") if name == "day" else self.tr("From"))
        for widget in (self.last_label, self.last):
            widget.setVisible(name not in ("day", "shift"))
        for widget in (self.first_label, self.first):
            widget.setVisible(name != "shift")
        for widget in (self.shift_label, self.shift):
            widget.setVisible(name == "shift")
        self.message.clear()
        self._changed()

    def _dates_edited(self) -> None:
        if self.last.date() < self.first.date():
            self.last.blockSignals(True)
            self.last.setDate(self.first.date())
            self.last.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        # Shown: ask again now; hidden: when next shown (a report can take a while at a busy station).
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    # --- loading ------------------------------------------------------------------

    def current_filter(self) -> ReportFilter:
        """What the bar asks for; raises ValueError with a translated reason for a bad plate or shift id."""
        first = self.first.date().toPython()
        last = first if self.name == "day" else self.last.date().toPython()
        since, until = local_days(first, last, self._zone)
        vehicle = None
        if self.vehicle.text().strip():
            try:
                vehicle = normalize_plate(self.vehicle.text(), self._station.region).text
            except InvalidPlate:
                raise ValueError(self.tr("%1 is not a plate").replace("%1", self.vehicle.text().strip())) from None
        shift_id = None
        if self.name == "shift" and self.shift.text().strip():
            try:
                shift_id = uuid.UUID(self.shift.text().strip())
            except ValueError:
                raise ValueError(self.tr("%1 is not a shift number").replace("%1", self.shift.text().strip())) from None
        return ReportFilter(since=since, until=until, vehicle=vehicle, zone=self._station.timezone, shift_id=shift_id,
                            day=first if self.name == "day" else None)

    def query(self):
        name, store, station_id, zone, rules = self.name, self._store, self._station.id, self._zone, self._rules
        try:
            where = self.current_filter()
        except ValueError as exc:
            message = str(exc)

            def refuse():
                raise ValueError(message)
            return refuse

        def run() -> Shown:
            source = Source(store.engine, central=False, station_id=station_id)
            try:
                report = registry.build(name, source, where, rules=rules)
            except ReportUnavailable:
                report = None
            exceptions = report if name == "exceptions" else None
            if exceptions is None and registry.available("exceptions"):
                exceptions = registry.build("exceptions", source, where, rules=rules)
            segments = full_to_full(source, where)
            with store.read() as session:
                charts = chart_data(session, Span(where.since, where.until, zone), where.vehicle, exceptions, segments=segments)
            return Shown(name, report, charts)
        return run

    def show_rows(self, shown: Shown) -> None:
        self.shown = shown
        self.model.show_report(shown.report)
        for button in self.export_buttons.values():
            button.setEnabled(shown.report is not None)
        if shown.report is None:
            self.unavailable.setText(self.tr("The report “%1” is not available in this version of PlatePay.").replace(
                "%1", words(NAMES[shown.name])))
            self.stack.setCurrentWidget(self.unavailable)
            self.message.clear()
            return
        self.stack.setCurrentIndex(0)
        self.table.horizontalHeader().doItemsLayout()
        self.notes.setText("\n".join(note_text(note, words) for note in shown.report.notes))
        self.notes.setVisible(bool(shown.report.notes))
        self.charts.show_data(shown.charts)
        self.message.setText(self.tr("Rows: %1").replace("%1", str(len(shown.report.rows))))

    def _failed(self, exc: Exception) -> None:
        code = getattr(exc, "code", None)
        if code == "shift_not_found":  # the report's own refusal, worded
            from ui.shift_words import refusal_text

            exc = ValueError(refusal_text(code, {}))
        elif isinstance(exc, SQLAlchemyError):  # the statement is for the log, not the manager's screen
            log.error("report %s failed: %s", self.name, exc)
            exc = ValueError(self.tr("the station database could not make it; the log says why"))
        super()._failed(exc)

    def show_error(self, message: str) -> None:
        self.model.show_report(None)
        self.stack.setCurrentIndex(0)
        self.charts.show_error("")
        self.message.setText(self.tr("Report not made: %1").replace("%1", message))

    # --- exporting ----------------------------------------------------------------

    def _export_clicked(self, fmt: str) -> None:
        report = self.shown.report if self.shown is not None else None
        if report is None:
            return
        path = self.export_path
        if path is None:
            suggested, kinds = EXPORTS[fmt]
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), f"{report.name}-{suggested}",
                                                  QCoreApplication.translate("ReportsPage", kinds))
            if not name:
                return
            path = Path(name)
        # Translated here, on the GUI thread: the worker gets plain strings.
        said = {s: words(s) for s in (report.title, *(c.title for c in report.columns), *map(note_source, report.notes), *EXPORT_WORDS)}
        codes = {(c.key, row[i]) for row in report.rows for i, c in enumerate(report.columns)
                 if c.kind is Kind.TEXT and isinstance(row[i], str)}
        options = ExportOptions(zone=self._zone, words=lambda s: said.get(s, s), values=frozen_value_words(codes))
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.message.setText(self.tr("Writing %1…").replace("%1", str(path)))
        self.worker.run(lambda: write(report, fmt, path, options), lambda done: self._exported(fmt, done), self._export_error)

    def _exported(self, fmt: str, path: Path) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.message.setText(self.tr("Report written to %1").replace("%1", str(path)))
        self.exported.emit(fmt, str(path))

    def _export_error(self, exc: Exception) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.message.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
        self.export_failed.emit(str(exc))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
