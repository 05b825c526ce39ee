"""English date grammar and publication-date parsing: tables of sentences we wrote."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.dates import find_dates, parse_publication_date

REF = date(2025, 2, 14)  # a Friday


def found(text: str, ref: date | None = REF) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision, m.basis) for m in find_dates(text, ref, "en")]


ROWS = [
    ("The minister said on Tuesday that talks would go on.", [("Tuesday", "2025-02-11", "day", "weekday")]),
    ("She spoke last Friday.", [("last Friday", "2025-02-07", "day", "weekday")]),
    ("He said on Tuesday night that the deal was off.", [("Tuesday night", "2025-02-11", "day", "weekday")]),
    ("The deal was signed on Feb. 6.", [("Feb. 6", "2025-02-06", "day", "explicit")]),
    ("The deal was signed on February 6, 2025.", [("February 6, 2025", "2025-02-06", "day", "explicit")]),
    ("The deal was signed on 6 February.", [("6 February", "2025-02-06", "day", "explicit")]),
    (
        "The deal was signed on the 6th of February 2024.",
        [("6th of February 2024", "2024-02-06", "day", "explicit")],
    ),
    ("The deal was signed on Tuesday, Feb. 4.", [("Tuesday, Feb. 4", "2025-02-04", "day", "explicit")]),
    ("A report published in March 2023 said so.", [("March 2023", "2023-03-01", "month", "explicit")]),
    ("The talks began in March.", [("March", "2024-03-01", "month", "explicit")]),
    ("The talks began last month.", [("last month", "2025-01-01", "month", "relative")]),
    ("The talks began last week.", [("last week", "2025-02-01", "month", "relative")]),
    ("He said yesterday that he would resign.", [("yesterday", "2025-02-13", "day", "relative")]),
    ("He said today that he would resign.", [("today", "2025-02-14", "day", "relative")]),
    ("Two days ago he said so.", [("Two days ago", "2025-02-12", "day", "relative")]),
    ("The figure doubled last year.", [("last year", "2024-01-01", "year", "relative")]),
    ("The figure doubled in 2023.", [("2023", "2023-01-01", "year", "explicit")]),
    ("Dated 2025-02-14.", [("2025-02-14", "2025-02-14", "day", "explicit")]),
    ("Dated 02/14/2025.", [("02/14/2025", "2025-02-14", "day", "explicit")]),
    ("Elections are due on May 20, 2026.", [("May 20, 2026", "2026-05-20", "day", "explicit")]),
]

NEGATIVE = [
    "May I ask a question?",
    "The minister may resign.",
    "He will travel next Tuesday.",
    "He will march with them.",
    "About 39,000 people left.",
    "The law 6 was passed.",
    "The match ended 2-1.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_english_dates(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_english_not_dates(text: str) -> None:
    assert found(text) == []


def test_english_spans_and_order() -> None:
    text = "He said on Monday that the plan, agreed on Jan. 30, had been ready since last month."
    mentions = find_dates(text, REF, "en")
    assert [m.text for m in mentions] == ["Monday", "Jan. 30", "last month"]
    assert all(text[m.start : m.end] == m.text for m in mentions)


TZ = timezone(timedelta(hours=3))

PUBLICATION_ROWS = [
    ("2025/02/14", datetime(2025, 2, 14, tzinfo=TZ)),
    ("  • 2025/02/14\n  • 6:11 م", datetime(2025, 2, 14, 18, 11, tzinfo=TZ)),
    ("14/02/2025 9:05 ص", datetime(2025, 2, 14, 9, 5, tzinfo=TZ)),
    ("2025-02-14", datetime(2025, 2, 14, tzinfo=TZ)),
    ("14 شباط 2025", datetime(2025, 2, 14, tzinfo=TZ)),
    ("الجمعة 14 فبراير 2025 - 12:30 م", datetime(2025, 2, 14, 12, 30, tzinfo=TZ)),
    ("نشر في: ١٤ شباط ٢٠٢٥ ٦:١١ م", datetime(2025, 2, 14, 18, 11, tzinfo=TZ)),
    ("14 February 2025 6:11 PM", datetime(2025, 2, 14, 18, 11, tzinfo=TZ)),
    ("Published February 14, 2025 at 12:05 am", datetime(2025, 2, 14, 0, 5, tzinfo=TZ)),
    ("2025-02-14T18:11:00+02:00", datetime(2025, 2, 14, 18, 11, tzinfo=timezone(timedelta(hours=2)))),
    ("2025-02-14T15:11:00Z", datetime(2025, 2, 14, 15, 11, tzinfo=UTC)),
    ("2025-02-14T18:11:00", datetime(2025, 2, 14, 18, 11, tzinfo=TZ)),
    ("Fri, 14 Feb 2025 18:11:00 +0000", datetime(2025, 2, 14, 18, 11, tzinfo=UTC)),
    ("14.02.2025 18:11", datetime(2025, 2, 14, 18, 11, tzinfo=TZ)),
    ("14/02/2025 18:11 GMT+2", datetime(2025, 2, 14, 18, 11, tzinfo=timezone(timedelta(hours=2)))),
]


@pytest.mark.parametrize(("text", "expected"), PUBLICATION_ROWS)
def test_publication_dates(text: str, expected: datetime) -> None:
    value = parse_publication_date(text, TZ)
    assert value == expected
    assert value is not None
    assert value.utcoffset() == expected.utcoffset()


def test_publication_date_without_default_tz_is_naive() -> None:
    assert parse_publication_date("2025/02/14 6:11 م") == datetime(2025, 2, 14, 18, 11)


@pytest.mark.parametrize("text", ["", "بقلم: سامر", "6:11 م", "14 شباط", "كتب المحرر", "99/99/2025", None])
def test_publication_date_absent(text: str | None) -> None:
    assert parse_publication_date(text, TZ) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(
        alphabet=st.sampled_from(
            list("0123456789/-.:،, ٠١٢٣٤٥٦٧٨٩شباطآذارأمسالجمعةيومقبلFebMayTuesdaylastweek\u200f\u0640\u064e")
        ),
        max_size=80,
    ),
    ref=st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))),
    language=st.sampled_from(["ar", "en"]),
)
def test_fuzz_never_raises_and_spans_are_exact(text: str, ref: date | None, language: str) -> None:
    for mention in find_dates(text, ref, language):
        assert text[mention.start : mention.end] == mention.text
        assert mention.precision in ("day", "month", "year")
    parse_publication_date(text)
