"""Closed-set matching against the station database: the same decisions as
the in-memory index, always current, and every lookup on an index."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from console.domain import accounts
from console.domain.registered_plates import StorePlates
from drivers.plates.matching import RegisteredPlates
from drivers.plates.syntax import PlateKind
from drivers.plates.types import PlateRead

PLATES = ["京A12345", "沪B67890", "沪B67898", "粤BD12345", "苏E5YR23", "浙C510W8"]


def _read(text: str, doubtful_place: int | None = None) -> PlateRead:
    confs = tuple(0.41 if i == doubtful_place else 0.99 for i in range(len(text)))
    return PlateRead(text, min(confs), (0, 0, 94, 24), PlateKind.STANDARD, "test", 1.0, confs)


@pytest.fixture
def station(store):
    with store.write() as session:
        card = accounts.issue_card(session, accounts.add_account(session, "车队"))
        for plate in PLATES:
            accounts.bind_vehicle(session, plate, card)
    return StorePlates(store)


# A read one doubtful character away from a registered plate at every place:
# the province, the letter, the serial's first two, the rest; 7 and 8 characters.
READS = [
    ("皖A12345", 0), ("京B12345", 1), ("京A92345", 2), ("京A19345", 3), ("京A12945", 4),
    ("京A12346", 6), ("粤BD19345", 4), ("粤BD12346", 7), ("沪B67899", 6), ("鲁K7T2W3", None),
    ("苏E5YR23", None), ("浙C510W9", 2), ("浙C510W9", 6),
]


@pytest.mark.parametrize(("read", "doubtful"), READS)
def test_the_database_decides_as_the_in_memory_index(station, read: str, doubtful: int | None) -> None:
    in_memory = RegisteredPlates(PLATES).match(_read(read, doubtful))
    from_db = station.match(_read(read, doubtful))
    assert from_db == in_memory


def test_each_place_resolves_to_the_registered_plate(station) -> None:
    for read, place in [("皖A12345", 0), ("京B12345", 1), ("京A92345", 2), ("京A19345", 3), ("京A12945", 4), ("京A12395", 5)]:
        match = station.match(_read(read, place))
        assert match.resolved and match.plate == "京A12345", (read, match.reason)
    ambiguous = station.match(_read("沪B67899", 6))
    assert ambiguous.flagged and "2 registered plates" in ambiguous.reason


def test_a_vehicle_registered_a_moment_ago_is_matched_at_once(store, station) -> None:
    assert not station.match(_read("鲁K7T2W4", 6)).resolved
    with store.write() as session:
        card = accounts.issue_card(session, accounts.add_account(session, "新车主"))
        accounts.bind_vehicle(session, "鲁K7T2W3", card)
    match = station.match(_read("鲁K7T2W4", 6))
    assert match.resolved and match.plate == "鲁K7T2W3"


@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("SELECT plate FROM vehicles WHERE substr(plate, 3) = 'A12345'", "ix_vehicles_plate_from_3"),
        ("SELECT plate FROM vehicles WHERE substr(plate, 5) = '2345'", "ix_vehicles_plate_from_5"),
        ("SELECT plate FROM vehicles WHERE plate >= '京A12' AND plate < '京A12' || 'z'", "sqlite_autoindex_vehicles"),
    ],
)
def test_every_lookup_uses_an_index_however_many_vehicles(store, query: str, index: str) -> None:
    with store.lookup() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + query)))
    assert "USING" in plan and index in plan, plan
