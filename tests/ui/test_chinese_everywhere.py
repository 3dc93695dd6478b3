"""Every window, page and dialog rendered in zh_CN with real data in it: no English words shown."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from console.lanes import events as ev
from console.lanes.engine import OperatorRef
from console.lanes.states import State
from console.store.models import Role
from tests.ui.conftest import log_in
from tests.ui.english import english_in, english_on_screen
from tests.ui.test_views import fill_once, show_tab

#: One of every condition the engine and the runtime raise, with the core's English beside it.
CONDITIONS = [
    ev.ErrorEvent(lane=1, code=code, message=f"core text for {code}", params=params)
    for code, params in [
        ("camera", {"camera": "rtsp://cam1", "error": "connection refused"}),
        ("other_plate", {"plate": "京B11111", "vehicle": "京A12345"}),
        ("settle_retry", {}), ("settling", {}), ("release_retry", {}), ("release_wait", {"pump": "0x50"}),
        ("action_failed", {"action": "settle", "error": "boom"}), ("authorise_failed", {}), ("stop_failed", {"pump": "0x50"}),
        ("reserve_failed", {}), ("recovery", {"filling": "x"}), ("pump_alarm", {"alarm": 3}), ("relay", {}),
        ("lane_error", {}), ("pump_refuses_data", {"pump": "0x50"}), ("pump_decimals", {}), ("estop_not_saved", {}),
        ("pump_offline", {}), ("price_not_restored", {"pump": "0x50"}), ("sync_rejected", {"entity": "vehicles", "reason": "duplicate plate", "row": "1"}),
    ]
] + [
    ev.PumpStatusChanged(lane=2, pump_address=0x51, online=False, status=None),
    ev.ChargeFailed(lane=1, filling_id="0f1e2d3c-aaaa", error="HTTP 503"),
    ev.NeedsSettlement(lane=3, filling_id="0f1e2d3c-bbbb", plate="京A12345", preset_fen=50000),
]


def busy_station(make_console, qtbot):
    """A morning's work: a settled filling, a stopped one, a red and an amber car, every alert."""
    console = make_console(cameras=True)
    fill_once(console, 1, "京A12345")
    console.engine.submit_plate(2, "粤BD12345", 0.99)
    console.wait_state(2, State.AUTHORISED)
    console.engine.cashier_stop(2, OperatorRef("cashier", Role.CASHIER), "顾客要求", console.engine.lanes[2].view)
    console.events.wait("cancelled", lane=2)
    console.engine.submit_plate(3, "浙A88888", 0.99)
    console.engine.submit_plate(4, "沪B67890", 0.99)
    console.wait_state(3, State.AMBER)
    console.wait_state(4, State.RED)
    for event in CONDITIONS:
        console.engine.publish(event)
    qtbot.waitUntil(lambda: console.window.alerts.rowCount() >= len(CONDITIONS) - 2)
    return console


def test_every_page_of_the_window_speaks_chinese(make_console, qtbot):
    console = busy_station(make_console, qtbot)
    window = console.window
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    log_in(qtbot, console, "manager", "manager1")
    found = {}
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        if hasattr(page, "loaded"):
            show_tab(qtbot, console, page)
        else:
            window.tabs.setCurrentIndex(index)
        qtbot.wait(300)
        console.shot(f"zh_everywhere_{index}", window)
        found[window.tabs.tabText(index)] = english_in(window)
    assert {page: lines for page, lines in found.items() if lines} == {}


def test_every_dialog_speaks_chinese(make_console, qtbot):
    console = busy_station(make_console, qtbot)
    window = console.window
    found: list[str] = []

    def look(name: str) -> None:
        qtbot.wait(200)
        found.extend(f"{name}: {line}" for line in english_on_screen() if "MainWindow" not in line)

    qtbot.mouseClick(window.lanes.tiles[3].buttons["authorise"], Qt.MouseButton.LeftButton)
    look("login")
    log_in(qtbot, console, "manager", "manager1")
    look("authorise")
    window.actions.dialog.reject()
    for action in ("deny", "correct"):
        qtbot.mouseClick(window.lanes.tiles[3].buttons[action], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.actions.dialog is not None)
        look(action)
        window.actions.dialog.reject()
    qtbot.mouseClick(window.estop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.actions.dialog is not None)
    look("emergency stop")
    window.actions.dialog.reject()
    # Qt's own file dialog, as the export opens it where the desktop has no native one.
    dialog = QFileDialog(window, "", "", "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    look("file dialog")
    console.shot("zh_file_dialog", dialog)
    dialog.reject()
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isVisible():
            top.close()
    assert found == []
