"""The audit log in a person's words: action names, subjects, operators, detail keys and values.

The core records codes and raw figures (`lane.deny`, `lane 2 京A12345`,
`{"amount_fen": 50000}`) so the log stays the same whatever the language; the
window words them here.  The tables hold the English marked for translation
(QT_TRANSLATE_NOOP, so lupdate finds them); each is translated when shown, so a
language switch needs nothing rebuilt.  A code not in a table is shown as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.money import format_yuan
from console.store.models import PaymentMethod, Role
from ui.lanestate import pump_status_label
from ui.phones import masked

ACTIONS = {
    "account.add": QT_TRANSLATE_NOOP("AuditAction", "Account added"),
    "account.create": QT_TRANSLATE_NOOP("AuditAction", "Account opened"),
    "card.issue": QT_TRANSLATE_NOOP("AuditAction", "Card issued"),
    "card.top_up": QT_TRANSLATE_NOOP("AuditAction", "Card topped up"),
    "vehicle.bind": QT_TRANSLATE_NOOP("AuditAction", "Plate bound"),
    "vehicle.move": QT_TRANSLATE_NOOP("AuditAction", "Plate moved to another card"),
    "phone.bind": QT_TRANSLATE_NOOP("AuditAction", "Phone bound"),
    "phone.change": QT_TRANSLATE_NOOP("AuditAction", "Phone binding changed"),
    "phone.unbind": QT_TRANSLATE_NOOP("AuditAction", "Phone binding removed"),
    "operator.add": QT_TRANSLATE_NOOP("AuditAction", "Operator added"),
    "operator.login": QT_TRANSLATE_NOOP("AuditAction", "Logged in"),
    "operator.logout": QT_TRANSLATE_NOOP("AuditAction", "Logged out"),
    "operator.logout_idle": QT_TRANSLATE_NOOP("AuditAction", "Logged out when idle"),
    "operator.login_failed": QT_TRANSLATE_NOOP("AuditAction", "Login failed"),
    "filling.settle_by_hand": QT_TRANSLATE_NOOP("AuditAction", "Filling settled by hand"),
    "lane.authorise": QT_TRANSLATE_NOOP("AuditAction", "Authorised by the cashier"),
    "lane.deny": QT_TRANSLATE_NOOP("AuditAction", "Refused by the cashier"),
    "lane.correct_plate": QT_TRANSLATE_NOOP("AuditAction", "Plate corrected"),
    "lane.stop": QT_TRANSLATE_NOOP("AuditAction", "Pump stopped"),
    "lane.stop.reason": QT_TRANSLATE_NOOP("AuditAction", "Reason for a pump stop"),
    "emergency_stop": QT_TRANSLATE_NOOP("AuditAction", "Emergency stop"),
    "emergency_stop.reset": QT_TRANSLATE_NOOP("AuditAction", "Emergency stop reset"),
    "recovery.waiting": QT_TRANSLATE_NOOP("AuditAction", "After a restart: waiting for the pump"),
    "recovery.finished": QT_TRANSLATE_NOOP("AuditAction", "After a restart: filling finished"),
    "recovery.filling": QT_TRANSLATE_NOOP("AuditAction", "After a restart: still filling"),
    "recovery.authorised": QT_TRANSLATE_NOOP("AuditAction", "After a restart: still authorised"),
    "recovery.cancelled": QT_TRANSLATE_NOOP("AuditAction", "After a restart: cancelled"),
    "recovery.needs_settlement": QT_TRANSLATE_NOOP("AuditAction", "After a restart: needs settling by hand"),
    "alert.acknowledged": QT_TRANSLATE_NOOP("AuditAction", "Alert acknowledged"),
    "sync.rejected": QT_TRANSLATE_NOOP("AuditAction", "Head office refused a change"),
    "sync.superseded": QT_TRANSLATE_NOOP("AuditAction", "Head office had a newer change"),
    "filling.released": QT_TRANSLATE_NOOP("AuditAction", "Filling let go, money held released"),
    "price.change": QT_TRANSLATE_NOOP("AuditAction", "Price changed"),
    "gate.open": QT_TRANSLATE_NOOP("AuditAction", "Barrier opened by hand"),
    "gate.paid_by_hand": QT_TRANSLATE_NOOP("AuditAction", "Gate fee paid at the booth"),
    "gate.correct_plate": QT_TRANSLATE_NOOP("AuditAction", "Plate corrected at a gate"),
}

# Who is not an operator: the station itself, head office, a shell command.
ACTORS = {
    "system": QT_TRANSLATE_NOOP("AuditActor", "System"),
    "central": QT_TRANSLATE_NOOP("AuditActor", "Head office"),
    "cli": QT_TRANSLATE_NOOP("AuditActor", "Command line"),
    "console": QT_TRANSLATE_NOOP("AuditActor", "Console"),
    "demo-office": QT_TRANSLATE_NOOP("AuditActor", "Demo office"),
}

SUBJECTS = {
    "station": QT_TRANSLATE_NOOP("AuditSubject", "Station"),
    "console": QT_TRANSLATE_NOOP("AuditSubject", "Console"),
}

ENTITIES = {
    "accounts": QT_TRANSLATE_NOOP("AuditSubject", "Account"),
    "cards": QT_TRANSLATE_NOOP("AuditSubject", "Card"),
    "vehicles": QT_TRANSLATE_NOOP("AuditSubject", "Vehicle"),
    "phone_bindings": QT_TRANSLATE_NOOP("AuditSubject", "Phone binding"),
}

# The keys services, lanes and recovery write into details.
KEYS = {
    "amount_fen": QT_TRANSLATE_NOOP("AuditDetail", "Amount"),
    "opening_fen": QT_TRANSLATE_NOOP("AuditDetail", "Opening top-up"),
    "balance_fen": QT_TRANSLATE_NOOP("AuditDetail", "Balance after"),
    "preset_fen": QT_TRANSLATE_NOOP("AuditDetail", "Preset"),
    "method": QT_TRANSLATE_NOOP("AuditDetail", "Paid by"),
    "card": QT_TRANSLATE_NOOP("AuditDetail", "Card"),
    "from_card": QT_TRANSLATE_NOOP("AuditDetail", "From card"),
    "to_card": QT_TRANSLATE_NOOP("AuditDetail", "To card"),
    "plate": QT_TRANSLATE_NOOP("AuditDetail", "Plate"),
    "name": QT_TRANSLATE_NOOP("AuditDetail", "Name"),
    "account": QT_TRANSLATE_NOOP("AuditDetail", "Account"),
    "phone": QT_TRANSLATE_NOOP("AuditDetail", "Phone"),
    "slot": QT_TRANSLATE_NOOP("AuditDetail", "Slot"),
    "from_slot": QT_TRANSLATE_NOOP("AuditDetail", "Slot before"),
    "driver": QT_TRANSLATE_NOOP("AuditDetail", "Driver"),
    "from_driver": QT_TRANSLATE_NOOP("AuditDetail", "Driver before"),
    "role": QT_TRANSLATE_NOOP("AuditDetail", "Role"),
    "litres": QT_TRANSLATE_NOOP("AuditDetail", "Litres"),
    "accepted": QT_TRANSLATE_NOOP("AuditDetail", "Done"),
    "refusal": QT_TRANSLATE_NOOP("AuditDetail", "Refused because"),
    "filling": QT_TRANSLATE_NOOP("AuditDetail", "Filling record"),
    "from": QT_TRANSLATE_NOOP("AuditDetail", "Plate before"),
    "to": QT_TRANSLATE_NOOP("AuditDetail", "Plate after"),
    "seen_plate": QT_TRANSLATE_NOOP("AuditDetail", "Plate the cashier saw"),
    "error": QT_TRANSLATE_NOOP("AuditDetail", "Error"),
    "why": QT_TRANSLATE_NOOP("AuditDetail", "Why"),
    "kind": QT_TRANSLATE_NOOP("AuditDetail", "Kind"),
    "count": QT_TRANSLATE_NOOP("AuditDetail", "Times"),
    "lane": QT_TRANSLATE_NOOP("AuditDetail", "Lane"),
    "request": QT_TRANSLATE_NOOP("AuditDetail", "Request"),
    "cause": QT_TRANSLATE_NOOP("AuditDetail", "Cause"),
    "nozzle": QT_TRANSLATE_NOOP("AuditDetail", "Nozzle"),
    "grade": QT_TRANSLATE_NOOP("AuditDetail", "Grade"),
    "old": QT_TRANSLATE_NOOP("AuditDetail", "Before"),
    "new": QT_TRANSLATE_NOOP("AuditDetail", "After"),
    "price": QT_TRANSLATE_NOOP("AuditDetail", "Price"),
    "lanes": QT_TRANSLATE_NOOP("AuditDetail", "Lanes"),
    "pump": QT_TRANSLATE_NOOP("AuditDetail", "Pump"),
    "decimals": QT_TRANSLATE_NOOP("AuditDetail", "Decimals"),
    "path": QT_TRANSLATE_NOOP("AuditDetail", "File"),
    "saved_to": QT_TRANSLATE_NOOP("AuditDetail", "Saved to"),
}
# Ids a person never looks up from the log, and the pumps' own figures: kept in the tooltip's raw details only.
HIDDEN_KEYS = {"entry", "binding", "held_before"}

METHODS = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    PaymentMethod.WECHAT_ALIPAY: QT_TRANSLATE_NOOP("PaymentMethod", "WeChat/Alipay"),
    PaymentMethod.BANK_CARD: QT_TRANSLATE_NOOP("PaymentMethod", "Bank card"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("PaymentMethod", "Transfer"),
}

ROLES = {
    Role.CASHIER: QT_TRANSLATE_NOOP("AuditValue", "cashier"),
    Role.MANAGER: QT_TRANSLATE_NOOP("AuditValue", "manager"),
}

# Codes recorded as values: a lane command's refusal, why recovery gave a filling up.
CODES = {
    "no_reason": QT_TRANSLATE_NOOP("AuditValue", "no reason given"),
    "vehicle_changed": QT_TRANSLATE_NOOP("AuditValue", "the vehicle changed"),
    "state_changed": QT_TRANSLATE_NOOP("AuditValue", "the lane moved on"),
    "needs_manager": QT_TRANSLATE_NOOP("AuditValue", "needs a manager"),
    "not_now": QT_TRANSLATE_NOOP("AuditValue", "not possible at that moment"),
    "emergency_stop": QT_TRANSLATE_NOOP("AuditValue", "emergency stop on"),
    "bad_plate": QT_TRANSLATE_NOOP("AuditValue", "not a plate"),
    "audit_failed": QT_TRANSLATE_NOOP("AuditValue", "audit log not written"),
    "lane_not_configured": QT_TRANSLATE_NOOP("AuditValue", "lane no longer configured"),
    "never_authorised": QT_TRANSLATE_NOOP("AuditValue", "the pump was never authorised"),
    # Why a lane let its filling go (the lane event that did it).
    "authorise_failed": QT_TRANSLATE_NOOP("AuditValue", "the pump was not authorised"),
    "action_failed": QT_TRANSLATE_NOOP("AuditValue", "something failed"),
    "timeout": QT_TRANSLATE_NOOP("AuditValue", "nobody filled in time"),
    "cashier_stop": QT_TRANSLATE_NOOP("AuditValue", "stopped by the cashier"),
    "vehicle_left": QT_TRANSLATE_NOOP("AuditValue", "the vehicle left"),
    "other_plate": QT_TRANSLATE_NOOP("AuditValue", "another vehicle came to the pump"),
    "released": QT_TRANSLATE_NOOP("AuditValue", "let go"),
    # Why a price change was refused.
    "bad_price": QT_TRANSLATE_NOOP("AuditValue", "not a price"),
    "unknown_nozzle": QT_TRANSLATE_NOOP("AuditValue", "no such nozzle"),
    "same_price": QT_TRANSLATE_NOOP("AuditValue", "the price was the same"),
    "price_decimals": QT_TRANSLATE_NOOP("AuditValue", "the pump counts other decimals"),
    "prices_unknown": QT_TRANSLATE_NOOP("AuditValue", "the other prices are not known"),
    "pump_busy": QT_TRANSLATE_NOOP("AuditValue", "a pump was busy"),
    "pump_offline": QT_TRANSLATE_NOOP("AuditValue", "a pump was offline"),
    "pump_refused": QT_TRANSLATE_NOOP("AuditValue", "a pump refused"),
    "not_saved": QT_TRANSLATE_NOOP("AuditValue", "the settings file was not written"),
}

_LANE = re.compile(r"^lane (\d+)(?: (.+))?$")
_NOZZLE = re.compile(r"^nozzle (\d+)(?: (.+))?$")
_ENTITY = re.compile(r"^(\w+) ([0-9a-fA-F-]{32,36})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def payment_method_name(method: PaymentMethod | str) -> str:
    try:
        return _tr("PaymentMethod", METHODS[PaymentMethod(method)])
    except ValueError:
        return str(method)


def action_name(code: str) -> str:
    text = ACTIONS.get(code)
    return _tr("AuditAction", text) if text else code


def operator_name(username: str, display_name: str | None) -> str:
    if display_name:
        return display_name
    text = ACTORS.get(username)
    return _tr("AuditActor", text) if text else username


def short_id(text: str) -> str:
    """A UUID cut to its first 8 digits: enough to tell rows apart on a screen."""
    return text.replace("-", "")[:8] if _UUID.match(text) else text


def lane_name(lane: int | str, plate: str | None = None) -> str:
    """'Lane 2 京A12345', '2号车道 京A12345'; without a plate just the lane."""
    text = QCoreApplication.translate("AuditSubject", "Lane %1 %2").replace("%1", str(lane))
    return text.replace("%2", plate if plate and plate != "-" else "").strip()


def subject(text: str | None) -> str:
    if not text:
        return ""
    if text in SUBJECTS:
        return _tr("AuditSubject", SUBJECTS[text])
    lane = _LANE.match(text)
    if lane:
        return lane_name(lane.group(1), lane.group(2))
    nozzle = _NOZZLE.match(text)
    if nozzle:
        return QCoreApplication.translate("AuditSubject", "Nozzle %1 %2").replace("%1", nozzle.group(1)).replace("%2", nozzle.group(2) or "").strip()
    entity = _ENTITY.match(text)
    if entity and _UUID.match(entity.group(2)):
        name = ENTITIES.get(entity.group(1))
        return f"{_tr('AuditSubject', name) if name else entity.group(1)} {short_id(entity.group(2))}"
    return short_id(text)


def value(key: str, raw: Any) -> str:
    if key.endswith("_fen") and isinstance(raw, int) and not isinstance(raw, bool):
        return f"¥{format_yuan(raw)}"
    if isinstance(raw, bool):
        return QCoreApplication.translate("AuditValue", "yes") if raw else QCoreApplication.translate("AuditValue", "no")
    if key == "method":
        return payment_method_name(raw)
    if key == "role" and raw in ROLES:
        return _tr("AuditValue", ROLES[Role(raw)])
    if key == "phone":
        return masked(str(raw))
    if key == "lane":
        return lane_name(raw)
    text = str(raw)
    if text in CODES:
        return _tr("AuditValue", CODES[text])
    if text.startswith("pump_"):  # recovery: what the pump said after a restart
        status = text.removeprefix("pump_")
        return QCoreApplication.translate("AuditValue", "pump %1").replace("%1", pump_status_label(None if status == "unknown" else status, True))
    if isinstance(raw, list):
        return ", ".join(str(item) for item in raw)
    return short_id(text)


def details(raw: dict | None) -> str:
    """'Amount: ¥500.00 · Paid by: Cash': the keys worded, empty values and bare ids left out."""
    if not raw:
        return ""
    parts = []
    for key, item in raw.items():
        if item is None or item == "" or key in HIDDEN_KEYS:
            continue
        if key == "seen_plate" and item == raw.get("from"):
            continue  # the cashier saw the plate the lane had: nothing to tell
        name = KEYS.get(key)
        parts.append(f"{_tr('AuditDetail', name) if name else key}: {value(key, item)}")
    return " · ".join(parts)


def raw_details(raw: dict | None) -> str:
    """The details as recorded, for the technically minded (the tooltip)."""
    return json.dumps(raw, ensure_ascii=False, indent=1) if raw else ""
