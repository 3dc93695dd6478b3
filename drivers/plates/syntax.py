"""Licence-plate syntax: normalisation and classification.

The Chinese rules follow GA 36 (the national standard for motor-vehicle plates):
a province character, a letter for the issuing authority, then five characters
(six for new-energy plates) drawn from digits and the letters A-Z without I and
O, which the standard leaves out because they read as 1 and 0.  Some plates end
in a special character (警 police, 学 learner, 挂 trailer, 港/澳 for Hong Kong and
Macau vehicles, 领 consulate) or start with one (使 embassy).

This module is pure: no I/O, no imports from the application, so recognition,
the lane engine and the admin CLI all share one definition of a valid plate.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
#: Letters of the serial part: GA 36 never issues I or O.
SERIAL_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DIGITS = "0123456789"
SERIAL_CHARS = SERIAL_LETTERS + DIGITS
#: Small new-energy plates carry the energy type first (D/A/B/C/E pure electric,
#: F/G/H/J/K other new energy); large ones carry D or F last.
NEW_ENERGY_SMALL_MARKS = "DABCEFGHJK"
NEW_ENERGY_LARGE_MARKS = "DF"
SUFFIXES = "警学挂港澳领"

_SEPARATORS = re.compile(r"[\s·•・.\-_]+")
_LOOKALIKES = str.maketrans({"O": "0", "I": "1"})


class Region(StrEnum):
    CN = "cn"
    GENERIC = "generic"


class PlateKind(StrEnum):
    STANDARD = "standard"  # blue small-vehicle or yellow large-vehicle plate
    NEW_ENERGY_SMALL = "new_energy_small"
    NEW_ENERGY_LARGE = "new_energy_large"
    POLICE = "police"
    LEARNER = "learner"
    TRAILER = "trailer"
    HONG_KONG = "hong_kong"
    MACAU = "macau"
    CONSULATE = "consulate"
    EMBASSY = "embassy"
    ARMED_POLICE = "armed_police"
    GENERIC = "generic"


_SUFFIX_KIND = {
    "警": PlateKind.POLICE,
    "学": PlateKind.LEARNER,
    "挂": PlateKind.TRAILER,
    "港": PlateKind.HONG_KONG,
    "澳": PlateKind.MACAU,
    "领": PlateKind.CONSULATE,
}


class InvalidPlate(ValueError):
    """The text cannot be a plate of the region; the message says why."""


@dataclass(frozen=True, slots=True)
class Plate:
    text: str
    region: Region
    kind: PlateKind

    def __str__(self) -> str:
        return self.text


def clean(raw: str) -> str:
    """Full-width to half-width, upper case, separators removed."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw)).upper()


def normalize_plate(raw: str, region: Region | str = Region.CN) -> Plate:
    """Return the canonical form of a typed or recognised plate.

    Raises InvalidPlate when the text is not a plate of the region.
    """
    region = Region(region)
    text = clean(raw)
    if not text:
        raise InvalidPlate("empty plate")
    if region is Region.GENERIC:
        if not re.fullmatch(r"[A-Z0-9]{2,10}", text):
            raise InvalidPlate(f"{raw!r}: a plate is 2-10 letters A-Z and digits")
        # O and 0, I and 1 are one character to a camera, and most registries
        # issue only one of each pair (or hold them as one): a plate is kept
        # with the digits, so a typed and a read plate meet.
        return Plate(text.translate(_LOOKALIKES), region, PlateKind.GENERIC)
    return _normalize_cn(raw, text)


def _normalize_cn(raw: str, text: str) -> Plate:
    if text.startswith("WJ"):
        return _armed_police(raw, text)
    if text.startswith("使"):
        serial = text[1:].translate(_LOOKALIKES)
        if not re.fullmatch(r"\d{6}", serial):
            raise InvalidPlate(f"{raw!r}: an embassy plate is 使 and six digits")
        return Plate("使" + serial, Region.CN, PlateKind.EMBASSY)
    province, rest = text[:1], text[1:]
    if province not in PROVINCES:
        raise InvalidPlate(f"{raw!r}: the first character must be a province ({PROVINCES})")
    if not rest or rest[0] not in SERIAL_LETTERS:
        raise InvalidPlate(f"{raw!r}: the second character must be a letter A-Z other than I and O")
    authority, serial = rest[0], rest[1:]
    kind = PlateKind.STANDARD
    suffix = ""
    if serial and serial[-1] in SUFFIXES:
        suffix, serial = serial[-1], serial[:-1]
        kind = _SUFFIX_KIND[suffix]
    serial = serial.translate(_LOOKALIKES)
    if any(c not in SERIAL_CHARS for c in serial):
        raise InvalidPlate(f"{raw!r}: after the letter only digits and letters other than I and O")
    if suffix:
        # Special plates keep five places, the last one being the special character.
        if len(serial) != 4:
            raise InvalidPlate(f"{raw!r}: a plate ending in {suffix} has four characters before it")
    elif len(serial) == 6:
        kind = _new_energy_kind(raw, serial)
    elif len(serial) != 5:
        raise InvalidPlate(
            f"{raw!r}: a plate has five characters after the letter (six for new-energy vehicles)"
        )
    return Plate(province + authority + serial + suffix, Region.CN, kind)


def _new_energy_kind(raw: str, serial: str) -> PlateKind:
    # Small: energy letter, then a letter or digit, then four digits (粤BD12345, 粤BDA1234).
    if serial[0] in NEW_ENERGY_SMALL_MARKS and serial[2:].isdigit():
        return PlateKind.NEW_ENERGY_SMALL
    # Large: five digits, then the energy letter (粤B12345D).
    if serial[-1] in NEW_ENERGY_LARGE_MARKS and serial[:-1].isdigit():
        return PlateKind.NEW_ENERGY_LARGE
    raise InvalidPlate(
        f"{raw!r}: a new-energy plate has its energy letter first (D, F, …) or D/F last"
    )


def _armed_police(raw: str, text: str) -> Plate:
    # WJ, optionally a province, then five characters (the last may be a service letter).
    match = re.fullmatch(rf"WJ([{PROVINCES}]?)([0-9A-Z]{{5}})", text)
    if not match:
        raise InvalidPlate(f"{raw!r}: an armed-police plate is WJ, a province and five characters")
    serial = match.group(2)
    head = serial[:4].translate(_LOOKALIKES)
    return Plate("WJ" + match.group(1) + head + serial[4], Region.CN, PlateKind.ARMED_POLICE)


def typed_plate(raw: str, region: Region | str = Region.CN) -> Plate:
    """A plate a person typed.  As normalize_plate, but what a camera may confuse is not
    repaired: letters the Chinese standard never issues (I and O) and look-alike
    characters (①, ⅰ) are refused, so a typo never lands on another vehicle's plate."""
    if any(unicodedata.category(c) in ("No", "Nl") for c in raw):
        raise InvalidPlate(f"{raw!r}: type the plate with ordinary letters and digits")
    plate = normalize_plate(raw, region)
    if Region(region) is Region.CN and any(c in "IO" for c in clean(raw)):
        raise InvalidPlate(f"{raw!r}: Chinese plates never carry the letters I or O; type the digits 1 or 0")
    return plate


def is_valid(raw: str, region: Region | str = Region.CN) -> bool:
    try:
        normalize_plate(raw, region)
    except InvalidPlate:
        return False
    return True
