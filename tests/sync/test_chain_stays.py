"""A car that enters one station's car park and leaves by another station's exit: one stay, one
fee, taken at the exit, and the entry station sees the car gone."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import func, select

from console.central.schema import chain_stays, ledger_entries, parking_sessions
from console.config import Config
from console.gates import sessions
from console.store.models import ParkingSession, SessionStatus
from console.store.sync_models import ChainStay
from console.timeutil import utc_now
from drivers.plates.syntax import normalize_plate

PLATE = "京A55555"


def _config(station):
    return replace(Config(), station=replace(Config().station, id=station.id))


def _enter(station, hours_ago: float = 2):
    return sessions.open_stay(station.store, station_id=station.id, lane=5, plate=PLATE, vehicle_class="small",
                              at=utc_now() - timedelta(hours=hours_ago))


def _leave(station, fee_fen: int = 800):
    with station.store.read() as session:
        stay = sessions.stay_to_leave(session, PLATE)
        stay_id = stay.id if stay is not None else None
    return sessions.pay_and_close(station.store, _config(station), lane=6, plate=normalize_plate(PLATE), fee_fen=fee_fen,
                                  breakdown=[], at=utc_now(), stay_id=stay_id)


def _local(station, stay_id) -> ParkingSession:
    with station.store.read() as session:
        return session.get(ParkingSession, stay_id)


def test_a_car_entering_at_one_station_leaves_by_anothers_exit_and_pays_once_there(central, make_station):
    card = central.card("888", plate=PLATE, top_up_fen=10_000)
    north, south = make_station(), make_station()
    north.sync(), south.sync()

    entered = _enter(north)
    assert north.sync().pushed == 1  # the entry goes to head office as it happens
    south.sync()
    with south.store.read() as session:
        found = sessions.stay_to_leave(session, PLATE)
    assert found is not None and found.id == entered.session_id and found.station_id == north.id

    paid = _leave(south)
    assert (paid.session_id, paid.fee_fen, paid.paid_by, paid.already) == (entered.session_id, 800, "card", False)
    south.sync()
    with central.engine.connect() as c:
        row = c.execute(select(parking_sessions).where(parking_sessions.c.id == entered.session_id)).one()
        ended = c.execute(select(chain_stays).where(chain_stays.c.id == entered.session_id)).one()
        fees = c.scalar(select(func.count()).select_from(ledger_entries).where(ledger_entries.c.kind == "parking"))
    assert (row.station_id, row.entry_station_id, row.status, row.fee_fen) == (south.id, north.id, "closed", 800)
    assert (ended.deleted, ended.left_station_id) == (True, south.id)
    assert fees == 1
    assert central.scalar("SELECT balance_fen FROM card_balances WHERE card_id = :c", c=card) == 10_000 - 800

    # The entry station learns the car is gone: its stay is over, paid elsewhere, and never sent back.
    north.sync()
    at_north = _local(north, entered.session_id)
    assert (at_north.status, at_north.paid_by, at_north.reason) == (SessionStatus.CLOSED, "elsewhere", f"left at {south.id}")
    assert north.sync().pushed == 0
    with central.engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(parking_sessions)) == 1

    # A second read at the exit finds the fee paid moments ago, and nobody can let the car out of it again.
    south.sync()
    again = _leave(south)
    assert again.already and again.fee_fen == 800
    with north.store.read() as session:
        assert sessions.stay_to_leave(session, PLATE) is None
    with south.store.read() as session:
        assert session.scalar(select(func.count()).select_from(ChainStay)) == 0


def test_a_stay_begun_and_ended_offline_is_never_open_for_the_rest_of_the_chain(central, make_station):
    central.card("888", plate=PLATE, top_up_fen=10_000)
    north, south = make_station(), make_station()
    north.sync(), south.sync()
    entered = _enter(north)
    _leave(north)  # both before the link came back
    assert north.sync().pushed >= 2
    south.sync()
    with south.store.read() as session:
        assert sessions.stay_to_leave(session, PLATE) is None
    with central.engine.connect() as c:
        ended = c.execute(select(chain_stays).where(chain_stays.c.id == entered.session_id)).one()
        row = c.execute(select(parking_sessions).where(parking_sessions.c.id == entered.session_id)).one()
    assert (ended.deleted, ended.left_station_id, row.entry_station_id) == (True, north.id, None)


def test_a_station_cannot_end_another_stations_entry_by_writing_to_the_chain(central, make_station):
    """The chain's open stays are read by all and written by their own station only."""
    import uuid

    import pytest
    from sqlalchemy.exc import DBAPIError

    north, south = make_station(), make_station()
    north.sync(), south.sync()
    entered = _enter(north)
    north.sync()
    engine = central.station_engine(central.add_station("intruder"))
    with pytest.raises(DBAPIError):
        with engine.begin() as c:
            c.execute(chain_stays.update().where(chain_stays.c.id == entered.session_id).values(deleted=True))
    with pytest.raises(DBAPIError):
        with engine.begin() as c:
            c.execute(chain_stays.insert().values(id=uuid.uuid4(), station_id=north.id, plate="京B00000", vehicle_class="small",
                                                  entered_at=utc_now(), created_at=utc_now()))
    with engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(chain_stays).where(~chain_stays.c.deleted)) == 1
