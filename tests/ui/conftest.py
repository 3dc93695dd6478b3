"""A console window over a real lane engine: DART pumps on a pty, a Modbus relay, a webhook sink.

Cameras are simulated ones playing the demo frames; the window is the one
`platepay run` shows, built by ui.app.Console.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from console.lanes.states import State
from drivers.cameras.simulated import SimulatedCamera
from drivers.plates.images import load_image
from tests.console.lanes.conftest import World
from ui.app import Console
from ui.fonts import load_fonts

FRAMES = Path(__file__).resolve().parents[2] / "resources" / "demo" / "plates" / "frames"
SHOTS = Path(os.environ.get("PLATEPAY_SHOTS", Path(tempfile.gettempdir()) / "platepay-ui-shots"))


def demo_frames() -> list[np.ndarray]:
    return [load_image(p) for p in sorted(FRAMES.glob("*.jpg"))]


class ConsoleWorld:
    def __init__(self, tmp_path, qtbot, lanes: int, language: str, cameras: bool) -> None:
        self.world = World(tmp_path, lanes=lanes)
        if language != self.world.config.station.language:
            from dataclasses import replace
            self.world.config = replace(self.world.config, station=replace(self.world.config.station, language=language))
        self.engine = self.world.start_engine()
        app = QApplication.instance()
        load_fonts(app)
        self.console = Console(app, self.world.config, self.world.store, self.engine, config_path=tmp_path / "platepay.toml")
        self.cameras: list[SimulatedCamera] = []
        if cameras:
            frames = demo_frames()
            for lane in self.world.config.lanes:
                # A long repeat keeps one playlist open: a one-image playlist would end and reopen on every frame.
                camera = SimulatedCamera([frames[(lane.id - 1) % len(frames)]], name=f"lane-{lane.id}", fps=10, repeat=10**9)
                self.console.bridge.attach_camera(lane.id, camera)
                camera.start()
                self.cameras.append(camera)
        self.console.build_window()
        self.qtbot = qtbot

    @property
    def window(self):
        """The window showing now (a language switch builds a new one)."""
        return self.console.window

    @property
    def events(self):
        return self.world.events

    def wait_state(self, lane: int, state: State, timeout: int = 15000) -> None:
        tile = self.window.lanes.tiles[lane]
        self.qtbot.waitUntil(lambda: self.window.lanes.tiles[lane].view_state.state is state, timeout=timeout)
        assert tile.view_state.state is state

    def shot(self, name: str, widget=None) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        (widget or self.console.window).grab().save(str(path))
        return path

    def close(self) -> None:
        self.console.session.log_out()  # no idle timer left running after the window
        for camera in self.cameras:
            camera.stop()
        window = self.window
        self.console.shutdown()
        window.close()
        from ui.i18n import remove_translators
        remove_translators(QApplication.instance(), self.console.translators)
        self.world.close()


@pytest.fixture
def make_console(tmp_path, qtbot):
    made: list[ConsoleWorld] = []

    def make(lanes: int = 4, language: str = "zh_CN", cameras: bool = True) -> ConsoleWorld:
        console = ConsoleWorld(tmp_path, qtbot, lanes, language, cameras)
        made.append(console)
        return console

    yield make
    for console in made:
        console.close()


def log_in(qtbot, console: ConsoleWorld, username: str = "cashier", password: str = "cashier1") -> None:
    """Fill in the login dialog the controller has opened, and wait for the operator."""
    from ui.operator import LoginDialog

    controller = console.window.actions
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog))
    dialog = controller.dialog
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.window.session.operator is not None, timeout=10000)
