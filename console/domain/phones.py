"""Phone numbers in E.164 form (+8613800138000)."""

from __future__ import annotations

import re

DEFAULT_COUNTRY_CODE = "86"


class InvalidPhone(ValueError):
    pass


def normalize_phone(text: str, country_code: str = DEFAULT_COUNTRY_CODE) -> str:
    """'+86 138-0013-8000' or '13800138000' → '+8613800138000'.

    A number without '+' is taken as national (a mainland mobile is 11 digits starting with 1).
    """
    digits = re.sub(r"[\s\-().]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+"):
        if country_code == "86" and not re.fullmatch(r"1\d{10}", digits):
            raise InvalidPhone(f"{text!r}: a mainland mobile phone number has 11 digits starting with 1, or write +country…")
        digits = f"+{country_code}{digits.lstrip('0')}"
    if not re.fullmatch(r"\+[1-9]\d{6,14}", digits):
        raise InvalidPhone(f"{text!r} is not a phone number: use E.164 such as +8613800138000")
    return digits
