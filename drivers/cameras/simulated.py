"""A camera that plays still images or a clip: the demo's and the tests' camera.

It runs the same capture thread as a real camera; only the source differs.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from drivers.cameras.base import Camera, FrameSource, SourceError
from drivers.cameras.opencv import OpenCVCamera

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp")


class _Playlist(FrameSource):
    def __init__(self, images: Sequence[np.ndarray], fps: float, repeat: int) -> None:
        self._images = images
        self._period = 1.0 / fps
        self._repeat = max(1, repeat)
        self._i = 0
        self._next = time.monotonic()

    def read(self) -> np.ndarray | None:
        if self._i >= len(self._images) * self._repeat:
            return None
        image = self._images[self._i // self._repeat]
        self._i += 1
        delay = self._next - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._next = max(self._next + self._period, time.monotonic())
        return image

    def close(self) -> None:
        pass


class SimulatedCamera(Camera):
    """Plays ``images`` (arrays, or a folder of image files in name order) at ``fps``.

    Each image is shown for ``repeat`` frames, as a car stays in view for a
    while.  With ``loop`` the sequence restarts; otherwise its end is a lost
    source and the camera reconnects (replays) after the backoff, which is how
    tests exercise reconnection without a network.
    """

    def __init__(
        self,
        images: Sequence[np.ndarray] | str | Path,
        name: str = "sim",
        fps: float = 10.0,
        repeat: int = 1,
        loop: bool = True,
        **kwargs: float,
    ) -> None:
        super().__init__(name, **kwargs)
        self._images = images
        self.fps = fps
        self.repeat = repeat
        self.loop = loop

    def _open(self) -> FrameSource:
        images = self._images
        if isinstance(images, (str, Path)):
            from drivers.plates.images import BadImage, load_image

            folder = Path(images)
            if not folder.is_dir():
                raise SourceError(f"no such folder of images: {folder}")
            loaded = []
            for p in sorted(folder.iterdir()):
                if p.suffix.lower() in IMAGE_SUFFIXES:
                    try:
                        loaded.append(load_image(p))
                    except BadImage:
                        continue  # a bad file in a demo folder is skipped, not fatal
            images = loaded
        if not images:
            raise SourceError(f"camera {self.name}: no images to play")
        return _Playlist(images, self.fps, self.repeat)

    def _end_of_stream(self) -> bool:
        return self.loop


def simulated_clip(path: str | Path, name: str | None = None, loop: bool = True) -> OpenCVCamera:
    """A camera playing a video clip in real time, looping: a demo lane camera."""
    return OpenCVCamera(str(path), name=name or Path(path).stem, loop=loop, realtime=True)
