"""Byte transports: the master's serial port, and the links a simulator listens on.

The master always opens its port with pyserial's serial_for_url, so a device
path, COM3, socket://host:port and rfc2217://host:port all work.
"""

from __future__ import annotations

import os
import select
import socket
import time
import tty
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

import serial

from drivers.pumps.dart.line import CrcVariant

try:
    from termios import error as _TermiosError
except ImportError:  # Windows: no termios, and no ptys either

    class _TermiosError(Exception):  # type: ignore[no-redef]
        pass


READ_SLICE = 0.002
_PARITY = {"N": serial.PARITY_NONE, "O": serial.PARITY_ODD, "E": serial.PARITY_EVEN}


class PortError(OSError):
    """The port named in the settings cannot be opened; the message names it."""


@dataclass(frozen=True, slots=True)
class LineSettings:
    """Everything about one DART bus's wire; defaults follow the DART line spec."""

    port: str
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "O"
    stopbits: int = 1
    crc: CrcVariant = CrcVariant.ARC
    # Pump turnaround on top of the line time of the frames.  The line spec says 25 ms,
    # but real pumps answer in 10-50 ms and a USB-RS485 adapter adds its latency timer
    # (16 ms on FTDI): peers use 50-200 ms (docs/protocols/dart.md, "Answer window").
    response_timeout: float = 0.1
    max_retries: int = 3  # retransmissions after NAK, timeout or CRC error
    poll_interval: float = 0.0  # pause after each full round, to spare CPU on fast links
    # None: a port that cannot be opened is an error at start (commissioning tools).
    # Seconds: the bus keeps trying to open it, its pumps offline meanwhile (the console).
    port_retry: float | None = None

    def __post_init__(self) -> None:
        if self.parity not in _PARITY:
            raise ValueError(f"parity {self.parity!r}: allowed N, O, E")
        if self.bytesize not in (7, 8):
            raise ValueError(f"bytesize {self.bytesize}: allowed 7 or 8")
        if self.response_timeout <= 0:
            raise ValueError(f"response_timeout {self.response_timeout}: must be > 0 s")

    @property
    def bits_per_byte(self) -> int:
        return 1 + self.bytesize + (self.parity != "N") + self.stopbits


def _open(settings: LineSettings, parity: str) -> serial.SerialBase:
    return serial.serial_for_url(
        settings.port,
        baudrate=settings.baudrate,
        bytesize=settings.bytesize,
        parity=_PARITY[parity],
        stopbits=settings.stopbits,
        # Fixed once: re-setting a timeout reconfigures the port, which a pty
        # with parity refuses (EINVAL).  Reads wait in slices of this length.
        timeout=READ_SLICE,
    )


def open_port(settings: LineSettings) -> serial.SerialBase:
    try:
        try:
            return _open(settings, settings.parity)
        except _TermiosError:
            if settings.parity == "N" or not _is_pty(settings.port):
                raise
            # A Linux pty refuses to be given again the parity it already has
            # (EINVAL on the second open of a simulator's pty); passing through
            # no parity first clears that.
            _open(settings, "N").close()
            return _open(settings, settings.parity)
    except (serial.SerialException, ValueError, OSError, _TermiosError) as exc:
        raise PortError(f"cannot open pump port {settings.port!r}: {exc}") from exc


def _is_pty(port: str) -> bool:
    return port.startswith("/dev/pts/") or port.startswith("/dev/tty") and "pty" in port


class Link(Protocol):
    """What a simulator reads and writes: a pty master, a TCP client or a serial port."""

    port: str  # what the master should open to reach this link

    def read(self, timeout: float) -> bytes: ...

    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...


class PtyLink:
    """A pseudo-terminal; the master opens `port` (the slave path) as a serial device."""

    def __init__(self) -> None:
        self._master, self._slave = os.openpty()
        # Raw at once: in cooked mode the first bytes would be echoed back.
        tty.setraw(self._slave)
        self.port = os.ttyname(self._slave)

    def read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self._master], [], [], timeout)
        if not ready:
            return b""
        return os.read(self._master, 4096)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self._master, view) :]

    def close(self) -> None:
        for fd in (self._master, self._slave):
            try:
                os.close(fd)
            except OSError:
                pass


class TcpServerLink:
    """Listens on host:port and serves one client at a time (the master's socket://)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server = socket.create_server((host, port))
        host, port = self._server.getsockname()[:2]
        self.port = f"socket://{host}:{port}"
        self._client: socket.socket | None = None

    def read(self, timeout: float) -> bytes:
        if self._client is None:
            ready, _, _ = select.select([self._server], [], [], timeout)
            if not ready:
                return b""
            self._client, _ = self._server.accept()
            self._client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return b""
        ready, _, _ = select.select([self._client], [], [], timeout)
        if not ready:
            return b""
        try:
            data = self._client.recv(4096)
        except OSError:
            data = b""
        if not data:
            self._drop_client()
        return data

    def _drop_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def write(self, data: bytes) -> None:
        if self._client is not None:
            try:
                self._client.sendall(data)
            except OSError:
                self._drop_client()

    def close(self) -> None:
        self._drop_client()
        self._server.close()


class SerialLink:
    """A real or virtual serial port opened by URL (e.g. the other end of a null modem)."""

    def __init__(self, settings: LineSettings) -> None:
        self._serial = open_port(settings)
        self.port = settings.port

    def read(self, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        while True:
            data = self._serial.read(max(1, self._serial.in_waiting))
            if data or time.monotonic() >= deadline:
                return data

    def write(self, data: bytes) -> None:
        self._serial.write(data)

    def close(self) -> None:
        self._serial.close()


def open_link(url: str | None, settings: LineSettings | None = None) -> Link:
    """'pty' (or None) → a new pty; socket://host:port → listen there; else a serial URL."""
    if url in (None, "", "pty"):
        return PtyLink()
    parts = urlsplit(url)
    if parts.scheme in ("socket", "tcp"):
        return TcpServerLink(parts.hostname or "127.0.0.1", parts.port or 0)
    return SerialLink(settings or LineSettings(port=url))
