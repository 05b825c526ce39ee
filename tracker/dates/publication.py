"""Publication dates from datelines, bylines and metadata strings.

Copied pages give "2025/02/14" on one line and "6:11 م" on the next; HTML gives ISO
strings; feeds give RFC 822 dates. The caller may join the date and time lines; this module
finds a full date (with a year) and an optional time and offset in whatever it is handed.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timedelta, timezone, tzinfo

from tracker.dates import resources as R
from tracker.dates.textmap import MatchText

_RFC822_RE = re.compile(
    r"^\s*(?:[A-Z][a-z]{2},\s*)?[0-9]{1,2}\s+[A-Z][a-z]{2}\s+[0-9]{4}\s+[0-9]{1,2}:[0-9]{2}"
)
_MORNING = frozenset({"ص", "صباحا", "am", "a.m.", "a.m", "am."})
_AFTERNOON = frozenset({"م", "مساء", "ظهرا", "عصرا", "ليلا", "pm", "p.m.", "p.m", "pm."})


def _attach(value: datetime, default_tz: tzinfo | None) -> datetime:
    return value if value.tzinfo is not None or default_tz is None else value.replace(tzinfo=default_tz)


def _iso(text: str) -> datetime | None:
    candidate = text.strip()
    if not 10 <= len(candidate) <= 40 or not candidate[:4].isdigit():
        return None
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _rfc822(text: str) -> datetime | None:
    if not _RFC822_RE.match(text):
        return None
    try:
        return email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None


def _first_full_date(text: str) -> date | None:
    """The first written day-month-year of the text, in either language."""
    from tracker.dates import find_dates  # the grammar lives in the package root

    for language in ("ar", "en"):
        for mention in find_dates(text, None, language):
            if mention.precision == "day" and mention.basis == "explicit" and mention.calendar == "gregorian":
                return mention.value
    return None


def _time(folded: str) -> tuple[int, int, int, int] | None:
    """(hour, minute, second, end offset) of the first clock time (a date never has a colon)."""
    for m in R.TIME_RE.finditer(folded):
        hour, minute, second = int(m.group("h")), int(m.group("m")), int(m.group("s") or 0)
        ampm = (m.group("ampm") or "").lower().replace(" ", "")
        if ampm in _AFTERNOON and hour < 12:
            hour += 12
        elif ampm in _MORNING and hour == 12:
            hour = 0
        if hour <= 23 and minute <= 59 and second <= 59:
            return hour, minute, second, m.end()
    return None


def _offset(folded: str, start: int) -> tzinfo | None:
    m = R.TZ_OFFSET_RE.search(folded, start)
    if m is None or m.start() - start > 12:
        return None
    hours, minutes = int(m.group("hh")), int(m.group("mm") or 0)
    if hours > 14 or minutes > 59:
        return None
    sign = -1 if m.group("sign") in "-−" else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_publication_date(text: object, default_tz: tzinfo | None = None) -> datetime | None:
    """The publication date and time a dateline or byline gives, or ``None`` if it has no date.

    "2025/02/14 6:11 م" -> 2025-02-14 18:11; "9:05 ص" is 09:05. ``default_tz`` is attached when
    the text carries no offset of its own. Never raises.
    """
    if not text or not isinstance(text, str):
        return None
    try:
        folded = MatchText(text).folded
        direct = _iso(folded) or _rfc822(folded)
        if direct is not None:
            return _attach(direct, default_tz)
        day = _first_full_date(text)
        if day is None:
            return None
        clock = _time(folded)
        hour = minute = second = 0
        tz = None
        if clock is not None:
            hour, minute, second, clock_end = clock
            tz = _offset(folded, clock_end)
        value = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)
        return _attach(value, default_tz)
    except Exception:  # noqa: BLE001 - a bad byline must never stop an ingest
        return None
