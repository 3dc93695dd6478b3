"""A dialog that writes to the store off the GUI thread and stays open to show what went wrong."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.worker import Worker


class WriteDialog(QDialog):
    def __init__(self, title: str, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.worker = worker
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.result_value: Any = None

    def work(self) -> Callable[[], Any]:
        """Check the fields (raise ValueError with a message) and return the write to run."""
        raise NotImplementedError

    def _submit(self) -> None:
        try:
            job = self.work()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.adjustSize()  # a refusal can take two lines: show it whole
            return
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Saving…"))
        self.worker.run(job, self._done, self._failed)

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.buttons.setEnabled(True)
        self.error.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(str(exc))
