"""Benchmark (not a test): the fleet reports at head office over a year of a 2,000-vehicle fleet.

    .venv/bin/python bench/bench_fleet_reports.py [--url postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
                                                  [--vehicles 2000] [--fills 250] [--keep]

Makes a database of its own (dropped afterwards unless --keep), migrates it with
`central init`, and loads it in the server (INSERT … SELECT over generate_series,
no round trip per row): 20 stations, one account, card and vehicle per truck with
three drivers' slots, `--fills` settled fillings per vehicle spread over 2026
(about one every 35 hours, one in seven stopped by its preset, so partial), and an
odometer reading for nine fillings in ten (central's triggers derive fleet_sequence as
they land, so the load time includes that).  Then it times, three times each, as the
CLI builds them: the places report (per vehicle, driver, station and lane over the
year), the vehicles report (full-to-full consumption and each vehicle's median), the
places drill-down for one vehicle, and for the record every filling of the year.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from console.central import db as central_db  # noqa: E402
from console.fleet import reports  # noqa: E402
from console.reports.table import ReportFilter, Source  # noqa: E402

LOAD = """
INSERT INTO stations (id, name) SELECT 's' || n, 'station ' || n FROM generate_series(1, 20) AS n;
INSERT INTO accounts (id, name, seq) SELECT md5('a' || v)::uuid, 'fleet ' || v, 0 FROM generate_series(1, :vehicles) AS v;
INSERT INTO cards (id, card_no, account_id, seq)
    SELECT md5('c' || v)::uuid, (8000000000000000 + v)::text, md5('a' || v)::uuid, 0 FROM generate_series(1, :vehicles) AS v;
INSERT INTO vehicles (id, plate, card_id, seq, tank_litres, consumption_min, consumption_max)
    SELECT md5('v' || v)::uuid, '京A' || lpad(v::text, 5, '0'), md5('c' || v)::uuid, 0,
           CASE WHEN v % 3 = 0 THEN 400 END, CASE WHEN v % 5 = 0 THEN 25 END, CASE WHEN v % 5 = 0 THEN 40 END
    FROM generate_series(1, :vehicles) AS v;
INSERT INTO phone_bindings (id, vehicle_id, phone, driver, slot_start, slot_end, seq)
    SELECT md5('p' || v || '-' || d)::uuid, md5('v' || v)::uuid, '+86139' || lpad((v * 3 + d)::text, 8, '0'),
           'driver ' || v || '-' || d, (360 + d * 480) % 1440, CASE WHEN d = 2 THEN 360 ELSE 360 + (d + 1) * 480 END, 0
    FROM generate_series(1, :vehicles) AS v, generate_series(0, 2) AS d;
CREATE TEMP TABLE gen AS
    SELECT v, k, md5('f' || v || '-' || k)::uuid AS id,
           timestamptz '2026-01-01 00:00+00' + make_interval(mins => k * 2100 + (v * 37) % 1400) AS at,
           (60 + (k * 7 + v) % 90)::numeric(12, 3) + ((v + k) % 1000) / 1000.0 AS litres,
           10000 + k * (300 + v % 200) + (v * k) % 50 AS km
    FROM generate_series(1, :vehicles) AS v, generate_series(1, :fills) AS k;
INSERT INTO fillings (id, station_id, lane, pump_address, nozzle, grade, plate, card_id, preset_fen, started_at, ended_at,
                      litres, amount_fen, unit_price_fen, status, phone_charged, driver, created_at, updated_at)
    SELECT g.id, 's' || (1 + (g.v * 7 + g.k) % 20), 1 + g.k % 4, 80, 1, '0#', '京A' || lpad(g.v::text, 5, '0'),
           md5('c' || g.v)::uuid,
           (g.litres * 750)::bigint + CASE WHEN (g.v + g.k) % 7 = 0 THEN 0 ELSE 5000 END,
           g.at - interval '5 minutes', g.at, g.litres, (g.litres * 750)::bigint, 750, 'settled',
           '+86139' || lpad((g.v * 3 + (extract(hour FROM g.at AT TIME ZONE 'Asia/Shanghai')::int + 18) % 24 / 8)::text, 8, '0'),
           'driver ' || g.v || '-' || ((extract(hour FROM g.at AT TIME ZONE 'Asia/Shanghai')::int + 18) % 24 / 8),
           g.at - interval '6 minutes', g.at
    FROM gen AS g;
INSERT INTO odometer_readings (id, station_id, vehicle_id, filling_id, value, meter, source, at, operator, created_at, seq)
    SELECT md5('r' || g.v || '-' || g.k)::uuid, 's' || (1 + (g.v * 7 + g.k) % 20), md5('v' || g.v)::uuid, g.id, g.km,
           'km', 'cashier', g.at, 'bench', g.at, 0
    FROM gen AS g WHERE (g.v + g.k) % 10 <> 0;
"""


def load(engine, vehicles: int, fills: int) -> float:
    started = time.perf_counter()
    with engine.begin() as connection:
        for statement in filter(str.strip, LOAD.split(";\n")):
            connection.execute(text(statement), {"vehicles": vehicles, "fills": fills})
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    return time.perf_counter() - started


def timed(build, source: Source, flt: ReportFilter, runs: int = 3) -> tuple[list[float], int]:
    seconds, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        report = build(source, flt)
        seconds.append(time.perf_counter() - started)
        rows = len(report.rows)
    return seconds, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres", help="an admin URL of the server")
    parser.add_argument("--vehicles", type=int, default=2000)
    parser.add_argument("--fills", type=int, default=250, help="fillings per vehicle over the year")
    parser.add_argument("--keep", action="store_true", help="keep the database (its name is printed)")
    args = parser.parse_args()

    name = f"platepay_bench_fleet_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = central_db.create_central_engine(make_url(args.url).set(database=name))
    try:
        central_db.init(engine)
        print(f"loading {args.vehicles} vehicles × {args.fills} fillings into {name} …", flush=True)
        print(f"loaded in {load(engine, args.vehicles, args.fills):.1f} s")
        with engine.connect() as connection:
            counts = connection.execute(text("SELECT (SELECT count(*) FROM fillings), (SELECT count(*) FROM odometer_readings)")).one()
        print(f"{counts[0]:,} fillings, {counts[1]:,} readings")
        source = Source(engine, central=True)
        year = ReportFilter(since=datetime(2026, 1, 1, tzinfo=timezone.utc), until=datetime(2027, 1, 1, tzinfo=timezone.utc))
        one = ReportFilter(since=year.since, until=year.until, vehicle="京A00001")
        for label, build, flt in (("places", reports.places, year), ("vehicles", reports.vehicles, year),
                                  ("places, one vehicle's fillings", reports.places, one),
                                  ("places_list, every filling (for the record)", reports.places_list, year)):
            seconds, rows = timed(build, source, flt)
            print(f"{label:45} {rows:>8,} rows   best {min(seconds):.2f} s   median {statistics.median(seconds):.2f} s", flush=True)
    finally:
        engine.dispose()
        if not args.keep:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
