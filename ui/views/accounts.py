"""Accounts, cards, vehicles and phones: top up a card, bind a plate, bind a driver's phone."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from console.config import Config
from console import services
from console.money import InvalidAmount, format_yuan, parse_yuan
from console.queries.masterdata import CardRow, list_cards
from console.store.db import Store
from console.store.models import CardStatus
from console.domain.slots import Slot
from ui.views.base import LoadingPage, RowsModel
from ui.views.forms import WriteDialog
from ui.views.slots import PhoneDialog
from ui.worker import Worker


class CardsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Account"), self.tr("Card"), self.tr("Status"), self.tr("Balance (¥)"), self.tr("Available (¥)"),
                self.tr("Plate"), self.tr("Phones on duty")]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match index.column():
            case 0:
                return row.account
            case 1:
                return row.card_no
            case 2:
                return self.tr("active") if row.status is CardStatus.ACTIVE else self.tr("blocked")
            case 3:
                return format_yuan(row.balance_fen)
            case 4:
                return format_yuan(row.available_fen)
            case 5:
                return row.plate or ""
            case 6:
                return ", ".join(f"{Slot(p.slot_start, p.slot_end)} {p.driver or p.phone}" for p in row.phones)
        return None


class TopUpDialog(WriteDialog):
    def __init__(self, store: Store, worker: Worker, row: CardRow, actor: services.Actor, limits, parent=None) -> None:
        super().__init__(self.tr("Top up card %1").replace("%1", row.card_no), worker, parent)
        self._store, self._row, self._actor, self._limits = store, row, actor, limits
        self.form.addRow(QLabel(self.tr("%1 · balance ¥%2").replace("%1", row.account).replace("%2", format_yuan(row.balance_fen))))
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("500.00")
        self.note = QLineEdit()
        self.form.addRow(self.tr("Amount (¥)"), self.amount)
        self.form.addRow(self.tr("Note"), self.note)

    def work(self):
        try:
            fen = parse_yuan(self.amount.text())
        except InvalidAmount:
            raise ValueError(self.tr("Type an amount in yuan, such as 500 or 500.50")) from None
        if fen <= 0:
            raise ValueError(self.tr("A top-up must be more than zero"))
        store, card_no, actor, note = self._store, self._row.card_no, self._actor, self.note.text().strip() or None
        limits = self._limits
        return lambda: services.top_up(store, actor, card_no, fen, note, limits=limits).balance_fen


class BindPlateDialog(WriteDialog):
    def __init__(self, store: Store, worker: Worker, row: CardRow, actor: services.Actor, region: str, parent=None) -> None:
        super().__init__(self.tr("Bind a plate to card %1").replace("%1", row.card_no), worker, parent)
        self._store, self._row, self._actor, self._region = store, row, actor, region
        self.plate = QLineEdit()
        self.plate.setObjectName("plate")
        self.plate.setPlaceholderText("京A12345")
        self.form.addRow(self.tr("Plate"), self.plate)

    def work(self):
        text = self.plate.text().strip().upper()
        if not text:
            raise ValueError(self.tr("Type the plate"))
        store, actor, region, card_no = self._store, self._actor, self._region, self._row.card_no
        return lambda: services.bind_vehicle(store, actor, text, card_no, region).plate


class NewAccountDialog(WriteDialog):
    """An account with its first card, and optionally an opening top-up and a plate, in one unit of work."""

    def __init__(self, store: Store, worker: Worker, actor: services.Actor, region: str, parent=None) -> None:
        super().__init__(self.tr("New account and card"), worker, parent)
        self._store, self._actor, self._region = store, actor, region
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.phone = QLineEdit()
        self.phone.setObjectName("account-phone")
        self.card_no = QLineEdit()
        self.card_no.setObjectName("card-no")
        self.card_no.setPlaceholderText(self.tr("empty: a new number is made"))
        self.amount = QLineEdit()
        self.amount.setObjectName("opening")
        self.amount.setPlaceholderText("0")
        self.plate = QLineEdit()
        self.plate.setObjectName("new-plate")
        self.form.addRow(self.tr("Account name"), self.name)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Card number"), self.card_no)
        self.form.addRow(self.tr("Opening top-up (¥)"), self.amount)
        self.form.addRow(self.tr("Plate"), self.plate)

    def work(self):
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("Type the account name"))
        try:
            fen = parse_yuan(self.amount.text() or "0")
        except InvalidAmount:
            raise ValueError(self.tr("Type an amount in yuan, such as 500 or 500.50")) from None
        phone, card_no, plate = self.phone.text().strip() or None, self.card_no.text().strip() or None, self.plate.text().strip().upper()
        store, actor, region = self._store, self._actor, self._region
        return lambda: services.open_account(store, actor, name, phone, card_no, fen, plate or None, region).card_no


class AccountsPage(LoadingPage):
    def __init__(self, config: Config, store: Store, worker: Worker, session, actions, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._config, self._store, self._session, self._actions = config, store, session, actions
        self.model = CardsModel(parent=self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("accounts-search")
        self.search.setPlaceholderText(self.tr("Search account, card, plate or phone"))
        bar.addWidget(self.search, 1)
        self.buttons = {}
        for key, text in (("new_account", self.tr("New account…")), ("top_up", self.tr("Top up…")), ("bind_plate", self.tr("Bind plate…")), ("bind_phone", self.tr("Bind phone…"))):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(lambda _=False, key=key: self._action(key))
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table)
        self.message = QLabel()
        layout.addWidget(self.message)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.dialog: WriteDialog | None = None
        self._enable()

    def query(self):
        search, store = self.search.text(), self._store

        def run():
            with store.read() as session:
                return list_cards(session, search)
        return run

    def show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self._enable()

    def show_error(self, message: str) -> None:
        self.message.setText(message)

    def selected(self) -> CardRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_plate(self, plate: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.plate == plate:
                self.table.selectRow(i)
                return

    def _enable(self) -> None:
        row = self.selected()
        self.buttons["top_up"].setEnabled(row is not None)
        self.buttons["bind_plate"].setEnabled(row is not None)
        self.buttons["bind_phone"].setEnabled(row is not None and row.plate is not None)

    def _action(self, key: str) -> None:
        row = self.selected()
        if row is None and key != "new_account":
            return
        if self._session.operator is None:
            self._actions.log_in(lambda: self._action(key))
            return
        who, region = self._session.operator, self._config.station.region
        actor = services.Actor(who.username, self._config.station.id, who.role)
        if key == "new_account":
            dialog = NewAccountDialog(self._store, self.worker, actor, region, self)
        elif key == "top_up":
            dialog = TopUpDialog(self._store, self.worker, row, actor, self._config.rules.top_up_limits, self)
        elif key == "bind_plate":
            dialog = BindPlateDialog(self._store, self.worker, row, actor, region, self)
        else:
            dialog = PhoneDialog(self._store, self.worker, row, actor, region, self)
        dialog.setObjectName(f"{key}-dialog")
        dialog.accepted.connect(self._written)
        self.dialog = dialog
        dialog.open()

    def _written(self) -> None:
        self.message.setText(self.tr("Saved"))
        self.reload()
