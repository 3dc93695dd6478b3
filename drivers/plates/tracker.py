"""Multi-frame voting: one plate event per vehicle in a lane.

A lane camera reads the same plate in many frames, some wrongly.  The tracker
groups the reads of one vehicle, votes per character weighted by each read's
per-character confidence, and emits one event as soon as the vote is
confident (or the best it has once ``timeout`` passes).  While the vehicle
stays, no event repeats; after no read for ``gone_after`` seconds the lane is
free again.  Time comes from an injected clock, so tests never sleep.

    state     event                          -> new state, action
    idle      read                           -> voting (start a vehicle)
    voting    read, vote confident           -> emitted, emit "confident"
    voting    tick, timeout since first read -> emitted, emit "timeout"
    voting    read of a different plate      -> voting (restart with it)
    emitted   read of the same vehicle       -> emitted (ignored)
    emitted   read of a different plate      -> voting (a new vehicle)
    any       tick, nothing for gone_after   -> idle
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from drivers.plates.syntax import InvalidPlate, PlateKind, normalize_plate
from drivers.plates.textdist import char_accuracy
from drivers.plates.types import PlateRead

#: Reads at least this similar (1 - edit distance / length) belong to one vehicle.
SAME_VEHICLE = 0.6


class TrackState(StrEnum):
    IDLE = "idle"
    VOTING = "voting"
    EMITTED = "emitted"


@dataclass(frozen=True, slots=True)
class PlateEvent:
    lane: str
    plate: str
    confidence: float
    kind: PlateKind
    char_confidences: tuple[float, ...]
    reads: int
    first_seen: float
    at: float
    #: "confident" when the vote decided, "timeout" when time ran out first.
    reason: str
    best: PlateRead


@dataclass
class _Vehicle:
    first_seen: float
    last_seen: float
    reads: list[PlateRead] = field(default_factory=list)
    emitted: str | None = None


@dataclass(frozen=True, slots=True)
class Vote:
    text: str
    char_confidences: tuple[float, ...]
    confidence: float


def vote(reads: Iterable[PlateRead]) -> Vote | None:
    """Per-character vote among reads of the most supported length.

    A character's confidence is the share of the confidence mass behind it,
    so three agreeing reads at 0.8 beat one read at 0.99.
    """
    reads = [r for r in reads if r.text]
    if not reads:
        return None
    by_length: Counter[int] = Counter()
    for r in reads:
        by_length[len(r.text)] += r.confidence
    length = by_length.most_common(1)[0][0]
    same = [r for r in reads if len(r.text) == length]
    text, confs = [], []
    for i in range(length):
        mass: defaultdict[str, float] = defaultdict(float)
        for r in same:
            c = r.char_confidences[i] if len(r.char_confidences) == length else r.confidence
            mass[r.text[i]] += c
        best = max(mass, key=mass.__getitem__)
        text.append(best)
        # Support beyond one read counts: a single read can never be fully sure.
        confs.append(mass[best] / (sum(mass.values()) + 0.5))
    return Vote("".join(text), tuple(confs), min(confs))


class PlateTracker:
    """Votes the reads of one lane's camera into plate events."""

    def __init__(
        self,
        lane: str,
        clock: Callable[[], float] = time.monotonic,
        confident: float = 0.75,
        min_reads: int = 3,
        timeout: float = 3.0,
        gone_after: float = 2.0,
    ) -> None:
        self.lane = lane
        self._clock = clock
        self.confident = confident
        self.min_reads = min_reads
        self.timeout = timeout
        self.gone_after = gone_after
        self._vehicle: _Vehicle | None = None

    @property
    def state(self) -> TrackState:
        if self._vehicle is None:
            return TrackState.IDLE
        return TrackState.EMITTED if self._vehicle.emitted else TrackState.VOTING

    def update(self, reads: Iterable[PlateRead]) -> list[PlateEvent]:
        """Feed the valid reads of one frame; returns events to act on (usually none)."""
        now = self._clock()
        events = self.tick()
        for read in reads:
            if not read.valid or not read.text:
                continue
            v = self._vehicle
            if v is not None and not self._same_vehicle(v, read):
                # A different plate: the lane holds a new vehicle.  An undecided
                # one still deserves its best guess before it is dropped.
                if v.emitted is None:
                    events.extend(self._emit(v, now, "replaced"))
                v = None
            if v is None:
                v = self._vehicle = _Vehicle(first_seen=now, last_seen=now)
            v.reads.append(read)
            v.last_seen = now
            if v.emitted is None:
                events.extend(self._decide(v, now))
        return events

    def tick(self) -> list[PlateEvent]:
        """Call when a frame had no reads (or periodically): handles timeouts and departures."""
        now = self._clock()
        v = self._vehicle
        if v is None:
            return []
        events: list[PlateEvent] = []
        if v.emitted is None and now - v.first_seen >= self.timeout:
            events.extend(self._emit(v, now, "timeout"))
        if now - v.last_seen >= self.gone_after:
            if v.emitted is None:
                events.extend(self._emit(v, now, "timeout"))
            self._vehicle = None
        return events

    def _same_vehicle(self, v: _Vehicle, read: PlateRead) -> bool:
        ref = v.emitted or (vote(v.reads[-5:]) or Vote("", (), 0)).text
        return char_accuracy(read.text, ref) >= SAME_VEHICLE

    def _decide(self, v: _Vehicle, now: float) -> list[PlateEvent]:
        result = vote(v.reads)
        if result and len(v.reads) >= self.min_reads and result.confidence >= self.confident:
            return self._emit(v, now, "confident")
        if now - v.first_seen >= self.timeout:
            return self._emit(v, now, "timeout")
        return []

    def _emit(self, v: _Vehicle, now: float, reason: str) -> list[PlateEvent]:
        result = vote(v.reads)
        if result is None:
            return []
        v.emitted = result.text
        agreeing = [r for r in v.reads if r.text == result.text]
        best = max(agreeing or v.reads, key=lambda r: r.confidence)
        return [
            PlateEvent(
                lane=self.lane,
                plate=result.text,
                confidence=result.confidence,
                kind=_kind(result.text, best),
                char_confidences=result.char_confidences,
                reads=len(v.reads),
                first_seen=v.first_seen,
                at=now,
                reason=reason,
                best=best,
            )
        ]


def _kind(text: str, best: PlateRead) -> PlateKind:
    try:
        return normalize_plate(text, best.region).kind
    except InvalidPlate:
        return best.kind
