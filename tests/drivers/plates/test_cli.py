"""`platepay plates read|eval`: JSON out, one bad file never stops the run."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from console.cli import plates

from .conftest import PLATES


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="platepay")
    plates.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def bad_files(tmp_path: Path) -> list[Path]:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    return [empty, corrupt, text, tmp_path / "missing.png"]


def test_read_prints_one_json_line_per_image_and_survives_bad_files(
    labelled_crops: Path, bad_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    good = labelled_crops / "京A12345.png"
    assert _run(["plates", "read", str(good), *map(str, bad_files), str(good)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 6
    assert lines[0]["plate"] == "京A12345" and lines[-1]["plate"] == "京A12345"
    assert set(lines[0]) >= {"file", "plate", "confidence", "box", "ms", "engine"}
    assert len(lines[0]["box"]) == 4
    for line in lines[1:5]:
        assert "error" in line and "plate" not in line


def test_tiny_and_thin_images_and_folders_each_get_their_own_line(
    labelled_crops: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = []
    for w, h in ((1, 1), (7, 7), (4, 400), (400, 4)):
        path = tmp_path / f"{w}x{h}.png"
        cv2.imwrite(str(path), np.zeros((h, w, 3), np.uint8))
        odd.append(str(path))
    good = str(labelled_crops / "京A12345.png")
    assert _run(["plates", "read", *odd, str(tmp_path), good]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 6
    assert all(line["plate"] is None for line in lines[:4])
    assert "a folder, not an image" in lines[4]["error"]
    assert lines[5]["plate"] == "京A12345"


def test_read_of_a_frame_finds_the_plate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from drivers.plates.synthetic import lane_scene

    frame, _ = lane_scene("浙A88888", seed=5)
    cv2.imwrite(str(tmp_path / "lane.jpg"), frame)
    blank = np.full((720, 1280, 3), 90, np.uint8)
    cv2.imwrite(str(tmp_path / "blank.jpg"), blank)
    _run(["plates", "read", str(tmp_path / "lane.jpg"), str(tmp_path / "blank.jpg")])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["plate"] == "浙A88888"
    assert lines[1]["plate"] is None


def test_eval_on_crops_labelled_by_file_name(
    labelled_crops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["plates", "eval", str(labelled_crops), "--engine", "ppocr"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["n"] == result["exact"] == len(PLATES) and result["exact_rate"] == 1.0
    assert result["char_accuracy"] == 1.0 and result["detected_rate"] is None
    assert (
        result["engine"] == "ppocr"
        and result["median_ms"] > 0
        and result["p95_ms"] >= result["median_ms"]
    )


def test_eval_on_scenes_with_labels_csv_reports_detection(
    labelled_scenes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["plates", "eval", str(labelled_scenes), "--limit", "2"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["n"] == 2 and result["exact"] == 2 and result["detected_rate"] == 1.0


def test_eval_with_the_tesseract_engine_in_batches(
    labelled_crops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(["plates", "eval", str(labelled_crops), "--engine", "tesseract", "--batch", "8"]) == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["engine"] == "tesseract" and result["n"] == len(PLATES) and result["char_accuracy"] > 0.5


def test_an_unknown_engine_is_a_clear_error(
    labelled_crops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["plates", "eval", str(labelled_crops), "--engine", "nope"]) == 2
    assert "available" in capsys.readouterr().err


def test_a_bad_labels_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "labels.csv").write_text("name,text\n")
    assert _run(["plates", "eval", str(tmp_path)]) == 2
    assert "file,plate" in capsys.readouterr().err


def test_handlers_also_take_the_console_context_holding_the_args(
    labelled_crops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser(prog="platepay")
    plates.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["plates", "read", str(labelled_crops / "沪B67890.png")])

    class Context:  # what console.cli.main hands to every handler
        def __init__(self, args: argparse.Namespace) -> None:
            self.args = args

    assert args.func(Context(args)) == 0
    assert json.loads(capsys.readouterr().out)["plate"] == "沪B67890"


def _run_at_station(station: Path, argv: list[str]) -> int:
    """As ``platepay --config STATION plates ...``."""
    parser = argparse.ArgumentParser(prog="platepay")
    parser.add_argument("--config")
    plates.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["--config", str(station), *argv])
    return args.func(args)


def test_read_takes_region_and_engine_from_the_station_configuration(
    tmp_path: Path, labelled_crops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    station = tmp_path / "station.toml"
    station.write_text('[station]\nregion = "cn"\n\n[recognition]\nengine = "clp"\n', encoding="utf-8")
    image = str(labelled_crops / "沪B67890.png")
    assert _run_at_station(station, ["plates", "read", image]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["engine"] == "clp" and line["plate"] == "沪B67890"
    assert _run_at_station(station, ["plates", "read", image, "--engine", "ppocr"]) == 0
    assert json.loads(capsys.readouterr().out)["engine"] == "ppocr"


def test_read_with_a_broken_configuration_says_so(
    tmp_path: Path, labelled_crops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    station = tmp_path / "station.toml"
    station.write_text('[station]\nregion = "mars"\n', encoding="utf-8")
    image = str(labelled_crops / "沪B67890.png")
    assert _run_at_station(station, ["plates", "read", image]) == 2
    assert "region" in capsys.readouterr().err
