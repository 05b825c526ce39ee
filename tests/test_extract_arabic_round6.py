"""Table tests for the Arabic extractor's sixth round: failure classes read off random corpus
articles and fresh blind sets (not the dev set).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (st.speaker.name, st.speaker.role, st.content.text)
        for st in extract_arabic(make_article_record(text))
    ]


ROWS = [
    # The content may open with a word that starts like "أن" (انسحاب، انتخاب، انهيار ...);
    # only a whole second "أن" is the name "سي أن أن".
    (
        "content opening with a verbal noun of the infa'ala form",
        "قال الوزير إن انسحاب القوات سيكتمل الشهر المقبل.",
        [("الوزير", None, "انسحاب القوات سيكتمل الشهر المقبل")],
    ),
    (
        "content opening with انتخاب after أنّ",
        "وأكد المتحدث باسم الحركة أنّ انتخاب القائد رسالة واضحة.",
        [("المتحدث باسم الحركة", None, "انتخاب القائد رسالة واضحة")],
    ),
    (
        "the outlet CNN named with its letters in quotes",
        'قالت شبكة "سي أن أن" إن الوضع خطير.',
        [("سي أن أن", None, "الوضع خطير")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_round6_rows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected
