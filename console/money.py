"""Money in integer fen (0.01 yuan) and volumes in Decimal litres.

Nothing near money is ever a float: amounts enter as text (typed by a person,
read from a config file or a wire protocol) and are parsed straight to int fen.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN_PER_YUAN = 100
LITRE_QUANTUM = Decimal("0.001")


class InvalidAmount(ValueError):
    """Text that is not an amount of money; the message says what is allowed."""


def parse_yuan(text: str | int | Decimal, *, allow_negative: bool = False) -> int:
    """'500', '500.5' or '500.50' yuan → 50050 fen.  More than two decimals is refused."""
    if isinstance(text, float):
        raise TypeError("money must not be a float")
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise InvalidAmount(f"{text!r} is not an amount: use yuan such as 500 or 500.50") from None
    if not value.is_finite():
        raise InvalidAmount(f"{text!r} is not an amount: use yuan such as 500 or 500.50")
    fen = value * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise InvalidAmount(f"{text!r} has more than two decimals: the smallest unit is 0.01 yuan")
    if fen < 0 and not allow_negative:
        raise InvalidAmount(f"{text!r} is negative: amounts here must be zero or more")
    return int(fen)


def format_yuan(fen: int) -> str:
    """50050 → '500.50' (no currency sign: the UI adds ¥ where it fits)."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), FEN_PER_YUAN)
    return f"{sign}{whole}.{cents:02d}"


def parse_litres(text: str | int | Decimal) -> Decimal:
    if isinstance(text, float):
        raise TypeError("volumes must not be floats")
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise InvalidAmount(f"{text!r} is not a volume in litres") from None
    if not value.is_finite() or value < 0:
        raise InvalidAmount(f"{text!r} is not a volume in litres")
    return value.quantize(LITRE_QUANTUM, rounding=ROUND_HALF_UP)


def amount_for(litres: Decimal, unit_price_fen: int) -> int:
    """Fen charged for a volume at a unit price per litre, rounded half up like a dispenser."""
    return int((litres * unit_price_fen).quantize(Decimal(1), rounding=ROUND_HALF_UP))
