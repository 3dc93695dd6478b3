"""Station configuration: one TOML file, one schema, defaults in one place.

The file lives in the platform's config directory (platformdirs) unless
`--config FILE` or `PLATEPAY_CONFIG` names another.  A missing file means the
embedded demo default, so a fresh install starts.  Every key is checked: a
wrong key or value stops start-up with a message naming the key, the value and
what is allowed, never a traceback.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from console.domain.slots import Slot
from console.gates.tariff import Tariff, TariffError
from console.money import InvalidAmount, parse_yuan
from drivers.pumps.dart.decimals import Decimals, DecimalsError

APP_NAME = "platepay"
ENV_CONFIG = "PLATEPAY_CONFIG"


class ConfigError(ValueError):
    """The configuration cannot be used; the message names key, value and what is allowed.

    `key` is the offending key where one is to blame, so a form can point at its field."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


def _check(allowed: str, test: Callable[[Any], Any]) -> dict:
    return {"allowed": allowed, "check": test}


def _is_zone(value: str) -> bool:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _is_yuan(value: str) -> bool:
    try:
        parse_yuan(value)
    except (InvalidAmount, TypeError):
        return False
    return True


def _is_decimals(value: str) -> bool:
    try:
        Decimals.parse(value)
    except DecimalsError:
        return False
    return True


def _is_address(text: str) -> bool:
    try:
        return 0x50 <= int(text, 0) <= 0x6F
    except ValueError:
        return False


def _is_pump_decimals(table: dict) -> bool:
    return all(_is_address(k) and isinstance(v, str) and _is_decimals(v) for k, v in table.items())


def _one_of(*choices: str) -> dict:
    return _check("one of " + ", ".join(choices), lambda v: v in choices)


_YUAN = _check("an amount in yuan as a string, such as \"50\" or \"50.00\"", _is_yuan)
PARITY_CODES = {"none": "N", "odd": "O", "even": "E"}
_ADDRESS = _check("a DART pump address from 0x50 to 0x6F (80-111)", lambda v: 0x50 <= v <= 0x6F)


@dataclass(frozen=True)
class Station:
    id: str = field(default="demo", metadata=_check("letters, digits and - (1-32)", lambda v: 0 < len(v) <= 32 and v.replace("-", "").isalnum()))
    name: str = "PlatePay 演示加油站"
    timezone: str = field(default="Asia/Shanghai", metadata=_check("an IANA time zone such as Asia/Shanghai", _is_zone))
    language: str = field(default="zh_CN", metadata=_one_of("zh_CN", "en"))
    region: str = field(default="cn", metadata=_one_of("cn", "generic"))
    grades: tuple = field(default=("92#", "95#", "0#"), metadata=_check("a list of grade names, nozzle 1 first", lambda v: all(isinstance(g, str) and g for g in v)))
    # Unit prices per grade (yuan per litre, nozzle 1 first), downloaded to a pump that
    # reports NOT PROGRAMMED (zeroised); empty: prices are set at the pump.
    prices: tuple = field(default=(), metadata=_check("a list of yuan per litre as strings, nozzle 1 first, such as [\"7.89\", \"8.45\"]", lambda v: all(isinstance(p, str) and _is_yuan(p) and parse_yuan(p) > 0 for p in v)))
    # An operator left logged in is logged out after this many minutes without a key or a click (0: never).
    auto_logout_minutes: int = field(default=15, metadata=_check("minutes from 0 (never) to 720", lambda v: 0 <= v <= 720))

    def grade(self, nozzle: int) -> str:
        return self.grades[nozzle - 1] if 1 <= nozzle <= len(self.grades) else f"nozzle {nozzle}"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Rules:
    minimum_balance: str = field(default="50.00", metadata=_YUAN)
    max_fill: str = field(default="800.00", metadata=_YUAN)
    offline_limit_per_day: str = field(default="500.00", metadata=_YUAN)
    offline_after_minutes: int = field(default=30, metadata=_check("minutes from 1 to 10080", lambda v: 1 <= v <= 10080))
    min_plate_confidence: float = field(default=0.7, metadata=_check("a number from 0 to 1", lambda v: 0 <= v <= 1))
    nozzle_timeout_seconds: int = field(default=120, metadata=_check("seconds from 10 to 3600", lambda v: 10 <= v <= 3600))
    # Top-ups: the most one may credit, the most one card may be credited in a day, and
    # the amount above which a manager must do it.
    top_up_max: str = field(default="20000.00", metadata=_YUAN)
    top_up_day_max: str = field(default="50000.00", metadata=_YUAN)
    top_up_manager_above: str = field(default="5000.00", metadata=_YUAN)

    @property
    def minimum_balance_fen(self) -> int:
        return parse_yuan(self.minimum_balance)

    @property
    def max_fill_fen(self) -> int:
        return parse_yuan(self.max_fill)

    @property
    def offline_limit_per_day_fen(self) -> int:
        return parse_yuan(self.offline_limit_per_day)

    @property
    def top_up_limits(self) -> TopUpLimits:
        return TopUpLimits(parse_yuan(self.top_up_max), parse_yuan(self.top_up_day_max), parse_yuan(self.top_up_manager_above))


def _is_slot(value: str) -> bool:
    try:
        Slot.parse(value)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Fleet:
    """The fleet reports' thresholds (console/fleet/rules.py) and the telematics import's window.

    Whole numbers only: a threshold is compared with exact figures, never through a float."""

    # A telematics line is the reading of the plate's filling nearest in time, at most this far.
    telematics_match_minutes: int = field(default=30, metadata=_check("minutes from 1 to 1440", lambda v: 1 <= v <= 1440))
    # A fill above the vehicle's tank capacity by more than this (a tank's real size, a jerrycan).
    tank_margin_percent: int = field(default=5, metadata=_check("a percentage from 0 to 100", lambda v: 0 <= v <= 100))
    # Too soon after the vehicle's last filling: less time, or less distance, than these.
    min_minutes_between: int = field(default=120, metadata=_check("minutes from 0 (off) to 10080", lambda v: 0 <= v <= 10080))
    min_km_between: int = field(default=50, metadata=_check("km from 0 (off) to 10000", lambda v: 0 <= v <= 10000))
    min_engine_hours_between: int = field(default=2, metadata=_check("engine hours from 0 (off) to 1000", lambda v: 0 <= v <= 1000))
    # Without a configured band, a consumption further than this from the vehicle's own median.
    consumption_tolerance_percent: int = field(default=25, metadata=_check("a percentage from 1 to 500", lambda v: 1 <= v <= 500))
    # How many full-to-full figures a vehicle needs before its own median counts as a baseline.
    baseline_min_figures: int = field(default=3, metadata=_check("a count from 1 to 100", lambda v: 1 <= v <= 100))
    # Two fillings of one vehicle at different stations closer in time than this cannot both be true.
    simultaneous_minutes: int = field(default=30, metadata=_check("minutes from 1 to 1440", lambda v: 1 <= v <= 1440))
    # Fillings in this part of the station's local day are flagged as at night ("" turns it off).
    night: str = field(default="22:00-06:00", metadata=_check("HH:MM-HH:MM such as 22:00-06:00, or \"\" for none", lambda v: v == "" or _is_slot(v)))


@dataclass(frozen=True)
class TopUpLimits:
    most_fen: int
    day_most_fen: int
    manager_above_fen: int


@dataclass(frozen=True)
class Database:
    path: str = field(default="", metadata={"allowed": "a file path, or empty for the platform's data folder"})


def _is_central_url(value: str) -> bool:
    if value == "":
        return True
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except (ArgumentError, ValueError):  # a bad port or a broken [IPv6] address is a ValueError
        return False
    return url.get_backend_name() in ("postgresql", "postgres") and bool(url.host) and bool(url.database)


@dataclass(frozen=True)
class Central:
    # The password may be left out of the file and kept in the OS keyring (docs/sync.md).
    url: str = field(default="", metadata=_check("a postgresql://ROLE@HOST:PORT/DB URL of the central database, or empty for none", _is_central_url))
    sync_interval_seconds: int = field(default=10, metadata=_check("seconds from 1 to 3600", lambda v: 1 <= v <= 3600))


#: Plate engines by name (drivers/plates/engine.py); auto = the region's default.
ENGINES = ("auto", "ppocr+clp", "ppocr", "clp", "tesseract")


@dataclass(frozen=True)
class Recognition:
    engine: str = field(default="auto", metadata=_one_of(*ENGINES))
    # Reader processes: 0 picks one less than the PC's cores, at most two.
    workers: int = field(default=0, metadata=_check("0 (automatic) to 8", lambda v: 0 <= v <= 8))
    # ONNX Runtime threads per reader process: one, unless a core is idle.
    threads: int = field(default=1, metadata=_check("1 to 8", lambda v: 1 <= v <= 8))


@dataclass(frozen=True)
class Bus:
    name: str = "bus1"
    port: str = field(default="demo", metadata={"allowed": "a pyserial port URL: /dev/ttyUSB0, COM3, socket://host:port, rfc2217://host:port, or demo"})
    protocol: str = field(default="dart", metadata=_one_of("dart"))
    baudrate: int = field(default=9600, metadata=_check("one of 1200, 2400, 4800, 9600, 19200", lambda v: v in (1200, 2400, 4800, 9600, 19200)))
    parity: str = field(default="odd", metadata=_one_of("none", "odd", "even"))
    # Real pumps answer a poll in 10-50 ms and USB-RS485 adapters add their latency
    # timer (16 ms on FTDI); 25 ms, the line spec's figure, loses answers (docs/protocols/dart.md).
    answer_timeout_ms: int = field(default=100, metadata=_check("milliseconds from 5 to 1000 (default 100)", lambda v: 5 <= v <= 1000))
    # Decimal positions VOLUME,AMOUNT,PRICE of the pumps on this bus; a pump that reports
    # its own (DC7) is read with those, with a warning when they differ.
    decimals: str = field(default="2,2,2", metadata=_check("VOLUME,AMOUNT,PRICE decimals such as \"3,1,3\" (volume and amount 0-8, price 0-4)", _is_decimals))
    pump_decimals: dict = field(default_factory=dict, metadata={"type": dict, **_check("a table of pump address = \"VOLUME,AMOUNT,PRICE\", such as { 0x51 = \"3,1,3\" }", _is_pump_decimals)})

    @property
    def parity_code(self) -> str:
        """The letter pyserial and the pump drivers take (N, O, E)."""
        return PARITY_CODES[self.parity]

    def decimals_of(self, address: int) -> Decimals:
        for key, value in self.pump_decimals.items():
            if int(key, 0) == address:
                return Decimals.parse(value)
        return Decimals.parse(self.decimals)


@dataclass(frozen=True)
class Relay:
    url: str = field(default="demo", metadata={"allowed": "tcp://host:port (Modbus TCP), a serial port such as /dev/ttyUSB1?baudrate=9600 (Modbus RTU), demo, or empty for no lights"})


@dataclass(frozen=True)
class Webhook:
    url: str = field(default="demo", metadata=_check("an https:// or http:// URL of the payment platform, demo, or empty for none", lambda v: v in ("", "demo") or v.startswith(("https://", "http://"))))
    secret: str = field(default="demo-secret", metadata={"allowed": "the shared secret for the HMAC-SHA256 signature"})
    timeout_seconds: int = field(default=10, metadata=_check("seconds from 1 to 120", lambda v: 1 <= v <= 120))
    max_attempts: int = field(default=60, metadata=_check("a number of attempts from 1 to 1000", lambda v: 1 <= v <= 1000))


@dataclass(frozen=True)
class Lane:
    id: int = field(default=1, metadata=_check("a lane number from 1 to 16", lambda v: 1 <= v <= 16))
    name: str = ""
    kind: str = field(default="fuel", metadata=_one_of("fuel", "gate"))
    camera: str = field(default="demo", metadata={"allowed": "a device index, rtsp:// or http:// URL, a video file, or demo"})
    bus: str = "bus1"
    pump_address: int = field(default=0x50, metadata=_ADDRESS)
    keypad_entry: bool = False
    relay_unit: int = field(default=1, metadata=_check("a Modbus unit id from 1 to 247", lambda v: 1 <= v <= 247))
    relay_coil: int = field(default=-1, metadata=_check("the first of three coils (red, amber, green) from 0 to 65533, or -1 for lane id × 3 − 3", lambda v: -1 <= v <= 65533))
    # Where in the camera's picture this lane's plates appear (x, y, width, height in the
    # camera's pixels): the plate detector searches there first; empty: the whole picture.
    # Gate lanes only: what the gate does, and its barrier's wiring on the relay module
    # (an OPEN and a CLOSE contact pulsed, the vehicle loop read as a discrete input).
    gate: str = field(default="entry", metadata=_one_of("entry", "exit", "toll"))
    barrier_open_coil: int = field(default=-1, metadata=_check("a coil from 0 to 65535, or -1 for 48 + (lane id − 1) × 2", lambda v: -1 <= v <= 65535))
    loop_input: int = field(default=-1, metadata=_check("a discrete input from 0 to 65535, or -1 for lane id − 1", lambda v: -1 <= v <= 65535))
    roi: tuple = field(default=(), metadata=_check("[] or [x, y, width, height] in camera pixels, width and height at least 64",
                                                   lambda v: len(v) == 0 or (len(v) == 4 and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in v) and v[2] >= 64 and v[3] >= 64)))

    @property
    def light_coil(self) -> int:
        return self.relay_coil if self.relay_coil >= 0 else (self.id - 1) * 3

    @property
    def open_coil(self) -> int:
        """The barrier's OPEN contact; CLOSE is the coil after it."""
        return self.barrier_open_coil if self.barrier_open_coil >= 0 else 48 + (self.id - 1) * 2

    @property
    def loop(self) -> int:
        return self.loop_input if self.loop_input >= 0 else self.id - 1


@dataclass(frozen=True)
class Config:
    station: Station = Station()
    rules: Rules = Rules()
    database: Database = Database()
    central: Central = Central()
    recognition: Recognition = Recognition()
    relay: Relay = Relay()
    webhook: Webhook = Webhook()
    tariff: Tariff = Tariff()
    fleet: Fleet = Fleet()
    buses: tuple[Bus, ...] = (Bus(),)
    lanes: tuple[Lane, ...] = tuple(Lane(id=n, name=f"{n}", pump_address=0x4F + n) for n in range(1, 5))
    source: Path | None = None  # the file it came from; None for the embedded default

    @property
    def is_demo(self) -> bool:
        return self.source is None

    def database_path(self) -> Path:
        if self.database.path:
            return Path(self.database.path).expanduser()
        return Path(platformdirs.user_data_dir(APP_NAME)) / "platepay.sqlite3"


_SECTIONS = {
    "station": Station,
    "rules": Rules,
    "database": Database,
    "central": Central,
    "recognition": Recognition,
    "relay": Relay,
    "webhook": Webhook,
    "fleet": Fleet,
}
_LISTS = {"buses": Bus, "lanes": Lane}
# Sections with nested tables, whose fields say how they are written (key, parse, table_of).
_RULES = {"tariff": Tariff}


def default_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "platepay.toml"


def resolve_path(explicit: str | os.PathLike | None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG])
    return default_path()


def load(explicit: str | os.PathLike | None = None) -> Config:
    """Load the configuration; a missing default file means the demo default.

    A file named explicitly (option or environment) must exist.
    """
    path = resolve_path(explicit)
    named = bool(explicit or os.environ.get(ENV_CONFIG))
    if not path.exists():
        if named:
            raise ConfigError(f"{path}: no such configuration file")
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    return from_dict(data, source=path)


def from_dict(data: dict, source: Path | None = None) -> Config:
    where = f"{source}: " if source else ""
    values: dict[str, Any] = {"source": source}
    for key, value in data.items():
        if key in _SECTIONS:
            values[key] = _build(_SECTIONS[key], value, f"{where}[{key}]")
        elif key in _LISTS:
            if not isinstance(value, list):
                raise ConfigError(f"{where}{key} = {value!r}: must be an array of tables [[{key}]]")
            values[key] = tuple(_build(_LISTS[key], item, f"{where}[[{key}]] #{i + 1}") for i, item in enumerate(value))
        elif key in _RULES:
            values[key] = _build_rule(_RULES[key], value, where, key)
        else:
            allowed = ", ".join([*_SECTIONS, *_RULES, *_LISTS])
            raise ConfigError(f"{where}unknown section or key {key!r}: allowed are {allowed}")
    config = Config(**values)
    _check_references(config, where)
    return config


def _build(cls: type, table: Any, where: str) -> Any:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table, got {table!r}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    table = {k: tuple(v) if isinstance(v, list) else v for k, v in table.items()}
    for key, value in table.items():
        spec = fields.get(key)
        if spec is None:
            raise ConfigError(f"{where} unknown key {key!r}: allowed keys are {', '.join(fields)}")
        expected = spec.metadata.get("type") or type(spec.default)
        allowed = spec.metadata.get("allowed", f"a {expected.__name__}")
        wrong_type = not isinstance(value, expected) or (expected is int and isinstance(value, bool))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            wrong_type = False
        if wrong_type or not spec.metadata.get("check", lambda v: True)(value):
            raise ConfigError(f"{where} {key} = {_shown(key, value)}: allowed is {allowed}", key=key)
    return cls(**table)


def _build_rule(cls: type, table: Any, source: str, path: str, number: int | None = None) -> Any:
    """A table read into typed values: each field's metadata names its key, parses its value
    (yuan strings to fen, "08:00" to minutes) or holds an array of tables of another such class."""
    where = f"{source}[{path}]" if number is None else f"{source}[[{path}]] #{number}"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table, got {table!r}")
    fields = {f.metadata.get("key") or f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        spec = fields.get(key)
        if spec is None:
            raise ConfigError(f"{where} unknown key {key!r}: allowed keys are {', '.join(fields)}", key=key)
        nested = spec.metadata.get("table_of")
        if nested is not None:
            if not isinstance(value, list):
                raise ConfigError(f"{where} {key} = {value!r}: allowed is {spec.metadata['allowed']}", key=key)
            values[spec.name] = tuple(_build_rule(nested, item, source, f"{path}.{key}", i + 1) for i, item in enumerate(value))
            continue
        try:
            values[spec.name] = spec.metadata["parse"](value)
        except (ValueError, TypeError):
            raise ConfigError(f"{where} {key} = {_shown(key, value)}: allowed is {spec.metadata['allowed']}", key=key) from None
    missing = [key for key, f in fields.items() if f.name not in values and f.default is dataclasses.MISSING]
    if missing:
        raise ConfigError(f"{where} needs {', '.join(missing)}: allowed is {fields[missing[0]].metadata['allowed']}", key=missing[0])
    try:
        return cls(**values)
    except TariffError as exc:
        raise ConfigError(f"{where} {exc}", key=exc.key) from None


def _check_references(config: Config, where: str) -> None:
    buses = {bus.name for bus in config.buses}
    names = [bus.name for bus in config.buses]
    for name in buses:
        if names.count(name) > 1:
            numbers = [str(i + 1) for i, n in enumerate(names) if n == name]
            raise ConfigError(f"{where}[[buses]] #{' and #'.join(numbers)} are both named {name!r}: each bus needs its own name")
    seen_lanes: set[int] = set()
    seen_pumps: set[tuple[str, int]] = set()
    for lane in config.lanes:
        if lane.id in seen_lanes:
            raise ConfigError(f"{where}[[lanes]] id = {lane.id}: each lane needs its own id")
        seen_lanes.add(lane.id)
        if lane.kind == "gate":
            continue  # a gate has a barrier on the relay module, not a pump on a bus
        if lane.bus not in buses:
            raise ConfigError(f"{where}[[lanes]] #{lane.id} bus = {lane.bus!r}: allowed are the [[buses]] names {sorted(buses)}")
        if (lane.bus, lane.pump_address) in seen_pumps:
            raise ConfigError(f"{where}[[lanes]] #{lane.id} pump_address = {lane.pump_address:#x}: already used by another lane on {lane.bus}")
        seen_pumps.add((lane.bus, lane.pump_address))
    _check_webhook(config, where)
    if config.rules.max_fill_fen < config.rules.minimum_balance_fen:
        raise ConfigError(f"{where}[rules] max_fill = {config.rules.max_fill!r}: must be at least minimum_balance ({config.rules.minimum_balance})")


DEMO_SECRET = Webhook().secret
_LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")


def _check_webhook(config: Config, where: str) -> None:
    """A real payment platform gets a real secret, over TLS unless it is on this PC."""
    hook = config.webhook
    if config.source is None or hook.url in ("", "demo"):
        return
    if not hook.secret or hook.secret == DEMO_SECRET:
        raise ConfigError(
            f"{where}[webhook] secret: a webhook to {_without_userinfo(hook.url)} needs the secret agreed with the "
            "payment platform (not empty, not the demo's)"
        )
    from urllib.parse import urlsplit

    parts = urlsplit(hook.url)
    if parts.scheme == "http" and (parts.hostname or "") not in _LOOPBACK:
        raise ConfigError(
            f"{where}[webhook] url = {_without_userinfo(hook.url)!r}: plain http is allowed only to this PC "
            "(127.0.0.1, localhost); use https:// for the payment platform"
        )


def _without_userinfo(url: str) -> str:
    """A URL fit to print, however malformed: whatever stands before an @ (user and
    password) is left out, and so is a password=… parameter."""
    import re

    url = re.sub(r"(?i)(password=)[^&]*", r"\1…", url)
    scheme, sep, rest = url.partition("://")
    if sep:
        authority, slash, path = rest.partition("/")
        if "@" in authority:
            authority = "…@" + authority.rsplit("@", 1)[1]
        return f"{scheme}://{authority}{slash}{path}"
    if "@" in url:
        head = url.split(":", 1)[0] + ":" if ":" in url.split("@", 1)[0] else ""
        return f"{head}…@{url.rsplit('@', 1)[1]}"
    return url


def _shown(key: str, value: Any) -> str:
    """A value fit for an error message: never a password or a secret."""
    if key in ("secret", "password"):
        return "(hidden)"
    if key == "url" and isinstance(value, str):
        return repr(_without_userinfo(value))
    return repr(value)
