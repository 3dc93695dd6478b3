"""Text that does not fit its column is refused before it is written.

SQLite stores a string of any length in a VARCHAR(120) column; the central
PostgreSQL refuses it.  Checking every String column's length before a flush
makes the station's limits the same as central's, in one place: a name too long
is refused at the station with the column and the limit named, instead of being
accepted here and rejected at head office later.
"""

from __future__ import annotations

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from console.domain.errors import DomainError

# What a person calls the columns they type into.
_NAMES = {
    ("accounts", "name"): "account name",
    ("accounts", "phone"): "phone",
    ("cards", "card_no"): "card number",
    ("phone_bindings", "driver"): "driver's name",
    ("operators", "display_name"): "display name",
    ("vehicles", "description"): "vehicle description",
}


class TooLong(DomainError):
    def __init__(self, what: str, length: int, limit: int) -> None:
        super().__init__(f"the {what} is {length} characters long: at most {limit}")
        self.what, self.length, self.limit = what, length, limit


@event.listens_for(Session, "before_flush")
def _check_lengths(session: Session, _context, _instances) -> None:
    for obj in list(session.new) + list(session.dirty):
        table = obj.__table__
        for column in table.columns:
            if not isinstance(column.type, String) or column.type.length is None:
                continue
            value = getattr(obj, inspect(obj).mapper.get_property_by_column(column).key, None)
            if isinstance(value, str) and len(value) > column.type.length:
                what = _NAMES.get((table.name, column.name), f"{table.name}.{column.name}")
                raise TooLong(what, len(value), column.type.length)
