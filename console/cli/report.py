"""`platepay report …`: a fleet or shift report on screen, or exported to a file.

    platepay report places --from 2026-12-01 --to 2026-12-07 --vehicle 京A12345
    platepay report vehicles --from 2026-12-01 --to 2026-12-31 --format xlsx --output december.xlsx
    platepay report shift [--shift ID] --format pdf --output shift.pdf
    platepay report day --day 2026-12-01 --format json
    platepay report places --central [URL] [--station north-7] --from 2026-12-01   # the chain, at head office

Dates are the station's local days ([station] timezone) and --to is inclusive: --from
2026-12-01 --to 2026-12-01 is that whole day.  The format is --format, else the
--output file's suffix, else json with --json, else a table for the terminal.  Excel
and PDF are bytes: they go to --output FILE or a redirected stdout, never to a terminal.
"""

from __future__ import annotations

import sys
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from console.central.db import CentralError, create_central_engine, masked
from console.cli.context import AppContext
from console.reports import registry
from console.reports.export import BINARY, FORMATS, ExportOptions, InexactValue, UnknownFormat, format_for, render, write
from console.reports.export.pdf import PdfFontMissing
from console.reports.registry import ReportError
from console.reports.table import ReportFilter, Source
from console.sync.credentials import central_url
from drivers.plates.syntax import normalize_plate

EXIT_ERROR = 1


class BadOption(ValueError):
    pass


def register(sub) -> None:
    p = sub.add_parser("report", help="fleet and shift reports, on screen or exported (table, JSON, CSV, Excel, PDF)")
    p.add_argument("name", metavar="REPORT", choices=registry.names(), help=f"one of: {', '.join(registry.names())}")
    p.add_argument("--from", dest="first", metavar="DATE", help="first local day, e.g. 2026-12-01")
    p.add_argument("--to", dest="last", metavar="DATE", help="last local day, included")
    p.add_argument("--vehicle", metavar="PLATE", help="one vehicle only")
    p.add_argument("--shift", metavar="ID", help="report shift: this shift (default: the last closed)")
    p.add_argument("--day", metavar="DATE", help="report day: this local day")
    p.add_argument("--format", choices=FORMATS, help="table (default on a terminal), json, csv, xlsx or pdf")
    p.add_argument("--output", metavar="FILE", help="write to FILE (its suffix names the format when --format is not given)")
    p.add_argument("--central", metavar="URL", nargs="?", const="",
                   help="read head office's database across the chain (no URL: [central] url, password from the OS keyring)")
    p.add_argument("--station", metavar="ID", help="with --central: one station of the chain")
    p.set_defaults(func=report_cmd)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadOption(f"{option} {text!r} is not a date such as 2026-12-01") from None


def report_filter(ctx: AppContext) -> ReportFilter:
    args, station = ctx.args, ctx.config.station
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if first and last and last < first:
        raise BadOption(f"--to {last} is before --from {first}")
    zone = station.zone
    since = datetime.combine(first, time(), zone) if first else None
    until = datetime.combine(last + timedelta(days=1), time(), zone) if last else None  # --to is the whole day
    shift_id = None
    if args.shift is not None:
        try:
            shift_id = uuid.UUID(args.shift)
        except ValueError:
            raise BadOption(f"--shift {args.shift!r} is not a shift id (a UUID, as platepay report shift shows)") from None
    vehicle = normalize_plate(args.vehicle, station.region).text if args.vehicle else None
    return ReportFilter(since=since, until=until, vehicle=vehicle, zone=station.timezone, shift_id=shift_id,
                        day=_day(args.day, "--day"))


def output_format(ctx: AppContext) -> str:
    args = ctx.args
    if args.format:
        return args.format
    if args.output and (by_suffix := format_for(Path(args.output))):
        return by_suffix
    return "json" if ctx.out.as_json else "table"


def report_cmd(ctx: AppContext) -> int:
    args = ctx.args
    try:
        fmt = output_format(ctx)
        stream = ctx.out.stream
        if fmt in BINARY and not args.output and stream.isatty():
            raise BadOption(f"{fmt} is a binary file: give --output FILE, or redirect the output to a file")
        where = report_filter(ctx)
        report = _build(ctx, where)
        options = ExportOptions(zone=ctx.config.station.zone)
        if args.output:
            path = write(report, fmt, Path(args.output), options)
            ctx.out.result({"report": report.name, "format": fmt, "path": str(path), "rows": len(report.rows)},
                           f"{report.name}: {len(report.rows)} rows written to {path} ({fmt})")
            return 0
        data = render(report, fmt, options)
        if isinstance(data, bytes):
            stream.flush()
            stream.buffer.write(data)
            stream.buffer.flush()
        else:
            stream.write(data)
            stream.flush()
        return 0
    except (BadOption, ReportError, UnknownFormat, InexactValue, PdfFontMissing, CentralError, OSError) as exc:
        ctx.out.error(str(exc))
    except DBAPIError as exc:
        where = masked(str(args.central)) if args.central is not None else "the station database"
        ctx.out.error(f"{where}: {str(exc.orig).strip().splitlines()[0] if exc.orig else exc}")
    return EXIT_ERROR


def _build(ctx: AppContext, where: ReportFilter):
    args = ctx.args
    if args.central is None:
        if args.station:
            raise BadOption("--station chooses a station of the chain: it goes with --central")
        registry.builder(args.name)  # a builder not there yet is said before the database is opened
        return registry.build(args.name, Source(ctx.store.engine, central=False, station_id=ctx.station_id), where,
                              rules=ctx.config.fleet)
    registry.builder(args.name)
    engine = create_central_engine(central_url(ctx.config, args.central or None))
    try:
        return registry.build(args.name, Source(engine, central=True, station_id=args.station), where, rules=ctx.config.fleet)
    finally:
        engine.dispose()
