"""Arabic date rules: a named, ordered chain of (pattern, handler) pairs.

Each handler turns one match of the folded text into a :class:`Candidate` (or a blocker,
or nothing). The chain runs every rule; :func:`tracker.dates.find_dates` then keeps the
longest non-overlapping candidates, so "الجمعة 14 من شباط" beats "الجمعة" and "14 من شباط".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from tracker.dates import resources as R
from tracker.dates.hijri import hijri_to_gregorian, latest_hijri_day
from tracker.dates.model import Candidate, Precision, blocker
from tracker.dates.resolve import (
    FUTURE_MODS,
    PAST_MODS,
    day_month,
    days_ago,
    last_weekday,
    month_only,
    months_ago,
    safe_date,
    years_ago,
)
from tracker.dates.textmap import MatchText

Handler = Callable[[re.Match[str], MatchText, date | None], Candidate | None]

_SPACES = re.compile(r"\s+")


def _key(word: str) -> str:
    return _SPACES.sub(" ", word.strip())


def _month_number(word: str) -> int:
    return R.AR_MONTHS[_key(word)]


def _day_number(word: str) -> int | None:
    word = _key(word)
    if word.startswith("ال") and word[2:].strip().isdigit():
        word = word[2:].strip()
    if word.isdigit():
        return int(word)
    return R.AR_ORDINALS.get(word.replace("و ", "و"))


def _mod(m: re.Match[str]) -> str | None:
    mod = m.groupdict().get("mod")
    return _key(mod) if mod else None


def _alt_agrees(m: re.Match[str], month: int) -> bool:
    """A double form ("شباط/فبراير") must name the same month twice."""
    alt = m.group("alt")
    if not alt:
        return True
    name = _key(re.sub(r"[/\\\-–()\[\]]", " ", alt))
    return R.AR_MONTHS.get(name) == month


def day_month_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    day = _day_number(m.group("day"))
    month = _month_number(m.group("month"))
    if day is None or not 1 <= day <= 31 or not _alt_agrees(m, month):
        return None
    start, end = m.start(), m.end()
    year = m.group("year")
    if year and not m.group("hsuffix"):
        value = safe_date(int(year), month, day)
        return None if value is None else Candidate(start, end, value, "day", written_year=True)
    value = day_month(day, month, ref, _mod(m))
    return Candidate(start, end, value, "day") if value else blocker(start, end)


def day_of_month_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    day = _day_number(m.group("day"))
    mod = _mod(m)
    if day is None or not 1 <= day <= 31:
        return None
    if mod is None and "هذا" not in m.group(0):
        return None  # "6 من الشهر" alone may be any month the text spoke of
    if ref is None or mod in FUTURE_MODS:
        return blocker(m.start(), m.end())
    month_start = months_ago(ref, 1 if mod in PAST_MODS else 0)
    value = safe_date(month_start.year, month_start.month, day) if month_start else None
    if value is None or value > ref:
        return blocker(m.start(), m.end())
    return Candidate(m.start(), m.end(), value, "day")


def month_year_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    month = _month_number(m.group("month"))
    if m.group("hsuffix") or not _alt_agrees(m, month):
        return None
    return Candidate(m.start(), m.end(), date(int(m.group("year")), month, 1), "month", written_year=True)


def month_only_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    name = _key(m.group("month"))
    month = R.AR_MONTHS[name]
    mod = _mod(m)
    has_context = bool(m.group("prep") or m.group("alt") or mod or "شهر" in m.group("body"))
    if not has_context or not _alt_agrees(m, month):
        return None
    # "في آب" is August; "في أب" or "ماي" alone are not worth the risk.
    madda_ab = name == "اب" and mt.original_char(m.start("month")) == "آ"
    if name in R.AR_AMBIGUOUS_MONTHS and not m.group("alt") and not madda_ab:
        return None
    start, end = m.start("body"), m.end("body")
    value = month_only(month, ref, mod)
    if value is None:
        return blocker(start, end)
    return Candidate(start, end, value, "month", basis="relative" if mod else "explicit")


def year_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    year = int(m.group("year"))
    return Candidate(m.start(), m.end(), date(year, 1, 1), "year", written_year=True)


def numeric_ymd_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    value = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return Candidate(m.start(), m.end(), value, "day", written_year=True) if value else None


def numeric_dmy(m: re.Match[str], month_first: bool) -> Candidate | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if a > 12 or (b <= 12 and not month_first):
        day, month = a, b
    else:
        day, month = b, a
    value = safe_date(y, month, day)
    return Candidate(m.start(), m.end(), value, "day", written_year=True) if value else None


def numeric_dmy_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    return numeric_dmy(m, month_first=False)


def hijri_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    month = R.HIJRI_MONTHS[_key(m.group("month"))]
    day = _day_number(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    start, end = m.start(), m.end()
    if year is not None:
        if day is not None:
            value = hijri_to_gregorian(year, month, day)
            return Candidate(start, end, value, "day", calendar="hijri", written_year=True) if value else None
        value = hijri_to_gregorian(year, month, 15)
        return Candidate(start, end, value, "month", calendar="hijri", written_year=True) if value else None
    # No year: only a day with an unambiguous month ("صفر" is also zero, "رجب" a name).
    if day is None or month in (2, 7) or ref is None:
        return None
    value = latest_hijri_day(day, month, ref)
    return Candidate(start, end, value, "day", calendar="hijri") if value else None


def hijri_year_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    value = hijri_to_gregorian(int(m.group("year")))
    if value is None:
        return None
    return Candidate(m.start(), m.end(), value, "year", calendar="hijri", written_year=True)


def weekday_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    text = mt.folded
    start = m.start("tod") if m.group("tod") else m.start("wd")
    end = m.end()
    word = m.group("wd")
    if not m.group("tod") and not m.group("mod"):
        # "الاثنين" is also "the two", "الاحد" also "the one": skip those readings.
        if R.AR_WEEKDAY_BLOCK_AFTER_RE.match(text, m.end()):
            return None
        if word in ("الاثنين", "الاتنين") and R.AR_WEEKDAY_BLOCK_BEFORE_RE.search(text, 0, m.start()):
            return None
    mod = _key(m.group("mod")) if m.group("mod") else None
    if mod in FUTURE_MODS:
        return blocker(start, end)
    weekday = R.AR_WEEKDAYS[word]
    value = last_weekday(ref, weekday, strict=mod in PAST_MODS)
    if value is None:
        return blocker(start, end)
    return Candidate(start, end, value, "day", basis="weekday", weekday=weekday)


def _count(word: str) -> int | None:
    word = _key(word)
    if word == "يومين":
        return 2
    number = word.split(" ")[0]
    return int(number) if number.isdigit() else R.AR_NUMBER_WORDS.get(number)


def war_day_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    """ "اليوم الـ314 من العدوان": day 1 is 7 October 2023; the count must land within two days
    of the article (else it counts another war or a typo, and says nothing)."""
    value = R.WAR_START + timedelta(days=int(m.group("n")) - 1)
    if ref is None or abs((ref - value).days) > 2 or value > ref:
        return blocker(m.start(), m.end())
    return Candidate(m.start(), m.end(), value, "day", basis="explicit")


def relative_rule(m: re.Match[str], mt: MatchText, ref: date | None) -> Candidate | None:
    return relative_candidate(m, ref, _count)


def relative_candidate(
    m: re.Match[str], ref: date | None, count: Callable[[str], int | None]
) -> Candidate | None:
    """Shared by both languages: the named group that matched says what the words mean."""
    kind = m.lastgroup
    if kind is None:
        return None
    start, end = m.start(kind), m.end(kind)
    value: date | None
    precision: Precision = "day"
    if kind in ("d0", "d1", "d2"):
        value = days_ago(ref, int(kind[1]))
    elif kind == "agod":
        n = count(m.group("agon"))
        value = days_ago(ref, n) if n and n <= 60 else None
    elif kind in ("week", "weeknow"):
        # A week has no precision of its own: keep the month it (mostly) fell in.
        value = days_ago(ref, 7 if kind == "week" else 0)
        value = value.replace(day=1) if value else None
        precision = "month"
    elif kind in ("month0", "month1"):
        value, precision = months_ago(ref, int(kind[-1])), "month"
    elif kind in ("year0", "year1"):
        value, precision = years_ago(ref, int(kind[-1])), "year"
    else:
        return None
    if value is None:
        return blocker(start, end)
    return Candidate(start, end, value, precision, basis="relative")


#: The Arabic chain, in the order a reviewer reads the method names. The last item is the
#: rule's family: it runs only when the gate saw one of the family's words.
RULES: tuple[tuple[str, re.Pattern[str], Handler, str], ...] = (
    ("numeric_ymd", R.NUMERIC_YMD_RE, numeric_ymd_rule, R.NUMERIC),
    ("numeric_dmy", R.NUMERIC_DMY_RE, numeric_dmy_rule, R.NUMERIC),
    ("day_month", R.AR_DAY_MONTH_RE, day_month_rule, R.MONTH),
    ("month_year", R.AR_MONTH_YEAR_RE, month_year_rule, R.MONTH),
    ("day_of_month", R.AR_DAY_OF_MONTH_RE, day_of_month_rule, R.RELATIVE),
    ("month_only", R.AR_MONTH_ONLY_RE, month_only_rule, R.MONTH),
    ("year", R.AR_YEAR_RE, year_rule, R.YEAR),
    ("hijri", R.AR_HIJRI_RE, hijri_rule, R.HIJRI),
    ("hijri_year", R.AR_HIJRI_YEAR_RE, hijri_year_rule, R.HIJRI_YEAR),
    ("weekday", R.AR_WEEKDAY_RE, weekday_rule, R.WEEKDAY),
    ("war_day", R.AR_WAR_DAY_RE, war_day_rule, R.RELATIVE),
    ("relative", R.AR_RELATIVE_RE, relative_rule, R.RELATIVE),
)
