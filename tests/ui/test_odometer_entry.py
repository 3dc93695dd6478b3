"""The cashier types the odometer of the vehicle at the pump: it is kept with its filling, and a
reading below the vehicle's last is refused with the last one shown."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from console.fleet import odometer
from console.lanes.states import State
from tests.ui.conftest import log_in


def _type_reading(console, qtbot, lane: int, text: str):
    from ui.odometer_dialog import OdometerDialog

    window = console.window
    qtbot.waitUntil(lambda: window.lanes.tiles[lane].buttons["odometer"].isEnabled(), timeout=15000)
    qtbot.mouseClick(window.lanes.tiles[lane].buttons["odometer"], Qt.MouseButton.LeftButton)
    if window.session.operator is None:
        log_in(qtbot, console)
    qtbot.waitUntil(lambda: isinstance(window.actions.dialog, OdometerDialog))
    dialog = window.actions.dialog
    qtbot.keyClicks(dialog.value, text)
    dialog.buttons.accepted.emit()
    return dialog


def test_the_odometer_typed_at_the_lane_is_kept_with_the_filling_and_a_lower_one_is_refused(make_console, qtbot):
    console = make_console(lanes=1, language="en", cameras=False)
    engine, store = console.engine, console.world.store
    engine.submit_plate(1, "京A12345", 0.99)
    console.wait_state(1, State.AUTHORISED)
    filling_id = engine.lanes[1].view.filling_id

    console.shot("lane-odometer-button", console.window.lanes.tiles[1])
    _type_reading(console, qtbot, 1, "123456.7")
    qtbot.waitUntil(lambda: console.window.actions.dialog is None, timeout=10000)
    with store.read() as session:
        reading = odometer.effective(session, filling_id)
        assert reading is not None and reading.value == Decimal("123456.7") and reading.operator == "cashier"

    # The filling runs to its end; the same truck comes back later with a lower figure typed.
    world = console.world
    world.sim.lift(0x50)
    console.wait_state(1, State.FILLING)
    world.sim.hang_up(0x50)
    world.events.wait("settled", lane=1)
    engine.wait_idle()
    engine.vehicle_left(1)
    console.wait_state(1, State.IDLE)
    engine.submit_plate(1, "京A12345", 0.99)
    console.wait_state(1, State.AUTHORISED)
    dialog = _type_reading(console, qtbot, 1, "100000")
    qtbot.waitUntil(lambda: "below this vehicle's last reading" in dialog.message.text(), timeout=10000)
    console.shot("odometer-refused", dialog)
    assert "123456.7 km" in dialog.message.text()
    with store.read() as session:
        assert odometer.effective(session, filling_id).value == Decimal("123456.7")
    dialog.reject()
