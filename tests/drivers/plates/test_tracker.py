"""One event per vehicle: votes across frames, no repeats while it stays."""

from __future__ import annotations

from drivers.plates.syntax import PlateKind
from drivers.plates.tracker import PlateTracker, TrackState, vote
from drivers.plates.types import PlateRead


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _read(text: str, conf: float = 0.9, weak_at: int | None = None) -> PlateRead:
    confs = tuple(0.3 if i == weak_at else conf for i in range(len(text)))
    return PlateRead(text, min(confs), (10, 10, 90, 24), PlateKind.STANDARD, "test", 5.0, confs)


def test_the_vote_outweighs_a_single_misread() -> None:
    result = vote([_read("京A12345"), _read("京A12346", weak_at=6), _read("京A12345")])
    assert result is not None and result.text == "京A12345"


def test_a_car_read_in_several_frames_gives_one_event_and_no_repeat() -> None:
    clock = FakeClock()
    tracker = PlateTracker("lane1", clock=clock)
    events = []
    for text in ["京A12345", "京A12346", "京A12345", "京A12345", "京A12345"]:
        clock.advance(0.1)
        events += tracker.update([_read(text, weak_at=6 if text.endswith("6") else None)])
    assert [e.plate for e in events] == ["京A12345"]
    assert events[0].reason == "confident" and events[0].lane == "lane1"
    for _ in range(20):  # the car stays at the pump
        clock.advance(0.1)
        assert tracker.update([_read("京A12345")]) == []
    assert tracker.state is TrackState.EMITTED


def test_a_doubtful_plate_is_emitted_with_its_best_guess_after_the_timeout() -> None:
    clock = FakeClock()
    tracker = PlateTracker("lane2", clock=clock, timeout=3.0)
    assert tracker.update([_read("沪B67890", conf=0.4)]) == []
    clock.advance(1.0)
    assert tracker.tick() == []
    clock.advance(2.5)
    events = tracker.tick()
    assert [(e.plate, e.reason) for e in events] == [("沪B67890", "timeout")]


def test_after_the_car_leaves_the_same_plate_coming_back_is_a_new_event() -> None:
    clock = FakeClock()
    tracker = PlateTracker("lane1", clock=clock, min_reads=2)
    events = []
    for _ in range(3):
        clock.advance(0.1)
        events += tracker.update([_read("京A12345", conf=0.99)])
    clock.advance(5.0)
    assert tracker.tick() == [] and tracker.state is TrackState.IDLE
    for _ in range(3):
        clock.advance(0.1)
        events += tracker.update([_read("京A12345", conf=0.99)])
    assert [e.plate for e in events] == ["京A12345", "京A12345"]


def test_a_different_car_pulling_in_gets_its_own_event() -> None:
    clock = FakeClock()
    tracker = PlateTracker("lane1", clock=clock, min_reads=2)
    events = []
    for text in ["京A12345"] * 3 + ["粤BD12345"] * 3:
        clock.advance(0.1)
        events += tracker.update([_read(text, conf=0.99)])
    assert [e.plate for e in events] == ["京A12345", "粤BD12345"]
    assert events[1].kind is PlateKind.NEW_ENERGY_SMALL


def test_invalid_reads_are_ignored() -> None:
    clock = FakeClock()
    tracker = PlateTracker("lane1", clock=clock)
    bad = PlateRead("HELLO", 0.9, (0, 0, 1, 1), PlateKind.STANDARD, "t", 1.0, valid=False)
    assert tracker.update([bad]) == [] and tracker.state is TrackState.IDLE
