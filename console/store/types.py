"""Column types that keep money and volume exact on SQLite."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.types import TypeDecorator

from console.timeutil import as_utc


class Litres(TypeDecorator):
    """Decimal litres stored as integer millilitres.

    SQLite has no decimal type (NUMERIC becomes a float), so volumes are kept
    as integers in the database, where SUM stays exact, and as Decimal in Python.
    """

    impl = BigInteger
    cache_ok = True
    _SCALE = Decimal(1000)

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("volumes must be Decimal, not float")
        millilitres = Decimal(value) * self._SCALE
        if millilitres != millilitres.to_integral_value():
            raise ValueError(f"{value} litres is finer than a millilitre")
        return int(millilitres)

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        # scaleb keeps the stored precision visible: 100 ml is 0.100 L, never 0.1 or 0.10.
        return None if value is None else Decimal(value).scaleb(-3)


class UtcDateTime(TypeDecorator):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite drops the zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times in UTC with a zone")
        return as_utc(value).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else as_utc(value)


Fen = BigInteger


class Tenths(TypeDecorator):
    """Decimal to one place (an odometer's km or engine hours, L/100 km) stored as integer tenths.

    Like `Litres`: SQLite would keep NUMERIC as a float, so the database holds
    integers, whose differences and sums stay exact.
    """

    impl = BigInteger
    cache_ok = True
    _SCALE = Decimal(10)

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("readings must be Decimal, not float")
        tenths = Decimal(value) * self._SCALE
        if tenths != tenths.to_integral_value():
            raise ValueError(f"{value} is finer than a tenth")
        return int(tenths)

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-1)
