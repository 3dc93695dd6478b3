"""Plate event → pump authorised: how long a driver waits for the green light.

    .venv/bin/python bench/bench_lane_latency.py [--rounds 60]

A real DART simulator on a pty (answering within the spec's window), the lane
engine on a fresh station database with the demo accounts, a relay module
played by pymodbus's server.  Each round submits a registered plate and times
until the pump confirmed the authorisation; then the vehicle leaves without
fuelling, which releases the reservation for the next round.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from console.config import Bus, Config, Lane
from console.demo import seed
from console.lanes.engine import LaneEngine
from console.store.migrate import open_and_upgrade
from drivers.pumps.dart import DartBus, DartSimulator, LineSettings
from drivers.signals.relay import open_relay
from drivers.signals.simulator import RelaySimulator


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    config = Config(buses=(Bus(name="bus1", port="bench"),), lanes=(Lane(id=1, bus="bus1", pump_address=0x50), Lane(id=2, bus="bus1", pump_address=0x51)))
    store, _ = open_and_upgrade(folder / "bench.sqlite3")
    with store.write() as session:
        seed(session, station_id=config.station.id)
    sim = DartSimulator.on_pty(pumps=2)
    sim.start()
    relay_sim = RelaySimulator().start()
    bus = DartBus(LineSettings(port=sim.port), sim.addresses)
    engine = LaneEngine(config, store, {"bus1": bus}, relay=open_relay(relay_sim.url))
    authorised = threading.Event()
    cancelled = threading.Event()
    engine.subscribe(lambda e: authorised.set() if e.type == "authorised" else cancelled.set() if e.type == "cancelled" else None)
    engine.start()
    timings = []
    try:
        for n in range(args.rounds):
            lane = 1 + n % 2
            authorised.clear()
            cancelled.clear()
            started = time.perf_counter()
            engine.submit_plate(lane, "京A12345", 0.99)
            if not authorised.wait(5):
                raise SystemExit(f"round {n}: the pump was not authorised")
            timings.append((time.perf_counter() - started) * 1000)
            engine.vehicle_left(lane)
            cancelled.wait(5)
            engine.wait_idle()
    finally:
        engine.shutdown()
        sim.shutdown()
        relay_sim.stop()
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"rounds={len(timings)} median={statistics.median(timings):.1f} ms p95={p95:.1f} ms max={timings[-1]:.1f} ms")


if __name__ == "__main__":
    main()
