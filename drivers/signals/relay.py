"""Relay modules driving lane lights and barriers over Modbus (RTU or TCP).

A relay module is a Modbus server with one coil per output.  pymodbus does the
framing, CRC and transactions; this module only names what the lanes need.

    relay = open_relay("tcp://192.0.2.20:502")          # Modbus TCP
    relay = open_relay("/dev/ttyUSB1?baudrate=9600")    # Modbus RTU on RS-485
    relay.set_coils(unit=1, address=0, values=[True, False, False])
    relay.read_discrete_inputs(unit=1, address=0, count=1)   # a barrier's vehicle loop
"""

from __future__ import annotations

import threading
from typing import Protocol, Sequence
from urllib.parse import parse_qs, urlsplit

from pymodbus.client import ModbusSerialClient, ModbusTcpClient
from pymodbus.exceptions import ModbusException


class RelayError(RuntimeError):
    """The relay module did not take the command; the message says where."""


class RelayModule(Protocol):
    def set_coils(self, unit: int, address: int, values: Sequence[bool]) -> None: ...

    def read_coils(self, unit: int, address: int, count: int) -> list[bool]: ...

    def read_discrete_inputs(self, unit: int, address: int, count: int) -> list[bool]: ...

    def close(self) -> None: ...


class ModbusRelay:
    """One pymodbus client, shared by every lane on the module (calls are serialised)."""

    def __init__(self, client: ModbusTcpClient | ModbusSerialClient, where: str) -> None:
        self._client = client
        self._where = where
        self._lock = threading.Lock()

    def set_coils(self, unit: int, address: int, values: Sequence[bool]) -> None:
        self._call(unit, f"coils {address}+{len(values)}", lambda: self._client.write_coils(address, list(values), device_id=unit))

    def read_coils(self, unit: int, address: int, count: int) -> list[bool]:
        reply = self._call(unit, f"to read coils {address}+{count}", lambda: self._client.read_coils(address, count=count, device_id=unit))
        return list(reply.bits[:count])

    def read_discrete_inputs(self, unit: int, address: int, count: int) -> list[bool]:
        """The module's inputs (dry contacts such as a vehicle loop detector's), `count` from `address`."""
        reply = self._call(unit, f"to read inputs {address}+{count}",
                           lambda: self._client.read_discrete_inputs(address, count=count, device_id=unit))
        return list(reply.bits[:count])

    def _call(self, unit: int, what: str, request):
        """One request, serialised; every failure a RelayError that says where and what."""
        with self._lock:
            self._connect()
            try:
                reply = request()
            except ModbusException as exc:
                raise RelayError(f"relay {self._where} unit {unit}: {exc}") from None
            except OSError as exc:
                self._client.close()  # pymodbus lets a reset connection through raw; the next call reconnects
                raise RelayError(f"relay {self._where} unit {unit}: {exc}") from None
            if reply.isError():
                raise RelayError(f"relay {self._where} unit {unit} refused {what}: {reply}")
            return reply

    def _connect(self) -> None:
        if not self._client.connected and not self._client.connect():
            raise RelayError(f"relay {self._where} does not answer")

    def close(self) -> None:
        with self._lock:
            self._client.close()


def open_relay(url: str, timeout: float = 1.0) -> ModbusRelay:
    """`tcp://host:port` for Modbus TCP; a serial port (optionally `?baudrate=&parity=`) for RTU."""
    parts = urlsplit(url)
    if parts.scheme == "tcp":
        if not parts.hostname:
            raise RelayError(f"{url!r}: a Modbus TCP relay is tcp://host:port")
        client = ModbusTcpClient(parts.hostname, port=parts.port or 502, timeout=timeout, retries=1)
        return ModbusRelay(client, url)
    options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    port = url.split("?", 1)[0]
    parity = {"none": "N", "even": "E", "odd": "O"}.get(options.get("parity", "none"), "N")
    client = ModbusSerialClient(
        port, baudrate=int(options.get("baudrate", 9600)), parity=parity, bytesize=8, stopbits=1, timeout=timeout, retries=1
    )
    return ModbusRelay(client, port)
