"""A CTC text-line recogniser on ONNX Runtime, read as a plate reader.

Both neural engines (the generic PP-OCR model and the plate-trained model) are
this: an image of one line in, per-step character probabilities out.  What
differs is the model file, its character list, its input height and how a crop
is framed before it is fed; what is shared is batching and the decoding
constrained to the plate grammar (see ``ctc``), which is what turns a text
recogniser into a plate reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from drivers.plates import ctc
from drivers.plates.engine import EngineText, default_threads
from drivers.plates.syntax import (
    DIGITS,
    PROVINCES,
    SERIAL_CHARS,
    SERIAL_LETTERS,
    SUFFIXES,
    InvalidPlate,
    Region,
    normalize_plate,
)

MAX_WIDTH = 640
BATCH = 8


def session(model: Path, threads: int | None):
    import onnxruntime as ort

    options = ort.SessionOptions()
    # One thread by default: a station runs one reader per lane on a 2-core PC.
    options.intra_op_num_threads = threads or default_threads()
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


class CtcPlateEngine:
    """Subclasses give the session, the character list and the input framing."""

    name = "ctc"
    input_height = 48
    #: Models trained on lines padded to a wider canvas read better with some
    #: blank room on the right (PP-OCR: measured in docs/recognition.md).
    pad_ratio = 1.0
    #: Margin (left/right, top/bottom) in crop heights, made by repeating the
    #: crop's edge pixels outward: a model trained on detector boxes with a
    #: margin misses a tight crop's first and last character.
    margin = (0.0, 0.0)

    def __init__(self, model_session, charset: Sequence[str]) -> None:
        self._session = model_session
        self._input = model_session.get_inputs()[0].name
        self._charset = list(charset)
        index = {c: i for i, c in enumerate(self._charset) if c}

        def classes(chars: str) -> np.ndarray:
            return np.array(sorted({index[c] for c in chars if c in index}), dtype=np.int64)

        prov, letters, serial = classes(PROVINCES), classes(SERIAL_LETTERS), classes(SERIAL_CHARS)
        tail = classes(SERIAL_CHARS + SUFFIXES)
        self._cn_any = np.concatenate([[0], classes(PROVINCES + SERIAL_CHARS + SUFFIXES + "使")])
        self._cn_by_length = {
            7: [prov, letters, serial, serial, serial, serial, tail],
            8: [prov, letters, serial, serial, serial, serial, serial, serial],
        }
        self._cn_embassy = [classes("使")] + [classes(DIGITS)] * 6
        # Armed police: WJ, a province on most, five characters (GA 36 has no
        # O or I here either).
        self._cn_armed = {
            7: [classes("W"), classes("J")] + [serial] * 5,
            8: [classes("W"), classes("J"), prov] + [serial] * 5,
        }
        self._cn_lattice = [prov, letters, serial, serial, serial, serial, tail, serial]
        self._generic = np.concatenate([[0], classes(SERIAL_LETTERS + DIGITS)])
        # Probability given to a lookalike is probability of the digit: GA 36
        # issues neither O nor I, and elsewhere plates are held with the digits
        # (see syntax.normalize_plate).
        pairs = {Region.CN: [("O", "0"), ("I", "1")], Region.GENERIC: [("O", "0"), ("I", "1")]}
        self._merge = {
            region: [(index[a], index[b]) for a, b in merge if a in index and b in index]
            for region, merge in pairs.items()
        }

    def read_crops(self, crops: Sequence[np.ndarray], region: Region) -> list[EngineText | None]:
        prepared = [(i, self._prepare(c)) for i, c in enumerate(crops)]
        prepared = [(i, x) for i, x in prepared if x is not None]
        out: list[EngineText | None] = [None] * len(crops)
        for i, probs in self._probabilities(prepared):
            out[i] = self.decode(probs, Region(region))
        return out

    def _probabilities(self, prepared: list[tuple[int, np.ndarray]]):
        # Batch crops of similar width so that padding wastes little.
        prepared = sorted(prepared, key=lambda p: p[1].shape[2])
        for start in range(0, len(prepared), BATCH):
            chunk = prepared[start : start + BATCH]
            width = min(max(int(x.shape[2] * self.pad_ratio) for _, x in chunk), MAX_WIDTH)
            batch = np.zeros((len(chunk), 3, self.input_height, width), np.float32)
            for j, (_, x) in enumerate(chunk):
                batch[j, :, :, : x.shape[2]] = x
            probs = self._session.run(None, {self._input: batch})[0]
            for j, (i, _) in enumerate(chunk):
                yield i, probs[j]

    def _prepare(self, crop: np.ndarray) -> np.ndarray | None:
        if crop is None or crop.size == 0 or crop.ndim not in (2, 3):
            return None
        if crop.ndim == 2:
            crop = cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR)
        crop = crop[:, :, :3]
        bx, by = (round(m * crop.shape[0]) for m in self.margin)
        if bx or by:
            crop = cv2.copyMakeBorder(crop, by, by, bx, bx, cv2.BORDER_REPLICATE)
        h, w = crop.shape[:2]
        height = self.input_height
        width = int(np.clip(round(height * w / h), 16, MAX_WIDTH // 2))
        x = cv2.resize(crop, (width, height), interpolation=cv2.INTER_LINEAR)
        return (x.astype(np.float32).transpose(2, 0, 1) / 127.5) - 1.0

    def decode(self, probs: np.ndarray, region: Region) -> EngineText | None:
        probs = probs.copy()
        for lookalike, digit in self._merge[region]:
            probs[:, digit] += probs[:, lookalike]
            probs[:, lookalike] = 0.0
        if region is Region.GENERIC:
            spans = ctc.segments(probs, self._generic)
            decoded = ctc.relabel(probs, spans, [self._generic[1:]] * len(spans), self._charset)
        else:
            decoded = self._decode_cn(probs)
        if decoded is None or not decoded.text:
            return None
        return EngineText(decoded.text, decoded.char_confidences)

    def _decode_cn(self, probs: np.ndarray) -> ctc.Decoded | None:
        spans = ctc.segments(probs, self._cn_any)
        if spans and self._charset[spans[0][0]] == "使" and len(spans) == 7:
            return ctc.relabel(probs, spans, self._cn_embassy, self._charset)
        lead = "".join(self._charset[c] for c, _, _ in spans[:2])
        if lead == "WJ" and len(spans) in self._cn_armed:
            return ctc.relabel(probs, spans, self._cn_armed[len(spans)], self._charset)
        template = self._cn_by_length.get(len(spans))
        if template is not None:
            fast = ctc.relabel(probs, spans, template, self._charset)
            try:
                normalize_plate(fast.text)
                return fast
            except InvalidPlate:
                pass
        # Wrong length or an impossible plate: search the whole lattice for the
        # likeliest valid plate (a character merged, split or missed).
        return ctc.constrained(probs, self._cn_lattice, self._charset, min_len=7)
