"""Calendar arithmetic shared by the Arabic and English rules.

Every function answers "which real date does this expression mean, said on ``reference``",
and returns ``None`` when it cannot tell or when the answer would lie after the reference
without an explicit year to say so.
"""

from __future__ import annotations

from datetime import date, timedelta

PAST_MODS = frozenset({"الماضي", "المنصرم", "الفائت", "الماضيه", "المنصرمه", "الفائته", "last", "past"})
CURRENT_MODS = frozenset({"الحالي", "الجاري", "this"})
FUTURE_MODS = frozenset({"المقبل", "القادم", "المقبله", "القادمه", "next", "coming"})


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_month(day: int, month: int, reference: date | None, mod: str | None = None) -> date | None:
    """A day and month without a year: the latest such date not after the reference.

    "الحالي/الجاري" pins the reference's year; "الماضي" means a month before the reference's.
    """
    if reference is None or not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if mod in FUTURE_MODS:
        return None
    if mod in CURRENT_MODS:
        value = safe_date(reference.year, month, day)
        return value if value is not None and value <= reference else None
    if mod in PAST_MODS:
        year = reference.year if month < reference.month else reference.year - 1
    else:
        year = reference.year if (month, day) <= (reference.month, reference.day) else reference.year - 1
    # 29 February: step back to the last leap year rather than inventing a day.
    for y in range(year, year - 8, -1):
        value = safe_date(y, month, day)
        if value is not None:
            return value
    return None


def month_only(month: int, reference: date | None, mod: str | None = None) -> date | None:
    """A month without a year, as the first of that month."""
    if reference is None or not 1 <= month <= 12 or mod in FUTURE_MODS:
        return None
    if mod in CURRENT_MODS:
        return date(reference.year, month, 1) if month <= reference.month else None
    if mod in PAST_MODS:
        year = reference.year if month < reference.month else reference.year - 1
    else:
        year = reference.year if month <= reference.month else reference.year - 1
    return date(year, month, 1)


def last_weekday(reference: date | None, weekday: int, strict: bool = False) -> date | None:
    """The most recent ``weekday`` on or before the reference (strictly before if ``strict``)."""
    if reference is None:
        return None
    back = (reference.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return reference - timedelta(days=back)


def days_ago(reference: date | None, days: int) -> date | None:
    return None if reference is None else reference - timedelta(days=days)


def months_ago(reference: date | None, months: int) -> date | None:
    if reference is None:
        return None
    index = reference.year * 12 + reference.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def years_ago(reference: date | None, years: int) -> date | None:
    return None if reference is None else date(reference.year - years, 1, 1)
