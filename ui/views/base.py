"""What the list pages share: loading off the GUI thread, only when shown and stale."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.worker import Worker


class LoadingPage(QWidget):
    loaded = Signal()

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.stale = True
        self.loading = False
        self._again = False

    def query(self) -> Callable[[], Any]:
        """A function run on a worker thread that returns the rows to show."""
        raise NotImplementedError

    def show_rows(self, rows: Any) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        if self.loading:
            self._again = True  # one more load after this one, not a queue of them
            return
        self.loading, self.stale = True, False
        self.worker.run(self.query(), self._loaded, self._failed)

    def reload_if_stale(self) -> None:
        if self.stale:
            self.reload()

    def _loaded(self, rows: Any) -> None:
        self.loading = False
        if self._again:
            # The filter changed while this ran: these rows answer an old question.
            self._again = False
            self.reload()
            return
        self.show_rows(rows)
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        self.show_error(str(exc))
        self.loaded.emit()

    def show_error(self, message: str) -> None:
        pass
