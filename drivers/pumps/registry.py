"""Pump bus implementations, chosen by name from configuration.

    bus = open_pump_bus("dart", port="/dev/ttyUSB0", addresses=[0x50, 0x51])

Implementations register themselves when their package is imported; the
built-in ones are imported lazily so that naming one is enough.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

from drivers.pumps.base import PumpBus

_FACTORIES: dict[str, Callable[..., PumpBus]] = {}
_BUILTIN = {"dart": "drivers.pumps.dart"}


class UnknownInterface(LookupError):
    pass


def register_pump_bus(name: str, factory: Callable[..., PumpBus]) -> None:
    _FACTORIES[name] = factory


def available_interfaces() -> list[str]:
    return sorted(set(_FACTORIES) | set(_BUILTIN))


def open_pump_bus(interface: str, **config: Any) -> PumpBus:
    """Build (not start) the bus named `interface`; config goes to its factory."""
    if interface not in _FACTORIES and interface in _BUILTIN:
        importlib.import_module(_BUILTIN[interface])
    try:
        factory = _FACTORIES[interface]
    except KeyError:
        raise UnknownInterface(
            f"pump interface {interface!r} is unknown; available: {', '.join(available_interfaces())}"
        ) from None
    return factory(**config)
