"""A vehicle's fleet details in the back office: tank capacity, what its meter counts, and its
consumption band, which the exceptions report judges its fillings by."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy import select

from console import services
from console.fleet import vehicles as fleet_vehicles
from console.store.db import Store
from console.store.models import Vehicle
from ui.views.forms import WriteDialog
from ui.worker import Worker

def _plain(value) -> str:
    """300.000 → 300, 62.500 → 62.5: as a person types it, never 3E+2."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class VehicleFleetDialog(WriteDialog):
    def __init__(self, store: Store, worker: Worker, plate: str, actor: services.Actor, region: str, parent=None) -> None:
        super().__init__(self.tr("Fleet details of %1").replace("%1", plate), worker, parent)
        self._store, self._plate, self._actor, self._region = store, plate, actor, region
        self.tank = QLineEdit()
        self.tank.setObjectName("tank")
        self.tank.setPlaceholderText(self.tr("e.g. 300 (empty: not known)"))
        self.meter = QComboBox()
        self.meter.setObjectName("meter")
        self.meter.addItem(self.tr("Odometer (km)"), "km")
        self.meter.addItem(self.tr("Engine hours"), "hours")
        self.low, self.high = QLineEdit(), QLineEdit()
        self.low.setObjectName("consumption-min")
        self.high.setObjectName("consumption-max")
        for field in (self.low, self.high):
            field.setPlaceholderText(self.tr("empty: its own median"))
        self.form.addRow(self.tr("Tank (L)"), self.tank)
        self.form.addRow(self.tr("Meter"), self.meter)
        self.form.addRow(self.tr("Consumption at least (L/100 km, L/h)"), self.low)
        self.form.addRow(self.tr("Consumption at most (L/100 km, L/h)"), self.high)
        self.ok.setEnabled(False)
        worker.run(self._current, self._show_current, self._failed)

    def _current(self) -> fleet_vehicles.FleetAttributes:
        with self._store.read() as session:
            vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == self._plate))
            return fleet_vehicles.attributes_of(vehicle)

    def _show_current(self, now: fleet_vehicles.FleetAttributes) -> None:
        for field, value in ((self.tank, now.tank_litres), (self.low, now.consumption_min), (self.high, now.consumption_max)):
            field.setText("" if value is None else _plain(value))
        self.meter.setCurrentIndex(max(0, self.meter.findData(now.meter)))
        self.ok.setEnabled(True)

    def work(self):
        try:
            attributes = fleet_vehicles.parse(self.tank.text(), self.meter.currentData(), self.low.text(), self.high.text())
        except fleet_vehicles.BadAttribute as exc:
            raise ValueError(self._refusal(exc.params.get("field", ""))) from None
        store, actor, plate, region = self._store, self._actor, self._plate, self._region
        return lambda: services.set_vehicle_fleet(store, actor, plate, attributes, region).plate

    def _refusal(self, field: str) -> str:
        if field == "tank_litres":
            return self.tr("The tank is a number of litres above 0 (e.g. 300 or 62.5).")
        if field == "meter":
            return self.tr("Choose what the vehicle's meter counts.")
        return self.tr("The consumption band is two numbers to a tenth, the least first (e.g. 28.0 and 36.5), or empty.")
