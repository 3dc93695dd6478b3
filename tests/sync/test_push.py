"""What happens at a station reaches central once: no duplicate, nothing lost, whatever the wire does."""

from __future__ import annotations

import random
import threading
import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from console.central import masterdata
from console.domain import audit, ledger
from console.store.models import EntryKind, Filling, FillingStatus, LedgerEntry
from console.store.sync_models import OutboxItem, SyncState
from console.sync.push import pending_count
from console.timeutil import utc_now
from tests.sync.proxy import CuttableProxy


def _central_counts(central) -> tuple[int, int, int]:
    return (
        central.scalar("SELECT count(*) FROM ledger_entries WHERE station_id <> 'central'"),
        central.scalar("SELECT count(DISTINCT id) FROM ledger_entries WHERE station_id <> 'central'"),
        central.scalar("SELECT count(*) FROM fillings"),
    )


def _central_balance(central, card_id) -> int:
    return central.scalar("SELECT balance_fen FROM card_balances WHERE card_id = :c", c=card_id)


def _offline_fillings(station, card_id, count: int, amount_fen: int) -> None:
    """`count` settled fillings with their debits, written as the lane engine would, in bulk."""
    now = utc_now()
    fillings, entries = [], []
    for n in range(count):
        filling_id = uuid.uuid4()
        fillings.append(dict(
            id=filling_id, lane=1 + n % 4, pump_address=0x50, nozzle=1, grade="92#", plate="京A00001", card_id=card_id,
            preset_fen=amount_fen, amount_fen=amount_fen, litres=Decimal("1.250"), unit_price_fen=800,
            status=FillingStatus.SETTLED, station_id=station.id, created_at=now, updated_at=now,
            started_at=now, ended_at=now,
        ))
        entries.append(dict(
            id=uuid.uuid5(filling_id, "debit"), card_id=card_id, kind=EntryKind.FUEL, amount_fen=-amount_fen,
            station_id=station.id, filling_id=filling_id, created_at=now,
        ))
    with station.store.write() as session:
        session.execute(insert(Filling), fillings)
        session.execute(insert(LedgerEntry), entries)


def test_two_stations_spending_one_card_concurrently_agree_with_central(central, make_station):
    card = central.card("8001", plate="京A00001", top_up_fen=100_000)
    a, b = make_station(), make_station()
    a.sync(), b.sync()
    engines = [s.sync_engine(interval_s=0.05) for s in (a, b)]
    for engine in engines:
        engine.start()
    done: dict[str, int] = {}

    def spend(station) -> None:
        done[station.id] = sum(1 for _ in range(60) if station.fill(card, 1_000))

    threads = [threading.Thread(target=spend, args=(s,)) for s in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for engine in engines:
        assert engine.stop(10)
    a.sync(), b.sync(), a.sync()

    spent = 1_000 * (done[a.id] + done[b.id])
    assert done[a.id] <= 100 and done[b.id] <= 100  # neither station alone goes past what it saw
    assert _central_counts(central) == (done[a.id] + done[b.id],) * 3
    assert _central_balance(central, card) == 100_000 - spent
    # Both stations now see central's balance: every debit, theirs and the other's, exactly once.
    assert a.funds(card).balance_fen == b.funds(card).balance_fen == 100_000 - spent


def test_connection_cut_in_the_middle_of_a_batch_loses_nothing_and_duplicates_nothing(central, make_station):
    card = central.card("8002", top_up_fen=10_000_000)
    station = make_station()
    proxy = CuttableProxy(_host_port(central.url))
    url = station.url.replace(f":{_host_port(central.url)[1]}/", f":{proxy.port}/")
    try:
        station.sync()
        _offline_fillings(station, card, 3_000, 700)
        engine = station.sync_engine(url=url, batch_size=500)
        proxy.cut_after(400_000)  # a few batches in: mid-statement, the server sees the socket die

        with pytest.raises(DBAPIError):
            engine.sync_once()

        assert proxy.cuts == 1
        ledger_rows, _, filling_rows = _central_counts(central)
        sent_before_cut = ledger_rows + filling_rows
        assert 0 < sent_before_cut < 6_000 and sent_before_cut % 500 == 0  # whole batches, never half of one
        assert engine.status.online is False and engine.status.last_error
        assert make_url(station.url).password not in engine.status.last_error
        proxy.restore()
        engine.sync_once()
    finally:
        proxy.close()

    assert _central_counts(central) == (3_000, 3_000, 3_000)
    assert _central_balance(central, card) == 10_000_000 - 3_000 * 700
    assert pending_count(station.store) == 0
    assert station.funds(card).balance_fen == 10_000_000 - 3_000 * 700


def _host_port(url: str) -> tuple[str, int]:
    parsed = make_url(url)
    return parsed.host, parsed.port or 5432


def test_a_batch_committed_but_never_acknowledged_is_sent_again_harmlessly(central, make_station):
    card = central.card("8003", top_up_fen=50_000)
    station = make_station()
    station.sync()
    for _ in range(5):
        station.fill(card, 1_000)
    with station.store.write() as session:
        audit.record(session, station_id=station.id, operator="ann", action="card.block", reason="lost")
    station.sync()
    # As if the acknowledgement had been lost: the whole history queued once more.
    with station.store.write() as session:
        session.execute(text("INSERT INTO sync_outbox (kind, row_id, queued_at) SELECT 'ledger', id, '2026-01-01 00:00:00.000000' FROM ledger_entries"))
        session.execute(text("INSERT INTO sync_outbox (kind, row_id, queued_at) SELECT 'filling', id, '2026-01-01 00:00:00.000000' FROM fillings"))

    assert station.sync().pushed == 10
    assert _central_counts(central) == (5, 5, 5)
    assert central.scalar("SELECT count(*) FROM audit_log") == 1
    assert _central_balance(central, card) == station.funds(card).balance_fen == 45_000


def test_a_station_offline_for_10000_fillings_then_syncing(central, make_station):
    card = central.card("8004", plate="京A00001", top_up_fen=100_000_000)
    station = make_station()
    station.sync()
    dead = station.url.replace(f":{_host_port(central.url)[1]}/", ":1/")  # nothing listens on port 1
    engine = station.sync_engine(url=dead, offline_limit_fen=10**12)
    with pytest.raises(DBAPIError):
        engine.sync_once()

    _offline_fillings(station, card, 10_000, 1_234)
    assert pending_count(station.store) == 20_000
    assert station.funds(card).balance_fen == 100_000_000 - 10_000 * 1_234

    report = station.sync(offline_limit_fen=10**12)

    assert report.pushed == 20_000
    assert _central_counts(central) == (10_000, 10_000, 10_000)
    assert central.scalar("SELECT sum(amount_fen) FROM fillings") == 10_000 * 1_234
    assert central.scalar("SELECT sum(litres) FROM fillings") == Decimal("12500.000")  # exact, never a float
    assert _central_balance(central, card) == station.funds(card).balance_fen == 100_000_000 - 10_000 * 1_234


def test_offline_a_card_spends_at_most_the_daily_offline_limit_here(central, make_station):
    card = central.card("8005", plate="京A00001", top_up_fen=500_00)
    station = make_station()
    station.sync(offline_limit_fen=300_00)
    assert station.fill(card, 200_00)
    assert station.funds(card).available_fen == 300_00  # online, only the balance counts

    with station.store.write() as session:  # the last success is now longer ago than offline_after
        past = utc_now() - timedelta(hours=2)
        session.execute(update(SyncState).values(last_success_at=past, offline_from=past + timedelta(minutes=30)))
    assert station.funds(card).available_fen == 300_00 - 200_00
    assert station.fill(card, 100_00) and not station.fill(card, 1)
    with station.store.read() as session:  # both debits still wait to be sent
        assert session.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.kind == "ledger")) == 2


def test_any_interleaving_of_spends_syncs_and_lost_acknowledgements_ends_in_agreement(central, make_station):
    """A seeded random walk over what stations and head office do; at the end everyone agrees with the ledger."""
    rng = random.Random(7)
    card = central.card("8009", top_up_fen=200_000)
    stations = [make_station(), make_station()]
    for s in stations:
        s.sync()
    expected = 200_000
    for _ in range(120):
        station = rng.choice(stations)
        step = rng.random()
        if step < 0.45:
            amount = rng.randint(1, 50) * 100
            if station.fill(card, amount):
                expected -= amount
        elif step < 0.55:
            with station.store.write() as session:
                ledger.top_up(session, card, 1_000, station_id=station.id)
            expected += 1_000
        elif step < 0.65:
            with central.engine.begin() as c:
                masterdata.top_up(c, card, 2_000)
            expected += 2_000
        elif step < 0.9:
            station.sync()
            # Just synced: this station's view is central's balance exactly.
            assert station.funds(card).balance_fen == _central_balance(central, card)
        else:  # committed at central, acknowledgement lost: the same entries come again
            station.sync()
            with station.store.write() as session:
                session.execute(text(
                    "INSERT INTO sync_outbox (kind, row_id, queued_at) SELECT 'ledger', id, '2026-01-01 00:00:00.000000' "
                    "FROM ledger_entries ORDER BY created_at DESC LIMIT 3"
                ))
    for s in stations + stations:
        s.sync()

    assert _central_balance(central, card) == expected
    assert central.scalar("SELECT sum(amount_fen) FROM ledger_entries") == expected
    assert [s.funds(card).balance_fen for s in stations] == [expected, expected]


def test_how_a_top_up_was_paid_reaches_head_office(central, make_station):
    from console.central.schema import ledger_entries
    from console.store.models import PaymentMethod

    card = central.card("777")
    station = make_station()
    station.sync()
    with station.store.write() as session:
        entry = ledger.top_up(session, card, 30_000, station_id=station.id, operator="li", payment_method=PaymentMethod.BANK_CARD)
    station.sync()
    with central.engine.connect() as c:
        method = c.execute(select(ledger_entries.c.payment_method).where(ledger_entries.c.id == entry.id)).scalar_one()
    assert method == PaymentMethod.BANK_CARD.value


def test_a_car_park_stay_reaches_head_office_once_closed(central, make_station):
    from dataclasses import replace
    from datetime import timedelta

    from console.central.schema import parking_sessions
    from console.config import Config
    from console.gates import sessions
    from drivers.plates.syntax import normalize_plate

    card = central.card("888", plate="京A55555", top_up_fen=10_000)
    station = make_station()
    station.sync()
    entered = sessions.open_stay(station.store, station_id=station.id, lane=5, plate="京A55555", vehicle_class="small",
                                 at=utc_now() - timedelta(hours=2))
    assert station.sync().pushed == 1  # the entry only, so the chain's other exits can find the car
    config = replace(Config(), station=replace(Config().station, id=station.id))
    paid = sessions.pay_and_close(station.store, config, lane=6, plate=normalize_plate("京A55555"), fee_fen=800, breakdown=[], at=utc_now())
    assert paid.paid_by == "card"
    station.sync()
    with central.engine.connect() as c:
        row = c.execute(select(parking_sessions).where(parking_sessions.c.id == entered.session_id)).one()
    assert (row.status, row.fee_fen, row.paid_by, row.station_id) == ("closed", 800, "card", station.id)
    assert _central_balance(central, card) == 10_000 - 800
