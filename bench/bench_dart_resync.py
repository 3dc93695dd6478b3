"""Benchmark (not a test): what it costs a new console to get through to a pump whose TX# it does not know.

    .venv/bin/python bench/bench_dart_resync.py

For each pump personality and for the TX# the pump last accepted from the
console before (the worst is one the sweep reaches last), a new DartBus starts
and authorises a filling.  Reported: the NAKs the pump sent, the bytes on the
wire until the authorisation was confirmed, and that line time at 9600 baud
8O1 (a pty does not enforce the baud rate, so line time is computed from the
bytes, as in bench_dart_poll.py).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drivers.pumps.dart import DartBus, DartSimulator, LineSettings, Personality, TxRule  # noqa: E402
from drivers.pumps.dart.line import line_seconds  # noqa: E402

A = 0x50


def measure(rule: TxRule, last_accepted: int | None) -> dict[str, float]:
    sim = DartSimulator.on_pty(1, flow_lps=Decimal("5"), personality=Personality(sequence=rule))
    sim.start()
    if last_accepted is not None:
        sim.set_last_accepted(A, last_accepted)
    bus = DartBus(LineSettings(port=sim.port, response_timeout=0.1), [A])
    bus.start()
    try:
        assert bus.wait_ready(10), "the bus never completed a round"
        bus.authorize(A, "bench")
        wire = bus.bytes_sent + bus.bytes_received
    finally:
        bus.shutdown()
        sim.shutdown()
    return {"naks": sim.naks_sent, "bytes": wire, "line_ms": line_seconds(wire, 9600) * 1000}


def main() -> int:
    print("new console → authorised, one pump, 9600 baud 8O1 line time computed from the bytes")
    print(f"{'pump':10} {'last TX# before':>16} {'NAKs':>5} {'bytes':>6} {'line ms':>8}")
    cases = [(TxRule.LENIENT, None), (TxRule.STRICT, None)]
    cases += [(rule, k) for rule in (TxRule.STRICT, TxRule.NAK_RESET) for k in (0, 1, 8, 14, 15)]
    for rule, last in cases:
        r = measure(rule, last)
        shown = "power-on" if last is None else f"{last:X}"
        print(f"{rule.value:10} {shown:>16} {r['naks']:5d} {r['bytes']:6d} {r['line_ms']:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
