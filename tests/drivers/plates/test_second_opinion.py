"""PP-OCR reads; the plate-trained model re-reads only what PP-OCR is unsure
of, wins only by being surer, and never changes the province."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from drivers.plates import synthetic
from drivers.plates.second_opinion import SecondOpinionEngine, judged
from drivers.plates.engine import EngineText, get_engine
from drivers.plates.syntax import Region


class CountingReads:
    """The real plate-model engine, counting the crops it is asked to read."""

    def __init__(self) -> None:
        self._engine = get_engine("clp")
        self.name = self._engine.name
        self.reads = 0

    def read_crops(self, crops: Sequence[np.ndarray], region: Region):
        self.reads += len(crops)
        return self._engine.read_crops(crops, region)


def crop(text: str, seed: int, height: int = 24) -> np.ndarray:
    return synthetic.crop_like_camera(synthetic.render_plate(text, 0.5), height, seed=seed)


def test_sure_reads_cost_no_second_opinion() -> None:
    second = CountingReads()
    engine = SecondOpinionEngine(get_engine("ppocr"), second)
    reads = engine.read_crops([crop("京A12345", 0), crop("粤BD12345", 1)], Region.CN)
    assert [r.text for r in reads] == ["京A12345", "粤BD12345"]
    assert second.reads == 0


def test_the_plate_model_never_moves_a_plate_to_its_favourite_province() -> None:
    # The plate model reads 京A12345 as 皖A12345 (its training set is mostly
    # Anhui).  Asked about every read, it still does not change the plate.
    second = CountingReads()
    engine = SecondOpinionEngine(get_engine("ppocr"), second, below=1.01)
    image = crop("京A12345", 4, 32)
    assert get_engine("clp").read_crops([image], Region.CN)[0].text == "皖A12345"
    (read,) = engine.read_crops([image], Region.CN)
    assert read.text == "京A12345"
    assert second.reads == 1


def test_plates_outside_china_get_no_second_opinion() -> None:
    import cv2

    second = CountingReads()
    latin = np.full((60, 200, 3), 235, np.uint8)
    cv2.putText(latin, "7ABC123", (8, 45), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (20, 20, 20), 3)
    engine = SecondOpinionEngine(get_engine("ppocr"), second, below=1.01)
    (read,) = engine.read_crops([latin], Region.GENERIC)
    assert read.text == "7ABC123"
    assert second.reads == 0


def test_a_surer_second_opinion_wins_only_within_the_same_province() -> None:
    unsure = EngineText("皖A51949", (0.99, 0.99, 0.99, 0.04, 0.99, 0.99, 0.99))
    surer = EngineText("皖A5T949", (0.9, 0.9, 0.9, 0.84, 0.9, 0.9, 0.9))
    assert judged(unsure, surer) is surer
    assert judged(surer, unsure) is surer
    other_province = EngineText("鄂A51949", (0.99,) * 7)
    assert judged(unsure, other_province) is unsure
    assert judged(None, surer) is surer
    agreed = judged(unsure, EngineText("皖A51949", (0.5, 0.5, 0.5, 0.6, 0.5, 0.5, 0.5)))
    assert agreed is not None and agreed.char_confidences[3] == 0.6
