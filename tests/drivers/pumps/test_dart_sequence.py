"""The TX# policy on its own: which number each attempt at a DATA frame carries."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drivers.pumps.dart.sequence import Answer, Attempts


def test_silence_repeats_the_same_tx_so_the_pumps_duplicate_check_applies() -> None:
    a = Attempts(5, silent_retries=3)
    assert [a.after(Answer.SILENT) for _ in range(4)] == [5, 5, 5, None]


def test_a_nak_is_retried_once_as_is_then_from_zero_then_swept() -> None:
    a = Attempts(5, silent_retries=3)
    tried = [a.after(Answer.NAK) for _ in range(17)]
    assert tried[:3] == [5, 0, 6]
    assert tried[3:15] == [7, 8, 9, 10, 11, 12, 13, 14, 15, 1, 2, 3]
    assert tried[15] == 4 and tried[16] is None  # all sixteen refused: give up


def test_after_an_ack_the_next_frame_takes_the_following_tx() -> None:
    a = Attempts(0xF, silent_retries=0)
    assert a.after(Answer.ACK) is None
    assert a.following == 1 and not a.resynchronised  # the spec's wrap, F → 1


@given(start=st.integers(0, 15), expected=st.integers(0, 15))
def test_a_pump_that_accepts_one_tx_is_always_reached(start: int, expected: int) -> None:
    a = Attempts(start, silent_retries=3)
    tx: int | None = start
    sent = []
    while tx is not None and tx != expected:
        sent.append(tx)
        tx = a.after(Answer.NAK)
    assert tx == expected
    assert len(sent) <= 16
    # Apart from the one repeat of our own TX#, no number is tried twice.
    assert len(set(sent)) == len(sent) - (sent[:2] == [start, start])
    assert a.resynchronised == (expected != start)
