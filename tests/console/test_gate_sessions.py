"""A car park's stays in the store: entered, paid once at the exit, never twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from console.config import Config
from console.demo import seed
from console.gates import sessions
from console.store.charge_models import ChargeRequest
from console.store.models import EntryKind, LedgerEntry, ParkingSession, SessionStatus
from drivers.plates.syntax import normalize_plate

ENTRY = datetime(2026, 12, 1, 0, 50, tzinfo=UTC)  # 08:50 in Shanghai


@pytest.fixture
def station(store):
    with store.write() as session:
        seed(session, station_id="demo")
    return store


def debits(store) -> list[LedgerEntry]:
    with store.read() as session:
        return list(session.scalars(select(LedgerEntry).where(LedgerEntry.kind.in_((EntryKind.PARKING, EntryKind.TOLL)))))


def test_a_stay_is_charged_once_at_the_exit_and_the_phone_on_duty_gets_the_charge(station):
    config = Config()
    entered = sessions.open_stay(station, station_id="demo", lane=5, plate="京A12345", vehicle_class="small", at=ENTRY)
    assert not entered.second_entry
    paid = sessions.pay_and_close(station, config, lane=6, plate=normalize_plate("京A12345"), fee_fen=1_200,
                                  breakdown=[{"band": "day"}], at=ENTRY + timedelta(hours=3))
    assert (paid.fee_fen, paid.paid_by, paid.already) == (1_200, "card", False)
    assert paid.phone == "+8613900000002"  # 李师傅's slot holds 11:50 local
    assert [d.amount_fen for d in debits(station)] == [-1_200]
    with station.read() as session:
        charge = session.get(ChargeRequest, paid.session_id)
        assert charge.payload["kind"] == "parking" and charge.payload["amount"] == "12.00"
        assert session.get(ParkingSession, paid.session_id).status is SessionStatus.CLOSED
    assert paid.balance_fen == 500_000 - 1_200


def test_the_plate_read_again_after_paying_opens_without_a_second_fee(station):
    """A restart between the charge and the barrier, or the camera reading the plate again."""
    config = Config()
    sessions.open_stay(station, station_id="demo", lane=5, plate="京A12345", vehicle_class="small", at=ENTRY)
    plate = normalize_plate("京A12345")
    at = ENTRY + timedelta(hours=1)
    first = sessions.pay_and_close(station, config, lane=6, plate=plate, fee_fen=400, breakdown=[], at=at)
    again = sessions.pay_and_close(station, config, lane=6, plate=plate, fee_fen=400, breakdown=[], at=at + timedelta(minutes=2))
    assert again.already and again.session_id == first.session_id
    assert [d.amount_fen for d in debits(station)] == [-400]
    with station.read() as session:
        assert session.scalar(select(func.count()).select_from(ChargeRequest)) == 1


def test_a_second_entry_without_an_exit_keeps_one_stay(station):
    first = sessions.open_stay(station, station_id="demo", lane=5, plate="京A12345", vehicle_class="small", at=ENTRY)
    second = sessions.open_stay(station, station_id="demo", lane=5, plate="京A12345", vehicle_class="small", at=ENTRY + timedelta(hours=2))
    assert second.second_entry and second.session_id == first.session_id
    with station.read() as session:
        assert session.scalar(select(func.count()).select_from(ParkingSession)) == 1


def test_no_stay_and_a_card_that_cannot_pay_are_refused_and_write_nothing(station):
    config = Config()
    with pytest.raises(sessions.NoSession):
        sessions.pay_and_close(station, config, lane=6, plate=normalize_plate("京A12345"), fee_fen=400, breakdown=[], at=ENTRY)
    sessions.open_stay(station, station_id="demo", lane=5, plate="沪B67890", vehicle_class="small", at=ENTRY)  # ¥30 on the card
    with pytest.raises(sessions.CannotPay) as refused:
        sessions.pay_and_close(station, config, lane=6, plate=normalize_plate("沪B67890"), fee_fen=4_000, breakdown=[],
                               at=ENTRY + timedelta(hours=20))
    assert refused.value.why == "insufficient"
    assert debits(station) == []
    with station.read() as session:
        assert sessions.open_stay_of(session, "沪B67890") is not None  # still open: the booth decides
    # The booth takes the fee another way: closed by hand, the card untouched.
    paid = sessions.pay_and_close(station, config, lane=6, plate=normalize_plate("沪B67890"), fee_fen=4_000, breakdown=[],
                                  at=ENTRY + timedelta(hours=20), paid_by="booth", operator="cashier", reason="paid cash")
    assert paid.paid_by == "booth" and debits(station) == []


def test_a_toll_pass_is_charged_at_once_and_only_once(station):
    config = Config()
    plate = normalize_plate("粤BD12345")
    paid = sessions.pay_and_close(station, config, lane=7, plate=plate, fee_fen=1_000, breakdown=[], at=ENTRY, kind="toll")
    again = sessions.pay_and_close(station, config, lane=7, plate=plate, fee_fen=1_000, breakdown=[], at=ENTRY,
                                   kind="toll", stay_id=paid.session_id)
    assert again.already
    assert [(d.kind, d.amount_fen) for d in debits(station)] == [(EntryKind.TOLL, -1_000)]
