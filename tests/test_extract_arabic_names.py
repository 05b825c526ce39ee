"""The fullest name an article gives a source (tracker.extract.ar_names).

Every sentence was written for these tests. Each row: the text and the speaker names its
statements carry, in order.
"""

from __future__ import annotations

import pytest

from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic


def names(text: str) -> list[str]:
    return [st.speaker.name for st in extract_arabic(make_article_record(text))]


ROWS = [
    (
        "an organisation's head word used elsewhere",
        "قالت الخارجية المصرية إن الحوار مستمر. وأصدرت وزارة الخارجية المصرية بياناً.",
        ["وزارة الخارجية المصرية"],
    ),
    (
        "the longest form of a movement's name, not the most frequent",
        (
            "طالبت حركة المقاومة الإسلامية حماس بالتهدئة. وقالت حماس إن المفاوضات متعثرة. "
            "ودعت حركة حماس إلى الهدوء. ووصلت حركة حماس إلى القاهرة."
        ),
        ["حركة المقاومة الإسلامية حماس"],
    ),
    (
        "the full name before its bracketed short form",
        "أعلنت حركة المقاومة الإسلامية (حماس) موقفها من المفاوضات أمس. وقالت حماس إن الحوار مستمر.",
        ["حركة المقاومة الإسلامية حماس", "حركة المقاومة الإسلامية حماس"],
    ),
    (
        "a bare definite body with the adjective it carries elsewhere",
        "قالت الشرطة إن المحتجين تفرقوا. وانتشرت الشرطة الوطنية في الشوارع.",
        ["الشرطة الوطنية"],
    ),
    (
        "an outlet keeps its title without the head word",
        'وقالت الصباح إن الجيش انسحب. وذكرت صحيفة "الصباح" أن القوات عادت إلى الثكنات.',
        ["الصباح", "الصباح"],
    ),
    (
        "a person's surname is never taken for an organisation's tail",
        "قال حفتر إن الهجوم مستمر. وتقدمت قوات حفتر نحو المدينة، وأصدر مكتب حفتر بياناً.",
        ["حفتر"],
    ),
    (
        "a one-word person gets the first name used elsewhere",
        "قال حداد إن الطريق مغلق. وكان الوزير سامي حداد قد زار المدينة.",
        ["سامي حداد"],
    ),
    (
        "a plural source named in the nominative",
        "ونقلت الصحيفة عن مسؤولين إسرائيليين أن المفاوضات متعثرة.",
        ["مسؤولون إسرائيليون"],
    ),
    ("a plural group after the verb", "وقال محللين إن الأسعار سترتفع.", ["محللون"]),
    ("the adjective of a broken plural agrees", "وقال سكان محليين إن القصف استمر.", ["سكان محليون"]),
    (
        "the lam genitive an organisation carries elsewhere",
        "قالت الجبهة الديمقراطية إن المجزرة جريمة. وأصدرت الجبهة الديمقراطية لتحرير فلسطين بياناً.",
        ["الجبهة الديمقراطية لتحرير فلسطين"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_fullest_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_movement_made_long_becomes_an_organisation() -> None:
    text = "طالبت حركة النهضة بالتهدئة. وقالت النهضة إن المفاوضات متعثرة."
    (statement,) = extract_arabic(make_article_record(text))
    assert (statement.speaker.name, statement.speaker.kind) == ("حركة النهضة", "organization")
