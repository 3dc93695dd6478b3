"""Benchmark (not a test): DART poll cycle for 8 simulated pumps at 9600 baud.

    .venv/bin/python bench/bench_dart_poll.py [--seconds 5] [--pumps 8]

A pty does not enforce the baud rate, so the line time is computed from the
bytes that crossed the wire (11 bits per byte: start, 8 data, odd parity,
stop).  The wall time measured on the pty is the software cost of both ends
(master and simulator) per cycle.  On a real 9600-baud line a cycle takes the
line time plus that software time, so:

    ratio = (line time + software time) / line time       goal ≤ 1.5
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drivers.pumps.dart import DartBus, DartSimulator, LineSettings  # noqa: E402
from drivers.pumps.dart.line import line_seconds  # noqa: E402


def measure(pumps: int, seconds: float, filling: bool) -> dict[str, float]:
    sim = DartSimulator.on_pty(pumps, flow_lps=Decimal("0.6"))
    sim.start()
    bus = DartBus(LineSettings(port=sim.port, baudrate=9600), sim.addresses)
    bus.start()
    try:
        assert bus.wait_ready(10), "the bus never completed a round"
        if filling:
            for a in sim.addresses:
                bus.authorize(a, f"bench-{a}")
                sim.lift(a, 1)
        threading.Event().wait(0.5)  # let the first DC2 bursts pass
        r0, b0, t0 = bus.rounds, bus.bytes_sent + bus.bytes_received, time.perf_counter()
        threading.Event().wait(seconds)
        r1, b1, t1 = bus.rounds, bus.bytes_sent + bus.bytes_received, time.perf_counter()
    finally:
        bus.shutdown()
        sim.shutdown()
    cycles = r1 - r0
    wall_ms = (t1 - t0) * 1000 / cycles
    wire_bytes = (b1 - b0) / cycles
    line_ms = line_seconds(1, 9600) * 1000 * wire_bytes
    return {
        "cycles": cycles,
        "bytes_per_cycle": wire_bytes,
        "software_ms": wall_ms,
        "line_ms": line_ms,
        "projected_ms": line_ms + wall_ms,
        "ratio": (line_ms + wall_ms) / line_ms,
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pumps", type=int, default=8)
    p.add_argument("--seconds", type=float, default=5.0)
    args = p.parse_args()
    print(f"{args.pumps} pumps, 9600 baud 8O1 (11 bits/byte), pty, {args.seconds:.0f} s per case")
    print(f"{'case':8} {'cycles':>7} {'B/cycle':>8} {'sw ms':>7} {'line ms':>8} {'real ms':>8} {'ratio':>6}")
    for case, filling in (("idle", False), ("filling", True)):
        r = measure(args.pumps, args.seconds, filling)
        print(
            f"{case:8} {r['cycles']:7d} {r['bytes_per_cycle']:8.1f} {r['software_ms']:7.2f}"
            f" {r['line_ms']:8.2f} {r['projected_ms']:8.2f} {r['ratio']:6.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
