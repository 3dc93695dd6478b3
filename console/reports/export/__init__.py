"""A Report written as a terminal table, JSON, CSV, Excel or PDF: one module per format.

    from console.reports.export import ExportOptions, render, write
    text = render(report, "table", ExportOptions(zone=station.zone))
    write(report, "xlsx", Path("places.xlsx"), ExportOptions(zone=station.zone, words=translate))

Every format keeps the report's values exact (docs/report-exports.md says how each
writes money, litres and times).  `words` turns the report's English titles and notes
into the reader's language and `values` words the codes of its text columns (ok, high…):
the window passes Qt's translations, the CLI leaves them English.  Column keys are never
translated, and CSV and JSON keep the codes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from console.reports.export.cells import InexactValue, check
from console.reports.table import Report

FORMATS = ("table", "json", "csv", "xlsx", "pdf")
BINARY = frozenset({"xlsx", "pdf"})  # bytes, never written to a terminal
SUFFIXES = {".txt": "table", ".json": "json", ".csv": "csv", ".xlsx": "xlsx", ".pdf": "pdf"}
_MODULES = {"table": "text", "json": "json_format", "csv": "csv_format", "xlsx": "xlsx", "pdf": "pdf"}


def _same(text: str) -> str:
    return text


def _code(key: str, value: str) -> str:
    return value


@dataclass(frozen=True)
class ExportOptions:
    zone: tzinfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))  # the station's: times are shown in it
    words: Callable[[str], str] = _same  # English source text → the reader's language (titles, notes, "Total")
    # (column key, code in a text column) → words, for the formats people read (table, xlsx, pdf);
    # CSV and JSON keep the codes, which scripts match on.
    values: Callable[[str, str], str] = _code
    made_at: datetime = field(default_factory=lambda: datetime.now(UTC))  # printed on the PDF and the Excel's about sheet


class UnknownFormat(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no export format {name!r}: choose one of {', '.join(FORMATS)}")
        self.name = name


def format_for(path: Path) -> str | None:
    """The format a file name asks for (`places.xlsx` → xlsx), None when its suffix says nothing."""
    return SUFFIXES.get(path.suffix.lower())


def render(report: Report, fmt: str, options: ExportOptions | None = None) -> str | bytes:
    """The report in format `fmt`: str for table, json and csv (the CSV starts with its BOM), bytes for xlsx and pdf."""
    if fmt not in _MODULES:
        raise UnknownFormat(fmt)
    check(report)
    # Each format's library (openpyxl, fpdf2) is loaded only when that format is asked for.
    module = importlib.import_module(f"{__name__}.{_MODULES[fmt]}")
    return module.render(report, options or ExportOptions())


def write(report: Report, fmt: str, path: Path, options: ExportOptions | None = None) -> Path:
    """Write the report to `path`; the whole file is made first, so a failure leaves no half-written one."""
    data = render(report, fmt, options)
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    try:
        if isinstance(data, bytes):
            temporary.write_bytes(data)
        else:
            temporary.write_text(data, encoding="utf-8", newline="")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


__all__ = ["BINARY", "FORMATS", "ExportOptions", "InexactValue", "UnknownFormat", "format_for", "render", "write"]
