"""DART application level: transaction layouts, packed BCD, decimal positions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.pumps.dart import line
from drivers.pumps.dart import messages as m
from drivers.pumps.dart.decimals import Decimals, DecimalsError
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


@pytest.mark.parametrize(
    "bad",
    ["01", "01 02 05", "02 04 00 00 00 01", "03 04 00 0A 00 01", "01 01 03", "07 03 02 02 02", "65 05 01 00 00 00 01"],
)
def test_a_transaction_that_cannot_be_read_is_skipped_not_the_block(bad: str) -> None:
    # Each bad transaction between two good ones: the good ones still come through.
    block = H("01 01 04") + H(bad) + H("03 04 00 07 89 11") if bad != "01" else H("01 01 04 " + bad)
    out = m.decode_from_pump(block)
    assert out[0] == m.DC1(PumpStatus.FILLING)
    assert any(isinstance(t, m.Unknown) and t.reason for t in out)
    if bad not in ("01", "01 02 05"):  # a broken LNG ends the readable part of the block
        assert out[-1] == m.DC3(789, 1, True)


def test_a_field_pumps_six_byte_dc101_gives_its_total() -> None:
    assert m.decode_from_pump(H("65 06 11 00 00 12 34 56 01 01 05")) == [
        m.DC101(counter=0x11, total=123456),
        m.DC1(PumpStatus.FILLING_COMPLETED),
    ]


def test_longer_transactions_are_read_for_the_fields_the_spec_lays_out() -> None:
    assert m.decode_from_pump(H("01 02 02 00 03 05 00 07 89 11 FF")) == [
        m.DC1(PumpStatus.AUTHORISED),
        m.DC3(789, 1, True),
    ]


def test_dc7_gives_the_pumps_decimal_positions() -> None:
    # Spec §3.2.5: 22 reserved bytes, DPVOL DPAMO DPUNP, then MAMO and the grades (LNG 51).
    data = bytes(range(22)) + bytes([3, 1, 3]) + bytes(26)
    (dc7,) = m.decode_from_pump(bytes([0x07, len(data)]) + data)
    assert dc7 == m.DC7(Decimals(volume=3, amount=1, price=3))
    encoded = m.encode_block([dc7])
    assert encoded[:2] == bytes([0x07, 51]) and encoded[2 + 22 : 2 + 25] == bytes([3, 1, 3])


def test_dc7_with_decimals_outside_the_spec_is_skipped() -> None:
    data = bytes(22) + bytes([9, 1, 3]) + bytes(26)
    (out,) = m.decode_from_pump(bytes([0x07, len(data)]) + data)
    assert isinstance(out, m.Unknown) and "volume decimals 9" in out.reason


@pytest.mark.parametrize("bad", ["01", "01 02 05", "04 04 00 0A 00 01", "05 04 00 07 89 00"])
def test_the_pump_side_refuses_a_block_it_cannot_read(bad: str) -> None:
    with pytest.raises(m.MessageError):
        m.decode_to_pump(H(bad))


@given(st.integers(0, 99_999_999))
def test_bcd_round_trips(value: int) -> None:
    assert m.bcd_decode(m.bcd_encode(value, 4)) == value


def test_bcd_refuses_what_does_not_fit() -> None:
    with pytest.raises(m.MessageError):
        m.bcd_encode(100_000_000, 4)


def test_decimal_positions_turn_raw_values_into_litres_and_yuan() -> None:
    d = Decimals(volume=3, amount=1, price=3)
    assert d.litres(12345) == Decimal("12.345")
    assert d.yuan(1234) == Decimal("123.4")
    assert d.unit_price(7895) == Decimal("7.895")
    assert d.raw_price(Decimal("7.89")) == 7890
    # A preset of 20.00 yuan is 200 tenths, not 2000: the tenfold overfill of the field report.
    assert d.raw_amount(2000) == 200
    assert d.raw_volume(Decimal("20.00")) == 20000


def test_a_preset_never_exceeds_what_was_asked() -> None:
    whole_yuan = Decimals(volume=2, amount=0, price=2)
    assert whole_yuan.raw_amount(43753) == 437
    assert Decimals(volume=1).raw_volume(Decimal("10.09")) == 100


def test_a_price_the_pump_cannot_show_is_refused_not_rounded() -> None:
    with pytest.raises(DecimalsError, match="more decimals"):
        Decimals(price=1).raw_price(Decimal("7.89"))


@pytest.mark.parametrize("volume,amount,price", [(9, 2, 2), (2, 9, 2), (2, 2, 5), (-1, 2, 2)])
def test_decimals_outside_the_spec_are_refused(volume: int, amount: int, price: int) -> None:
    with pytest.raises(DecimalsError):
        Decimals(volume, amount, price)


def test_decimals_are_given_as_volume_amount_price() -> None:
    assert Decimals.parse("3,1,3") == Decimals(3, 1, 3)
    assert str(Decimals(3, 1, 3)) == "3,1,3"
    with pytest.raises(DecimalsError, match="VOLUME,AMOUNT,PRICE"):
        Decimals.parse("3.1.3")


@given(st.integers(0, 8), st.integers(0, 8), st.integers(0, 99_999_999))
def test_amounts_convert_without_loss(volume: int, amount: int, raw: int) -> None:
    d = Decimals(volume, amount, 2)
    assert d.litres(raw).scaleb(volume) == raw
    assert d.yuan(raw).scaleb(amount) == raw


def test_a_captured_six_byte_dc101_from_a_wayne_pump_decodes() -> None:
    # Captured from a Wayne pump under a USC controller (docs/protocols/dart.md, [USC]).
    frame = line.parse_chunk(H("50 36 65 06 01 00 00 01 06 34 8E 91 03 FA"))
    assert isinstance(frame, line.Frame) and frame.tx == 6
    assert m.decode_from_pump(frame.payload) == [m.DC101(counter=1, total=10634)]
