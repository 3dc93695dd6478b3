"""A scene holds more text than the plate: the reader still picks the plate."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from drivers.plates import synthetic
from drivers.plates.detect import find_plates, find_small_plates
from drivers.plates.plausible import looks_like_date, looks_like_time, plausibility
from drivers.plates.reader import PlateReader
from drivers.plates.syntax import Region


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return ix * iy > 0.4 * min(a[2] * a[3], b[2] * b[3])


def _us_scene(plate: str, stamp: str | None = None) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A grey car body with a white plate whose bold characters nearly touch,
    and optionally a crisp date stamp in the corner, as cameras print them."""
    rng = np.random.default_rng(3)
    frame = np.clip(rng.normal(90, 6, (720, 1280, 3)), 0, 255).astype(np.uint8)
    cv2.rectangle(frame, (400, 250), (880, 520), (150, 150, 155), -1)
    box = (580, 400, 130, 60)
    x, y, w, h = box
    cv2.rectangle(frame, (x, y), (x + w, y + h), (235, 235, 235), -1)
    cv2.putText(frame, plate, (x + 8, y + 43), cv2.FONT_HERSHEY_SIMPLEX, 0.95, (25, 25, 25), 3)
    if stamp:
        cv2.putText(frame, stamp, (980, 690), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 200, 255), 3)
    return cv2.GaussianBlur(frame, (3, 3), 0.8), box


@pytest.fixture(scope="module")
def generic() -> PlateReader:
    return PlateReader("ppocr", Region.GENERIC)


def test_a_small_plate_whose_characters_touch_is_still_proposed() -> None:
    frame, box = synthetic.lane_scene("京A12345", plate_width=64, seed=1)
    rows = find_plates(frame)
    assert not any(_overlaps(c.box, box) for c in rows)
    small = find_small_plates(frame, [c.box for c in rows])
    assert any(_overlaps(c.box, box) for c in small)


def test_a_date_stamp_printed_on_the_photo_is_not_taken_for_the_plate(
    generic: PlateReader,
) -> None:
    frame, box = _us_scene("7ABC123", stamp="2014/05/12")
    reads = generic.read_frame(frame)
    assert reads, "the plate was not found"
    assert reads[0].text == "7ABC123"
    assert _overlaps(reads[0].box, box)


def test_dates_and_printed_words_rank_below_a_plate_read_less_confidently() -> None:
    assert looks_like_date("20140512") and looks_like_date("140512")
    assert looks_like_date("2014051")  # a stamp read cut short
    assert not looks_like_date("7ABC123") and not looks_like_date("3127")
    plate = plausibility("5FLR236", 0.6)
    for pretender in ("20140512", "TEXAS", "CALIF0RNIA", "N0TICE", "PR1VATE", "064017", "06174"):
        assert plausibility(pretender, 0.99) < plate, pretender


def test_an_all_digit_plate_holding_a_time_by_chance_is_not_taken_for_a_stamp() -> None:
    assert looks_like_time("064017") and looks_like_time("23595")
    assert not looks_like_time("1049338")  # seven digits: 10:49:33 inside is chance
    assert not looks_like_time("246017") and not looks_like_time("5FLR236")
    assert plausibility("1049338", 0.9) > plausibility("064017", 0.99)
