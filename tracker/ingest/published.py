"""Publication dates for the readers: machine formats here, written dates via ``tracker.dates``.

Structured fields (JSON ``published_time``, feed ``pubDate``, HTML meta tags) hold ISO 8601,
RFC 2822 or a Unix time; those are parsed exactly here. Dates as people write them
("الجمعة 14 شباط 2025", "2025/02/14", "6:11 م") go to
:func:`tracker.dates.parse_publication_date`, the project's one date grammar; the readers
never grow a second one.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, tzinfo
from email.utils import parsedate_to_datetime

from tracker.ingest.resources import AM_MARKS, ARABIC_DIGITS, DATE_PREFIX_RE, PM_MARKS, TIME_RE


def _written_date(text: str, tz: tzinfo) -> datetime | None:
    try:
        from tracker.dates import parse_publication_date
    except ImportError:  # the date grammar is not installed yet: only machine formats are read
        return None
    try:
        return parse_publication_date(text, tz)
    except Exception:  # noqa: BLE001 - a date we cannot read must never stop an article from being read
        return None


def _aware(moment: datetime, tz: tzinfo) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)


def parse_machine_date(value: object, tz: tzinfo) -> datetime | None:
    """ISO 8601, RFC 2822 or a Unix time (seconds or milliseconds); ``None`` otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip().translate(ARABIC_DIGITS)
    if not text:
        return None
    try:
        return _aware(datetime.fromisoformat(text), tz)
    except ValueError:
        pass
    try:
        return _aware(parsedate_to_datetime(text), tz)
    except (TypeError, ValueError, IndexError):
        return None


def parse_date_field(value: object, tz: tzinfo) -> datetime | None:
    """A date field of any shape: machine formats first, then the written-date grammar."""
    moment = parse_machine_date(value, tz)
    if moment is None and isinstance(value, str) and value.strip():
        moment = _written_date(value.strip(), tz)
    return _aware(moment, tz) if moment else None


def parse_date_line(line: str, tz: tzinfo) -> datetime | None:
    """A copied date line ("• 2025/02/14", "Published: 14 February 2025"), prefix words removed."""
    text = DATE_PREFIX_RE.sub("", line.strip()).strip()
    if not text:
        return None
    moment = parse_machine_date(text, tz) if text[:1].isdigit() and "T" in text else None
    return moment or _written_date(text, tz)


def parse_time_line(line: str) -> time | None:
    """Bare time lines: "6:11 م" -> 18:11, "9:05 ص" -> 09:05, "18:11" -> 18:11; ``None`` when not a bare time."""
    match = TIME_RE.match(line.strip().translate(ARABIC_DIGITS))
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    mark = (match.group(3) or "").lower().replace(" ", "")
    if mark in PM_MARKS or mark.replace(".", "") == "pm":
        hour = hour % 12 + 12
    elif (mark in AM_MARKS or mark.replace(".", "") == "am") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def has_clock_time(moment: datetime) -> bool:
    return (moment.hour, moment.minute, moment.second) != (0, 0, 0)
