"""A relay module played by pymodbus's own Modbus TCP server, for tests and the demo.

Besides bare coils (lane lights), the module can have barriers wired to it:

    gate = SimulatedBarrier(open_coil=40, close_coil=41, loop_input=0)
    sim = RelaySimulator(barriers=[gate]).start()
    gate.vehicle_arrives()        # the loop detector's contact closes
    gate.arm                      # ArmPosition.DOWN, RISING, UP or LOWERING
    gate.closed_on_vehicle        # CLOSE pulses received while the loop was occupied
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Iterable

from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType, SimData, SimDevice
from pymodbus.simulator.simutils import SimUtils

from drivers.signals.relay import open_relay

READ_DISCRETE_INPUTS = 2
WRITE_COIL_CODES = {5, 15}


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


class ArmPosition(enum.Enum):
    DOWN = "down"
    RISING = "rising"
    UP = "up"
    LOWERING = "lowering"


@dataclass(frozen=True)
class Pulse:
    """One contact closure seen by the barrier: which coil, when it was made (monotonic), how long it stayed on."""

    coil: int
    made_at: float
    seconds: float


@dataclass
class SimulatedBarrier:
    """A car-park barrier on two relay contacts (OPEN, CLOSE) with its vehicle loop on an input.

    Like real barriers it acts on a contact's closing edge, refuses CLOSE while the
    loop is occupied and turns back up when told OPEN on the way down.  Unlike a real
    one it counts what must never happen, so tests can assert it did not:
    `closed_on_vehicle` (CLOSE arrived with the loop occupied) and
    `lowered_on_vehicle` (the arm reached the bottom with the loop occupied).
    """

    open_coil: int
    close_coil: int
    loop_input: int
    travel_seconds: float = 1.0
    closed_on_vehicle: int = 0
    lowered_on_vehicle: int = 0
    pulses: list[Pulse] = field(default_factory=list)
    _occupied: bool = False
    _arm: ArmPosition = ArmPosition.DOWN
    _moved_at: float = 0.0
    _on_since: dict[int, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- the test's or demo's hands ------------------------------------------------

    def vehicle_arrives(self) -> None:
        self._set_loop(True)

    def vehicle_leaves(self) -> None:
        self._set_loop(False)

    @property
    def occupied(self) -> bool:
        return self._occupied

    @property
    def arm(self) -> ArmPosition:
        with self._lock:
            self._settle(time.monotonic())
            return self._arm

    def pulses_on(self, coil: int) -> list[Pulse]:
        with self._lock:
            return [p for p in self.pulses if p.coil == coil]

    def made_since(self, coil: int) -> float | None:
        """When the contact now held was made (monotonic), or None if it is open."""
        with self._lock:
            return self._on_since.get(coil)

    # --- the relay module's side -----------------------------------------------------

    def coils_written(self, address: int, values: list[bool]) -> None:
        now = time.monotonic()
        with self._lock:
            self._settle(now)
            for coil in (self.open_coil, self.close_coil):
                if not address <= coil < address + len(values):
                    continue
                on = bool(values[coil - address])
                was_on = coil in self._on_since
                if on and not was_on:
                    self._on_since[coil] = now
                    self._contact_closed(coil, now)
                elif was_on and not on:
                    made_at = self._on_since.pop(coil)
                    self.pulses.append(Pulse(coil, made_at, now - made_at))

    def powered_up(self) -> None:
        """The module restarted: its outputs come back open; the arm stays where it was."""
        with self._lock:
            self._on_since.clear()

    def _contact_closed(self, coil: int, now: float) -> None:
        if coil == self.open_coil:
            if self._arm in (ArmPosition.DOWN, ArmPosition.LOWERING):
                self._move(ArmPosition.RISING, now)
        elif self._occupied:
            self.closed_on_vehicle += 1
        elif self._arm in (ArmPosition.UP, ArmPosition.RISING):
            self._move(ArmPosition.LOWERING, now)

    def _move(self, arm: ArmPosition, now: float) -> None:
        self._arm, self._moved_at = arm, now

    def _settle(self, now: float) -> None:
        # Evaluated lazily, but before every loop change, so "the loop at the moment
        # the arm reached the bottom" is simply the loop as it is now.
        if now - self._moved_at < self.travel_seconds:
            return
        if self._arm is ArmPosition.RISING:
            self._arm = ArmPosition.UP
        elif self._arm is ArmPosition.LOWERING:
            self._arm = ArmPosition.DOWN
            if self._occupied:
                self.lowered_on_vehicle += 1

    def _set_loop(self, occupied: bool) -> None:
        with self._lock:
            self._settle(time.monotonic())
            self._occupied = occupied

    def loop_bit(self) -> bool:
        with self._lock:
            self._settle(time.monotonic())
            return self._occupied


class RelaySimulator:
    """A relay module with `coils` outputs (and as many inputs) answering every unit id, on 127.0.0.1.

    It can be stopped and started again on the same port, as a module that loses
    power and comes back: its coils restart off, its barriers' arms stay put.
    """

    def __init__(self, coils: int = 64, host: str = "127.0.0.1", port: int = 0, barriers: Iterable[SimulatedBarrier] = ()) -> None:
        self.host = host
        self.port = port or free_port(host)
        self._coil_count = coils
        self.barriers = list(barriers)
        for barrier in self.barriers:
            for used in (barrier.open_coil, barrier.close_coil, barrier.loop_input):
                if not 0 <= used < coils:
                    raise ValueError(f"barrier wired to {used}, the module has 0..{coils - 1}")

        def block(datatype: DataType, value) -> list[SimData]:
            return [SimData(0, count=coils, values=value, datatype=datatype)]

        # Separate blocks, one bit per coil, as a relay module's outputs are; id 0 answers every unit.
        self._device = SimDevice(
            0,
            simdata=(block(DataType.BITS, False), block(DataType.BITS, False), block(DataType.REGISTERS, 0), block(DataType.REGISTERS, 0)),
            action=self._on_access,
        )
        self._observer = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: ModbusTcpServer | None = None
        self._thread: threading.Thread | None = None
        self._listening = threading.Event()

    @property
    def url(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    def start(self) -> RelaySimulator:
        """Serve; after `stop()` this serves again on the same port."""
        if self._thread is not None and self._thread.is_alive():
            return self
        for barrier in self.barriers:
            barrier.powered_up()
        self._listening.clear()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, name="relay-simulator", daemon=True)
        self._thread.start()
        if not self._listening.wait(10):
            raise RuntimeError("relay simulator did not start")
        return self

    def _serve(self) -> None:
        assert self._loop is not None
        asyncio.set_event_loop(self._loop)

        async def serve() -> None:
            self._server = ModbusTcpServer(self._device, address=(self.host, self.port))
            await self._server.serve_forever(background=True)
            self._listening.set()
            with contextlib.suppress(asyncio.CancelledError):
                await self._server.serving

        self._loop.run_until_complete(serve())
        self._loop.close()

    async def _on_access(self, function_code, start_address, address, count, registers, values):
        # pymodbus calls this before it touches its memory: inputs are refreshed from
        # the loops before a read, and coil writes are shown to the barriers.
        if function_code == READ_DISCRETE_INPUTS:
            for barrier in self.barriers:
                SimUtils.mergeBitsToRegisters(barrier.loop_input - start_address * 16, registers, [barrier.loop_bit()])
        elif function_code in WRITE_COIL_CODES and values is not None:
            for barrier in self.barriers:
                barrier.coils_written(address, list(values))
        return None

    def coils(self, address: int, count: int, unit: int = 1) -> list[bool]:
        """Read the outputs as a technician's tool would: over Modbus."""
        if self._observer is None:
            self._observer = open_relay(self.url)
        return self._observer.read_coils(unit, address, count)

    def stop(self) -> None:
        """Stop serving; a second call does nothing (a test may kill the module early)."""
        if self._thread is None or not self._thread.is_alive():
            return
        if self._observer is not None:
            self._observer.close()
        if self._server is not None and self._loop is not None:
            asyncio.run_coroutine_threadsafe(self._server.shutdown(), self._loop).result(5)
        self._thread.join(5)
