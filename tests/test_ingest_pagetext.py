"""Page-copy text: title, date and time lines, captions, cross-heads, related blocks, tags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.conftest import SHARED_DIR
from tracker.ingest import ReadFailure, read_bytes, read_paths
from tracker.ingest.pagetext import ends_sentence
from tracker.records import ArticleRecord

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PLUS3 = timezone(timedelta(hours=3))
SEED = SHARED_DIR / "seeds" / "000_4da6e92518df7c34.txt"


def read_one(text: str, **options: object) -> ArticleRecord:
    (result,) = read_bytes(text.encode("utf-8"), source="page.txt", **options)  # type: ignore[arg-type]
    assert isinstance(result, ArticleRecord), result
    return result


def test_arabic_page_copy_fixture() -> None:
    (article,) = read_paths([FIXTURES / "page_ar.txt"])
    assert isinstance(article, ArticleRecord)
    assert article.title == "وزارة الزراعة تعلن خطة لدعم مزارعي القمح"
    assert article.published == datetime(2024, 11, 3, 9, 45, tzinfo=PLUS3)
    assert article.captions == (
        "وزير الزراعة خلال جولة في حقول القمح - 3 من تشرين الثاني 2024 (وكالة المثال)",
    )
    assert article.subheadings == ("مخاوف من الجفاف",)
    assert article.related == (
        "ارتفاع أسعار الطحين في الأسواق المحلية",
        "الحكومة تناقش موازنة القطاع الزراعي",
        "مزارعون يشكون نقص المحروقات",
    )
    assert article.tags == ("اقتصاد",)
    assert article.language == "ar"
    assert article.input_format == "text"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("أعلن وزير الزراعة")
    assert paragraphs[-1].startswith("وقالت الباحثة سلمى يوسف")
    assert "مخاوف من الجفاف" in paragraphs  # the cross-head stays in the body as its own paragraph
    for absent in (
        "كيف تغيرت أسعار الخبز",
        "مقالات متعلقة",
        "المزيد من",
        "وكالة المثال",
        "2024/11/03",
        "9:45",
    ):
        assert absent not in article.text


def test_english_page_copy_fixture() -> None:
    (article,) = read_paths([FIXTURES / "page_en.txt"])
    assert isinstance(article, ArticleRecord)
    assert article.title == "Port authority says new terminal will open in spring"
    assert article.author == "Dana Whitfield"
    assert article.published is not None
    assert article.published.date().isoformat() == "2025-03-12"
    assert article.captions == ("Cranes at the harbour on Tuesday - 11 March 2025 (Example Wire)",)
    assert article.subheadings == ("Questions over funding",)
    assert article.related == (
        "Shipping costs climb for a third month",
        "Harbour workers end two-day strike",
        "New ferry route links the two islands",
    )
    assert article.tags == ("ports", "transport", "economy")
    assert article.language == "en"
    assert article.text.startswith("The head of the port authority")
    assert article.text.endswith("accounts for last year.")
    assert "Read more" not in article.text
    assert "Published" not in article.text


@pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed article) is not beside this checkout")
def test_the_seed_page_copy() -> None:
    (article,) = read_paths([SEED])
    assert isinstance(article, ArticleRecord)
    assert article.title == "روسيا تستمر بالتفاوض بشأن وجودها في سوريا"
    assert article.published == datetime(2025, 2, 14, 18, 11, tzinfo=PLUS3)
    assert len(article.captions) == 1
    assert article.subheadings == ("دمشق مستعدة للتفاوض",)
    assert len(article.related) == 4
    assert article.text.startswith("قالت المتحدثة")
    assert "هل انتهى دور روسيا" not in article.text
    assert "مقالات متعلقة" not in article.text


@pytest.mark.parametrize(
    ("date_lines", "expected"),
    [
        ("2025/02/14\n6:11 م", datetime(2025, 2, 14, 18, 11, tzinfo=PLUS3)),
        ("  • 14/02/2025\n  • 6:11 ص", datetime(2025, 2, 14, 6, 11, tzinfo=PLUS3)),
        ("2025-02-14", datetime(2025, 2, 14, 0, 0, tzinfo=PLUS3)),
        ("14 شباط 2025", datetime(2025, 2, 14, 0, 0, tzinfo=PLUS3)),
        ("الجمعة 14 فبراير 2025\n12:30 م", datetime(2025, 2, 14, 12, 30, tzinfo=PLUS3)),
        ("٢٠٢٥/٠٢/١٤\n٦:١١ م", datetime(2025, 2, 14, 18, 11, tzinfo=PLUS3)),
        ("6:11 م\n2025/02/14", datetime(2025, 2, 14, 18, 11, tzinfo=PLUS3)),
        ("Published: February 14, 2025", datetime(2025, 2, 14, 0, 0, tzinfo=PLUS3)),
        # negative rows: no date line at all, or a line with a year that is not a date line
        ("", None),
        ("خطة 2025 للطاقة", None),
    ],
)
def test_date_and_time_lines(date_lines: str, expected: datetime | None) -> None:
    text = f"عنوان الخبر هنا\n{date_lines}\n\nقال المتحدث إن الاجتماع انتهى دون اتفاق بين الطرفين.\n"
    article = read_one(text)
    assert article.published == expected
    assert (
        article.text == "قال المتحدث إن الاجتماع انتهى دون اتفاق بين الطرفين."
        or date_lines == "خطة 2025 للطاقة"
    )


def test_default_tz_is_applied_to_dates_without_offset() -> None:
    utc = UTC
    article = read_one("عنوان\n2025/02/14\n6:11 م\n\nنص الخبر الكامل هنا.", default_tz=utc)
    assert article.published == datetime(2025, 2, 14, 18, 11, tzinfo=utc)


@pytest.mark.parametrize(
    ("body_lines", "subheadings", "kept_in_body", "dropped"),
    [
        # a cross-head followed by body text: kept as a paragraph and listed
        (
            ["الفقرة الأولى من الخبر.", "عنوان فرعي قصير", "الفقرة الثانية من الخبر."],
            ("عنوان فرعي قصير",),
            True,
            (),
        ),
        # a short line at the very end (before nothing): a link line, dropped
        (["الفقرة الأولى من الخبر.", "هل تنتهي الأزمة قريبا"], (), False, ("هل تنتهي الأزمة قريبا",)),
        # a short line followed by another short line: the first is a link, the second a cross-head
        (
            ["الفقرة الأولى.", "رابط لمقال آخر هنا", "عنوان فرعي", "الفقرة الأخيرة من النص."],
            ("عنوان فرعي",),
            True,
            ("رابط لمقال آخر هنا",),
        ),
        # punctuated short lines are sentences, never cross-heads
        (["الفقرة الأولى.", "قال: نعم.", "الفقرة الأخيرة."], (), True, ()),
    ],
)
def test_cross_heads_and_link_lines(
    body_lines: list[str], subheadings: tuple[str, ...], kept_in_body: bool, dropped: tuple[str, ...]
) -> None:
    article = read_one("العنوان\n\n" + "\n\n".join(body_lines))
    assert article.subheadings == subheadings
    for heading in subheadings:
        assert (heading in article.text.split("\n\n")) is kept_in_body
    for line in dropped:
        assert line not in article.text


@pytest.mark.parametrize(
    ("tail", "related", "tags"),
    [
        (
            "اقرأ أيضاً\n\n1. مقال أول عن الموضوع\n2. مقال ثان عن الموضوع",
            ("مقال أول عن الموضوع", "مقال ثان عن الموضوع"),
            (),
        ),
        ("اقرأ أيضاً: عنوان مقال آخر", ("عنوان مقال آخر",), ()),
        (
            "Read more\n\n• Another story about it\n• A third story about it",
            ("Another story about it", "A third story about it"),
            (),
        ),
        ("الوسوم: سياسة، اقتصاد", (), ("سياسة", "اقتصاد")),
        (
            "مقالات متعلقة\n\n1. عنوان مقال مرتبط طويل\n\nلبنان\n\nالمزيد من لبنان",
            ("عنوان مقال مرتبط طويل",),
            ("لبنان",),
        ),
        # negative row: an ordinary last paragraph is body, not related or tags
        ("وختم المتحدث بالقول إن الحوار مستمر.", (), ()),
    ],
)
def test_related_blocks_and_tags(tail: str, related: tuple[str, ...], tags: tuple[str, ...]) -> None:
    article = read_one(f"العنوان\n\nقال المتحدث إن الحوار مستمر بين الطرفين.\n\n{tail}\n")
    assert article.related == related
    assert article.tags == tags
    assert article.text.startswith("قال المتحدث")
    for item in (*related, *tags):
        assert item not in article.text


def test_repeated_caption_is_stored_once_and_not_in_body() -> None:
    caption = "لاجئون ينتظرون عند المعبر - 3 آب 2024 (رويترز)"
    article = read_one(f"العنوان\n2024/08/03\n{caption}\n\n{caption}\n\nبدأ اللاجئون بالعودة إلى قراهم.")
    assert article.captions == (caption,)
    assert article.text == "بدأ اللاجئون بالعودة إلى قراهم."


def test_hard_wrapped_paragraph_is_rejoined() -> None:
    text = (
        "Title of the story\n\n"
        "The minister said on Tuesday that the government would raise the budget for\n"
        "schools next year, according to a statement.\n"
    )
    article = read_one(text)
    assert article.text == (
        "The minister said on Tuesday that the government would raise the budget for "
        "schools next year, according to a statement."
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("   \n\n  \t", "empty file"),
        ("العنوان\n2025/02/14\n\nمقالات متعلقة\n\n1. مقال آخر عن الموضوع", "no article text found"),
    ],
)
def test_page_text_failures(text: str, reason: str) -> None:
    (result,) = read_bytes(text.encode("utf-8"), source="page.txt")
    assert isinstance(result, ReadFailure)
    assert result.reason.startswith(reason)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("انتهى الاجتماع.", True),
        ("هل انتهى؟", True),
        ("He said: “No.”", True),
        ("قال: «لا».", True),
        ("دمشق مستعدة للتفاوض", False),
        ("Questions over funding", False),
        ("", False),
    ],
)
def test_ends_sentence(line: str, expected: bool) -> None:
    assert ends_sentence(line) is expected


@pytest.mark.parametrize(
    ("lines", "body", "subheadings"),
    [
        # list items after a colon line stay in the body, none is a cross-head
        (
            ["The party set three goals:", "Lower taxes", "Cheaper housing", "Build more schools."],
            ["The party set three goals:", "Lower taxes", "Cheaper housing", "Build more schools."],
            (),
        ),
        # a quotation with its author after a dash is prose, not a cross-head
        (
            ["First paragraph here.", "“Never again.” ― Rami Haddad", "Last paragraph here."],
            ["First paragraph here.", "“Never again.” ― Rami Haddad", "Last paragraph here."],
            (),
        ),
        # live-blog time stamps after the body started are kept, not taken as the publication time
        (
            ["First update of the day.", "6:05 p.m.", "The vote was postponed."],
            ["First update of the day.", "6:05 p.m.", "The vote was postponed."],
            (),
        ),
        (
            ["First update of the day.", "6:05 PM", "The vote was postponed."],
            ["First update of the day.", "6:05 PM", "The vote was postponed."],
            ("6:05 PM",),
        ),
        # separators are dropped
        (
            ["First paragraph.", "___", "* * *", "Second paragraph."],
            ["First paragraph.", "Second paragraph."],
            (),
        ),
    ],
)
def test_lists_quotes_and_separators(lines: list[str], body: list[str], subheadings: tuple[str, ...]) -> None:
    article = read_one("Headline of the story\n\n" + "\n\n".join(lines))
    assert article.text.split("\n\n") == body
    assert article.subheadings == subheadings
    assert article.published is None


def test_body_pasted_without_a_headline_keeps_its_first_paragraph() -> None:
    first = (
        "The minister of transport said on Monday that the new railway line between the two cities "
        "would open next spring, after three years of delays and two changes of contractor."
    )
    article = read_one(f"{first}\n\nShe added that tickets would cost less than the bus.")
    assert article.title is None
    assert article.text.split("\n\n") == [first, "She added that tickets would cost less than the bus."]
