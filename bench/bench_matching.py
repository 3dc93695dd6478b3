"""Closed-set matching of a doubtful read against a large station database.

    .venv/bin/python bench/bench_matching.py [--vehicles 1000000] [--db FILE] [--reads 5000]

Builds (once, then reuses) a database of registered vehicles with the
generator of bench_lookup.py (ten province-letter prefixes of 100,000
all-digit serials each: the densest case for the part indexes), then times
``StorePlates.match`` for reads one doubtful character away from a random
registered plate, at a random place.  For comparison it builds the former
in-memory index (``RegisteredPlates``) over the same plates and reports its
build time and memory.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc
from pathlib import Path

from bench_lookup import build, plate_for

from console.domain.registered_plates import StorePlates
from console.store.migrate import open_and_upgrade
from drivers.plates.matching import RegisteredPlates
from drivers.plates.syntax import DIGITS, PROVINCES, SERIAL_LETTERS, PlateKind
from drivers.plates.types import PlateRead


def doubtful_read(plate: str, rng: random.Random) -> PlateRead:
    place = rng.randrange(len(plate))
    alphabet = PROVINCES if place == 0 else SERIAL_LETTERS if place == 1 else DIGITS
    text = plate[:place] + rng.choice(alphabet.replace(plate[place], "")) + plate[place + 1 :]
    confs = tuple(0.4 if i == place else 0.99 for i in range(len(text)))
    return PlateRead(text, 0.4, (0, 0, 94, 24), PlateKind.STANDARD, "bench", 0.0, confs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vehicles", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/platepay-bench-matching.sqlite3"))
    parser.add_argument("--reads", type=int, default=5000)
    args = parser.parse_args()
    if not args.db.exists():
        started = time.perf_counter()
        build(args.db, args.vehicles, 0)
        print(f"built {args.vehicles} vehicles in {time.perf_counter() - started:.0f} s")
    store, _ = open_and_upgrade(args.db)
    index = StorePlates(store)
    rng = random.Random(11)
    reads = [doubtful_read(plate_for(rng.randrange(args.vehicles)), rng) for _ in range(args.reads)]
    for read in reads[:200]:  # warm the page cache as a running console has it
        index.match(read)
    wall, cpu, resolved = [], [], 0
    for read in reads:
        w0, c0 = time.perf_counter(), time.thread_time()
        match = index.match(read)
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
        resolved += match.resolved
    q, qc = sorted(wall), sorted(cpu)
    print(
        f"StorePlates.match over {args.vehicles} vehicles, {len(reads)} reads: "
        f"wall median {statistics.median(wall):.3f} ms, p99 {q[int(0.99 * len(q))]:.3f} ms; "
        f"CPU median {statistics.median(cpu):.3f} ms, p99 {qc[int(0.99 * len(qc))]:.3f} ms; "
        f"resolved {resolved}"
    )
    tracemalloc.start()
    started = time.perf_counter()
    memory = RegisteredPlates(plate_for(i) for i in range(args.vehicles))
    seconds = time.perf_counter() - started
    size = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    print(f"in-memory index of {len(memory)} plates: built in {seconds:.1f} s, {size:.0f} MiB")
    store.close()


if __name__ == "__main__":
    main()
