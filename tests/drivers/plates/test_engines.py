"""The engines read the plates a forecourt sees; the default one reads them all."""

from __future__ import annotations

import numpy as np
import pytest

from drivers.plates import synthetic
from drivers.plates.engine import PlateEngine, engine_names, get_engine
from drivers.plates.province import classify
from drivers.plates.reader import PlateReader
from drivers.plates.syntax import Region
from drivers.plates.types import UnknownEngine

from .conftest import PLATES


def test_the_engines_are_registered_and_chosen_by_name() -> None:
    assert {"clp", "ppocr+clp", "ppocr", "tesseract"} <= set(engine_names())
    engine = get_engine("ppocr")
    assert isinstance(engine, PlateEngine)
    assert get_engine("ppocr") is engine  # models load once per process
    assert get_engine(None, Region.CN).name == "ppocr+clp"
    assert get_engine(None, Region.GENERIC).name == "ppocr"
    with pytest.raises(UnknownEngine, match="available"):
        get_engine("no-such-engine")


@pytest.mark.parametrize("engine", ["ppocr", "ppocr+clp"])
@pytest.mark.parametrize("text", list(PLATES))
def test_every_kind_of_plate_crop_is_read(engine: str, crops, text: str) -> None:
    read = PlateReader(engine).read_crops([crops[text]])[0]
    assert read is not None
    assert read.text == text
    assert read.kind == PLATES[text]
    assert read.valid
    assert read.engine == engine
    assert len(read.char_confidences) == len(text)
    assert 0.5 < read.confidence <= 1.0


def test_ppocr_reads_a_batch_and_skips_empty_crops(ppocr: PlateReader, crops) -> None:
    batch = [crops["京A12345"], np.zeros((0, 0, 3), np.uint8), crops["粤BD12345"]]
    reads = ppocr.read_crops(batch)
    assert reads[0] is not None and reads[0].text == "京A12345"
    assert reads[1] is None
    assert reads[2] is not None and reads[2].text == "粤BD12345"


@pytest.mark.parametrize("angle", [0.0, 5.0, -4.0, 18.0])
def test_a_plate_is_found_and_read_in_a_full_frame(ppocr: PlateReader, angle: float) -> None:
    frame, (x, y, w, h) = synthetic.lane_scene("沪B67890", angle=angle, seed=3)
    reads = ppocr.read_frame(frame)
    assert [r.text for r in reads] == ["沪B67890"]
    bx, by, bw, bh = reads[0].box
    assert x - bw / 2 < bx + bw / 2 < x + w + bw / 2 and y < by + bh / 2 < y + h


def test_a_scene_without_a_plate_gives_no_plate(ppocr: PlateReader) -> None:
    frame, _ = synthetic.lane_scene("沪B67890", seed=1)
    frame[:] = frame.mean(axis=(0, 1)).astype(np.uint8)
    assert ppocr.read_frame(frame) == []
    assert ppocr.read_frame(np.zeros((0, 0, 3), np.uint8)) == []


def test_a_sign_with_text_that_is_no_plate_gives_no_plate(ppocr: PlateReader) -> None:
    import cv2

    frame = np.full((720, 1280, 3), 120, np.uint8)
    cv2.rectangle(frame, (400, 300), (900, 420), (255, 255, 255), -1)
    cv2.putText(frame, "FUEL 24H", (420, 390), cv2.FONT_HERSHEY_SIMPLEX, 2.5, (0, 0, 0), 6)
    assert ppocr.read_frame(frame) == []


def test_tesseract_reads_clean_plates_with_its_province_classifier(
    tesseract: PlateReader, crops
) -> None:
    texts = ["京A12345", "沪B67890", "浙A88888", "鲁K7T2W3"]
    reads = tesseract.read_crops([crops[t] for t in texts])  # one Tesseract process for all
    got = [r.text if r else None for r in reads]
    assert sum(g == t for g, t in zip(got, texts, strict=True)) >= 3, got
    assert all(r is None or r.engine == "tesseract" for r in reads)


def test_province_glyphs_drawn_from_the_font_are_classified() -> None:
    from PIL import Image, ImageDraw

    from drivers.plates.fonts import load_font

    for ch in "京沪粤川":
        canvas = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(canvas).text((2, 0), ch, fill=255, font=load_font(32))
        assert classify(np.asarray(canvas) > 127)[0] == ch


def test_generic_region_reads_latin_plates(ppocr: PlateReader) -> None:
    import cv2

    reader = PlateReader("ppocr", Region.GENERIC)
    crop = np.full((60, 200, 3), 235, np.uint8)
    cv2.putText(crop, "7ABC123", (8, 45), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (20, 20, 20), 3)
    read = reader.read_crops([crop])[0]
    assert read is not None and read.text == "7ABC123" and read.kind == "generic"


def test_the_quick_look_is_skipped_where_it_does_not_pay_and_tried_again_later() -> None:
    from drivers.plates.reader import CoarseLook

    look = CoarseLook()
    tries = []
    for _ in range(40):
        tries.append(look.worth_trying())
        if tries[-1]:
            look.record(False)  # plates too small: the quick look never finds one
    assert all(tries[:6])  # it takes a few misses to give up
    assert 2 <= sum(tries[6:]) <= 34 // CoarseLook.PROBE + 1  # then only the probes
    for _ in range(30):
        if look.worth_trying():
            look.record(True)  # the scene changed: a lane camera framing plates large
    assert look.worth_trying() and look.sure_share > CoarseLook.PAYS


def test_small_plates_are_still_found_after_the_quick_look_misses(ppocr: PlateReader) -> None:
    import cv2

    frame, (x, y, w, h) = synthetic.lane_scene("沪B67890", seed=3)
    small = cv2.resize(frame, None, fx=0.45, fy=0.45, interpolation=cv2.INTER_AREA)
    canvas = np.zeros_like(frame)
    canvas[: small.shape[0], : small.shape[1]] = small  # characters ~16 px: too small for the quick look
    assert [r.text for r in ppocr.read_frame(canvas)] == ["沪B67890"]


@pytest.mark.parametrize(
    ("text", "width", "angle"),
    [("鲁A12345", 200, 0.0), ("苏E5678Q", 160, 3.0), ("京B67890", 240, -4.0)],
)
def test_a_two_row_yellow_plate_of_a_lorry_is_read_whole(text: str, width: int, angle: float) -> None:
    frame, (x, y, w, h) = synthetic.lane_scene(text, plate_width=width, angle=angle, double_row=True)
    reads = PlateReader().read_frame(frame)
    assert [r.text for r in reads][:1] == [text]
    bx, by, bw, bh = reads[0].box
    assert by < y + h / 3  # the box takes in the upper row too


def test_the_configured_thread_count_reaches_engines_loaded_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from drivers.plates.clp import ClpEngine
    from drivers.plates.engine import set_default_threads

    monkeypatch.delenv("PLATEPAY_OCR_THREADS", raising=False)
    set_default_threads(2)
    try:
        assert ClpEngine()._session.get_session_options().intra_op_num_threads == 2
    finally:
        set_default_threads(None)
    assert ClpEngine()._session.get_session_options().intra_op_num_threads == 1
