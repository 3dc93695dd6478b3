"""DART line level (level 2): frames, CRC, TX# and SF escaping.

Pure functions of bytes; no I/O.  Facts and sources are in docs/protocols/dart.md.

Wire shapes:
    short frame   ADR CTRL SF                         (POLL, ACK, NAK, EOT, ACKPOLL)
    data frame    ADR CTRL DATA... CRC-1 CRC-2 ETX SF (CTRL = 0x30 | TX#)

CRC-1 is the low byte of a CRC-16 over ADR..last data byte (unescaped).  Any
byte equal to SF between ADR and ETX is sent as DLE SF; a DLE followed by
anything else is an ordinary byte.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

ETX = 0x03
DLE = 0x10
SF = 0xFA
ADDRESS_MIN = 0x50
ADDRESS_MAX = 0x6F
# Largest unescaped ADR..ETX buffer a DART device accepts.
MAX_BUFFER = 256
MAX_PAYLOAD = MAX_BUFFER - 5


class Control(enum.IntEnum):
    """High nibble of CTRL; the low nibble is the TX# (POLL always sends 0)."""

    POLL = 0x20
    DATA = 0x30
    NAK = 0x50
    EOT = 0x70
    ACK = 0xC0
    ACKPOLL = 0xE0


_SHORT = {Control.POLL, Control.NAK, Control.EOT, Control.ACK, Control.ACKPOLL}
_BY_NIBBLE = {c.value: c for c in Control}


class CrcVariant(enum.Enum):
    """Which CRC-16 a bus speaks.  ARC is what captured Wayne traffic carries."""

    ARC = "arc"  # poly 0x8005 reflected (0xA001), init 0, no xor-out
    CCITT = "ccitt"  # poly 0x1021, init 0, MSB first (XMODEM), as some open code uses


def _table_arc() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xA001 if c & 1 else c >> 1
        table.append(c)
    return table


def _table_ccitt() -> list[int]:
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        table.append(c)
    return table


_ARC = _table_arc()
_CCITT = _table_ccitt()


def crc16(data: bytes, variant: CrcVariant = CrcVariant.ARC) -> int:
    crc = 0
    if variant is CrcVariant.ARC:
        for b in data:
            crc = (crc >> 8) ^ _ARC[(crc ^ b) & 0xFF]
    else:
        for b in data:
            crc = ((crc << 8) & 0xFFFF) ^ _CCITT[((crc >> 8) ^ b) & 0xFF]
    return crc


def next_tx(tx: int) -> int:
    """TX# after `tx`: 1..F, wrapping F → 1; 0 is only used by a freshly started link."""
    return 1 if tx >= 0xF else tx + 1


@dataclass(frozen=True, slots=True)
class Frame:
    address: int
    kind: Control
    tx: int = 0
    payload: bytes = b""

    @property
    def control(self) -> int:
        return self.kind.value | (self.tx & 0x0F)


@dataclass(frozen=True, slots=True)
class BadFrame:
    """Bytes up to an SF that do not make a valid frame (noise, CRC error, cut frame)."""

    raw: bytes
    reason: str
    address: int | None = None  # set when the CRC failed but the header looked sound
    tx: int | None = None


class FrameError(ValueError):
    """A frame that cannot be encoded (bad address, TX#, payload too long)."""


def _escape(body: bytes) -> bytes:
    return body.replace(bytes([SF]), bytes([DLE, SF]))


def _unescape(body: bytes) -> bytes:
    return body.replace(bytes([DLE, SF]), bytes([SF]))


def encode(frame: Frame, crc: CrcVariant = CrcVariant.ARC) -> bytes:
    if not ADDRESS_MIN <= frame.address <= ADDRESS_MAX:
        raise FrameError(f"address 0x{frame.address:02X} is outside 0x50-0x6F")
    if not 0 <= frame.tx <= 0xF:
        raise FrameError(f"TX# {frame.tx} is outside 0-15")
    if frame.kind in _SHORT:
        if frame.payload:
            raise FrameError(f"{frame.kind.name} frames carry no data")
        tx = 0 if frame.kind is Control.POLL else frame.tx
        return bytes([frame.address, frame.kind.value | tx, SF])
    if len(frame.payload) > MAX_PAYLOAD:
        raise FrameError(f"payload of {len(frame.payload)} bytes exceeds {MAX_PAYLOAD}")
    body = bytes([frame.address, frame.control]) + frame.payload
    c = crc16(body, crc)
    return _escape(body + bytes([c & 0xFF, c >> 8])) + bytes([ETX, SF])


def poll(address: int) -> bytes:
    return encode(Frame(address, Control.POLL))


def _valid_address(b: int) -> bool:
    return ADDRESS_MIN <= b <= ADDRESS_MAX


def parse_chunk(chunk: bytes, crc: CrcVariant = CrcVariant.ARC) -> Frame | BadFrame:
    """Parse bytes ending in an unescaped SF; leading noise is skipped."""
    body = _unescape(chunk[:-1])
    if len(body) >= 2 and body[-1] != ETX:
        adr, ctrl = body[-2], body[-1]
        kind = _BY_NIBBLE.get(ctrl & 0xF0)
        if _valid_address(adr) and kind in _SHORT:
            return Frame(adr, kind, 0 if kind is Control.POLL else ctrl & 0x0F)
        return BadFrame(chunk, "no valid short frame before SF")
    if len(body) < 5:
        return BadFrame(chunk, "too short for a data frame")
    # Noise may precede the frame: take the first start whose CRC checks out.
    header: tuple[int, int] | None = None
    for start in range(len(body) - 4):
        adr, ctrl = body[start], body[start + 1]
        if not _valid_address(adr) or ctrl & 0xF0 != Control.DATA:
            continue
        header = header or (adr, ctrl & 0x0F)
        covered = body[start:-3]
        got = body[-3] | (body[-2] << 8)
        if crc16(covered, crc) == got:
            return Frame(adr, Control.DATA, ctrl & 0x0F, bytes(covered[2:]))
    if header is None:
        return BadFrame(chunk, "no data frame header before ETX SF")
    return BadFrame(chunk, "CRC mismatch", address=header[0], tx=header[1])


class FrameDecoder:
    """Streaming decoder: feed any bytes, get frames and bad frames; never raises.

    A frame ends at the first SF not preceded by DLE, so one lost or corrupted
    byte costs at most the frame it hit: the next SF resynchronises.
    """

    def __init__(self, crc: CrcVariant = CrcVariant.ARC) -> None:
        self._crc = crc
        self._buf = bytearray()

    def reset(self) -> None:
        self._buf.clear()

    @property
    def pending(self) -> int:
        return len(self._buf)

    def feed(self, data: bytes) -> list[Frame | BadFrame]:
        out: list[Frame | BadFrame] = []
        for b in data:
            if b == SF and not (self._buf and self._buf[-1] == DLE):
                self._buf.append(b)
                out.append(parse_chunk(bytes(self._buf), self._crc))
                self._buf.clear()
                continue
            self._buf.append(b)
            if len(self._buf) > 2 * MAX_BUFFER + 8:
                # A real frame is never this long: keep only a tail that could still be one.
                out.append(BadFrame(bytes(self._buf[:-MAX_BUFFER]), "overlong, no SF"))
                del self._buf[:-MAX_BUFFER]
        return out


def line_seconds(n_bytes: int, baudrate: int, bits_per_byte: int = 11) -> float:
    """Time the bytes occupy on the wire: start + 8 data + parity + stop = 11 bits."""
    return n_bytes * bits_per_byte / baudrate
