"""Find plate text lines in a full camera frame.

A plate is found through its characters rather than its colour or its frame:
a row of four to nine blobs of the same height, evenly spaced on one baseline.
That holds for the blue, yellow, green and white Chinese plates (light or dark
characters) and for the many designs of other regions, where a plate's
background may be a picture.  The neural text detector shipped with PP-OCR
finds the same rows but costs 70-400 ms a frame on one core; this costs a few.

Small plates whose characters touch each other or the frame give no such
row; ``find_small_plates`` proposes them as dense-edge patches instead
(``regions``), read after the rows.  Candidates are only proposals: the
reader verifies each by reading it and keeping reads that fit the region's
plate syntax.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from drivers.plates.colour import PlateColour
from drivers.plates.regions import dense_edge_regions

#: Frames are searched at most this wide; larger frames are scaled down first.
MAX_WIDTH = 1280
#: A first, coarse search at this width finds the plates a lane camera frames
#: large (characters 20 px high and more in a 1280 px frame) for a quarter of
#: the work; the reader searches at full width only when it found no sure plate.
COARSE_WIDTH = 640
#: Local-threshold passes (block size, offset): the block suits characters
#: 10-60 px high, the range a lane camera sees.
THRESHOLDS: tuple[tuple[int, int], ...] = ((25, 7),)
#: Characters a row may have to be proposed as the lower row of a two-row
#: plate: five, give or take one merged or split.
TWO_ROW_LOWER = (4, 6)
#: Part of a dense-edge patch's height read as its text line (top, bottom).
BAND = (0.2, 0.8)


@dataclass(frozen=True, slots=True)
class Candidate:
    #: Box of the character row in frame pixels (x, y, w, h).
    box: tuple[int, int, int, int]
    #: Level, cropped image of the row with a margin, ready for a recogniser.
    crop: np.ndarray
    #: Higher is more plate-like; used to choose which candidates to read.
    score: float
    n_chars: int
    #: The crop joins the upper row above this row to it (a two-row plate).
    two_rows: bool = False
    #: "rows", "patch" (a dense-edge patch) or "detector" (the trained model).
    found_by: str = "rows"
    #: The plate's background, when the plate itself was seen.
    colour: PlateColour = PlateColour.UNKNOWN


@dataclass(frozen=True, slots=True)
class _Blob:
    x: int
    y: int
    w: int
    h: int

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


def find_plates(
    frame: np.ndarray,
    max_candidates: int = 4,
    lead: float = 1.3,
    small_plates: bool = False,
    tail: float = 0.4,
    max_width: int = MAX_WIDTH,
    two_rows: bool = False,
) -> list[Candidate]:
    """Best plate-text candidates of a BGR (or gray) frame, most plate-like first.

    ``lead`` is the margin left of the row, in character heights: a Chinese
    province glyph is often not one blob and must be brought in this way.
    ``tail`` is the margin right of it: outside China a last character that
    touches the plate frame is often missing from the row.  ``small_plates``
    appends ``find_small_plates`` proposals after the rows.  ``max_width``
    is the width searched (``COARSE_WIDTH`` for the quick first look).
    ``two_rows`` also proposes each row of 4-6 characters as the lower row
    of a Chinese two-row plate, right after the row itself.
    """
    if frame is None or frame.size == 0 or frame.ndim not in (2, 3):
        return []
    gray, scale = _searched(frame, max_width)
    rows: list[list[_Blob]] = []
    for block, offset in THRESHOLDS:
        for polarity in (False, True):
            rows.extend(_rows(_blobs(gray, polarity, block, offset)))
    scored = sorted(((_score(r), r) for r in rows), key=lambda s: -s[0])
    out: list[Candidate] = []
    taken: list[tuple[int, int, int, int]] = []
    for score, row in scored:
        box = _row_box(row)
        if any(overlap(box, other) > 0.4 for other in taken):
            continue
        crop, frame_box = _crop_row(frame, row, scale, lead, tail)
        if crop is None:
            continue
        taken.append(box)
        out.append(Candidate(frame_box, crop, score, len(row)))
        if two_rows and TWO_ROW_LOWER[0] <= len(row) <= TWO_ROW_LOWER[1]:
            joined, joined_box = _two_row_crop(frame, row, scale)
            if joined is not None:
                out.append(Candidate(joined_box, joined, score, len(row) + 2, two_rows=True))
        if len(out) >= max_candidates:
            break
    if small_plates:
        out.extend(find_small_plates(frame, [c.box for c in out]))
    return out


def find_small_plates(
    frame: np.ndarray, taken: list[tuple[int, int, int, int]] | None = None
) -> list[Candidate]:
    """Dense-edge patches not overlapping ``taken`` boxes, cut to their middle band.

    These are plates whose characters touch, so that the row search finds no
    row of separate blobs; the recogniser reads the band whole.  The band
    drops the patch's top and bottom fifth, where a state name or a dealer's
    line sits.  Their score is 0: they are read after the rows.
    """
    if frame is None or frame.size == 0 or frame.ndim not in (2, 3):
        return []
    gray, scale = _searched(frame)
    taken = list(taken or [])
    out: list[Candidate] = []
    fh, fw = frame.shape[:2]
    for x, y, w, h in dense_edge_regions(gray):
        x, y, w, h = (v / scale for v in (x, y, w, h))
        x0, x1 = max(0, int(x - 0.05 * w)), min(fw, int(x + 1.05 * w))
        y0, y1 = max(0, int(y + BAND[0] * h)), min(fh, int(y + BAND[1] * h))
        box = (x0, y0, x1 - x0, y1 - y0)
        if y1 - y0 < 6 or any(overlap(box, other) > 0.4 for other in taken):
            continue
        taken.append(box)
        out.append(Candidate(box, frame[y0:y1, x0:x1], 0.0, 0, found_by="patch"))
    return out


def _searched(frame: np.ndarray, max_width: int = MAX_WIDTH) -> tuple[np.ndarray, float]:
    """The gray image searched, at most ``max_width`` wide, and its scale to the frame."""
    gray = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    scale = 1.0
    if gray.shape[1] > max_width:
        scale = max_width / gray.shape[1]
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return gray, scale


def _blobs(gray: np.ndarray, dark_text: bool, block: int, offset: int) -> list[_Blob]:
    # Local thresholding copes with shade across a plate.
    mode = cv2.THRESH_BINARY_INV if dark_text else cv2.THRESH_BINARY
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, mode, block, offset)
    n, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    height = gray.shape[0]
    x, y, w, h, area = (stats[1:, i] for i in range(5))
    keep = (
        (h >= 10)
        & (h <= height * 0.25)
        & (w >= 2)
        & (w <= h * 1.1)
        & (h <= w * 8)
        & (area >= 0.15 * w * h)
        & (area <= 0.95 * w * h)
    )
    return [_Blob(*map(int, v)) for v in zip(x[keep], y[keep], w[keep], h[keep], strict=True)]


#: Gap allowed between neighbouring characters, in character heights; one
#: wider gap is allowed per row (a space, an emblem or a sticker mid-plate).
NEAR_GAP = 1.6
WIDE_GAP = 3.2


def _rows(blobs: list[_Blob]) -> list[list[_Blob]]:
    """Chains of similar blobs side by side on one line."""
    blobs = sorted(blobs, key=lambda b: b.x)
    xs = np.array([b.x for b in blobs])
    used: set[int] = set()
    rows: list[list[_Blob]] = []
    for i, seed in enumerate(blobs):
        if i in used:
            continue
        row, idx = [seed], [i]
        wide_left = True
        while True:
            nxt = _next_blob(blobs, xs, row[-1], seed, used, idx, NEAR_GAP)
            if nxt is None and wide_left:
                nxt = _next_blob(blobs, xs, row[-1], seed, used, idx, WIDE_GAP)
                wide_left = nxt is None
            if nxt is None:
                break
            idx.append(nxt)
            row.append(blobs[nxt])
        if 4 <= len(row) <= 10:
            used.update(idx)
            rows.append(row)
    return rows


def _next_blob(
    blobs: list[_Blob],
    xs: np.ndarray,
    last: _Blob,
    seed: _Blob,
    used: set[int],
    idx: list[int],
    gap: float,
) -> int | None:
    lo = int(np.searchsorted(xs, last.x + last.w * 0.5))
    hi = int(np.searchsorted(xs, last.x + last.w + last.h * gap, side="right"))
    for j in range(lo, hi):
        b = blobs[j]
        if j in used or j in idx:
            continue
        if abs(b.h - seed.h) <= 0.25 * seed.h and abs(b.cy - last.cy) <= 0.4 * seed.h:
            return j
    return None


def _score(row: list[_Blob]) -> float:
    heights = np.array([b.h for b in row], dtype=float)
    h = float(np.mean(heights))
    tops = np.array([b.y for b in row], dtype=float)
    xs = np.array([b.cx for b in row])
    gaps = np.diff(xs)
    # Plate characters stand on one baseline under one cap line (both straight,
    # not level: the plate may be tilted) ...
    slope = np.polyfit(xs, tops + heights / 2, 1)[0] if len(row) > 1 else 0.0
    level = tops - slope * xs
    aligned = 1.0 / (1.0 + 5 * float(np.std(level) + np.std(level + heights)) / h)
    # ... at a steady pitch, apart from one wider gap (the dot of a Chinese
    # plate, the space or emblem of many others).
    steady = float(np.mean(gaps <= 1.5 * np.median(gaps)))
    # Plates hold 5-8 characters; a row of that length is the likeliest plate.
    count = 1.0 if 5 <= len(row) <= 8 else 0.6
    return aligned * steady * count * min(h, 30.0)


def _row_box(row: list[_Blob]) -> tuple[int, int, int, int]:
    x0 = min(b.x for b in row)
    y0 = min(b.y for b in row)
    x1 = max(b.x + b.w for b in row)
    y1 = max(b.y + b.h for b in row)
    return x0, y0, x1 - x0, y1 - y0


def overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / max(1, min(a[2] * a[3], b[2] * b[3]))


def _crop_row(
    frame: np.ndarray,
    row: list[_Blob],
    scale: float,
    lead: float,
    tail: float,
    above: float = 0.0,
) -> tuple[np.ndarray | None, tuple[int, int, int, int]]:
    """Level the row by the slope of its character centres and cut it out with a
    margin wide enough for a Chinese province glyph the blob chain may have missed.
    ``above`` adds that many character heights on top (a two-row plate's upper row)."""
    centres = np.array([(b.cx, b.cy) for b in row]) / scale
    h = float(np.median([b.h for b in row])) / scale
    slope = float(np.polyfit(centres[:, 0], centres[:, 1], 1)[0]) if len(row) > 1 else 0.0
    angle = float(np.degrees(np.arctan(slope)))
    x0 = min(b.x for b in row) / scale - lead * h
    x1 = max(b.x + b.w for b in row) / scale + tail * h
    cy = float(np.mean(centres[:, 1])) - above * h / 2
    width = x1 - x0
    out_h = h * (1.5 + above)
    height = out_h + abs(slope) * width
    cx = (x0 + x1) / 2
    fh, fw = frame.shape[:2]
    # Cut a generous window first so that the rotation only touches a small image.
    pad = int(abs(slope) * width / 2 + h)
    wx0, wy0 = max(0, int(x0) - pad), max(0, int(cy - height / 2) - pad)
    wx1, wy1 = min(fw, int(x1) + pad), min(fh, int(cy + height / 2) + pad)
    window = frame[wy0:wy1, wx0:wx1]
    if window.size == 0:
        return None, (0, 0, 0, 0)
    rot = cv2.getRotationMatrix2D((cx - wx0, cy - wy0), angle, 1.0)
    rot[0, 2] -= cx - wx0 - width / 2
    rot[1, 2] -= cy - wy0 - out_h / 2
    crop = cv2.warpAffine(
        window, rot, (max(1, int(width)), max(1, int(out_h))), borderMode=cv2.BORDER_REPLICATE
    )
    box = (max(0, int(x0)), max(0, int(cy - out_h / 2)), int(width), int(out_h))
    return crop, box


#: A two-row plate (GA 36, large vehicles' rear): the upper row (province and
#: letter, 60 mm high) ends 15 mm above the lower row's 110 mm characters and
#: spans about the middle half of the plate.  In lower-row character heights:
#: how far above the row the crop reaches, the upper row's band in the crop,
#: and where the lower row's line starts (between the rows).
UPPER_ROW_ABOVE = 0.85
UPPER_BAND = (0.25, 1.0)
LOWER_FROM = 1.0
#: The upper row's share of the crop's width, with a margin either side.
UPPER_SPAN = (0.15, 0.85)


def _two_row_crop(
    frame: np.ndarray, row: list[_Blob], scale: float
) -> tuple[np.ndarray | None, tuple[int, int, int, int]]:
    """One line for a recogniser out of a two-row plate: its upper row (province
    and letter), narrowed to the lower row's character shape, put left of the
    lower row."""
    crop, box = _crop_row(frame, row, scale, 0.3, 0.3, above=UPPER_ROW_ABOVE)
    if crop is None:
        return None, box
    h = crop.shape[0] / (1.5 + UPPER_ROW_ABOVE)
    w = crop.shape[1]
    upper = crop[
        int(UPPER_BAND[0] * h) : int(UPPER_BAND[1] * h),
        int(UPPER_SPAN[0] * w) : int(UPPER_SPAN[1] * w),
    ]
    lower = crop[int(LOWER_FROM * h) :]
    if upper.size == 0 or lower.size == 0:
        return None, box
    # The upper glyphs are wider than tall; the recogniser knows tall ones.
    out_h = lower.shape[0]
    out_w = max(1, int(upper.shape[1] * out_h / upper.shape[0] * 0.55))
    upper = cv2.resize(upper, (out_w, out_h), interpolation=cv2.INTER_LINEAR)
    return np.hstack([upper, lower]), box
