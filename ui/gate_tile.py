"""A car park or toll gate at a glance: the picture, the plate, the stay and its fee, the barrier."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from console.gates.lane import GateView
from console.gates.states import GateState
from console.money import format_yuan
from ui.tile import MINIMUM_SIZE, VideoView, _set

#: Header colours by state (the word beside says the same for those who cannot see the hue).
_LOOKS = {
    GateState.IDLE: ("#607D8B", "#FFFFFF"),
    GateState.DECIDING: ("#0072B2", "#FFFFFF"),
    GateState.CHARGING: ("#0072B2", "#FFFFFF"),
    GateState.AMBER: ("#F0B400", "#000000"),
    GateState.OPEN: ("#1B7F3B", "#FFFFFF"),
}


def gate_state_label(state: GateState) -> str:
    return {
        GateState.IDLE: QCoreApplication.translate("GateState", "Barrier down"),
        GateState.DECIDING: QCoreApplication.translate("GateState", "Checking plate"),
        GateState.CHARGING: QCoreApplication.translate("GateState", "Taking the fee"),
        GateState.AMBER: QCoreApplication.translate("GateState", "Booth needed"),
        GateState.OPEN: QCoreApplication.translate("GateState", "Barrier up: drive on"),
    }[state]


def gate_why_label(why: str | None) -> str:
    return {
        "unknown_plate": QCoreApplication.translate("GateState", "plate not registered"),
        "no_stay": QCoreApplication.translate("GateState", "no entry found for this plate"),
        "insufficient": QCoreApplication.translate("GateState", "balance too low for the fee"),
        "no_card": QCoreApplication.translate("GateState", "no card to charge"),
        "card_blocked": QCoreApplication.translate("GateState", "card blocked"),
        "doubtful_read": QCoreApplication.translate("GateState", "plate unsure"),
        "blacklisted": QCoreApplication.translate("GateState", "plate on the blacklist"),
        "second_entry": QCoreApplication.translate("GateState", "already inside: entered again without leaving"),
        "barrier_fault": QCoreApplication.translate("GateState", "settled, but the barrier does not answer: open it by hand"),
    }.get(why or "", why or "")


def gate_role_label(role: str) -> str:
    return {
        "entry": QCoreApplication.translate("GateState", "Entry"),
        "exit": QCoreApplication.translate("GateState", "Exit"),
        "toll": QCoreApplication.translate("GateState", "Toll"),
    }.get(role, role)


def barrier_label(barrier: str) -> str:
    return {
        "closed": QCoreApplication.translate("GateState", "Barrier: down"),
        "open": QCoreApplication.translate("GateState", "Barrier: up"),
        "fault": QCoreApplication.translate("GateState", "Barrier: no answer"),
    }.get(barrier, barrier)


class GateTile(QFrame):
    """Shows one GateView; asks for the booth's actions through `actionRequested(lane, action)`."""

    actionRequested = Signal(int, str)

    def __init__(self, lane_id: int, name: str, role: str, zone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane_id, self._zone = lane_id, zone
        self.view_state = GateView(lane_id, role)
        self.setObjectName(f"gate-{lane_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(*MINIMUM_SIZE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(3)
        self.header = QFrame()
        self.header.setObjectName("header")
        head = QHBoxLayout(self.header)
        head.setContentsMargins(6, 2, 6, 2)
        self.title = QLabel(self.tr("Lane %1").replace("%1", name or str(lane_id)) + " · " + gate_role_label(role))
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.state = QLabel()
        self.state.setStyleSheet("font-size: 12pt; font-weight: bold;")
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.state)
        outer.addWidget(self.header)
        self.video = VideoView()
        outer.addWidget(self.video, 1)
        info = QGridLayout()
        self.plate = QLabel()
        self.plate.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.account = QLabel()
        self.stay = QLabel()
        self.fee = QLabel()
        self.fee.setStyleSheet("font-weight: bold;")
        self.barrier = QLabel()
        self.why = QLabel()
        self.why.setStyleSheet("font-weight: bold; color: #8A6100;")
        for label in (self.account, self.stay, self.fee, self.barrier, self.why):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        info.addWidget(self.plate, 0, 0)
        info.addWidget(self.account, 0, 1)
        info.addWidget(self.stay, 1, 0)
        info.addWidget(self.fee, 1, 1)
        info.addWidget(self.barrier, 2, 0)
        info.addWidget(self.why, 2, 1)
        outer.addLayout(info)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action, text in (("gate_open", self.tr("Open by hand")), ("gate_paid", self.tr("Paid at the booth")),
                             ("gate_correct", self.tr("Correct plate"))):
            button = QPushButton(text)
            button.setObjectName(f"{action}-{lane_id}")
            button.clicked.connect(lambda _=False, action=action: self.actionRequested.emit(self.lane_id, action))
            buttons.addWidget(button)
            self.buttons[action] = button
        outer.addLayout(buttons)
        self._state = None
        self.show_view(self.view_state)

    def show_view(self, view: GateView) -> None:
        self.view_state = view
        if view.state is not self._state:
            self._state = view.state
            background, foreground = _LOOKS[view.state]
            self.header.setStyleSheet(f"#header {{ background: {background}; border-radius: 4px; }} QLabel {{ color: {foreground}; }}")
            amber = view.state is GateState.AMBER
            self.buttons["gate_open"].setEnabled(amber)
            # Settled already when only the barrier failed: nothing is left to pay at the booth.
            self.buttons["gate_paid"].setEnabled(amber and bool(view.fee_fen) and view.why != "barrier_fault")
            self.buttons["gate_correct"].setEnabled(amber)
        _set(self.state, gate_state_label(view.state))
        confidence = f"  {view.confidence * 100:.0f}%" if view.plate and view.confidence is not None else ""
        _set(self.plate, f"{view.plate}{confidence}" if view.plate else "")
        _set(self.account, view.account or "")
        entered = view.entered_at.astimezone(self._zone).strftime("%m-%d %H:%M") if view.entered_at else ""
        _set(self.stay, self.tr("In since %1").replace("%1", entered) if entered else "")
        _set(self.fee, self.tr("Fee ¥%1").replace("%1", format_yuan(view.fee_fen)) if view.fee_fen is not None else "")
        _set(self.barrier, barrier_label(view.barrier))
        _set(self.why, gate_why_label(view.why) if view.state is GateState.AMBER else "")

    # What the lanes page asks of every tile.
    def set_compact(self, compact: bool) -> None:
        pass

    def set_station(self, **_) -> None:
        pass

    def set_full_phone_on_hover(self, allowed: bool) -> None:
        pass

    def tick(self) -> None:
        pass

    def show_last_filling(self, *_) -> None:
        pass
