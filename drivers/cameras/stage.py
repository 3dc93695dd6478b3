"""A camera showing whatever scene it is told to: the demo lanes' camera.

The demo drives vehicles in and out of a lane by changing the scene; the
capture thread, pacing and listeners are those of every camera.
"""

from __future__ import annotations

import threading
import time

import numpy as np

from drivers.cameras.base import Camera, FrameSource


class _Stage(FrameSource):
    def __init__(self, camera: StageCamera) -> None:
        self._camera = camera
        self._next = time.monotonic()

    def read(self) -> np.ndarray | None:
        delay = self._next - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._next = max(self._next + 1.0 / self._camera.fps, time.monotonic())
        return self._camera.scene

    def close(self) -> None:
        pass


class StageCamera(Camera):
    def __init__(self, name: str, empty: np.ndarray, fps: float = 8.0, **kwargs: float) -> None:
        super().__init__(name, **kwargs)
        self.fps = fps
        self._empty = empty
        self._scene = empty
        self._scene_lock = threading.Lock()

    @property
    def scene(self) -> np.ndarray:
        with self._scene_lock:
            return self._scene

    def show(self, scene: np.ndarray | None) -> None:
        """Put a vehicle (its scene) in view; None empties the lane.  Scenes are never mutated."""
        with self._scene_lock:
            self._scene = self._empty if scene is None else scene

    def _open(self) -> FrameSource:
        return _Stage(self)

    def _end_of_stream(self) -> bool:
        return True
