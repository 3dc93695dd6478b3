"""What needs the cashier's attention: pumps offline, cameras lost, charges failed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from console.lanes import events as ev
from console.timeutil import as_utc
from ui.lanestate import icon

MAX_ALERTS = 200


@dataclass(frozen=True)
class Alert:
    at: datetime
    lane: int | None
    kind: str  # pump_offline, pump_online, camera_lost, charge_failed, error
    message: str


def alert_for(event: ev.LaneEvent) -> Alert | None:
    """The alert an engine event raises, if any (progress and state chatter raise none)."""
    at = as_utc(event.at)
    match event:
        case ev.PumpStatusChanged(online=False, pump_address=address):
            return Alert(at, event.lane, "pump_offline", QCoreApplication.translate("Alerts", "Pump 0x%1 offline").replace("%1", f"{address:02X}"))
        case ev.ChargeFailed(filling_id=filling, error=error):
            return Alert(at, event.lane, "charge_failed", QCoreApplication.translate("Alerts", "Charge failed for filling %1: %2").replace("%1", filling[:8]).replace("%2", error))
        case ev.NeedsSettlement(filling_id=filling, plate=plate):
            return Alert(at, event.lane, "needs_settlement", QCoreApplication.translate(
                "Alerts", "Filling %1 of %2 needs settling by hand: the pump no longer knows its figures").replace("%1", filling[:8]).replace("%2", plate))
        case ev.EmergencyStop(latched=True):
            return Alert(at, None, "emergency_stop", QCoreApplication.translate("Alerts", "Emergency stop ON: no pump is authorised until a manager resets it"))
        case ev.ErrorEvent(code=code, message=message, params=params):
            kind = {"pump_offline": "pump_offline", "camera": "camera_lost"}.get(code, "error")
            return Alert(at, event.lane, kind, error_text(code, params) or message)
    return None


def error_text(code: str, params: dict) -> str | None:
    """A core error worded for the cashier from its code and values; None: the core's own text."""
    p = {k: str(v) for k, v in (params or {}).items()}
    if code == "other_plate":
        return QCoreApplication.translate("Alerts", "%1 is at the pump authorised for %2").replace("%1", p.get("plate", "?")).replace("%2", p.get("vehicle", "?"))
    if code in ("settling", "settle_retry"):
        return QCoreApplication.translate("Alerts", "Filling not settled yet (database busy or full): retrying")
    if code == "release_retry":
        return QCoreApplication.translate("Alerts", "Held money not released yet (database busy or full): retrying")
    if code == "release_wait":
        return QCoreApplication.translate("Alerts", "Pump %1 not known to be locked: the money stays held until it is").replace("%1", p.get("pump", "?"))
    if code == "action_failed":
        return QCoreApplication.translate("Alerts", "Something failed (%1): the lane took the safe way out").replace("%1", p.get("action", "?"))
    if code == "pump_refuses_data":
        return QCoreApplication.translate("Alerts", "The pump answers but refuses every command: is another controller on the line?")
    if code == "pump_decimals":
        return QCoreApplication.translate("Alerts", "The pump counts in other decimals than configured: the pump's are used")
    if code == "estop_not_saved":
        return QCoreApplication.translate("Alerts", "Emergency stop ON, but it could not be saved: it will not hold across a restart")
    if code == "sync_rejected":
        return QCoreApplication.translate("Alerts", "Head office did not take a change made here (%1): %2").replace("%1", p.get("entity", "?")).replace("%2", p.get("reason", ""))
    if code == "camera" and "error" in p:
        return QCoreApplication.translate("Alerts", "Camera gives no picture: %1").replace("%1", p["error"])
    return None


class AlertModel(QAbstractListModel):
    """Newest first; a pump coming back online clears its own offline alert."""

    def __init__(self, zone, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._alerts: list[Alert] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._alerts)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        alert = self._alerts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = alert.at.astimezone(self._zone).strftime("%H:%M:%S")
            lane = QCoreApplication.translate("Alerts", "Lane %1").replace("%1", str(alert.lane)) if alert.lane else QCoreApplication.translate("Alerts", "Station")
            return f"{when}  {lane}  {alert.message}"
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("alert")
        if role == Qt.ItemDataRole.ForegroundRole and alert.kind in ("pump_offline", "charge_failed", "camera_lost", "needs_settlement", "emergency_stop"):
            return QColor("#B71C1C")
        if role == Qt.ItemDataRole.UserRole:
            return alert
        return None

    @property
    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    def add(self, alert: Alert) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._alerts.insert(0, alert)
        self.endInsertRows()
        if len(self._alerts) > MAX_ALERTS:
            self.beginRemoveRows(QModelIndex(), MAX_ALERTS, len(self._alerts) - 1)
            del self._alerts[MAX_ALERTS:]
            self.endRemoveRows()

    def clear_kind(self, lane: int | None, kind: str) -> None:
        keep = [a for a in self._alerts if not (a.lane == lane and a.kind == kind)]
        if len(keep) != len(self._alerts):
            self.beginResetModel()
            self._alerts = keep
            self.endResetModel()

    def on_event(self, event: ev.LaneEvent) -> None:
        if isinstance(event, ev.PumpStatusChanged) and event.online:
            self.clear_kind(event.lane, "pump_offline")
            return
        alert = alert_for(event)
        if alert is not None:
            self.add(alert)
