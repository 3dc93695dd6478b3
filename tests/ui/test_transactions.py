"""The transactions page as a station manager uses it: a span of local days, exact totals,
who let a filling go and why one was cancelled, and an export a spreadsheet cannot mangle."""

import csv
import uuid
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from console.lanes.engine import OperatorRef
from console.lanes.states import State
from console.store.models import Account, Card, Filling, FillingStatus, Role

SHANGHAI = ZoneInfo("Asia/Shanghai")
CASHIER = OperatorRef("cashier", Role.CASHIER)
MANAGER = OperatorRef("manager", Role.MANAGER)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_page(qtbot, console):
    page = console.window.transactions
    with qtbot.waitSignal(page.loaded, timeout=10000):
        console.window.tabs.setCurrentWidget(page)
    return page


def reloaded(qtbot, page) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()


def station_today():
    return datetime.now(SHANGHAI).date()


def at_local(day, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), SHANGHAI).astimezone(UTC)


def add_filling(console, plate: str, created_at: datetime, *, status=FillingStatus.SETTLED, litres: str | None = None,
                amount_fen: int | None = None, nozzle: int | None = 1, grade: str | None = "92#", card_id=None,
                phone: str | None = None, driver: str | None = None, lane: int = 1) -> uuid.UUID:
    """A filling as the lanes leave it in the store, made at a chosen moment (a lane can only make one now)."""
    filling_id = uuid.uuid4()
    with console.world.store.write() as session:
        session.add(Filling(
            id=filling_id, lane=lane, pump_address=0x4F + lane, nozzle=nozzle, grade=grade, plate=plate, card_id=card_id,
            preset_fen=80_000, litres=Decimal(litres) if litres is not None else None, amount_fen=amount_fen, status=status,
            phone_charged=phone, driver=driver, station_id=console.world.config.station.id, created_at=created_at,
            ended_at=created_at + timedelta(minutes=3),
        ))
    return filling_id


def add_card(console, account: str, card_no: str):
    with console.world.store.write() as session:
        owner_id, card_id = uuid.uuid4(), uuid.uuid4()
        session.add_all([Account(id=owner_id, name=account), Card(id=card_id, card_no=card_no, account_id=owner_id)])
    return card_id


def column(page, name: str) -> int:
    from ui.views.transactions import COLUMNS
    return COLUMNS.index(name)


def shown(page, plate: str, name: str) -> str:
    plates = [row.plate for row in page.model.rows]
    return page.model.index(plates.index(plate), column(page, name)).data()


def test_the_page_opens_on_the_stations_today_and_leaves_yesterday_out(make_console, qtbot):
    console = make_console(cameras=False)
    today = station_today()
    add_filling(console, "京A00001", at_local(today, 0, 10), litres="10.000", amount_fen=7_890)  # yesterday in UTC, today here
    add_filling(console, "京A00002", at_local(today - timedelta(days=1), 23, 50), litres="20.000", amount_fen=15_780)
    page = open_page(qtbot, console)
    assert page.since.date().toPython() == today and page.until.date().toPython() == today
    assert page.since.calendarPopup()
    assert [row.plate for row in page.model.rows] == ["京A00001"]

    page.period.setCurrentIndex(page.period.findData("yesterday"))
    qtbot.waitUntil(lambda: [row.plate for row in page.model.rows] == ["京A00002"])
    page.period.setCurrentIndex(page.period.findData("last_7_days"))
    qtbot.waitUntil(lambda: [row.plate for row in page.model.rows] == ["京A00001", "京A00002"])
    page.set_days(today - timedelta(days=3), today - timedelta(days=2))
    qtbot.waitUntil(lambda: page.model.rows == [])
    assert page.period.currentData() == "custom"


def test_totals_are_exact_and_leave_cancelled_fillings_out(make_console, qtbot):
    console = make_console(cameras=False)
    today = station_today()
    add_filling(console, "京A00001", at_local(today, 8), litres="10.005", amount_fen=7_895)
    add_filling(console, "京A00002", at_local(today, 9), litres="20.120", amount_fen=16_001)
    add_filling(console, "京A00003", at_local(today, 10), litres="0.333", amount_fen=263)
    # Figures on a cancelled filling (a pump that reported some before it was let go) are no sale.
    add_filling(console, "京A00004", at_local(today, 11), status=FillingStatus.CANCELLED, litres="1.000", amount_fen=789)
    page = open_page(qtbot, console)
    text = page.totals.text()
    # 10.005 + 20.120 + 0.333 L and 78.95 + 160.01 + 2.63 yuan; the cancelled one counted apart.
    assert "共 4 笔" in text and "30.458 升" in text and "¥241.59" in text, text
    assert "已取消 1 笔" in text, text
    assert shown(page, "京A00001", "litres") == "10.005" and shown(page, "京A00002", "litres") == "20.12"


def test_grade_nozzle_operator_and_why_a_filling_was_cancelled(make_console, qtbot):
    console = make_console(cameras=False)
    # An unknown plate waits for the cashier, who lets it fill, then stops it before the nozzle is lifted.
    console.engine.submit_plate(2, "粤B99999", 0.99)
    console.wait_state(2, State.AMBER)
    assert console.engine.cashier_authorise(2, CASHIER, "Customer pays at the counter").accepted
    console.wait_state(2, State.AUTHORISED)
    assert console.engine.cashier_stop(2, MANAGER, "Customer asked").accepted
    console.events.wait("cancelled", lane=2)
    # A car still filling from nozzle 2: its grade is the configured one until it settles.
    add_filling(console, "京A00009", datetime.now(UTC), status=FillingStatus.FILLING, nozzle=2, grade=None)
    page = open_page(qtbot, console)
    assert shown(page, "粤B99999", "status") == "已取消"
    assert shown(page, "粤B99999", "operator") == "cashier"
    assert shown(page, "粤B99999", "cancel_reason") == "由 manager 停机：Customer asked"
    assert (shown(page, "京A00009", "nozzle"), shown(page, "京A00009", "grade")) == ("2", "95#")
    assert "已取消 1 笔" in page.totals.text()


def test_a_filling_let_go_without_anyone_s_word_says_why(make_console, qtbot):
    console = make_console(cameras=False)
    console.engine.submit_plate(1, "京A12345", 0.99)  # registered: authorised at once
    console.wait_state(1, State.AUTHORISED)
    console.engine.vehicle_left(1)  # drove off without lifting the nozzle
    console.events.wait("cancelled", lane=1)
    console.engine.submit_plate(2, "粤BD12345", 0.99)
    console.wait_state(2, State.AUTHORISED)
    console.engine.submit_plate(2, "沪B67890", 0.99)  # another car at that pump
    console.events.wait("cancelled", lane=2)
    page = open_page(qtbot, console)
    assert shown(page, "京A12345", "cancel_reason") == "已释放：车辆已离开"
    assert shown(page, "粤BD12345", "cancel_reason") == "已释放：另一辆车驶到油机前"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_export_reads_the_same_in_every_language_and_keeps_identifiers_as_typed(make_console, qtbot, tmp_path, language):
    console = make_console(cameras=False, language=language)
    today = station_today()
    card = add_card(console, "=1+1 物流", "0012345678901234")
    add_filling(console, "京A00001", at_local(today, 8, 5), litres="10.005", amount_fen=7_895, card_id=card,
                phone="+8613900000001", driver="王师傅")
    add_filling(console, "京A00002", at_local(today, 9), status=FillingStatus.CANCELLED, nozzle=None, grade=None)
    console.engine.submit_plate(2, "粤B99999", 0.99)
    console.wait_state(2, State.AMBER)
    assert console.engine.cashier_authorise(2, CASHIER, "Customer pays at the counter").accepted
    console.wait_state(2, State.AUTHORISED)
    assert console.engine.cashier_stop(2, MANAGER, "Customer asked").accepted
    console.events.wait("cancelled", lane=2)
    page = open_page(qtbot, console)
    page.export_path = tmp_path / f"fillings-{language}.csv"
    with qtbot.waitSignal(page.exported, timeout=10000):
        click(qtbot, page.export)
    raw = page.export_path.read_bytes()
    assert raw.startswith("\ufeff".encode())  # the BOM Excel needs to read UTF-8
    with open(page.export_path, encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert header == ["time", "lane", "nozzle", "grade", "plate", "account", "card_no", "litres", "amount_yuan", "status",
                      "operator", "cancel_reason", "cancelled_by", "cancel_note", "driver", "phone"]
    record = dict(zip(header, rows[[r[4] for r in rows].index('="京A00001"')]))
    assert record["time"] == f"{today:%Y-%m-%d} 08:05:00"
    assert record["card_no"] == '="0012345678901234"'  # text: leading zeros and all 16 digits kept
    assert record["phone"] == '="13900000001"'  # the national number, as text: no "+86" read as a sum
    assert record["account"] == "'=1+1 物流"  # shown, never run as a formula
    assert (record["litres"], record["amount_yuan"], record["status"], record["grade"]) == ("10.005", "78.95", "settled", '="92#"')
    cancelled = dict(zip(header, rows[[r[4] for r in rows].index('="京A00002"')]))
    assert (cancelled["status"], cancelled["cancel_reason"], cancelled["amount_yuan"]) == ("cancelled", "released", "")
    stopped = dict(zip(header, rows[[r[4] for r in rows].index('="粤B99999"')]))
    assert (stopped["operator"], stopped["cancel_reason"], stopped["cancelled_by"], stopped["cancel_note"]) == (
        "cashier", "cashier_stop", "manager", "Customer asked")
    assert shown(page, "京A00001", "phone") == "王师傅 139****0001"  # the screen keeps it masked
    path = console.shot(f"transactions_{language}", console.window)
    assert path.exists()


def test_the_written_to_message_stays_while_the_page_reloads(make_console, qtbot, tmp_path):
    console = make_console(cameras=False)
    add_filling(console, "京A00001", at_local(station_today(), 8), litres="10.000", amount_fen=7_890)
    page = open_page(qtbot, console)
    page.export_path = tmp_path / "fillings.csv"
    with qtbot.waitSignal(page.exported, timeout=10000):
        click(qtbot, page.export)
    written = f"已将 1 笔加油写入 {page.export_path}"
    assert page.message.text() == written
    add_filling(console, "京A00002", at_local(station_today(), 9), litres="5.000", amount_fen=3_945)
    reloaded(qtbot, page)  # a settled filling reloads the page, as the lanes do all day
    assert "共 2 笔" in page.totals.text() and page.message.text() == written and page.message.isVisible()
    page.status.setCurrentIndex(page.status.findData(FillingStatus.SETTLED))  # the manager moves on
    qtbot.waitUntil(lambda: page.message.text() == "")
