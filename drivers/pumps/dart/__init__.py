"""Wayne DART pump protocol: line level, messages, bus master and a pump simulator."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Sequence

from drivers.pumps.dart.line import CrcVariant
from drivers.pumps.dart.master import DartBus
from drivers.pumps.dart.decimals import Decimals, DecimalsError
from drivers.pumps.dart.simulator import DartSimulator, Faults, Personality, TxRule
from drivers.pumps.dart.transport import LineSettings, PortError
from drivers.pumps.registry import register_pump_bus


def open_dart_bus(
    port: str,
    addresses: Sequence[int],
    decimals: Decimals | dict[int, Decimals] | None = None,
    prices: Sequence[Decimal] | dict[int, Sequence[Decimal]] = (),
    **line: Any,
) -> DartBus:
    """Factory behind open_pump_bus("dart", port=..., addresses=[...], baudrate=..., crc="arc")."""
    if isinstance(line.get("crc"), str):
        line["crc"] = CrcVariant(line["crc"])
    return DartBus(LineSettings(port=port, **line), addresses, decimals, prices)


register_pump_bus("dart", open_dart_bus)

__all__ = ["DartBus", "DartSimulator", "Decimals", "Personality", "TxRule", "DecimalsError", "Faults", "LineSettings", "PortError", "open_dart_bus"]
