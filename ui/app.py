"""The window front end of `platepay run` (registered as the `window` entry point)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from console.cli.context import AppContext
from console.config import Bus, Config, ConfigError
from console.config_file import save_setting
from console.lanes.engine import LaneEngine
from console.store.db import Store
from console.lanes import events as ev
from ui.alerts import AlertModel
from ui.bridge import CoreBridge
from ui.fonts import load_fonts
from ui.i18n import install_translators, remove_translators
from ui.main_window import MainWindow
from ui.operator import OperatorSession
from ui.views.settings import probe_pumps
from ui.worker import Worker

log = logging.getLogger(__name__)


class Console(QObject):
    """Owns what outlives a window: the bridge, the worker pool, the operator, the translators.

    Switching language builds a fresh window over the same engine, so every
    string is translated again without restarting the pumps.
    """

    def __init__(self, app: QApplication, config: Config, store: Store, engine: LaneEngine, *,
                 runtime: Any = None, config_path: Path | None = None) -> None:
        super().__init__()
        self.app, self.config, self.store, self.engine, self.runtime = app, config, store, engine, runtime
        self.config_path = config_path
        self.bridge = CoreBridge(self)
        # Alerts and the last fillings outlive a window (a language switch builds a new one),
        # and listen before the runtime replays what its start published.
        self.alerts = AlertModel(config.station.zone, self)
        self.bridge.event.connect(self.alerts.on_event)
        self.last_fillings: dict[int, ev.Settled] = {}
        self.bridge.event.connect(self._remember_filling)
        if runtime is not None:
            self.bridge.attach_runtime(runtime)
        else:
            self.bridge.attach_engine(engine)
        if engine.estop_latched and not self.alerts.has(None, "emergency_stop"):
            # Latched before this console: a runtime's replayed start says so, an engine alone does not.
            self.alerts.on_event(ev.EmergencyStop(lane=None, latched=True, operator="", reason=None))
        self.worker = Worker(self)
        self.session = OperatorSession(self, idle_ms=config.station.auto_logout_minutes * 60_000, audit=self._audit_session)
        self.language = config.station.language
        self.translators = install_translators(app, self.language)
        self.window: MainWindow | None = None

    def _remember_filling(self, event) -> None:
        if isinstance(event, ev.Settled) and event.lane is not None:
            self.last_fillings[event.lane] = event

    def _audit_session(self, username: str, action: str) -> None:
        try:
            self.engine.audit(username, action, "console", None, None)
        except Exception:  # a busy database costs the record, never the login
            log.exception("%s of %s not audited", action, username)

    def build_window(self) -> MainWindow:
        sync = self.runtime.sync_status if self.runtime is not None else None
        window = MainWindow(
            self.config, self.store, self.engine, self.bridge, worker=self.worker, session=self.session,
            sync_status=sync, config_path=self.config_path, probe_bus=self.probe_bus, language=self.language,
            alerts=self.alerts, last_fillings=self.last_fillings,
        )
        window.languageRequested.connect(self.switch_language)
        old, self.window = self.window, window
        if old is not None:
            window.setGeometry(old.geometry())
            window.tabs.setCurrentIndex(old.tabs.currentIndex())
            old.close()
            old.deleteLater()
        window.show()
        return window

    def switch_language(self, language: str) -> None:
        remove_translators(self.app, self.translators)
        self.language = language
        self.translators = install_translators(self.app, language)
        self.build_window()
        self._remember_language(language)

    def _remember_language(self, language: str) -> None:
        """The next start speaks the language chosen last.  The embedded demo
        has no file and keeps none: writing one would end the demo."""
        path = self.config_path
        if path is None or not path.exists():
            return
        try:
            save_setting(path, "station", "language", language)
        except (ConfigError, OSError) as exc:
            log.warning("language %s not saved to %s: %s", language, path, exc)

    def probe_bus(self, bus: Bus, addresses: list[int]) -> list[tuple[int, bool, str | None]]:
        """A bus the engine already holds is read from its live state: a second master would garble the line."""
        live = next((b for b in self.config.buses if b.name == bus.name), None)
        if live is not None and (live.port, live.baudrate, live.parity) == (bus.port, bus.baudrate, bus.parity):
            try:
                running = self.engine.bus(bus.name)
            except KeyError:
                running = None
            if running is not None:
                return [(a, s.online, s.status.value if s.status else None) for a in addresses for s in [running.state(a)]]
        return probe_pumps(bus, addresses)

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.lanes.frame_timer.stop()
        self.worker.wait(5000)
        if self.runtime is not None:
            self.runtime.stop()


def begin_station(ctx: AppContext, written, manager: tuple[str, str, str | None]) -> None:
    """After the wizard: the new configuration, an empty station database, its first manager."""
    from console import services

    ctx.__dict__["config"] = written  # AppContext.config is a cached property
    username, password, name = manager
    services.add_operator(ctx.store, services.Actor("setup", written.station.id), username, password, "manager", name)


def seed_demo(ctx: AppContext) -> None:
    from console import demo

    with ctx.store.write() as session:
        demo.seed(session, station_id=ctx.station_id)


def _first_run(app: QApplication, ctx: AppContext) -> None:
    """No configuration yet: the wizard makes one; cancelled, the console runs its demo."""
    from console.config import resolve_path
    from ui.i18n import install_translators
    from ui.wizard import FirstRunWizard

    translators = install_translators(app, ctx.config.station.language)
    wizard = FirstRunWizard(resolve_path(getattr(ctx.args, "config", None)))
    if wizard.exec() and wizard.written is not None:
        begin_station(ctx, wizard.written, wizard.manager_page.manager())
    else:
        seed_demo(ctx)  # cancelled: the console runs its demo, with the demo's data
    for translator in translators:
        app.removeTranslator(translator)


def run_window(ctx: AppContext) -> int:
    from console.runtime import Runtime

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PlatePay")
    load_fonts(app)
    if ctx.config.is_demo and not ctx.args.demo:
        _first_run(app, ctx)
    runtime = Runtime(ctx.config, ctx.store, demo=ctx.args.demo)
    runtime.start()
    console = Console(app, ctx.config, ctx.store, runtime.engine, runtime=runtime, config_path=ctx.config.source)
    app.aboutToQuit.connect(console.shutdown)
    console.build_window()
    if ctx.args.duration is not None:
        def finish() -> None:
            if ctx.args.screenshot:
                console.window.grab().save(ctx.args.screenshot)
            app.quit()

        QTimer.singleShot(int(ctx.args.duration * 1000), finish)
    return app.exec()
