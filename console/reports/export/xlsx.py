"""A report as an Excel workbook (openpyxl), figures as real numbers a manager can sum.

Sheet one, named after the report:
  row 1  the column keys, the same in every language (a script or pivot table reads by them);
         a money column's is its yuan key (amount_fen → amount_yuan), as its cells are yuan
  row 2  the column titles in the reader's language
  rows   the figures; the totals row last, in bold
Sheet "about": the report's title, what it was asked for, its notes and when it was made.

Money is yuan as an exact decimal number (fen / 100 by Decimal, never through a float)
with number format 0.00, litres 0.000; times are the station's local time (Excel has no
time zones), dates real dates; text cells are always text, so "=…" is never a formula
and a card number keeps its 16 digits.
"""

from __future__ import annotations

import io
import uuid
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from console.reports.export import ExportOptions
from console.reports.export.cells import money_keys, text
from console.reports.export.text import width
from console.reports.table import Kind, Report, Value, note_text

FORMATS = {Kind.FEN: "0.00", Kind.LITRES: "0.000", Kind.INT: "0", Kind.DATETIME: "yyyy-mm-dd hh:mm:ss", Kind.DATE: "yyyy-mm-dd"}
KEYS_ROW, TITLES_ROW, FIRST_ROW = 1, 2, 3
HEADER_FILL = PatternFill("solid", fgColor="ECEFF1")
TOTAL_FILL = PatternFill("solid", fgColor="FFF8E1")


def cell_value(value: Value, kind: Kind, options: ExportOptions, key: str = ""):
    """What openpyxl is given: Decimal or int for figures, a naive local datetime, a date, or text."""
    if value is None:
        return None
    if kind is Kind.TEXT and isinstance(value, str):
        return options.values(key, value)
    if kind is Kind.FEN and isinstance(value, int):
        return Decimal(value).scaleb(-2)
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return value
    if isinstance(value, datetime):
        return value.astimezone(options.zone).replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def decimals_format(values: list[Value]) -> str:
    """0.0 for distances written with one decimal, 0.00 with two: as many as the figures have."""
    places = max((max(0, -v.as_tuple().exponent) for v in values if isinstance(v, Decimal)), default=0)
    return "0." + "0" * places if places else "0"


def put(ws, row: int, column: int, value, kind: Kind, number_format: str | None):
    cell = ws.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # a text starting with "=" stays text, never a formula
    elif number_format:
        cell.number_format = number_format
    return cell


def render(report: Report, options: ExportOptions) -> bytes:
    book = Workbook()
    ws = book.active
    ws.title = report.name[:31] or "report"
    columns = report.columns
    everything = [*report.rows, *([report.totals] if report.totals is not None else [])]
    formats = [FORMATS.get(c.kind) or (decimals_format([r[i] for r in everything]) if c.kind in (Kind.KM, Kind.DECIMAL) else None)
               for i, c in enumerate(columns)]
    bold = Font(bold=True)
    for i, column in enumerate(columns, start=1):
        key = put(ws, KEYS_ROW, i, money_keys(column.key)[1] if column.kind is Kind.FEN else column.key, Kind.TEXT, None)
        key.font, key.fill = Font(color="607D8B", size=9), HEADER_FILL
        title = put(ws, TITLES_ROW, i, options.words(column.title), Kind.TEXT, None)
        title.font, title.fill = bold, HEADER_FILL
        title.alignment = Alignment(wrap_text=True, vertical="top")
    r = FIRST_ROW
    for row in report.rows:
        for i, (column, value) in enumerate(zip(columns, row), start=1):
            put(ws, r, i, cell_value(value, column.kind, options, column.key), column.kind, formats[i - 1])
        r += 1
    if report.totals is not None:
        for i, (column, value) in enumerate(zip(columns, report.totals), start=1):
            shown = cell_value(value, column.kind, options)
            if i == 1 and shown is None and column.kind is Kind.TEXT:
                shown = options.words("Total")
            cell = put(ws, r, i, shown, column.kind, formats[i - 1])
            cell.font, cell.fill = bold, TOTAL_FILL
        r += 1
    for i, column in enumerate(columns, start=1):
        shown = [options.words(column.title), column.key,
                 *(text(row[i - 1], column.kind, options.zone, seconds=True) for row in report.rows)]
        ws.column_dimensions[get_column_letter(i)].width = min(40, max(8, max(width(s) for s in shown) + 2))
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=1)
    if columns:
        ws.auto_filter.ref = f"A{TITLES_ROW}:{get_column_letter(len(columns))}{max(TITLES_ROW, r - 1)}"
    ws.oddHeader.center.text = options.words(report.title)  # printed at the top of each page
    _about(book.create_sheet("about"), report, options)
    book.properties.title = options.words(report.title)
    book.properties.creator = "PlatePay"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _about(ws, report: Report, options: ExportOptions) -> None:
    rows: list[tuple[str, object]] = [
        ("report", report.name),
        ("title", options.words(report.title)),
        ("made_at", options.made_at.astimezone(options.zone).replace(tzinfo=None, microsecond=0)),
    ]
    rows += [(str(k), cell_value(v, Kind.TEXT, options) if not isinstance(v, (int, Decimal)) else v) for k, v in report.params.items()]
    rows += [("note", note_text(note, options.words)) for note in report.notes]
    for r, (key, value) in enumerate(rows, start=1):
        put(ws, r, 1, key, Kind.TEXT, None).font = Font(bold=True)
        put(ws, r, 2, value, Kind.TEXT, "yyyy-mm-dd hh:mm:ss" if isinstance(value, datetime) else None)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60
