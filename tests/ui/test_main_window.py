"""The lanes overview shows every lane's state, money and pump at a glance."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from console.lanes.states import State
from drivers.plates.syntax import PlateKind
from drivers.plates.types import PlateRead


def test_window_has_one_tile_per_lane_and_speaks_chinese(make_console):
    console = make_console(lanes=4)
    window = console.window
    assert sorted(window.lanes.tiles) == [1, 2, 3, 4]
    console.qtbot.waitUntil(lambda: window.lanes.tiles[1].view_state.pump_online)
    assert window.lanes.tiles[1].state.text() == "等待车辆"
    assert window.tabs.tabText(0) == "车道"


def test_a_registered_plate_shows_account_balance_and_phone(make_console):
    console = make_console(lanes=4)
    console.engine.submit_plate(1, "京A12345", 0.97)
    console.wait_state(1, State.AUTHORISED)
    tile = console.window.lanes.tiles[1]
    assert "京A12345" in tile.plate.text() and "97%" in tile.plate.text()
    assert tile.account.text() == "顺达物流"
    assert "5000.00" in tile.balance.text() or "4200.00" in tile.balance.text()
    assert "139****000" in tile.phone.text() and "+86" not in tile.phone.text()  # masked on the forecourt screen
    console.world.sim.lift(0x50)
    console.qtbot.waitUntil(lambda: tile.view_state.state is State.FILLING and "升" in tile.progress.text(), timeout=15000)
    assert tile.progress.text().startswith("1号枪 92#")  # the nozzle lifted and its grade
    assert tile.phone.toolTip() == ""  # nobody logged in: no full number, even on hover
    console.wait_state(1, State.IDLE, timeout=60000)
    console.qtbot.waitUntil(lambda: tile.last_filling is not None)
    console.engine.submit_plate(2, "沪B67890", 0.99)
    console.engine.submit_plate(3, "浙A88888", 0.99)
    console.wait_state(2, State.RED)
    console.wait_state(3, State.AMBER)
    console.qtbot.waitUntil(lambda: all(t.video.frame is not None for t in console.window.lanes.tiles.values()))
    # What the recognition thread reports: the tile draws the box and the text (the vote's confidence is the tile's).
    read = PlateRead("浙A88888", 0.62, (535, 405, 220, 70), PlateKind.STANDARD, "test", 1.0)
    frame = console.window.lanes.tiles[3].video.frame
    console.console.bridge._on_reads(3, frame.seq, [read])
    console.qtbot.waitUntil(lambda: console.window.lanes.tiles[3].video.frame.reads_drawn == 1)
    console.shot("main_window_zh")


def test_sixteen_lanes_fit_one_screen(make_console):
    console = make_console(lanes=16)
    window = console.window
    assert len(window.lanes.tiles) == 16
    assert window.lanes.frame_timer.interval() >= 40  # fewer repaints per lane when the grid is full
    console.engine.submit_plate(5, "沪B67890", 0.99)
    console.engine.submit_plate(6, "浙A88888", 0.99)
    console.engine.submit_plate(7, "京A12345", 0.99)
    console.wait_state(5, State.RED)
    console.wait_state(6, State.AMBER)
    console.wait_state(7, State.AUTHORISED)
    console.qtbot.waitUntil(lambda: all(t.video.frame is not None for t in window.lanes.tiles.values()), timeout=10000)
    for tile in window.lanes.tiles.values():
        assert tile.video.height() >= 90 and tile.buttons["stop"].height() > 0
    console.shot("main_window_16")


def visible_in_viewport(page, widget) -> bool:
    viewport = page.scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(top_left) and viewport.rect().contains(top_left + widget.rect().bottomRight())


def laid_out(console, width: int, height: int):
    window = console.window
    window.resize(width, height)
    console.qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    console.qtbot.wait(200)  # the layout settles and the tiles get their frames at the new size
    return window


@pytest.mark.parametrize("lanes, width, height", [(4, 1024, 768), (16, 1920, 1080)])
def test_every_tile_shows_whole_without_scrolling_where_the_screen_holds_them(make_console, lanes, width, height):
    console = make_console(lanes=lanes)
    window = laid_out(console, width, height)
    page = window.lanes
    for tile in page.tiles.values():
        assert visible_in_viewport(page, tile), tile.objectName()
        # The picture ends above the plate line, and the buttons are there to press.
        assert tile.video.geometry().bottom() < tile.plate.mapTo(tile, tile.plate.rect().topLeft()).y()
        assert tile.buttons["stop"].isVisible() and tile.buttons["stop"].height() >= 20
    console.shot(f"main_window_{lanes}_lanes_{width}x{height}")


def test_sixteen_lanes_on_a_1366x768_screen_scroll_rather_than_squeeze(make_console, qtbot):
    console = make_console(lanes=16)
    window = laid_out(console, 1366, 768)
    assert window.minimumSizeHint().height() <= 768 and window.minimumSizeHint().width() <= 1366
    page = window.lanes
    from ui.tile import MINIMUM_SIZE
    for tile in page.tiles.values():
        assert tile.width() >= MINIMUM_SIZE[0] and tile.height() >= MINIMUM_SIZE[1]
    assert not visible_in_viewport(page, page.tiles[16])
    console.shot("main_window_16_lanes_1366x768")
    page.scroll.ensureWidgetVisible(page.tiles[16])
    qtbot.waitUntil(lambda: visible_in_viewport(page, page.tiles[16]))
    console.shot("main_window_16_lanes_1366x768_scrolled")


def test_run_demo_saves_a_screenshot_and_quits(tmp_path):
    shot = tmp_path / "demo.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLATEPAY_CONFIG": ""}
    done = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(tmp_path / "s.sqlite3"), "run", "--demo", "--duration", "6", "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=180, env=env,
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10000


def test_a_manager_sees_the_full_phone_number_on_hover_and_a_cashier_does_not(make_console, qtbot):
    from tests.ui.conftest import log_in

    console = make_console(lanes=2, cameras=False)
    console.engine.submit_plate(1, "京A12345", 0.97)
    console.wait_state(1, State.AUTHORISED)
    tile, window = console.window.lanes.tiles[1], console.window
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    log_in(qtbot, console, "cashier", "cashier1")
    assert tile.phone.toolTip() == "" and "****" in tile.phone.text()
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    log_in(qtbot, console, "manager", "manager1")
    assert tile.phone.toolTip() == tile.view_state.phone and "****" not in tile.phone.toolTip()
    assert "****" in tile.phone.text()  # the screen itself stays masked
