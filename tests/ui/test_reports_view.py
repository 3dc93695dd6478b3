"""The Reports page as a manager uses it: a report of the week over the station's fillings, its charts,
its exports in the window's language, and a report this installation does not have yet."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.reports import registry
from console.lanes.states import State
from console.store.models import Filling, FillingStatus
from tests.reports.test_export import no_float, pdf_text
from tests.ui.english import english_in
from tests.ui.test_views import click, fill_once, show_tab


@pytest.fixture(autouse=True)
def builders(monkeypatch):
    """Builders of the shared contract over the real store, until console.fleet.reports and console.shifts.reports land."""
    monkeypatch.setitem(registry.BUILDERS, "vehicles", "tests.reports.samples:fillings_by_vehicle")
    monkeypatch.setitem(registry.BUILDERS, "exceptions", "tests.reports.samples:exceptions")
    monkeypatch.setitem(registry.BUILDERS, "shift", "tests.reports.not_written_yet:shift")


def settled(console) -> list[Filling]:
    with console.world.store.read() as session:
        return list(session.scalars(select(Filling).where(Filling.status == FillingStatus.SETTLED).order_by(Filling.created_at)))


def busy_week(make_console, language: str = "zh_CN"):
    console = make_console(language=language, cameras=False)
    fill_once(console, 1, "京A12345")
    fill_once(console, 3, "京A12345")
    return console


def test_the_week_s_report_its_charts_and_its_exports_in_chinese(make_console, qtbot, tmp_path):
    console = busy_week(make_console)
    fillings = settled(console)
    litres, fen = sum(f.litres for f in fillings), sum(f.amount_fen for f in fillings)
    page = console.window.reports
    show_tab(qtbot, console, page)

    assert page.model.headers() == ["车牌", "加油笔数", "升数", "金额", "时间"]
    shown = [[page.model.index(r, c).data() for c in range(5)] for r in range(page.model.rowCount())]
    assert shown[0][:4] == ["京A12345", "2", f"{litres:.3f}", f"{Decimal(fen) / 100:.2f}"]
    assert shown[-1][:4] == ["合计", "2", f"{litres:.3f}", f"{Decimal(fen) / 100:.2f}"]
    assert page.model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    # The charts, from the same fillings: exact until drawn.
    # No odometer was typed: no full-to-full figure, and the chart says what it needs.
    assert page.charts.consumption.drawn == {} and "里程" in page.charts.consumption.empty.text()
    assert sum(sum(hours) for hours in page.charts.grades.drawn.values()) == litres
    assert page.charts.exceptions.drawn == {"": [2, 1]}  # the exceptions report's rows, per week from Monday
    assert not english_in(page)
    console.window.resize(1280, 800)  # as the other screenshots in docs/screenshots
    qtbot.wait(200)
    console.shot("reports_zh_CN", console.window)

    written = {}
    for fmt in ("csv", "xlsx", "pdf"):
        page.export_path = tmp_path / f"week.{fmt}"
        with qtbot.waitSignal(page.exported, timeout=20000) as done:
            click(qtbot, page.export_buttons[fmt])
        assert done.args == [fmt, str(page.export_path)]
        written[fmt] = page.export_path
    rows = list(csv.DictReader(io.StringIO(written["csv"].read_text(encoding="utf-8-sig"))))
    assert rows[0]["plate"] == "京A12345" and Decimal(rows[0]["litres"]) == litres and int(rows[0]["amount_fen"]) == fen
    ws = openpyxl.load_workbook(written["xlsx"])["vehicles"]
    assert [c.value for c in ws[1]] == ["plate", "fillings", "litres", "amount_yuan", "at"]  # stable keys
    assert [c.value for c in ws[2]] == ["车牌", "加油笔数", "升数", "金额", "时间"]  # the window's language
    assert Decimal(str(ws["C3"].value)) == litres and Decimal(str(ws["D3"].value)) == Decimal(fen) / 100
    text = pdf_text(written["pdf"].read_bytes())
    assert text.splitlines()[0] == "车辆" and "京A12345" in text and "合计" in text and f"{litres:.3f}" in text
    assert "报表已写入" in page.message.text()


def test_a_report_this_installation_does_not_have_says_so(make_console, qtbot):
    console = make_console(cameras=False)
    page = console.window.reports
    show_tab(qtbot, console, page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.choose("shift")
    assert page.stack.currentWidget() is page.unavailable
    assert page.unavailable.text() == "此版本的车牌付暂不提供“交班（班结）”报表。"
    assert not any(button.isEnabled() for button in page.export_buttons.values())
    assert page.shift.isVisible() and not page.last.isVisible()
    assert not english_in(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.choose("vehicles")
    assert page.stack.currentIndex() == 0 and all(button.isEnabled() for button in page.export_buttons.values())


def test_a_bad_plate_is_said_in_the_window_s_words(make_console, qtbot):
    console = make_console(cameras=False)
    page = console.window.reports
    show_tab(qtbot, console, page)
    page.vehicle.setText("京I12345")  # typed by an input method: QTest cannot key Chinese in
    with qtbot.waitSignal(page.loaded, timeout=10000):
        click(qtbot, page.show_button)
    assert page.message.text() == "报表未生成：京I12345 不是有效车牌"


def test_the_reports_page_in_english(make_console, qtbot):
    console = busy_week(make_console, "en")
    page = console.window.reports
    show_tab(qtbot, console, page)
    assert page.model.headers() == ["Plate", "Fillings", "Litres", "Amount", "Time"]
    assert page.model.index(page.model.rowCount() - 1, 0).data() == "Total"
    console.window.resize(1280, 800)
    qtbot.wait(200)
    console.shot("reports_en", console.window)


def test_the_json_of_the_same_report_has_no_float(make_console, qtbot):
    from console.reports.export import render
    from console.reports.table import ReportFilter, Source

    console = busy_week(make_console)
    report = registry.build("vehicles", Source(console.world.store.engine), ReportFilter())
    shown = no_float(render(report, "json"))
    assert shown["totals"]["amount_fen"] == sum(f.amount_fen for f in settled(console))


def test_the_shift_report_before_any_shift_is_closed_says_so_in_chinese(make_console, qtbot, monkeypatch):
    monkeypatch.setitem(registry.BUILDERS, "shift", "console.shifts.reports:shift")
    console = make_console(cameras=False)
    page = console.window.reports
    show_tab(qtbot, console, page)
    page.choose("shift")
    qtbot.waitUntil(lambda: "没有该班次" in page.message.text(), timeout=10000)
    assert not english_in(page.message)


def test_the_consumption_chart_shows_each_full_to_full_figure_on_its_day(make_console, qtbot):
    """Two full fills of a truck with the odometer typed at each: one figure, L/100 km, exact."""
    from console.fleet import odometer

    console = make_console(language="en", cameras=False)
    store = console.world.store
    readings = iter(["100000.0", "100400.0"])
    for lane in (1, 2):  # hung up before the preset: full fills
        console.engine.submit_plate(lane, "京A12345", 0.99)
        console.wait_state(lane, State.AUTHORISED)
        address = 0x4F + lane
        console.world.sim.lift(address)

        def delivered(address=address) -> bool:
            with console.world.sim.pump(address) as pump:
                return pump.decimals.litres(pump.volume) >= Decimal("5")
        qtbot.waitUntil(delivered, timeout=15000)
        console.world.sim.hang_up(address)
        console.events.wait("settled", lane=lane, timeout=60)
        console.engine.vehicle_left(lane)
    with store.write() as session:
        for filling in sorted(settled(console), key=lambda f: f.created_at):
            odometer.record(session, station_id="demo", filling_id=filling.id, value=next(readings), source="cashier", operator="cashier")
    second = sorted(settled(console), key=lambda f: f.created_at)[-1]
    page = console.window.reports
    show_tab(qtbot, console, page)
    page.reload()
    qtbot.waitUntil(lambda: "京A12345" in page.charts.consumption.drawn, timeout=10000)
    console.window.resize(1280, 800)
    qtbot.wait(200)
    console.shot("reports-consumption", console.window)
    figure = [v for v in page.charts.consumption.drawn["京A12345"] if v is not None]
    assert figure == [(second.litres * 100 / Decimal("400.0")).quantize(Decimal("0.01"))]
