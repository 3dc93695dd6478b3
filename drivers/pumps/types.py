"""Typed values a pump bus speaks in, whatever the wire protocol.

Volumes are Decimal litres and amounts Decimal yuan, exactly as the pump
counts them (its decimal positions vary); `*_fen` gives the console's integer
fen.  Never float.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Union


def _fen(yuan: Decimal) -> int:
    """Whole fen, half up: a pump figure finer than a fen is charged to the nearest fen."""
    return int((yuan * 100).to_integral_value(rounding=ROUND_HALF_UP))


class _AmountInFen:
    """`amount_fen` of a value whose `amount` is in yuan."""

    __slots__ = ()

    @property
    def amount_fen(self) -> int:
        return _fen(self.amount)  # type: ignore[attr-defined]


class _PriceInFen:
    """`price_fen` of a value whose `price` is in yuan per litre."""

    __slots__ = ()

    @property
    def price_fen(self) -> int:
        return _fen(self.price)  # type: ignore[attr-defined]


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
class PumpState(_AmountInFen, _PriceInFen):
    """Last known state of one pump, as the bus has read it."""

    address: int
    online: bool = False
    status: PumpStatus | None = None
    nozzle: int = 0  # selected logical nozzle, 0 = none
    nozzle_out: bool = False
    volume: Decimal = Decimal(0)
    amount: Decimal = Decimal(0)  # yuan, exactly as the pump counts it
    price: Decimal = Decimal(0)  # yuan per litre, exactly as the pump shows it
    alarm: int | None = None
    filling_id: str | None = None  # the id of the authorisation in progress, if ours
    data_refused: bool = False  # answers polls but NAKs every data frame (see `pump status`)


@dataclass(frozen=True, slots=True)
class FillingInfo(_AmountInFen, _PriceInFen):
    address: int
    nozzle: int
    volume: Decimal
    amount: Decimal  # yuan, in the pump's own decimals
    price: Decimal  # yuan per litre
    status: PumpStatus | None
    filling_id: str | None = None


@dataclass(frozen=True, slots=True)
class Totals(_AmountInFen):
    address: int
    nozzle: int  # 0 = the whole pump
    volume: Decimal
    amount: Decimal  # yuan
    fillings: int | None  # None where the pump sends the short form of DC101


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
class FillingProgress(_AmountInFen):
    address: int
    volume: Decimal
    amount: Decimal  # yuan


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
    flaps: int = 0  # changes held back since the last report: a flapping link is reported once


@dataclass(frozen=True, slots=True)
class PumpOffline:
    address: int
    flaps: int = 0


@dataclass(frozen=True, slots=True)
class DataRefused:
    """The pump answers polls but refused a data frame under every TX# tried."""

    address: int


@dataclass(frozen=True, slots=True)
class DecimalsDisagree:
    """The pump's own decimal positions (DC7) differ from the configured ones; the pump's win."""

    address: int
    configured: str  # "VOLUME,AMOUNT,PRICE"
    reported: str


PumpEvent = Union[
    StatusChanged,
    NozzleOut,
    NozzleIn,
    FillingProgress,
    FillingCompleted,
    AlarmRaised,
    PumpOnline,
    PumpOffline,
    DataRefused,
    DecimalsDisagree,
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
