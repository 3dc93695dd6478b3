"""`platepay report`: a station manager's report on the terminal, in a file, or refused with what to do."""

from __future__ import annotations

import io
import json
import sys

import openpyxl

from tests.reports.test_export import no_float, pdf_text


def test_the_report_is_a_table_on_the_terminal(platepay):
    code, out, err = platepay("report", "vehicles", "--from", "2026-12-01", "--to", "2026-12-02")
    assert code == 0, err
    lines = out.decode().splitlines()
    assert lines[0] == "Vehicles" and lines[3].split()[:3] == ["Plate", "Driver", "Station"]
    assert "京A12345" in lines[5] and "287.91" in lines[5]


def test_days_are_the_station_s_and_to_is_inclusive(platepay):
    code, out, err = platepay("--json", "report", "vehicles", "--from", "2026-12-01", "--to", "2026-12-01", "--vehicle", "京a·12345")
    assert code == 0, err
    shown = no_float(out.decode())
    # Midnight to midnight in Shanghai, the whole of 1 December; the plate as the registry keeps it.
    assert shown["params"]["from"] == "2026-12-01T00:00:00+08:00" and shown["params"]["to"] == "2026-12-02T00:00:00+08:00"
    assert shown["params"]["vehicle"] == "京A12345" and [r["plate"] for r in shown["rows"]] == ["京A12345"]
    assert shown["params"]["central"] is False and shown["params"]["station"] == "demo"


def test_the_output_file_s_suffix_names_the_format(platepay, tmp_path):
    path = tmp_path / "december.xlsx"
    code, out, err = platepay("--json", "report", "vehicles", "--output", str(path))
    assert code == 0, err
    assert json.loads(out) == {"report": "vehicles", "format": "xlsx", "path": str(path), "rows": 3}
    ws = openpyxl.load_workbook(path)["vehicles"]
    assert ws["A1"].value == "plate" and ws["A3"].value == "京A12345" and ws["H3"].number_format == "0.00"


def test_csv_and_pdf_go_to_a_redirected_stdout(platepay):
    code, out, err = platepay("report", "exceptions", "--format", "csv")
    assert code == 0, err
    assert out.startswith(b"\xef\xbb\xbf") and out.decode("utf-8-sig").splitlines()[0] == "rule,plate,at,litres"
    code, out, err = platepay("report", "vehicles", "--format", "pdf")
    assert code == 0, err
    assert "王师傅" in pdf_text(out)


def test_a_binary_format_is_not_written_to_a_terminal(platepay, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = platepay("report", "vehicles", "--format", "xlsx")
    assert code == 1 and out == b""
    assert "xlsx is a binary file: give --output FILE" in err


def test_a_report_whose_builder_is_not_there_yet_says_so(platepay):
    code, out, err = platepay("report", "shift")
    assert code == 1
    assert "the shift report is not available in this version" in err


def test_bad_options_are_refused_with_what_is_allowed(platepay):
    for args, message in [
        (("--from", "1.12.2026"), "--from '1.12.2026' is not a date such as 2026-12-01"),
        (("--from", "2026-12-02", "--to", "2026-12-01"), "--to 2026-12-01 is before --from 2026-12-02"),
        (("--shift", "last"), "--shift 'last' is not a shift id"),
        (("--station", "north-7"), "--station chooses a station of the chain: it goes with --central"),
        (("--vehicle", "京I12345"), "letter"),
    ]:
        code, out, err = platepay("report", "vehicles", *args)
        assert code == 1 and message in err, (args, err)


def test_a_central_url_in_a_refusal_never_shows_its_password(platepay):
    code, out, err = platepay("report", "vehicles", "--central", "mysql://head:s3cret@db/platepay")
    assert code == 1 and "must be PostgreSQL" in err and "s3cret" not in err + out.decode()
