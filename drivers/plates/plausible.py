"""How plate-like a valid read is, beyond its syntax.

Outside China the syntax only says "2-10 letters and digits", which a date
stamped on a photo, a state name or a dealer's slogan also satisfies, and
those are often printed more crisply than the plate itself.  These factors
rank a frame's reads; they never change a read's text or its confidence.
"""

from __future__ import annotations

import re

#: Words printed on plates and plate frames around the registration: US state
#: names and the usual slogans.  A read equal to one is almost never the plate.
PLATE_WORDS = frozenset(
    """
    ALABAMA ALASKA ARIZONA ARKANSAS CALIFORNIA COLORADO CONNECTICUT DELAWARE
    FLORIDA GEORGIA HAWAII IDAHO ILLINOIS INDIANA IOWA KANSAS KENTUCKY
    LOUISIANA MAINE MARYLAND MASSACHUSETTS MICHIGAN MINNESOTA MISSISSIPPI
    MISSOURI MONTANA NEBRASKA NEVADA NEWHAMPSHIRE NEWJERSEY NEWMEXICO NEWYORK
    NORTHCAROLINA NORTHDAKOTA OHIO OKLAHOMA OREGON PENNSYLVANIA RHODEISLAND
    SOUTHCAROLINA SOUTHDAKOTA TENNESSEE TEXAS UTAH VERMONT VIRGINIA WASHINGTON
    WESTVIRGINIA WISCONSIN WYOMING DC USA
    DEALER NOTICE DEMO TEMP PRIVATE RESIDENT TEMPORARY EXPIRES PERMIT STATE COUNTY FORD TOYOTA
    HONDA NISSAN CHEVROLET DODGE LEXUS SUBARU MAZDA AUDI BMW
    """.split()
)

_AS_LETTERS = str.maketrans({"0": "O", "1": "I"})

_MONTH = r"(0[1-9]|1[0-2])"
_DAY = r"(0[1-9]|[12]\d|3[01])"
#: Dates as cameras and phones stamp them, separators removed; a stamp is
#: often read cut at either end, so six digits of one anywhere count.
_DATE = re.compile(rf"(19|20)\d\d{_MONTH}|\d\d{_MONTH}{_DAY}|{_MONTH}{_DAY}\d\d")


#: Times of day as cameras stamp them next to the date: HHMMSS, or HHMMS cut
#: short.  Only a read that is a time counts: a seven-digit plate such as
#: 1049338 holds one by chance.
_TIME = re.compile(r"([01]\d|2[0-3])[0-5]\d[0-5]\d")
_TIME_CUT = re.compile(r"([01]\d|2[0-3])[0-5]\d[0-5]")


def looks_like_date(text: str) -> bool:
    return text.isdigit() and len(text) >= 6 and bool(_DATE.search(text))


def looks_like_time(text: str) -> bool:
    if not text.isdigit():
        return False
    pattern = {6: _TIME, 5: _TIME_CUT}.get(len(text))
    return pattern is not None and bool(pattern.fullmatch(text))


def looks_like_stamp(text: str) -> bool:
    """A date or a time of day as a camera prints it on the picture."""
    return looks_like_date(text) or looks_like_time(text)


def plausibility(text: str, confidence: float) -> float:
    """Rank of a read among a frame's reads: its confidence, scaled down for
    lengths plates rarely have, words, dates and times."""
    n = len(text)
    factor = 1.0 if 5 <= n <= 8 else 0.5 if n in (4, 9) else 0.3
    # Decoders read the letters O and I as 0 and 1, so a word comes back so.
    letters = text.translate(_AS_LETTERS)
    if letters.isalpha():
        # Vanity plates exist but are rare; printed words are everywhere.
        factor *= 0.1 if letters in PLATE_WORDS else 0.6
    elif text.isdigit():
        factor *= 0.1 if looks_like_stamp(text) else 0.8
    return confidence * factor
