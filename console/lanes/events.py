"""What the engine tells its listeners (the window, the headless printer, tests).

Each event is a frozen dataclass whose `type` is the name the headless JSON uses.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, ClassVar

from console.timeutil import utc_now


@dataclass(frozen=True, kw_only=True)
class LaneEvent:
    type: ClassVar[str] = "event"
    lane: int | None
    at: Any = field(default_factory=utc_now)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **{f.name: getattr(self, f.name) for f in dataclasses.fields(self)}}


@dataclass(frozen=True, kw_only=True)
class PlateRead(LaneEvent):
    type: ClassVar[str] = "plate_read"
    plate: str
    confidence: float
    source: str  # camera, cashier, keypad


@dataclass(frozen=True, kw_only=True)
class DecisionMade(LaneEvent):
    type: ClassVar[str] = "decision"
    plate: str
    result: str  # green, red, amber
    reason: str
    account: str | None = None
    card_no: str | None = None
    available_fen: int | None = None
    preset_fen: int = 0
    phone: str | None = None
    driver: str | None = None
    params: dict[str, Any] = field(default_factory=dict)  # e.g. other_lane for plate_in_use


@dataclass(frozen=True, kw_only=True)
class Authorised(LaneEvent):
    type: ClassVar[str] = "authorised"
    filling_id: str
    pump_address: int
    preset_fen: int


@dataclass(frozen=True, kw_only=True)
class FillingProgress(LaneEvent):
    type: ClassVar[str] = "filling_progress"
    filling_id: str
    litres: Decimal
    amount_fen: int


@dataclass(frozen=True, kw_only=True)
class FillingCompleted(LaneEvent):
    type: ClassVar[str] = "filling_completed"
    filling_id: str
    litres: Decimal
    amount_fen: int
    unit_price_fen: int
    nozzle: int
    recovered: bool = False


@dataclass(frozen=True, kw_only=True)
class Settled(LaneEvent):
    type: ClassVar[str] = "settled"
    filling_id: str
    plate: str
    amount_fen: int
    balance_fen: int | None
    phone: str | None
    driver: str | None


@dataclass(frozen=True, kw_only=True)
class Cancelled(LaneEvent):
    type: ClassVar[str] = "cancelled"
    filling_id: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class LaneStateChanged(LaneEvent):
    type: ClassVar[str] = "lane_state"
    state: str
    plate: str | None = None


@dataclass(frozen=True, kw_only=True)
class ChargeSent(LaneEvent):
    type: ClassVar[str] = "charge_sent"
    filling_id: str
    phone: str | None
    amount_fen: int
    attempt: int


@dataclass(frozen=True, kw_only=True)
class OdometerRecorded(LaneEvent):
    """A filling's odometer (or engine-hours) reading was taken."""

    type: ClassVar[str] = "odometer_recorded"
    filling_id: str
    plate: str
    value: Decimal
    meter: str  # km or hours
    source: str  # cashier, phone, telematics, correction


@dataclass(frozen=True, kw_only=True)
class ChargeDelivered(LaneEvent):
    type: ClassVar[str] = "charge_delivered"
    filling_id: str
    phone: str | None
    amount_fen: int


@dataclass(frozen=True, kw_only=True)
class ChargeFailed(LaneEvent):
    type: ClassVar[str] = "charge_failed"
    filling_id: str
    error: str


@dataclass(frozen=True, kw_only=True)
class ErrorEvent(LaneEvent):
    type: ClassVar[str] = "error"
    message: str  # for the log; a front end words `code` and `params`
    code: str = "error"
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class CommandResult(LaneEvent):
    """How an operator's command ended: accepted, or refused with a code and its values."""

    type: ClassVar[str] = "command_result"
    command: str
    command_id: str
    accepted: bool
    code: str | None = None  # console.lanes.commands.Refusal
    params: dict[str, Any] = field(default_factory=dict)
    operator: str | None = None


@dataclass(frozen=True, kw_only=True)
class EmergencyStop(LaneEvent):
    """The station's emergency stop latched or was reset; it survives a restart."""

    type: ClassVar[str] = "emergency_stop"
    latched: bool
    operator: str
    reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class NeedsSettlement(LaneEvent):
    """A filling whose figures the pump no longer knows: held until a manager settles it."""

    type: ClassVar[str] = "needs_settlement"
    filling_id: str
    plate: str
    preset_fen: int


@dataclass(frozen=True, kw_only=True)
class PumpStatusChanged(LaneEvent):
    type: ClassVar[str] = "pump"
    pump_address: int
    online: bool
    status: str | None


Listener = Callable[[LaneEvent], None]


# --- gate lanes (car parks and toll points) ---------------------------------------


@dataclass(frozen=True, kw_only=True)
class GateEntry(LaneEvent):
    type: ClassVar[str] = "gate_entry"
    plate: str
    stay_id: str
    by: str  # system, or the operator who opened by hand


@dataclass(frozen=True, kw_only=True)
class GateFee(LaneEvent):
    """The fee worked out at an exit or a toll, before it is taken."""

    type: ClassVar[str] = "fee"
    plate: str
    fee_fen: int
    breakdown: list[dict[str, Any]] = field(default_factory=list)
    stay_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class GateExit(LaneEvent):
    type: ClassVar[str] = "gate_exit"
    plate: str
    stay_id: str
    fee_fen: int
    paid_by: str  # card, free, pass, booth
    minutes: int
    already: bool = False  # paid moments ago: nothing taken this time
    phone: str | None = None


@dataclass(frozen=True, kw_only=True)
class GateAmber(LaneEvent):
    """The booth must decide: `why` is unknown_plate, no_stay, insufficient, no_card, card_blocked,
    doubtful_read, blacklisted or second_entry."""

    type: ClassVar[str] = "gate_amber"
    plate: str
    why: str


@dataclass(frozen=True, kw_only=True)
class BarrierOpened(LaneEvent):
    type: ClassVar[str] = "barrier_opened"
    plate: str | None = None
    by: str = "system"


@dataclass(frozen=True, kw_only=True)
class BarrierClosed(LaneEvent):
    type: ClassVar[str] = "barrier_closed"
