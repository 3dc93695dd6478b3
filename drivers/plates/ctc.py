"""CTC decoding of a recogniser's per-frame character probabilities.

A text recogniser such as PP-OCR outputs, for each horizontal step of the
image, a probability for every character it knows (6 600 of them) plus a
"blank".  Taking the best character at each step (greedy decoding) lets it
answer with characters no plate can hold: the letter O where GA 36 only
issues the digit 0, a '·' separator, a lookalike Chinese character instead of
the province.  Here the best path is searched among paths that spell a valid
plate (a Viterbi search over the CTC lattice constrained position by position),
so a read is the most likely *plate*, not the most likely text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_NEG = -1e30


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    #: Per character, the highest probability the recogniser gave it over its frames.
    char_confidences: tuple[float, ...]
    #: Log-probability of the chosen path; comparable between templates of one image.
    log_prob: float


def greedy(probs: np.ndarray, charset: Sequence[str], allowed: np.ndarray | None = None) -> Decoded:
    """Best class per frame, repeats merged, blanks (class 0) dropped.

    ``allowed`` lists the class indices that may be emitted (blank is always allowed).
    """
    p = probs if allowed is None else probs[:, allowed]
    best = p.argmax(axis=1)
    best_p = p[np.arange(len(p)), best]
    classes = best if allowed is None else allowed[best]
    text: list[str] = []
    confs: list[float] = []
    prev = 0
    for cls, conf in zip(classes.tolist(), best_p.tolist(), strict=True):
        if cls != 0 and cls != prev:
            text.append(charset[cls])
            confs.append(conf)
        elif cls != 0 and confs:
            confs[-1] = max(confs[-1], conf)
        prev = cls
    return Decoded("".join(text), tuple(confs), float(np.log(np.maximum(best_p, 1e-12)).sum()))


def segments(probs: np.ndarray, allowed: np.ndarray) -> list[tuple[int, int, int]]:
    """Greedy CTC segmentation among ``allowed`` classes: (class, first frame, end frame)."""
    best = allowed[probs[:, allowed].argmax(axis=1)]
    out: list[tuple[int, int, int]] = []
    prev = 0
    for t, cls in enumerate(best.tolist()):
        if cls != 0 and cls == prev:
            out[-1] = (cls, out[-1][1], t + 1)
        elif cls != 0:
            out.append((cls, t, t + 1))
        prev = cls
    return out


def relabel(
    probs: np.ndarray,
    spans: Sequence[tuple[int, int, int]],
    positions: Sequence[np.ndarray],
    charset: Sequence[str],
) -> Decoded:
    """Keep the greedy segmentation but give each segment its best class among
    those allowed at its place: the fast path when the length already fits."""
    text: list[str] = []
    confs: list[float] = []
    log_prob = 0.0
    for (_, start, end), allowed in zip(spans, positions, strict=True):
        peak = probs[start:end][:, allowed].max(axis=0)
        j = int(peak.argmax())
        text.append(charset[int(allowed[j])])
        confs.append(float(peak[j]))
        log_prob += float(np.log(max(peak[j], 1e-12)))
    return Decoded("".join(text), tuple(confs), log_prob)


def constrained(
    probs: np.ndarray,
    positions: Sequence[np.ndarray],
    charset: Sequence[str],
    min_len: int | None = None,
) -> Decoded | None:
    """Best CTC path whose text has one class from ``positions[k]`` at place k.

    Texts of ``min_len`` to ``len(positions)`` characters are allowed (the
    last places are optional).  Returns None when no path fits (too few frames).
    """
    n_frames = probs.shape[0]
    n_pos = len(positions)
    min_len = n_pos if min_len is None else min_len
    if n_frames < min_len:
        return None
    # Work on the few classes a plate can hold, not the recogniser's thousands.
    used = np.unique(np.concatenate([np.array([0]), *positions]))
    local = {int(c): i for i, c in enumerate(used)}
    sub = probs[:, used]
    logp = np.log(np.maximum(sub, 1e-12))
    width = max(len(p) for p in positions)
    cls = np.zeros((n_pos, width), dtype=np.int64)
    valid = np.zeros((n_pos, width), dtype=bool)
    for k, p in enumerate(positions):
        cls[k, : len(p)] = [local[int(c)] for c in p]
        valid[k, : len(p)] = True
    # char[k, j]: best path ending on class cls[k, j] as the k-th character;
    # blank[k]: best path ending on a blank after k characters (blank[0]: none yet).
    char = np.full((n_pos, width), _NEG)
    blank = np.full(n_pos + 1, _NEG)
    blank[0] = logp[0, 0]
    char[0] = np.where(valid[0], logp[0, cls[0]], _NEG)
    # Back-pointers: for a char state, 0 = repeat, 1 = from blank, 2 = from a char;
    # for a blank state, -1 = from blank, else the char column it came from.
    char_from = np.zeros((n_frames, n_pos, width), dtype=np.int8)
    char_prev_col = np.zeros((n_frames, n_pos, width), dtype=np.int16)
    blank_from = np.full((n_frames, n_pos + 1), -1, dtype=np.int16)
    rows = np.arange(n_pos)
    for t in range(1, n_frames):
        lp = logp[t]
        best_col = char.argmax(axis=1)
        best_val = char[rows, best_col]
        masked = char.copy()
        masked[rows, best_col] = _NEG
        second_col = masked.argmax(axis=1)
        second_val = masked[rows, second_col]
        best_cls = cls[rows, best_col]
        # A new character at place k comes from place k-1; the same class twice
        # in a row needs a blank between, so it falls back to the runner-up.
        same = cls[1:] == best_cls[:-1, None]
        from_char_val = np.where(same, second_val[:-1, None], best_val[:-1, None])
        from_char_col = np.where(same, second_col[:-1, None], best_col[:-1, None])
        new_char = np.full((n_pos, width), _NEG)
        src = np.zeros((n_pos, width), dtype=np.int8)
        prev_col = np.zeros((n_pos, width), dtype=np.int16)
        # Place 0 can only start from the leading blank.
        cand = np.stack([char, np.broadcast_to(blank[:-1, None], char.shape).copy(), new_char])
        cand[2, 1:] = from_char_val
        src = cand.argmax(axis=0).astype(np.int8)
        prev_col[1:] = from_char_col
        new_char = cand.max(axis=0) + np.where(valid, lp[cls], _NEG)
        new_char = np.where(valid, new_char, _NEG)
        new_blank = np.empty(n_pos + 1)
        new_blank[0] = blank[0] + lp[0]
        stay = blank[1:]
        enter = best_val
        take_enter = enter > stay
        new_blank[1:] = np.where(take_enter, enter, stay) + lp[0]
        blank_from[t, 1:] = np.where(take_enter, best_col, -1)
        char_from[t] = src
        char_prev_col[t] = prev_col
        char, blank = new_char, new_blank
    # Best end state among the allowed lengths.
    best_score, end = _NEG, None
    for length in range(min_len, n_pos + 1):
        if blank[length] > best_score:
            best_score, end = float(blank[length]), ("b", length, 0)
        col = int(char[length - 1].argmax())
        if char[length - 1, col] > best_score:
            best_score, end = float(char[length - 1, col]), ("c", length - 1, col)
    if end is None or best_score <= _NEG / 2:
        return None
    names = [charset[int(c)] for c in used]
    return _backtrack(end, sub, cls, char_from, char_prev_col, blank_from, names, best_score)


def _backtrack(end, probs, cls, char_from, char_prev_col, blank_from, charset, score) -> Decoded:
    kind, k, col = end
    chars: list[int] = []
    confs: list[float] = []
    current: tuple[int, int] | None = None  # (place, column) of the character being read back
    for t in range(probs.shape[0] - 1, -1, -1):
        if kind == "b":
            if t == 0:
                break
            came = int(blank_from[t, k])
            if came >= 0:
                kind, k, col = "c", k - 1, came
            continue
        c = int(cls[k, col])
        if current != (k, col):
            current = (k, col)
            chars.append(c)
            confs.append(float(probs[t, c]))
        else:
            confs[-1] = max(confs[-1], float(probs[t, c]))
        if t == 0:
            break
        came = int(char_from[t, k, col])
        if came == 1:
            kind = "b"
        elif came == 2:
            col = int(char_prev_col[t, k, col])
            k -= 1
            current = None
    chars.reverse()
    confs.reverse()
    return Decoded("".join(charset[c] for c in chars), tuple(confs), score)
