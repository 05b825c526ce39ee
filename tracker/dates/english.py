"""English date rules, in the same (pattern, handler) chain shape as :mod:`.arabic`.

Month and weekday names must be capitalised ("May 6" is a date, "may 6" is not);
relative words ("yesterday", "last week") match in any case.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.dates import resources as R
from tracker.dates.arabic import Handler, numeric_dmy, numeric_ymd_rule, relative_candidate
from tracker.dates.model import Candidate, blocker
from tracker.dates.resolve import FUTURE_MODS, PAST_MODS, day_month, last_weekday, month_only, safe_date
from tracker.dates.textmap import MatchText


def _month(word: str) -> int:
    return R.EN_MONTHS[word.rstrip(".").lower()]


def _day_month(m: re.Match[str], ref: date | None) -> Candidate | None:
    day, month = int(m.group("day")), _month(m.group("month"))
    if not 1 <= day <= 31:
        return None
    if m.group("year"):
        value = safe_date(int(m.group("year")), month, day)
        return Candidate(m.start(), m.end(), value, "day", written_year=True) if value else None
    value = day_month(day, month, ref)
    return Candidate(m.start(), m.end(), value, "day") if value else blocker(m.start(), m.end())


def mdy_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    return _day_month(m, ref)


def dmy_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    return _day_month(m, ref)


def month_year_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    value = date(int(m.group("year")), _month(m.group("month")), 1)
    return Candidate(m.start(), m.end(), value, "month", written_year=True)


def month_only_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    prep = m.group("prep").lower()
    mod = "last" if prep == "last" else None
    # "last March" and "this March" carry their word; "in March" does not.
    start = m.start("prep") if prep in ("last", "this") else m.start("month")
    value = month_only(_month(m.group("month")), ref, mod)
    if value is None:
        return blocker(start, m.end())
    return Candidate(start, m.end(), value, "month", basis="relative" if mod else "explicit")


def weekday_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    mod = (m.group("mod") or "").lower() or None
    if mod in FUTURE_MODS:
        return blocker(m.start(), m.end())
    weekday = R.EN_WEEKDAYS[m.group("wd").lower()]
    value = last_weekday(ref, weekday, strict=mod in PAST_MODS)
    if value is None:
        return blocker(m.start(), m.end())
    return Candidate(m.start(), m.end(), value, "day", basis="weekday", weekday=weekday)


def year_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    # "in 2024": the preposition is context, not part of the date.
    value = date(int(m.group("year")), 1, 1)
    return Candidate(m.start("year"), m.end("year"), value, "year", written_year=True)


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else R.EN_NUMBER_WORDS.get(word)


def relative_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    return relative_candidate(m, ref, _count)


def numeric_dmy_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    return numeric_dmy(m, month_first=True)


RULES: tuple[tuple[str, re.Pattern[str], Handler, str], ...] = (
    ("numeric_ymd", R.NUMERIC_YMD_RE, numeric_ymd_rule, R.NUMERIC),
    ("numeric_mdy", R.NUMERIC_DMY_RE, numeric_dmy_rule, R.NUMERIC),
    ("mdy", R.EN_MDY_RE, mdy_rule, R.MONTH),
    ("dmy", R.EN_DMY_RE, dmy_rule, R.MONTH),
    ("month_year", R.EN_MONTH_YEAR_RE, month_year_rule, R.MONTH),
    ("month_only", R.EN_MONTH_ONLY_RE, month_only_rule, R.MONTH),
    ("year", R.EN_YEAR_RE, year_rule, R.DIGIT),
    ("weekday", R.EN_WEEKDAY_RE, weekday_rule, R.WEEKDAY),
    ("relative", R.EN_RELATIVE_RE, relative_rule, R.RELATIVE),
)
