"""The records of the date grammar: the public :class:`DateMention` and the internal candidate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "year"]
Basis = Literal["explicit", "weekday", "relative"]
Calendar = Literal["gregorian", "hijri"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text, resolved to a calendar date.

    ``start``/``end`` are offsets into the text given to :func:`tracker.dates.find_dates`, and
    ``text == given_text[start:end]``. ``value`` carries a day even at month or year precision
    (the first of the month, or January 1st); read it only up to ``precision``.
    """

    start: int
    end: int
    text: str
    value: date
    precision: Precision
    basis: Basis
    calendar: Calendar = "gregorian"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A match in folded offsets, before overlaps are settled.

    ``value is None`` marks a *blocker*: text that looks like a date but must not yield one
    ("الأحد المقبل", a day-month with no reference). It still wins its span, so a shorter
    pattern cannot pick a misleading piece out of it.
    """

    start: int
    end: int
    value: date | None
    precision: Precision = "day"
    basis: Basis = "explicit"
    calendar: Calendar = "gregorian"
    #: The year was written out, so the date is returned even when after the reference.
    written_year: bool = False
    #: Set on bare weekday matches, so an adjacent explicit date can absorb them.
    weekday: int | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


def blocker(start: int, end: int) -> Candidate:
    return Candidate(start, end, None)
