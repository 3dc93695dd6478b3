"""DART application level (level 3): CDx / DCx transactions and packed BCD.

A block (the payload of one DATA frame) is a run of TRANS LNG DATA... triples.
CD* go from the site controller to the pump, DC* back; the same TRANS number
means different things in each direction, so decoding needs the direction.
Layouts and sources: docs/protocols/dart.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Union

from drivers.pumps.types import PumpStatus


class MessageError(ValueError):
    """A block or transaction that does not follow the DART layouts."""


class Command(enum.IntEnum):
    """CD1 DCC values."""

    RETURN_STATUS = 0x00
    RETURN_PUMP_PARAMETERS = 0x02
    RETURN_PUMP_IDENTITY = 0x03
    RETURN_FILLING_INFORMATION = 0x04
    RESET = 0x05
    AUTHORIZE = 0x06
    STOP = 0x08
    SWITCH_OFF = 0x0A
    SUSPEND = 0x0D
    RESUME = 0x0E
    RETURN_PRICES = 0x0F


WIRE_STATUS = {
    0: PumpStatus.NOT_PROGRAMMED,
    1: PumpStatus.RESET,
    2: PumpStatus.AUTHORISED,
    4: PumpStatus.FILLING,
    5: PumpStatus.FILLING_COMPLETED,
    6: PumpStatus.MAX_REACHED,
    7: PumpStatus.SWITCHED_OFF,
    8: PumpStatus.SUSPENDED,
}
STATUS_WIRE = {v: k for k, v in WIRE_STATUS.items()}


class Alarm(enum.IntEnum):
    CPU_RESET = 0x01
    RAM_ERROR = 0x03
    PROM_CHECKSUM = 0x04
    PULSER = 0x06
    PULSER_CURRENT = 0x07
    EMERGENCY_STOP = 0x09
    POWER_FAILURE = 0x0A
    PRESSURE_LOST = 0x0B
    BLEND_RATIO = 0x0C
    LOW_LEAK = 0x0D
    HIGH_LEAK = 0x0E
    HOSE_LEAK = 0x0F


def bcd_encode(value: int, size: int) -> bytes:
    if value < 0 or value >= 10 ** (2 * size):
        raise MessageError(f"{value} does not fit in {size} bytes of packed BCD")
    digits = f"{value:0{2 * size}d}"
    return bytes(int(digits[i]) << 4 | int(digits[i + 1]) for i in range(0, 2 * size, 2))


def bcd_decode(data: bytes) -> int:
    value = 0
    for b in data:
        hi, lo = b >> 4, b & 0x0F
        if hi > 9 or lo > 9:
            raise MessageError(f"byte 0x{b:02X} is not packed BCD")
        value = value * 100 + hi * 10 + lo
    return value


# --- controller → pump -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class CD1:
    command: Command
    TRANS = 0x01


@dataclass(frozen=True, slots=True)
class CD2:
    nozzles: tuple[int, ...]
    TRANS = 0x02


@dataclass(frozen=True, slots=True)
class CD3:
    volume: int  # raw, in the pump's volume decimals
    TRANS = 0x03


@dataclass(frozen=True, slots=True)
class CD4:
    amount: int  # raw, in the pump's amount decimals
    TRANS = 0x04


@dataclass(frozen=True, slots=True)
class CD5:
    prices: tuple[int, ...]  # raw, PRI1 is logical nozzle 1
    TRANS = 0x05


@dataclass(frozen=True, slots=True)
class CD101:
    counter: int
    TRANS = 0x65


# --- pump → controller -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class DC1:
    status: PumpStatus
    TRANS = 0x01


@dataclass(frozen=True, slots=True)
class DC2:
    volume: int
    amount: int
    TRANS = 0x02


@dataclass(frozen=True, slots=True)
class DC3:
    price: int
    nozzle: int  # 0 = none selected
    nozzle_out: bool
    TRANS = 0x03


@dataclass(frozen=True, slots=True)
class DC5:
    code: int
    TRANS = 0x05


@dataclass(frozen=True, slots=True)
class DC101:
    counter: int
    total: int
    meter1_or_fillings: int
    meter2: int
    TRANS = 0x65


@dataclass(frozen=True, slots=True)
class Unknown:
    """A transaction we do not handle; kept so the caller can log it."""

    trans: int
    data: bytes = field(default=b"")


ToPump = Union[CD1, CD2, CD3, CD4, CD5, CD101]
FromPump = Union[DC1, DC2, DC3, DC5, DC101]


def _data(t: ToPump | FromPump) -> bytes:
    match t:
        case CD1(command=c):
            return bytes([c])
        case CD2(nozzles=n):
            if not n or any(not 1 <= x <= 0x0F for x in n):
                raise MessageError(f"allowed nozzles {n} must be 1-15")
            return bytes(n)
        case CD3(volume=v):
            return bcd_encode(v, 4)
        case CD4(amount=a):
            return bcd_encode(a, 4)
        case CD5(prices=p):
            return b"".join(bcd_encode(x, 3) for x in p)
        case CD101(counter=c):
            return bytes([c])
        case DC1(status=s):
            return bytes([STATUS_WIRE[s]])
        case DC2(volume=v, amount=a):
            return bcd_encode(v, 4) + bcd_encode(a, 4)
        case DC3(price=p, nozzle=n, nozzle_out=o):
            return bcd_encode(p, 3) + bytes([(n & 0x0F) | (0x10 if o else 0)])
        case DC5(code=c):
            return bytes([c])
        case DC101(counter=c, total=t1, meter1_or_fillings=t2, meter2=t3):
            return bytes([c]) + bcd_encode(t1, 5) + bcd_encode(t2, 5) + bcd_encode(t3, 5)
    raise MessageError(f"cannot encode {t!r}")


def encode_block(transactions: Iterable[ToPump | FromPump]) -> bytes:
    out = bytearray()
    for t in transactions:
        data = _data(t)
        out += bytes([t.TRANS, len(data)]) + data
    return bytes(out)


def _split(block: bytes) -> list[tuple[int, bytes]]:
    parts, i = [], 0
    while i < len(block):
        if i + 2 > len(block):
            raise MessageError(f"block ends inside a transaction header at byte {i}")
        trans, lng = block[i], block[i + 1]
        if i + 2 + lng > len(block):
            raise MessageError(f"TRANS 0x{trans:02X} says {lng} bytes, block has fewer")
        parts.append((trans, block[i + 2 : i + 2 + lng]))
        i += 2 + lng
    return parts


def _need(trans: int, data: bytes, size: int) -> None:
    if len(data) != size:
        raise MessageError(f"TRANS 0x{trans:02X} needs {size} data bytes, got {len(data)}")


def decode_to_pump(block: bytes) -> list[ToPump | Unknown]:
    out: list[ToPump | Unknown] = []
    for trans, data in _split(block):
        if trans == CD1.TRANS:
            _need(trans, data, 1)
            try:
                out.append(CD1(Command(data[0])))
            except ValueError:
                out.append(Unknown(trans, data))
        elif trans == CD2.TRANS:
            out.append(CD2(tuple(data)))
        elif trans == CD3.TRANS:
            _need(trans, data, 4)
            out.append(CD3(bcd_decode(data)))
        elif trans == CD4.TRANS:
            _need(trans, data, 4)
            out.append(CD4(bcd_decode(data)))
        elif trans == CD5.TRANS:
            if len(data) % 3:
                raise MessageError(f"CD5 length {len(data)} is not a multiple of 3")
            out.append(CD5(tuple(bcd_decode(data[i : i + 3]) for i in range(0, len(data), 3))))
        elif trans == CD101.TRANS:
            _need(trans, data, 1)
            out.append(CD101(data[0]))
        else:
            out.append(Unknown(trans, data))
    return out


def decode_from_pump(block: bytes) -> list[FromPump | Unknown]:
    out: list[FromPump | Unknown] = []
    for trans, data in _split(block):
        if trans == DC1.TRANS:
            _need(trans, data, 1)
            if data[0] not in WIRE_STATUS:
                raise MessageError(f"DC1 status {data[0]} is not a DART pump status")
            out.append(DC1(WIRE_STATUS[data[0]]))
        elif trans == DC2.TRANS:
            _need(trans, data, 8)
            out.append(DC2(bcd_decode(data[:4]), bcd_decode(data[4:])))
        elif trans == DC3.TRANS:
            _need(trans, data, 4)
            out.append(DC3(bcd_decode(data[:3]), data[3] & 0x0F, bool(data[3] & 0x10)))
        elif trans == DC5.TRANS:
            _need(trans, data, 1)
            out.append(DC5(data[0]))
        elif trans == DC101.TRANS:
            _need(trans, data, 16)
            out.append(
                DC101(data[0], bcd_decode(data[1:6]), bcd_decode(data[6:11]), bcd_decode(data[11:16]))
            )
        else:
            out.append(Unknown(trans, data))
    return out


@dataclass(frozen=True, slots=True)
class Decimals:
    """Decimal positions a pump is programmed with (DC7 DPVOL / DPAMO / DPUNP).

    Money stays integer fen, so amount and price may have at most 2 decimals.
    """

    volume: int = 2
    amount: int = 2
    price: int = 2

    def __post_init__(self) -> None:
        if not 0 <= self.volume <= 8:
            raise ValueError(f"volume decimals {self.volume}: allowed 0-8")
        for name in ("amount", "price"):
            if not 0 <= getattr(self, name) <= 2:
                raise ValueError(f"{name} decimals {getattr(self, name)}: allowed 0-2 (fen)")

    def litres(self, raw: int) -> Decimal:
        return Decimal(raw).scaleb(-self.volume)

    def raw_volume(self, litres: Decimal) -> int:
        raw = litres.scaleb(self.volume)
        if raw != raw.to_integral_value():
            raise ValueError(f"{litres} L has more than {self.volume} decimals")
        return int(raw)

    def fen(self, raw_amount: int) -> int:
        return raw_amount * 10 ** (2 - self.amount)

    def raw_amount(self, fen: int) -> int:
        step = 10 ** (2 - self.amount)
        if fen % step:
            raise ValueError(f"{fen} fen is finer than the pump's {self.amount} amount decimals")
        return fen // step

    def price_fen(self, raw_price: int) -> int:
        return raw_price * 10 ** (2 - self.price)

    def raw_price(self, fen: int) -> int:
        step = 10 ** (2 - self.price)
        if fen % step:
            raise ValueError(f"{fen} fen/L is finer than the pump's {self.price} price decimals")
        return fen // step
