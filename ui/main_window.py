"""The console's main window: a grid of lane tiles and the station's status."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from console.config import Config


class LaneTile(QFrame):
    def __init__(self, lane_id: int, pump_address: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"lane-{lane_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(280, 200)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Lane %1").replace("%1", str(lane_id)))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.state = QLabel(self.tr("Waiting for a vehicle"))
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setStyleSheet("font-size: 14pt; color: #555;")
        pump = QLabel(self.tr("Pump %1").replace("%1", f"0x{pump_address:02X}"))
        layout.addWidget(title)
        layout.addStretch(1)
        layout.addWidget(self.state)
        layout.addStretch(1)
        layout.addWidget(pump)


class MainWindow(QMainWindow):
    def __init__(self, config: Config) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("PlatePay — %1").replace("%1", config.station.name))
        central = QWidget()
        grid = QGridLayout(central)
        columns = max(1, math.ceil(math.sqrt(len(config.lanes))))
        self.tiles = {}
        for index, lane in enumerate(config.lanes):
            tile = LaneTile(lane.id, lane.pump_address)
            self.tiles[lane.id] = tile
            grid.addWidget(tile, index // columns, index % columns)
        self.setCentralWidget(central)
        mode = self.tr("Demo: simulated pumps and cameras") if config.is_demo else self.tr("Station %1").replace("%1", config.station.id)
        self.statusBar().showMessage(mode)
        self.resize(1280, 800)
