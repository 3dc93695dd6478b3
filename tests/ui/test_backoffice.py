"""The manager's back office as a cashier or manager uses it: accounts that keep their place,
a top-up with its limits, payment method and confirmation, the slot editor, and the audit log in words."""

import re

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox, QRadioButton
from sqlalchemy import select

from console import services
from console.config import TopUpLimits
from console.domain import accounts, ledger
from console.lanes.commands import AUDIT_ACTION
from console.lanes.engine import OperatorRef
from console.lanes.states import State
from console.store.models import AuditEntry, LedgerEntry, PaymentMethod, PhoneBinding, Role
from tests.ui.conftest import log_in
from tests.ui.test_views import click, fill_once, show_tab
from ui.views import audit_words

ZHANG_WEI = "沪B67890"  # ¥30.00 on the card, no phones
SHUNDA = "京A12345"  # three drivers share the day


def open_top_up(qtbot, console, plate: str, username: str = "cashier", password: str = "cashier1"):
    page = console.window.accounts
    show_tab(qtbot, console, page)
    page.select_plate(plate)
    click(qtbot, page.buttons["top_up"])
    log_in(qtbot, console, username, password)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    return page, page.dialog


def next_step(qtbot, dialog, amount: str, method: PaymentMethod | None) -> None:
    dialog.amount.setText(amount)
    if method is not None:
        dialog.findChild(QRadioButton, f"method-{method.value}").click()
    click(qtbot, dialog.ok)


def card_balance(console, plate: str) -> int:
    with console.world.store.read() as session:
        vehicle = accounts.find_vehicle(session, plate)
        return ledger.funds(session, vehicle.card_id).balance_fen


def audited(console, action: str) -> list[AuditEntry]:
    with console.world.store.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_selected_card_stays_selected_and_in_view_while_settlements_reload_the_list(make_console, qtbot):
    console = make_console(cameras=False)
    station = console.world.config.station
    manager = services.Actor("manager", station.id, Role.MANAGER)
    for i in range(30):  # more cards than the table shows at once
        services.open_account(console.world.store, manager, f"车队{i:02d}", None, None, 0, None, station.region,
                              limits=console.world.config.rules.top_up_limits)
    page = console.window.accounts
    page.table.setFixedHeight(160)
    show_tab(qtbot, console, page)
    page.select_plate(SHUNDA)  # 顺达物流 sorts last: below the fold
    page.table.scrollTo(page.table.selectionModel().selectedRows()[0])
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0 and page.selected().plate == SHUNDA

    before = page.selected().balance_fen
    fill_once(console, 1, SHUNDA)  # the card selected pays a filling: the page reloads under the cashier
    qtbot.waitUntil(lambda: page.selected() is None or page.selected().balance_fen < before, timeout=10000)
    assert page.selected() is not None and page.selected().plate == SHUNDA
    assert page.table.verticalScrollBar().value() == scrolled

    services.open_account(console.world.store, manager, "阿里物流", None, None, 0, None, station.region,
                          limits=console.world.config.rules.top_up_limits)  # a new card sorts in above
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    assert any(r.account == "阿里物流" for r in page.model.rows)
    assert page.selected().plate == SHUNDA
    assert page.buttons["top_up"].isEnabled()


def test_a_cashier_is_refused_above_the_limit_in_chinese_and_nothing_is_written(make_console, qtbot):
    console = make_console(cameras=False)
    page, dialog = open_top_up(qtbot, console, ZHANG_WEI)
    assert "¥5000.00" in dialog.limit_hint.text()  # said before the customer hands the money over

    next_step(qtbot, dialog, "500", None)
    assert dialog.error.text() == "请选择客户的付款方式" and dialog.pages.currentWidget() is dialog.entry

    next_step(qtbot, dialog, "6000", PaymentMethod.CASH)
    qtbot.waitUntil(lambda: "站长" in dialog.error.text())
    assert dialog.error.text() == "超过 ¥5000.00 的充值须由站长办理：请站长登录后充值"
    assert dialog.pages.currentWidget() is dialog.entry and dialog.isVisible()
    assert card_balance(console, ZHANG_WEI) == 3_000 and audited(console, "card.top_up") == []

    next_step(qtbot, dialog, "1000000", PaymentMethod.CASH)  # the field report's ¥1,000,000
    qtbot.waitUntil(lambda: dialog.error.text() == "单次充值最多 ¥20000.00")
    assert card_balance(console, ZHANG_WEI) == 3_000


def test_a_top_up_left_open_after_its_operator_logged_out_writes_nothing(make_console, qtbot):
    console = make_console(cameras=False)
    page, dialog = open_top_up(qtbot, console, ZHANG_WEI)
    next_step(qtbot, dialog, "200", PaymentMethod.CASH)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.review)
    console.window.session.log_out("operator.logout_idle")  # the cashier walked away
    click(qtbot, dialog.ok)
    assert dialog.error.text() == "打开此充值的操作员已退出登录：请关闭后重新登录"
    assert card_balance(console, ZHANG_WEI) == 3_000


def test_a_manager_confirms_a_top_up_seeing_the_new_balance_and_the_method_is_kept(make_console, qtbot):
    console = make_console(cameras=False)
    page, dialog = open_top_up(qtbot, console, ZHANG_WEI, "manager", "manager1")
    next_step(qtbot, dialog, "6000", PaymentMethod.WECHAT_ALIPAY)  # above a cashier's threshold: a manager may
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.review)
    shown = {key: label.text() for key, label in dialog.summary.items()}
    assert shown == {"card": "8000000000000026", "account": "张伟", "amount": "¥6000.00", "method": "微信/支付宝",
                     "balance": "¥30.00", "new_balance": "¥6030.00"}
    assert dialog.ok.text() == "确认充值"
    assert card_balance(console, ZHANG_WEI) == 3_000  # nothing written before the confirmation
    console.shot("top_up_confirm_manager", dialog)

    click(qtbot, dialog.back)  # the customer pays by card after all
    assert dialog.pages.currentWidget() is dialog.entry and dialog.amount.text() == "6000"
    next_step(qtbot, dialog, "6000", PaymentMethod.BANK_CARD)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.review)
    assert dialog.summary["method"].text() == "银行卡"
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: any(r.plate == ZHANG_WEI and r.balance_fen == 603_000 for r in page.model.rows), timeout=10000)
    with console.world.store.read() as session:
        entry = session.scalar(select(LedgerEntry).where(LedgerEntry.amount_fen == 600_000))
        assert (entry.payment_method, entry.operator) == (PaymentMethod.BANK_CARD, "manager")
    [record] = audited(console, "card.top_up")
    assert record.details["method"] == "bank_card" and record.details["balance_fen"] == 603_000


def test_the_slot_editor_lists_changes_and_removes_a_vehicles_phones(make_console, qtbot):
    console = make_console(cameras=False)
    page = console.window.accounts
    show_tab(qtbot, console, page)
    page.select_plate(SHUNDA)
    click(qtbot, page.buttons["bind_phone"])
    log_in(qtbot, console)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    cells = [[dialog.bindings.item(r, c).text() for c in range(3)] for r in range(dialog.bindings.rowCount())]
    assert cells == [["00:00-08:00", "王师傅", "139****0001"], ["08:00-16:00", "李师傅", "139****0002"],
                     ["16:00-24:00", "赵师傅", "139****0003"]]  # phones masked on screen
    coverage = dialog.coverage
    half_label = coverage.fontMetrics().horizontalAdvance("24") / 2
    assert coverage.bar_rect().right() + half_label <= coverage.width()  # the "24" is drawn whole
    assert coverage.bar_rect().left() - half_label >= 0

    dialog.select_driver("李师傅")
    click(qtbot, dialog.edit_button)
    assert (dialog.driver.text(), dialog.start.time(), dialog.end.time()) == ("李师傅", QTime(8, 0), QTime(16, 0))
    assert not dialog.phone.isEnabled() and dialog.phone.text() == "139****0002"
    dialog.start.setTime(QTime(7, 0))  # into 王师傅's slot
    assert not dialog.ok.isEnabled() and "王师傅" in dialog.error.text()
    dialog.start.setTime(QTime(8, 0))
    dialog.end.setTime(QTime(12, 0))
    dialog.driver.setText("钱师傅")
    assert dialog.ok.isEnabled() and dialog.ok.text() == "保存修改"
    console.shot("slot_editor_change", dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: any(r.plate == SHUNDA and "钱师傅" in [p.driver for p in r.phones] for r in page.model.rows), timeout=10000)
    with console.world.store.read() as session:
        changed = session.scalar(select(PhoneBinding).where(PhoneBinding.driver == "钱师傅"))
        assert (changed.phone, changed.slot_start, changed.slot_end) == ("+8613900000002", 8 * 60, 12 * 60)

    page.select_plate(SHUNDA)
    click(qtbot, page.buttons["bind_phone"])
    dialog = page.dialog
    dialog.select_driver("王师傅")
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible())
    assert "139****0001" in dialog.confirm.text() and "+8613900000001" not in dialog.confirm.text()
    with qtbot.waitSignal(page.loaded, timeout=10000):  # the accounts list follows the removal
        click(qtbot, dialog.confirm.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: dialog.bindings.rowCount() == 2)
    assert dialog.isVisible()  # still open: another change may follow
    assert not any("王师傅" in [p.driver for p in r.phones] for r in page.model.rows if r.plate == SHUNDA)
    dialog.reject()
    assert [(a.details["driver"], a.operator) for a in audited(console, "phone.unbind")] == [("王师傅", "cashier")]
    assert [a.details["from_driver"] for a in audited(console, "phone.change")] == ["李师傅"]
    console.shot("backoffice_accounts_after_unbind", console.window)


def test_the_audit_log_reads_as_words_with_the_raw_record_at_hand(make_console, qtbot):
    console = make_console(cameras=False)
    config = console.world.config
    console.engine.submit_plate(2, "浙A88888", 0.99)
    console.wait_state(2, State.AMBER)
    console.engine.cashier_deny(2, OperatorRef("cashier", Role.CASHIER), "no money")
    console.wait_state(2, State.RED)
    cashier = services.Actor("cashier", config.station.id, Role.CASHIER)
    services.top_up(console.world.store, cashier, "8000000000000026", 50_000, limits=config.rules.top_up_limits, method="cash")
    qtbot.waitUntil(lambda: console.engine.wait_idle(0.01))
    page = console.window.audit
    show_tab(qtbot, console, page)
    model = page.model
    shown = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    by_action = {row.action: shown[i] for i, row in enumerate(model.rows)}

    _, operator, action, subject, _, details = by_action["lane.deny"]
    assert (operator, action, subject) == ("收银员", "收银员拒绝加油", "2号车道 浙A88888")
    _, operator, action, subject, _, details = by_action["card.top_up"]
    assert (action, subject) == ("充值", "8000000000000026")
    assert details == "金额: ¥500.00 · 付款方式: 现金 · 充值后余额: ¥530.00"
    uuid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
    for row in shown:
        assert not re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", row[2]), row  # no action code on screen
        assert not any(uuid.search(str(cell)) for cell in row), row
        assert "_fen" not in row[5], row
    top_up_row = next(i for i, r in enumerate(model.rows) if r.action == "card.top_up")
    tooltip = model.data(model.index(top_up_row, 5), Qt.ItemDataRole.ToolTipRole)
    assert '"amount_fen": 50000' in tooltip and '"method": "cash"' in tooltip  # the raw record, a hover away

    page.search.setText("拒绝")  # searched by the words on screen, not the code
    qtbot.waitUntil(lambda: [r.action for r in model.rows] == ["lane.deny"])

    page.technical.setChecked(True)
    assert model.data(model.index(0, 2)) == "lane.deny"
    page.technical.setChecked(False)
    console.shot("backoffice_audit_words", console.window)


def test_every_action_the_station_records_has_a_name():
    written = {"account.add", "account.create", "card.issue", "card.top_up", "vehicle.bind", "vehicle.move", "phone.bind",
               "phone.change", "phone.unbind", "operator.add", "filling.settle_by_hand", "emergency_stop",
               "emergency_stop.reset", "lane.stop.reason", "alert.acknowledged", "sync.rejected", "sync.superseded",
               "operator.login", "operator.logout", "operator.logout_idle", "operator.login_failed",
               "filling.released", "price.change", "gate.open", "gate.paid_by_hand", "gate.correct_plate",
               *(f"recovery.{s}" for s in ("waiting", "finished", "filling", "authorised", "cancelled", "needs_settlement")),
               *AUDIT_ACTION.values()}
    assert written - audit_words.ACTIONS.keys() == set()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_back_office_screens(make_console, qtbot, language):
    """The back office's dialogs for docs/screenshots in both languages (PLATEPAY_SHOTS picks the folder;
    the pages themselves are tests/ui/test_screens.py's)."""
    console = make_console(cameras=False, language=language)
    config = console.world.config
    console.engine.submit_plate(2, "浙A88888", 0.99)
    console.wait_state(2, State.AMBER)
    console.engine.cashier_deny(2, OperatorRef("cashier", Role.CASHIER), "no money")
    console.wait_state(2, State.RED)
    manager = services.Actor("manager", config.station.id, Role.MANAGER)
    services.top_up(console.world.store, manager, "8000000000000018", 100_000, limits=config.rules.top_up_limits, method="transfer")
    with console.world.store.read() as session:
        binding = session.scalar(select(PhoneBinding).where(PhoneBinding.driver == "赵师傅"))
    services.unbind_phone(console.world.store, manager, binding.id)

    page, dialog = open_top_up(qtbot, console, ZHANG_WEI)
    QApplication.processEvents()
    console.shot(f"backoffice_accounts_{language}", console.window)
    dialog.amount.setText("500")
    dialog.findChild(QRadioButton, "method-cash").click()
    console.shot(f"top_up_{language}", dialog)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.review)
    assert dialog.summary["new_balance"].text() == "¥530.00"
    console.shot(f"top_up_confirm_{language}", dialog)
    dialog.reject()

    page.select_plate("粤BD12345")
    click(qtbot, page.buttons["bind_phone"])
    phones = page.dialog
    phones.select_driver("刘师傅")
    click(qtbot, phones.edit_button)
    phones.end.setTime(QTime(18, 0))
    console.shot(f"slot_editor_{language}", phones)
    phones.reject()

    audit = console.window.audit
    show_tab(qtbot, console, audit)
    QApplication.processEvents()  # the layout follows the rows shown
    console.shot(f"backoffice_audit_{language}", console.window)
    words = {"zh_CN": "充值", "en": "Card topped up"}[language]
    assert words in [audit.model.data(audit.model.index(r, 2)) for r in range(audit.model.rowCount())]
