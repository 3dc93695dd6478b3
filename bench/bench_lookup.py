"""Plate → card → available balance on a large station database.

    .venv/bin/python bench/bench_lookup.py [--vehicles 1000000] [--entries 10000000] [--db FILE]

Builds (once, then reuses) a database with the given numbers of vehicles (one
account and card each) and ledger entries spread over the cards, then times
`lookup_plate` — the query every lane event makes — for random registered
plates, each in its own read transaction as the lane engine does.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
import uuid
from pathlib import Path

from console.domain.accounts import lookup_plate
from console.store.migrate import open_and_upgrade
from drivers.plates.syntax import PROVINCES, SERIAL_LETTERS, normalize_plate


def plate_for(n: int) -> str:
    serial, rest = n % 100_000, n // 100_000
    return f"{PROVINCES[rest % len(PROVINCES)]}{SERIAL_LETTERS[(rest // len(PROVINCES)) % len(SERIAL_LETTERS)]}{serial:05d}"


def build(path: Path, vehicles: int, entries: int) -> None:
    store, _ = open_and_upgrade(path)  # the real schema, indexes included
    store.close()
    rng = random.Random(7)
    card_ids = [uuid.UUID(int=rng.getrandbits(128)).hex for _ in range(vehicles)]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    now = "2026-11-23 00:00:00.000000"
    with conn:
        conn.executemany(
            "INSERT INTO accounts (id, name, created_at) VALUES (?, ?, ?)",
            ((cid, f"acct{i}", now) for i, cid in enumerate(card_ids)),
        )
        conn.executemany(
            "INSERT INTO cards (id, card_no, account_id, status, created_at) VALUES (?, ?, ?, 'active', ?)",
            ((cid, f"{i:016d}", cid, now) for i, cid in enumerate(card_ids)),
        )
        conn.executemany(
            "INSERT INTO vehicles (id, plate, card_id, created_at) VALUES (?, ?, ?, ?)",
            ((uuid.UUID(int=rng.getrandbits(128)).hex, plate_for(i), cid, now) for i, cid in enumerate(card_ids)),
        )
    batch = 500_000
    for start in range(0, entries, batch):
        rows = []
        for _ in range(min(batch, entries - start)):
            amount = rng.choice((10_000, 20_000, 50_000)) if rng.random() < 0.3 else -rng.randint(1_000, 30_000)
            rows.append((uuid.UUID(int=rng.getrandbits(128)).hex, card_ids[rng.randrange(vehicles)], "fuel" if amount < 0 else "top_up", amount, "bench", now))
        with conn:
            conn.executemany(
                "INSERT INTO ledger_entries (id, card_id, kind, amount_fen, station_id, created_at) VALUES (?, ?, ?, ?, ?, ?)", rows
            )
        print(f"  {start + len(rows):,} ledger entries", flush=True)
    conn.execute("ANALYZE")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vehicles", type=int, default=1_000_000)
    parser.add_argument("--entries", type=int, default=10_000_000)
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(f"/tmp/platepay-bench-{args.vehicles}-{args.entries}.sqlite3")
    if not path.exists():
        print(f"building {path} …", flush=True)
        started = time.perf_counter()
        build(path, args.vehicles, args.entries)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    store, _ = open_and_upgrade(path)
    with open(path, "rb") as db:  # a running console has its database in the page cache
        while db.read(1 << 24):
            pass
    rng = random.Random(11)
    plates = [normalize_plate(plate_for(rng.randrange(args.vehicles))) for _ in range(args.lookups)]
    for plate in plates[:500]:  # warm the page cache as a running console would be
        with store.lookup() as connection:
            lookup_plate(connection, plate)
    timings, cpu = [], []
    for plate in plates:
        started, started_cpu = time.perf_counter_ns(), time.thread_time_ns()
        with store.lookup() as connection:
            found = lookup_plate(connection, plate)
        cpu.append((time.thread_time_ns() - started_cpu) / 1e6)
        timings.append((time.perf_counter_ns() - started) / 1e6)
        assert found is not None
    # Wall time includes waiting for the CPU when other programs run; thread CPU time does not.
    for name, values in (("wall", timings), ("cpu", cpu)):
        values.sort()
        p = lambda q: values[min(len(values) - 1, int(q * len(values)))]  # noqa: E731
        print(
            f"{name}: vehicles={args.vehicles:,} entries={args.entries:,} lookups={len(values):,} "
            f"median={statistics.median(values):.3f} ms p95={p(0.95):.3f} ms p99={p(0.99):.3f} ms max={values[-1]:.3f} ms"
        )


if __name__ == "__main__":
    main()
