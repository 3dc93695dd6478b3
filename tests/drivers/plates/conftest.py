"""The world of plate tests: plates rendered with a CJK font, crops, scenes, a folder."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from drivers.plates import synthetic
from drivers.plates.reader import PlateReader

#: One plate of each common kind a forecourt sees.
PLATES = {
    "京A12345": "standard",
    "沪B67890": "standard",
    "浙A88888": "standard",
    "粤BD12345": "new_energy_small",
    "粤B12345D": "new_energy_large",
    "川A1234警": "police",
    "鲁K7T2W3": "standard",
    "WJ京12345": "armed_police",
}


@pytest.fixture(scope="session")
def crops() -> dict[str, np.ndarray]:
    """Each plate as a small, slightly blurred and noisy camera crop (24 px high)."""
    return {
        text: synthetic.crop_like_camera(synthetic.render_plate(text, 0.5), 24, seed=i)
        for i, text in enumerate(PLATES)
    }


@pytest.fixture(scope="session")
def ppocr() -> PlateReader:
    return PlateReader("ppocr")


@pytest.fixture(scope="session")
def tesseract() -> PlateReader:
    return PlateReader("tesseract")


@pytest.fixture(scope="session")
def labelled_crops(tmp_path_factory: pytest.TempPathFactory, crops: dict[str, np.ndarray]) -> Path:
    """A folder whose file-name stems are the labels, as `plates eval` expects."""
    folder = tmp_path_factory.mktemp("crops")
    for text, image in crops.items():
        ok, data = cv2.imencode(".png", image)
        assert ok
        data.tofile(str(folder / f"{text}.png"))  # non-ASCII names need tofile
    return folder


@pytest.fixture(scope="session")
def labelled_scenes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Full 1280x720 frames with a labels.csv giving plate and box."""
    folder = tmp_path_factory.mktemp("scenes")
    rows = ["file,plate,x,y,w,h"]
    for i, (text, angle) in enumerate([("苏E56780", 0.0), ("浙A88888", 4.0), ("粤BD12345", -3.0)]):
        frame, box = synthetic.lane_scene(text, plate_width=200, angle=angle, seed=i)
        cv2.imwrite(str(folder / f"scene{i}.jpg"), frame)
        rows.append(f"scene{i}.jpg,{text},{box[0]},{box[1]},{box[2]},{box[3]}")
    (folder / "labels.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder
