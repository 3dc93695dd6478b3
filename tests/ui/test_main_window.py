"""The main window shows every configured lane, in Chinese by default."""

import subprocess
import sys

from PySide6.QtWidgets import QApplication

from console.config import Config
from ui.i18n import install_translators
from ui.main_window import MainWindow


def test_window_has_one_tile_per_lane_and_speaks_chinese(qtbot, tmp_path):
    app = QApplication.instance()
    translators = install_translators(app, "zh_CN")
    try:
        window = MainWindow(Config())
        qtbot.addWidget(window)
        window.show()
        assert sorted(window.tiles) == [1, 2, 3, 4]
        assert window.tiles[1].state.text() == "等待车辆"
        assert "演示" in window.statusBar().currentMessage()
        window.grab().save(str(tmp_path / "main.png"))
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_english_is_selectable(qtbot):
    window = MainWindow(Config())
    qtbot.addWidget(window)
    assert window.tiles[1].state.text() == "Waiting for a vehicle"


def test_run_demo_saves_a_screenshot_and_quits(tmp_path):
    shot = tmp_path / "demo.png"
    done = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(tmp_path / "s.sqlite3"), "run", "--demo", "--duration", "1", "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "PLATEPAY_CONFIG": ""},
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 1000
