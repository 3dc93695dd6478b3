"""A station's role may add its own records and read master data, and nothing else."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

LEDGER_ROW = (
    "INSERT INTO ledger_entries (id, card_id, kind, amount_fen, station_id, created_at) "
    "VALUES (:id, :card, 'fuel', -100, :station, now())"
)


@pytest.fixture
def two_stations(central):
    card = central.card("7001", top_up_fen=10_000)
    a, b = central.add_station("north-1"), central.add_station("south-2")
    with central.station_engine(b).begin() as c:  # south-2's own, legitimate debit
        c.execute(text(LEDGER_ROW), {"id": uuid.uuid4(), "card": card, "station": "south-2"})
    return central, card, central.station_engine(a)


REFUSED = {
    "changing any ledger row": "UPDATE ledger_entries SET amount_fen = 1",
    "deleting ledger rows": "DELETE FROM ledger_entries",
    "emptying the ledger": "TRUNCATE ledger_entries",
    "reading other stations' entries": "SELECT amount_fen FROM ledger_entries",
    "changing another station's fillings": "UPDATE fillings SET amount_fen = 0 WHERE station_id = 'south-2'",
    "deleting audit rows": "DELETE FROM audit_log",
    "editing master data directly": "UPDATE cards SET status = 'active'",
    "adding a card directly": "INSERT INTO cards (id, card_no, account_id, status, seq) SELECT gen_random_uuid(), 'x', account_id, 'active', 0 FROM cards LIMIT 1",
    "setting a balance": "UPDATE card_balances SET balance_fen = 99999999",
    "creating a table": "CREATE TABLE mine (id int)",
    "creating a role": "CREATE ROLE intruder",
    "settling change requests": "UPDATE change_requests SET status = 'applied'",
}


def test_a_station_is_refused_everything_it_does_not_need(two_stations):
    central, _, station = two_stations
    allowed = []
    for what, statement in REFUSED.items():
        try:
            with station.begin() as c:
                c.execute(text(statement))
            allowed.append(what)
        except DBAPIError as refused:
            assert refused.orig.sqlstate == "42501", (what, refused.orig)  # insufficient_privilege
    assert allowed == []
    assert central.scalar("SELECT count(*) FROM ledger_entries") == 2


def test_a_station_cannot_write_under_another_stations_id(two_stations):
    central, card, station = two_stations
    with pytest.raises(DBAPIError, match="row-level security"):
        with station.begin() as c:
            c.execute(text(LEDGER_ROW), {"id": uuid.uuid4(), "card": card, "station": "south-2"})
    assert central.scalar("SELECT balance_fen FROM card_balances WHERE card_id = :c", c=card) == 10_000 - 100


def test_a_station_adds_its_own_entries_and_reads_master_data(two_stations):
    central, card, station = two_stations
    with station.begin() as c:
        c.execute(text(LEDGER_ROW), {"id": uuid.uuid4(), "card": card, "station": "north-1"})
        assert c.execute(text("SELECT card_no FROM cards")).scalars().all() == ["7001"]
        assert c.execute(text("SELECT balance_fen FROM card_balances")).scalar() == 10_000 - 200


def test_not_even_the_owner_can_rewrite_the_ledger(central):
    central.card("7002", top_up_fen=500)
    with pytest.raises(DBAPIError, match="append-only"):
        with central.engine.begin() as c:
            c.execute(text("UPDATE ledger_entries SET amount_fen = 5000"))
