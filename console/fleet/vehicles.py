"""A vehicle's fleet attributes: tank capacity, what its meter counts, its consumption band."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from console.domain.errors import DomainError
from console.store.fleet_models import Meter
from console.store.models import Vehicle

_MILLILITRE = Decimal("0.001")
_TENTH = Decimal("0.1")


class BadAttribute(DomainError):
    """A fleet attribute out of range; `code` and `params` (field, value) say which."""

    code = "vehicle_bad_attribute"

    def __init__(self, message: str, **params) -> None:
        super().__init__(message)
        self.params = params


@dataclass(frozen=True)
class FleetAttributes:
    tank_litres: Decimal | None = None
    meter: str = Meter.KM.value
    consumption_min: Decimal | None = None  # L/100 km, or L/h for an hours meter
    consumption_max: Decimal | None = None


def _decimal(field: str, value, places: Decimal, top: Decimal) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        raise BadAttribute(f"{field} = {value!r}: give it as text or Decimal, not a float", field=field, value=str(value))
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise BadAttribute(f"{field} = {value!r} is not a number", field=field, value=str(value)) from None
    if not number.is_finite() or number <= 0 or number >= top or number != number.quantize(places):
        raise BadAttribute(f"{field} = {value}: more than 0, less than {top}, to {places} at most", field=field, value=str(value))
    return number.quantize(places)


def parse(tank_litres=None, meter: str | None = None, consumption_min=None, consumption_max=None) -> FleetAttributes:
    """Typed fleet attributes from what a form or the command line gave (text or Decimal)."""
    meter = (meter or Meter.KM.value).strip()
    if meter not in {m.value for m in Meter}:
        raise BadAttribute(f"meter = {meter!r}: km or hours", field="meter", value=meter)
    low = _decimal("consumption_min", consumption_min, _TENTH, Decimal(100000))
    high = _decimal("consumption_max", consumption_max, _TENTH, Decimal(100000))
    if low is not None and high is not None and low > high:
        raise BadAttribute(f"consumption band {low}-{high}: the minimum is above the maximum", field="consumption_min", value=str(low))
    return FleetAttributes(_decimal("tank_litres", tank_litres, _MILLILITRE, Decimal(1000000000)), meter, low, high)


def apply(vehicle: Vehicle, attributes: FleetAttributes) -> dict[str, str | None]:
    """Set the attributes on the vehicle; returns what they were (for the audit record)."""
    before = {k: None if v is None else str(v) for k, v in attributes_of(vehicle).__dict__.items()}
    vehicle.tank_litres = attributes.tank_litres
    vehicle.meter = attributes.meter
    vehicle.consumption_min = attributes.consumption_min
    vehicle.consumption_max = attributes.consumption_max
    return before


def attributes_of(vehicle: Vehicle) -> FleetAttributes:
    return FleetAttributes(vehicle.tank_litres, vehicle.meter or Meter.KM.value, vehicle.consumption_min, vehicle.consumption_max)
