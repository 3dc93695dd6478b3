"""Each view of a busy station at 1280×800, in Chinese and in English.

With PLATEPAY_SHOTS=docs/screenshots the pictures land where the documentation
shows them (see docs/screenshots/README.md); the test itself checks that every
view shows its rows and, in Chinese, no English.
"""

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import log_in
from tests.ui.english import english_in
from tests.ui.test_chinese_everywhere import busy_station
from tests.ui.test_views import show_tab


def pages(window) -> dict[str, object]:
    return {
        "transactions": window.transactions, "accounts": window.accounts, "products": window.products,
        "settings": window.settings, "audit": window.audit,
    }


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_view_of_a_busy_station(make_console, qtbot, language):
    console = busy_station(make_console, qtbot) if language == "zh_CN" else None
    if console is None:
        console = busy_station(make_console, qtbot)
        console.window.findChild(type(console.window.menuBar().actions()[0]), "lang-en").trigger()
        qtbot.waitUntil(lambda: console.window.language == "en")
    window = console.window
    window.resize(1280, 800)
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    log_in(qtbot, console, "manager", "manager1")
    qtbot.wait(1200)  # a second of the amber car's wait on its tile
    console.shot(f"lanes_{language}", window)
    if language == "zh_CN":
        assert english_in(window) == []
    for name, page in pages(window).items():
        if hasattr(page, "loaded"):
            show_tab(qtbot, console, page)
        else:
            window.tabs.setCurrentWidget(page)
        qtbot.wait(200)
        if hasattr(page, "model"):
            assert page.model.rowCount() > 0, name
        console.shot(f"{name}_{language}", window)
        if language == "zh_CN":
            assert english_in(window) == [], name
    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(window.lanes.tiles[3].buttons["correct"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.actions.dialog is not None)
    console.shot(f"correct_plate_{language}", window.actions.dialog)
    window.actions.dialog.reject()
