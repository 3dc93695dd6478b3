"""Finding English a Chinese cashier would read: every text a widget shows, searched for words.

What is allowed is data, not wording: plates, paths and addresses, the demo's logins,
product and protocol names, units and numbers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QListView, QMainWindow,
    QMenu, QPlainTextEdit, QTabWidget, QWidget, QWizard,
)

WORD = re.compile(r"[A-Za-z]{2,}")
#: Data that is not wording, removed before words are looked for.
DATA = [
    re.compile(r"\b[0-9a-f]{8}(?:-[0-9a-f-]+)?\b"),  # record ids, shortened or whole (before plates: digits inside would pass for one)
    re.compile(r"[\u4e00-\u9fff]?[A-Z0-9]{5,8}[\u4e00-\u9fff]?"),  # plates, card numbers
    re.compile(r"\b[a-z][a-z0-9+.-]*://\S+"),  # URLs
    re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s/\\]+)+"),  # paths
    re.compile(r"\b0x[0-9A-Fa-f]+\b"),  # pump addresses
    re.compile(r"\b[\w.+-]+@[\w.-]+\b"),  # e-mail addresses
    re.compile(r"\*\.\w+"),  # file patterns such as *.csv
    re.compile(r"\b[A-Za-z]+\d+\b"),  # names a station gives its things: bus1, cam3
]
ALLOWED = {
    # the demo's logins, shown in its banner as they must be typed
    "cashier", "manager", "cashier1", "manager1",
    # names of things, the same in every language
    "PlatePay", "DART", "Modbus", "TCP", "RTU", "RTSP", "USB", "COM", "CSV", "Excel", "UTF", "PostgreSQL", "SQLite",
    "ppocr", "clp", "tesseract", "auto", "English", "ONNX", "Qt", "OK", "PDF",
    # units
    "km", "kg", "ms", "fps",
    # the demo's own values
    "demo", "tty", "dev", "pts",
    # the home folder's name in Qt's file dialog (the login's name)
    "root",
}
#: Widgets that hold technical detail on purpose (behind a Details toggle) or typed-in data.
TECHNICAL = ("detail",)


def words(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text or "")  # rich text tags are not shown
    for pattern in DATA:
        text = pattern.sub(" ", text)
    return [w for w in WORD.findall(text) if w not in ALLOWED and w.lower() not in ALLOWED]


def texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the widget and its visible children show."""
    found: list[tuple[str, str]] = []

    def add(where: QWidget, text: str) -> None:
        if text:
            found.append((f"{type(where).__name__}#{where.objectName()}", text))

    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible() or any(t in w.objectName() for t in TECHNICAL):
            continue
        if isinstance(w, (QMainWindow, QWizard)) or w.isWindow():
            add(w, w.windowTitle())
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
            if w.lineEdit() is not None:
                add(w, w.lineEdit().placeholderText())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QPlainTextEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its one column private
                columns = 1
            for column in range(columns if not isinstance(w, QListView) else 0):
                add(w, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 50)):
                for column in range(max(1, columns)):
                    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    add(w, str(value) if value is not None else "")
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                add(w, action.text().replace("&", ""))
                menu = action.menu()
                if isinstance(menu, QMenu):
                    for item in menu.actions():
                        add(menu, item.text().replace("&", ""))
    return found


def english_in(widget: QWidget) -> list[str]:
    return [f"{where}: {text!r} ({', '.join(words(text))})" for where, text in texts(widget) if words(text)]


def english_on_screen() -> list[str]:
    """English in every window showing now (dialogs included)."""
    found: list[str] = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            found.extend(english_in(top))
    return found
