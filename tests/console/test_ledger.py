"""A card's balance is the sum of its ledger, and no retry or race can change that."""

from __future__ import annotations

import multiprocessing
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from console.domain import accounts, ledger
from console.domain.errors import Conflict
from console.store.migrate import open_and_upgrade
from console.store.models import EntryKind, Filling, FillingStatus, LedgerEntry

STATION = "test"


@pytest.fixture
def card_id(store) -> uuid.UUID:
    with store.write() as session:
        account = accounts.add_account(session, "车队")
        card = accounts.issue_card(session, account, "900")
        accounts.bind_vehicle(session, "京A12345", card)
    return card.id


def test_balance_is_the_sum_of_the_ledger(store, card_id):
    with store.write() as session:
        ledger.top_up(session, card_id, 50_000, station_id=STATION)
        ledger.top_up(session, card_id, 1, station_id=STATION)
        ledger.spend(session, card_id, 12_345, kind=EntryKind.ADJUSTMENT, station_id=STATION)
    with store.read() as session:
        total = session.scalar(select(func.sum(LedgerEntry.amount_fen)).where(LedgerEntry.card_id == card_id))
        assert ledger.balance_fen(session, card_id) == total == 50_000 + 1 - 12_345


def test_retried_entry_is_applied_once(store, card_id):
    entry_id = uuid.uuid4()
    for _ in range(3):
        with store.write() as session:
            ledger.top_up(session, card_id, 10_000, station_id=STATION, entry_id=entry_id)
    with store.read() as session:
        assert ledger.balance_fen(session, card_id) == 10_000


def test_same_entry_id_with_other_figures_is_refused(store, card_id):
    entry_id = uuid.uuid4()
    with store.write() as session:
        ledger.top_up(session, card_id, 10_000, station_id=STATION, entry_id=entry_id)
    with pytest.raises(Conflict):
        with store.write() as session:
            ledger.top_up(session, card_id, 99_999, station_id=STATION, entry_id=entry_id)


def test_open_fillings_hold_money_until_settled(store, card_id):
    with store.write() as session:
        ledger.top_up(session, card_id, 100_000, station_id=STATION)
        filling = Filling(lane=1, pump_address=0x50, plate="京A12345", card_id=card_id, preset_fen=80_000, station_id=STATION)
        session.add(filling)
    with store.read() as session:
        assert ledger.funds(session, card_id).available_fen == 20_000
    with store.write() as session:
        filling = session.get(Filling, filling.id)
        filling.status, filling.amount_fen, filling.litres = FillingStatus.COMPLETED, 31_560, Decimal("40.000")
    with store.read() as session:
        assert ledger.funds(session, card_id).available_fen == 100_000 - 31_560
    for _ in range(2):  # settling twice debits once
        with store.write() as session:
            filling = session.get(Filling, filling.id)
            ledger.debit_filling(session, filling, station_id=STATION)
            filling.status = FillingStatus.SETTLED
    with store.read() as session:
        funds = ledger.funds(session, card_id)
        assert (funds.balance_fen, funds.reserved_fen) == (100_000 - 31_560, 0)
        assert session.get(Filling, filling.id).litres == Decimal("40.000")


def test_spending_more_than_available_is_refused(store, card_id):
    with store.write() as session:
        ledger.top_up(session, card_id, 5_000, station_id=STATION)
    with pytest.raises(ledger.InsufficientFunds):
        with store.write() as session:
            ledger.spend(session, card_id, 5_001, kind=EntryKind.ADJUSTMENT, station_id=STATION)
    with store.read() as session:
        assert ledger.balance_fen(session, card_id) == 5_000


def _top_ups(path: str, card_id: str, count: int) -> int:
    store, _ = open_and_upgrade(path)
    for _ in range(count):
        with store.write() as session:
            ledger.top_up(session, uuid.UUID(card_id), 100, station_id="a")
    return count


def _spends(path: str, card_id: str, count: int) -> int:
    store, _ = open_and_upgrade(path)
    done = 0
    for _ in range(count):
        try:
            with store.write() as session:
                ledger.spend(session, uuid.UUID(card_id), 70, kind=EntryKind.ADJUSTMENT, station_id="b")
            done += 1
        except ledger.InsufficientFunds:
            pass
    return done


def test_two_processes_top_up_and_debit_leave_the_right_balance(store, db_path, card_id):
    with store.write() as session:  # enough that the debits never wait for the top-ups
        ledger.top_up(session, card_id, 20_000, station_id=STATION)
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        topped = pool.apply_async(_top_ups, (str(db_path), str(card_id), 150))
        spent = pool.apply_async(_spends, (str(db_path), str(card_id), 150))
        topped_count, spent_count = topped.get(timeout=120), spent.get(timeout=120)
    with store.read() as session:
        assert ledger.balance_fen(session, card_id) == 20_000 + topped_count * 100 - spent_count * 70
        assert spent_count == 150


def test_two_processes_spending_one_card_never_overdraw(store, db_path, card_id):
    with store.write() as session:
        ledger.top_up(session, card_id, 70 * 100, station_id=STATION)
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        results = [pool.apply_async(_spends, (str(db_path), str(card_id), 80)) for _ in range(2)]
        spent = sum(r.get(timeout=120) for r in results)
    with store.read() as session:
        assert spent == 100
        assert ledger.balance_fen(session, card_id) == 0


def test_a_cashier_needs_a_manager_above_the_threshold(store):
    from console import services
    from console.config import TopUpLimits
    from console.store.models import Role

    limits = TopUpLimits(most_fen=2_000_000, day_most_fen=5_000_000, manager_above_fen=500_000)
    with store.write() as session:
        account = accounts.add_account(session, "顺达物流")
        card = accounts.issue_card(session, account)
    cashier = services.Actor("li", "s-1", Role.CASHIER)
    with pytest.raises(services.LimitExceeded) as refused:
        services.top_up(store, cashier, card.card_no, 500_001, limits=limits, method="cash")
    assert refused.value.code == "needs_manager"
    assert services.top_up(store, cashier, card.card_no, 500_000, limits=limits, method="cash").balance_fen == 500_000
    manager = services.Actor("wang", "s-1", Role.MANAGER)
    assert services.top_up(store, manager, card.card_no, 1_000_000, limits=limits, method="cash").balance_fen == 1_500_000
