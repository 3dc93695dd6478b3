"""The cashier's overrides: who, why, then the engine, never on the GUI thread."""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from console.domain.errors import DomainError
from console.lanes.engine import CommandRefused, LaneEngine, OperatorRef, PermissionDenied, StationCommandRefused
from console.lanes.lane import LaneView
from console.money import format_yuan
from console.store.db import Store
from console.store.models import Role
from ui.operator import LoginDialog, OperatorSession, ReasonDialog
from ui.worker import Worker

log = logging.getLogger(__name__)


class ActionController(QObject):
    """Turns a tile's button into an audited engine call.

    Dialogs open window-modal without blocking (`open()`), so the lanes keep
    updating while the cashier types; `dialog` is the one showing, if any.
    """

    done = Signal(str, int)  # action, lane (0 for all lanes)
    failed = Signal(str, str)  # action, message for the cashier

    def __init__(self, engine: LaneEngine, store: Store, session: OperatorSession, worker: Worker, parent: QWidget) -> None:
        super().__init__(parent)
        self._engine, self._store, self._session, self._worker = engine, store, session, worker
        self._parent = parent
        # Its own thread: an emergency stop never waits behind a slow probe or a report.
        self._urgent = Worker(self, threads=1)
        self.dialog: QDialog | None = None
        self.last_error = ""

    # --- login ---------------------------------------------------------------

    def log_in(self, then: Callable[[], None] | None = None) -> None:
        dialog = LoginDialog(self._store, self._session, self._worker, self._parent)
        if then is not None:
            dialog.accepted.connect(then)
        self._show(dialog)

    def with_operator(self, then: Callable[[], None]) -> None:
        if self._session.operator is None:
            self.log_in(then)
        else:
            then()

    # --- lane actions -------------------------------------------------------------

    def request(self, lane: int, action: str) -> None:
        if action == "stop":
            self._stop_now(lane)  # stopping fuel never waits for a login or a reason
            return
        self.with_operator(lambda: self._ask(lane, action))

    def _stop_now(self, lane: int) -> None:
        """Stop the lane's pump at once, for the vehicle shown; then ask why, for the audit log."""
        seen = self._engine.lanes[lane].view
        operator = self._session.operator or OperatorRef("console", Role.CASHIER)
        placeholder = self.tr("stop button; reason asked afterwards")
        self._urgent.run(
            lambda: self._engine.cashier_stop(lane, operator, placeholder, seen),
            lambda result: self._why_stopped(lane, operator, result),
            lambda exc: self._failed("stop", exc),
        )

    def _why_stopped(self, lane: int, operator: OperatorRef, result) -> None:
        self.done.emit("stop", lane)
        dialog = ReasonDialog(
            self.tr("Pump of lane %1 stopped").replace("%1", str(lane)), self.tr("Why was it stopped? The reason is kept in the audit log."),
            [self.tr("Customer asked"), self.tr("Wrong vehicle"), self.tr("Safety")], ok_text=self.tr("Save reason"), parent=self._parent,
        )
        dialog.setObjectName("stop-reason-dialog")
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        def record(reason: str) -> None:  # read on the GUI thread: the dialog is gone by the time the worker runs
            self._worker.run(
                lambda: self._engine.audit(operator.username, "lane.stop.reason", f"lane {lane}", reason, {"command": result.command_id}),
                lambda _: None, lambda exc: self._failed("stop", exc),
            )
        dialog.accepted.connect(lambda: record(dialog.reason_text()))
        self._show(dialog, modal=False)

    def _ask(self, lane: int, action: str) -> None:
        if action in ("gate_open", "gate_paid", "gate_correct"):
            self._ask_gate(lane, action)
            return
        if action == "odometer":
            self._ask_odometer(lane)
            return
        view = self._engine.lanes[lane].view
        plate = view.plate or "—"
        if action == "authorise":
            dialog = ReasonDialog(
                self.tr("Authorise lane %1").replace("%1", str(lane)),
                self.tr("Let %1 fill on lane %2. The card pays if it can; otherwise it is a counter sale.").replace("%1", plate).replace("%2", str(lane)),
                [self.tr("Customer pays at the counter"), self.tr("Plate checked by eye"), self.tr("Manager approved")],
                ok_text=self.tr("Authorise"), parent=self._parent,
            )
        elif action == "deny":
            dialog = ReasonDialog(
                self.tr("Deny lane %1").replace("%1", str(lane)), self.tr("Refuse fuel to %1 on lane %2.").replace("%1", plate).replace("%2", str(lane)),
                [self.tr("Customer cannot pay"), self.tr("Plate does not match the vehicle")], ok_text=self.tr("Deny"), parent=self._parent,
            )
        elif action == "correct":
            dialog = ReasonDialog(
                self.tr("Correct the plate on lane %1").replace("%1", str(lane)), self.tr("The camera read %1. Type the plate as it is on the vehicle.").replace("%1", plate),
                [self.tr("Camera misread"), self.tr("Plate dirty or covered")], ask_plate=view.plate or "",
                region=self._engine.config.station.region, ok_text=self.tr("Correct"), parent=self._parent,
            )
        else:
            raise ValueError(action)
        dialog.setObjectName(f"{action}-dialog")
        # The command acts on the vehicle this dialog shows, or not at all.
        dialog.submit = lambda: self._run(action, lane, dialog.reason_text(), dialog.plate_text(), view, dialog)
        # Not modal: the emergency stop and the other lanes stay at hand while the cashier types.
        self._show(dialog, modal=False)

    def _ask_odometer(self, lane: int) -> None:
        from ui.odometer_dialog import OdometerDialog, refusal_text

        seen = self._engine.lanes[lane].view
        dialog = OdometerDialog(lane, seen.plate or "—", self._parent)
        zone = self._engine.config.station.zone

        def submit(value: str) -> None:
            operator = self._session.operator  # who is at the till when it is recorded
            if operator is None:
                self.log_in(lambda: submit(value))
                return
            def refused(exc: Exception) -> None:
                code = getattr(exc, "code", None)
                message = refusal_text(code, getattr(exc, "params", {}), zone) if str(code or "").startswith("odometer_") else self.failure_text(exc)
                self.last_error = message
                dialog.refused(message)

            def done(_) -> None:
                dialog.succeeded()
                self.done.emit("odometer", lane)
            # Taken for the filling this dialog showed, or not at all.
            self._worker.run(lambda: self._engine.record_odometer(lane, value, operator, seen), done, refused)

        dialog.submit = submit
        self._show(dialog, modal=False)

    def _run(self, action: str, lane: int, reason: str, plate: str, seen: LaneView, dialog: ReasonDialog) -> None:
        operator = self._session.operator
        engine = self._engine
        calls = {
            "authorise": lambda: engine.cashier_authorise(lane, operator, reason, seen),
            "deny": lambda: engine.cashier_deny(lane, operator, reason, seen),
            "correct": lambda: engine.correct_plate(lane, plate, operator, reason, seen),
        }

        def done(_) -> None:
            dialog.succeeded()
            self.done.emit(action, lane)

        def refused(exc: Exception) -> None:
            message = self.failure_text(exc)
            self.last_error = message
            self.failed.emit(action, message)
            dialog.refused(message)
        self._worker.run(calls[action], done, refused)

    def _ask_gate(self, lane: int, action: str) -> None:
        """The booth at a gate: open by hand, or the fee taken another way; bound to the plate shown."""
        view = self._engine.gates[lane].view
        plate = view.plate or "—"
        if action == "gate_correct":
            dialog = ReasonDialog(
                self.tr("Correct the plate on lane %1").replace("%1", str(lane)),
                self.tr("The camera read %1. Type the plate as it is on the vehicle.").replace("%1", plate),
                [self.tr("Camera misread"), self.tr("Plate dirty or covered")], ask_plate=view.plate or "",
                region=self._engine.config.station.region, ok_text=self.tr("Correct"), parent=self._parent,
            )
            call = lambda: self._engine.gate_correct_plate(lane, self._session.operator, dialog.reason_text(), view.plate, dialog.plate_text())  # noqa: E731
        elif action == "gate_open":
            dialog = ReasonDialog(
                self.tr("Open the barrier of lane %1").replace("%1", str(lane)),
                self.tr("Let %1 through by hand. The reason is kept in the audit log.").replace("%1", plate),
                [self.tr("Visitor let in by the office"), self.tr("Plate checked by eye"), self.tr("Emergency vehicle")],
                ok_text=self.tr("Open"), parent=self._parent,
            )
            call = lambda: self._engine.gate_open(lane, self._session.operator, dialog.reason_text(), view.plate)  # noqa: E731
        else:
            fee = format_yuan(view.fee_fen or 0)
            dialog = ReasonDialog(
                self.tr("Fee paid at the booth, lane %1").replace("%1", str(lane)),
                self.tr("%1 paid ¥%2 another way: the stay is closed and the barrier opens.").replace("%1", plate).replace("%2", fee),
                [self.tr("Paid in cash"), self.tr("Paid by WeChat/Alipay at the booth")], ok_text=self.tr("Paid, open"), parent=self._parent,
            )
            call = lambda: self._engine.gate_paid_by_hand(lane, self._session.operator, dialog.reason_text(), view.plate)  # noqa: E731
        dialog.setObjectName(f"{action}-dialog")

        def refused(exc: Exception) -> None:
            message = self.failure_text(exc)
            self.last_error = message
            self.failed.emit(action, message)
            dialog.refused(message)
        dialog.submit = lambda: self._worker.run(call, lambda _: (dialog.succeeded(), self.done.emit(action, lane)), refused)
        self._show(dialog, modal=False)

    # --- all lanes ----------------------------------------------------------------

    def emergency_stop(self) -> None:
        """Two clicks and no password: stopping fuel must never wait for a login."""
        dialog = ReasonDialog(
            self.tr("Emergency stop"), self.tr("Stop every pump on the station now."),
            [self.tr("Emergency"), self.tr("Fire or spill"), self.tr("Drill")], ok_text=self.tr("Stop all pumps"), parent=self._parent,
        )
        dialog.setObjectName("estop-dialog")
        dialog.reason.setCurrentIndex(0)
        dialog.ok.setStyleSheet("background: #C62828; color: white; font-weight: bold;")
        dialog.accepted.connect(lambda: self._stop_all(dialog.reason_text()))
        self._show(dialog)

    def reset_emergency_stop(self) -> None:
        """Only a manager, with a reason: the pumps may be authorised again."""
        self.with_operator(self._ask_reset)

    def _ask_reset(self) -> None:
        dialog = ReasonDialog(
            self.tr("Reset the emergency stop"), self.tr("Allow the pumps to be authorised again."),
            [self.tr("Danger over, checked on the forecourt"), self.tr("Drill finished")], ok_text=self.tr("Reset"), parent=self._parent,
        )
        dialog.setObjectName("estop-reset-dialog")
        dialog.accepted.connect(lambda: self._reset(dialog.reason_text()))
        self._show(dialog)

    def _reset(self, reason: str) -> None:
        operator = self._session.operator
        self._urgent.run(lambda: self._engine.reset_emergency_stop(operator, reason),
                         lambda _: self.done.emit("estop_reset", 0), lambda exc: self._failed("estop_reset", exc))

    def _stop_all(self, reason: str) -> None:
        operator = self._session.operator or OperatorRef("console", Role.CASHIER)
        self._urgent.run(lambda: self._engine.emergency_stop_all(operator, reason),
                         lambda _: self.done.emit("estop", 0), lambda exc: self._failed("estop", exc))

    # --- helpers -------------------------------------------------------------------

    def _show(self, dialog: QDialog, modal: bool = True) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._closed(dialog))
        if modal:
            dialog.open()
        else:
            dialog.show()  # the window stays usable: the emergency stop above all

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def failure_text(self, exc: Exception) -> str:
        if isinstance(exc, PermissionDenied) or getattr(exc, "code", None) == "needs_manager":
            return self.tr("Only a manager may do this. Ask a manager to log in.")
        if isinstance(exc, (CommandRefused, StationCommandRefused)):
            return self.refusal_text(exc.code, getattr(exc, "params", {}))
        if isinstance(exc, DomainError):
            return self.tr("Not done: %1").replace("%1", str(exc))
        log.warning("action failed: %r", exc)  # the cashier gets words; whoever fixes it, the exception
        return self.tr("The action failed: the lane or the database did not answer. Nothing was done.")

    def _failed(self, action: str, exc: Exception) -> None:
        message = self.failure_text(exc)
        self.last_error = message
        self.failed.emit(action, message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), message, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("error-box")
        self._show(box)

    def refusal_text(self, code: str | None, params: dict) -> str:
        """A refused command's code, worded for the cashier."""
        if code == "vehicle_changed":
            seen, now, where = params.get("seen") or "—", params.get("now") or "—", params.get("seen_at_lane")
            text = self.tr("The vehicle changed: the lane now shows %1, not %2. Nothing was done.").replace("%1", now).replace("%2", seen)
            if where:
                text += " " + self.tr("%1 is now at lane %2.").replace("%1", seen).replace("%2", str(where))
            return text
        return {
            "state_changed": self.tr("The lane moved on since you looked. Check it and try again. Nothing was done."),
            "not_now": self.tr("The lane does not take this now. Nothing was done."),
            "emergency_stop": self.tr("The emergency stop is on: a manager must reset it first."),
            "no_reason": self.tr("Say why: a reason is kept in the audit log."),
            "bad_plate": self.tr("That is not a plate. Type it as it is on the vehicle, province first."),
            "audit_failed": self.tr("The audit log could not be written, so nothing was done."),
        }.get(code or "", self.tr("Not done: %1").replace("%1", code or ""))
