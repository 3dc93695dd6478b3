"""A relay module played by pymodbus's own Modbus TCP server, for tests and the demo."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading

from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType, SimData, SimDevice

from drivers.signals.relay import open_relay

def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


class RelaySimulator:
    """A relay module with `coils` outputs answering every unit id, on 127.0.0.1."""

    def __init__(self, coils: int = 64, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port or free_port(host)
        self._coil_count = coils

        def block(datatype: DataType, value) -> list[SimData]:
            return [SimData(0, count=coils, values=value, datatype=datatype)]

        # Separate blocks, one bit per coil, as a relay module's outputs are; id 0 answers every unit.
        self._device = SimDevice(
            0,
            simdata=(block(DataType.BITS, False), block(DataType.BITS, False), block(DataType.REGISTERS, 0), block(DataType.REGISTERS, 0)),
        )
        self._observer = None
        self._loop = asyncio.new_event_loop()
        self._server: ModbusTcpServer | None = None
        self._thread = threading.Thread(target=self._serve, name="relay-simulator", daemon=True)
        self._listening = threading.Event()

    @property
    def url(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    def start(self) -> RelaySimulator:
        self._thread.start()
        if not self._listening.wait(10):
            raise RuntimeError("relay simulator did not start")
        return self

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def serve() -> None:
            self._server = ModbusTcpServer(self._device, address=(self.host, self.port))
            await self._server.serve_forever(background=True)
            self._listening.set()
            with contextlib.suppress(asyncio.CancelledError):
                await self._server.serving

        self._loop.run_until_complete(serve())

    def coils(self, address: int, count: int, unit: int = 1) -> list[bool]:
        """Read the outputs as a technician's tool would: over Modbus."""
        if self._observer is None:
            self._observer = open_relay(self.url)
        return self._observer.read_coils(unit, address, count)

    def stop(self) -> None:
        """Stop serving; a second call does nothing (a test may kill the module early)."""
        if not self._thread.is_alive():
            return
        if self._observer is not None:
            self._observer.close()
        if self._server is not None:
            asyncio.run_coroutine_threadsafe(self._server.shutdown(), self._loop).result(5)
        self._thread.join(5)
