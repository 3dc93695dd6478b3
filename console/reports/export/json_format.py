"""A report as one JSON object for scripts and head office's tools.

    {"report": "places", "title": "Fuelling places", "params": {…},
     "columns": ["plate", "litres", "amount"], "kinds": {"plate": "text", …},
     "rows": [{"plate": "京A12345", "litres": "36.490", "amount": "287.91", "amount_fen": 28791}],
     "totals": {…} or null, "notes": […]}

Keys are the columns' keys, the same in every language.  No number in it is a JSON
float: a money column is given twice, its int fen and its yuan as a string, as
`platepay tariff quote` writes fee and fee_fen: `amount` → amount "287.91" and
amount_fen 28791; `amount_fen` → amount_fen 28791 and amount_yuan "287.91"; litres, distances and
ratios are Decimal strings ("36.490"); counts are ints; times are ISO 8601 in the
station's zone with their offset; dates ISO.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from console.money import format_yuan
from console.reports.export import ExportOptions
from console.reports.export.cells import litres_text, money_keys, plain_decimal
from console.reports.table import Column, Kind, Report, Value, note_text


def value(v: Value | Any, kind: Kind, options: ExportOptions) -> Any:
    if v is None or isinstance(v, bool):
        return v
    if kind is Kind.FEN and isinstance(v, int):
        return format_yuan(v)
    if kind is Kind.LITRES and isinstance(v, Decimal):
        return litres_text(v)
    if isinstance(v, Decimal):
        return plain_decimal(v)
    if isinstance(v, datetime):
        return v.astimezone(options.zone).isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, uuid.UUID):
        return str(v)
    if isinstance(v, (str, int)):
        return v
    if isinstance(v, dict):
        return {str(k): value(x, Kind.TEXT, options) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [value(x, Kind.TEXT, options) for x in v]
    return str(v)  # a parameter such as an enum: its text


def record(columns: tuple[Column, ...], row: tuple[Value, ...], options: ExportOptions) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column, v in zip(columns, row):
        if column.kind is Kind.FEN:
            fen_key, yuan_key = money_keys(column.key)
            out[column.key] = None  # the column's own key first, whichever unit it names
            out[yuan_key], out[fen_key] = value(v, column.kind, options), v
        else:
            out[column.key] = value(v, column.kind, options)
    return out


def as_object(report: Report, options: ExportOptions) -> dict[str, Any]:
    return {
        "report": report.name,
        "title": report.title,
        "params": {k: value(v, Kind.TEXT, options) for k, v in report.params.items()},
        "columns": [c.key for c in report.columns],
        "kinds": {c.key: c.kind.value for c in report.columns},
        "rows": [record(report.columns, row, options) for row in report.rows],
        "totals": record(report.columns, report.totals, options) if report.totals is not None else None,
        "notes": [note_text(note) for note in report.notes],
    }


def render(report: Report, options: ExportOptions) -> str:
    return json.dumps(as_object(report, options), ensure_ascii=False, indent=1) + "\n"
