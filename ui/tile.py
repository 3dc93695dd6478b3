"""One lane at a glance: the picture with the plate on it, the state, the money, the pump."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from console.lanes.lane import LaneView
from console.lanes.states import State
from console.money import format_yuan
from ui.compose import LaneFrame
from ui.lanestate import LOOKS, pixmap, pump_status_label, reason_label, state_label
from ui.phones import masked

#: Without a frame for this long, the picture is called lost.
CAMERA_LOST_SECONDS = 5.0
#: The least a tile may shrink to with its picture, plate line and buttons still readable.
MINIMUM_SIZE = (250, 230)
#: Tile heights from which the headline text grows a step (title/state, plate), in points.
TEXT_BANDS = ((0, 11, 12), (300, 13, 14), (420, 15, 17), (560, 17, 20))


class VideoView(QLabel):
    """Shows the newest composed frame; Qt paints it in C++, so no paint waits for the GIL."""

    resized = Signal(QSize)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: #101418; color: #B0BEC5;")
        self.frame: LaneFrame | None = None
        self.received_at: float | None = None
        self.shown = 0
        self.setText(self.tr("No picture"))

    def show_frame(self, frame: LaneFrame) -> None:
        self.frame = frame
        self.received_at = time.monotonic()
        self.setPixmap(QPixmap.fromImage(frame.image))
        self.shown += 1

    def show_lost(self) -> None:
        self.setText(self.tr("Camera lost"))

    @property
    def lost(self) -> bool:
        return self.received_at is None or time.monotonic() - self.received_at > CAMERA_LOST_SECONDS

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resized.emit(event.size())


class LaneTile(QFrame):
    """Shows one LaneView; asks for actions through `actionRequested(lane, action)`."""

    actionRequested = Signal(int, str)

    def __init__(self, lane_id: int, name: str, pump_address: int, parent: QWidget | None = None, *,
                 grade: Callable[[int], str] | None = None) -> None:
        super().__init__(parent)
        self.lane_id = lane_id
        self._grade = grade or (lambda nozzle: "")
        self.full_phone_on_hover = False  # a manager may see whom a charge goes to; the forecourt may not
        self.view_state = LaneView(lane_id)
        self.setObjectName(f"lane-{lane_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._text_band = -1
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(3)

        self.header = QFrame()
        self.header.setObjectName("header")
        head = QHBoxLayout(self.header)
        head.setContentsMargins(6, 2, 6, 2)
        self.title = QLabel(self.tr("Lane %1").replace("%1", name or str(lane_id)))
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.icon = QLabel()
        self.state = QLabel()
        self.state.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.waiting = QLabel()
        self.waiting.setObjectName("waiting")
        self.waiting.setStyleSheet("font-weight: bold;")
        head.addWidget(self.title)
        head.addWidget(self.waiting)
        head.addStretch(1)
        head.addWidget(self.icon)
        head.addWidget(self.state)
        outer.addWidget(self.header)

        self.video = VideoView()
        outer.addWidget(self.video, 1)

        info = QGridLayout()
        info.setHorizontalSpacing(8)
        info.setVerticalSpacing(1)
        self.plate = QLabel()
        self.plate.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.account = QLabel()
        self.balance = QLabel()
        self.phone = QLabel()
        self.pump = QLabel()
        self.pump_name = f"0x{pump_address:02X}"
        self.progress = QLabel()
        self.last = QLabel()
        self.last.setStyleSheet("color: #546E7A;")
        for label in (self.account, self.balance, self.phone, self.pump, self.progress, self.last):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        info.addWidget(self.plate, 0, 0)
        info.addWidget(self.account, 0, 1)
        info.addWidget(self.balance, 1, 0)
        info.addWidget(self.phone, 1, 1)
        info.addWidget(self.pump, 2, 0)
        info.addWidget(self.progress, 2, 1)
        info.addWidget(self.last, 3, 0, 1, 2)
        info.setColumnStretch(0, 1)
        info.setColumnStretch(1, 1)
        outer.addLayout(info)

        buttons = QHBoxLayout()
        buttons.setSpacing(3)
        self.buttons: dict[str, QPushButton] = {}
        for action, text in (
            ("authorise", self.tr("Authorise")),
            ("deny", self.tr("Deny")),
            ("correct", self.tr("Correct plate")),
            ("stop", self.tr("Stop pump")),
            ("odometer", self.tr("Odometer")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{action}-{lane_id}")
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, action=action: self.actionRequested.emit(self.lane_id, action))
            buttons.addWidget(button)
            self.buttons[action] = button
        outer.addLayout(buttons)
        self.last_filling: tuple[str, int, str] | None = None
        self.estop_latched = False
        self.reading = False  # the camera shows a plate the lane has not been handed
        self._state_since = time.monotonic()
        self._shown = False
        self._progress_colour = ""
        self.show_view(self.view_state)

    def show_view(self, view: LaneView) -> None:
        previous, self.view_state = self.view_state, view
        first = not self._shown
        self._shown = True
        look = LOOKS[view.state]
        if first or view.state is not previous.state:
            self._state_since = time.monotonic()
            # A style sheet change re-polishes the header: only when the state itself changes.
            self.header.setStyleSheet(f"#header {{ background: {look.background}; border-radius: 4px; }} QLabel {{ color: {look.foreground}; }}")
            self.icon.setPixmap(pixmap(look.icon, 22))
        text = state_label(self._shown_state(view))
        _set(self.state, text)
        self.tick()
        why = reason_label(view.decision.reason.value) if view.decision is not None and view.state in (State.RED, State.AMBER) else ""
        _set_tip(self, f"{text} · {why}" if why else text)
        confidence = f"  {view.confidence * 100:.0f}%" if view.plate and view.confidence is not None else ""
        _set(self.plate, f"{view.plate}{confidence}" if view.plate else "")
        unregistered = view.decision is not None and view.decision.reason.value == "unknown_plate"
        _set(self.account, view.account or (self.tr("Unknown vehicle") if unregistered else ""))
        _set(self.balance, self.tr("Balance ¥%1").replace("%1", format_yuan(view.available_fen)) if view.available_fen is not None else "")
        shown = masked(view.phone)  # the tile faces the forecourt: never the whole number
        _set(self.phone, f"{view.driver} {shown}" if view.driver else shown)
        _set(self.pump, self.tr("Pump %1: %2").replace("%1", self.pump_name).replace("%2", pump_status_label(
            view.pump_status, view.pump_online, lane_has_filling=view.filling_id is not None)))
        if first or view.pump_online != previous.pump_online:
            self.pump.setStyleSheet("" if view.pump_online else "color: #C62828; font-weight: bold;")
        _set_tip(self.phone, view.phone if self.full_phone_on_hover and view.phone else "")
        if view.litres is not None and view.amount_fen is not None and view.state in (State.FILLING, State.COMPLETED, State.SETTLING, State.AUTHORISED):
            progress = self.tr("%1 L  ¥%2").replace("%1", f"{view.litres:.2f}").replace("%2", format_yuan(view.amount_fen))
            if view.nozzle:
                progress = self.tr("Nozzle %1 %2").replace("%1", str(view.nozzle)).replace("%2", self._grade(view.nozzle)).strip() + "  " + progress
        elif view.preset_fen and view.state in (State.GREEN, State.AUTHORISED):
            progress = self.tr("Preset ¥%1").replace("%1", format_yuan(view.preset_fen))
        else:
            progress = why
        _set(self.progress, progress)
        colour = "#C62828" if view.state is State.RED else "#8A6100" if why else "palette(text)"
        if colour != self._progress_colour:
            self._progress_colour = colour
            self.progress.setStyleSheet(f"font-weight: bold; color: {colour};")
        if first or view.state is not previous.state:
            state = view.state
            self.buttons["authorise"].setEnabled(state in (State.AMBER, State.RED))
            self.buttons["deny"].setEnabled(state is State.AMBER)
            self.buttons["correct"].setEnabled(state in (State.IDLE, State.AMBER, State.RED))
            self.buttons["stop"].setEnabled(state in (State.GREEN, State.AUTHORISED, State.FILLING, State.AMBER, State.RED))
            # A reading belongs to a filling: there is one from green until it is settled.
            self.buttons["odometer"].setEnabled(state in (State.GREEN, State.AUTHORISED, State.FILLING))

    def set_full_phone_on_hover(self, allowed: bool) -> None:
        self.full_phone_on_hover = allowed
        _set_tip(self.phone, self.view_state.phone if allowed and self.view_state.phone else "")

    def _shown_state(self, view: LaneView) -> State | str:
        if view.state is State.IDLE and self.estop_latched:
            return "estop"
        if view.state is State.IDLE and self.reading:
            return "reading"
        return view.state

    def set_station(self, *, estop_latched: bool | None = None, reading: bool | None = None) -> None:
        """What the tile shows beyond its lane's view: the station's stop, the camera's read."""
        changed = False
        if estop_latched is not None and estop_latched != self.estop_latched:
            self.estop_latched, changed = estop_latched, True
        if reading is not None and reading != self.reading:
            self.reading, changed = reading, True
        if changed:
            _set(self.state, state_label(self._shown_state(self.view_state)))

    def tick(self) -> None:
        """The wait of a car on the cashier, counted up on the tile (called every second)."""
        if self.view_state.state is State.AMBER:
            waited = int(time.monotonic() - self._state_since)
            _set(self.waiting, self.tr("waiting %1").replace("%1", f"{waited // 60}:{waited % 60:02d}"))
        else:
            _set(self.waiting, "")

    def show_last_filling(self, plate: str, amount_fen: int, at: str) -> None:
        self.last_filling = (plate, amount_fen, at)
        self.last.setText(self.tr("Last: %1 ¥%2 at %3").replace("%1", plate).replace("%2", format_yuan(amount_fen)).replace("%3", at))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # The headline scales with the tile: a 16-lane grid on a small screen and 4 lanes
        # on a large one both read from the till.  Style sheets only when the band changes.
        band = max(i for i, (height, _, _) in enumerate(TEXT_BANDS) if event.size().height() >= height)
        if band != self._text_band:
            self._text_band = band
            _, head, plate = TEXT_BANDS[band]
            self.title.setStyleSheet(f"font-size: {head}pt; font-weight: bold;")
            self.state.setStyleSheet(f"font-size: {head - 1}pt; font-weight: bold;")
            self.plate.setStyleSheet(f"font-size: {plate}pt; font-weight: bold;")

    def set_compact(self, compact: bool) -> None:
        """Many lanes: keep state, plate and pump; hide what the cashier can look up."""
        for label in (self.phone, self.last):
            label.setVisible(not compact)


def _set(label: QLabel, text: str) -> None:
    # Setting the same text still costs a relayout; a filling repeats most fields many times a second.
    if label.text() != text:
        label.setText(text)


def _set_tip(widget: QWidget, text: str) -> None:
    if widget.toolTip() != text:
        widget.setToolTip(text)
