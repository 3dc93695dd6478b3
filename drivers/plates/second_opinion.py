"""A second opinion: the plate-trained model re-reads what PP-OCR is unsure of.

PP-OCR is a general text recogniser: it reads every province alike, but where
a character is worn or tilted its confidence drops.  The plate-trained model
(``clp``) has seen only plates, so on such a crop it is sometimes right where
PP-OCR is not (皖A5T949: PP-OCR read T as 1 at 0.04, the plate model T at
0.84).  It is no judge of provinces, though: it learnt from a parking
dataset of mostly Anhui plates and read 6 of 22 plates of other provinces as
皖.  So it is asked only about unsure reads, it wins only by being more
confident, and never where it names another province than PP-OCR.  Figures:
docs/recognition.md.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from drivers.plates.engine import EngineText, PlateEngine
from drivers.plates.syntax import Region

#: PP-OCR reads below this confidence get a second opinion (on cn-crops: 30 of
#: 500 crops, 7 ms each; any bar from 0.3 to 0.99 gave the same reads).
SECOND_OPINION_BELOW = 0.9


def confidence(text: EngineText | None) -> float:
    return min(text.char_confidences, default=0.0) if text is not None else 0.0


def judged(first: EngineText | None, second: EngineText | None) -> EngineText | None:
    """The first read, unless the second is more confident and names the same
    province; where both agree, each character keeps its higher confidence
    (two different models reading the same is evidence)."""
    if first is None or second is None:
        return first or second
    if first.text == second.text:
        return EngineText(
            first.text,
            tuple(max(a, b) for a, b in zip(first.char_confidences, second.char_confidences)),
        )
    if second.text[:1] == first.text[:1] and confidence(second) > confidence(first):
        return second
    return first


class SecondOpinionEngine:
    def __init__(
        self, first: PlateEngine, second: PlateEngine, below: float = SECOND_OPINION_BELOW
    ) -> None:
        self.name = f"{first.name}+{second.name}"
        self._first = first
        self._second = second
        self._below = below

    def read_crops(self, crops: Sequence[np.ndarray], region: Region) -> list[EngineText | None]:
        reads = self._first.read_crops(crops, region)
        if Region(region) is not Region.CN:
            return reads  # the plate model knows only the characters of Chinese plates
        unsure = [i for i, read in enumerate(reads) if confidence(read) < self._below]
        if unsure:
            opinions = self._second.read_crops([crops[i] for i in unsure], region)
            for i, opinion in zip(unsure, opinions, strict=True):
                reads[i] = judged(reads[i], opinion)
        return reads
