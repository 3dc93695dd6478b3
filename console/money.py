"""Money in integer fen (0.01 yuan) and volumes in Decimal litres.

Nothing near money is ever a float: amounts enter as text (typed by a person,
read from a config file or a wire protocol) and are parsed straight to int fen.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN_PER_YUAN = 100
LITRE_QUANTUM = Decimal("0.001")


class InvalidAmount(ValueError):
    """Text that is not an amount of money; the message says what is allowed."""


# Full-width digits and point, as a Chinese input method types them, are the same number.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")
# What a cashier means by an amount: digits, at most one point, at most two decimals.
# No separators (12,34 is 1234 to some and 12.34 to others), no exponents, no underscores.
_YUAN = re.compile(r"(-?)([0-9]{1,10})(?:\.([0-9]{0,2}))?")
_YUAN_FORM = "yuan as digits with at most two decimals, such as 500 or 500.50"
MAX_YUAN_DIGITS = 10  # ¥9,999,999,999.99: beyond any fuel card; the station's own limits are lower


def parse_yuan(text: str | int | Decimal, *, allow_negative: bool = False) -> int:
    """'500', '500.5' or '500.50' yuan → 50050 fen; anything else is refused, saying what is allowed."""
    if isinstance(text, float):
        raise TypeError("money must not be a float")
    if isinstance(text, bool):
        raise InvalidAmount(f"{text!r} is not an amount: use {_YUAN_FORM}")
    if isinstance(text, int):
        text = str(text)
    elif isinstance(text, Decimal):
        if not text.is_finite():
            raise InvalidAmount(f"{text!r} is not an amount: use {_YUAN_FORM}")
        text = format(text, "f")
    raw = str(text)
    typed = raw.strip().translate(_FULL_WIDTH)
    match = _YUAN.fullmatch(typed)
    if match is None:
        if re.fullmatch(r"-?[0-9]+\.[0-9]{3,}", typed):
            raise InvalidAmount(f"{raw!r} has more than two decimals: the smallest unit is 0.01 yuan")
        if re.fullmatch(r"-?[0-9]{11,}(\.[0-9]*)?", typed):
            raise InvalidAmount(f"{raw!r} is larger than any amount here (at most {MAX_YUAN_DIGITS} digits of yuan)")
        raise InvalidAmount(f"{raw!r} is not an amount: use {_YUAN_FORM}")
    sign, whole, cents = match.group(1), match.group(2), (match.group(3) or "").ljust(2, "0")
    fen = int(whole) * FEN_PER_YUAN + int(cents)
    if sign and fen:
        if not allow_negative:
            raise InvalidAmount(f"{raw!r} is negative: amounts here must be zero or more")
        fen = -fen
    return fen


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
