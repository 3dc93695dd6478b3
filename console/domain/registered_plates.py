"""The station's registered plates, as closed-set matching asks about them.

Matching a read needs the registered plates one character away from it.
Holding every plate in memory (with a masked copy per place) costs about a
kilobyte a plate and goes stale between refreshes; here the database answers
with three indexed lookups per read (migration 0005), whatever the number of
vehicles, and always from the current registrations:

* the doubtful character is the province or the letter: the plates whose
  serial part, ``substr(plate, 3)``, is the read's;
* it is the third or fourth: the plates whose ``substr(plate, 5)`` is the
  read's (for plates of six characters and more);
* it is further right: the plates that begin with the read's first four.

Each lookup returns a handful of rows, of which those differing in exactly
one place are kept.
"""

from __future__ import annotations

from sqlalchemy import text as sql

from console.store.db import Store
from drivers.plates.matching import DOUBTFUL, Match, match_read, one_away
from drivers.plates.types import PlateRead

_REGISTERED = sql("SELECT 1 FROM vehicles WHERE plate = :plate")
_SAME_FROM_3 = sql("SELECT plate FROM vehicles WHERE substr(plate, 3) = :part")
_SAME_FROM_5 = sql("SELECT plate FROM vehicles WHERE substr(plate, 5) = :part")
# Plates are compared byte by byte (UTF-8), so this bound follows every
# plate that begins with the prefix.
_SAME_START = sql("SELECT plate FROM vehicles WHERE plate >= :start AND plate < :start || :above")
_ABOVE_ANY_CHARACTER = "\U0010ffff"


class StorePlates:
    """``drivers.plates.matching.PlateIndex`` over a station database."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __contains__(self, plate: object) -> bool:
        with self._store.lookup() as conn:
            return conn.execute(_REGISTERED, {"plate": plate}).first() is not None

    def near(self, text: str) -> dict[str, int]:
        candidates: set[str] = set()
        with self._store.lookup() as conn:
            candidates.update(conn.scalars(_SAME_FROM_3, {"part": text[2:]}))
            if len(text) >= 6:
                candidates.update(conn.scalars(_SAME_FROM_5, {"part": text[4:]}))
                start = text[:4]
            else:
                start = text[:2]
            candidates.update(
                conn.scalars(_SAME_START, {"start": start, "above": _ABOVE_ANY_CHARACTER})
            )
        places = ((plate, one_away(text, plate)) for plate in candidates)
        return {plate: place for plate, place in places if place is not None}

    def match(self, read: PlateRead, doubtful: float = DOUBTFUL) -> Match:
        return match_read(self, read, doubtful)
