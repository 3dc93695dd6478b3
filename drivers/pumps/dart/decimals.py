"""Decimal positions of one pump: how its raw integers become litres and money.

A DART pump sends volume, amount and unit price as packed-BCD integers; where
the decimal point sits is a pump parameter (DPVOL, DPAMO, DPUNP in DC7, spec
§3.2.5).  The spec allows 0-8 decimals for volume and amount and 0-4 for the
price.  Every conversion here is exact (Decimal); the only rounding is to whole
fen, the console's unit of money, and it says which way it goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

VOLUME_DECIMALS = range(0, 9)
AMOUNT_DECIMALS = range(0, 9)
PRICE_DECIMALS = range(0, 5)


class DecimalsError(ValueError):
    """Decimal positions outside what the spec allows, or a text that does not name them."""


@dataclass(frozen=True, slots=True)
class Decimals:
    volume: int = 2
    amount: int = 2
    price: int = 2

    def __post_init__(self) -> None:
        for name, allowed in (("volume", VOLUME_DECIMALS), ("amount", AMOUNT_DECIMALS), ("price", PRICE_DECIMALS)):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value not in allowed:
                raise DecimalsError(f"{name} decimals {value!r}: allowed {allowed.start}-{allowed.stop - 1}")

    @classmethod
    def parse(cls, text: str) -> "Decimals":
        """'3,1,3' → volume 3, amount 1, price 3 (the form of --decimals and the config)."""
        parts = [p.strip() for p in str(text).split(",")]
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise DecimalsError(f"decimals {text!r}: give VOLUME,AMOUNT,PRICE such as 3,1,3")
        return cls(*(int(p) for p in parts))

    def __str__(self) -> str:
        return f"{self.volume},{self.amount},{self.price}"

    # --- volume ---------------------------------------------------------------

    def litres(self, raw: int) -> Decimal:
        return Decimal(raw).scaleb(-self.volume)

    def raw_volume(self, litres: Decimal) -> int:
        """A preset volume in the pump's units, never above what was asked."""
        return int(litres.scaleb(self.volume).to_integral_value(rounding=ROUND_DOWN))

    # --- amount ---------------------------------------------------------------

    def yuan(self, raw_amount: int) -> Decimal:
        return Decimal(raw_amount).scaleb(-self.amount)

    def raw_amount(self, fen: int) -> int:
        """A preset amount in the pump's units, never above what was asked: a pump
        that shows whole yuan is preset ¥437 for ¥437.53 of balance."""
        return int(Decimal(fen).scaleb(self.amount - 2).to_integral_value(rounding=ROUND_DOWN))

    # --- unit price -----------------------------------------------------------

    def unit_price(self, raw_price: int) -> Decimal:
        """Yuan per litre."""
        return Decimal(raw_price).scaleb(-self.price)

    def raw_price(self, yuan_per_litre: Decimal) -> int:
        """A price to download; one the pump cannot show exactly is refused, not rounded."""
        raw = Decimal(yuan_per_litre).scaleb(self.price)
        if raw != raw.to_integral_value():
            raise DecimalsError(
                f"price {yuan_per_litre} has more decimals than the pump's {self.price}"
            )
        return int(raw)

