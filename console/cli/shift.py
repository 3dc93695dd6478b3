"""`platepay shift …`: open and close the station's shift against the pumps' totals, and show one.

    platepay shift open --operator li                     # password asked (or one line on stdin)
    platepay shift close --operator wang [--accept-unavailable] [--shift ID]
    platepay shift show [--shift ID]                      # default: the last closed shift

The command opens the configured pump buses itself, reads every nozzle's totals and
closes them again, so it is for when the console is not running: the running console
owns the buses (a lock beside the database says so) and the shift is then kept in its
window, and the demo's pumps exist only inside it.  A pump that does not answer stops
the command, naming its nozzles; `--accept-unavailable` opens or closes without their
totals, and the report says so.  With --json every result and every refusal is one
JSON object (a refusal has `code` and `params`).
"""

from __future__ import annotations

import getpass
import sys
import uuid
from typing import Any

from console.cli.context import AppContext
from console.cli.output import to_json
from console.domain.errors import DomainError
from console.domain.operators import authenticate
from console.money import format_yuan
from console.reports.table import ReportFilter, Source, note_text
from console.services import Actor
from console.shifts import reports, service
from console.shifts.pumps import read_configured_totals
from console.shifts.totals import NozzleReading

EXIT_OK, EXIT_ERROR = 0, 1


def register(subparsers) -> None:
    shift = subparsers.add_parser("shift", help="open, close and show the station's shift (交班) against the pumps' totals")
    sub = shift.add_subparsers(dest="shift_command", metavar="ACTION", required=True)
    for name, helptext in (("open", "read every nozzle's totals and open the shift"),
                           ("close", "read every nozzle's totals, close the open shift and store its report")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--operator", required=True, metavar="USER", help="the cashier or manager; the password is asked")
        p.add_argument("--accept-unavailable", action="store_true",
                       help="go on without the totals of the nozzles whose pump does not answer (the report says so)")
        p.add_argument("--timeout", type=float, default=5.0, metavar="S", help="per pump (default 5)")
        if name == "close":
            p.add_argument("--shift", type=uuid.UUID, metavar="ID", help="the shift you mean to close (refused if another is open)")
        p.set_defaults(func=_guarded(_open if name == "open" else _close))
    p = sub.add_parser("show", help="a shift's report: per nozzle against the totals, grades, tenders, authorisations, cancellations")
    p.add_argument("--shift", type=uuid.UUID, metavar="ID", help="default: the last closed shift")
    p.set_defaults(func=_guarded(_show))


def _guarded(command):
    def run(ctx: AppContext) -> int:
        try:
            result, human = command(ctx)
        except (service.ShiftRefused, reports.ShiftNotFound, DomainError) as exc:
            code = getattr(exc, "code", None)
            error: dict[str, Any] = {"error": str(exc), "code": str(code) if code else None, "params": getattr(exc, "params", {})}
            if ctx.out.as_json:
                print(to_json(error), file=ctx.out.stream, flush=True)
            print(f"platepay: error: {exc}", file=sys.stderr, flush=True)
            return EXIT_ERROR
        ctx.out.result(result, human)
        return EXIT_OK
    return run


def _actor(ctx: AppContext) -> Actor:
    password = getpass.getpass(f"password for {ctx.args.operator}: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    with ctx.store.read() as session:
        operator = authenticate(session, ctx.args.operator, password)
        return Actor(operator.username, ctx.station_id, operator.role)


def _readings(ctx: AppContext) -> tuple[list[NozzleReading], set[tuple[int, int]]]:
    readings = read_configured_totals(ctx.config, ctx.db_path, ctx.args.timeout)
    accept = {r.key for r in readings if not r.available} if ctx.args.accept_unavailable else set()
    return readings, accept


def _open(ctx: AppContext) -> tuple[dict, str]:
    actor = _actor(ctx)
    service.refuse_open_fillings(ctx.store)  # before the pumps: say so at once
    readings, accept = _readings(ctx)
    shift = service.open_shift(ctx.store, ctx.config, actor, readings, accept_unavailable=accept)
    return _summary(shift, readings), f"shift {shift.id} opened by {shift.opened_by}{_unread(readings)}"


def _close(ctx: AppContext) -> tuple[dict, str]:
    actor = _actor(ctx)
    service.refuse_open_fillings(ctx.store)
    readings, accept = _readings(ctx)
    shift = service.close_shift(ctx.store, ctx.config, actor, readings, shift_id=ctx.args.shift, accept_unavailable=accept)
    human = (f"shift {shift.id} closed by {shift.closed_by}: {shift.fillings} fillings, {shift.litres} L, "
             f"¥{format_yuan(shift.amount_fen)}{_unread(readings)}  (platepay shift show --shift {shift.id})")
    return _summary(shift, readings), human


def _show(ctx: AppContext) -> tuple[dict, str]:
    config = ctx.config
    report = reports.shift(Source(ctx.store.engine, station_id=config.station.id),
                           ReportFilter(shift_id=ctx.args.shift, zone=config.station.timezone))
    keys = [c.key for c in report.columns]
    result = {"report": report.name, "params": report.params, "rows": report.records(),
              "totals": dict(zip(keys, report.totals)) if report.totals else None, "notes": [note_text(n) for n in report.notes]}
    lines = [f"shift {report.params['shift']} ({report.params['status']}) opened by {report.params['opened_by']}"
             + (f", closed by {report.params['closed_by']}" if report.params["closed_by"] else "")]
    for row in report.records():
        lines.append("  ".join(f"{k}={v}" for k, v in row.items() if v is not None))
    lines.extend(note_text(n) for n in report.notes)
    return result, "\n".join(lines)


def _summary(shift: service.ShiftSummary, readings: list[NozzleReading]) -> dict:
    return {
        "shift": shift.id, "status": shift.status, "opened_at": shift.opened_at, "opened_by": shift.opened_by,
        "closed_at": shift.closed_at, "closed_by": shift.closed_by, "fillings": shift.fillings, "litres": shift.litres,
        "amount_fen": shift.amount_fen, "unchecked_nozzles": shift.unchecked_nozzles,
        "totals": [{"lane": r.lane, "pump": f"0x{r.pump_address:02X}", "nozzle": r.nozzle, "grade": r.grade,
                    "litres": r.volume, "amount_fen": r.amount_fen, "fillings": r.fillings,
                    "unavailable": r.unavailable, "detail": r.detail} for r in readings],
    }


def _unread(readings: list[NozzleReading]) -> str:
    missing = [f"lane {r.lane} nozzle {r.nozzle}" for r in readings if not r.available]
    return f" (without totals: {', '.join(missing)})" if missing else ""
