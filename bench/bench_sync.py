"""Sync throughput against a real PostgreSQL.

    .venv/bin/python bench/bench_sync.py [--admin-url postgresql://postgres@127.0.0.1:5432/postgres]
                                         [--fillings 10000] [--changes 100000] [--batch 1000]

Creates a scratch central database (dropped at the end) and two stations with
their own SQLite files in a temp folder, then times:

- push: a station that was offline for N fillings (each with its ledger
  debit: 2N outbox items) sending them all in one `sync_once()`;
- pull: a new, empty station receiving M master-data changes (accounts,
  cards, vehicles and phone bindings in equal parts, plus the cards' balances)
  in one `sync_once()`.

Targets (issue 7): push 10,000 fillings ≤ 10 s; pull 100,000 changes ≤ 20 s.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url

from console.central import db as central_db
from console.central import masterdata, stations
from console.store.migrate import open_and_upgrade
from console.store.models import EntryKind, Filling, FillingStatus, LedgerEntry, Vehicle
from console.sync.engine import SyncEngine
from console.timeutil import utc_now

SEED_CHANGES = """
INSERT INTO accounts (id, name, phone, created_at, seq)
    SELECT md5('a' || n)::uuid, 'fleet ' || n, '+86138' || lpad(n::text, 8, '0'), now(), 0 FROM generate_series(1, :n) n;
INSERT INTO cards (id, card_no, account_id, status, created_at, seq)
    SELECT md5('c' || n)::uuid, '9' || lpad(n::text, 15, '0'), md5('a' || n)::uuid, 'active', now(), 0 FROM generate_series(1, :n) n;
INSERT INTO vehicles (id, plate, card_id, created_at, seq)
    SELECT md5('v' || n)::uuid, 'B' || lpad(n::text, 6, '0'), md5('c' || n)::uuid, now(), 0 FROM generate_series(1, :n) n;
INSERT INTO phone_bindings (id, vehicle_id, phone, slot_start, slot_end, created_at, seq)
    SELECT md5('p' || n)::uuid, md5('v' || n)::uuid, '+86139' || lpad(n::text, 8, '0'), 0, 1440, now(), 0 FROM generate_series(1, :n) n;
INSERT INTO ledger_entries (id, card_id, kind, amount_fen, station_id, created_at)
    SELECT md5('l' || n)::uuid, md5('c' || n)::uuid, 'top_up', 10000 + n, 'central', now() FROM generate_series(1, :n) n;
"""


def bench_push(central_url: str, creds, folder: Path, count: int, batch: int, registered: bool = False) -> float:
    with central_db.create_central_engine(central_url).begin() as c:
        account = masterdata.add_account(c, "bench fleet")
        card = masterdata.issue_card(c, account, "8888000011112222")
        if registered:  # the fillings are a fleet vehicle's: head office derives its fleet figures as they land
            masterdata.bind_vehicle(c, "京A12345", card)
        masterdata.top_up(c, card, 10**12)
    store, _ = open_and_upgrade(folder / "push.sqlite3")
    engine = SyncEngine(store, creds.url, station_id=creds.station_id, offline_after_minutes=30,
                        offline_limit_fen=10**12, batch_size=batch)
    engine.sync_once()
    now = utc_now()
    fillings, entries = [], []
    for n in range(count):
        filling_id = uuid.uuid4()
        fillings.append(dict(id=filling_id, lane=1 + n % 4, pump_address=0x50, nozzle=1, grade="92#", plate="京A12345",
                             card_id=card, preset_fen=30_000, amount_fen=25_678, litres=Decimal("32.100"), unit_price_fen=800,
                             status=FillingStatus.SETTLED, station_id=creds.station_id, created_at=now, updated_at=now))
        entries.append(dict(id=uuid.uuid5(filling_id, "debit"), card_id=card, kind=EntryKind.FUEL, amount_fen=-25_678,
                            station_id=creds.station_id, filling_id=filling_id, created_at=now))
    with store.write() as session:
        session.execute(insert(Filling), fillings)
        session.execute(insert(LedgerEntry), entries)
    started = time.perf_counter()
    report = engine.sync_once()
    elapsed = time.perf_counter() - started
    assert report.pushed == 2 * count, report
    engine.stop()
    store.close()
    return elapsed


def bench_pull(central_url: str, creds, folder: Path, changes: int) -> tuple[float, int]:
    per_table = changes // 4
    with create_engine(central_db.parse_url(central_url)).begin() as c:
        for statement in SEED_CHANGES.strip().split(";\n"):
            c.execute(text(statement), {"n": per_table})
    store, _ = open_and_upgrade(folder / "pull.sqlite3")
    engine = SyncEngine(store, creds.url, station_id=creds.station_id, offline_after_minutes=30, offline_limit_fen=50_000)
    started = time.perf_counter()
    report = engine.sync_once()
    elapsed = time.perf_counter() - started
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Vehicle)) >= per_table
    engine.stop()
    store.close()
    return elapsed, report.pulled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--admin-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--fillings", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--registered", action="store_true", help="the fillings' plate is a registered vehicle (fleet_sequence derived)")
    args = parser.parse_args()

    name = f"platepay_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(central_db.parse_url(args.admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(central_db.parse_url(args.admin_url)).set(database=name).render_as_string(hide_password=False)
    central = central_db.create_central_engine(url)
    try:
        central_db.init(central)
        pusher, puller = stations.add_station(central, "bench-push"), stations.add_station(central, "bench-pull")
        with tempfile.TemporaryDirectory() as folder:
            push_s = bench_push(url, pusher, Path(folder), args.fillings, args.batch, args.registered)
            print(f"push {args.fillings} fillings + {args.fillings} ledger entries (batch {args.batch}): "
                  f"{push_s:.2f} s ({2 * args.fillings / push_s:,.0f} rows/s)")
            pull_s, pulled = bench_pull(url, puller, Path(folder), args.changes)
            print(f"pull {pulled} changes into an empty station: {pull_s:.2f} s ({pulled / pull_s:,.0f} rows/s)")
    finally:
        stations.drop_station_roles(central)
        central.dispose()
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
