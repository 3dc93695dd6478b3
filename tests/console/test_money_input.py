"""Money as a cashier types it: only what a cashier means is accepted, and it round-trips."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.money import InvalidAmount, format_yuan, parse_yuan

ALLOWED = re.compile(r"-?[0-9]{1,10}(\.[0-9]{0,2})?")
FULL_WIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")


@pytest.mark.parametrize("typed,fen", [("500", 50000), ("500.5", 50050), ("500.50", 50050), ("０.５", 50), ("１００", 10000), (" 7 ", 700)])
def test_what_a_cashier_means_is_accepted(typed: str, fen: int) -> None:
    assert parse_yuan(typed) == fen


@pytest.mark.parametrize(
    "typed,says",
    [
        ("12,34", "digits with at most two decimals"),  # a comma is a thousands separator to some, a point to others
        ("1e3", "digits with at most two decimals"),
        ("1_000", "digits with at most two decimals"),
        ("99999999999999", "larger than any amount"),
        ("1e20", "digits with at most two decimals"),
        ("0.001", "more than two decimals"),
        ("", "digits with at most two decimals"),
        ("NaN", "digits with at most two decimals"),
        ("①", "digits with at most two decimals"),
        ("٣", "digits with at most two decimals"),  # an Arabic-Indic three is a digit to Python, not to a cashier
        ("-5", "negative"),
    ],
)
def test_anything_else_is_refused_saying_what_is_allowed(typed: str, says: str) -> None:
    with pytest.raises(InvalidAmount, match=says):
        parse_yuan(typed)


@given(st.text(max_size=20))
def test_no_text_crashes_and_only_the_allowed_forms_pass(text: str) -> None:
    try:
        fen = parse_yuan(text, allow_negative=True)
    except InvalidAmount:
        assert not ALLOWED.fullmatch(text.strip().translate(FULL_WIDTH))
        return
    assert ALLOWED.fullmatch(text.strip().translate(FULL_WIDTH))
    assert parse_yuan(format_yuan(fen), allow_negative=True) == fen


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_every_amount_round_trips(fen: int) -> None:
    assert parse_yuan(format_yuan(fen)) == fen
    assert parse_yuan(Decimal(fen).scaleb(-2)) == fen
