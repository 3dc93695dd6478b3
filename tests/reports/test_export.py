"""Every export format read back and compared value by value: exact money and litres, stable keys, Chinese intact."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pypdfium2
import pytest

from console.reports.export import BINARY, FORMATS, ExportOptions, InexactValue, format_for, render, write
from console.reports.export.text import width
from console.reports.table import Column, Kind, Report
from tests.reports.samples import COLUMNS, ROWS, TOTALS, sample_report

SHANGHAI = ZoneInfo("Asia/Shanghai")
MADE = datetime(2026, 12, 3, 1, 2, 3, tzinfo=UTC)
ZH = {"Vehicles": "车辆", "Plate": "车牌", "Driver": "司机", "Amount (¥)": "金额（元）", "Litres": "升数", "Total": "合计",
      "粤BD12345: a partial fill, not in the consumption": "粤BD12345：未加满，不计入油耗"}
CHINESE = ExportOptions(zone=SHANGHAI, words=lambda s: ZH.get(s, s), made_at=MADE)
ENGLISH = ExportOptions(zone=SHANGHAI, made_at=MADE)


def no_float(text: str):
    def refuse(literal: str):
        raise AssertionError(f"a JSON float: {literal}")
    return json.loads(text, parse_float=refuse)


def test_json_has_the_keys_and_exact_values_and_no_float():
    shown = no_float(render(sample_report(), "json", ENGLISH))
    assert shown["report"] == "vehicles" and shown["columns"] == [c.key for c in COLUMNS]
    assert shown["params"] == {"from": "2026-12-01", "to": "2026-12-02", "vehicle": None, "station": "north-7"}
    first = shown["rows"][0]
    assert first == {
        "plate": "京A12345", "driver": "王师傅", "station": "北京东站", "at": "2026-12-01T08:30:15+08:00", "day": "2026-12-01",
        "fillings": 2, "litres": "36.490", "amount": "287.91", "amount_fen": 28791, "distance_km": "412.5", "l_per_100km": "8.85",
        "card_no": "8000000000000018", "filling": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
    }
    assert shown["totals"]["amount_fen"] == 123795 and shown["totals"]["amount"] == "1237.95"
    assert Decimal(shown["totals"]["litres"]) == sum(Decimal(r["litres"]) for r in shown["rows"])
    assert sum(r["amount_fen"] for r in shown["rows"]) == shown["totals"]["amount_fen"]
    assert shown["kinds"]["amount"] == "fen" and shown["notes"] == ["粤BD12345: a partial fill, not in the consumption"]


def test_json_keys_stay_english_whatever_the_language():
    assert no_float(render(sample_report(), "json", CHINESE))["columns"] == no_float(render(sample_report(), "json", ENGLISH))["columns"]


def test_csv_has_a_bom_the_keys_as_header_and_exact_figures():
    data = render(sample_report(), "csv", CHINESE)
    assert data.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(data[1:])))
    assert rows[0] == [c.key for c in COLUMNS]  # not translated
    first = dict(zip(rows[0], rows[1]))
    assert (first["plate"], first["driver"], first["litres"], first["amount"], first["at"]) == (
        "京A12345", "王师傅", "36.490", "287.91", "2026-12-01 08:30:15")
    # Identifiers a spreadsheet would turn into numbers, and text that would run as a formula, open as text.
    assert first["card_no"] == '="8000000000000018"'
    third = dict(zip(rows[0], rows[3]))
    assert third["driver"] == '="=HYPERLINK(""x"")"' and third["card_no"] == '="+8613900000001"'
    assert dict(zip(rows[0], rows[2]))["station"] == '="-10# 柴油岛"'
    totals = dict(zip(rows[0], rows[-1]))
    assert (totals["plate"], totals["litres"], totals["amount"], totals["fillings"]) == ("total", "156.495", "1237.95", "3")
    amounts = [Decimal(dict(zip(rows[0], r))["amount"]) for r in rows[1:-1]]
    assert sum(amounts) == Decimal(totals["amount"])


def test_xlsx_read_back_cell_by_cell_is_exact():
    data = render(sample_report(), "xlsx", CHINESE)
    book = openpyxl.load_workbook(io.BytesIO(data))
    ws = book["vehicles"]
    assert [c.value for c in ws[1]] == [c.key for c in COLUMNS]
    assert [c.value for c in ws[2]][:4] == ["车牌", "司机", "Station", "Time"]
    formats = {"fillings": "0", "litres": "0.000", "amount": "0.00", "distance_km": "0.0", "l_per_100km": "0.0000",
               "at": "yyyy-mm-dd hh:mm:ss", "day": "yyyy-mm-dd"}
    for r, row in enumerate(ROWS, start=3):
        for column, value, cell in zip(COLUMNS, row, ws[r]):
            if value is None or value == "":
                assert cell.value is None, column.key
                continue
            if column.kind is Kind.FEN:
                assert Decimal(str(cell.value)) == Decimal(value) / 100 and cell.number_format == "0.00"
            elif column.kind in (Kind.LITRES, Kind.KM, Kind.DECIMAL):
                assert Decimal(str(cell.value)) == value
            elif column.kind is Kind.DATETIME:
                assert cell.value == value.astimezone(SHANGHAI).replace(tzinfo=None)  # the station's time
            elif column.kind is Kind.DATE:
                assert cell.value.date() == value
            elif column.kind is Kind.INT:
                assert cell.value == value and isinstance(cell.value, int)
            else:
                assert cell.value == str(value) and cell.data_type == "s", column.key  # never a formula
            if column.key in formats:
                assert cell.number_format == formats[column.key], column.key
    totals = [c.value for c in ws[3 + len(ROWS)]]
    assert totals[0] == "合计" and totals[5] == 3 and Decimal(str(totals[7])) == Decimal("1237.95")
    about = {row[0].value: row[1].value for row in book["about"].iter_rows()}
    assert about["report"] == "vehicles" and about["title"] == "车辆" and about["made_at"] == datetime(2026, 12, 3, 9, 2, 3)
    assert about["station"] == "north-7" and about["note"] == "粤BD12345：未加满，不计入油耗"


def test_xlsx_stores_the_figures_as_exact_decimal_text():
    """What Excel reads is the <v> text in the sheet: the yuan and litres exactly, never a float's digits."""
    data = render(sample_report(), "xlsx", ENGLISH)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    values = dict(re.findall(r'<c r="([A-Z]+\d+)"[^>]*><v>([^<]*)</v>', sheet))
    assert (values["G3"], values["H3"], values["H4"], values["H5"]) == ("36.49", "287.91", "950.03", "0.01")
    assert (values["G4"], values["G6"], values["H6"]) == ("120.005", "156.495", "1237.95")
    assert not any("e" in v.lower() for v in values.values())


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_pdf_text_is_the_report_in_chinese_with_the_font_embedded():
    data = render(sample_report(), "pdf", CHINESE)
    assert data.startswith(b"%PDF") and b"/FontFile" in data  # the glyphs travel with the file
    lines = pdf_text(data).splitlines()
    assert lines[0] == "车辆"
    assert lines[2].split() == ["车牌", "司机", "Station", "Time", "Day", "Fillings", "升数", "金额（元）", "Distance", "(km)",
                                "L/100", "km", "Card", "Filling"]
    assert lines[3].split() == ["京A12345", "王师傅", "北京东站", "2026-12-01", "08:30", "2026-12-01", "2", "36.490", "287.91",
                                "412.5", "8.85", "8000000000000018", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"]
    assert lines[6].split() == ["合计", "3", "156.495", "1237.95", "412.5"]
    assert "粤BD12345：未加满，不计入油耗" in lines


def test_a_long_report_runs_over_pages_with_its_heading_repeated():
    rows = [ROWS[0]] * 120
    text = pdf_text(render(sample_report(rows), "pdf", CHINESE))
    pages = text.count("PlatePay · 2026-12-03 09:02")
    assert pages >= 3 and text.count("车牌") == pages
    assert text.count("287.91") == 120


def test_the_terminal_table_lines_up_chinese_by_display_width():
    lines = render(sample_report(), "table", ENGLISH).splitlines()
    header = lines[3]
    body = lines[5:8]
    start = width(header[:header.index("Litres")]) + len("Litres")  # litres are right-aligned under their title
    for line in body:
        litres = re.search(r"\d+\.\d{3}", line)
        assert width(line[:litres.end()]) == start, line
    assert lines[9].startswith("Total") and "1237.95" in lines[9]
    assert width("京A12345") == 8 and width("王师傅") == 6


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_report_is_still_a_document(fmt):
    data = render(sample_report([], totals=None, notes=[]), fmt, ENGLISH)
    assert data
    if fmt == "pdf":
        assert "(nothing in this period)" in pdf_text(data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_float_in_a_report_is_refused_before_anything_is_written(fmt, tmp_path):
    report = Report("vehicles", "Vehicles", (Column("litres", "Litres", Kind.LITRES),), [(36.49,)])
    with pytest.raises(InexactValue, match="column litres holds float"):
        write(report, fmt, tmp_path / "out", ENGLISH)
    assert list(tmp_path.iterdir()) == []


def test_a_naive_time_is_refused():
    report = Report("vehicles", "Vehicles", (Column("at", "Time", Kind.DATETIME),), [(datetime(2026, 12, 1, 8, 0),)])
    with pytest.raises(InexactValue, match="naive"):
        render(report, "json")


def test_write_makes_the_file_and_the_suffix_names_the_format(tmp_path):
    for fmt in FORMATS:
        path = write(sample_report(), fmt, tmp_path / f"r.{ {'table': 'txt'}.get(fmt, fmt) }", ENGLISH)
        assert format_for(path) == fmt and path.stat().st_size > 0
        assert (path.read_bytes()[:3] == b"\xef\xbb\xbf") is (fmt == "csv")
    assert BINARY == {"xlsx", "pdf"} and sorted(p.name for p in tmp_path.iterdir()) == ["r.csv", "r.json", "r.pdf", "r.txt", "r.xlsx"]


def test_a_money_key_that_names_fen_gets_fen_where_one_unit_is_written():
    """Shift close names its money columns amount_fen: CSV gives fen under that key, JSON both, Excel yuan under amount_yuan."""
    report = Report("shift", "Shift report", (Column("grade", "Grade"), Column("amount_fen", "Amount (fillings)", Kind.FEN)),
                    [("92#", 28791)], totals=(None, 28791))
    shown = no_float(render(report, "json", ENGLISH))
    assert shown["columns"] == ["grade", "amount_fen"]
    assert shown["rows"] == [{"grade": "92#", "amount_fen": 28791, "amount_yuan": "287.91"}]
    rows = list(csv.reader(io.StringIO(render(report, "csv", ENGLISH)[1:])))
    assert rows == [["grade", "amount_fen"], ["92#", "28791"], ["total", "28791"]]
    ws = openpyxl.load_workbook(io.BytesIO(render(report, "xlsx", ENGLISH)))["shift"]
    assert (ws["B1"].value, Decimal(str(ws["B3"].value)), ws["B3"].number_format) == ("amount_yuan", Decimal("287.91"), "0.00")


def test_codes_are_worded_for_people_and_kept_for_scripts():
    report = Report("vehicles", "Vehicles", (Column("plate", "Plate"), Column("status", "Against band")),
                    [("京A12345", "high"), ("沪B67890", "no_figure")])
    worded = {("status", "high"): "偏高", ("status", "no_figure"): "无数据"}
    options = ExportOptions(zone=SHANGHAI, made_at=MADE, values=lambda key, code: worded.get((key, code), code))
    assert "偏高" in render(report, "table", options) and "京A12345" in render(report, "table", options)
    assert openpyxl.load_workbook(io.BytesIO(render(report, "xlsx", options)))["vehicles"]["B4"].value == "无数据"
    assert "偏高" in pdf_text(render(report, "pdf", options))
    assert [r["status"] for r in no_float(render(report, "json", options))["rows"]] == ["high", "no_figure"]
    assert render(report, "csv", options).splitlines()[1:] == ["京A12345,high", "沪B67890,no_figure"]


def test_a_note_with_figures_is_translated_as_a_sentence_and_keeps_its_figures():
    from console.reports.table import Note, note_text

    note = Note("Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 more than its fillings.", ("1", "12", "92#", "0.500", "3.95"))
    chinese = {"Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 more than its fillings.": "%1 号车道 %2 号枪（%3）：油机计数比加油记录多 %4 升、¥%5。"}
    assert note_text(note) == "Lane 1 nozzle 12 (92#): the pump counted 0.500 L, ¥3.95 more than its fillings."
    assert note_text(note, lambda s: chinese.get(s, s)) == "1 号车道 12 号枪（92#）：油机计数比加油记录多 0.500 升、¥3.95。"
    shown = json.loads(render(sample_report([], totals=None, notes=[note]), "json", ENGLISH))
    assert shown["notes"] == [note_text(note)]
