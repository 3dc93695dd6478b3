"""The Products tab: every pump's grades and prices for all to see, a price change for a manager."""

from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import select

from console.lanes.states import State
from console.store.models import AuditEntry
from tests.ui.conftest import SHOTS, log_in


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_products(qtbot, console):
    page = console.window.products
    with qtbot.waitSignal(page.loaded, timeout=15000):
        console.window.tabs.setCurrentWidget(page)
    return page


def log_in_as(qtbot, console, username: str, password: str) -> None:
    if console.window.session.operator is not None:
        console.window.session.log_out()
    click(qtbot, console.window.login_button)
    log_in(qtbot, console, username, password)


def shown(page, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def price_audits(console) -> list[AuditEntry]:
    with console.world.store.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "price.change")))


def test_a_cashier_sees_the_prices_and_a_manager_changes_one_after_confirming(make_console, qtbot):
    console = make_console(lanes=2, cameras=False)
    page = open_products(qtbot, console)
    assert [shown(page, r, 3) for r in range(3)] == ["92#", "95#", "0#"]
    assert [shown(page, r, 4) for r in range(6)] == ["7.89", "8.45", "7.12"] * 2
    assert shown(page, 0, 5) == "在油机上设置"  # the demo configures no prices: they are set at the pump
    assert not page.change.isEnabled()

    log_in_as(qtbot, console, "cashier", "cashier1")
    assert not page.change.isEnabled() and "只有站长可以改价" in page.hint.text()

    log_in_as(qtbot, console, "manager", "manager1")
    assert page.change.isEnabled()
    page.table.selectRow(1)  # 95#
    click(qtbot, page.change)
    dialog = page.dialog
    assert dialog.grade.currentData() == 2 and dialog.current.text() == "8.45"
    qtbot.keyClicks(dialog.price, "8.6.0")
    dialog.reason.setText("总部调价通知")  # QTest cannot type Chinese; an input method would put it there
    click(qtbot, dialog.ok)
    assert "7.89" in dialog.error.text() and not dialog.confirming  # refused, saying how to type it
    dialog.price.setText("8.60")
    click(qtbot, dialog.ok)
    assert dialog.confirmation.text() == "确认将所有油机的 95# 单价从 ¥8.45 改为 ¥8.60 每升？"
    assert console.world.engine.bus("bus1").read_prices(0x50)[1] == Decimal("8.45")  # nothing sent before the confirmation
    console.shot("products_dialog_zh_CN", dialog)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: shown(page, 1, 4) == "8.60" and shown(page, 4, 4) == "8.60", timeout=15000)
    assert page.message.text().startswith("所有油机的 95# 现为每升 ¥8.60（原为 ¥8.45）")
    [entry] = price_audits(console)
    assert entry.operator == "manager" and entry.details["new"] == "8.60"
    console.shot("products_zh_CN", console.window)


def test_a_busy_pump_refuses_the_change_in_words(make_console, qtbot):
    console = make_console(lanes=2, cameras=False)
    page = open_products(qtbot, console)
    log_in_as(qtbot, console, "manager", "manager1")
    with console.world.sim.pump(0x51) as sim_pump:
        sim_pump.flow_lps = Decimal("0.2")  # a filling that lasts while the manager tries
    console.engine.submit_plate(2, "京A12345", 0.99)
    console.wait_state(2, State.AUTHORISED)
    console.world.sim.lift(0x51)
    console.wait_state(2, State.FILLING)

    click(qtbot, page.change)
    dialog = page.dialog
    qtbot.keyClicks(dialog.price, "7.99")
    dialog.reason.setText("调价")
    click(qtbot, dialog.ok)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: "正在加油" in dialog.error.text(), timeout=15000)
    assert dialog.error.text() == "2号车道正在加油：请在加油结束后再改价。未做任何修改。"
    assert dialog.isVisible() and not dialog.confirming  # the manager may try again later
    assert console.world.engine.bus("bus1").read_prices(0x50)[0] == Decimal("7.89")


def test_the_products_page_in_english(make_console, qtbot):
    console = make_console(lanes=4, language="en", cameras=False)
    page = open_products(qtbot, console)
    assert page.model.headers()[4] == "Price at the pump (¥/L)"
    assert len(page.model.rows) == 12
    log_in_as(qtbot, console, "manager", "manager1")
    page.table.selectRow(2)
    click(qtbot, page.change)
    dialog = page.dialog
    qtbot.keyClicks(dialog.price, "7.30")
    qtbot.keyClicks(dialog.reason, "price notice")
    click(qtbot, dialog.ok)
    assert dialog.confirmation.text() == "Change 0# from ¥7.12 to ¥7.30 per litre at every pump?"
    console.shot("products_dialog_en", dialog)
    dialog.reject()
    console.shot("products_en", console.window)
    assert SHOTS.exists()
