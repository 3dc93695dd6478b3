"""DART application level (level 3): CDx / DCx transactions and packed BCD.

A block (the payload of one DATA frame) is a run of TRANS LNG DATA... triples.
CD* go from the site controller to the pump, DC* back; the same TRANS number
means different things in each direction, so decoding needs the direction.
Layouts and sources: docs/protocols/dart.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Iterable, Union

from drivers.pumps.dart.decimals import Decimals, DecimalsError
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
class DC7:
    """Pump parameters; only the decimal positions matter to a site controller."""

    decimals: Decimals
    data: bytes = field(default=b"", compare=False)  # the whole transaction, for the log
    TRANS = 0x07


@dataclass(frozen=True, slots=True)
class DC103:
    """Unit prices, nozzle 1 first: the answer to RETURN PRICES where the pump gives one."""

    prices: tuple[int, ...]
    TRANS = 0x67


@dataclass(frozen=True, slots=True)
class DC101:
    counter: int
    total: int
    meter1_or_fillings: int | None = None  # absent from the short form (COUN + TOTVAL only)
    meter2: int | None = None
    TRANS = 0x65


@dataclass(frozen=True, slots=True)
class Unknown:
    """A transaction we do not handle, or one too short for its layout: skipped by
    its LNG and kept so the caller can log it (`reason` says which)."""

    trans: int
    data: bytes = field(default=b"")
    reason: str = field(default="unknown transaction", compare=False)


ToPump = Union[CD1, CD2, CD3, CD4, CD5, CD101]
FromPump = Union[DC1, DC2, DC3, DC5, DC7, DC101, DC103]


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
        case DC7(decimals=d):
            return dc7_data(d)
        case DC103(prices=p):
            return b"".join(bcd_encode(x, 3) for x in p)
        case DC101(counter=c, total=t1, meter1_or_fillings=None):
            return bytes([c]) + bcd_encode(t1, 5)  # the short form some field pumps send
        case DC101(counter=c, total=t1, meter1_or_fillings=t2, meter2=t3):
            return bytes([c]) + bcd_encode(t1, 5) + bcd_encode(t2, 5) + bcd_encode(t3 or 0, 5)
    raise MessageError(f"cannot encode {t!r}")


def encode_block(transactions: Iterable[ToPump | FromPump]) -> bytes:
    out = bytearray()
    for t in transactions:
        data = _data(t)
        out += bytes([t.TRANS, len(data)]) + data
    return bytes(out)


# DC7 data (spec §3.2.5, LNG 51): 22 reserved bytes, then DPVOL, DPAMO, DPUNP
# (data bytes 22-24, the 23rd to 25th), then the maximum amount and the grades,
# which a site controller does not need: 25 bytes are enough to read it.
DC7_DECIMALS_AT = 22
DC7_LENGTH = 51
DC7_NEEDED = DC7_DECIMALS_AT + 3


def dc7_data(d: Decimals) -> bytes:
    """A DC7 of the spec's length with only the decimal positions set (the simulator's)."""
    return bytes(DC7_DECIMALS_AT) + bytes([d.volume, d.amount, d.price]) + bytes(DC7_LENGTH - DC7_NEEDED)


def _split(block: bytes) -> tuple[list[tuple[int, bytes]], Unknown | None]:
    """The TRANS LNG DATA triples of a block, and its unreadable tail if it has one."""
    parts, i = [], 0
    while i < len(block):
        if i + 2 > len(block):
            return parts, Unknown(block[i], b"", f"block ends inside a transaction header at byte {i}")
        trans, lng = block[i], block[i + 1]
        if i + 2 + lng > len(block):
            tail = block[i + 2 :]
            return parts, Unknown(trans, tail, f"TRANS 0x{trans:02X} says {lng} bytes, block has {len(tail)}")
        parts.append((trans, block[i + 2 : i + 2 + lng]))
        i += 2 + lng
    return parts, None


def _need(trans: int, data: bytes, size: int) -> None:
    if len(data) != size:
        raise MessageError(f"TRANS 0x{trans:02X} needs {size} data bytes, got {len(data)}")


def decode_to_pump(block: bytes) -> list[ToPump | Unknown]:
    """What the pump side reads; strict, because a pump refuses (NAKs) a block it cannot read."""
    parts, broken = _split(block)
    if broken:
        raise MessageError(broken.reason)
    out: list[ToPump | Unknown] = []
    for trans, data in parts:
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


def _dc1(data: bytes) -> DC1:
    if data[0] not in WIRE_STATUS:
        raise MessageError(f"DC1 status {data[0]} is not a DART pump status")
    return DC1(WIRE_STATUS[data[0]])


def _dc7(data: bytes) -> DC7:
    at = DC7_DECIMALS_AT
    try:
        d = Decimals(data[at], data[at + 1], data[at + 2])
    except DecimalsError as exc:
        raise MessageError(f"DC7 {exc}") from None
    return DC7(d, bytes(data))


def _dc101(data: bytes) -> DC101:
    counter, total = data[0], bcd_decode(data[1:6])
    if len(data) < 16:  # the short form: COUN and TOTVAL only
        return DC101(counter, total)
    return DC101(counter, total, bcd_decode(data[6:11]), bcd_decode(data[11:16]))


# TRANS → (least data bytes, decoder of the data).  Longer data is read for the
# fields the spec lays out and the rest ignored, so a newer pump's additions
# cost nothing; shorter data cannot be read and the transaction is skipped.
_FROM_PUMP = {
    DC1.TRANS: (1, _dc1),
    DC2.TRANS: (8, lambda d: DC2(bcd_decode(d[:4]), bcd_decode(d[4:8]))),
    DC3.TRANS: (4, lambda d: DC3(bcd_decode(d[:3]), d[3] & 0x0F, bool(d[3] & 0x10))),
    DC5.TRANS: (1, lambda d: DC5(d[0])),
    DC7.TRANS: (DC7_NEEDED, _dc7),
    DC101.TRANS: (6, _dc101),
    DC103.TRANS: (3, lambda d: DC103(tuple(bcd_decode(d[i : i + 3]) for i in range(0, len(d) - 2, 3)))),
}


def decode_from_pump(block: bytes) -> list[FromPump | Unknown]:
    """What the site controller reads from a pump.  Never raises: a transaction it
    cannot read is skipped by its LNG and returned as Unknown with the reason, so
    one odd transaction never costs the others of its block."""
    parts, broken = _split(block)
    out: list[FromPump | Unknown] = []
    for trans, data in parts:
        known = _FROM_PUMP.get(trans)
        if known is None:
            out.append(Unknown(trans, data))
            continue
        least, decode = known
        if len(data) < least:
            out.append(Unknown(trans, data, f"TRANS 0x{trans:02X} has {len(data)} data bytes, needs {least}"))
            continue
        try:
            out.append(decode(data))
        except MessageError as exc:
            out.append(Unknown(trans, data, str(exc)))
    if broken:
        out.append(broken)
    return out
