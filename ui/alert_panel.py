"""The alert list beside the lanes: acknowledge what was seen, look behind it, hear a waiting car."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QListView, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.alerts import Alert, AlertModel

#: A car waiting on the cashier rings again this often until someone decides.
CHIME_REPEAT_MS = 20_000
#: Alerts of a vehicle waiting for a person: at a pump, or at a gate.
WAITING = frozenset({"amber_waiting", "gate_amber"})


class AmberChime(QTimer):
    """Rings when a lane starts waiting on the cashier, and again while any still waits."""

    rang = Signal()

    def __init__(self, alerts: AlertModel, parent=None) -> None:
        super().__init__(parent)
        self._alerts = alerts
        self.rings = 0
        self.setInterval(CHIME_REPEAT_MS)
        self.timeout.connect(self._again)
        alerts.rowsInserted.connect(self._inserted)

    def _waiting(self) -> bool:
        return any(a.kind in WAITING and not a.acknowledged_by for a in self._alerts.alerts)

    def _inserted(self, _parent, first: int, last: int) -> None:
        if any(self._alerts.alerts[row].kind in WAITING for row in range(first, last + 1)):
            self.ring()
            self.start()

    def _again(self) -> None:
        if self._waiting():
            self.ring()
        else:
            self.stop()

    def ring(self) -> None:
        # The desktop's own bell: the cashier PC's sound settings decide how loud.
        QApplication.beep()
        self.rings += 1
        self.rang.emit()


class AlertPanel(QWidget):
    """`acknowledge_as(then)` gives the operator (logging in first if nobody is);
    `record(operator, alert)` audits an acknowledgement off the GUI thread."""

    def __init__(self, alerts: AlertModel, operator: Callable[[Callable[[str], None]], None],
                 record: Callable[[str, Alert], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alerts = alerts
        self._operator, self._record = operator, record
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.title)
        self.view = QListView()
        self.view.setObjectName("alerts")
        self.view.setModel(alerts)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.doubleClicked.connect(lambda index: self.acknowledge(index.row()))
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_detail())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.setObjectName("alert-acknowledge")
        self.acknowledge_button.setToolTip(self.tr("Seen: the alert greys, and leaves when its cause ends"))
        self.acknowledge_button.clicked.connect(lambda: self.acknowledge(self.view.currentIndex().row()))
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setObjectName("alert-details")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(lambda _: self._show_detail())
        buttons.addWidget(self.acknowledge_button)
        buttons.addWidget(self.details_button)
        layout.addLayout(buttons)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("alert-detail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(90)
        self.detail.setVisible(False)
        layout.addWidget(self.detail)
        self.chime = AmberChime(alerts, self)
        for signal in (alerts.rowsInserted, alerts.rowsRemoved, alerts.dataChanged, alerts.modelReset):
            signal.connect(self._count)
        self._count()

    def acknowledge(self, row: int) -> None:
        if not 0 <= row < self.alerts.rowCount():
            return
        alert = self.alerts.alerts[row]
        if alert.acknowledged_by:
            return

        def as_operator(username: str) -> None:
            # The row may have moved while a login was asked for: find the same condition again.
            current = next((i for i, a in enumerate(self.alerts.alerts) if a.key == alert.key), None)
            if current is None:
                return
            acknowledged = self.alerts.acknowledge(current, username)
            if acknowledged is not None:
                self._record(username, acknowledged)
        self._operator(as_operator)

    def _show_detail(self) -> None:
        shown = self.details_button.isChecked()
        self.detail.setVisible(shown)
        if shown:
            index = self.view.currentIndex()
            alert = self.alerts.alerts[index.row()] if index.isValid() and index.row() < self.alerts.rowCount() else None
            self.detail.setPlainText(alert.detail if alert else "")

    def _count(self, *_) -> None:
        self.title.setText(self.tr("Alerts (%1)").replace("%1", str(self.alerts.open_count)))
