"""A console process for the crash test: it authorises a filling, reports it, and waits to be killed."""

from __future__ import annotations

from pathlib import Path


def run_until_killed(db_path: str, pump_port: str, plate: str, progress) -> None:
    from console.lanes.engine import LaneEngine
    from console.store.migrate import open_and_upgrade
    from drivers.pumps.dart import DartBus, LineSettings
    from tests.console.lanes.conftest import lane_config

    config = lane_config(2)
    store, _ = open_and_upgrade(Path(db_path))
    bus = DartBus(LineSettings(port=pump_port, response_timeout=0.05, max_retries=3), [0x50, 0x51])
    engine = LaneEngine(config, store, {"bus1": bus})

    def report(event) -> None:
        if event.type in ("authorised", "filling_progress"):
            progress.put((event.type, getattr(event, "filling_id", None)))

    engine.subscribe(report)
    engine.start()
    engine.submit_plate(1, plate, 0.99)
    import time

    while True:  # until SIGKILL
        time.sleep(1)
