"""`platepay`: the console and its admin commands.

Global options come before the subcommand: `platepay --db FILE --json cards show NO`.
Errors print one line saying what to do and exit non-zero; nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from sqlalchemy.exc import IntegrityError, OperationalError

from console import __version__
from console.cli import admin, dbcmd, odometer, plates, pump, report, run, shift, sync, tariff
from console.cli.context import AppContext
from console.config import ConfigError
from console.domain.errors import DomainError
from console.domain.phones import InvalidPhone
from console.money import InvalidAmount
from console.store.db import StoreError, describe_operational_error
from drivers.plates.syntax import InvalidPlate

COMMAND_GROUPS = (run, dbcmd, admin, odometer, plates, pump, shift, sync, tariff, report)

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="platepay", description="PlatePay station console")
    parser.add_argument("--version", action="version", version=f"platepay {__version__}")
    parser.add_argument("--config", metavar="FILE", help="configuration file (default: PLATEPAY_CONFIG or the platform's config folder)")
    parser.add_argument("--db", metavar="PATH", help="station database file (default: from the configuration)")
    parser.add_argument("--json", action="store_true", help="machine output: one JSON object per result")
    parser.add_argument("--selftest", action="store_true", help="check this installation (database, recognition, pumps) and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from console.selftest import run as selftest

        return selftest()
    if args.command is None:
        parser.error("a COMMAND is needed, e.g. 'platepay run --demo' (see --help)")
    ctx = AppContext(args)
    try:
        ctx.config  # a broken configuration stops here, before anything is opened or written
        return args.func(ctx) or 0
    except (ConfigError, StoreError, DomainError, InvalidPlate, InvalidPhone, InvalidAmount) as exc:
        ctx.out.error(str(exc))
        return EXIT_ERROR
    except IntegrityError as exc:
        ctx.out.error(f"refused, it conflicts with what is stored: {exc.orig}")
        return EXIT_ERROR
    except OperationalError as exc:
        ctx.out.error(describe_operational_error(exc, ctx.db_path))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
