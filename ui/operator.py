"""Who is at the till: logging in, and asking why before an override."""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from console.domain.operators import authenticate
from console.lanes.engine import OperatorRef
from console.store.db import Store
from ui.plate_entry import PlateEntry
from ui.worker import Worker


class OperatorSession(QObject):
    """The operator at the till, logged out after ``idle_ms`` without activity
    (0: never): a manager who walks away must not leave overrides open to
    whoever comes next.

    Activity is what Qt reports cheaply: the mouse pointer moving (looked at
    every two seconds), keyboard focus moving between fields, and what the
    window reports through ``touch`` (tab changes, actions).  A Python filter
    on every event of the application would see keys too, but costs the GUI
    thread a twentieth of a core and doubles its p99 stall with four lanes
    (bench/bench_ui.py --operator).
    """

    changed = Signal(object)  # OperatorRef or None
    timed_out = Signal()

    POINTER_CHECK_MS = 2000

    def __init__(self, parent: QObject | None = None, idle_ms: int = 0,
                 audit: Callable[[str, str], None] | None = None) -> None:
        super().__init__(parent)
        self.operator: OperatorRef | None = None
        self.display_name = ""
        self.idle_ms = idle_ms
        # audit(operator, action): logins and logouts go to the audit log, off the GUI thread.
        self._audit = audit
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._time_out)
        self._pointer = QTimer(self)
        self._pointer.setInterval(self.POINTER_CHECK_MS)
        self._pointer.timeout.connect(self._check_pointer)
        self._pointer_at = QCursor.pos()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self.touch)

    def log_in(self, operator: OperatorRef, display_name: str) -> None:
        self.operator, self.display_name = operator, display_name
        self._record(operator.username, "operator.login")
        if self.idle_ms > 0:
            self._pointer.start()
        self.touch()
        self.changed.emit(operator)

    def log_out(self, action: str = "operator.logout") -> None:
        self._idle.stop()
        self._pointer.stop()
        if self.operator is not None:
            self._record(self.operator.username, action)
        self.operator, self.display_name = None, ""
        self.changed.emit(None)

    def login_failed(self, username: str) -> None:
        """A wrong user name or password: recorded with the name typed, never the password."""
        self._record(username or "-", "operator.login_failed")

    def _record(self, username: str, action: str) -> None:
        if self._audit is not None:
            threading.Thread(target=self._audit, args=(username, action), name="audit-login", daemon=True).start()

    def touch(self, *_: object) -> None:
        """The operator did something: the idle time starts again."""
        if self.operator is not None and self.idle_ms > 0:
            self._idle.start(self.idle_ms)

    def _check_pointer(self) -> None:
        at = QCursor.pos()
        if at != self._pointer_at:
            self._pointer_at = at
            self.touch()

    def _time_out(self) -> None:
        if self.operator is not None:
            self.log_out("operator.logout_idle")
            self.timed_out.emit()


class LoginDialog(QDialog):
    """Checks the password off the GUI thread (scrypt is slow on purpose)."""

    def __init__(self, store: Store, session: OperatorSession, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Operator login"))
        self._store, self._session, self._worker = store, session, worker
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _check(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Checking…"))

        def check():
            with self._store.read() as s:
                found = authenticate(s, username, password)
                return OperatorRef(found.username, found.role), found.display_name or found.username

        self._worker.run(check, self._ok, self._failed)

    def _ok(self, result) -> None:
        operator, name = result
        self._session.log_in(operator, name)
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._session.login_failed(self.username.text().strip())
        self.buttons.setEnabled(True)
        self.error.setText(self.tr("Wrong user name or password"))
        self.password.clear()
        self.password.setFocus()


class ReasonDialog(QDialog):
    """Why an override is made (kept in the audit log); optionally the corrected plate.

    With `submit` set, OK hands the reason to it and the dialog stays open until
    `succeeded()` or `refused(message)`: a refusal is read where it was asked.
    """

    def __init__(self, title: str, prompt: str, reasons: list[str], *, ask_plate: str | None = None,
                 region: str = "cn", ok_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.submit: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.plate_entry: PlateEntry | None = None
        self.plate: QLineEdit | None = None
        if ask_plate is not None:
            self.plate_entry = PlateEntry(ask_plate, region)
            self.plate_entry.changed.connect(lambda _: self._check())
            self.plate = self.plate_entry.field
            form.addRow(self.tr("Plate"), self.plate_entry)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(reasons)
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Say why (kept in the audit log)"))
        self.reason.editTextChanged.connect(self._check)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #C62828; font-weight: bold;")
        self.refusal.setVisible(False)
        layout.addWidget(self.refusal)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text or self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._busy = False
        self._check()

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def plate_text(self) -> str:
        return self.plate_entry.text() if self.plate_entry is not None else ""

    def _ok(self) -> None:
        if self.submit is None:
            self.accept()
            return
        self._busy = True
        self.refusal.setVisible(False)
        self._check()
        self.submit()

    def succeeded(self) -> None:
        self._busy = False
        self.accept()

    def refused(self, message: str) -> None:
        self._busy = False
        self.refusal.setText(message)
        self.refusal.setVisible(True)
        self._check()

    def _check(self) -> None:
        ok = not self._busy and bool(self.reason_text()) and (self.plate_entry is None or self.plate_entry.valid)
        self.ok.setEnabled(ok)
