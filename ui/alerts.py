"""What needs the cashier's attention: pumps offline, cameras lost, charges failed, cars waiting.

One alert per condition: a repeat counts on the same line instead of adding one,
a click acknowledges it (audited), and it leaves the list when its condition
ends (the pump back online, the lane's vehicle gone, the stop reset). An alert
keeps the event that raised it and is worded when shown, so a language switch
rewords the whole list; the core's own text stays behind it as the detail.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from console.lanes import events as ev
from console.lanes.lane import LaneView
from console.lanes.states import State
from console.timeutil import as_utc, utc_now
from ui.lanestate import icon

MAX_ALERTS = 200

#: Conditions that last while the lane still deals with its vehicle: they end when it is idle again.
ENDS_WITH_THE_VEHICLE = frozenset({
    "other_plate", "settling", "settle_retry", "release_retry", "release_wait", "action_failed",
    "authorise_failed", "stop_failed", "reserve_failed", "recovery",
})
#: Conditions that end when the lane leaves its waiting state.
ENDS_WITH_THE_WAIT = frozenset({"amber_waiting", "gate_amber"})
#: What a station cannot pump or charge through: shown in red, the rest in amber.
SERIOUS = frozenset({
    "pump_offline", "charge_failed", "camera_lost", "needs_settlement", "emergency_stop", "release_wait",
    "stop_failed", "pump_alarm", "relay", "estop_not_saved", "lane_error", "price_not_restored", "barrier",
})


@dataclass
class Alert:
    lane: int | None
    kind: str
    params: dict[str, Any]
    detail: str  # the core's own words, for whoever fixes it
    first_at: datetime
    at: datetime
    subject: str = ""  # what tells two conditions of one kind apart (a filling, a synced row)
    count: int = 1
    acknowledged_by: str | None = None

    @property
    def key(self) -> tuple:
        return self.lane, self.kind, self.subject

    @property
    def message(self) -> str:
        return alert_text(self.kind, self.params) or self.detail

    @property
    def serious(self) -> bool:
        return self.kind in SERIOUS


def _alert(event: ev.LaneEvent, kind: str, params: dict[str, Any], detail: str = "", subject: str = "") -> Alert:
    at = as_utc(event.at)
    return Alert(event.lane, kind, params, detail, at, at, subject)


def alert_for(event: ev.LaneEvent) -> Alert | None:
    """The alert an engine event raises, if any (progress and state chatter raise none)."""
    match event:
        case ev.PumpStatusChanged(online=False, pump_address=address):
            return _alert(event, "pump_offline", {"pump": f"0x{address:02X}"}, f"pump 0x{address:02X} offline")
        case ev.ChargeFailed(filling_id=filling, error=error):
            return _alert(event, "charge_failed", {"filling": filling[:8], "error": error}, error, subject=filling)
        case ev.NeedsSettlement(filling_id=filling, plate=plate):
            return _alert(event, "needs_settlement", {"filling": filling[:8], "plate": plate}, subject=filling)
        case ev.EmergencyStop(latched=True, operator=operator, reason=reason):
            return _alert(event, "emergency_stop", {"operator": operator, "reason": reason})
        case ev.GateAmber(plate=plate, why=why):
            return _alert(event, "gate_amber", {"plate": plate, "why": why})
        case ev.ErrorEvent(code=code, message=message, params=params):
            kind = {"camera": "camera_lost", "settle_retry": "settling"}.get(code, code)
            subject = str((params or {}).get("row", "")) if code == "sync_rejected" else ""
            return _alert(event, kind, dict(params or {}), message, subject)
    return None


def alert_text(kind: str, params: dict[str, Any]) -> str | None:
    """A condition worded for the cashier from its code and values; None: only the core's detail."""
    p = {k: "" if v is None else str(v) for k, v in (params or {}).items()}

    def tr(text: str, *values: str) -> str:
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", value)
        return text

    match kind:
        case "pump_offline":
            return tr(QCoreApplication.translate("Alerts", "Pump %1 offline: it does not answer"), p["pump"]) if p.get("pump") else QCoreApplication.translate("Alerts", "A pump does not answer")
        case "camera_lost":
            # The camera driver's own words (a socket error, a codec) are the detail, not the alert.
            return QCoreApplication.translate("Alerts", "Camera lost")
        case "charge_failed":
            return tr(QCoreApplication.translate("Alerts", "The charge to the driver's phone failed for filling %1"), p.get("filling", ""))
        case "needs_settlement":
            return tr(QCoreApplication.translate("Alerts", "Filling %1 of %2 needs settling by hand: the pump no longer knows its figures"), p.get("filling", ""), p.get("plate", ""))
        case "emergency_stop":
            return QCoreApplication.translate("Alerts", "Emergency stop ON: no pump is authorised until a manager resets it")
        case "amber_waiting":
            return tr(QCoreApplication.translate("Alerts", "%1 waits for the cashier's decision"), p.get("plate", ""))
        case "other_plate":
            return tr(QCoreApplication.translate("Alerts", "%1 is at the pump authorised for %2"), p.get("plate", "?"), p.get("vehicle", "?"))
        case "settling":
            return QCoreApplication.translate("Alerts", "Filling not settled yet (database busy or full): retrying")
        case "release_retry":
            return QCoreApplication.translate("Alerts", "Held money not released yet (database busy or full): retrying")
        case "release_wait":
            return tr(QCoreApplication.translate("Alerts", "Pump %1 not known to be locked: the money stays held until it is"), p.get("pump", "?"))
        case "action_failed":
            return QCoreApplication.translate("Alerts", "Something failed: the lane took the safe way out")
        case "authorise_failed":
            return QCoreApplication.translate("Alerts", "The pump did not take the authorisation: the vehicle was not let fill")
        case "stop_failed":
            return QCoreApplication.translate("Alerts", "The pump did not take the stop: stop it at the pump")
        case "reserve_failed":
            return QCoreApplication.translate("Alerts", "The money could not be held (database busy or full): the vehicle was not let fill")
        case "recovery":
            return QCoreApplication.translate("Alerts", "A filling open at the last shutdown waits for its pump's figures")
        case "pump_alarm":
            return tr(QCoreApplication.translate("Alerts", "The pump reports alarm %1"), p.get("alarm", "?"))
        case "relay":
            return QCoreApplication.translate("Alerts", "The lane lights' relay module does not answer")
        case "lane_error":
            return QCoreApplication.translate("Alerts", "The lane met an unexpected error and took the safe way out")
        case "pump_refuses_data":
            return QCoreApplication.translate("Alerts", "The pump answers but refuses every command: is another controller on the line?")
        case "pump_decimals":
            return QCoreApplication.translate("Alerts", "The pump counts in other decimals than configured: the pump's are used")
        case "estop_not_saved":
            return QCoreApplication.translate("Alerts", "Emergency stop ON, but it could not be saved: it will not hold across a restart")
        case "gate_amber":
            return tr(QCoreApplication.translate("Alerts", "%1 waits at the gate for the booth"), p.get("plate", ""))
        case "second_entry":
            return tr(QCoreApplication.translate("Alerts", "%1 entered again without leaving: its first stay is kept, nothing charged twice"), p.get("plate", ""))
        case "barrier":
            return QCoreApplication.translate("Alerts", "The barrier does not answer: it stays as it is; open it by hand")
        case "price_not_restored":
            return tr(QCoreApplication.translate("Alerts", "Pump %1 keeps the new price: the change was undone at the other pumps. Set its price at the pump or try again"), p.get("pump", "?"))
        case "sync_rejected":
            # Head office's reason is its own technical text: behind Details.
            return tr(QCoreApplication.translate("Alerts", "Head office did not take a change to %1 made here (Details says why)"), entity_label(p.get("entity", "")))
    return None


def entity_label(entity: str) -> str:
    """What a synced change was about, by the table head office keeps it in."""
    return {
        "accounts": QCoreApplication.translate("Alerts", "an account"),
        "cards": QCoreApplication.translate("Alerts", "a card"),
        "vehicles": QCoreApplication.translate("Alerts", "a vehicle"),
        "phone_bindings": QCoreApplication.translate("Alerts", "a phone binding"),
        "operators": QCoreApplication.translate("Alerts", "an operator"),
    }.get(entity, QCoreApplication.translate("Alerts", "the station's data"))


class AlertModel(QAbstractListModel):
    """Newest condition first; repeats counted, acknowledged ones below the open ones."""

    def __init__(self, zone, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._alerts: list[Alert] = []
        self._lane_states: dict[int, State] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._alerts)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        alert = self._alerts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.line(alert)
        if role == Qt.ItemDataRole.ToolTipRole:
            return alert.detail or None
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("alert")
        if role == Qt.ItemDataRole.ForegroundRole:
            if alert.acknowledged_by:
                return QColor("#78909C")
            return QColor("#B71C1C") if alert.serious else QColor("#8A6100")
        if role == Qt.ItemDataRole.UserRole:
            return alert
        return None

    def line(self, alert: Alert) -> str:
        when = alert.at.astimezone(self._zone).strftime("%H:%M:%S")
        lane = QCoreApplication.translate("Alerts", "Lane %1").replace("%1", str(alert.lane)) if alert.lane else QCoreApplication.translate("Alerts", "Station")
        text = f"{when}  {lane}  {alert.message}"
        if alert.count > 1:
            text += "  " + QCoreApplication.translate("Alerts", "(%1 times since %2)").replace("%1", str(alert.count)).replace(
                "%2", alert.first_at.astimezone(self._zone).strftime("%H:%M:%S"))
        if alert.acknowledged_by:
            text += "  " + QCoreApplication.translate("Alerts", "· acknowledged by %1").replace("%1", alert.acknowledged_by)
        return text

    @property
    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    @property
    def open_count(self) -> int:
        return sum(1 for a in self._alerts if not a.acknowledged_by)

    def add(self, alert: Alert) -> None:
        """Raise a condition; one already listed counts the repeat and comes back if acknowledged."""
        for row, listed in enumerate(self._alerts):
            if listed.key != alert.key:
                continue
            listed.count += 1
            listed.at, listed.params, listed.detail = alert.at, alert.params, alert.detail or listed.detail
            if listed.acknowledged_by is None:
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return
            # Seen, and it happened again: open and on top once more.
            self._remove(row)
            alert = replace(listed, acknowledged_by=None)
            break
        # Open alerts newest first; acknowledged ones were moved to the end.
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._alerts.insert(0, alert)
        self.endInsertRows()
        if len(self._alerts) > MAX_ALERTS:
            self.beginRemoveRows(QModelIndex(), MAX_ALERTS, len(self._alerts) - 1)
            del self._alerts[MAX_ALERTS:]
            self.endRemoveRows()

    def acknowledge(self, row: int, operator: str) -> Alert | None:
        """The cashier has seen it: it greys and moves below the open ones, or leaves if
        nothing else would end it (a failed charge, an alarm, a rejected change)."""
        if not 0 <= row < len(self._alerts) or self._alerts[row].acknowledged_by:
            return None
        alert = self._remove(row)
        if self._ends_by_itself(alert):
            acknowledged = replace(alert, acknowledged_by=operator)
            self.beginInsertRows(QModelIndex(), len(self._alerts), len(self._alerts))
            self._alerts.append(acknowledged)
            self.endInsertRows()
        return alert

    def _remove(self, row: int) -> Alert:
        self.beginRemoveRows(QModelIndex(), row, row)
        alert = self._alerts.pop(row)
        self.endRemoveRows()
        return alert

    @staticmethod
    def _ends_by_itself(alert: Alert) -> bool:
        return alert.kind in ENDS_WITH_THE_VEHICLE | ENDS_WITH_THE_WAIT | {"pump_offline", "camera_lost", "emergency_stop"}

    def clear(self, predicate) -> None:
        for row in reversed(range(len(self._alerts))):
            if predicate(self._alerts[row]):
                self._remove(row)

    def clear_kind(self, lane: int | None, kind: str) -> None:
        self.clear(lambda a: a.lane == lane and a.kind == kind)

    def has(self, lane: int | None, kind: str) -> bool:
        return any(a.lane == lane and a.kind == kind for a in self._alerts)

    def on_event(self, event: ev.LaneEvent) -> None:
        if isinstance(event, ev.PumpStatusChanged) and event.online:
            self.clear(lambda a: a.kind == "pump_offline" and a.lane == event.lane)
            return
        if isinstance(event, ev.EmergencyStop) and not event.latched:
            self.clear_kind(None, "emergency_stop")
            return
        alert = alert_for(event)
        if alert is not None:
            self.add(alert)

    def on_gate_view(self, view) -> None:
        """A gate that no longer waits for the booth ends its wait's alert."""
        if view.state.value != "amber":
            self.clear(lambda a: a.lane == view.lane and a.kind == "gate_amber")

    def on_view(self, view: LaneView) -> None:
        """A lane's state ends its vehicle's conditions; an amber lane raises its wait."""
        before = self._lane_states.get(view.lane)
        self._lane_states[view.lane] = view.state
        if view.state is before:
            return
        if before is State.AMBER:
            self.clear(lambda a: a.lane == view.lane and a.kind in ENDS_WITH_THE_WAIT)
        if view.state is State.IDLE:
            self.clear(lambda a: a.lane == view.lane and a.kind in ENDS_WITH_THE_VEHICLE)
        if view.state is State.AMBER:
            now = utc_now()
            self.add(Alert(view.lane, "amber_waiting", {"plate": view.plate or ""}, "", now, now))

