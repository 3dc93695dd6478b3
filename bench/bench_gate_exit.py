"""Plate read at the exit gate → barrier opened: the whole path, on the real engine, store and relay.

    .venv/bin/python bench/bench_gate_exit.py [--cars 100]

Each round a registered car enters (its stay opened through the entry gate), then its
plate is handed to the exit gate as the recogniser hands it over; the clock runs from
that hand-over to the moment pymodbus's server, playing the relay module and barrier,
sees the exit barrier's OPEN contact made.  In between: the gate's decision, the
tariff, the debit, the queued phone charge and the stay's close in one SQLite
transaction, then the Modbus write.  The car then drives over the loop and away, and
the next round waits for the barrier to come down.  Plate reading itself is measured
in benchmarks_plates.md (a 1280×720 lane frame: 15–25 ms on one core).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from console.config import Config, Lane  # noqa: E402
from console.demo import seed  # noqa: E402
from console.lanes.engine import LaneEngine  # noqa: E402
from console.store.migrate import open_and_upgrade  # noqa: E402
from console.store.models import ParkingSession, SessionStatus  # noqa: E402
from drivers.signals.barrier import Barrier, BarrierSettings  # noqa: E402
from drivers.signals.relay import open_relay  # noqa: E402
from drivers.signals.simulator import RelaySimulator, SimulatedBarrier  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cars", type=int, default=100)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-gate-"))
    store, _ = open_and_upgrade(folder / "station.sqlite3")
    with store.write() as session:
        seed(session, station_id="demo")
    entry, exit_ = Lane(id=1, kind="gate", gate="entry"), Lane(id=2, kind="gate", gate="exit")
    config = Config(lanes=(entry, exit_))
    arms = {lane.id: SimulatedBarrier(open_coil=lane.open_coil, close_coil=lane.open_coil + 1, loop_input=lane.loop, travel_seconds=0.05)
            for lane in (entry, exit_)}
    sim = RelaySimulator(barriers=list(arms.values())).start()
    relay = open_relay(sim.url)
    engine: LaneEngine | None = None
    closed = {lane.id: threading.Event() for lane in (entry, exit_)}

    def heard(event, lane_id: int) -> None:
        if engine is not None and lane_id in engine.gates:
            engine.gates[lane_id].barrier_event(event.kind.value)
        if event.kind.value == "barrier_closed":
            closed[lane_id].set()

    barriers = {
        lane.id: Barrier(relay, BarrierSettings(unit=1, open_coil=lane.open_coil, close_coil=lane.open_coil + 1, loop_input=lane.loop,
                                                pulse_seconds=0.05, close_after_clear_seconds=0.05, travel_seconds=0.05),
                         name=f"lane-{lane.id}", listener=lambda e, lane_id=lane.id: heard(e, lane_id))
        for lane in (entry, exit_)
    }
    engine = LaneEngine(config, store, {}, relay=relay, barriers=barriers)
    engine.start()
    for barrier in barriers.values():
        barrier.start()
    times: list[float] = []
    try:
        for _ in range(args.cars):
            engine.submit_plate(1, "京A12345", 0.97)
            _drive_through(arms[1], closed[1])
            with store.write() as session:  # an hour inside, so there is a fee to take
                stay = session.scalar(select(ParkingSession).where(ParkingSession.status == SessionStatus.OPEN))
                stay.entered_at -= timedelta(hours=1)
            opens_before = len(arms[2].pulses_on(exit_.open_coil))
            started = time.perf_counter()
            engine.submit_plate(2, "京A12345", 0.97)
            while len(arms[2].pulses_on(exit_.open_coil)) == opens_before:
                time.sleep(0.0005)
            times.append((time.perf_counter() - started) * 1000)
            _drive_through(arms[2], closed[2])
    finally:
        for barrier in barriers.values():
            barrier.stop()
        engine.shutdown()
        sim.stop()
    times.sort()
    print(f"| plate at the exit → barrier OPEN contact made | {args.cars} cars | median {statistics.median(times):.1f} ms | "
          f"p95 {times[int(len(times) * 0.95)]:.1f} ms | max {times[-1]:.1f} ms |")


def _drive_through(arm: SimulatedBarrier, closed: threading.Event) -> None:
    time.sleep(0.1)  # the arm rises
    closed.clear()
    arm.vehicle_arrives()
    time.sleep(0.1)
    arm.vehicle_leaves()
    closed.wait(5)


if __name__ == "__main__":
    main()
