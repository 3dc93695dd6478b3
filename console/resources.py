"""Where the shipped resources are: beside the packages in a checkout, an
editable install or a bundle; under the environment's share/ after a plain
`pip install` (pyproject's data-files)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle unpacks data here
    if bundle:
        return Path(bundle) / "resources"
    beside = Path(__file__).resolve().parents[1] / "resources"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "platepay" / "resources"


def demo_scenes() -> dict[str, np.ndarray]:
    """The demo's lane frames, by the plate each one shows."""
    from drivers.plates.images import BadImage, load_image

    folder = resources_dir() / "demo" / "plates"
    scenes: dict[str, np.ndarray] = {}
    with open(folder / "labels.csv", encoding="utf-8", newline="") as labels:
        for row in csv.DictReader(labels):
            if row["file"].startswith("frames/"):
                try:
                    scenes[row["plate"]] = load_image(folder / row["file"])
                except BadImage:
                    continue
    return scenes


def empty_lane(shape: tuple[int, ...] = (720, 1280, 3)) -> np.ndarray:
    """A lane with no vehicle: the forecourt's grey, shaded as the demo scenes are."""
    height = shape[0]
    ramp = np.linspace(70, 150, height, dtype=np.uint8)[:, None, None]
    return np.ascontiguousarray(np.broadcast_to(ramp, shape))
