"""A doubtful read resolves to a registered plate only when exactly one fits."""

from __future__ import annotations

from drivers.plates.matching import RegisteredPlates
from drivers.plates.syntax import PlateKind
from drivers.plates.types import PlateRead


def _read(text: str, confs: tuple[float, ...]) -> PlateRead:
    return PlateRead(text, min(confs), (0, 0, 94, 24), PlateKind.STANDARD, "test", 1.0, confs)


STATION = RegisteredPlates(["京A12345", "沪B67890", "沪B67898", "粤BD12345"])


def test_a_registered_plate_matches_as_is() -> None:
    m = STATION.match(_read("京A12345", (0.99,) * 7))
    assert m.registered and not m.resolved and not m.flagged and m.plate == "京A12345"


def test_one_doubtful_character_from_one_registered_plate_resolves_with_the_reason() -> None:
    m = STATION.match(_read("京A12346", (0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.41)))
    assert m.resolved and m.plate == "京A12345" and m.read == "京A12346"
    assert "place 7" in m.reason and "only registered plate" in m.reason
    assert m.confidence <= 0.85


def test_a_confidently_read_difference_is_not_resolved() -> None:
    m = STATION.match(_read("京A12346", (0.99,) * 7))
    assert not m.resolved and m.flagged and m.plate == "京A12346"
    assert "not resolved" in m.reason


def test_two_registered_plates_one_character_away_is_ambiguous() -> None:
    m = STATION.match(_read("沪B67899", (0.99,) * 6 + (0.3,)))
    assert not m.resolved and m.flagged
    assert "2 registered plates" in m.reason


def test_two_characters_away_stays_as_read_and_flagged() -> None:
    m = STATION.match(_read("京A12399", (0.3,) * 7))
    assert m.plate == "京A12399" and m.flagged and m.reason == "not registered"


def test_registered_plates_are_normalised_on_the_way_in() -> None:
    plates = RegisteredPlates(["京a 1234o"])
    assert "京A12340" in plates and len(plates) == 1
