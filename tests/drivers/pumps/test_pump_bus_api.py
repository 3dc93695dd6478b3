"""The pump bus as the console sees it: a registry, a Protocol, layering, shutdown."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from drivers.pumps import PumpBus, available_interfaces, open_pump_bus
from drivers.pumps.registry import UnknownInterface
from drivers.pumps.types import PumpStatus, PumpUnavailable

ROOT = Path(__file__).resolve().parents[3]


def test_interfaces_are_chosen_by_name() -> None:
    assert "dart" in available_interfaces()
    bus = open_pump_bus("dart", port="loop://", addresses=[0x50], crc="ccitt", parity="E")
    assert isinstance(bus, PumpBus)
    with pytest.raises(UnknownInterface, match="available: .*dart"):
        open_pump_bus("tokheim", port="loop://")


def test_bad_settings_name_the_value_and_what_is_allowed() -> None:
    with pytest.raises(ValueError, match="0x70: allowed 0x50-0x6F"):
        open_pump_bus("dart", port="loop://", addresses=[0x70])
    with pytest.raises(ValueError, match="parity 'X': allowed N, O, E"):
        open_pump_bus("dart", port="loop://", addresses=[0x50], parity="X")


def test_drivers_import_nothing_from_console_or_ui() -> None:
    for path in (ROOT / "drivers" / "pumps").rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in ("console", "ui"), f"{path} imports {name}"


def test_shutdown_stops_the_bus_thread_and_fails_queued_commands(make_world) -> None:
    sim, bus, log = make_world()
    bus.shutdown()
    assert not bus.running
    with pytest.raises(PumpUnavailable):
        bus.reset(0x50)


def test_switch_off_and_reset_follow_the_status_table(make_world) -> None:
    sim, bus, log = make_world()
    bus.switch_off(0x50)
    assert bus.state(0x50).status is PumpStatus.SWITCHED_OFF
    bus.reset(0x50)
    assert bus.state(0x50).status is PumpStatus.RESET
