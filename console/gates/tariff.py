"""What a stay at a car park or a pass through a toll lane costs, by the station's tariff.

`quote` is a pure function of the rule, the vehicle class and the times: no I/O,
no clock, no float.  A stay is billed in 24-hour windows from entry (each window
starts afresh and is capped on its own, as 24小时封顶 means); inside a window the
time is cut at the band boundaries of the station's local clock, and each piece
is counted in its band's units.  Every line of the breakdown carries its fen, so
the lines always add up to the fee.

The fields' metadata say how each is written in the `[tariff]` section of the
configuration (`key`, `allowed`, `parse`, `table_of`); console.config reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, Callable

from console.money import format_yuan, parse_yuan
from console.timeutil import MINUTES_PER_DAY, format_hhmm, parse_hhmm
from drivers.plates.syntax import Plate, clean

WINDOW = timedelta(hours=24)
ROUNDINGS = ("up", "down", "nearest")


class TariffError(ValueError):
    """A rule or a question the tariff cannot answer.  `code` names the case for a UI to word;
    `key` is the configuration key to blame, where there is one."""

    def __init__(self, code: str, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.code, self.key = code, key


def _toml(allowed: str, parse: Callable[[Any], Any], key: str | None = None, show: Callable[[Any], Any] = lambda v: v) -> dict:
    return {"allowed": allowed, "parse": parse, "key": key, "show": show}


def _tables(cls: type, key: str) -> dict:
    return {"allowed": f"an array of tables [[tariff.{key}]]", "table_of": cls, "key": key}


def _of(kind: type) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(value)
        return value
    return parse


def _ranged(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if not low <= _of(int)(value) <= high:
            raise ValueError(value)
        return value
    return parse


def _yuan(value: Any) -> int:
    return parse_yuan(_of(str)(value))


def _name(value: Any) -> str:
    if not (_of(str)(value) and len(value) <= 32 and value.replace("_", "").replace("-", "").isalnum()):
        raise ValueError(value)
    return value


def _plate(value: Any) -> str:
    text = clean(_of(str)(value))
    if not 2 <= len(text) <= 10:
        raise ValueError(value)
    return text


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if _of(str)(value) not in choices:
            raise ValueError(value)
        return value
    return parse


def _day(value: Any) -> date:
    if isinstance(value, datetime) or not isinstance(value, (date, str)):
        raise TypeError(value)
    return value if isinstance(value, date) else date.fromisoformat(value)


_MINUTES = _toml("minutes from 0 to 1440", _ranged(0, MINUTES_PER_DAY))
_HHMM = "a time of day as a string from \"00:00\" to \"24:00\""
_YUAN = "an amount in yuan as a string, such as \"2.00\""
_PLATES = "a list of plates as strings, such as [\"京A12345\"]"


@dataclass(frozen=True)
class Band:
    """A part of the day with its price: a unit of time charged `unit_fen` (part units rounded
    by `rounding`), or one `flat_fen` each time a stay is in the band (a price per night).
    `end` at or before `start` runs past midnight; equal means the whole day."""

    name: str = field(metadata=_toml("a name of letters, digits, - and _ such as \"day\"", _name))
    start: int = field(metadata=_toml(_HHMM, lambda v: parse_hhmm(_of(str)(v)), key="from", show=format_hhmm))
    end: int = field(metadata=_toml(_HHMM, lambda v: parse_hhmm(_of(str)(v)), key="to", show=format_hhmm))
    unit_minutes: int = field(default=60, metadata=_toml("minutes from 1 to 1440", _ranged(1, MINUTES_PER_DAY)))
    unit_fen: int = field(default=0, metadata=_toml(_YUAN, _yuan, key="unit_price", show=format_yuan))
    rounding: str = field(default="up", metadata=_toml("one of " + ", ".join(ROUNDINGS), _one_of(ROUNDINGS)))
    flat_fen: int | None = field(default=None, metadata=_toml(_YUAN + " (the band's price however long the stay)", _yuan, key="flat", show=format_yuan))
    max_fen: int | None = field(default=None, metadata=_toml(_YUAN + " (the most one stay pays in the band)", _yuan, key="max", show=format_yuan))


@dataclass(frozen=True)
class VehicleClass:
    """Prices for a kind of vehicle: every band price and cap times `price_percent`, its own free
    minutes where set (new-energy cars' first hours), and the toll lane's fee."""

    name: str = field(metadata=_toml("a name such as \"small\"", _name))
    price_percent: int = field(default=100, metadata=_toml("a percentage from 0 to 1000", _ranged(0, 1000)))
    free_minutes: int | None = field(default=None, metadata=_MINUTES)
    charge_from_entry: bool | None = field(default=None, metadata=_toml("true or false", _of(bool)))
    toll_fen: int = field(default=1000, metadata=_toml(_YUAN, _yuan, key="toll", show=format_yuan))

    def price(self, fen: int) -> int:
        return (fen * self.price_percent + 50) // 100  # half a fen up, in whole numbers


@dataclass(frozen=True)
class MonthlyPass:
    """A plate parking free from `valid_from` to `valid_until`, both local dates and included."""

    plate: str = field(metadata=_toml("a plate as a string such as \"京A12345\"", _plate))
    valid_from: date = field(metadata=_toml("a date such as 2026-12-01", _day, key="from"))
    valid_until: date = field(metadata=_toml("a date such as 2026-12-31", _day, key="until"))


_DEFAULT_BANDS = (Band("day", 8 * 60, 20 * 60, unit_minutes=30, unit_fen=200), Band("night", 20 * 60, 8 * 60, unit_minutes=60, unit_fen=100))
_DEFAULT_CLASSES = (
    VehicleClass("small", toll_fen=1000),
    VehicleClass("large", price_percent=200, toll_fen=2000),
    VehicleClass("new_energy_small", free_minutes=60, charge_from_entry=False, toll_fen=1000),
    VehicleClass("new_energy_large", price_percent=200, free_minutes=60, charge_from_entry=False, toll_fen=2000),
)


@dataclass(frozen=True)
class Tariff:
    """The station's parking and toll rule; the defaults are a typical Chinese car park's."""

    # A stay up to free_minutes is free; a longer one is charged from entry, or only after them.
    free_minutes: int = field(default=15, metadata=_MINUTES)
    charge_from_entry: bool = field(default=True, metadata=_toml("true or false", _of(bool)))
    # After paying at a pay station the driver has this long to leave before more is charged.
    grace_minutes: int = field(default=15, metadata=_MINUTES)
    # The most charged in the 1st, 2nd, … 24 hours from entry; the last repeats; empty: no cap.
    caps_per_24h: tuple[int, ...] = field(default=(3000,), metadata=_toml(
        "a list of yuan strings, one per 24 hours from entry, the last repeating, such as [\"30\", \"40\"]",
        lambda v: tuple(_yuan(x) for x in _of(list)(v)), show=lambda caps: [format_yuan(c) for c in caps]))
    bands: tuple[Band, ...] = field(default=_DEFAULT_BANDS, metadata=_tables(Band, "bands"))
    classes: tuple[VehicleClass, ...] = field(default=_DEFAULT_CLASSES, metadata=_tables(VehicleClass, "classes"))
    passes: tuple[MonthlyPass, ...] = field(default=(), metadata=_tables(MonthlyPass, "passes"))
    whitelist: tuple[str, ...] = field(default=(), metadata=_toml(_PLATES, lambda v: tuple(_plate(p) for p in _of(list)(v)), show=list))
    blacklist: tuple[str, ...] = field(default=(), metadata=_toml(_PLATES, lambda v: tuple(_plate(p) for p in _of(list)(v)), show=list))

    def __post_init__(self) -> None:
        _check_rule(self)

    def vehicle_class(self, name: str) -> VehicleClass:
        for vehicle_class in self.classes:
            if vehicle_class.name == name:
                return vehicle_class
        known = ", ".join(c.name for c in self.classes)
        raise TariffError("unknown_class", f"no vehicle class {name!r} in the tariff: known are {known}", key="classes")

    def cap_fen(self, window: int) -> int | None:
        return self.caps_per_24h[min(window, len(self.caps_per_24h) - 1)] if self.caps_per_24h else None


def to_toml(rule: Tariff | Band | VehicleClass | MonthlyPass) -> dict[str, Any]:
    """The rule as the [tariff] table that reads back into it, for writing the configuration
    file (a settings form that rewrites the file must keep the station's tariff)."""
    table: dict[str, Any] = {}
    for spec in fields(rule):
        value = getattr(rule, spec.name)
        if value is None:
            continue
        key = spec.metadata["key"] or spec.name
        table[key] = [to_toml(item) for item in value] if "table_of" in spec.metadata else spec.metadata["show"](value)
    return table


def _check_rule(tariff: Tariff) -> None:
    for key, items in (("bands", tariff.bands), ("classes", tariff.classes)):
        names = [item.name for item in items]
        for name in names:
            if names.count(name) > 1:
                raise TariffError("duplicate_name", f"{key}: two are named {name!r}, each needs its own name", key=key)
    if not tariff.classes:
        raise TariffError("no_classes", "classes: at least one vehicle class is needed", key="classes")
    taken: dict[int, str] = {}
    for band in tariff.bands:
        if band.flat_fen is not None and band.unit_fen:
            raise TariffError("flat_and_unit", f"bands: {band.name!r} has both a flat price and a unit_price, give one", key="flat")
        length = (band.end - band.start) % MINUTES_PER_DAY or MINUTES_PER_DAY
        for minute in ((band.start + m) % MINUTES_PER_DAY for m in range(length)):
            if minute in taken:
                raise TariffError("bands_overlap", f"bands: {taken[minute]!r} and {band.name!r} both cover {format_hhmm(minute)}", key="bands")
            taken[minute] = band.name
    plates = {"whitelist": set(tariff.whitelist), "blacklist": set(tariff.blacklist), "passes": {p.plate for p in tariff.passes}}
    for listed in ("whitelist", "passes"):
        both = plates[listed] & plates["blacklist"]
        if both:
            raise TariffError("listed_twice", f"{listed} and blacklist both hold {sorted(both)[0]}: a plate is on one", key="blacklist")
    for monthly in tariff.passes:
        if monthly.valid_until < monthly.valid_from:
            raise TariffError("pass_dates", f"passes: {monthly.plate} ends ({monthly.valid_until}) before it starts ({monthly.valid_from})", key="passes")


@dataclass(frozen=True)
class Quote:
    """The fee and how it came about: lines of plain values (kind, band, from, to, units,
    unit_fen, fen, …) whose fen add up to fee_fen.  `listed` is the plate's list, if any."""

    fee_fen: int
    breakdown: list[dict[str, Any]]
    listed: str | None = None

    @property
    def fee(self) -> str:
        return format_yuan(self.fee_fen)

    def as_dict(self) -> dict[str, Any]:
        shown: dict[str, Any] = {"fee": self.fee, "fee_fen": self.fee_fen, "breakdown": self.breakdown}
        if self.listed:
            shown["listed"] = self.listed
        return shown


def quote(
    tariff: Tariff, vehicle_class: str, entry: datetime, exit: datetime, *,
    zone: tzinfo, paid_until: datetime | None = None, plate: Plate | str | None = None,
) -> Quote:
    """What a stay from `entry` to `exit` (aware datetimes) costs a vehicle of the class.

    `paid_until`: the moment the stay was paid at a pay station; leaving within the grace
    minutes costs nothing more, later the extra is what the stay from entry costs beyond
    what it cost at that moment.  `plate`: a monthly pass (valid on the exit's local date)
    or the whitelist make the stay free; the blacklist only sets `listed` (the booth decides).
    Raises TariffError for naive times, an exit before entry or an unknown class."""
    entry, exit = _utc(entry, "entry"), _utc(exit, "exit")
    if exit < entry:
        raise TariffError("exit_before_entry", f"exit {_local(exit, zone)} is before entry {_local(entry, zone)}")
    rates = tariff.vehicle_class(vehicle_class)
    listed = classify(plate, tariff, on=exit.astimezone(zone).date()) if plate is not None else None
    if listed in ("pass", "white"):
        return Quote(0, [_line(listed, entry, exit, zone, fen=0)], listed)
    fee, lines = _stay(tariff, rates, entry, exit, zone)
    if paid_until is None:
        return Quote(fee, lines, listed)
    paid_until = _utc(paid_until, "paid_until")
    if paid_until < entry:
        raise TariffError("paid_before_entry", f"paid_until {_local(paid_until, zone)} is before entry {_local(entry, zone)}")
    if exit <= paid_until + timedelta(minutes=tariff.grace_minutes):
        return Quote(0, [_line("grace", paid_until, exit, zone, fen=0, grace_minutes=tariff.grace_minutes)], listed)
    paid, _ = _stay(tariff, rates, entry, paid_until, zone)
    return Quote(fee - paid, [*lines, _line("paid", entry, paid_until, zone, fen=-paid)], listed)


def toll_fee(tariff: Tariff, vehicle_class: str) -> int:
    """Fen a vehicle of the class pays at one pass through a toll lane."""
    return tariff.vehicle_class(vehicle_class).toll_fen


def classify(plate: Plate | str, tariff: Tariff, *, on: date) -> str | None:
    """The plate's list on a local date: "black" (amber, the booth decides), "pass" (a monthly
    pass valid that day), "white" (always free), or None.  Plates are compared as cleaned
    text (half-width, upper case, no separators)."""
    text = clean(str(plate))
    if text in tariff.blacklist:
        return "black"
    if any(p.plate == text and p.valid_from <= on <= p.valid_until for p in tariff.passes):
        return "pass"
    if text in tariff.whitelist:
        return "white"
    return None


def _stay(tariff: Tariff, rates: VehicleClass, entry: datetime, exit: datetime, zone: tzinfo) -> tuple[int, list[dict]]:
    free = timedelta(minutes=tariff.free_minutes if rates.free_minutes is None else rates.free_minutes)
    from_entry = tariff.charge_from_entry if rates.charge_from_entry is None else rates.charge_from_entry
    if exit - entry <= free:
        return 0, [_line("free", entry, exit, zone, fen=0)]
    lines = [] if from_entry or not free else [_line("free", entry, entry + free, zone, fen=0)]
    charged_from = entry if from_entry else entry + free
    fee, window = 0, 0
    while entry + window * WINDOW < exit:
        start, end = max(entry + window * WINDOW, charged_from), min(entry + (window + 1) * WINDOW, exit)
        window_lines = [_band_line(band, a, b, rates, zone, window) for a, b, band in _pieces(tariff.bands, start, end, zone)]
        subtotal = sum(line["fen"] for line in window_lines)
        cap = tariff.cap_fen(window)
        if cap is not None and subtotal > rates.price(cap):
            capped = rates.price(cap)
            window_lines.append(_line("cap", start, end, zone, fen=capped - subtotal, day=window + 1, cap_fen=capped))
            subtotal = capped
        lines += window_lines
        fee += subtotal
        window += 1
    return fee, lines


def _pieces(bands: tuple[Band, ...], start: datetime, end: datetime, zone: tzinfo) -> list[tuple[datetime, datetime, Band]]:
    """[start, end) cut where the local clock passes a band boundary; time in no band is left out."""
    pieces = []
    day, last = start.astimezone(zone).date() - timedelta(days=1), end.astimezone(zone).date()
    while day <= last:
        for band in bands:
            ends_next_day = band.end <= band.start
            lo = max(_wall(day, band.start, zone), start)
            hi = min(_wall(day + timedelta(days=ends_next_day), band.end, zone), end)
            if lo < hi:
                pieces.append((lo, hi, band))
        day += timedelta(days=1)
    return sorted(pieces, key=lambda piece: piece[0])


def _band_line(band: Band, start: datetime, end: datetime, rates: VehicleClass, zone: tzinfo, window: int) -> dict:
    if band.flat_fen is not None:
        units, unit_fen = 1, rates.price(band.flat_fen)
    else:
        units, unit_fen = _units(end - start, timedelta(minutes=band.unit_minutes), band.rounding), rates.price(band.unit_fen)
    line = _line("band", start, end, zone, band=band.name, day=window + 1, units=units, unit_fen=unit_fen, fen=units * unit_fen)
    if band.max_fen is not None and line["fen"] > rates.price(band.max_fen):
        line.update(fen=rates.price(band.max_fen), capped=True)
    return line


def _units(length: timedelta, unit: timedelta, rounding: str) -> int:
    if rounding == "up":
        return -(-length // unit)
    if rounding == "down":
        return length // unit
    return (2 * length + unit) // (2 * unit)  # nearest: half a unit or more counts as one


def _line(kind: str, start: datetime, end: datetime, zone: tzinfo, **values: Any) -> dict[str, Any]:
    return {"kind": kind, **({"band": values.pop("band")} if "band" in values else {}),
            "from": _local(start, zone), "to": _local(end, zone), **values}


def _wall(day: date, minute: int, zone: tzinfo) -> datetime:
    """The instant the station's clock shows `minute` on `day` (24:00 is the next midnight);
    a time skipped by a clock change falls just after it, a repeated one is its first."""
    return (datetime.combine(day, time()) + timedelta(minutes=minute)).replace(tzinfo=zone).astimezone(UTC)


def _utc(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise TariffError("naive_time", f"{name} {moment.isoformat()} has no time zone: the tariff needs aware times")
    return moment.astimezone(UTC)


def _local(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).isoformat(timespec="seconds")
