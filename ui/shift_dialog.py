"""The shift (交班): open one against the pumps' totals, close it, see what it took.

Reading the totals asks every pump over the running buses and can take a
second per silent pump, so all of it runs on the worker; the dialog shows
what is being done and never blocks the window.  A refusal (an open filling,
a pump that does not answer) is worded from its code; nozzles without totals
are named and the operator decides whether to go on without them.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from console.config import Config
from console.lanes.engine import LaneEngine
from console.money import format_yuan
from console.services import Actor
from console.buslock import BusesInUse
from console.shifts import service
from console.store.db import Store
from ui.operator import OperatorSession
from ui.shift_words import refusal_text
from ui.worker import Worker


class ShiftDialog(QDialog):
    changed = Signal()  # a shift was opened or closed

    def __init__(self, engine: LaneEngine, store: Store, config: Config, session: OperatorSession, worker: Worker,
                 log_in: Callable[[Callable[[], None]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shift-dialog")
        self.setWindowTitle(self.tr("Shift"))
        self._engine, self._store, self._config, self._session, self._worker = engine, store, config, session, worker
        self._log_in = log_in
        self._open: service.ShiftSummary | None = None
        self.status = QLabel()
        self.status.setObjectName("shift-status")
        self.status.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("shift-outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.act = QPushButton()
        self.act.setObjectName("shift-act")
        self.act.clicked.connect(self._act_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.act)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.refresh()

    # --- what is open -----------------------------------------------------------

    def refresh(self) -> None:
        self.act.setEnabled(False)
        self._worker.run(lambda: service.current_shift(self._store, self._config.station.id), self._shown, self._failed)

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.adjustSize()  # a refusal can run to several lines: show all of it

    def _shown(self, shift: service.ShiftSummary | None) -> None:
        self._open = shift
        zone = self._config.station.zone
        if shift is None:
            self.status.setText(self.tr("No shift is open."))
            self.act.setText(self.tr("Open a shift (read the pump totals)"))
        else:
            since = shift.opened_at.astimezone(zone).strftime("%m-%d %H:%M")
            self.status.setText(self.tr("Shift open since %1, opened by %2.").replace("%1", since).replace("%2", shift.opened_by))
            self.act.setText(self.tr("Close the shift (read the pump totals)"))
        self.act.setEnabled(True)

    # --- open or close -------------------------------------------------------------

    def _act_clicked(self) -> None:
        if self._session.operator is None:
            self._log_in(self._act_clicked)
            return
        self._run(accept=frozenset())

    def _run(self, accept: frozenset) -> None:
        who = self._session.operator
        actor = Actor(who.username, self._config.station.id, who.role)
        closing = self._open
        self.act.setEnabled(False)
        self._say(self.tr("Reading the pump totals…"))

        def work() -> service.ShiftSummary:
            service.refuse_open_fillings(self._store)  # say so before asking every pump
            readings = self._engine.read_totals()
            if closing is None:
                return service.open_shift(self._store, self._config, actor, readings, accept_unavailable=accept)
            return service.close_shift(self._store, self._config, actor, readings, shift_id=closing.id, accept_unavailable=accept)

        self._worker.run(work, self._done, lambda exc: self._refused(exc, accept))

    def _done(self, shift: service.ShiftSummary) -> None:
        if shift.closed_at is None:
            self._say(self.tr("Shift opened."))
        else:
            text = self.tr("Shift closed: %1 filling(s), %2 L, ¥%3. Its report is on the Reports page (Shift).")
            text = text.replace("%1", str(shift.fillings or 0)).replace("%2", str(shift.litres or 0))
            text = text.replace("%3", format_yuan(shift.amount_fen or 0))
            if shift.unchecked_nozzles:
                text += "\n" + self.tr("%1 nozzle(s) closed without their totals.").replace("%1", str(shift.unchecked_nozzles))
            self._say(text)
        self.changed.emit()
        self.refresh()

    def _refused(self, exc: Exception, accepted: frozenset) -> None:
        if isinstance(exc, service.TotalsUnavailable):
            nozzles = exc.params.get("nozzles", [])
            wanted = accepted | {(n["lane"], n["nozzle"]) for n in nozzles}
            asked = QMessageBox.question(self, self.tr("Pump totals missing"), refusal_text(exc.code, exc.params))
            if asked == QMessageBox.StandardButton.Yes:
                self._run(frozenset(wanted))
                return
            self._say(self.tr("Nothing was changed."))
        elif isinstance(exc, (service.ShiftRefused, BusesInUse)):  # a database error has a code too: not a refusal
            self._say(refusal_text(str(getattr(exc, "code", "")), getattr(exc, "params", {}) or {}))
        else:
            self._failed(exc)
            return
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._say(self.tr("The shift could not be read or saved: %1").replace("%1", str(exc)))
        self.act.setEnabled(True)
