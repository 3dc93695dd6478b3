"""open() → OPEN contact made at the relay module: the barrier's share of "plate read at the exit → barrier up".

    .venv/bin/python bench/bench_barrier.py [--opens 200]

pymodbus's server plays the relay module and its barrier (Modbus TCP on 127.0.0.1),
the Barrier polls its loop on its own thread as in a lane, and each round times from
the open() call to the moment the server saw the OPEN coil set.  Then the barrier is
closed again by its open timeout (no vehicle comes) and the next round waits until it has come down.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

from drivers.signals.barrier import Barrier, BarrierEvent, BarrierEventKind, BarrierSettings
from drivers.signals.relay import open_relay
from drivers.signals.simulator import RelaySimulator, SimulatedBarrier

OPEN_COIL, CLOSE_COIL, LOOP_INPUT = 40, 41, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opens", type=int, default=200)
    parser.add_argument("--poll", type=float, default=0.05, help="loop poll interval, seconds (the lane default)")
    args = parser.parse_args()
    # Short pulses, timeout and travel only to keep the run short; open() waits for none of them.
    arm = SimulatedBarrier(open_coil=OPEN_COIL, close_coil=CLOSE_COIL, loop_input=LOOP_INPUT, travel_seconds=0.05)
    sim = RelaySimulator(barriers=[arm]).start()
    relay = open_relay(sim.url)
    closed = threading.Semaphore(0)

    def listen(event: BarrierEvent) -> None:
        if event.kind is BarrierEventKind.CLOSED:
            closed.release()

    settings = BarrierSettings(
        unit=1, open_coil=OPEN_COIL, close_coil=CLOSE_COIL, loop_input=LOOP_INPUT,
        pulse_seconds=0.03, close_after_clear_seconds=0.05, open_timeout_seconds=0.05, travel_seconds=0.05, poll_seconds=args.poll,
    )
    barrier = Barrier(relay, settings, name="bench", listener=listen)
    barrier.start()
    timings = []
    try:
        if not closed.acquire(timeout=5):
            raise SystemExit("the barrier did not close at start")
        for n in range(args.opens):
            started = time.monotonic()
            barrier.open()
            made_at = arm.made_since(OPEN_COIL)
            if made_at is None:
                raise SystemExit(f"round {n}: open() returned and the OPEN contact was not made")
            timings.append((made_at - started) * 1000)
            if not closed.acquire(timeout=5):
                raise SystemExit(f"round {n}: the barrier did not close again")
    finally:
        barrier.stop()
        relay.close()
        sim.stop()
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"opens={len(timings)} median={statistics.median(timings):.2f} ms p95={p95:.2f} ms max={timings[-1]:.2f} ms")


if __name__ == "__main__":
    main()
