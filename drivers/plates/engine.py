"""The plate-engine interface and the registry that picks one by name.

Application code asks ``get_engine("ppocr")`` (the name comes from the
configuration) and never names a concrete class, as python-can does with
its bus interfaces.  Engines load models lazily and are shared per process:
a model costs tens of megabytes and hundreds of milliseconds to load.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from drivers.plates.syntax import Region
from drivers.plates.types import UnknownEngine


@dataclass(frozen=True, slots=True)
class EngineText:
    """What an engine read in one crop, before syntax repair."""

    text: str
    char_confidences: tuple[float, ...]


@runtime_checkable
class PlateEngine(Protocol):
    name: str

    def read_crops(self, crops: Sequence[np.ndarray], region: Region) -> list[EngineText | None]:
        """Read many plate crops (BGR, one plate each, roughly level) in one go.

        Returns one entry per crop, None where nothing was read.  Engines batch
        internally, so passing all crops of a frame at once is the fast way.
        """
        ...


_FACTORIES: dict[str, Callable[[], PlateEngine]] = {}
_INSTANCES: dict[str, PlateEngine] = {}
_LOCK = threading.RLock()  # a composite engine asks for its parts while being built

#: Chosen by measurement, see docs/recognition.md.
DEFAULT_ENGINES: dict[Region, str] = {Region.CN: "ppocr+clp", Region.GENERIC: "ppocr"}


_threads: int | None = None


def set_default_threads(threads: int | None) -> None:
    """ONNX Runtime threads of engines loaded from now on in this process
    (None: the PLATEPAY_OCR_THREADS environment variable, else one)."""
    global _threads
    _threads = threads


def default_threads() -> int:
    return _threads or int(os.environ.get("PLATEPAY_OCR_THREADS", "1"))


def register_engine(name: str, factory: Callable[[], PlateEngine]) -> None:
    _FACTORIES[name] = factory


def engine_names() -> list[str]:
    return sorted(_FACTORIES)


def default_engine_name(region: Region | str = Region.CN) -> str:
    return DEFAULT_ENGINES[Region(region)]


def get_engine(name: str | None = None, region: Region | str = Region.CN) -> PlateEngine:
    """The shared engine registered as ``name`` (the region's default if None).

    Raises UnknownEngine for a name nobody registered, and
    EngineUnavailable when the engine's runtime is missing.
    """
    name = name or default_engine_name(region)
    with _LOCK:
        if name not in _INSTANCES:
            try:
                factory = _FACTORIES[name]
            except KeyError:
                raise UnknownEngine(
                    f"no plate engine {name!r}; available: {', '.join(engine_names())}"
                ) from None
            _INSTANCES[name] = factory()
        return _INSTANCES[name]


def _ppocr() -> PlateEngine:
    from drivers.plates.ppocr import PpocrEngine

    return PpocrEngine()


def _clp() -> PlateEngine:
    from drivers.plates.clp import ClpEngine

    return ClpEngine()


def _second_opinion() -> PlateEngine:
    from drivers.plates.second_opinion import SecondOpinionEngine

    return SecondOpinionEngine(get_engine("ppocr"), get_engine("clp"))


def _tesseract() -> PlateEngine:
    from drivers.plates.tesseract import TesseractEngine

    return TesseractEngine()


register_engine("ppocr", _ppocr)
register_engine("clp", _clp)
register_engine("ppocr+clp", _second_opinion)
register_engine("tesseract", _tesseract)
