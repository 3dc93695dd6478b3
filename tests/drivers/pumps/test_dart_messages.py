"""DART application level: transaction layouts, packed BCD, decimal positions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.pumps.dart import messages as m
from drivers.pumps.types import PumpStatus

H = bytes.fromhex


def test_a_captured_pump_block_decodes_to_dc2_dc3_dc1_dc101() -> None:
    # Payload of the captured frame "50 3E 02 08 ... 39 10 FA 03 FA" (docs/protocols/dart.md).
    block = H(
        "02 08 00 00 00 00 00 00 00 00 03 04 00 99 07 07 01 01 05 65 10 01 13 36 38 49 66"
        " 13 36 38 49 66 00 00 00 00 00"
    )
    assert m.decode_from_pump(block) == [
        m.DC2(volume=0, amount=0),
        m.DC3(price=9907, nozzle=7, nozzle_out=False),
        m.DC1(PumpStatus.FILLING_COMPLETED),
        m.DC101(counter=1, total=1336384966, meter1_or_fillings=1336384966, meter2=0),
    ]


@pytest.mark.parametrize(
    "transactions,wire",
    [
        ([m.CD1(m.Command.RETURN_STATUS)], "01 01 00"),
        ([m.CD1(m.Command.AUTHORIZE)], "01 01 06"),
        ([m.CD2((1, 2, 3))], "02 03 01 02 03"),
        ([m.CD3(4000)], "03 04 00 00 40 00"),
        ([m.CD4(20000)], "04 04 00 02 00 00"),
        ([m.CD5((789, 845))], "05 06 00 07 89 00 08 45"),
        ([m.CD101(0x19)], "65 01 19"),
        ([m.CD4(20000), m.CD1(m.Command.AUTHORIZE)], "04 04 00 02 00 00 01 01 06"),
    ],
)
def test_controller_transactions_encode_as_the_spec_lays_them_out(transactions, wire: str) -> None:
    assert m.encode_block(transactions).hex(" ") == wire
    assert m.decode_to_pump(H(wire)) == transactions


def test_the_worked_filling_blocks_decode() -> None:
    assert m.decode_to_pump(H("04 04 00 02 00 00 01 01 06")) == [m.CD4(20000), m.CD1(m.Command.AUTHORIZE)]
    assert m.decode_from_pump(H("03 04 00 07 89 11")) == [m.DC3(789, 1, True)]
    assert m.decode_from_pump(H("02 08 00 00 25 34 00 02 00 00 01 01 06")) == [
        m.DC2(2534, 20000),
        m.DC1(PumpStatus.MAX_REACHED),
    ]


def test_dc3_nozzle_byte_carries_nozzle_and_out_bit() -> None:
    assert m.decode_from_pump(H("03 04 00 07 89 12")) == [m.DC3(789, 2, True)]
    assert m.decode_from_pump(H("03 04 00 07 89 10")) == [m.DC3(789, 0, True)]


def test_unknown_transactions_are_skipped_by_their_length() -> None:
    out = m.decode_from_pump(H("09 05 12 34 56 78 90 01 01 01"))
    assert out == [m.Unknown(0x09, H("12 34 56 78 90")), m.DC1(PumpStatus.RESET)]


@pytest.mark.parametrize("bad", ["01", "01 02 05", "02 08 00 00", "03 04 00 0A 00 01", "01 01 03"])
def test_malformed_blocks_raise_message_error(bad: str) -> None:
    with pytest.raises(m.MessageError):
        m.decode_from_pump(H(bad))


@given(st.integers(0, 99_999_999))
def test_bcd_round_trips(value: int) -> None:
    assert m.bcd_decode(m.bcd_encode(value, 4)) == value


def test_bcd_refuses_what_does_not_fit() -> None:
    with pytest.raises(m.MessageError):
        m.bcd_encode(100_000_000, 4)


def test_decimal_positions_turn_raw_values_into_litres_and_fen() -> None:
    d = m.Decimals(volume=3, amount=1, price=2)
    assert d.litres(12345) == Decimal("12.345")
    assert d.fen(1234) == 12340
    assert d.raw_amount(20000) == 2000
    with pytest.raises(ValueError):
        d.raw_amount(20001)
    with pytest.raises(ValueError):
        m.Decimals(amount=3)
