"""Tesseract 5 through pytesseract, made as fast and right as it can be for plates.

Three choices carry the figures in docs/recognition.md:

* **Batching.**  pytesseract starts a process per call and most of its
  130 ms is start-up and model load.  All crops of a call are binarised,
  stacked into one tall image (one line each, white gaps between) and read in
  one process run with ``--psm 6``; words are given back to their crop by
  their vertical position.
* **Latin only.**  With ``eng`` and a whitelist of the characters a plate
  may hold, Tesseract reads the letter and serial; its Chinese model reads no
  province glyph, so those are classified by template matching (``province``).
* **Binarisation.**  Plates come light-on-dark (blue) and dark-on-light
  (yellow, green, white); each crop is scaled to a fixed character height,
  Otsu-thresholded and turned to black ink on white, which is what Tesseract's
  line finder expects.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Sequence

import cv2
import numpy as np

from drivers.plates import province
from drivers.plates.engine import EngineText
from drivers.plates.syntax import DIGITS, SERIAL_LETTERS, Region
from drivers.plates.types import EngineUnavailable

LINE_HEIGHT = 64
#: Height of a stacked line after its margin is added.
STACKED_HEIGHT = LINE_HEIGHT + 20
GAP = 24
#: Share of the ink span the province glyph takes on a Chinese plate (GA 36:
#: 45 mm of a 409 mm row), and where the letter starts (57 mm pitch).
PROVINCE_END = 0.12
LETTER_START = 0.135
WHITELIST = SERIAL_LETTERS + "IO" + DIGITS


class TesseractEngine:
    name = "tesseract"

    def __init__(self, lang: str = "eng", batch: int = 64) -> None:
        import pytesseract

        if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
            raise EngineUnavailable("tesseract is not installed (apt install tesseract-ocr)")
        self._tess = pytesseract
        self._lang = lang
        self._batch = batch
        # pytesseract writes temporary files per call; one call at a time keeps
        # two lanes from competing for the two cores with two Tesseract processes.
        self._lock = threading.Lock()

    def read_crops(self, crops: Sequence[np.ndarray], region: Region) -> list[EngineText | None]:
        region = Region(region)
        out: list[EngineText | None] = [None] * len(crops)
        lines: list[tuple[int, np.ndarray, str, float]] = []
        for i, crop in enumerate(crops):
            prepared = _prepare(crop, region)
            if prepared is not None:
                lines.append((i, *prepared))
        for start in range(0, len(lines), self._batch):
            chunk = lines[start : start + self._batch]
            with self._lock:
                texts = self._read_stack([line for _, line, _, _ in chunk])
            for (i, _, glyph, glyph_conf), (text, confs) in zip(chunk, texts, strict=True):
                if not text:
                    continue
                out[i] = EngineText(glyph + text, ((glyph_conf,) if glyph else ()) + confs)
        return out

    def _read_stack(self, lines: list[np.ndarray]) -> list[tuple[str, tuple[float, ...]]]:
        """Text of each stacked line, with each character's word confidence."""
        width = max(line.shape[1] for line in lines) + 2 * GAP
        pitch = STACKED_HEIGHT + GAP
        stack = np.full((GAP + pitch * len(lines), width), 255, np.uint8)
        for k, line in enumerate(lines):
            y = GAP + k * pitch
            stack[y : y + line.shape[0], GAP : GAP + line.shape[1]] = line
        data = self._tess.image_to_data(
            stack,
            lang=self._lang,
            config=f"--psm 6 --oem 1 -c tessedit_char_whitelist={WHITELIST}",
            output_type=self._tess.Output.DICT,
        )
        words: list[list[tuple[int, str, float]]] = [[] for _ in lines]
        for text, left, top, height, conf in zip(
            data["text"], data["left"], data["top"], data["height"], data["conf"], strict=True
        ):
            text = text.strip()
            if not text:
                continue
            k = int((top + height / 2 - GAP / 2) // pitch)
            if 0 <= k < len(lines):
                words[k].append((int(left), text, max(0.0, float(conf)) / 100))
        result: list[tuple[str, tuple[float, ...]]] = []
        for ws in words:
            ws.sort()
            text = "".join(w for _, w, _ in ws)
            result.append((text, tuple(c for _, w, c in ws for _ in w)))
        return result


def _prepare(crop: np.ndarray, region: Region) -> tuple[np.ndarray, str, float] | None:
    """Black-on-white line image of the Latin part, plus the classified province."""
    if crop is None or crop.size == 0 or crop.ndim not in (2, 3):
        return None
    gray = crop if crop.ndim == 2 else cv2.cvtColor(crop[:, :, :3], cv2.COLOR_BGR2GRAY)
    h, w = gray.shape
    scale = LINE_HEIGHT / h
    gray = cv2.resize(gray, (max(8, int(w * scale)), LINE_HEIGHT), interpolation=cv2.INTER_CUBIC)
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # The background is the majority of a plate's middle band: make it white.
    band = ink[LINE_HEIGHT // 4 : 3 * LINE_HEIGHT // 4]
    if band.mean() < 127:
        ink = 255 - ink
    ink = _drop_border(ink)
    cols = np.nonzero((ink[LINE_HEIGHT // 5 : 4 * LINE_HEIGHT // 5] == 0).sum(axis=0) > 1)[0]
    if len(cols) < 4:
        return None
    x0, x1 = int(cols[0]), int(cols[-1]) + 1
    glyph, glyph_conf = "", 0.0
    if region is Region.CN:
        span = x1 - x0
        glyph, glyph_conf = province.classify(255 - ink[:, x0 : x0 + int(span * PROVINCE_END)])
        x0 += int(span * LETTER_START)
    # Tesseract finds lines best with white around them.
    line = cv2.copyMakeBorder(ink[:, x0:x1], 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255)
    return line, glyph, glyph_conf


def _drop_border(ink: np.ndarray) -> np.ndarray:
    """Whiten ink blobs touching the top or bottom edge: plate frames and rivets, not characters."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(255 - ink, connectivity=8)
    out = ink.copy()
    h = ink.shape[0]
    for k in range(1, n):
        x, y, w, bh, _ = stats[k]
        touches = y == 0 or y + bh >= h
        side = x == 0 or x + w >= ink.shape[1]
        if (touches and bh < 0.6 * h) or bh < 0.25 * h or w > 1.5 * h or (side and w < 0.2 * h):
            out[labels == k] = 255
    return out
