"""Gate tiles in the window: the stay and its fee, the booth's open-by-hand, in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.config import Config, Lane
from console.demo import seed
from console.gates.states import GateState
from console.lanes.engine import LaneEngine
from console.store.migrate import open_and_upgrade
from tests.ui.english import english_in
from ui.app import Console
from ui.fonts import load_fonts
from ui.i18n import remove_translators
from ui.operator import LoginDialog, ReasonDialog


@pytest.fixture
def gate_console(tmp_path, qtbot):
    store, _ = open_and_upgrade(tmp_path / "station.sqlite3")
    with store.write() as session:
        seed(session, station_id="demo")
    config = Config(lanes=(Lane(id=1, kind="gate", gate="entry"), Lane(id=2, kind="gate", gate="exit")))
    engine = LaneEngine(config, store, {})
    engine.start()
    app = QApplication.instance()
    load_fonts(app)
    console = Console(app, config, store, engine, config_path=tmp_path / "platepay.toml")
    window = console.build_window()
    yield console, window, engine
    console.session.log_out()
    console.shutdown()
    window.close()
    remove_translators(app, console.translators)
    engine.shutdown()
    store.close()


def test_a_gate_tile_shows_the_wait_and_the_booth_opens_by_hand(gate_console, qtbot):
    console, window, engine = gate_console
    tile = window.lanes.tiles[1]
    engine.submit_plate(1, "浙A88888", 0.99)  # registered nowhere
    qtbot.waitUntil(lambda: tile.view_state.state is GateState.AMBER, timeout=10000)
    qtbot.waitUntil(lambda: tile.why.text() == "车牌未登记")
    assert tile.state.text() == "需岗亭处理" and "入口" in tile.title.text()
    qtbot.waitUntil(lambda: any(a.kind == "gate_amber" for a in window.alerts.alerts))
    assert english_in(window) == []
    window.grab().save("/tmp/platepay-ui-shots/gate_amber_zh_CN.png")
    qtbot.mouseClick(tile.buttons["gate_open"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.actions.dialog, LoginDialog))
    login = window.actions.dialog
    qtbot.keyClicks(login.username, "cashier")
    qtbot.keyClicks(login.password, "cashier1")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.actions.dialog, ReasonDialog), timeout=10000)
    dialog = window.actions.dialog
    qtbot.keyClicks(dialog.reason.lineEdit(), "visitor")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tile.view_state.state is GateState.OPEN, timeout=10000)
    qtbot.waitUntil(lambda: not any(a.kind == "gate_amber" for a in window.alerts.alerts))
    qtbot.waitUntil(lambda: tile.stay.text().startswith("入场 "))


def test_the_car_park_page_lists_the_stays_with_their_fees(gate_console, qtbot):
    console, window, engine = gate_console
    engine.submit_plate(1, "京A12345", 0.97)  # registered: in at once
    qtbot.waitUntil(lambda: window.lanes.tiles[1].view_state.state is GateState.OPEN, timeout=10000)
    engine.submit_plate(2, "京A12345", 0.97)  # and out (free: within the first minutes)
    qtbot.waitUntil(lambda: window.lanes.tiles[2].view_state.state is GateState.OPEN, timeout=10000)
    page = window.parking
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.tabs.setCurrentWidget(page)
    assert [page.model.index(0, c).data() for c in (0, 1, 4, 6)] == ["停车", "京A12345", "已离场", "免费"]
    assert page.totals.text() == "共 1 次停车 · 场内 0 辆 · 已收 ¥0.00"
    assert english_in(window) == []
