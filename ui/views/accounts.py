"""Accounts, cards, vehicles and phones: top up a card, bind a plate, bind a driver's phone."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QRadioButton, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from console.config import Config, TopUpLimits
from console import services
from console.domain import operators
from console.domain.operators import Permission
from console.money import InvalidAmount, format_yuan, parse_yuan
from console.queries.masterdata import CardRow, list_cards
from console.store.db import Store
from console.store.models import CardStatus, PaymentMethod
from console.domain.slots import Slot
from ui.phones import masked
from ui.views import audit_words as words
from ui.views.base import LoadingPage, RowsModel
from ui.views.forms import WriteDialog
from ui.views.slots import PhoneDialog
from ui.worker import Worker


class CardsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Account"), self.tr("Card"), self.tr("Status"), self.tr("Balance (¥)"), self.tr("Available (¥)"),
                self.tr("Plate"), self.tr("Phones on duty")]

    def key(self, row: CardRow):
        return row.card_id, row.vehicle_id  # a card with two vehicles is two rows

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
                return ", ".join(f"{Slot(p.slot_start, p.slot_end)} {p.driver or masked(p.phone)}" for p in row.phones)
        return None


class TopUpDialog(WriteDialog):
    """Amount and how the customer paid, then a confirmation with the balance the top-up leaves,
    then the write.  Every rule is the service's (`services.top_up` checks again as it writes);
    the dialog asks it first so the cashier hears no before the customer hands money over."""

    def __init__(self, store: Store, worker: Worker, row: CardRow, actor: services.Actor, limits: TopUpLimits,
                 session, parent=None) -> None:
        super().__init__(self.tr("Top up card %1").replace("%1", row.card_no), worker, parent)
        self._store, self._row, self._actor, self._limits, self._session = store, row, actor, limits, session
        self.preview: services.TopUpPreview | None = None
        self.pages = QStackedWidget()
        self.form.addRow(self.pages)

        self.entry = QWidget()
        entry = QFormLayout(self.entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addRow(QLabel(self.tr("%1 · balance ¥%2").replace("%1", row.account).replace("%2", format_yuan(row.balance_fen))))
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("500.00")
        entry.addRow(self.tr("Amount (¥)"), self.amount)
        self.methods = QButtonGroup(self)
        choices = QGridLayout()
        for i, method in enumerate(PaymentMethod):
            button = QRadioButton(words.payment_method_name(method))
            button.setObjectName(f"method-{method.value}")
            self.methods.addButton(button, i)
            choices.addWidget(button, i // 2, i % 2)
        entry.addRow(self.tr("Paid by"), choices)
        self.note = QLineEdit()
        entry.addRow(self.tr("Note"), self.note)
        self.limit_hint = QLabel(self._limit_hint())
        self.limit_hint.setObjectName("limit-hint")
        self.limit_hint.setWordWrap(True)
        self.limit_hint.setStyleSheet("color: #546E7A;")
        entry.addRow(self.limit_hint)
        self.pages.addWidget(self.entry)

        self.review = QWidget()
        review = QFormLayout(self.review)
        review.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Check with the customer, then confirm:"))
        heading.setStyleSheet("font-weight: bold;")
        review.addRow(heading)
        self.summary: dict[str, QLabel] = {}
        for key, label in (("card", self.tr("Card")), ("account", self.tr("Account")), ("amount", self.tr("Top-up")),
                           ("method", self.tr("Paid by")), ("balance", self.tr("Balance now")), ("new_balance", self.tr("Balance after"))):
            value = QLabel()
            value.setObjectName(f"confirm-{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary[key] = value
            review.addRow(label, value)
        self.summary["amount"].setStyleSheet("font-weight: bold;")
        self.summary["new_balance"].setStyleSheet("font-weight: bold; color: #1B7F3B;")
        self.pages.addWidget(self.review)

        self.back = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ResetRole)
        self.back.setObjectName("back")
        self.back.clicked.connect(self._back)
        self._back()

    def _limit_hint(self) -> str:
        limits = self._limits
        if operators.may(self._actor.role, Permission.TOP_UP_ABOVE_THRESHOLD):
            return self.tr("At most ¥%1 per top-up and ¥%2 per card a day").replace("%1", format_yuan(limits.most_fen)).replace("%2", format_yuan(limits.day_most_fen))
        return self.tr("A cashier tops up at most ¥%1 at a time; above that a manager must log in").replace("%1", format_yuan(limits.manager_above_fen))

    def _entered(self) -> tuple[int, PaymentMethod]:
        if self._session.operator is None or self._session.operator.username != self._actor.operator:
            raise ValueError(self.tr("The operator who opened this top-up is no longer logged in: close it and log in again"))
        if not operators.may(self._actor.role, Permission.TOP_UP):
            raise ValueError(self.tr("This operator may not top up cards"))
        try:
            fen = parse_yuan(self.amount.text())
        except InvalidAmount:
            raise ValueError(self.tr("Type an amount in yuan, such as 500 or 500.50")) from None
        if fen <= 0:
            raise ValueError(self.tr("A top-up must be more than zero"))
        if self.methods.checkedId() < 0:
            raise ValueError(self.tr("Choose how the customer paid"))
        return fen, list(PaymentMethod)[self.methods.checkedId()]

    def _submit(self) -> None:
        if self.pages.currentWidget() is self.review:
            super()._submit()  # the write, through work()
            return
        try:
            fen, method = self._entered()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        store, actor, card_no, limits = self._store, self._actor, self._row.card_no, self._limits
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Checking…"))
        self.worker.run(lambda: services.preview_top_up(store, actor, card_no, fen, limits=limits, method=method),
                        self._show_review, self._failed)

    def _show_review(self, preview: services.TopUpPreview) -> None:
        self.preview = preview
        self.buttons.setEnabled(True)
        self.error.clear()
        yuan = lambda fen: f"¥{format_yuan(fen)}"  # noqa: E731
        for key, text in (("card", preview.card_no), ("account", preview.account), ("amount", yuan(preview.amount_fen)),
                          ("method", words.payment_method_name(preview.method)), ("balance", yuan(preview.balance_fen)),
                          ("new_balance", yuan(preview.new_balance_fen))):
            self.summary[key].setText(text)
        self.pages.setCurrentWidget(self.review)
        self.back.setVisible(True)
        self.ok.setText(self.tr("Confirm top-up"))

    def _back(self) -> None:
        self.pages.setCurrentWidget(self.entry)
        self.back.setVisible(False)
        self.ok.setText(self.tr("Next"))
        self.error.clear()

    def work(self):
        preview = self.preview
        self._entered()  # still the same operator, logged in
        store, actor, limits, note = self._store, self._actor, self._limits, self.note.text().strip() or None
        return lambda: services.top_up(store, actor, preview.card_no, preview.amount_fen, note, limits=limits,
                                       method=preview.method)

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.refusal(exc))

    def refusal(self, exc: Exception) -> str:
        """A refused top-up in the cashier's words, with the limit in yuan."""
        if isinstance(exc, services.LimitExceeded):
            limit = format_yuan(exc.limit_fen)
            if exc.code == "needs_manager":
                return self.tr("A top-up above ¥%1 needs a manager: ask a manager to log in and top up").replace("%1", limit)
            if exc.code == "top_up_day_max":
                return (self.tr("This card was topped up ¥%1 in the last 24 hours: at most ¥%2 a day")
                        .replace("%1", format_yuan(exc.so_far_fen)).replace("%2", limit))
            return self.tr("One top-up is at most ¥%1").replace("%1", limit)
        if isinstance(exc, services.NotPermitted):
            return self.tr("This operator may not top up cards")
        return str(exc)


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

    def __init__(self, store: Store, worker: Worker, actor: services.Actor, region: str, limits: TopUpLimits,
                 parent=None) -> None:
        super().__init__(self.tr("New account and card"), worker, parent)
        self._store, self._actor, self._region, self._limits = store, actor, region, limits
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
        self.method = QComboBox()
        self.method.setObjectName("opening-method")
        self.method.addItem(self.tr("(no opening top-up)"), None)
        for method in PaymentMethod:
            self.method.addItem(words.payment_method_name(method), method)
        self.plate = QLineEdit()
        self.plate.setObjectName("new-plate")
        self.form.addRow(self.tr("Account name"), self.name)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Card number"), self.card_no)
        self.form.addRow(self.tr("Opening top-up (¥)"), self.amount)
        self.form.addRow(self.tr("Paid by"), self.method)
        self.form.addRow(self.tr("Plate"), self.plate)

    def work(self):
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("Type the account name"))
        try:
            fen = parse_yuan(self.amount.text() or "0")
        except InvalidAmount:
            raise ValueError(self.tr("Type an amount in yuan, such as 500 or 500.50")) from None
        method = self.method.currentData()
        if fen and method is None:
            raise ValueError(self.tr("Choose how the customer paid the opening top-up"))
        phone, card_no, plate = self.phone.text().strip() or None, self.card_no.text().strip() or None, self.plate.text().strip().upper()
        store, actor, region, limits = self._store, self._actor, self._region, self._limits
        return lambda: services.open_account(store, actor, name, phone, card_no, fen, plate or None, region,
                                             limits=limits, method=method).card_no

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, services.LimitExceeded) and exc.code == "needs_manager":
            exc = ValueError(self.tr("An opening top-up above ¥%1 needs a manager").replace("%1", format_yuan(exc.limit_fen)))
        elif isinstance(exc, services.LimitExceeded):
            exc = ValueError(self.tr("One top-up is at most ¥%1").replace("%1", format_yuan(exc.limit_fen)))
        super()._failed(exc)


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
        for key, text in (("new_account", self.tr("New account…")), ("top_up", self.tr("Top up…")), ("bind_plate", self.tr("Bind plate…")), ("bind_phone", self.tr("Bind phone…")), ("fleet", self.tr("Fleet details…"))):
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
        # Qt sizes columns to their contents on a reset or a change, not on rows inserted.
        self.table.horizontalHeader().doItemsLayout()
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
        self.buttons["fleet"].setEnabled(row is not None and row.plate is not None)

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
            dialog = NewAccountDialog(self._store, self.worker, actor, region, self._config.rules.top_up_limits, self)
        elif key == "top_up":
            dialog = TopUpDialog(self._store, self.worker, row, actor, self._config.rules.top_up_limits, self._session, self)
        elif key == "bind_plate":
            dialog = BindPlateDialog(self._store, self.worker, row, actor, region, self)
        elif key == "fleet":
            from ui.views.fleet_form import VehicleFleetDialog

            dialog = VehicleFleetDialog(self._store, self.worker, row.plate, actor, region, self)
        else:
            dialog = PhoneDialog(self._store, self.worker, row, actor, region, self)
            dialog.changed.connect(self.reload)
        dialog.setObjectName(f"{key}-dialog")
        dialog.accepted.connect(self._written)
        self.dialog = dialog
        dialog.open()

    def _written(self) -> None:
        self.message.setText(self.tr("Saved"))
        self.reload()
