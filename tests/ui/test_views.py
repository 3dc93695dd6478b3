"""Transactions, accounts, settings and the audit log, used as a cashier or manager would."""

import csv
import tomllib
from decimal import Decimal

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QRadioButton
from sqlalchemy import select

from console.domain import ledger
from console.lanes.states import State
from console.store.models import FillingStatus, PaymentMethod, PhoneBinding, Vehicle
from drivers.pumps.dart import DartSimulator
from tests.ui.conftest import log_in


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def audit_of(console, action: str):
    from console.store.models import AuditEntry

    with console.world.store.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def show_tab(qtbot, console, page) -> None:
    window = console.window
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.tabs.setCurrentWidget(page)


def fill_once(console, lane: int, plate: str) -> None:
    console.engine.submit_plate(lane, plate, 0.99)
    console.wait_state(lane, State.AUTHORISED)
    console.world.sim.lift(0x4F + lane)
    console.events.wait("settled", lane=lane, timeout=60)
    console.wait_state(lane, State.IDLE)


def test_transactions_filter_search_and_export_csv(make_console, qtbot, tmp_path):
    console = make_console(cameras=False)
    fill_once(console, 1, "京A12345")
    console.engine.submit_plate(2, "粤BD12345", 0.99)
    console.wait_state(2, State.AUTHORISED)
    console.engine.cashier_stop(2, __import__("console.lanes.engine", fromlist=["OperatorRef"]).OperatorRef("cashier", __import__("console.store.models", fromlist=["Role"]).Role.CASHIER), "test")
    console.events.wait("cancelled", lane=2)
    page = console.window.transactions
    show_tab(qtbot, console, page)
    assert {row.plate for row in page.model.rows} == {"京A12345", "粤BD12345"}
    settled = page.model.rows[[r.plate for r in page.model.rows].index("京A12345")]
    assert settled.status is FillingStatus.SETTLED and settled.account == "顺达物流" and settled.litres > Decimal(0)

    page.status.setCurrentIndex(page.status.findData(FillingStatus.CANCELLED))
    qtbot.waitUntil(lambda: [row.plate for row in page.model.rows] == ["粤BD12345"])
    page.status.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "8000000000000018")  # 顺达物流's card number, searched after a pause in typing
    qtbot.waitUntil(lambda: [row.plate for row in page.model.rows] == ["京A12345"])

    page.export_path = tmp_path / "fillings.csv"
    with qtbot.waitSignal(page.exported, timeout=10000):
        click(qtbot, page.export)
    with open(page.export_path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    # Column names and codes stable in every language; identifiers kept as text for spreadsheets.
    assert rows[0]["plate"] == '="京A12345"' and rows[0]["amount_yuan"] == "800.00" and rows[0]["status"] == "settled"
    console.shot("transactions", console.window)


def test_top_up_bind_plate_and_a_phone_whose_slot_may_not_overlap(make_console, qtbot):
    console = make_console(cameras=False)
    page = console.window.accounts
    show_tab(qtbot, console, page)
    page.select_plate("沪B67890")
    click(qtbot, page.buttons["top_up"])
    log_in(qtbot, console)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    qtbot.keyClicks(dialog.amount, "12.3.4")
    click(qtbot, dialog.ok)
    assert "500.50" in dialog.error.text() or "500" in dialog.error.text()  # refused, said how
    dialog.amount.setText("500.00")
    dialog.findChild(QRadioButton, "method-cash").click()
    click(qtbot, dialog.ok)  # to the confirmation
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.review)
    click(qtbot, dialog.ok)  # confirmed
    # Lanes settling elsewhere reload this page too: wait for the rows, not for one particular load.
    qtbot.waitUntil(lambda: any(r.plate == "沪B67890" and r.balance_fen == 53_000 for r in page.model.rows), timeout=10000)
    console.engine.submit_plate(2, "沪B67890", 0.99)  # now above the minimum: green
    console.wait_state(2, State.AUTHORISED)

    page.select_plate("沪B67890")
    click(qtbot, page.buttons["bind_plate"])
    dialog = page.dialog
    dialog.plate.setText("沪B6789D")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: any(r.plate == "沪B6789D" and r.account == "张伟" for r in page.model.rows), timeout=10000)

    page.select_plate("京A12345")  # three drivers already cover the whole day
    click(qtbot, page.buttons["bind_phone"])
    dialog = page.dialog
    assert dialog.coverage.uncovered_minutes() == 0
    dialog.phone.setText("+8613911112222")
    dialog.start.setTime(QTime(7, 0))
    dialog.end.setTime(QTime(9, 0))
    assert not dialog.ok.isEnabled() and "王师傅" in dialog.error.text()
    console.shot("phone_slot_overlap", dialog)
    dialog.reject()

    page.select_plate("沪B67890")  # no phones yet
    click(qtbot, page.buttons["bind_phone"])
    dialog = page.dialog
    dialog.phone.setText("+8613911112222")
    dialog.driver.setText("周师傅")
    dialog.start.setTime(QTime(22, 0))
    dialog.end.setTime(QTime(6, 0))  # past midnight
    assert dialog.ok.isEnabled()
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: any(r.plate == "沪B67890" and r.phones for r in page.model.rows), timeout=10000)
    with console.world.store.read() as session:
        vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == "沪B67890"))
        binding = session.scalar(select(PhoneBinding).where(PhoneBinding.vehicle_id == vehicle.id))
        assert (binding.slot_start, binding.slot_end, binding.driver) == (22 * 60, 6 * 60, "周师傅")
        assert ledger.funds(session, vehicle.card_id).balance_fen == 53_000
    console.shot("accounts", console.window)


def test_settings_refuse_a_bad_value_and_write_a_good_one(make_console, qtbot):
    console = make_console(cameras=False)
    page = console.window.settings
    console.window.tabs.setCurrentWidget(page)
    click(qtbot, console.window.login_button)
    log_in(qtbot, console, "manager", "manager1")
    page.fields[("rules", "minimum_balance")].setText("fifty")
    assert not page.save()
    # The cashier's language says which field; the schema's words wait behind "details".
    assert page.message.text() == "未保存：“最低余额（元）”的值无法使用。"
    assert "minimum_balance" in page.detail.text() and "fifty" in page.detail.text()
    assert not page.detail.isVisible()
    click(qtbot, page.details_button)
    assert page.detail.isVisible()
    assert not page.path.exists()
    console.shot("settings_refused", console.window)
    page.fields[("rules", "minimum_balance")].setText("80.00")
    page.fields[("recognition", "threads")].setText("0")
    assert not page.save()
    assert "threads" in page.detail.text() and "1 to 8" in page.detail.text()
    page.fields[("recognition", "threads")].setText("2")
    page.fields[("webhook", "timeout_seconds")].setText("15")
    engine = page.fields[("recognition", "engine")]
    engine.setCurrentIndex(engine.findData("ppocr"))
    click(qtbot, page.save_button)
    saved = tomllib.loads(page.path.read_text(encoding="utf-8"))
    assert saved["rules"]["minimum_balance"] == "80.00" and saved["webhook"]["timeout_seconds"] == 15
    assert saved["recognition"] == {"engine": "ppocr", "workers": 0, "threads": 2}
    assert not list(page.path.parent.glob(".*.tmp"))  # the temp file was renamed, not left behind
    qtbot.waitUntil(lambda: bool(audit_of(console, "settings.changed")))
    entry = audit_of(console, "settings.changed")[0]
    assert entry.operator == "manager"
    assert entry.details["rules.minimum_balance"]["to"] == "80.00" and entry.details["recognition.engine"] == {"from": "auto", "to": "ppocr"}


def test_settings_are_saved_by_a_manager_only_and_a_secret_never_reaches_the_audit_log(make_console, qtbot):
    console = make_console(cameras=False)
    page = console.window.settings
    console.window.tabs.setCurrentWidget(page)
    page.fields[("station", "auto_logout_minutes")].setText("0")  # never log out: the change a till thief wants
    click(qtbot, page.save_button)
    assert "站长" in page.message.text() and not page.path.exists()
    log_in(qtbot, console, "cashier", "cashier1")  # nobody was logged in: the login is asked
    assert "站长" in page.message.text() and not page.path.exists()
    click(qtbot, console.window.login_button)  # the cashier logs out
    click(qtbot, console.window.login_button)
    log_in(qtbot, console, "manager", "manager1")
    page.fields[("webhook", "secret")].setText("s3cret-value-42")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: bool(audit_of(console, "settings.changed")))
    details = audit_of(console, "settings.changed")[0].details
    assert details["station.auto_logout_minutes"] == {"from": 15, "to": 0}
    assert "s3cret-value-42" not in str(details) and details["webhook.secret"]["to"] == "••••"


def test_settings_test_button_probes_the_pumps_on_a_bus(make_console, qtbot):
    console = make_console(cameras=False, lanes=2)
    page = console.window.settings
    console.window.tabs.setCurrentWidget(page)
    other = DartSimulator.on_pty(pumps=2)  # a bus the engine does not hold: probed on its own
    other.start()
    try:
        page.fields[("buses", 0, "port")].setText(other.port)
        click(qtbot, page.findChild(type(page.save_button), "test-bus-0"))
        qtbot.waitUntil(lambda: "0x51" in page.test_results[0].text(), timeout=15000)
        assert "0x50" in page.test_results[0].text() and "无应答" not in page.test_results[0].text()
    finally:
        other.shutdown()


def test_audit_log_lists_overrides(make_console, qtbot):
    from console.lanes.engine import OperatorRef
    from console.store.models import Role

    console = make_console(cameras=False)
    console.engine.submit_plate(1, "浙A88888", 0.99)
    console.wait_state(1, State.AMBER)
    console.engine.cashier_deny(1, OperatorRef("cashier", Role.CASHIER), "no money")
    console.wait_state(1, State.RED)
    page = console.window.audit
    qtbot.waitUntil(lambda: console.engine.wait_idle(0.01))
    show_tab(qtbot, console, page)
    assert [(r.operator, r.action, r.reason) for r in page.model.rows] == [("cashier", "lane.deny", "no money")]
    assert page.model.data(page.model.index(0, 2)) == "收银员拒绝加油"  # worded, not the code
    console.shot("audit", console.window)


def test_english_is_selectable_from_the_menu_and_kept_for_the_next_start(make_console, qtbot):
    console = make_console(cameras=False)
    path = console.console.config_path
    path.write_text('[station]\nname = "北站"\nlanguage = "zh_CN"\n', encoding="utf-8")
    assert console.window.tabs.tabText(0) == "车道"
    console.window.findChild(type(console.window.menuBar().actions()[0]), "lang-en").trigger()
    qtbot.waitUntil(lambda: console.console.window.tabs.tabText(0) == "Lanes")
    assert console.console.window.lanes.tiles[1].state.text() == "Waiting for a vehicle"
    language = console.console.window.settings.fields[("station", "language")]
    assert language.currentData() == "en"  # the settings say what the window speaks
    console.engine.submit_plate(2, "沪B67890", 0.99)
    console.engine.submit_plate(3, "浙A88888", 0.99)
    qtbot.waitUntil(lambda: console.console.window.lanes.tiles[3].state.text() == "Cashier needed", timeout=10000)
    console.shot("main_window_en", console.console.window)
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["station"] == {"name": "北站", "language": "en"}  # the rest of the file as it was
    console.console.window.findChild(type(console.window.menuBar().actions()[0]), "lang-zh_CN").trigger()
    qtbot.waitUntil(lambda: console.console.window.tabs.tabText(0) == "车道")
    assert tomllib.loads(path.read_text(encoding="utf-8"))["station"]["language"] == "zh_CN"


def test_the_demo_keeps_no_language_file(make_console, qtbot):
    console = make_console(cameras=False)
    path = console.console.config_path
    assert not path.exists()
    console.window.findChild(type(console.window.menuBar().actions()[0]), "lang-en").trigger()
    qtbot.waitUntil(lambda: console.console.window.tabs.tabText(0) == "Lanes")
    assert not path.exists()  # a file would end the demo: the first-run wizard would not come


def test_a_new_account_gets_a_card_an_opening_top_up_and_a_plate(make_console, qtbot):
    console = make_console(cameras=False)
    page = console.window.accounts
    show_tab(qtbot, console, page)
    click(qtbot, page.buttons["new_account"])
    log_in(qtbot, console)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and dialog.error.text() == "请输入账户名称"  # refused with a message, nothing written
    dialog.name.setText("平安货运")
    qtbot.keyClicks(dialog.phone, "13700000009")
    qtbot.keyClicks(dialog.amount, "300")
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.CASH))
    dialog.plate.setText("川A1234F")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: any(r.account == "平安货运" for r in page.model.rows), timeout=10000)
    row = next(r for r in page.model.rows if r.account == "平安货运")
    assert (row.plate, row.balance_fen, row.account_phone) == ("川A1234F", 30_000, "+8613700000009")
    console.engine.submit_plate(1, "川A1234F", 0.99)  # the new customer can fill at once
    console.wait_state(1, State.AUTHORISED)
