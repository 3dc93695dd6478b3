"""A report as CSV: the header is the column keys, the same in every language.

UTF-8 with a byte order mark: Excel, which most stations open a CSV in, reads a file
without one in the PC's ANSI code page (GBK on a Chinese Windows) and shows the plates'
and names' Chinese as mojibake; with it, Excel, WPS and LibreOffice all read UTF-8.
Money is yuan with two decimals (int fen where the column's key ends in _fen, as the
key says), litres three, times the station's local time to the
second, so a spreadsheet shows them as the screen does.  A text cell that a spreadsheet
would take for a number or run as a formula (a card number, a phone, "-10#" diesel, a
name typed as "=…") is written as ="…", which Excel and WPS open as exactly that text
(the Transactions export does the same, see ui/views/transactions.py).
"""

from __future__ import annotations

import csv
import io
import re

from console.reports.export import ExportOptions
from console.reports.export.cells import text
from console.reports.table import Kind, Report

BOM = "\ufeff"
_NUMBER_LIKE = re.compile(r"^\s*[+-]?[\d.,]+(?:[eE][+-]?\d+)?%?\s*$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: str) -> str:
    if value and (_NUMBER_LIKE.match(value) or value.startswith(_FORMULA_START)):
        return '="' + value.replace('"', '""') + '"'
    return value


def cells(report: Report, row, options: ExportOptions) -> list[str]:
    out = []
    for column, value in zip(report.columns, row):
        if column.kind is Kind.FEN and column.key.endswith("_fen") and value is not None:
            out.append(str(value))
            continue
        shown = text(value, column.kind, options.zone, seconds=True)
        out.append(as_text(shown) if column.kind is Kind.TEXT else shown)
    return out


def render(report: Report, options: ExportOptions) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180's line end, which Excel writes too
    writer.writerow([c.key for c in report.columns])
    for row in report.rows:
        writer.writerow(cells(report, row, options))
    if report.totals is not None:
        # The totals row is marked in the first column only when that column holds no figure of its own.
        totals = cells(report, report.totals, options)
        if totals and not totals[0] and report.columns[0].kind is Kind.TEXT:
            totals[0] = "total"
        writer.writerow(totals)
    return BOM + buffer.getvalue()
