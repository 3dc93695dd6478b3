"""The console's main window: lanes first, then the books, the settings and the audit log."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QMessageBox,
    QLabel, QListView, QMainWindow, QPushButton, QSizePolicy, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from console.config import Config
from console.lanes.engine import LaneEngine
from console.store.db import Store
from console.timeutil import as_utc
from ui.actions import ActionController
from ui.alert_panel import AlertPanel
from ui.alerts import AlertModel
from ui.bridge import CoreBridge
from ui.lanes_page import LanesPage
from ui.lanestate import icon
from ui.operator import OperatorSession
from ui.worker import Worker


class MainWindow(QMainWindow):
    languageRequested = Signal(str)

    def __init__(
        self,
        config: Config,
        store: Store,
        engine: LaneEngine,
        bridge: CoreBridge,
        *,
        worker: Worker | None = None,
        session: OperatorSession | None = None,
        sync_status: Callable[[], Any] | None = None,
        config_path: Path | None = None,
        probe_bus: Callable | None = None,
        language: str = "zh_CN",
        alerts: AlertModel | None = None,
        last_fillings: dict | None = None,
    ) -> None:
        super().__init__()
        self.config, self.store, self.engine, self.bridge = config, store, engine, bridge
        self.language = language
        self.worker = worker or Worker(self)
        self.session = session or OperatorSession(self)
        self._sync_status = sync_status
        self.setWindowTitle(self.tr("PlatePay — %1").replace("%1", config.station.name))

        if alerts is None:
            alerts = AlertModel(config.station.zone, self)
            bridge.event.connect(alerts.on_event)
        self.alerts = alerts
        self.actions = ActionController(engine, store, self.session, self.worker, self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.lanes = LanesPage(config, bridge, self.alerts)
        self.lanes.actionRequested.connect(self.actions.request)
        self.lanes.show_views(engine.views())
        for settled in (last_fillings or {}).values():
            self.lanes.show_settled(settled)
        self.alert_panel = AlertPanel(self.alerts, self._as_operator, self._record_acknowledged)
        self.alert_view = self.alert_panel.view
        side = self.alert_panel
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.lanes)
        split.addWidget(side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        split.setSizes([1040, 240])
        self.tabs.addTab(split, self.tr("Lanes"))
        self._config_path = config_path
        self._add_views(config_path, probe_bus)
        self.setCentralWidget(self.tabs)

        self._build_toolbar()
        self._build_status_bar()
        for signal in (self.alerts.rowsInserted, self.alerts.rowsRemoved, self.alerts.modelReset):
            signal.connect(self._count_alerts)
        self._count_alerts()
        self.actions.failed.connect(lambda _action, message: self.statusBar().showMessage(message, 8000))
        self.actions.done.connect(self._action_done)
        self.session.changed.connect(self._show_operator)
        self.tabs.currentChanged.connect(self.session.touch)
        self.actions.done.connect(self.session.touch)
        self.actions.failed.connect(self.session.touch)
        self.session.timed_out.connect(
            lambda: self.statusBar().showMessage(self.tr("Logged out: no key or click for %1 minutes").replace(
                "%1", str(config.station.auto_logout_minutes)), 0)
        )
        self._show_operator(self.session.operator)
        self._fit_screen(len(config.lanes))

    def _fit_screen(self, lanes: int) -> None:
        """Start at a size the screen holds: what the grid would like, never more than is there."""
        wanted = QSize(1280, 800) if lanes <= 4 else QSize(1600, 960)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and not screen.isEmpty():
            wanted = wanted.boundedTo(screen.size())
        self.resize(wanted)

    def _add_views(self, config_path: Path | None, probe_bus: Callable | None) -> None:
        from ui.views.accounts import AccountsPage
        from ui.views.audit import AuditPage
        from ui.views.products import ProductsPage
        from ui.views.settings import SettingsPage
        from ui.views.transactions import TransactionsPage

        self.transactions = TransactionsPage(self.store, self.worker, self.config.station)
        self.accounts = AccountsPage(self.config, self.store, self.worker, self.session, self.actions)
        # The language shown is the one chosen last, which the menu may have changed since start.
        shown = replace(self.config, station=replace(self.config.station, language=self.language))
        self.settings = SettingsPage(shown, self.worker, config_path, probe_bus, session=self.session,
                                     with_operator=self.actions.with_operator, audit=self.engine.audit)
        self.audit = AuditPage(self.store, self.worker, self.config.station.zone)
        self.products = ProductsPage(self.engine, self.worker, self.session, config_path)
        self.tabs.addTab(self.transactions, self.tr("Transactions"))
        # A station with gates has a car park or a toll: its stays are a page of their own.
        self.parking = None
        if any(lane.kind == "gate" for lane in self.config.lanes):
            from ui.views.parking import ParkingPage

            self.parking = ParkingPage(self.store, self.worker, self.config.station.zone)
            self.tabs.addTab(self.parking, self.tr("Car park"))
        from ui.views.reports import ReportsPage

        self.reports = ReportsPage(self.store, self.worker, self.config.station, rules=self.config.fleet)
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.products, self.tr("Products"))
        self.tabs.addTab(self.settings, self.tr("Settings"))
        self.tabs.addTab(self.audit, self.tr("Audit log"))

        def prices_changed(config: Config) -> None:
            # The settings page writes its whole configuration back: it must hold the new price, not the start's.
            self.settings.config = config
            self.audit.stale = True

        self.products.pricesChanged.connect(prices_changed)
        # Settled fillings and overrides change what these pages show; they reload when next opened.
        self.bridge.event.connect(self._mark_stale)
        self.tabs.currentChanged.connect(self._tab_shown)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Operator"))
        bar.setObjectName("toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.operator_label = QLabel()
        self.operator_label.setStyleSheet("padding: 0 8px;")
        self.login_button = QPushButton()
        self.login_button.setObjectName("login")
        self.login_button.clicked.connect(self._login_clicked)
        bar.addWidget(self.operator_label)
        bar.addWidget(self.login_button)
        self.shift_button = QPushButton(self.tr("Shift…"))
        self.shift_button.setObjectName("shift")
        self.shift_button.setToolTip(self.tr("Open or close the shift against the pumps' totals"))
        self.shift_button.clicked.connect(self.open_shift_dialog)
        self.shift_dialog = None
        bar.addWidget(self.shift_button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        language = self.menuBar().addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(name, self, checkable=True, checked=code == self.language)
            action.setObjectName(f"lang-{code}")
            action.triggered.connect(lambda _=False, code=code: self._choose_language(code))
            group.addAction(action)
            language.addAction(action)
        station = self.menuBar().addMenu(self.tr("Station"))
        wizard = QAction(self.tr("Setup wizard…"), self)
        wizard.setObjectName("wizard")
        wizard.triggered.connect(self._open_wizard)
        station.addAction(wizard)
        self.estop = QPushButton(icon("stop"), self.tr("EMERGENCY STOP"))
        self.estop.setObjectName("estop")
        self.estop.setStyleSheet("QPushButton { background: #C62828; color: white; font-weight: bold; font-size: 12pt; padding: 6px 16px; }")
        self.estop.clicked.connect(self.actions.emergency_stop)
        # F12 from anywhere in the window, whatever has the focus.
        stop_key = QShortcut(QKeySequence(Qt.Key.Key_F12), self, context=Qt.ShortcutContext.ApplicationShortcut)
        stop_key.activated.connect(self.actions.emergency_stop)
        self.estop.setToolTip(self.tr("Stop every pump (F12)"))
        bar.addWidget(self.estop)
        # While the stop holds: the station says so, and only a manager lifts it.
        self.estop_reset = QPushButton(self.tr("Emergency stop ON — reset…"))
        self.estop_reset.setObjectName("estop-reset")
        self.estop_reset.setStyleSheet("QPushButton { background: #FFEB3B; color: #B71C1C; font-weight: bold; padding: 6px 12px; }")
        self.estop_reset.clicked.connect(self.actions.reset_emergency_stop)
        self.estop_reset_action = bar.addWidget(self.estop_reset)
        self.show_estop(self.engine.estop_latched)
        self.bridge.event.connect(self._estop_event)

    def show_estop(self, latched: bool) -> None:
        self.estop_reset_action.setVisible(latched)  # a tool bar's widget is shown through its action
        self.lanes.set_estop(latched)

    def _estop_event(self, event: Any) -> None:
        if event.type == "emergency_stop":
            self.show_estop(event.latched)

    def _open_wizard(self) -> None:
        from console.config import default_path
        from ui.wizard import FirstRunWizard

        dialog = FirstRunWizard(self._config_path or default_path(), self)
        if dialog.exec():
            QMessageBox.information(self, self.tr("Saved"), self.tr("The new configuration takes effect at the next start of PlatePay."))

    def _build_status_bar(self) -> None:
        self.sync_label = QLabel()
        self.sync_label.setObjectName("sync")
        self.alert_count = QLabel()
        self.statusBar().addPermanentWidget(self.alert_count)
        self.statusBar().addPermanentWidget(self.sync_label)
        mode = (
            self.tr("Demo: simulated pumps and cameras · logins cashier / cashier1, manager / manager1")
            if self.config.is_demo else self.tr("Station %1").replace("%1", self.config.station.id)
        )
        self.mode_label = QLabel(mode)
        self.statusBar().addWidget(self.mode_label)
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(2000)
        self._sync_timer.timeout.connect(self.show_sync)
        self._sync_timer.start()
        self.show_sync()

    def show_sync(self) -> None:
        status = self._sync_status() if self._sync_status else None
        if status is None:
            self.sync_label.setText(self.tr("Central: not configured"))
            self.sync_label.setStyleSheet("color: #546E7A;")
            return
        last = as_utc(status.last_success_at).astimezone(self.config.station.zone).strftime("%H:%M:%S") if getattr(status, "last_success_at", None) else self.tr("never")
        state = self.tr("online") if status.online else self.tr("OFFLINE")
        text = self.tr("Central: %1 · %2 pending · last sync %3").replace("%1", state).replace("%2", str(status.pending)).replace("%3", last)
        self.sync_label.setText(text)
        self.sync_label.setToolTip(status.last_error or "")
        self.sync_label.setStyleSheet("color: #1B7F3B;" if status.online else "color: #C62828; font-weight: bold;")

    def _count_alerts(self, *_: Any) -> None:
        count = self.alerts.open_count
        self.alert_count.setText(self.tr("%1 alerts").replace("%1", str(count)) if count else "")

    def _as_operator(self, then: Callable[[str], None]) -> None:
        self.actions.with_operator(lambda: then(self.session.operator.username) if self.session.operator else None)

    def _record_acknowledged(self, username: str, alert) -> None:
        details = {"kind": alert.kind, "count": alert.count, "lane": alert.lane}
        subject = f"lane {alert.lane}" if alert.lane else "station"
        self.worker.run(lambda: self.engine.audit(username, "alert.acknowledged", subject, None, details),
                        lambda _: None, lambda exc: self.statusBar().showMessage(self.tr("Acknowledgement not recorded: the database is busy"), 8000))

    def _show_operator(self, operator) -> None:
        self.lanes.set_manager(operator is not None and operator.role.value == "manager")
        if operator is None:
            self.operator_label.setText(self.tr("Nobody logged in"))
            self.login_button.setText(self.tr("Log in"))
        else:
            role = self.tr("manager") if operator.role.value == "manager" else self.tr("cashier")
            name = self.session.display_name
            if name == role:  # the demo's operators are named after their role: "收银员（收银员）" says nothing twice
                self.operator_label.setText(self.tr("Operator: %1").replace("%1", name))
            else:
                self.operator_label.setText(self.tr("Operator: %1 (%2)").replace("%1", name).replace("%2", role))
            self.login_button.setText(self.tr("Log out"))

    def open_shift_dialog(self) -> None:
        from ui.shift_dialog import ShiftDialog

        if self.shift_dialog is not None:  # one at a time: two could both try to close the shift
            self.shift_dialog.raise_()
            self.shift_dialog.activateWindow()
            return
        dialog = ShiftDialog(self.engine, self.store, self.config, self.session, self.worker, self.actions.log_in, self)
        dialog.changed.connect(self._mark_stale)  # the shift's report, its audit rows
        self.shift_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "shift_dialog", None))
        dialog.show()

    def _login_clicked(self) -> None:
        if self.session.operator is None:
            self.actions.log_in()
        else:
            self.session.log_out()

    def _action_done(self, action: str, lane: int) -> None:
        names = {
            "authorise": self.tr("authorised"), "deny": self.tr("denied"), "correct": self.tr("plate corrected"),
            "stop": self.tr("pump stopped"), "estop": self.tr("all pumps stopped; emergency stop on"),
            "estop_reset": self.tr("emergency stop reset"), "odometer": self.tr("odometer recorded"),
        }
        where = self.tr("Lane %1").replace("%1", str(lane)) if lane else self.tr("Station")
        self.statusBar().showMessage(f"{where}: {names.get(action, action)}", 6000)
        self._mark_stale()

    def _mark_stale(self, event: Any = None) -> None:
        if event is not None and event.type not in ("settled", "cancelled", "authorised", "gate_exit"):
            return
        self.transactions.stale = self.audit.stale = self.accounts.stale = self.reports.stale = True
        if self.parking is not None:
            self.parking.stale = True
        current = self.tabs.currentWidget()
        if current in (self.transactions, self.audit, self.accounts, self.parking, self.reports):
            current.reload_if_stale()

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if hasattr(page, "reload_if_stale"):
            page.reload_if_stale()

    def _choose_language(self, code: str) -> None:
        if code != self.language:
            self.languageRequested.emit(code)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.lanes.frame_timer.stop()
        super().closeEvent(event)
