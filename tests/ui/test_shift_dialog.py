"""The cashier opens and closes a shift from the window: the pumps' totals are read over the
running DART line, an open filling holds the close, and the closed shift's figures are shown."""

from __future__ import annotations

from decimal import Decimal

from console.shifts import service
from tests.console.lanes.conftest import wait_until
from tests.ui.conftest import log_in


def _dialog(console, qtbot):
    console.window.shift_button.click()
    qtbot.waitUntil(lambda: getattr(console.window, "shift_dialog", None) is not None
                    and console.window.shift_dialog.act.isEnabled())
    return console.window.shift_dialog


def test_a_shift_is_opened_and_closed_from_the_window_against_the_pumps_totals(make_console, qtbot):
    console = make_console(lanes=2, language="en", cameras=False)
    world, engine = console.world, console.engine
    dialog = _dialog(console, qtbot)
    assert dialog.status.text() == "No shift is open."
    dialog.act.click()
    log_in(qtbot, console)
    qtbot.waitUntil(lambda: dialog.outcome.text() == "Shift opened.", timeout=15000)
    qtbot.waitUntil(lambda: dialog.act.isEnabled() and dialog.status.text().startswith("Shift open since"))
    opened = service.current_shift(world.store, world.config.station.id)
    assert opened is not None and opened.opened_by == "cashier"

    # A car is authorised at lane 1: while its filling is open the shift cannot close.
    engine.submit_plate(1, "京A12345", 0.99)
    filling_id = world.events.wait("authorised", lane=1).filling_id
    dialog.act.click()
    qtbot.waitUntil(lambda: "still open on lane 1" in dialog.outcome.text(), timeout=15000)
    assert service.current_shift(world.store, world.config.station.id) is not None

    world.sim.lift(0x50, 1)

    def delivered() -> bool:
        with world.sim.pump(0x50) as pump:
            return pump.decimals.litres(pump.volume) >= Decimal("2")
    wait_until(delivered)
    world.sim.hang_up(0x50)
    world.events.wait("settled", lane=1, filling_id=filling_id)
    engine.wait_idle()

    qtbot.waitUntil(lambda: dialog.act.isEnabled())
    dialog.act.click()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Shift closed"), timeout=15000)
    console.shot("shift-closed", dialog)
    assert dialog.outcome.text().startswith("Shift closed: 1 filling(s), ")
    assert service.current_shift(world.store, world.config.station.id) is None
    qtbot.waitUntil(lambda: dialog.status.text() == "No shift is open.")
    dialog.close()


def test_the_shift_dialog_speaks_chinese_first(make_console, qtbot):
    console = make_console(lanes=1, language="zh_CN", cameras=False)
    assert console.window.shift_button.text() == "交班…"
    dialog = _dialog(console, qtbot)
    assert (dialog.windowTitle(), dialog.status.text(), dialog.act.text()) == ("班次", "当前没有开班。", "开班（读取油机总累）")
    console.shot("shift-dialog-zh", dialog)
    dialog.close()
