"""The pumps' totals for a process that is not the running console (`platepay shift …`).

It opens the configured buses itself, as `platepay run` would, reads every configured
nozzle and closes them again, holding the pump bus lock meanwhile: while the console
runs it owns the buses (console/buslock.py) and the shift is kept in its window instead.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from console.buslock import PumpBusLock
from console.config import Config
from console.domain.errors import DomainError
from console.shifts.totals import NozzleReading, read_totals
from drivers.pumps.base import PumpBus
from drivers.pumps.registry import open_pump_bus

DEMO = "demo"


class DemoPumps(DomainError):
    """The demo's pumps live inside the running console: there is no bus to open from outside."""

    code = "demo_pumps"


def open_configured_buses(config: Config) -> dict[str, PumpBus]:
    """The configured pump buses, built (not started), as the console builds them."""
    buses: dict[str, PumpBus] = {}
    prices = tuple(Decimal(p) for p in config.station.prices)
    for bus in config.buses:
        addresses = sorted(lane.pump_address for lane in config.lanes if lane.bus == bus.name and lane.kind == "fuel")
        if not addresses:
            continue
        if bus.port == DEMO:
            raise DemoPumps(f"bus {bus.name} is the demo's (port = \"demo\"): its pumps exist only inside the running "
                            "console; open or close the shift in its window")
        buses[bus.name] = open_pump_bus(
            bus.protocol, port=bus.port, addresses=addresses, baudrate=bus.baudrate, parity=bus.parity_code,
            response_timeout=bus.answer_timeout_ms / 1000, decimals={a: bus.decimals_of(a) for a in addresses},
            prices=prices,
        )
    return buses


def read_configured_totals(config: Config, database: Path | str, timeout: float = 5.0) -> list[NozzleReading]:
    """Open the buses, wait for a full polling round, read every nozzle, close them.  A bus whose
    port cannot be opened, or a pump that does not answer, gives readings marked unavailable."""
    with PumpBusLock(database):
        buses = open_configured_buses(config)
        started: dict[str, PumpBus] = {}
        try:
            for name, bus in buses.items():
                try:
                    bus.start()
                except OSError:  # PortError: its nozzles are read as "no bus"
                    continue
                started[name] = bus
            for bus in started.values():
                bus.wait_ready(timeout)
            return read_totals(config, started, timeout)
        finally:
            for bus in started.values():
                bus.shutdown()
