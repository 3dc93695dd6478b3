"""The thread every lane runs its events on, fuel or gate: one inbox, handled in order.

A lane's state changes only on its own thread, so nothing it does needs a lock;
other threads (cameras, pump buses, barriers, the window) only post to it.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from typing import Any

log = logging.getLogger(__name__)

VIEW = "view"  # not a lane event: a change of what the screen shows (a pump's status, the barrier's)


class LaneWorker:
    """Subclasses give `_set(**changes)`, `_dispatch(event, data)`, `_timed_out()` and `_failed(event, exc)`."""

    _deadline: float | None  # monotonic time at which `_timed_out` is called, or None

    def _init_worker(self, name: str) -> None:
        self._inbox: queue.Queue[tuple[Any, dict]] = queue.Queue()
        self._deadline = None
        self._stopping = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def shutdown(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._inbox.put((None, {}))
        self._thread.join(timeout)

    def post(self, event: Any, **data: Any) -> None:
        """Queue an event for this lane's thread (safe from any thread)."""
        self._enqueue(event, data)

    def post_view(self, **changes: Any) -> None:
        """Update what the screen shows on this lane's thread, in order with its events."""
        self._enqueue(VIEW, changes)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """True once every queued event has been handled (for tests and shutdown)."""
        return self._idle.wait(timeout)

    def _enqueue(self, event: Any, data: dict) -> None:
        self._idle.clear()
        self._inbox.put((event, data))

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                event, data = self._inbox.get(timeout=0.2)
            except queue.Empty:
                if self._deadline is not None and time.monotonic() >= self._deadline:
                    self._deadline = None
                    self._timed_out()
                self._idle.set()
                continue
            if event is None:
                break
            try:
                if event is VIEW:
                    self._set(**data)
                else:
                    self._dispatch(event, data)
            except Exception as exc:  # the lane keeps working; what failed is reported, not swallowed
                log.exception("%s: %s failed", self._thread.name, event)
                self._failed(event, exc)
            if self._inbox.empty():
                self._idle.set()

    def _set(self, **changes: Any) -> None:
        raise NotImplementedError

    def _dispatch(self, event: Any, data: dict) -> None:
        raise NotImplementedError

    def _timed_out(self) -> None:
        raise NotImplementedError

    def _failed(self, event: Any, exc: Exception) -> None:
        raise NotImplementedError
