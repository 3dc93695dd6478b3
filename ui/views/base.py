"""What the list pages share: loading off the GUI thread, only when shown and stale."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
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


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of frozen rows, replaced whole after each query.

    Subclasses give `headers()` (translated, one per column) and `data()`.
    """

    def __init__(self, zone=None, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers()[section]
