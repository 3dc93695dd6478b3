"""The trained detector's stage of the reader: a frame in, rectified plate crops out.

Each detection is warped flat by its corners (``rectify``) and, when it has a
two-row plate's proportions, cut into one line; corners the model got wrong
(not a convex plate shape) fall back to the detection's box.  A lane camera
sees one vehicle for many frames, so the model need not look at the whole
frame every time: with ``every`` above one the whole frame (or the lane's
region of interest) is searched every ``every``-th frame, and between those
only the neighbourhood of the plates last found, at full resolution (a few
hundred pixels, a fraction of the cost).
"""

from __future__ import annotations

import threading

import cv2
import numpy as np

from drivers.plates.colour import plate_colour
from drivers.plates.detect import Candidate
from drivers.plates.plate_detector import PlateDetection, PlateDetector
from drivers.plates.rectify import (
    HEIGHT,
    TWO_ROW_HEIGHT,
    box_crop,
    has_two_row_shape,
    is_plausible_quad,
    plate_size,
    rectify,
    two_rows_as_line,
)
from drivers.plates.types import Box

#: Score given to detected candidates, above any row's (rows score at most 30):
#: the model saw a whole plate, a row is only characters in a line.
DETECTED_SCORE = 100.0
#: Neighbourhood searched around a tracked plate, in plate widths and heights
#: each side: a car creeping to the pump moves less than that between frames.
TRACK_REACH = (0.6, 1.5)


class DetectorStage:
    """Plate candidates from the trained detector, for one camera's frames.

    ``roi`` restricts the search to the lane's region of interest (x, y, w, h
    in frame pixels).  Keeps the last plates between frames when ``every`` > 1,
    so one stage serves one camera; the lock makes concurrent use merely
    mistimed, never wrong.
    """

    def __init__(
        self,
        detector: PlateDetector,
        roi: Box | None = None,
        every: int = 1,
        max_plates: int = 3,
    ) -> None:
        self.detector = detector
        self.roi = roi
        self.every = max(1, every)
        self.max_plates = max_plates
        self._frame_no = 0
        self._last: list[PlateDetection] = []
        self._lock = threading.Lock()

    def candidates(self, frame: np.ndarray, roi: Box | None = None) -> list[Candidate]:
        """Rectified crops of the plates in ``frame``, most plate-like first; ``roi``
        replaces the stage's own region for this frame (one stage may serve many lanes)."""
        return [plate_candidate(frame, d) for d in self.detections(frame, roi)[: self.max_plates]]

    def detections(self, frame: np.ndarray, roi: Box | None = None) -> list[PlateDetection]:
        with self._lock:
            full = self._frame_no % self.every == 0 or not self._last
            self._frame_no += 1
            last = list(self._last)
        if full:
            found = self.detector.detect(frame, roi or self.roi)
        else:
            found = []
            for previous in last:
                found += self.detector.detect(frame, _around(previous.box, frame.shape))
            found.sort(key=lambda d: -d.score)
        with self._lock:
            self._last = found[: self.max_plates]
        return found


def _around(box: Box, shape: tuple[int, ...]) -> Box:
    x, y, w, h = box
    dx, dy = int(w * TRACK_REACH[0]), int(h * TRACK_REACH[1])
    x0, y0 = max(0, x - dx), max(0, y - dy)
    return (x0, y0, min(shape[1], x + w + dx) - x0, min(shape[0], y + h + dy) - y0)


def plate_candidate(frame: np.ndarray, detection: PlateDetection) -> Candidate:
    """The crop a recogniser reads for one detection, with what was seen of the plate."""
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    frame = frame[:, :, :3]
    if is_plausible_quad(detection.corners):
        two_rows = has_two_row_shape(*plate_size(detection.corners))
        height = TWO_ROW_HEIGHT if two_rows else HEIGHT
        plate = rectify(frame, detection.corners, height)
    else:
        plate = box_crop(frame, detection.box)
        two_rows = plate.size > 0 and has_two_row_shape(plate.shape[1], plate.shape[0])
    crop = two_rows_as_line(plate) if two_rows else plate
    return Candidate(
        detection.box,
        crop if crop is not None else plate,
        DETECTED_SCORE * detection.score,
        0,
        two_rows=two_rows,
        found_by="detector",
        colour=plate_colour(plate),
    )
