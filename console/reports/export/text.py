"""A report as a plain-text table for the terminal: columns aligned by display width.

A Chinese character takes two cells of a terminal, so widths are counted as a terminal
counts them (Unicode's East Asian Width: wide and fullwidth characters are two, combining
marks none) rather than by len(); numbers are right-aligned, text left.
"""

from __future__ import annotations

import unicodedata

from console.reports.export import ExportOptions
from console.reports.export.cells import NUMERIC, shown, text
from console.reports.table import Kind, Report, note_text

GAP = "  "


def width(s: str) -> int:
    """Terminal cells `s` takes."""
    cells = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cc", "Cf", "Mn", "Me"):
            continue
        cells += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return cells


def pad(s: str, cells: int, right: bool) -> str:
    fill = " " * max(0, cells - width(s))
    return fill + s if right else s + fill


def total_label(report: Report, options: ExportOptions) -> list[str]:
    """The totals row as text, "Total" in its first cell when that cell has no figure."""
    assert report.totals is not None
    cells = [shown(options, c.key, v, c.kind) for c, v in zip(report.columns, report.totals)]
    if cells and not cells[0] and report.columns[0].kind not in NUMERIC:
        cells[0] = options.words("Total")
    return cells


def params_line(report: Report, options: ExportOptions) -> str:
    parts = []
    for key, value in report.params.items():
        if value is None or value == "" or value is False:
            continue  # what was not asked for (central False: read at the station) says nothing
        if value is True:
            parts.append(key)
            continue
        parts.append(f"{key} {text(value, Kind.TEXT, options.zone)}")
    return " · ".join(parts)


def render(report: Report, options: ExportOptions) -> str:
    columns = report.columns
    header = [options.words(c.title) for c in columns]
    body = [[shown(options, c.key, v, c.kind) for c, v in zip(columns, row)] for row in report.rows]
    totals = total_label(report, options) if report.totals is not None else None
    widths = [max(width(s) for s in column) for column in zip(header, *body, *([totals] if totals else []))]
    right = [c.kind in NUMERIC for c in columns]

    def line(cells: list[str]) -> str:
        return GAP.join(pad(s, w, r) for s, w, r in zip(cells, widths, right)).rstrip()

    rule = GAP.join("-" * w for w in widths)
    out = [options.words(report.title)]
    if report.params:
        out.append(params_line(report, options))
    out += ["", line(header), rule, *(line(cells) for cells in body)]
    if not body:
        out.append(options.words("(nothing in this period)"))
    if totals is not None:
        out += [rule, line(totals)]
    if report.notes:
        out += ["", *(note_text(note, options.words) for note in report.notes)]
    return "\n".join(out) + "\n"
