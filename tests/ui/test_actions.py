"""The cashier's overrides, clicked through the window, on a real engine, audited."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from console.lanes.states import State
from console.store.models import AuditEntry
from tests.ui.conftest import log_in
from ui.operator import ReasonDialog


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def reason_dialog(qtbot, console) -> ReasonDialog:
    controller = console.window.actions
    qtbot.waitUntil(lambda: isinstance(controller.dialog, ReasonDialog))
    return controller.dialog


def give_reason(qtbot, console, reason: str = "checked by eye", plate: str | None = None) -> None:
    dialog = reason_dialog(qtbot, console)
    if plate is not None:
        dialog.plate.setText(plate)  # QTest cannot type Chinese; an input method would put it there
    assert not dialog.ok.isEnabled() or dialog.reason_text()  # no reason, no override
    dialog.reason.setEditText("")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason.lineEdit(), reason)
    click(qtbot, dialog.ok)


def audit(console, action: str) -> list[AuditEntry]:
    with console.world.store.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_an_amber_lane_is_authorised_by_a_logged_in_cashier_with_a_reason(make_console, qtbot):
    console = make_console()
    console.engine.submit_plate(1, "浙A88888", 0.99)  # registered nowhere: amber
    console.wait_state(1, State.AMBER)
    tile = console.window.lanes.tiles[1]
    click(qtbot, tile.buttons["authorise"])
    log_in(qtbot, console)  # nobody was logged in: the login comes first, then the reason
    give_reason(qtbot, console, "customer pays at the counter")
    console.wait_state(1, State.AUTHORISED)
    qtbot.waitUntil(lambda: bool(audit(console, "lane.authorise")))
    entry = audit(console, "lane.authorise")[0]
    assert entry.operator == "cashier" and entry.reason == "customer pays at the counter"
    assert console.window.operator_label.text() == "操作员：收银员"  # not "收银员（收银员）"


def test_a_cashier_cannot_override_a_red_lane_but_a_manager_can(make_console, qtbot):
    console = make_console()
    console.engine.submit_plate(2, "沪B67890", 0.99)  # 30 yuan, below the minimum: red
    console.wait_state(2, State.RED)
    tile = console.window.lanes.tiles[2]
    click(qtbot, tile.buttons["authorise"])
    log_in(qtbot, console, "cashier", "cashier1")
    dialog = reason_dialog(qtbot, console)
    give_reason(qtbot, console, "regular customer")
    # The refusal is read where the override was asked, and the dialog stays for another try.
    qtbot.waitUntil(dialog.refusal.isVisible)
    assert "站长" in dialog.refusal.text() and "站长" in console.window.actions.last_error
    console.shot("refused_override", dialog)
    dialog.reject()
    assert tile.view_state.state is State.RED
    click(qtbot, console.window.login_button)  # log out
    assert console.window.session.operator is None
    click(qtbot, tile.buttons["authorise"])
    log_in(qtbot, console, "manager", "manager1")
    give_reason(qtbot, console, "manager approved")
    console.wait_state(2, State.AUTHORISED)
    refused, accepted = sorted(audit(console, "lane.authorise"), key=lambda e: e.at)
    assert (refused.operator, refused.details["accepted"], refused.details["refusal"]) == ("cashier", False, "needs_manager")
    assert (accepted.operator, accepted.details["accepted"]) == ("manager", True)


def test_a_wrong_password_keeps_the_dialog_open(make_console, qtbot):
    console = make_console(cameras=False)
    click(qtbot, console.window.login_button)
    from ui.operator import LoginDialog
    qtbot.waitUntil(lambda: isinstance(console.window.actions.dialog, LoginDialog))
    dialog = console.window.actions.dialog
    qtbot.keyClicks(dialog.username, "cashier")
    qtbot.keyClicks(dialog.password, "nope")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.error.text() == "用户名或密码错误")
    assert dialog.isVisible() and console.window.session.operator is None


def test_deny_turns_an_amber_lane_red(make_console, qtbot):
    console = make_console(cameras=False)
    console.engine.submit_plate(3, "浙A88888", 0.99)
    console.wait_state(3, State.AMBER)
    click(qtbot, console.window.lanes.tiles[3].buttons["deny"])
    log_in(qtbot, console)
    give_reason(qtbot, console, "customer cannot pay")
    console.wait_state(3, State.RED)
    qtbot.waitUntil(lambda: bool(audit(console, "lane.deny")))


def test_a_corrected_plate_is_decided_again(make_console, qtbot):
    console = make_console(cameras=False)
    console.engine.submit_plate(1, "京A1Z345", 0.99)  # a misread: not registered
    console.wait_state(1, State.AMBER)
    click(qtbot, console.window.lanes.tiles[1].buttons["correct"])
    log_in(qtbot, console)
    give_reason(qtbot, console, "camera misread", plate="京A12345")
    console.wait_state(1, State.AUTHORISED)
    assert console.window.lanes.tiles[1].account.text() == "顺达物流"
    entry = audit(console, "lane.correct_plate")[0]
    assert (entry.details["from"], entry.details["to"], entry.details["accepted"]) == ("京A1Z345", "京A12345", True)


def test_correct_plate_refuses_what_is_not_a_plate_and_puts_the_province_by_key(make_console, qtbot):
    console = make_console(cameras=False)
    console.engine.submit_plate(1, "京A1Z345", 0.99)
    console.wait_state(1, State.AMBER)
    click(qtbot, console.window.lanes.tiles[1].buttons["correct"])
    log_in(qtbot, console)
    dialog = reason_dialog(qtbot, console)
    entry = dialog.plate_entry
    qtbot.keyClicks(dialog.reason.lineEdit(), "camera misread")
    entry.field.setText("")
    qtbot.keyClicks(entry.field, "E5678Q")  # no province: the lane would refuse it
    assert not dialog.ok.isEnabled()
    assert "省份" in entry.verdict.text()
    click(qtbot, entry.keypad["苏"])  # no input method needed for the province
    assert entry.text() == "苏E5678Q" and dialog.ok.isEnabled()
    assert entry.verdict.text() == "✓ 普通号牌"
    click(qtbot, entry.keypad["浙"])  # a second key replaces the province, it does not add one
    assert entry.text() == "浙E5678Q"
    entry.field.setText("粤BD12345")
    assert "新能源" in entry.verdict.text()
    console.shot("correct_plate_dialog", dialog)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: console.window.lanes.tiles[1].view_state.plate == "粤BD12345", timeout=10000)


def test_stop_pump_gives_up_an_authorised_lane(make_console, qtbot):
    console = make_console(cameras=False)
    console.engine.submit_plate(1, "京A12345", 0.99)
    console.wait_state(1, State.AUTHORISED)
    click(qtbot, console.window.lanes.tiles[1].buttons["stop"])
    # The pump stops first, with nobody logged in and no reason typed yet…
    console.wait_state(1, State.IDLE)
    console.events.wait("cancelled", lane=1)
    qtbot.waitUntil(lambda: bool(audit(console, "lane.stop")))
    # …then the reason is asked for without blocking the window (the emergency stop stays at hand), and kept.
    assert not reason_dialog(qtbot, console).isModal()
    give_reason(qtbot, console, "wrong vehicle")
    qtbot.waitUntil(lambda: bool(audit(console, "lane.stop.reason")))
    (why,) = audit(console, "lane.stop.reason")
    assert why.reason == "wrong vehicle" and why.details["command"]


def test_emergency_stop_stops_every_lane_in_two_clicks(make_console, qtbot):
    console = make_console(cameras=False)
    console.engine.submit_plate(1, "京A12345", 0.99)
    console.engine.submit_plate(2, "粤BD12345", 0.99)
    console.wait_state(1, State.AUTHORISED)
    console.wait_state(2, State.AUTHORISED)
    click(qtbot, console.window.estop)
    dialog = reason_dialog(qtbot, console)
    assert dialog.ok.isEnabled()  # a reason is already filled in: no typing in an emergency
    console.shot("emergency_stop_dialog", dialog)
    click(qtbot, dialog.ok)
    console.wait_state(1, State.IDLE)
    console.wait_state(2, State.IDLE)
    qtbot.waitUntil(lambda: bool(audit(console, "emergency_stop")))
    # The stop holds: the window says so, and only a manager lifts it.
    reset = console.window.estop_reset
    qtbot.waitUntil(console.window.estop_reset_action.isVisible)
    console.shot("emergency_stop_latched")
    click(qtbot, reset)
    log_in(qtbot, console)  # a cashier
    give_reason(qtbot, console, "danger over")
    qtbot.waitUntil(lambda: "站长" in console.window.actions.last_error, timeout=15000)
    console.window.actions.dialog.accept()
    assert console.window.estop_reset_action.isVisible() and console.engine.estop_latched
    click(qtbot, console.window.login_button)  # the cashier logs out
    click(qtbot, reset)
    log_in(qtbot, console, "manager", "manager1")
    give_reason(qtbot, console, "fire brigade gone")
    qtbot.waitUntil(lambda: not console.window.estop_reset_action.isVisible())
    assert not console.engine.estop_latched


def test_f12_opens_the_emergency_stop_from_any_page(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    window.tabs.setCurrentWidget(window.transactions)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    window.transactions.search.setFocus()
    qtbot.keyClick(window.transactions.search, Qt.Key.Key_F12)
    dialog = reason_dialog(qtbot, console)
    assert dialog.objectName() == "estop-dialog"
    dialog.reject()


def test_an_operator_who_walks_away_is_logged_out(make_console, qtbot):
    console = make_console(cameras=False)
    session = console.console.session
    session.idle_ms = 400  # the station's setting is minutes; the rule is the same
    click(qtbot, console.window.login_button)
    log_in(qtbot, console)
    assert session.operator is not None
    tabs = console.window.tabs
    for i in (1, 2, 0):  # activity keeps the operator in
        qtbot.wait(200)
        tabs.setCurrentIndex(i)
    assert session.operator is not None
    qtbot.waitUntil(lambda: session.operator is None, timeout=3000)
    assert console.window.operator_label.text() == "未登录"
    assert "分钟无操作" in console.window.statusBar().currentMessage()


def test_logins_failed_logins_and_logouts_are_audited(make_console, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.operator import LoginDialog

    console = make_console(cameras=False)
    click(qtbot, console.window.login_button)
    controller = console.window.actions
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog))
    dialog = controller.dialog
    qtbot.keyClicks(dialog.username, "cashier")
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(audit(console, "operator.login_failed")))
    dialog.reject()
    click(qtbot, console.window.login_button)
    log_in(qtbot, console)
    click(qtbot, console.window.login_button)  # log out
    qtbot.waitUntil(lambda: bool(audit(console, "operator.logout")))
    (failed,) = audit(console, "operator.login_failed")
    assert failed.operator == "cashier" and "wrong" not in str(failed.details) + str(failed.reason)
    assert [e.operator for e in audit(console, "operator.login")] == ["cashier"]
