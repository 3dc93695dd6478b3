"""Write ui/views/report_titles.py: the titles of every report's columns, marked for lupdate.

Report builders live in console/ (no Qt) and give their titles and notes as English source text
(console.reports.table), which the window translates in the "Report" context.  lupdate
reads only ui/, so this reads each registered builder's module (console.reports.registry)
without importing it and lists every literal title of a Column(…) or Report(…) call, and
every literal note (a note made with an f-string cannot be translated: it stays English), as
QT_TRANSLATE_NOOP("Report", …).  resources/i18n/update.sh runs it before lupdate; a
builder not installed yet is skipped.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from console.reports.registry import BUILDERS  # noqa: E402

OUT = ROOT / "ui" / "views" / "report_titles.py"


def _text(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for element in node.elts for t in _text(element)]
    return []  # an f-string or a variable: made at run time, it cannot be translated


def titles_in(source: str) -> list[str]:
    """Literal titles of Column(…) and Report(…) calls, and literal notes (notes=[…], notes.append/insert(…))."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in ("Column", "Report"):
            title = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "title"), None)
            found += _text(title)
        if name == "Report":
            notes = node.args[6] if len(node.args) > 6 else next((k.value for k in node.keywords if k.arg == "notes"), None)
            found += _text(notes)
        if name == "Note" and node.args:
            found += _text(node.args[0])
        if name in ("append", "insert", "extend") and isinstance(func, ast.Attribute) and getattr(func.value, "id", None) == "notes":
            found += _text(node.args[-1]) if node.args else []
    return found


def main() -> None:
    titles: dict[str, str] = {}
    for module in sorted({path.partition(":")[0] for path in BUILDERS.values()}):
        try:
            spec = importlib.util.find_spec(module)
        except ModuleNotFoundError:
            spec = None
        if spec is None or spec.origin is None:
            print(f"report_words: {module} is not there yet, skipped")
            continue
        for title in titles_in(Path(spec.origin).read_text(encoding="utf-8")):
            titles.setdefault(title, module)
    lines = [
        '"""Titles of the reports and their columns, found in the builders by resources/i18n/report_words.py',
        'so that lupdate sees them; made by resources/i18n/update.sh, do not edit."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TITLES = (",
        *(f"    QT_TRANSLATE_NOOP(\"Report\", {title!r}),  # {module}" for title, module in sorted(titles.items())),
        ")",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"report_words: {len(titles)} titles in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
