"""Typed values a pump bus speaks in, whatever the wire protocol.

Money is integer fen (0.01 yuan); volumes are Decimal litres; never float.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Union


class PumpStatus(enum.Enum):
    NOT_PROGRAMMED = "not_programmed"
    RESET = "reset"  # idle, display cleared, ready to be authorised
    AUTHORISED = "authorised"
    FILLING = "filling"
    FILLING_COMPLETED = "filling_completed"
    MAX_REACHED = "max_reached"  # stopped at the preset amount/volume
    SWITCHED_OFF = "switched_off"
    SUSPENDED = "suspended"

    @property
    def finished(self) -> bool:
        return self in (PumpStatus.FILLING_COMPLETED, PumpStatus.MAX_REACHED)

    @property
    def busy(self) -> bool:
        return self in (PumpStatus.AUTHORISED, PumpStatus.FILLING, PumpStatus.SUSPENDED)


@dataclass(frozen=True, slots=True)
class PumpState:
    """Last known state of one pump, as the bus has read it."""

    address: int
    online: bool = False
    status: PumpStatus | None = None
    nozzle: int = 0  # selected logical nozzle, 0 = none
    nozzle_out: bool = False
    volume: Decimal = Decimal(0)
    amount_fen: int = 0
    price_fen: int = 0
    alarm: int | None = None
    filling_id: str | None = None  # the id of the authorisation in progress, if ours


@dataclass(frozen=True, slots=True)
class FillingInfo:
    address: int
    nozzle: int
    volume: Decimal
    amount_fen: int
    price_fen: int
    status: PumpStatus | None
    filling_id: str | None = None


@dataclass(frozen=True, slots=True)
class Totals:
    address: int
    nozzle: int  # 0 = the whole pump
    volume: Decimal
    amount_fen: int
    fillings: int


@dataclass(frozen=True, slots=True)
class Preset:
    """At most one of amount or volume; neither means fill until the nozzle is hung up."""

    amount_fen: int | None = None
    volume: Decimal | None = None

    def __post_init__(self) -> None:
        if self.amount_fen is not None and self.volume is not None:
            raise ValueError("preset either an amount or a volume, not both")
        if isinstance(self.amount_fen, float) or isinstance(self.volume, float):
            raise TypeError("presets must not be floats")
        if self.amount_fen is not None and self.amount_fen <= 0:
            raise ValueError(f"preset amount {self.amount_fen} fen must be positive")
        if self.volume is not None and self.volume <= 0:
            raise ValueError(f"preset volume {self.volume} L must be positive")


@dataclass(frozen=True, slots=True)
class Authorisation:
    filling_id: str
    address: int
    preset: Preset
    nozzles: tuple[int, ...]


# --- events ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusChanged:
    address: int
    old: PumpStatus | None
    new: PumpStatus


@dataclass(frozen=True, slots=True)
class NozzleOut:
    address: int
    nozzle: int


@dataclass(frozen=True, slots=True)
class NozzleIn:
    address: int
    nozzle: int


@dataclass(frozen=True, slots=True)
class FillingProgress:
    address: int
    volume: Decimal
    amount_fen: int


@dataclass(frozen=True, slots=True)
class FillingCompleted:
    filling: FillingInfo
    recovered: bool = False  # read after a restart or a pump reboot, not seen live


@dataclass(frozen=True, slots=True)
class AlarmRaised:
    address: int
    code: int


@dataclass(frozen=True, slots=True)
class PumpOnline:
    address: int


@dataclass(frozen=True, slots=True)
class PumpOffline:
    address: int


PumpEvent = Union[
    StatusChanged,
    NozzleOut,
    NozzleIn,
    FillingProgress,
    FillingCompleted,
    AlarmRaised,
    PumpOnline,
    PumpOffline,
]
PumpListener = Callable[[PumpEvent], None]


# --- errors ----------------------------------------------------------------


class PumpError(Exception):
    """Base of what a pump bus raises to its caller."""


class PumpUnavailable(PumpError):
    """The pump does not answer (offline, or the bus is not running)."""


class CommandRejected(PumpError):
    """The pump's state does not allow the command; the message says which state."""


class PumpTimeout(PumpError):
    """The command was sent but the pump did not confirm it in time."""
