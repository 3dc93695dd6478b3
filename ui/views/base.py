"""What the list pages share: loading off the GUI thread, only when shown and stale."""

from __future__ import annotations

from typing import Any, Callable, Hashable

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
    """A read-only table over a list of frozen rows, brought up to date in place after each query.

    Subclasses give `headers()` (translated, one per column) and `data()`, and `key(row)`:
    what stays the same of a row across queries (a card number, an audit id).  Rows are then
    inserted, removed, moved and changed one by one, so a view's selection and scroll
    position stay on the same row while the list reloads under it.  Without a key the
    model is reset, and a view loses its selection.
    """

    def __init__(self, zone=None, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def key(self, row: Any) -> Hashable | None:
        """What identifies `row` across reloads; None: this model has no key, reloads reset it."""
        return None

    def set_rows(self, rows: list[Any]) -> None:
        rows = list(rows)
        keys = [self.key(row) for row in rows]
        if any(k is None for k in keys) or len(set(keys)) != len(keys):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        self._remove_missing(set(keys))
        present = {self.key(row) for row in self.rows}
        i = 0
        while i < len(rows):
            key = keys[i]
            if i < len(self.rows) and self.key(self.rows[i]) == key:
                if self.rows[i] != rows[i]:
                    self.rows[i] = rows[i]
                    self._changed(i)
                i += 1
            elif key not in present:
                end = i
                while end < len(rows) and keys[end] not in present:
                    end += 1
                self.beginInsertRows(QModelIndex(), i, end - 1)
                self.rows[i:i] = rows[i:end]
                self.endInsertRows()
                present.update(keys[i:end])
                i = end
            else:
                # A row that moved up in the order (rare: the sort key changed).
                at = next(j for j in range(i + 1, len(self.rows)) if self.key(self.rows[j]) == key)
                self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), i)
                self.rows.pop(at)
                self.rows.insert(i, rows[i])
                self.endMoveRows()
                self._changed(i)
                i += 1

    def _changed(self, i: int) -> None:
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def _remove_missing(self, keep: set) -> None:
        # Bottom up, one contiguous run at a time: indexes above a run stay valid.
        i = len(self.rows) - 1
        while i >= 0:
            if self.key(self.rows[i]) in keep:
                i -= 1
                continue
            last = i
            while i >= 0 and self.key(self.rows[i]) not in keep:
                i -= 1
            self.beginRemoveRows(QModelIndex(), i + 1, last)
            del self.rows[i + 1:last + 1]
            self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers()[section]
