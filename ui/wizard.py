"""The first-run wizard: from nothing to a station configuration in a few pages.

It runs when no configuration file exists (and from the menu later).  Nothing
is written until Finish, and then only a configuration that passed the same
checks as a hand-written file; Cancel leaves the disk as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWizard,
    QWizardPage,
)

from console.config import PARITY_CODES, ConfigError
from console.config_file import save_config
from ui.lanestate import pump_status_label

BAUD_RATES = ("1200", "2400", "4800", "9600", "19200")


class _Result(QObject):
    done = Signal(object)


class _Job(QRunnable):
    """Runs a probe off the GUI thread and reports its answer (or a one-line failure) by signal."""

    def __init__(self, work, result: _Result) -> None:
        super().__init__()
        self._work, self._result = work, result

    def run(self) -> None:
        try:
            answer = self._work()
        except Exception as exc:  # the answer is shown to the person; any failure is an answer
            answer = exc
        self._result.done.emit(answer)


def grab_frame(source: str):
    """One frame from a camera source, or raise with why not."""
    from console.resources import demo_scenes
    from drivers.cameras.registry import open_camera

    if source == "demo":
        return next(iter(demo_scenes().values()))
    camera = open_camera(source, name="preview")
    camera.start()
    try:
        frame = camera.wait_frame(timeout=5)
        if frame is None:
            raise RuntimeError(camera.status().last_error or "no picture within 5 s")
        return frame.image
    finally:
        camera.stop()


def probe_pump(port: str, address: int, baudrate: int, parity: str) -> str | None:
    """The status of the pump at `address`; None where no DART pump answers."""
    from drivers.pumps.registry import open_pump_bus

    bus = open_pump_bus("dart", port=port, addresses=[address], baudrate=baudrate, parity=PARITY_CODES[parity])
    try:
        bus.start()
        if not bus.wait_ready(3):
            return None
        state = bus.state(address)
        return state.status.value if state.status else ""
    finally:
        bus.shutdown()


class StationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Station"))
        self.setSubTitle(self.tr("Name the station and say where it is."))
        form = QFormLayout(self)
        self.station_id = QLineEdit("station-1")
        self.name = QLineEdit(self.tr("My fuel station"))
        self.timezone = QComboBox()
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText("Asia/Shanghai")
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Station code"), self.station_id)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Language"), self.language)


class LanesPage(QWizardPage):
    def __init__(self, pool: QThreadPool) -> None:
        super().__init__()
        self._pool = pool
        self.setTitle(self.tr("Lanes and cameras"))
        self.setSubTitle(self.tr("One row per lane: its camera and its pump's DART address."))
        form = QFormLayout(self)
        self.count = QSpinBox()
        self.count.setRange(1, 16)
        self.count.setValue(2)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Camera"), self.tr("Pump address")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count.valueChanged.connect(self._resize)
        self.preview_button = QPushButton(self.tr("Preview the selected camera"))
        self.preview = QLabel()
        self.preview.setFixedHeight(135)
        form.addRow(self.tr("Lanes"), self.count)
        form.addRow(self.table)
        form.addRow(self.preview_button, self.preview)
        self._resize(self.count.value())
        self._result = _Result()
        self._result.done.connect(self._show_preview)
        self.preview_button.clicked.connect(self._start_preview)

    def _start_preview(self) -> None:
        row = max(0, self.table.currentRow())
        source = self.table.item(row, 0).text().strip()
        self.preview.setText(self.tr("Connecting…"))
        self._pool.start(_Job(lambda: grab_frame(source), self._result))

    def _show_preview(self, answer) -> None:
        if isinstance(answer, Exception):
            self.preview.setText(self.tr("✗ No picture from this camera"))
            self.preview.setToolTip(str(answer))  # the technical why, for whoever sets the camera up
            return
        image = QImage(answer.data, answer.shape[1], answer.shape[0], answer.strides[0], QImage.Format.Format_BGR888).copy()
        self.preview.setPixmap(QPixmap.fromImage(image).scaledToHeight(self.preview.height()))

    def _resize(self, count: int) -> None:
        old = self.table.rowCount()
        self.table.setRowCount(count)
        for row in range(old, count):
            self.table.setItem(row, 0, QTableWidgetItem("demo"))
            self.table.setItem(row, 1, QTableWidgetItem(f"0x{0x50 + row:02X}"))

    def lanes(self) -> list[dict[str, Any]]:
        lanes = []
        for row in range(self.table.rowCount()):
            address_text = self.table.item(row, 1).text().strip()
            try:
                address = int(address_text, 0)
            except ValueError:
                address = -1  # refused by the configuration check with a message naming it
            lanes.append({"id": row + 1, "name": str(row + 1), "camera": self.table.item(row, 0).text().strip(), "bus": "bus1", "pump_address": address})
        return lanes


class BusPage(QWizardPage):
    def __init__(self, pool: QThreadPool) -> None:
        super().__init__()
        self._pool = pool
        self.setTitle(self.tr("Pumps"))
        self.setSubTitle(self.tr("The serial line of the dispensers (DART). Test asks the first pump for its status."))
        form = QFormLayout(self)
        self.port = QLineEdit("demo")
        self.port.setPlaceholderText("/dev/ttyUSB0, COM3, socket://host:port")
        self.baudrate = QComboBox()
        self.baudrate.addItems(BAUD_RATES)
        self.baudrate.setCurrentText("9600")
        self.parity = QComboBox()
        for code, name in (("odd", self.tr("odd")), ("even", self.tr("even")), ("none", self.tr("none"))):
            self.parity.addItem(name, code)
        self.test = QPushButton(self.tr("Test"))
        self.answer = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addWidget(self.answer, 1)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Baud rate"), self.baudrate)
        form.addRow(self.tr("Parity"), self.parity)
        form.addRow(row)
        self._result = _Result()
        self._result.done.connect(self._show_answer)
        self.test.clicked.connect(self._probe)

    def _probe(self) -> None:
        port = self.port.text().strip()
        if port == "demo":
            self.answer.setText(self.tr("The demo's simulated pumps need no test."))
            return
        self.answer.setText(self.tr("Asking the pump…"))
        args = (port, 0x50, int(self.baudrate.currentText()), self.parity.currentData())
        self._pool.start(_Job(lambda: probe_pump(*args), self._result))

    def _show_answer(self, answer) -> None:
        if isinstance(answer, Exception):
            self.answer.setText(self.tr("✗ The port cannot be opened"))
            self.answer.setToolTip(str(answer))
        elif answer is None:
            self.answer.setText(self.tr("✗ No DART pump answers at 0x50 on this port"))
        else:
            self.answer.setText(self.tr("✓ Pump 0x50: %1").replace("%1", pump_status_label(answer or None, True)))


class PeersPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Lights, payments and head office"))
        form = QFormLayout(self)
        self.relay = QLineEdit("demo")
        self.relay.setPlaceholderText("tcp://192.0.2.20:502")
        self.webhook = QLineEdit("demo")
        self.webhook.setPlaceholderText("https://pay.example.com/charges")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.central = QLineEdit()
        self.central.setPlaceholderText("postgresql://station@db.example.com:5432/platepay")
        form.addRow(self.tr("Relay module (lights)"), self.relay)
        form.addRow(self.tr("Payment webhook"), self.webhook)
        form.addRow(self.tr("Webhook secret"), self.secret)
        form.addRow(self.tr("Central database (optional)"), self.central)


MIN_PASSWORD = 8


class ManagerPage(QWizardPage):
    """The station's first manager: no default login exists outside the demo."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("First manager"))
        self.setSubTitle(self.tr("Who manages this station? This login can add cashiers and change settings."))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setObjectName("manager-username")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setObjectName("manager-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("manager-again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("manager-problem")
        self.problem.setStyleSheet("color: #B71C1C;")
        self.problem.setWordWrap(True)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.problem)
        for field in (self.username, self.password, self.again):
            field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.problem.setText(self.why_not() or "")
        self.completeChanged.emit()

    def why_not(self) -> str | None:
        if not self.username.text().strip():
            return self.tr("Type a user name.")
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("The password needs at least %1 characters.").replace("%1", str(MIN_PASSWORD))
        if self.password.text() != self.again.text():
            return self.tr("The two passwords differ.")
        return None

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.why_not() is None

    def manager(self) -> tuple[str, str, str | None]:
        return self.username.text().strip(), self.password.text(), self.display_name.text().strip() or None


class FirstRunWizard(QWizard):
    """Collects a configuration and writes it to `path` on Finish."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Set up PlatePay"))
        self._pool = QThreadPool(self)
        self.station, self.lanes_page, self.bus, self.peers = StationPage(), LanesPage(self._pool), BusPage(self._pool), PeersPage()
        self.manager_page = ManagerPage()
        for page in (self.station, self.lanes_page, self.bus, self.peers, self.manager_page):
            self.addPage(page)
        self.written = None

    def data(self) -> dict[str, Any]:
        secret = self.peers.secret.text()
        data: dict[str, Any] = {
            "station": {
                "id": self.station.station_id.text().strip(),
                "name": self.station.name.text().strip(),
                "timezone": self.station.timezone.currentText(),
                "language": self.station.language.currentData(),
            },
            "relay": {"url": self.peers.relay.text().strip()},
            "webhook": {"url": self.peers.webhook.text().strip(), **({"secret": secret} if secret else {})},
            "buses": [{
                "name": "bus1", "port": self.bus.port.text().strip(),
                "baudrate": int(self.bus.baudrate.currentText()), "parity": self.bus.parity.currentData(),
            }],
            "lanes": self.lanes_page.lanes(),
        }
        if self.peers.central.text().strip():
            data["central"] = {"url": self.peers.central.text().strip()}
        return data

    def accept(self) -> None:
        try:
            self.written = save_config(self.data(), self.path)
        except ConfigError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return  # stay open: the person corrects the value named in the message
        super().accept()

    def done(self, result: int) -> None:
        self._pool.waitForDone(5000)
        super().done(result)
