"""Time: stored in UTC, shown and sliced into duty slots in the station's local zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

MINUTES_PER_DAY = 24 * 60


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes come back from SQLite; everything we store is UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def minute_of_day(moment: datetime, zone: ZoneInfo) -> int:
    local = as_utc(moment).astimezone(zone)
    return local.hour * 60 + local.minute


def parse_hhmm(text: str) -> int:
    """'07:30' → 450 minutes; '24:00' is allowed as the end of the day."""
    try:
        hours, minutes = text.strip().split(":")
        value = int(hours) * 60 + int(minutes)
        valid = 0 <= int(minutes) < 60 and 0 <= value <= MINUTES_PER_DAY
    except ValueError:
        valid = False
    if not valid:
        raise ValueError(f"{text!r} is not a time of day: use HH:MM from 00:00 to 24:00")
    return value


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
