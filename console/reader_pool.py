"""Plate reading in worker processes.

Reading a frame costs 20-150 ms of CPU in Python and ONNX Runtime.  Done on
threads of the console's own process, sixteen lanes' reading holds the
interpreter lock long enough to freeze the window for most of a second; in
worker processes it holds theirs.  Frames go out and reads come back by
pickling (a 1280×720 frame is 2.7 MB, about a millisecond).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np

from drivers.plates.engine import set_default_threads
from drivers.plates.reader import PlateReader
from drivers.plates.types import PlateRead

_reader: PlateReader | None = None


# How often a worker checks that the console that started it is still there.
PARENT_CHECK_SECONDS = 1.0


def _start_worker(engine: str | None, region: str, threads: int, parent: int) -> None:
    global _reader
    _end_with(parent)
    set_default_threads(threads)
    _reader = PlateReader(engine, region)


def _end_with(parent: int) -> None:
    """End this worker when the console ends, however it ends (SIGKILL leaves no time to
    tell us): an orphan would keep 200 MB and a core.  The parent's death shows as a new
    parent process id (the worker is handed to init or a subreaper)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _read_frame(frame: np.ndarray, roi: tuple[int, int, int, int] | None = None) -> list[PlateRead]:
    return _reader.read_frame(frame, roi=roi)


class ReaderPool:
    """`read_frame` like a PlateReader, run in `workers` processes started by spawn
    (never fork: the console has threads, and Qt in the window)."""

    def __init__(self, engine: str | None, region: str, workers: int, threads: int = 1) -> None:
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(engine, region, threads, os.getpid()),
        )

    def read_frame(self, frame: np.ndarray, roi: tuple[int, int, int, int] | None = None) -> list[PlateRead]:
        return self._pool.submit(_read_frame, frame, roi).result()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
