"""Plate proposals that do not need separate characters: dense-edge patches.

Characters 10-16 px high, as a plate a few metres from the camera has, merge
with their neighbours and the plate frame under a frame-wide threshold, so
``detect`` finds no row of them.  A plate is still a compact patch of dense
vertical edges with a plate's proportions; found at half resolution this
costs about 4 ms a frame.
"""

from __future__ import annotations

import cv2
import numpy as np

#: Proposals searched per frame; more finds more plates and costs more time.
MAX_REGIONS = 4


def dense_edge_regions(
    gray: np.ndarray, max_regions: int = MAX_REGIONS
) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of patches with a plate's size and proportions and
    dense vertical strokes, densest first."""
    small = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    grad = cv2.convertScaleAbs(cv2.Sobel(small, cv2.CV_16S, 1, 0, ksize=3))
    _, edges = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # Characters of a plate are about a character height apart: closing over
    # that distance joins them into one patch while text lines stay apart.
    join = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 3))
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, join)
    # Opening drops thin strokes and isolated edges (wires, grilles, shadows).
    speck = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    opened = cv2.morphologyEx(closed, cv2.MORPH_OPEN, speck)
    _, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=4)
    found: list[tuple[float, tuple[int, int, int, int]]] = []
    for x, y, w, h, area in stats[1:]:
        if not (18 <= w <= 160 and 6 <= h <= 60 and 1.5 <= w / h <= 7.0):
            continue
        fill = area / (w * h)
        if fill < 0.45:
            continue
        density = float(edges[y : y + h, x : x + w].mean()) / 255
        found.append((density * fill, (int(x) * 2, int(y) * 2, int(w) * 2, int(h) * 2)))
    found.sort(key=lambda f: -f[0])
    return [box for _, box in found[:max_regions]]

