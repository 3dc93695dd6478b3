"""The pumps' electronic totals (DART CD101 → DC101) of every configured nozzle, read at a shift's ends.

Every fuel lane has one nozzle per station grade (`[station] grades`, nozzle 1
first).  A nozzle whose pump does not answer is a reading marked unavailable
with the reason's code, never a zero: the shift service refuses it unless the
operator accepts it explicitly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Callable, Mapping, Protocol

from console.config import Config
from console.timeutil import utc_now
from drivers.pumps import types as pump
from drivers.pumps.base import PumpBus

log = logging.getLogger(__name__)

#: DC101 counts nozzles 1-8 (CD101 COUN 01-08, 11-18).
MAX_NOZZLES = 8


class Unavailable(StrEnum):
    """Why a nozzle's totals could not be read."""

    PUMP_OFFLINE = "pump_offline"  # the pump does not answer, or its bus is not running
    PUMP_TIMEOUT = "pump_timeout"  # asked, no DC101 in time
    PUMP_REFUSED = "pump_refused"  # the pump refused the request (NAK under every TX#)
    NO_BUS = "no_bus"  # the lane's bus is not open in this process


@dataclass(frozen=True, slots=True)
class Nozzle:
    """One nozzle of one lane, as configured."""

    lane: int
    bus: str
    pump_address: int
    nozzle: int
    grade: str


@dataclass(frozen=True, slots=True)
class NozzleReading:
    """A nozzle's total counters at one moment: litres and fen, or why there are none."""

    lane: int
    pump_address: int
    nozzle: int
    grade: str
    read_at: datetime
    volume: Decimal | None = None  # litres, as the pump counts them
    amount_fen: int | None = None
    fillings: int | None = None  # None where the pump sends the short DC101
    unavailable: Unavailable | None = None
    detail: str | None = None  # the driver's words, for whoever fixes it

    @property
    def available(self) -> bool:
        return self.unavailable is None

    @property
    def key(self) -> tuple[int, int]:
        return self.lane, self.nozzle


class TotalsReader(Protocol):
    """What a shift is opened and closed with: the window passes `LaneEngine.read_totals`,
    the CLI a reader over buses it opened itself (console/shifts/pumps.py)."""

    def __call__(self) -> list[NozzleReading]: ...


def configured_nozzles(config: Config) -> list[Nozzle]:
    """Every nozzle of every fuel lane, lane by lane, nozzle 1 first."""
    count = min(len(config.station.grades), MAX_NOZZLES)
    return [
        Nozzle(lane.id, lane.bus, lane.pump_address, n, config.station.grade(n))
        for lane in sorted(config.lanes, key=lambda lane: lane.id) if lane.kind == "fuel"
        for n in range(1, count + 1)
    ]


def read_totals(config: Config, buses: Mapping[str, PumpBus], timeout: float = 5.0,
                now: Callable[[], datetime] = utc_now) -> list[NozzleReading]:
    """Ask every configured nozzle for its totals, on the caller's thread (each request runs as a
    job on its bus thread while the bus goes on polling).  A pump that fails is not asked again
    for its other nozzles in this round: they are unavailable for the same reason."""
    readings: list[NozzleReading] = []
    failed: dict[tuple[str, int], tuple[Unavailable, str]] = {}
    for n in configured_nozzles(config):
        at = now()
        base = dict(lane=n.lane, pump_address=n.pump_address, nozzle=n.nozzle, grade=n.grade, read_at=at)
        bus = buses.get(n.bus)
        if bus is None:
            readings.append(NozzleReading(**base, unavailable=Unavailable.NO_BUS, detail=f"bus {n.bus} is not open"))
            continue
        if (n.bus, n.pump_address) in failed:
            why, detail = failed[(n.bus, n.pump_address)]
            readings.append(NozzleReading(**base, unavailable=why, detail=detail))
            continue
        try:
            t = bus.totals(n.pump_address, n.nozzle, timeout=timeout)
        except pump.PumpError as exc:
            why = _why(exc)
            log.warning("totals of lane %d nozzle %d (pump 0x%02X): %s", n.lane, n.nozzle, n.pump_address, exc)
            failed[(n.bus, n.pump_address)] = (why, str(exc))
            readings.append(NozzleReading(**base, unavailable=why, detail=str(exc)))
            continue
        readings.append(NozzleReading(**base, volume=t.volume, amount_fen=t.amount_fen, fillings=t.fillings))
    return readings


def _why(exc: pump.PumpError) -> Unavailable:
    if isinstance(exc, pump.PumpTimeout):
        return Unavailable.PUMP_TIMEOUT
    if isinstance(exc, pump.CommandRejected):
        return Unavailable.PUMP_REFUSED
    return Unavailable.PUMP_OFFLINE
