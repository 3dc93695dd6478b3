"""A plate seen at an angle, warped flat by its four corners, and made one line.

A detector's corners give the plate's perspective; warping them onto a
rectangle of the plate's proportions levels the characters and undoes the
shear a rotation cannot, so the recogniser sees a plate as it was trained on.
A two-row plate (GA 36 rear plates of large vehicles, 440 × 220 mm) is then
cut into one line: its upper row's province and letter put left of the five
characters below, which is what a one-line recogniser reads.
"""

from __future__ import annotations

import cv2
import numpy as np

#: Proportions (width / height) of a one-row plate (440 × 140, 480 × 140 mm)
#: and of a two-row one (440 × 220): a rectified plate under ``TWO_ROW_ASPECT``
#: is taken for two rows.
ONE_ROW_ASPECT = 3.14
TWO_ROW_ASPECT = 2.5
#: The recognisers were trained on detector boxes with some margin round the
#: plate; the warp takes that much of the real surroundings (share of the
#: plate's width, height) rather than repeating the edge.
MARGIN = (0.08, 0.12)
#: Output height of a rectified plate: sharper is no better to a 32-48 px
#: recogniser, and warping fewer pixels is cheaper.
HEIGHT = 64

#: A two-row plate is warped this high, so that its lower row alone is as
#: high as a one-row plate's.
TWO_ROW_HEIGHT = 112

#: Rows of a two-row plate in plate heights (GA 36: upper characters 15-75 mm,
#: lower 95-205 mm of 220) and the upper row's span in plate widths (its two
#: characters at 110-330 mm of 440), each with a little room; the upper band
#: reaches into the margin above, since the model's corners of a two-row
#: plate often sit below its top edge.
UPPER_BAND = (-0.08, 0.37)
LOWER_BAND = (0.40, 0.96)
UPPER_SPAN = (0.22, 0.78)


def plate_size(corners: np.ndarray) -> tuple[float, float]:
    """Width and height of the plate the corners (TL, TR, BR, BL) outline."""
    tl, tr, br, bl = corners.astype(np.float64)
    width = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    return float(width), float(height)


def is_plausible_quad(corners: np.ndarray) -> bool:
    """Whether the corners outline a convex plate wider than tall.

    A detector's corner regression is sometimes off on a blurred or cut plate;
    such corners warp the plate into a smear, and the box is the better crop.
    """
    if corners.shape != (4, 2) or not np.all(np.isfinite(corners)):
        return False
    width, height = plate_size(corners)
    if height < 4 or not 1.2 <= width / height <= 8.0:
        return False
    return bool(cv2.isContourConvex(corners.astype(np.float32).reshape(-1, 1, 2)))


def rectify(frame: np.ndarray, corners: np.ndarray, height: int = HEIGHT) -> np.ndarray:
    """The plate inside ``corners`` (TL, TR, BR, BL, frame pixels) warped level,
    ``height`` pixels high with the plate's own proportions, and a margin."""
    width, plate_h = plate_size(corners)
    aspect = width / max(plate_h, 1.0)
    mx, my = MARGIN
    out_h = height
    out_w = max(8, int(round(height * aspect * (1 + 2 * mx) / (1 + 2 * my))))
    # The plate's own corners land inside the output, leaving the margin round it.
    inner_w, inner_h = out_w / (1 + 2 * mx), out_h / (1 + 2 * my)
    x0, y0 = inner_w * mx, inner_h * my
    target = np.float32(
        [[x0, y0], [x0 + inner_w, y0], [x0 + inner_w, y0 + inner_h], [x0, y0 + inner_h]]
    )
    warp = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(
        frame, warp, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )


def box_crop(frame: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The box with the same margin as a rectified plate, clipped to the frame."""
    x, y, w, h = box
    fh, fw = frame.shape[:2]
    dx, dy = int(w * MARGIN[0]), int(h * MARGIN[1])
    return frame[max(0, y - dy) : min(fh, y + h + dy), max(0, x - dx) : min(fw, x + w + dx)]


def has_two_row_shape(width: float, height: float) -> bool:
    """Whether a plate of this size (without margin) has two-row proportions."""
    return width / max(1.0, height) < TWO_ROW_ASPECT


def two_rows_as_line(plate: np.ndarray) -> np.ndarray | None:
    """One line out of a rectified two-row plate: upper row (province, letter)
    narrowed to the lower row's character shape, left of the lower row."""
    h, w = plate.shape[:2]
    # Coordinates inside the margin ``rectify`` left round the plate.
    ph, pw = h / (1 + 2 * MARGIN[1]), w / (1 + 2 * MARGIN[0])
    top, left = ph * MARGIN[1], pw * MARGIN[0]
    upper = plate[
        int(top + UPPER_BAND[0] * ph) : int(top + UPPER_BAND[1] * ph),
        int(left + UPPER_SPAN[0] * pw) : int(left + UPPER_SPAN[1] * pw),
    ]
    lower = plate[int(top + LOWER_BAND[0] * ph) : int(top + LOWER_BAND[1] * ph)]
    if upper.size == 0 or lower.size == 0:
        return None
    # The upper glyphs are wider than tall; the recognisers know tall ones.
    out_h = lower.shape[0]
    out_w = max(1, int(upper.shape[1] * out_h / upper.shape[0] * 0.55))
    upper = cv2.resize(upper, (out_w, out_h), interpolation=cv2.INTER_LINEAR)
    return np.hstack([upper, lower])
