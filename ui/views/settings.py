"""Settings: edited as a form, checked by the same schema as start-up, written atomically."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Callable

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from console import config as config_module
from console.config import Bus, Config, ConfigError
from console.config_file import save_config
from drivers.pumps.registry import open_pump_bus
from console.gates.tariff import to_toml
from console.settings_changes import changes
from ui.lanestate import pump_status_label
from ui.worker import Worker

SECTIONS = ("station", "rules", "database", "central", "recognition", "relay", "webhook")


def config_to_dict(config: Config) -> dict[str, Any]:
    def plain(obj) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(obj).items()}

    data = {name: plain(getattr(config, name)) for name in SECTIONS}
    data["buses"] = [plain(bus) for bus in config.buses]
    data["lanes"] = [plain(lane) for lane in config.lanes]
    data["tariff"] = to_toml(config.tariff)  # the whole file is written back: the car park's rule too
    return data


def probe_pumps(bus: Bus, addresses: list[int], timeout: float = 3.0) -> list[tuple[int, bool, str | None]]:
    """Open the bus on its own, ask each pump its state, close it: (address, online, status)."""
    opened = open_pump_bus(
        bus.protocol, port=bus.port, addresses=addresses, baudrate=bus.baudrate, parity=bus.parity_code,
        response_timeout=bus.answer_timeout_ms / 1000, decimals={a: bus.decimals_of(a) for a in addresses},
    )
    opened.start()
    try:
        opened.wait_ready(timeout)
        states = [opened.state(address) for address in addresses]
    finally:
        opened.shutdown()
    return [(s.address, s.online, s.status.value if s.status else None) for s in states]


class SettingsPage(QWidget):
    """`probe(bus, addresses)` tests a bus; the window passes one that reuses a bus already running."""

    def __init__(self, config: Config, worker: Worker, path: Path | None, probe: Callable | None = None,
                 parent: QWidget | None = None, *, session=None, with_operator: Callable | None = None,
                 audit: Callable | None = None) -> None:
        super().__init__(parent)
        self.config, self.worker = config, worker
        # Who may save: a logged-in manager; `with_operator(then)` asks for a login first.
        self.session, self._with_operator, self._audit = session, with_operator, audit
        self.labels: dict[tuple, str] = {}
        self.path = path or config.source or config_module.default_path()
        self.probe = probe or probe_pumps
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.fields: dict[tuple, QLineEdit | QComboBox] = {}

        station = self._group(left, self.tr("Station"))
        self._combo(station, ("station", "language"), self.tr("Language"), [("zh_CN", "中文"), ("en", "English")], config.station.language)
        self._line(station, ("station", "auto_logout_minutes"), self.tr("Log out after (minutes without activity, 0 = never)"), str(config.station.auto_logout_minutes))
        rules = self._group(left, self.tr("Station minimum and offline limits"))
        self._line(rules, ("rules", "minimum_balance"), self.tr("Minimum balance (¥)"), config.rules.minimum_balance)
        self._line(rules, ("rules", "max_fill"), self.tr("Largest filling (¥)"), config.rules.max_fill)
        self._line(rules, ("rules", "offline_limit_per_day"), self.tr("Offline limit per card per day (¥)"), config.rules.offline_limit_per_day)
        self._line(rules, ("rules", "offline_after_minutes"), self.tr("Offline after (minutes without central)"), str(config.rules.offline_after_minutes))
        reading = self._group(left, self.tr("Plate reading"))
        engines = [("auto", self.tr("automatic (best measured for the region)"))] + [
            (name, name) for name in config_module.ENGINES if name != "auto"
        ]
        self._combo(reading, ("recognition", "engine"), self.tr("Engine"), engines, config.recognition.engine)
        self._line(reading, ("recognition", "workers"), self.tr("Reader processes (0: automatic)"), str(config.recognition.workers))
        self._line(reading, ("recognition", "threads"), self.tr("Threads per reader"), str(config.recognition.threads))
        cameras = self._group(left, self.tr("Cameras"))
        for i, lane in enumerate(config.lanes):
            self._line(cameras, ("lanes", i, "camera"), self.tr("Lane %1").replace("%1", str(lane.id)), lane.camera)

        self.test_results: dict[int, QLabel] = {}
        for i, bus in enumerate(config.buses):
            form = self._group(right, self.tr("Serial bus %1").replace("%1", bus.name))
            self._line(form, ("buses", i, "port"), self.tr("Port"), bus.port)
            self._combo(form, ("buses", i, "baudrate"), self.tr("Baud rate"), [(b, str(b)) for b in (1200, 2400, 4800, 9600, 19200)], bus.baudrate)
            self._combo(form, ("buses", i, "parity"), self.tr("Parity"), [("none", self.tr("none")), ("odd", self.tr("odd")), ("even", self.tr("even"))], bus.parity)
            test = QPushButton(self.tr("Test"))
            test.setObjectName(f"test-bus-{i}")
            result = QLabel()
            result.setWordWrap(True)
            test.clicked.connect(lambda _=False, i=i: self.test_bus(i))
            form.addRow(test, result)
            self.test_results[i] = result
        relay = self._group(right, self.tr("Relay module (lane lights)"))
        self._line(relay, ("relay", "url"), self.tr("Address"), config.relay.url)
        hook = self._group(right, self.tr("Payment webhook"))
        self._line(hook, ("webhook", "url"), self.tr("URL"), config.webhook.url)
        self._line(hook, ("webhook", "secret"), self.tr("Secret"), config.webhook.secret).setEchoMode(QLineEdit.EchoMode.Password)
        self._line(hook, ("webhook", "timeout_seconds"), self.tr("Timeout (seconds)"), str(config.webhook.timeout_seconds))
        left.addStretch(1)
        right.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("settings-message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        outer.addWidget(self.message)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setObjectName("settings-details")
        self.details_button.setCheckable(True)
        self.details_button.setVisible(False)
        self.detail = QLabel()
        self.detail.setObjectName("settings-detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #546E7A;")
        self.detail.setVisible(False)
        self.details_button.toggled.connect(lambda shown: self.detail.setVisible(shown and bool(self.detail.text())))
        details_row = QHBoxLayout()
        details_row.addWidget(self.detail, 1)
        details_row.addWidget(self.details_button)
        outer.addLayout(details_row)
        bottom = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save-settings")
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(QLabel(self.tr("File: %1").replace("%1", str(self.path))), 1)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        self.saved: Config | None = None

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        column.addWidget(box)
        return form

    def _line(self, form: QFormLayout, key: tuple, label: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(".".join(str(k) for k in key))
        form.addRow(label, edit)
        self.fields[key] = edit
        self.labels[key] = label
        return edit

    def _combo(self, form: QFormLayout, key: tuple, label: str, choices: list[tuple[Any, str]], value: Any) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(".".join(str(k) for k in key))
        for data, text in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        form.addRow(label, combo)
        self.fields[key] = combo
        self.labels[key] = label
        return combo

    def edited(self) -> dict[str, Any]:
        """The configuration with the form's values; numbers typed as text become numbers."""
        data = config_to_dict(self.config)
        for key, field in self.fields.items():
            value = field.currentData() if isinstance(field, QComboBox) else field.text().strip()
            if isinstance(value, str) and key[-1] in ("offline_after_minutes", "timeout_seconds", "workers", "threads", "auto_logout_minutes"):
                value = int(value) if value.lstrip("-").isdigit() else value
            target = data[key[0]] if len(key) == 2 else data[key[0]][key[1]]
            target[key[-1]] = value
        return data

    def save(self) -> bool:
        """Check and write the form, as a manager; False (and said why) when not written."""
        operator = self.session.operator if self.session is not None else None
        if self.session is not None and (operator is None or operator.role.value != "manager"):
            self._say(self.tr("Only a manager may change the settings. Log in as a manager, then save again."), error=True)
            if operator is None and self._with_operator is not None:
                self._with_operator(self.save)
            return False
        data = self.edited()
        for field in self.fields.values():
            field.setStyleSheet("")
        try:
            checked = save_config(data, self.path)
        except ConfigError as exc:
            label = self._mark_field(exc)
            summary = (self.tr("Not saved: the value of “%1” cannot be used.").replace("%1", label) if label
                       else self.tr("Not saved: the configuration cannot be used."))
            self._say(summary, error=True, detail=str(exc))
            return False
        except OSError as exc:
            self._say(self.tr("Not saved: the file cannot be written (%1).").replace("%1", str(self.path)), error=True,
                      detail=exc.strerror or str(exc))
            return False
        changed = changes(config_to_dict(self.config), data)
        if operator is not None and self._audit is not None and changed:
            audit, who = self._audit, operator.username
            self.worker.run(lambda: audit(who, "settings.changed", "settings", None, changed), lambda _: None,
                            lambda exc: self._say(self.tr("Saved, but the change could not be written to the audit log."), error=True, detail=str(exc)))
        self.saved, self.config = checked, checked
        self._say(self.tr("Saved. Restart the console to use the new settings."))
        return True

    def _say(self, text: str, *, error: bool = False, detail: str = "") -> None:
        self.message.setStyleSheet("color: #C62828;" if error else "color: #1B7F3B;")
        self.message.setText(text)
        # The schema's own words name the key and what it allows: there for whoever edits the file.
        self.detail.setText(detail)
        self.details_button.setVisible(bool(detail))
        self.detail.setVisible(bool(detail) and self.details_button.isChecked())

    def _mark_field(self, exc: ConfigError) -> str | None:
        """Outline the field the schema complained about; its label, if one is to blame."""
        message = str(exc)
        for key, field in self.fields.items():
            if key[-1] == exc.key or f" {key[-1]} = " in message:
                field.setStyleSheet("border: 2px solid #C62828;")
                field.setFocus()
                return self.labels.get(key)
        return None

    def test_bus(self, index: int) -> None:
        data = self.edited()["buses"][index]
        result = self.test_results[index]
        try:
            bus = config_module.from_dict({"buses": [data], "lanes": []}).buses[0]
        except ConfigError as exc:
            result.setText(self.tr("Check the port, baud rate and parity first."))
            result.setToolTip(str(exc))
            return
        addresses = sorted(lane.pump_address for lane in self.config.lanes if lane.bus == bus.name)
        result.setText(self.tr("Testing…"))
        probe = self.probe
        self.worker.run(lambda: probe(bus, addresses), lambda states: self._tested(index, states),
                        lambda exc: self._test_failed(result, exc))

    def _test_failed(self, result: QLabel, exc: Exception) -> None:
        result.setText(self.tr("The port cannot be opened or does not answer."))
        result.setToolTip(str(exc))

    def _tested(self, index: int, states: list[tuple[int, bool, str | None]]) -> None:
        parts = [f"0x{address:02X}: " + pump_status_label(status, online) for address, online, status in states]
        self.test_results[index].setText("  ".join(parts) or self.tr("no pumps on this bus"))
