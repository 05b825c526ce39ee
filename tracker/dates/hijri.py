"""Hijri dates, converted to Gregorian with the ``hijridate`` package (Umm al-Qura tables).

A Hijri month or year straddles two Gregorian ones, so a month is represented by its 15th
and a year by the middle of Rajab: the Gregorian month/year shown at that precision is then
the one that holds most of it.
"""

from __future__ import annotations

from datetime import date

from hijridate import Gregorian, Hijri


def hijri_to_gregorian(year: int, month: int = 7, day: int = 1) -> date | None:
    """The Gregorian date of a Hijri date, or ``None`` outside the tables or when invalid."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    y, m, d = g.datetuple()
    return date(y, m, d)


def hijri_year_of(value: date) -> int | None:
    """The Hijri year a Gregorian date falls in (to place "15 رمضان" with no year)."""
    try:
        return Gregorian(value.year, value.month, value.day).to_hijri().datetuple()[0]
    except (ValueError, OverflowError):
        return None


def latest_hijri_day(day: int, month: int, reference: date) -> date | None:
    """ "15 رمضان" with no year: the latest such day not after the reference."""
    year = hijri_year_of(reference)
    if year is None:
        return None
    for y in (year, year - 1):
        value = hijri_to_gregorian(y, month, day)
        if value is not None and value <= reference:
            return value
    return None
