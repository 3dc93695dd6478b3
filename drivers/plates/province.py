"""Classify a plate's province glyph by template matching.

Tesseract's Chinese model reads none of the province glyphs of a plate (they
are small, bold and set in the plate's own typeface), so the Tesseract engine
asks it only for the Latin part and classifies the glyph here: the 31 province
characters are drawn from a CJK font in a few weights, and the glyph is matched
against them by normalised correlation after both are cut to their ink box.
"""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

from drivers.plates.fonts import cjk_font_path, load_font
from drivers.plates.syntax import PROVINCES

SIZE = 32


def _normalise(binary: np.ndarray) -> np.ndarray | None:
    """Ink (nonzero) cut to its bounding box, scaled to SIZE x SIZE, zero-mean unit-norm."""
    ys, xs = np.nonzero(binary)
    if len(xs) < 5:
        return None
    glyph = binary[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1].astype(np.float32)
    glyph = cv2.resize(glyph, (SIZE, SIZE), interpolation=cv2.INTER_AREA)
    glyph = cv2.GaussianBlur(glyph, (3, 3), 0)
    glyph -= glyph.mean()
    norm = float(np.linalg.norm(glyph))
    return None if norm == 0 else (glyph / norm).ravel()


@lru_cache(maxsize=1)
def templates() -> tuple[np.ndarray, str]:
    """Matrix of normalised templates (one row per glyph drawing) and their characters."""
    from PIL import Image, ImageDraw

    rows: list[np.ndarray] = []
    labels: list[str] = []
    base = cjk_font_path()
    paths = {
        base,
        base.with_name(base.name.replace("Bold", "Regular")),
        base.with_name(base.name.replace("Regular", "Bold")),
    }
    for path in sorted(p for p in paths if p.is_file()):
        font = load_font(48, path)
        for ch in PROVINCES:
            canvas = Image.new("L", (64, 64), 0)
            ImageDraw.Draw(canvas).text((4, 0), ch, fill=255, font=font)
            ink = np.asarray(canvas) > 127
            for thicken in (0, 1):
                img = ink.astype(np.uint8)
                if thicken:
                    img = cv2.dilate(img, np.ones((3, 3), np.uint8))
                t = _normalise(img)
                if t is not None:
                    rows.append(t)
                    labels.append(ch)
    return np.stack(rows), "".join(labels)


def classify(glyph_binary: np.ndarray) -> tuple[str, float]:
    """Best province for a binary image of one glyph (ink nonzero) and its score 0-1."""
    vec = _normalise(glyph_binary)
    if vec is None:
        return "", 0.0
    matrix, labels = templates()
    scores = matrix @ vec
    best = int(scores.argmax())
    return labels[best], float(max(0.0, scores[best]))
