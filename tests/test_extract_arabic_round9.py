"""Table tests for the Arabic extractor's ninth round: failure classes read off fresh tuning
sets and the unannotated corpus (not the dev set, not the held-out sets).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import arabic_triples as triples
from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic

ROWS = [
    # "قائد العمليات السابق، اللواء في الاحتياط، فلان،": a rank without a name between the role
    # and the name; the name still closes the apposition.
    (
        "a rank phrase between the role and the name",
        "أكد قائد العمليات السابق في الجيش، اللواء في الاحتياط، سامي زيف، أن البلاد تعيش أياماً صعبة.",
        [("سامي زيف", "قائد العمليات السابق في الجيش", "البلاد تعيش أياماً صعبة")],
    ),
    (
        "a rank phrase and no name after it: the role speaks",
        "وقال المتحدث باسم الجيش، العقيد في الاحتياط، إن الهجوم فشل.",
        [("المتحدث باسم الجيش", None, "الهجوم فشل")],
    ),
    # "كانت وكالة X قد نقلت عن الوزير قوله": the outlet before the verb relays; a masculine
    # follow-up goes on with the minister, not with the agency.
    (
        "a fronted outlet relays, the minister speaks on",
        (
            "وكانت وكالة رويترز قد نقلت عن وزير الطاقة سامي حداد قوله إن الوفد جاء للمناقشة. "
            "وأشار إلى أن بلاده تعلّق آمالاً كبيرة."
        ),
        [
            ("سامي حداد", "وزير الطاقة", "الوفد جاء للمناقشة"),
            ("سامي حداد", "وزير الطاقة", "بلاده تعلّق آمالاً كبيرة"),
        ],
    ),
    (
        "a fronted outlet set off by a comma",
        'صحيفة "الأيام"، قد نقلت عن مسؤول في الوزارة قوله إن الاتفاق قريب. وأضافت الصحيفة أن الوفد سيغادر.',
        [("مسؤول في الوزارة", None, "الاتفاق قريب"), ("الأيام", None, "الوفد سيغادر")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_round9_rows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected


def test_a_fronted_outlet_is_the_relay() -> None:
    text = "وكانت وكالة رويترز قد نقلت عن وزير الطاقة سامي حداد قوله إن الوفد جاء للمناقشة."
    (statement,) = extract_arabic(make_article_record(text))
    assert (statement.speaker.name, statement.via) == ("سامي حداد", "وكالة رويترز")
