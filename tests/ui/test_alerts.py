"""The alert list: one line per condition, acknowledged by a click, gone when its cause ends."""

from PySide6.QtWidgets import QApplication

from console.lanes import events as ev
from console.lanes.states import State
from tests.ui.conftest import log_in
from tests.ui.test_actions import audit, click, give_reason, reason_dialog
from ui.app import Console


def kinds(window) -> list[str]:
    return [a.kind for a in window.alerts.alerts]


def test_an_emergency_stop_raises_one_alert_not_one_per_idle_pump_and_its_reset_clears_it(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    console.engine.submit_plate(1, "京A12345", 0.99)
    console.wait_state(1, State.AUTHORISED)
    click(qtbot, window.estop)
    click(qtbot, reason_dialog(qtbot, console).ok)
    console.wait_state(1, State.IDLE)
    qtbot.waitUntil(lambda: "emergency_stop" in kinds(window))
    qtbot.wait(1500)  # what the idle pumps answer to their stop has arrived by now
    assert kinds(window) == ["emergency_stop"]
    assert window.alerts.data(window.alerts.index(0)).endswith("紧急停机生效：站长解除前任何油机都不会放行")
    click(qtbot, window.estop_reset)
    log_in(qtbot, console, "manager", "manager1")
    give_reason(qtbot, console, "danger over")
    qtbot.waitUntil(lambda: "emergency_stop" not in kinds(window))


def test_a_repeated_condition_is_counted_on_its_line(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    for _ in range(3):
        console.engine.publish(ev.ErrorEvent(lane=2, message="relay 127.0.0.1:5020: no answer", code="relay"))
    qtbot.waitUntil(lambda: bool(window.alerts.alerts) and window.alerts.alerts[0].count == 3)
    assert kinds(window) == ["relay"]
    line = window.alerts.data(window.alerts.index(0))
    assert "2号车道" in line and "继电器" in line and "共 3 次" in line
    assert "127.0.0.1" not in line  # the technical words wait behind "details"
    window.alert_view.setCurrentIndex(window.alerts.index(0))
    click(qtbot, window.alert_panel.details_button)
    assert "127.0.0.1:5020" in window.alert_panel.detail.toPlainText()


def test_acknowledging_asks_who_and_is_audited(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    console.engine.publish(ev.ChargeFailed(lane=1, filling_id="0f1e2d3c-aaaa", error="HTTP 503"))
    qtbot.waitUntil(lambda: kinds(window) == ["charge_failed"])
    assert window.alert_panel.title.text() == "告警（1）"
    window.alert_view.setCurrentIndex(window.alerts.index(0))
    click(qtbot, window.alert_panel.acknowledge_button)
    log_in(qtbot, console)  # nobody was logged in: who saw it is asked first
    qtbot.waitUntil(lambda: not window.alerts.alerts)  # a failed charge has no cause that ends by itself
    qtbot.waitUntil(lambda: bool(audit(console, "alert.acknowledged")))
    entry = audit(console, "alert.acknowledged")[0]
    assert entry.operator == "cashier" and entry.details["kind"] == "charge_failed"
    assert window.alert_panel.title.text() == "告警（0）"


def test_an_acknowledged_offline_pump_stays_grey_until_it_answers_again(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    console.engine.publish(ev.PumpStatusChanged(lane=3, pump_address=0x52, online=False, status=None))
    qtbot.waitUntil(lambda: kinds(window) == ["pump_offline"])
    click(qtbot, window.login_button)
    log_in(qtbot, console)
    window.alert_panel.acknowledge(0)
    alert = window.alerts.alerts[0]
    assert alert.acknowledged_by == "cashier" and window.alerts.open_count == 0
    assert "已由 cashier 确认" in window.alerts.data(window.alerts.index(0))
    console.engine.publish(ev.PumpStatusChanged(lane=3, pump_address=0x52, online=True, status=None))
    qtbot.waitUntil(lambda: not window.alerts.alerts)


def test_a_car_waiting_on_the_cashier_rings_and_its_alert_ends_with_the_wait(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    rings = window.alert_panel.chime.rings
    console.engine.submit_plate(1, "浙A88888", 0.99)  # registered nowhere: amber
    console.wait_state(1, State.AMBER)
    qtbot.waitUntil(lambda: "amber_waiting" in kinds(window))
    assert window.alert_panel.chime.rings == rings + 1
    assert "浙A88888 等待收银员处理" in window.alerts.data(window.alerts.index(0))
    assert window.lanes.tiles[1].waiting.text().startswith("等待 0:0")
    console.engine.vehicle_left(1)
    console.wait_state(1, State.IDLE)
    qtbot.waitUntil(lambda: "amber_waiting" not in kinds(window))
    assert window.lanes.tiles[1].waiting.text() == ""


def test_switching_language_keeps_the_alerts_and_rewords_them(make_console, qtbot):
    console = make_console(cameras=False)
    console.engine.publish(ev.ErrorEvent(lane=2, message="relay: no answer", code="relay"))
    qtbot.waitUntil(lambda: kinds(console.window) == ["relay"])
    console.window.findChild(type(console.window.menuBar().actions()[0]), "lang-en").trigger()
    qtbot.waitUntil(lambda: console.window.language == "en")
    assert kinds(console.window) == ["relay"]
    assert "Lane 2  The lane lights' relay module does not answer" in console.window.alerts.data(console.window.alerts.index(0))


def test_a_console_started_under_a_latched_stop_lists_it(make_console, qtbot):
    from console.domain.operators import Role
    from console.lanes.commands import OperatorRef

    console = make_console(cameras=False)
    console.engine.emergency_stop_all(OperatorRef("manager", Role.MANAGER), "drill")
    again = Console(QApplication.instance(), console.world.config, console.world.store, console.engine)
    try:
        assert again.alerts.has(None, "emergency_stop")
    finally:
        from ui.i18n import remove_translators
        remove_translators(QApplication.instance(), again.translators)  # or the next test would speak Chinese
