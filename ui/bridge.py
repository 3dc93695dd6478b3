"""The one door from the core's threads into the GUI thread.

Engine events arrive on lane, bus and outbox threads and leave here as Qt
signals, which Qt queues to the GUI thread because this object lives there.
Lane views and camera frames are not signalled one by one: the newest of each
waits here and the lanes page takes it on its clock, so a filling that changes
its view many times a second, or a camera faster than the screen, costs the
GUI thread one wake-up per tick, not one per change.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QFont

from console.lanes.engine import LaneEngine
from console.lanes.events import LaneEvent
from console.lanes.lane import LaneView
from drivers.cameras.base import Camera, Frame
from ui.compose import LaneFrame, compose

#: Events the window acts on; the rest (progress, state changes, reads) reach it as LaneViews.
FORWARDED = frozenset({
    "settled", "cancelled", "authorised", "error", "charge_failed", "pump", "emergency_stop", "needs_settlement",
    "gate_amber", "gate_entry", "gate_exit",
})


class _Display:
    """How one lane's tile wants its frames: size, smoothing, and how often."""

    def __init__(self) -> None:
        self.size = QSize(0, 0)
        self.smooth = True
        self.interval = 0.04
        self.composed_at = 0.0
        self.reads: list = []
        self.reads_seq = 0


class CoreBridge(QObject):
    event = Signal(object)  # a LaneEvent the window acts on
    viewsReady = Signal()  # newer LaneViews wait in take_views()
    frameReady = Signal(int)  # lane: a newer composed frame waits in take_frame()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._views: dict[int, LaneView] = {}
        self._views_announced = False
        self._frames: dict[int, LaneFrame] = {}
        self._announced: set[int] = set()
        self._displays: dict[int, _Display] = {}
        self._family = QFont().family()  # the application font (CJK), by name: fonts stay per thread
        self.frames_received = 0
        self.frames_composed = 0

    # --- wiring (GUI thread) -------------------------------------------------

    def attach_engine(self, engine: LaneEngine) -> None:
        engine.subscribe(self._on_event)
        engine.subscribe_views(self._on_view)

    def attach_camera(self, lane_id: int, camera: Camera) -> None:
        camera.add_listener(lambda frame, lane_id=lane_id: self._on_frame(lane_id, frame))

    def attach_runtime(self, runtime: Any) -> None:
        # Through the runtime: what its start published (recovery, pumps, cameras) comes first.
        runtime.subscribe(self._on_event)
        runtime.engine.subscribe_views(self._on_view)
        for lane_id, camera in runtime.cameras.items():
            self.attach_camera(lane_id, camera)
        runtime.add_reads_listener(self._on_reads)

    def set_display(self, lane_id: int, size: QSize, smooth: bool, interval_ms: int) -> None:
        with self._lock:
            display = self._displays.setdefault(lane_id, _Display())
            display.size, display.smooth, display.interval = QSize(size), smooth, interval_ms / 1000

    # --- called on core threads: store, and at most one signal until taken -------

    def _on_event(self, event: LaneEvent) -> None:
        if event.type in FORWARDED:
            self.event.emit(event)

    def _on_view(self, view: LaneView) -> None:
        with self._lock:
            self._views[view.lane] = view
            announce, self._views_announced = not self._views_announced, True
        if announce:
            self.viewsReady.emit()

    def _on_reads(self, lane_id: int, seq: int, reads: list) -> None:
        with self._lock:
            display = self._displays.setdefault(lane_id, _Display())
            display.reads, display.reads_seq = list(reads), seq
            display.composed_at = 0.0  # show the box on the very next frame

    def _on_frame(self, lane_id: int, frame: Frame) -> None:
        now = time.monotonic()
        with self._lock:
            self.frames_received += 1
            display = self._displays.setdefault(lane_id, _Display())
            # Frames the screen cannot show in time are skipped before any work is spent on them
            # (with slack for capture jitter, or a 25 fps camera would be shown at 12).
            if now - display.composed_at < display.interval * 0.75:
                return
            display.composed_at = now
            size, smooth, reads, reads_seq = QSize(display.size), display.smooth, display.reads, display.reads_seq
        composed = compose(frame, size, smooth, reads, reads_seq, self._family)
        if composed is None:
            return
        with self._lock:
            self._frames[lane_id] = composed
            self.frames_composed += 1
            announce = lane_id not in self._announced
            self._announced.add(lane_id)
        if announce:
            self.frameReady.emit(lane_id)

    # --- GUI thread -----------------------------------------------------------

    def take_views(self) -> list[LaneView]:
        with self._lock:
            views, self._views = list(self._views.values()), {}
            self._views_announced = False
        return views

    def take_frame(self, lane_id: int) -> LaneFrame | None:
        with self._lock:
            self._announced.discard(lane_id)
            return self._frames.pop(lane_id, None)

    def reads_of(self, lane_id: int) -> list:
        with self._lock:
            display = self._displays.get(lane_id)
            return list(display.reads) if display else []

    def push_frame(self, lane_id: int, frame: Frame) -> None:
        """Feed a frame as a camera would (tests, cameras added later)."""
        self._on_frame(lane_id, frame)
