"""The console opens its pump buses with what the configuration says of each pump."""

from __future__ import annotations


from console.config import Bus, Config, Lane, Station
from console.runtime import Runtime
from console.store.migrate import open_and_upgrade
from drivers.pumps.dart import DartSimulator, Decimals, Personality
from drivers.pumps.types import PumpStatus

from tests.drivers.pumps.conftest import wait_until


def test_configured_decimals_and_prices_reach_a_zeroised_pump_without_dc7(tmp_path) -> None:
    sim = DartSimulator.on_pty(
        2, personality=Personality(decimals=Decimals(3, 1, 3), answers_dc7=False), programmed=False
    )
    sim.start()
    store, _ = open_and_upgrade(tmp_path / "station.sqlite3")
    config = Config(
        station=Station(prices=("7.89", "8.45", "7.12")),
        buses=(Bus(name="bus1", port=sim.port, decimals="2,2,2", pump_decimals={"0x50": "3,1,3", "0x51": "3,1,3"}),),
        lanes=(Lane(id=1, bus="bus1", pump_address=0x50), Lane(id=2, bus="bus1", pump_address=0x51)),
    )
    buses = Runtime(config, store)._pump_buses()
    bus = buses["bus1"]
    bus.start()
    try:
        assert bus.wait_ready(10)
        for address in (0x50, 0x51):
            assert bus.decimals(address) == Decimals(3, 1, 3)
            wait_until(lambda: bus.state(address).status is PumpStatus.FILLING_COMPLETED)
            with sim.pump(address) as pump:
                assert pump.prices == [7890, 8450, 7120]  # 7.890 yuan in the pump's three decimals
        assert bus.settings.response_timeout == 0.1
    finally:
        bus.shutdown()
        sim.shutdown()
        store.close()


def test_a_subscriber_before_start_hears_what_start_publishes(tmp_path) -> None:
    store, _ = open_and_upgrade(tmp_path / "station.sqlite3")
    config = Config(lanes=(Lane(id=1, camera=str(tmp_path / "no-such-camera.mp4"), pump_address=0x50),))
    runtime = Runtime(config, store, demo=True)
    heard: list = []
    runtime.subscribe(heard.append)
    runtime.start()
    late: list = []
    try:
        runtime.subscribe(late.append)  # a window built after start is told the same
    finally:
        runtime.stop()
        store.close()
    camera_errors = [e for e in heard if e.type == "error" and e.code == "camera"]
    assert camera_errors and camera_errors[0].lane == 1
    assert [e for e in late if e.type == "error" and e.code == "camera"] == camera_errors


def test_a_pump_port_that_cannot_be_opened_costs_its_lanes_only(tmp_path) -> None:
    from console.demo import seed
    from console.lanes.engine import LaneEngine

    sim = DartSimulator.on_pty(1, first_address=0x51)
    sim.start()
    store, _ = open_and_upgrade(tmp_path / "station.sqlite3")
    with store.write() as session:
        seed(session, station_id="demo")
    config = Config(
        buses=(Bus(name="usb0", port="/dev/ttyUSB-not-plugged-in"), Bus(name="usb1", port=sim.port)),
        lanes=(Lane(id=1, bus="usb0", pump_address=0x50), Lane(id=2, bus="usb1", pump_address=0x51)),
    )
    engine = LaneEngine(config, store, Runtime(config, store)._pump_buses())
    events: list = []
    engine.subscribe(events.append)
    try:
        engine.start(ready_timeout=2.0)
        engine.submit_plate(2, "京A12345", 0.99)
        wait_until(lambda: any(e.type == "authorised" and e.lane == 2 for e in events))
        assert any(e.type == "pump" and e.lane == 1 and not e.online for e in events)
        assert not engine.lanes[1].view.pump_online and engine.lanes[2].view.pump_online
    finally:
        engine.shutdown()
        sim.shutdown()
        store.close()


def test_two_buses_with_one_name_are_a_config_error_naming_both() -> None:
    import pytest

    from console.config import ConfigError, from_dict

    with pytest.raises(ConfigError, match=r"#1 and #2 are both named 'usb0'"):
        from_dict({"buses": [{"name": "usb0", "port": "/dev/ttyUSB0"}, {"name": "usb0", "port": "/dev/ttyUSB1"}]})
