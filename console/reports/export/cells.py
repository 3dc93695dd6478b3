"""One report value as text, the same in the terminal table, the CSV, the PDF and the window.

Values are the report's exact ones (console.reports.table): int fen shown as yuan with two
decimals, litres with three, distances and ratios as the Decimal they are, times in the
station's zone.  A float is refused: it would mean a builder lost exactness somewhere.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, tzinfo
from decimal import Decimal

from console.money import format_yuan
from console.reports.table import Kind, Report, Value

NUMERIC = frozenset({Kind.FEN, Kind.LITRES, Kind.KM, Kind.DECIMAL, Kind.INT})
MILLILITRE = Decimal("0.001")


class InexactValue(TypeError):
    """A report holds a float (or another type the table does not allow)."""


def check(report: Report) -> None:
    """Raise InexactValue naming the column when a value is not one a report may hold."""
    width = len(report.columns)
    for number, row in enumerate([*report.rows, *([report.totals] if report.totals is not None else [])]):
        if len(row) != width:
            raise InexactValue(f"report {report.name}: row {number} has {len(row)} values for {width} columns")
        for column, value in zip(report.columns, row):
            if isinstance(value, float) or (value is not None and not isinstance(value, (str, int, Decimal, datetime, date, uuid.UUID))):
                raise InexactValue(f"report {report.name}: column {column.key} holds {type(value).__name__} {value!r}; "
                                   "reports hold int fen, Decimal, str, datetime, date or UUID")
            if isinstance(value, datetime) and value.tzinfo is None:
                raise InexactValue(f"report {report.name}: column {column.key} holds a naive time {value}; times are aware")


def money_keys(key: str) -> tuple[str, str]:
    """(int fen key, yuan text key) of a money column: `amount` → (amount_fen, amount), `amount_fen` → (amount_fen, amount_yuan).

    A money column's key either names its unit or names none; whichever it is, the export
    that writes one unit under that key (CSV) writes the unit it names, and JSON writes both.
    """
    if key.endswith("_fen"):
        return key, key[:-4] + "_yuan"
    if key.endswith("_yuan"):
        return key[:-5] + "_fen", key
    return key + "_fen", key


def local(value: datetime, zone: tzinfo) -> datetime:
    return value.astimezone(zone)


def plain_decimal(value: Decimal) -> str:
    """'12.340', never '1.234E+1'."""
    return format(value, "f")


def litres_text(value: Decimal) -> str:
    """Three decimals as the store keeps millilitres; more only if a value really has them."""
    return f"{value:.3f}" if value == value.quantize(MILLILITRE) else plain_decimal(value)


def shown(options, key: str, value: Value, kind: Kind) -> str:
    """A value as a person reads it: text() with a text column's code worded by options.values."""
    if kind is Kind.TEXT and isinstance(value, str):
        return options.values(key, value)
    return text(value, kind, options.zone)


def text(value: Value, kind: Kind, zone: tzinfo, *, seconds: bool = False) -> str:
    if value is None:
        return ""
    if kind is Kind.FEN and isinstance(value, int) and not isinstance(value, bool):
        return format_yuan(value)
    if kind is Kind.LITRES and isinstance(value, Decimal):
        return litres_text(value)
    if isinstance(value, Decimal):
        return plain_decimal(value)
    if isinstance(value, datetime):
        return local(value, zone).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
