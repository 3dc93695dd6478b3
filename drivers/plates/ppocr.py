"""PP-OCR v4 text recognition run directly by ONNX Runtime.

Only the recognition model of the ``rapidocr-onnxruntime`` wheel is used: a
plate crop is already a single text line, so its text detector and angle
classifier would only cost time.  The character list ships inside the model's
metadata; decoding is constrained to the plate grammar (see ``ctc``).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from drivers.plates import ctc
from drivers.plates.engine import EngineText
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
from drivers.plates.types import EngineUnavailable

MODEL_FILE = "ch_PP-OCRv4_rec_infer.onnx"
INPUT_HEIGHT = 48
#: The model was trained on lines padded to a wider canvas; a little padding on
#: the right gains accuracy (measured: docs/recognition.md) for 30% more time.
PAD_RATIO = 1.3
MAX_WIDTH = 640


def model_path() -> Path:
    """The recognition model inside the installed rapidocr-onnxruntime wheel."""
    spec = importlib.util.find_spec("rapidocr_onnxruntime")
    if spec is None or not spec.submodule_search_locations:
        raise EngineUnavailable("rapidocr-onnxruntime is not installed (it ships the PP-OCR model)")
    path = Path(next(iter(spec.submodule_search_locations))) / "models" / MODEL_FILE
    if not path.is_file():
        raise EngineUnavailable(f"PP-OCR model missing: {path}")
    return path


class PpocrEngine:
    name = "ppocr"

    def __init__(
        self,
        threads: int | None = None,
        pad_ratio: float = PAD_RATIO,
    ) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        # One thread by default: a station runs one reader per lane on a 2-core PC.
        options.intra_op_num_threads = threads or int(os.environ.get("PLATEPAY_OCR_THREADS", "1"))
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(model_path()), options, providers=["CPUExecutionProvider"]
        )
        self._input = self._session.get_inputs()[0].name
        meta = self._session.get_modelmeta().custom_metadata_map
        self._charset = ["", *meta["character"].splitlines(), " "]
        self._pad_ratio = pad_ratio
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
        self._cn_lattice = [prov, letters, serial, serial, serial, serial, tail, serial]
        self._generic = np.concatenate([[0], classes(SERIAL_LETTERS + "I" + DIGITS)])
        # Probability given to a lookalike the region never issues is probability
        # of the digit: GA 36 has neither O nor I; elsewhere O is rare (and read
        # as 0 by registries), while some regions do issue I.
        self._merge = {
            Region.CN: [(index["O"], index["0"]), (index["I"], index["1"])],
            Region.GENERIC: [(index["O"], index["0"])],
        }

    def read_crops(self, crops: Sequence[np.ndarray], region: Region) -> list[EngineText | None]:
        prepared = [(i, self._prepare(c)) for i, c in enumerate(crops)]
        prepared = [(i, x) for i, x in prepared if x is not None]
        out: list[EngineText | None] = [None] * len(crops)
        for i, text in self._run(prepared, Region(region)).items():
            out[i] = text
        return out

    def _run(
        self, prepared: list[tuple[int, np.ndarray]], region: Region
    ) -> dict[int, EngineText | None]:
        out: dict[int, EngineText | None] = {}
        # Batch crops of similar width so that padding wastes little.
        prepared = sorted(prepared, key=lambda p: p[1].shape[2])
        for start in range(0, len(prepared), 8):
            chunk = prepared[start : start + 8]
            width = min(max(int(x.shape[2] * self._pad_ratio) for _, x in chunk), MAX_WIDTH)
            batch = np.zeros((len(chunk), 3, INPUT_HEIGHT, width), np.float32)
            for j, (_, x) in enumerate(chunk):
                batch[j, :, :, : x.shape[2]] = x
            probs = self._session.run(None, {self._input: batch})[0]
            for j, (i, _) in enumerate(chunk):
                out[i] = self._decode(probs[j], region)
        return out

    def _prepare(self, crop: np.ndarray) -> np.ndarray | None:
        if crop is None or crop.size == 0 or crop.ndim not in (2, 3):
            return None
        if crop.ndim == 2:
            crop = cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR)
        h, w = crop.shape[:2]
        width = int(np.clip(round(INPUT_HEIGHT * w / h), 16, MAX_WIDTH // 2))
        x = cv2.resize(crop[:, :, :3], (width, INPUT_HEIGHT), interpolation=cv2.INTER_LINEAR)
        return (x.astype(np.float32).transpose(2, 0, 1) / 127.5) - 1.0

    def _decode(self, probs: np.ndarray, region: Region) -> EngineText | None:
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
