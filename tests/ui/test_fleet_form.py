"""A manager gives a truck its tank and consumption band in the back office; they are kept,
audited, and a band the wrong way round is refused in words."""

from decimal import Decimal

from sqlalchemy import select

from console.store.models import Vehicle
from tests.ui.conftest import log_in
from tests.ui.test_views import audit_of, click, show_tab


def test_a_truck_gets_its_tank_meter_and_band_from_the_accounts_page(make_console, qtbot):
    console = make_console(language="en", cameras=False)
    page = console.window.accounts
    show_tab(qtbot, console, page)
    page.select_plate("京A12345")
    click(qtbot, page.buttons["fleet"])
    log_in(qtbot, console, "manager", "manager1")
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible() and page.dialog.ok.isEnabled())
    dialog = page.dialog
    dialog.tank.setText("300")
    dialog.low.setText("36.5")
    dialog.high.setText("28")
    click(qtbot, dialog.ok)
    assert "the least first" in dialog.error.text()
    dialog.low.setText("28")
    dialog.high.setText("36.5")
    dialog.meter.setCurrentIndex(dialog.meter.findData("km"))
    console.shot("fleet-details", dialog)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    with console.world.store.read() as session:
        truck = session.scalar(select(Vehicle).where(Vehicle.plate == "京A12345"))
        assert (truck.tank_litres, truck.meter, truck.consumption_min, truck.consumption_max) == (
            Decimal("300.000"), "km", Decimal("28.0"), Decimal("36.5"))
    [entry] = audit_of(console, "vehicle.fleet")
    assert entry.operator == "manager" and entry.details["to"]["tank_litres"] == "300.000"

    click(qtbot, page.buttons["fleet"])  # opened again: the values as kept
    qtbot.waitUntil(lambda: page.dialog is not dialog and page.dialog.ok.isEnabled())
    assert (page.dialog.tank.text(), page.dialog.low.text(), page.dialog.high.text()) == ("300", "28", "36.5")
    page.dialog.reject()
