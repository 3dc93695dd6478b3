"""Running blocking work (database, pump probes, password checks) off the GUI thread."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI, which tells the cashier
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Worker(QObject):
    """A small thread pool whose results come back to the GUI thread as signals.

    `busy` counts tasks in flight, so tests can wait for the screen to settle.
    """

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> int:
        return len(self._relays)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> None:
        # The relay lives in the GUI thread, so its signals reach on_done there, queued.
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(value: Any, callback: Callable | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if callback is not None:
                callback(value)

        relay.done.connect(lambda value: finish(value, on_done))
        relay.failed.connect(lambda exc: finish(exc, on_error))
        self._pool.start(_Task(fn, relay))

    def wait(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)
