"""Constrained CTC decoding finds the likeliest *valid* plate in the recogniser's output."""

from __future__ import annotations

import numpy as np

from drivers.plates import ctc

CHARSET = ["", "京", "A", "O", "0", "1", "2", "·"]
PROVINCE = np.array([1])
LETTER = np.array([2])
SERIAL = np.array([4, 5, 6])  # 0 1 2: no O


def _probs(frames: list[dict[int, float]]) -> np.ndarray:
    p = np.full((len(frames), len(CHARSET)), 1e-4)
    for t, f in enumerate(frames):
        for c, v in f.items():
            p[t, c] = v
        p[t] /= p[t].sum()
    return p


def test_an_o_where_only_digits_may_stand_decodes_as_zero() -> None:
    probs = _probs([{1: 0.9}, {0: 0.9}, {2: 0.9}, {7: 0.8}, {3: 0.6, 4: 0.3}, {0: 0.9}, {5: 0.9}])
    assert ctc.greedy(probs, CHARSET).text == "京A·O1"
    out = ctc.constrained(probs, [PROVINCE, LETTER, SERIAL, SERIAL], CHARSET)
    assert out is not None and out.text == "京A01"
    assert len(out.char_confidences) == 4


def test_a_repeated_character_needs_a_blank_between() -> None:
    probs = _probs([{1: 0.9}, {2: 0.9}, {5: 0.9}, {5: 0.9}, {0: 0.9}, {5: 0.9}])
    out = ctc.constrained(probs, [PROVINCE, LETTER, SERIAL, SERIAL], CHARSET)
    assert out is not None and out.text == "京A11"


def test_optional_last_places_allow_shorter_plates() -> None:
    probs = _probs([{1: 0.9}, {2: 0.9}, {4: 0.9}, {0: 0.9}])
    out = ctc.constrained(probs, [PROVINCE, LETTER, SERIAL, SERIAL], CHARSET, min_len=3)
    assert out is not None and out.text == "京A0"


def test_too_few_frames_for_a_plate_gives_nothing() -> None:
    probs = _probs([{1: 0.9}, {2: 0.9}])
    assert ctc.constrained(probs, [PROVINCE, LETTER, SERIAL, SERIAL], CHARSET) is None


def test_relabel_keeps_segments_and_picks_allowed_classes() -> None:
    probs = _probs([{1: 0.9}, {2: 0.9}, {3: 0.6, 4: 0.35}])
    spans = ctc.segments(probs, np.arange(len(CHARSET)))
    assert [CHARSET[c] for c, _, _ in spans] == ["京", "A", "O"]
    assert ctc.relabel(probs, spans, [PROVINCE, LETTER, SERIAL], CHARSET).text == "京A0"
