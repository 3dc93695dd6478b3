"""The camera interface and the capture thread every camera shares."""

from __future__ import annotations

import logging
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

log = logging.getLogger(__name__)


class CameraState(StrEnum):
    STOPPED = "stopped"
    CONNECTING = "connecting"
    RUNNING = "running"
    RECONNECTING = "reconnecting"


@dataclass(frozen=True, slots=True)
class Frame:
    camera: str
    image: np.ndarray
    #: Counts frames since start; a gap means frames were dropped for freshness.
    seq: int
    #: time.monotonic() when the frame was captured.
    at: float


@dataclass(frozen=True, slots=True)
class CameraStatus:
    name: str
    state: CameraState
    fps: float
    frames: int
    last_frame_at: float | None
    last_error: str | None
    reconnects: int


FrameListener = Callable[[Frame], None]


class SourceError(RuntimeError):
    """The source could not be opened or stopped giving frames."""


class FrameSource(ABC):
    """One open connection to a source; a new one is made on every reconnect."""

    @abstractmethod
    def read(self) -> np.ndarray | None:
        """Next frame; None at a clean end of stream. Raises SourceError on failure."""

    @abstractmethod
    def close(self) -> None: ...


class Camera(ABC):
    """A camera with its own capture thread.

    The thread always holds only the newest frame (no queue builds up when a
    consumer is slow) and hands every frame to the listeners, on the capture
    thread: listeners must be quick or pass the frame on.  On failure it
    reconnects with exponential backoff until ``stop()``.
    """

    def __init__(
        self,
        name: str,
        backoff_initial: float = 0.5,
        backoff_max: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self._clock = clock
        self._listeners: list[FrameListener] = []
        self._fault_listeners: list = []  # called with a message when the camera starts failing
        self._frames_at_failure = -1
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._latest: Frame | None = None
        self._new_frame = threading.Condition(self._lock)
        self._state = CameraState.STOPPED
        self._frames = 0
        self._stamps: deque[float] = deque(maxlen=30)
        self._last_error: str | None = None
        self._reconnects = 0

    @abstractmethod
    def _open(self) -> FrameSource:
        """Open the source; raise SourceError when it cannot be."""

    def _end_of_stream(self) -> bool:
        """Called at a clean end of stream: True to reopen at once (looping files)."""
        return False

    def add_fault_listener(self, listener) -> None:
        """`listener(message)` once each time the camera stops giving frames (not on every retry)."""
        with self._lock:
            self._fault_listeners.append(listener)

    def add_listener(self, listener: FrameListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: FrameListener) -> None:
        with self._lock:
            self._listeners.remove(listener)

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._state = CameraState.CONNECTING
        self._thread = threading.Thread(target=self._run, name=f"camera-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop capturing and join the thread; False if it did not end in time."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                return False
        self._state = CameraState.STOPPED
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def latest(self) -> Frame | None:
        with self._lock:
            return self._latest

    def wait_frame(self, after_seq: int = 0, timeout: float | None = None) -> Frame | None:
        """Block until a frame newer than ``after_seq`` arrives (None on timeout)."""
        with self._new_frame:
            self._new_frame.wait_for(
                lambda: self._latest is not None and self._latest.seq > after_seq, timeout
            )
            latest = self._latest
        return latest if latest is not None and latest.seq > after_seq else None

    def status(self) -> CameraStatus:
        with self._lock:
            stamps = list(self._stamps)
            fps = (
                (len(stamps) - 1) / (stamps[-1] - stamps[0])
                if len(stamps) > 1 and stamps[-1] > stamps[0]
                else 0.0
            )
            return CameraStatus(
                name=self.name,
                state=self._state,
                fps=round(fps, 2),
                frames=self._frames,
                last_frame_at=stamps[-1] if stamps else None,
                last_error=self._last_error,
                reconnects=self._reconnects,
            )

    def _run(self) -> None:
        delay = self.backoff_initial
        reconnecting = False
        while not self._stop.is_set():
            if reconnecting:
                self._reconnects += 1
                self._state = CameraState.RECONNECTING
            reconnecting = True
            try:
                source = self._open()
            except SourceError as exc:
                self._fail(str(exc))
                self._stop.wait(delay)
                delay = min(delay * 2, self.backoff_max)
                continue
            self._state = CameraState.RUNNING
            got, ended = False, False
            try:
                got, ended = self._pump(source)
            except SourceError as exc:
                self._fail(str(exc))
            finally:
                source.close()
            if self._stop.is_set():
                break
            if got:
                delay = self.backoff_initial
            if ended and self._end_of_stream():
                reconnecting = False
                continue
            if ended:
                self._fail("stream ended or the connection dropped")
            self._stop.wait(delay)
            delay = min(delay * 2, self.backoff_max)
        self._state = CameraState.STOPPED

    def _pump(self, source: FrameSource) -> tuple[bool, bool]:
        """Read until stop, failure or end; (any frame came, clean end of stream)."""
        got = False
        while not self._stop.is_set():
            image = source.read()
            if image is None:
                return got, True
            got = True
            self._deliver(image)
        return got, False

    def _deliver(self, image: np.ndarray) -> None:
        now = self._clock()
        with self._new_frame:
            self._frames += 1
            self._stamps.append(now)
            frame = Frame(self.name, image, self._frames, now)
            self._latest = frame
            listeners = list(self._listeners)
            self._new_frame.notify_all()
        for listener in listeners:
            try:
                listener(frame)
            except Exception:  # a consumer's bug must not kill capture for everyone
                log.exception("camera %s: frame listener failed", self.name)

    def _fail(self, message: str) -> None:
        with self._lock:
            first = self._last_error is None or self._frames != self._frames_at_failure
            self._last_error, self._frames_at_failure = message, self._frames
            listeners = list(self._fault_listeners) if first else []
        log.warning("camera %s: %s", self.name, message)
        for listener in listeners:
            try:
                listener(message)
            except Exception:
                log.exception("camera %s: fault listener failed", self.name)

    def __enter__(self) -> Camera:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
