"""Phone numbers as a forecourt screen shows them: a customer's number is not for passers-by."""

from __future__ import annotations

import re


def masked(phone: str | None) -> str:
    """'+8613900000001' → '139****0001'; other numbers keep their first 3 and last 4 digits."""
    if not phone:
        return ""
    digits = re.sub(r"\D", "", phone)
    if phone.startswith("+86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) < 8:
        return "*" * len(digits)
    return f"{digits[:3]}****{digits[-4:]}"
