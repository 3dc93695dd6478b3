"""Cameras read through OpenCV: USB device index, RTSP, HTTP/MJPEG, video file."""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np

from drivers.cameras.base import Camera, FrameSource, SourceError

#: Network sources give up after this long without a connection or a frame, so
#: a vanished camera is noticed (and stop() returns) within seconds.
NETWORK_TIMEOUT_MS = 3000


class _CaptureSource(FrameSource):
    def __init__(self, capture: cv2.VideoCapture, pace_fps: float | None) -> None:
        self._cap = capture
        self._period = 1.0 / pace_fps if pace_fps else 0.0
        self._next = time.monotonic()

    def read(self) -> np.ndarray | None:
        ok, image = self._cap.read()
        if not ok or image is None:
            return None
        if self._period:
            # Files would otherwise play as fast as they decode; a demo wants real time.
            self._next += self._period
            delay = self._next - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            else:
                self._next = time.monotonic()
        return image

    def close(self) -> None:
        self._cap.release()


class OpenCVCamera(Camera):
    """``source``: a device index (0), ``rtsp://…``, ``http://…`` (MJPEG) or a video file.

    A file plays at its own frame rate; with ``loop`` it starts again at its end
    (for demos), otherwise its end counts as a lost source.
    """

    def __init__(
        self,
        source: int | str,
        name: str | None = None,
        loop: bool = False,
        realtime: bool = True,
        **kwargs: float,
    ) -> None:
        super().__init__(name or str(source), **kwargs)
        self.source = source
        self.loop = loop
        self.realtime = realtime

    @property
    def is_file(self) -> bool:
        return isinstance(self.source, str) and "://" not in self.source

    @property
    def is_network(self) -> bool:
        return isinstance(self.source, str) and "://" in self.source

    def _open(self) -> FrameSource:
        if self.is_file and not Path(self.source).is_file():
            raise SourceError(f"video file not found: {self.source}")
        if self.is_network:
            cap = cv2.VideoCapture(
                self.source,
                cv2.CAP_FFMPEG,
                [
                    cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
                    NETWORK_TIMEOUT_MS,
                    cv2.CAP_PROP_READ_TIMEOUT_MSEC,
                    NETWORK_TIMEOUT_MS,
                ],
            )
        else:
            cap = cv2.VideoCapture(self.source)
        if not cap.isOpened():
            cap.release()
            raise SourceError(f"cannot open {self.source}")
        if not self.is_file:
            # Keep the driver's own queue short: the newest frame is the only one we want.
            cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        pace = None
        if self.is_file and self.realtime:
            fps = cap.get(cv2.CAP_PROP_FPS)
            pace = fps if 0 < fps < 240 else 25.0
        return _CaptureSource(cap, pace)

    def _end_of_stream(self) -> bool:
        return self.is_file and self.loop
