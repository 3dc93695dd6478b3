"""Bad image files are errors for that file only, with a message saying why."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from drivers.plates.images import BadImage, load_image


def test_a_good_image_with_a_chinese_name_loads(tmp_path: Path) -> None:
    path = tmp_path / "京A12345.png"
    ok, data = cv2.imencode(".png", np.zeros((24, 94, 3), np.uint8))
    data.tofile(str(path))
    assert load_image(path).shape == (24, 94, 3)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"hello", "not an image"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "not an image"),
    ],
)
def test_bad_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.png"
    path.write_bytes(content)
    with pytest.raises(BadImage, match=message):
        load_image(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BadImage, match="cannot read"):
        load_image(tmp_path / "nope.jpg")


def test_a_huge_image_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    # A flat 9000x9000 PNG compresses to little but would decode to 240 MB.
    cv2.imwrite(str(path), np.zeros((9000, 9000), np.uint8))
    with pytest.raises(BadImage, match="pixels"):
        load_image(path)
