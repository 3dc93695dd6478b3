"""Per-lane recognition: camera frames → plate reads → votes → lane events.

One thread per lane reads the newest frame only (a slow read skips frames, it
never queues them), so recognition never falls behind the camera.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from typing import Callable, Protocol

from console.reader_pool import ReaderPool
from drivers.cameras.base import Camera
from drivers.plates.matching import Match
from drivers.plates.reader import PlateReader
from drivers.plates.tracker import PlateTracker, TrackState
from drivers.plates.types import PlateRead

log = logging.getLogger(__name__)

ReadsListener = Callable[[int, int, list[PlateRead]], None]


class RegisteredIndex(Protocol):
    """The registered plates a vote is matched against (console.domain.registered_plates)."""

    def match(self, read: PlateRead) -> Match: ...

#: Seconds between analysed frames, by what the lane holds.  Reading costs
#: 20-60 ms of CPU a frame; a station PC has two cores for up to 16 lanes, so
#: a lane reads fast only while it is making up its mind about a vehicle.
VOTING_INTERVAL = 0.1
PRESENT_INTERVAL = 0.7  # a vehicle already identified: only watch for it leaving
IDLE_INTERVAL = 0.25  # nobody there: look often enough to catch the next arrival


def idle_interval_for(lanes: int) -> float:
    """Empty lanes share the CPU: four lanes look four times a second, sixteen once."""
    return IDLE_INTERVAL * max(1.0, lanes / 4)


class LaneRecognizer:
    def __init__(
        self,
        lane_id: int,
        camera: Camera,
        reader: PlateReader | ReaderPool,
        registered: RegisteredIndex,
        on_plate: Callable[[int, str, float, str | None, str], None],  # lane, plate, confidence, note, plate colour
        on_gone: Callable[[int], None],
        on_reads: Callable[[int, int, list[PlateRead]], None] | None = None,
        idle_interval: float = IDLE_INTERVAL,
        roi: tuple[int, int, int, int] | None = None,
    ) -> None:
        self.lane_id = lane_id
        self._roi = roi  # the part of the picture where this lane's plates appear
        self.camera = camera
        self._reader = reader
        self._registered = registered
        self._on_plate = on_plate
        self._on_gone = on_gone
        self._on_reads = on_reads
        self._tracker = PlateTracker(str(lane_id))
        self._idle_interval = idle_interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"recognition-{lane_id}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _interval(self) -> float:
        state = self._tracker.state
        if state is TrackState.VOTING:
            return VOTING_INTERVAL
        return PRESENT_INTERVAL if state is TrackState.EMITTED else self._idle_interval

    def _run(self) -> None:
        seq = 0
        next_due = time.monotonic()
        while not self._stop.is_set():
            if self._stop.wait(max(0.0, next_due - time.monotonic())):
                break
            next_due = time.monotonic() + self._interval()
            frame = self.camera.wait_frame(after_seq=seq, timeout=0.5)
            before = self._tracker.state
            if frame is None:
                events = self._tracker.tick()
            else:
                seq = frame.seq
                try:
                    reads = self._reader.read_frame(frame.image, roi=self._roi)
                except Exception:  # a frame the engine chokes on is skipped, the lane keeps watching
                    log.exception("lane %s: recognition failed on frame %s", self.lane_id, seq)
                    reads = []
                if self._on_reads:
                    self._on_reads(self.lane_id, seq, reads)
                events = self._tracker.update(reads) if reads else self._tracker.tick()
            for event in events:
                voted = replace(event.best, text=event.plate, confidence=event.confidence, char_confidences=event.char_confidences)
                match = self._registered.match(voted)
                self._on_plate(self.lane_id, match.plate, match.confidence, match.reason if match.resolved else None,
                               str(event.best.colour))
            if before is not TrackState.IDLE and self._tracker.state is TrackState.IDLE:
                self._on_gone(self.lane_id)

