"""Similarity of two plate texts."""

from __future__ import annotations


def char_accuracy(read: str, truth: str) -> float:
    """1 - edit distance / length of the truth, floored at 0."""
    prev = list(range(len(read) + 1))
    for i, t in enumerate(truth, 1):
        cur = [i]
        for j, r in enumerate(read, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (t != r)))
        prev = cur
    return max(0.0, 1 - prev[-1] / max(1, len(truth)))
