"""A report as a PDF to print or send (fpdf2), with a CJK font embedded.

fpdf2 embeds a subset of any TrueType or OpenType font through fontTools, CFF outlines
included: Debian's fonts-noto-cjk (.ttc of CFF fonts, which reportlab's TTFont cannot
read) works as it is, as do WenQuanYi's TrueType faces and Windows' Microsoft YaHei.
The font is the one drivers.plates.fonts finds ($PLATEPAY_CJK_FONT first); in a .ttc
the Simplified Chinese face is chosen.  Only the glyphs used are embedded (a page of
Chinese is a few tens of kB), so the file shows the same on a PC without the font.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from console.reports.export import ExportOptions
from console.reports.export.cells import NUMERIC, shown
from console.reports.export.text import params_line, total_label, width
from console.reports.table import Report, note_text

FAMILY = "cjk"
HEADING_FILL = (236, 239, 241)
TOTAL_FILL = (255, 248, 225)
MARGIN_MM = 12


class PdfFontMissing(RuntimeError):
    """No font on this machine draws Chinese; the message says what to install."""


@lru_cache(maxsize=4)
def face_index(path: Path) -> int:
    """In a font collection, the Simplified Chinese face (Noto's "… CJK SC"); 0 for a single font."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return 0
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    for index, font in enumerate(collection.fonts):
        family = font["name"].getDebugName(1) or ""
        if family.endswith(" SC") or "SC " in family or "Simplified" in family:
            return index
    return 0


def font_file() -> tuple[Path, int]:
    from drivers.plates.fonts import cjk_font_path
    from drivers.plates.types import EngineUnavailable

    try:
        path = cjk_font_path()
    except EngineUnavailable:
        raise PdfFontMissing("no font that draws Chinese for the PDF: install fonts-noto-cjk "
                             "(./scripts/setup does) or set PLATEPAY_CJK_FONT to a .ttf, .otf or .ttc file") from None
    # Body text reads better in the regular weight where the bold one was found first.
    regular = path.with_name(path.name.replace("-Bold", "-Regular"))
    if regular != path and regular.is_file():
        path = regular
    return path, face_index(path)


class _Document(FPDF):
    def __init__(self, footer_text: str, landscape: bool) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self._footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-MARGIN_MM + 2)
        self.set_font(FAMILY, size=8)
        self.set_text_color(96, 125, 139)
        self.cell(0, 5, f"{self._footer_text} · {self.page_no()}/{{nb}}", align="R")


def render(report: Report, options: ExportOptions) -> bytes:
    path, index = font_file()
    columns = report.columns
    made = options.made_at.astimezone(options.zone).strftime("%Y-%m-%d %H:%M")
    pdf = _Document(f"PlatePay · {made}", landscape=len(columns) > 6)
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=MARGIN_MM + 4)
    pdf.add_font(FAMILY, fname=str(path), collection_font_number=index)
    pdf.set_title(options.words(report.title))
    pdf.set_creator("PlatePay")
    pdf.add_page()

    pdf.set_font(FAMILY, size=15)
    pdf.cell(0, 9, options.words(report.title), new_x="LMARGIN", new_y="NEXT")
    if report.params:
        pdf.set_font(FAMILY, size=9)
        pdf.set_text_color(84, 110, 122)
        pdf.multi_cell(0, 5, params_line(report, options), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    header = [options.words(c.title) for c in columns]
    body = [[shown(options, c.key, v, c.kind) for c, v in zip(columns, row)] for row in report.rows]
    totals = total_label(report, options) if report.totals is not None else None
    if columns:
        size = 9 if len(columns) <= 8 else 7
        pdf.set_font(FAMILY, size=size)
        # Columns as wide as their widest cell (a Chinese character counts two), a title wrapping past 18.
        wanted = [max([min(width(header[i]), 18)] + [width(r[i]) for r in body + ([totals] if totals else [])]) + 2
                  for i in range(len(columns))]
        align = tuple("RIGHT" if c.kind in NUMERIC else "LEFT" for c in columns)
        with pdf.table(col_widths=wanted, text_align=align, line_height=size * 0.55, padding=1,
                       headings_style=FontFace(fill_color=HEADING_FILL), repeat_headings=1, borders_layout="HORIZONTAL_LINES") as table:
            row = table.row()
            for title in header:
                row.cell(title)
            for cells in body:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
            if totals is not None:
                row = table.row()
                for cell in totals:
                    row.cell(cell, style=FontFace(fill_color=TOTAL_FILL))
    if not body:
        pdf.set_font(FAMILY, size=10)
        pdf.ln(2)
        pdf.cell(0, 6, options.words("(nothing in this period)"), new_x="LMARGIN", new_y="NEXT")
    if report.notes:
        pdf.ln(3)
        pdf.set_font(FAMILY, size=9)
        for note in report.notes:
            pdf.multi_cell(0, 5, note_text(note, options.words), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
