"""The lanes overview: every lane's tile in a grid, repainted at a rate the machine can hold."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from console.config import Config
from console.lanes import events as ev
from console.lanes.lane import LaneView
from console.timeutil import as_utc, utc_now
from ui.alerts import Alert, AlertModel
from ui.bridge import CoreBridge
from ui.gate_tile import GateTile
from ui.tile import LaneTile


def frame_interval_ms(lanes: int) -> int:
    """25 fps for a few lanes; fewer repaints per lane as the grid fills, so 16 lanes stay smooth."""
    if lanes <= 4:
        return 40
    if lanes <= 9:
        return 66
    return 100


def grid_shape(lanes: int) -> tuple[int, int]:
    """Columns, rows: square-ish, one more column than rows when it does not divide (16:9 screens)."""
    columns = max(1, math.ceil(math.sqrt(lanes)))
    return columns, math.ceil(lanes / columns)


class LanesPage(QWidget):
    actionRequested = Signal(int, str)

    def __init__(self, config: Config, bridge: CoreBridge, alerts: AlertModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = config.station.zone
        self._bridge = bridge
        self._alerts = alerts
        # The grid scrolls where the screen is too small for every tile at its least usable size
        # (16 lanes on a 1366×768 screen): a tile is never squeezed until its buttons vanish.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("lanes-scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll)
        grid = QGridLayout(body)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(4)
        columns, _ = grid_shape(len(config.lanes))
        compact = len(config.lanes) > 6
        self.tiles: dict[int, LaneTile] = {}
        grades = config.station.grades

        def grade_of(nozzle: int) -> str:  # a nozzle the configuration does not name shows its number only
            return grades[nozzle - 1] if 1 <= nozzle <= len(grades) else ""
        interval = frame_interval_ms(len(config.lanes))
        for index, lane in enumerate(config.lanes):
            if lane.kind == "gate":
                tile = GateTile(lane.id, lane.name, lane.gate, config.station.zone)
            else:
                tile = LaneTile(lane.id, lane.name, lane.pump_address, grade=grade_of)
            tile.set_compact(compact)
            # The bridge composes frames at the tile's size and rate, on the capture thread.
            tile.video.resized.connect(lambda size, lane_id=lane.id: bridge.set_display(lane_id, size, not compact, interval))
            tile.actionRequested.connect(self.actionRequested)
            self.tiles[lane.id] = tile
            grid.addWidget(tile, index // columns, index % columns)
        # Frames that arrived before this page existed were announced to no one: take them on the first tick.
        self._dirty: set[int] = set(self.tiles)
        self._camera_lost: set[int] = set()
        bridge.event.connect(self._on_event)
        bridge.frameReady.connect(self._frame_waiting)
        # Frames are painted on a clock, not on arrival: only the newest frame of each lane is drawn.
        self.frame_timer = QTimer(self)
        # Twice the frame rate, so a composed frame waits at most half a frame to be shown.
        self.frame_timer.setInterval(interval // 2)
        self.frame_timer.timeout.connect(self._paint_frames)
        self.frame_timer.start()
        self._watch = QTimer(self)
        self._watch.setInterval(1000)
        self._watch.timeout.connect(self._tick)
        self._watch.start()
        self._started = time.monotonic()

    def show_views(self, views: list[LaneView]) -> None:
        for view in views:
            if isinstance(view, LaneView):
                self._alerts.on_view(view)
            if view.lane in self.tiles:
                self.tiles[view.lane].show_view(view)

    def _on_event(self, event: ev.LaneEvent) -> None:
        if isinstance(event, ev.Settled):
            self.show_settled(event)

    def show_settled(self, event: ev.Settled) -> None:
        if event.lane in self.tiles:
            at = as_utc(event.at).astimezone(self._zone).strftime("%H:%M")
            self.tiles[event.lane].show_last_filling(event.plate, event.amount_fen, at)

    def _frame_waiting(self, lane: int) -> None:
        self._dirty.add(lane)

    def _paint_frames(self) -> None:
        # Views are taken on the clock too: a filling changes its view many times a second.
        for view in self._bridge.take_views():
            if isinstance(view, LaneView):
                self._alerts.on_view(view)
            else:
                self._alerts.on_gate_view(view)
            if view.lane in self.tiles:
                self.tiles[view.lane].show_view(view)
        dirty, self._dirty = self._dirty, set()
        for lane in dirty:
            frame = self._bridge.take_frame(lane)
            tile = self.tiles.get(lane)
            if frame is not None and tile is not None:
                tile.video.show_frame(frame)

    def set_manager(self, manager: bool) -> None:
        for tile in self.tiles.values():
            tile.set_full_phone_on_hover(manager)

    def set_estop(self, latched: bool) -> None:
        for tile in self.tiles.values():
            tile.set_station(estop_latched=latched)

    def _tick(self) -> None:
        for lane, tile in self.tiles.items():
            tile.set_station(reading=bool(self._bridge.reads_of(lane)))
            tile.tick()
        self._check_cameras()

    def _check_cameras(self) -> None:
        # Give cameras a grace period at start-up before calling them lost.
        if time.monotonic() - self._started < 10:
            return
        for lane, tile in self.tiles.items():
            lost = tile.video.lost
            if lost and lane not in self._camera_lost:
                self._camera_lost.add(lane)
                tile.video.show_lost()
                if not self._alerts.has(lane, "camera_lost"):
                    now = utc_now()
                    self._alerts.add(Alert(lane, "camera_lost", {}, "no frame for a while", now, now))
            elif not lost and lane in self._camera_lost:
                self._camera_lost.discard(lane)
                self._alerts.clear_kind(lane, "camera_lost")
