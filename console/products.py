"""Products: the grade on each nozzle of each pump with its unit price, and a manager's price change.

A price lives in two places: the pump holds the one it sells at, and the
configuration's `[station] prices` is what the console gives a pump that
comes up zeroised (NOT PROGRAMMED).  A change sets both: it is downloaded to
every pump of the station, read back, then written to the configuration file,
and audited.  Any step that fails puts back what the steps before it changed,
so the station never sells one grade at two prices because of a half-done change.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console import config as config_module
from console.config import Config, ConfigError
from console.config_file import save_setting
from console.domain import audit
from console.domain.errors import DomainError
from console.lanes import events as ev
from console.lanes.commands import OperatorRef
from console.lanes.states import State
from console.money import InvalidAmount, format_yuan, parse_yuan
from console.store.models import Role
from drivers.pumps import types as pump
from drivers.pumps.base import PumpBus
from drivers.pumps.dart.decimals import Decimals, DecimalsError

if TYPE_CHECKING:
    from console.lanes.engine import LaneEngine

log = logging.getLogger(__name__)

AUDIT_ACTION = "price.change"
# A DART unit price is three bytes of packed BCD (CD5): six digits, whatever the decimals.
_MOST_RAW_PRICE = 999_999
# Lanes whose vehicle has money held or fuel flowing: their filling was agreed at the price shown.
_LANE_BUSY = (State.GREEN, State.AUTHORISED, State.FILLING, State.COMPLETED, State.SETTLING, State.RELEASING)
# One change at a time on this console: two managers' changes must not interleave on the pumps.
_changing = threading.Lock()


class PriceRefusal(StrEnum):
    NO_REASON = "no_reason"
    NEEDS_MANAGER = "needs_manager"
    BAD_PRICE = "bad_price"  # params: price (as typed)
    UNKNOWN_NOZZLE = "unknown_nozzle"  # params: nozzle
    SAME_PRICE = "same_price"  # params: grade, price
    PRICE_DECIMALS = "price_decimals"  # params: lane, pump, decimals (the pump's price decimals)
    PRICES_UNKNOWN = "prices_unknown"  # the other grades' prices are neither configured nor the same at every pump
    PUMP_BUSY = "pump_busy"  # params: lanes (mid-filling or authorised)
    PUMP_OFFLINE = "pump_offline"  # params: lanes
    PUMP_REFUSED = "pump_refused"  # params: lane, pump
    NOT_SAVED = "not_saved"  # the configuration file could not be written; params: path
    AUDIT_FAILED = "audit_failed"


class PriceChangeRefused(DomainError):
    """A price change not made; `code` (PriceRefusal) and `params` say why, for the UI to word.

    Nothing changed: pumps already given the new price were given their old one back."""

    def __init__(self, code: PriceRefusal, params: dict[str, Any] | None = None) -> None:
        self.code, self.params = code, params or {}
        super().__init__(f"price change refused: {code.value} {self.params}")


@dataclass(frozen=True)
class NozzleProduct:
    nozzle: int
    grade: str
    pump_price: Decimal | None  # yuan per litre as the pump holds it; None where it does not say
    configured_fen: int | None  # the configuration's price in fen per litre; None where it has none


@dataclass(frozen=True)
class PumpProducts:
    lane: int
    lane_name: str
    bus: str
    address: int
    online: bool
    nozzles: tuple[NozzleProduct, ...]


@dataclass(frozen=True)
class PriceChange:
    nozzle: int
    grade: str
    old_fen: int
    new_fen: int
    lanes: tuple[int, ...]
    saved_to: Path | None  # None: the embedded demo, which keeps no configuration file


@dataclass(frozen=True)
class _Pump:
    lane: int
    lane_name: str
    bus_name: str
    address: int
    bus: PumpBus | None  # None: its bus did not open
    decimals: Decimals
    held: tuple[Decimal, ...] | None = field(default=None, compare=False)


def price_text(price: Decimal) -> str:
    """7.89 or 7.895 as the pump holds it: never rounded, at least two decimals."""
    if price == price.quantize(Decimal("0.01")):
        return format_yuan(parse_yuan(price.quantize(Decimal("0.01"))))
    return format(price.normalize(), "f")


def station_config(engine: LaneEngine, config_path: Path | None = None) -> Config:
    """The configuration as its file says now (a price changed since start is in the file);
    the running one where there is no file or it cannot be read."""
    path = _config_file(engine, config_path)
    if path is not None:
        try:
            return config_module.load(path)
        except ConfigError as exc:
            log.warning("products: %s not read, showing the configuration of the start: %s", path, exc)
    return engine.config


def list_products(engine: LaneEngine, config_path: Path | None = None, timeout: float = 2.0) -> list[PumpProducts]:
    """Every fuel lane's pump with its nozzles, grades and prices (blocks: it asks the pumps)."""
    config = station_config(engine, config_path)
    configured = _configured_fen(config)
    listed = []
    for p in _pumps(engine):
        held = _read_prices(p, timeout)
        count = max(len(config.station.grades), len(held or ()))
        listed.append(PumpProducts(
            lane=p.lane, lane_name=p.lane_name, bus=p.bus_name, address=p.address, online=_online(p),
            nozzles=tuple(
                NozzleProduct(
                    nozzle=n, grade=config.station.grade(n),
                    pump_price=held[n - 1] if held and n <= len(held) else None,
                    configured_fen=configured[n - 1] if n <= len(configured) else None,
                )
                for n in range(1, count + 1)
            ),
        ))
    return listed


def change_price(engine: LaneEngine, operator: OperatorRef, nozzle: int, price: str, reason: str, *,
                 config_path: Path | None = None, timeout: float = 5.0) -> PriceChange:
    """Set the unit price of the grade on `nozzle` at every pump of the station (a manager only).

    Refused, with nothing changed, while any pump is offline or busy with a filling.
    Raises PriceChangeRefused.
    """
    if not reason or not reason.strip():
        raise PriceChangeRefused(PriceRefusal.NO_REASON)
    config = station_config(engine, config_path)
    grade = config.station.grade(nozzle)
    subject = f"nozzle {nozzle} {grade}"
    if operator.role is not Role.MANAGER:
        _refuse(engine, operator, subject, reason, PriceRefusal.NEEDS_MANAGER, {})
    new_fen = _parse_price(price)
    if not 1 <= nozzle <= len(config.station.grades):
        raise PriceChangeRefused(PriceRefusal.UNKNOWN_NOZZLE, {"nozzle": nozzle})
    with _changing:
        pumps = _pumps(engine)
        offline = [p.lane for p in pumps if not _online(p)]
        if offline:
            _refuse(engine, operator, subject, reason, PriceRefusal.PUMP_OFFLINE, {"lanes": offline})
        busy = [p.lane for p in pumps if _busy(engine, p)]
        if busy:
            _refuse(engine, operator, subject, reason, PriceRefusal.PUMP_BUSY, {"lanes": busy})
        pumps = [_with_held(p, _read_prices(p, timeout)) for p in pumps]
        base = _base_prices(config, pumps, nozzle)
        old_fen = base[nozzle - 1]
        wanted = [*base[: nozzle - 1], new_fen, *base[nozzle:]]
        if old_fen == new_fen and all(p.held is not None and _fen_list(p.held) == wanted for p in pumps):
            raise PriceChangeRefused(PriceRefusal.SAME_PRICE, {"grade": grade, "price": format_yuan(new_fen)})
        for p in pumps:
            _check_decimals(p, wanted)
        details = {
            "nozzle": nozzle, "grade": grade, "old": format_yuan(old_fen), "new": format_yuan(new_fen),
            "lanes": [p.lane for p in pumps],
            "held_before": {f"0x{p.address:02X}": [price_text(x) for x in p.held] if p.held else None for p in pumps},
        }
        done = _download(engine, operator, subject, reason, pumps, base, wanted, timeout)
        path = _config_file(engine, config_path)
        try:
            if path is not None:
                save_setting(path, "station", "prices", [format_yuan(f) for f in wanted])
        except (ConfigError, OSError) as exc:
            log.error("price change: %s not written: %s", path, exc)
            _put_back(engine, done, base, timeout)
            _refuse(engine, operator, subject, reason, PriceRefusal.NOT_SAVED, {"path": str(path)})
        try:
            engine.audit(operator.username, AUDIT_ACTION, subject, reason,
                         {**details, "saved_to": str(path) if path else None, "accepted": True})
        except Exception:
            log.exception("price change not audited: undone")
            if path is not None:
                _restore_file(path, config)
            _put_back(engine, done, base, timeout)
            raise PriceChangeRefused(PriceRefusal.AUDIT_FAILED) from None
    return PriceChange(nozzle, grade, old_fen, new_fen, tuple(p.lane for p in pumps), path)


# --- the pumps -----------------------------------------------------------------


def _pumps(engine: LaneEngine) -> list[_Pump]:
    pumps = []
    for lane in engine.config.lanes:
        if lane.kind != "fuel":
            continue
        try:
            bus = engine.bus(lane.bus)
        except KeyError:  # the runtime opens no bus whose port failed or that has no lanes
            bus = None
        bus_config = next(b for b in engine.config.buses if b.name == lane.bus)
        pumps.append(_Pump(lane.id, lane.name or str(lane.id), lane.bus, lane.pump_address, bus,
                           _decimals(bus, lane.pump_address, bus_config.decimals_of(lane.pump_address))))
    return pumps


def _decimals(bus: PumpBus | None, address: int, configured: Decimals) -> Decimals:
    # A DART bus knows the decimals the pump itself reported (DC7); the PumpBus Protocol does not say.
    reported = getattr(bus, "decimals", None)
    return reported(address) if callable(reported) else configured


def _online(p: _Pump) -> bool:
    return p.bus is not None and p.bus.state(p.address).online


def _busy(engine: LaneEngine, p: _Pump) -> bool:
    status = p.bus.state(p.address).status
    return (status is not None and status.busy) or engine.lanes[p.lane].view.state in _LANE_BUSY


def _read_prices(p: _Pump, timeout: float) -> tuple[Decimal, ...] | None:
    # Only pumps configured for it answer RETURN PRICES, and only DART buses ask (no such call in PumpBus).
    read = getattr(p.bus, "read_prices", None)
    if read is None or not _online(p):
        return None
    try:
        return read(p.address, timeout=timeout)
    except pump.PumpError as exc:
        log.info("pump 0x%02X prices not read: %s", p.address, exc)
        return None


def _with_held(p: _Pump, held: tuple[Decimal, ...] | None) -> _Pump:
    return _Pump(p.lane, p.lane_name, p.bus_name, p.address, p.bus, p.decimals, held)


def _download(engine: LaneEngine, operator: OperatorRef, subject: str, reason: str, pumps: list[_Pump],
              base: list[int], wanted: list[int], timeout: float) -> list[_Pump]:
    done: list[_Pump] = []
    for p in pumps:
        try:
            p.bus.update_prices(p.address, _yuan_list(wanted), timeout=timeout)
            done.append(p)
            read_back = _read_prices(p, timeout)
            if read_back is not None and _fen_list(read_back[: len(wanted)]) != wanted:
                raise pump.CommandRejected(f"pump 0x{p.address:02X} shows {read_back} after the change")
        except pump.CommandRejected as exc:
            # update_prices refuses a pump that started filling since the check above.
            code = PriceRefusal.PUMP_BUSY if _filling(p) else PriceRefusal.PUMP_REFUSED
            log.warning("price change refused by pump 0x%02X: %s", p.address, exc)
            _put_back(engine, done, base, timeout)
            params = {"lanes": [p.lane]} if code is PriceRefusal.PUMP_BUSY else {"lane": p.lane, "pump": f"0x{p.address:02X}"}
            _refuse(engine, operator, subject, reason, code, params)
        except pump.PumpError as exc:
            log.warning("price change failed at pump 0x%02X: %s", p.address, exc)
            _put_back(engine, done, base, timeout)
            _refuse(engine, operator, subject, reason, PriceRefusal.PUMP_REFUSED, {"lane": p.lane, "pump": f"0x{p.address:02X}"})
    return done


def _filling(p: _Pump) -> bool:
    return p.bus.state(p.address).status in (pump.PumpStatus.FILLING, pump.PumpStatus.SUSPENDED)


def _put_back(engine: LaneEngine, done: list[_Pump], base: list[int], timeout: float) -> None:
    """Give each pump already changed the prices it held (or the station's list where it did not say)."""
    for p in done:
        old = list(p.held) if p.held is not None else _yuan_list(base)
        try:
            p.bus.update_prices(p.address, old, timeout=timeout)
        except pump.PumpError as exc:
            log.error("pump 0x%02X keeps the new price: the old one could not be put back: %s", p.address, exc)
            engine.publish(ev.ErrorEvent(
                lane=p.lane, code="price_not_restored", params={"pump": f"0x{p.address:02X}"},
                message=f"pump 0x{p.address:02X}: the price change was undone elsewhere but this pump keeps the new price: {exc}",
            ))


# --- prices --------------------------------------------------------------------


def _parse_price(text: str) -> int:
    try:
        fen = parse_yuan(text)
    except (InvalidAmount, TypeError):
        raise PriceChangeRefused(PriceRefusal.BAD_PRICE, {"price": str(text)}) from None
    if fen <= 0:
        raise PriceChangeRefused(PriceRefusal.BAD_PRICE, {"price": str(text)})
    return fen


def _configured_fen(config: Config) -> list[int]:
    return [parse_yuan(p) for p in config.station.prices]  # checked by the schema at load


def _base_prices(config: Config, pumps: list[_Pump], nozzle: int) -> list[int]:
    """The station's price list the change starts from: the configured one where it names
    every grade, else the one every pump that says holds alike."""
    configured = _configured_fen(config)
    if len(configured) >= max(nozzle, len(config.station.grades)):
        return configured
    held = {tuple(_fen_list(p.held)) for p in pumps if p.held is not None and _in_fen(p.held)}
    if len(held) == 1 and all(p.held is None or _in_fen(p.held) for p in pumps):
        prices = list(held.pop())
        if len(prices) >= nozzle:
            return prices
    raise PriceChangeRefused(PriceRefusal.PRICES_UNKNOWN)


def _in_fen(prices: tuple[Decimal, ...]) -> bool:
    return all(p == p.quantize(Decimal("0.01")) for p in prices)


def _fen_list(prices: tuple[Decimal, ...]) -> list[int]:
    return [int(p.scaleb(2)) for p in prices]


def _yuan_list(fen: list[int]) -> list[Decimal]:
    return [Decimal(f).scaleb(-2) for f in fen]


def _check_decimals(p: _Pump, wanted: list[int]) -> None:
    for price in _yuan_list(wanted):
        try:
            raw = p.decimals.raw_price(price)
        except DecimalsError:
            raw = None
        if raw is None or raw > _MOST_RAW_PRICE:
            raise PriceChangeRefused(PriceRefusal.PRICE_DECIMALS, {
                "lane": p.lane, "pump": f"0x{p.address:02X}", "decimals": p.decimals.price, "price": format(price, "f"),
            })


# --- the configuration file and the audit log ---------------------------------------


def _config_file(engine: LaneEngine, config_path: Path | None) -> Path | None:
    """The station's configuration file, or None for the embedded demo: it has no file and
    writing one would end the demo (ui.app keeps no language for it either)."""
    path = config_path or engine.config.source
    return path if path is not None and path.exists() else None


def _restore_file(path: Path, config: Config) -> None:
    try:
        save_setting(path, "station", "prices", list(config.station.prices))
    except (ConfigError, OSError) as exc:
        log.error("%s keeps the new prices though the change was undone: %s", path, exc)


def _refuse(engine: LaneEngine, operator: OperatorRef, subject: str, reason: str,
            code: PriceRefusal, params: dict[str, Any]) -> None:
    try:
        engine.audit(operator.username, AUDIT_ACTION, subject, reason, {"accepted": False, "refusal": code.value, **params})
    except Exception:  # the refusal stands; only its record is lost
        log.exception("refused price change not audited")
    raise PriceChangeRefused(code, params)
