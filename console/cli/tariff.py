"""`platepay tariff …`: ask the station's tariff what a stay or a toll pass costs, so head
office can check a rule before it reaches the gates.

    platepay tariff quote --class small --entry 2026-12-01T07:50 --exit 2026-12-01T19:20 [--config FILE]
    platepay tariff quote --class large --entry … --exit … --paid-until 2026-12-01T19:05 --plate 京A12345
    platepay tariff toll --class large

Both print one JSON object (`{"fee": "30.00", "fee_fen": 3000, "breakdown": […]}` for a quote)
and exit 0; a bad rule or bad times print the reason on stderr and exit 1.  Times without an
offset are the station's local time ([station] timezone).
"""

from __future__ import annotations

import argparse
from datetime import datetime, tzinfo

from console.cli.context import AppContext
from console.cli.output import to_json
from console.gates.tariff import TariffError, quote, toll_fee
from console.money import format_yuan

EXIT_OK, EXIT_ERROR = 0, 1


def register(subparsers) -> None:
    tariff = subparsers.add_parser("tariff", help="what the parking and toll tariff charges")
    sub = tariff.add_subparsers(dest="tariff_command", metavar="ACTION", required=True)

    p = sub.add_parser("quote", help="the fee for one stay at the car park, with its breakdown")
    _class_option(p)
    p.add_argument("--entry", required=True, metavar="TIME", help="ISO time such as 2026-12-01T07:50 (local unless it has an offset)")
    p.add_argument("--exit", required=True, metavar="TIME", help="ISO time of leaving")
    p.add_argument("--paid-until", metavar="TIME", help="when the stay was paid at a pay station (the grace period runs from here)")
    p.add_argument("--plate", help="the plate, to apply monthly passes, the whitelist and the blacklist")
    _config_option(p)
    p.set_defaults(func=_guarded(_quote))

    p = sub.add_parser("toll", help="the fee for one pass through a toll lane")
    _class_option(p)
    _config_option(p)
    p.set_defaults(func=_guarded(_toll))


def _class_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--class", dest="vehicle_class", default="small", metavar="CLASS",
                        help="vehicle class from [[tariff.classes]] (default small)")


def _config_option(parser: argparse.ArgumentParser) -> None:
    # Also accepted after the subcommand, where head office naturally types it; SUPPRESS keeps
    # a --config given before the subcommand when this one is absent.
    parser.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help="configuration file whose [tariff] is asked")


def _guarded(command):
    def run(ctx: AppContext) -> int:
        try:
            result = command(ctx)
        except TariffError as exc:
            ctx.out.error(str(exc))
            return EXIT_ERROR
        print(to_json(result), file=ctx.out.stream, flush=True)
        return EXIT_OK
    return run


def _quote(ctx: AppContext) -> dict:
    zone = ctx.config.station.zone
    args = ctx.args
    paid_until = _moment(args.paid_until, "--paid-until", zone) if args.paid_until else None
    result = quote(
        ctx.config.tariff, args.vehicle_class, _moment(args.entry, "--entry", zone), _moment(args.exit, "--exit", zone),
        zone=zone, paid_until=paid_until, plate=args.plate,
    )
    shown = result.as_dict()
    if args.plate is not None:
        shown["listed"] = result.listed
    return shown


def _toll(ctx: AppContext) -> dict:
    fen = toll_fee(ctx.config.tariff, ctx.args.vehicle_class)
    return {"fee": format_yuan(fen), "fee_fen": fen, "class": ctx.args.vehicle_class}


def _moment(text: str, option: str, zone: tzinfo) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise TariffError("bad_time", f"{option} {text!r} is not an ISO time such as 2026-12-01T07:50") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)
