"""Pump buses: one interface (PumpBus), implementations chosen by name.

    from drivers.pumps import open_pump_bus
    bus = open_pump_bus("dart", port="socket://10.0.0.5:4001", addresses=[0x50, 0x51])
    bus.add_listener(print)
    bus.start()
"""

from drivers.pumps.base import PumpBus
from drivers.pumps.registry import available_interfaces, open_pump_bus, register_pump_bus
from drivers.pumps.types import *  # noqa: F401,F403 - the typed values are the public API

__all__ = ["PumpBus", "available_interfaces", "open_pump_bus", "register_pump_bus"]
