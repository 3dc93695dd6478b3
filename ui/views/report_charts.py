"""The Reports view's three charts, drawn with pyqtgraph (Qt Charts is GPL-only).

Each chart is a titled pyqtgraph PlotWidget whose axes show dates and hours as the
station writes them (12-01, 08), never an English month name, and a line saying why it
is empty.  Figures arrive exact (console.reports.series) and become plot coordinates here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.reports.series import ChartData

pg.setConfigOptions(antialias=True, background="w", foreground="#37474F")
PALETTE = ("#1E88E5", "#43A047", "#FB8C00", "#8E24AA", "#E53935", "#00ACC1", "#6D4C41", "#546E7A")


def colour(n: int) -> str:
    return PALETTE[n % len(PALETTE)]


class LabelAxis(pg.AxisItem):
    """An axis whose ticks are the labels given for whole positions (a day, an hour, a week)."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self.labels: dict[int, str] = {}

    def set_labels(self, labels: list[str], every: int = 1) -> None:
        self.labels = {n: text for n, text in enumerate(labels)}
        self.setTicks([[(n, text) for n, text in self.labels.items() if n % every == 0], []])


class Chart(QWidget):
    def __init__(self, title: str, y_label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        self.axis = LabelAxis()
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.2)
        self.plot.getPlotItem().getAxis("left").setLabel(y_label)
        self.legend = self.plot.addLegend(offset=(-6, 6), labelTextSize="8pt")  # top right, clear of the morning's bars
        layout.addWidget(self.plot, 1)
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909C;")
        layout.addWidget(self.empty)
        self.drawn: dict[str, list[Decimal | int]] = {}  # what is plotted, by series name (tests read it)

    def clear(self, why: str = "") -> None:
        self.plot.clear()
        self.legend.clear()
        self.drawn = {}
        self.empty.setText(why)
        self.empty.setVisible(bool(why))

    def lines(self, labels: list[str], series: dict[str, list[Decimal | None]], every: int = 1) -> None:
        """One line per series over the labelled positions; a None is a day without a figure, skipped."""
        self.clear()
        self.axis.set_labels(labels, every)
        for n, (name, values) in enumerate(series.items()):
            pen = pg.mkPen(colour(n), width=2)
            points = [(x, float(v)) for x, v in enumerate(values) if v is not None]
            self.plot.plot([x for x, _ in points], [y for _, y in points], pen=pen, symbol="o", symbolSize=5,
                           symbolBrush=pen.color(), name=name)
            self.drawn[name] = list(values)

    def bars(self, labels: list[str], series: dict[str, list[Decimal | int]], every: int = 1) -> None:
        self.clear()
        self.axis.set_labels(labels, every)
        width = 0.8 / max(len(series), 1)
        for n, (name, values) in enumerate(series.items()):
            brush = pg.mkBrush(colour(n))
            x = [i - 0.4 + width * (n + 0.5) for i in range(len(values))]
            # A series without a name (the week's count) stays out of the legend.
            item = pg.BarGraphItem(x=x, height=[float(v) for v in values], width=width * 0.9, brush=brush, pen=None, name=name or None)
            self.plot.addItem(item)
            self.drawn[name] = list(values)


class ReportCharts(QWidget):
    """Consumption per vehicle over the days (full to full), litres per grade per hour, exceptions per week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.consumption = Chart(self.tr("Consumption per vehicle, full to full"), self.tr("L/100 km (L/h)"), "chart-consumption")
        self.grades = Chart(self.tr("Litres per grade per hour"), self.tr("Litres"), "chart-grades")
        self.exceptions = Chart(self.tr("Exceptions per week"), self.tr("Count"), "chart-exceptions")
        for chart in (self.consumption, self.grades, self.exceptions):
            row.addWidget(chart, 1)

    def show_data(self, data: ChartData) -> None:
        nothing = self.tr("No fillings in this period")
        days = [day.strftime("%m-%d") for day in data.days]
        if data.consumption:
            self.consumption.lines(days, data.consumption, every=max(1, len(days) // 7))
        else:
            self.consumption.clear(self.tr("No full-to-full figure in this period (odometer readings at two full fills)"))
        if data.per_grade:
            named = {grade or self.tr("(no grade)"): litres for grade, litres in data.per_grade.items()}
            self.grades.bars([f"{hour:02d}" for hour in range(24)], named, every=3)
        else:
            self.grades.clear(nothing)
        if data.weeks is None:
            self.exceptions.clear(self.tr("The exceptions report is not available in this version"))
        elif not data.weeks:
            self.exceptions.clear(self.tr("No exceptions in this period"))
        else:
            self.exceptions.bars([monday_label(monday) for monday, _ in data.weeks], {"": [count for _, count in data.weeks]})

    def show_error(self, message: str) -> None:
        for chart in (self.consumption, self.grades, self.exceptions):
            chart.clear(message)


def monday_label(monday: date) -> str:
    return monday.strftime("%m-%d")
