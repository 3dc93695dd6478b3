"""The window front end of `platepay run` (registered as the `window` entry point)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from console.cli.context import AppContext
from ui.i18n import install_translators
from ui.main_window import MainWindow


def run_window(ctx: AppContext) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PlatePay")
    translators = install_translators(app, ctx.config.station.language)
    window = MainWindow(ctx.config)
    window.show()
    if ctx.args.duration is not None:
        def finish() -> None:
            if ctx.args.screenshot:
                window.grab().save(ctx.args.screenshot)
            app.quit()

        QTimer.singleShot(int(ctx.args.duration * 1000), finish)
    code = app.exec()
    del translators
    return code
