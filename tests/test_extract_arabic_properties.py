"""Property tests of the Arabic extractor: any text, however noisy, never breaks it.

Texts are drawn from Arabic words, cue words, complementisers, quotation marks of every
kind, tashkeel, tatweel, bidi marks, no-break spaces and newlines, so that the rules fire
on odd input. Every span must slice the article text exactly.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extract.arabic import extract_arabic
from tracker.records import SPEAKER_KINDS, ArticleRecord, Span

PIECES = [
    "قال", "وقالت", "أضاف", "وأكد", "مضيفاً", "مشيرةً إلى", "بحسب", "وفق ما ذكرته", "نقلاً عن", "على لسان",
    "إن", "أن", "بأن", "أنّه", "فإن", "الوزير", "المتحدثة باسم الخارجية", "سامر", "الحلبي", "وزارة", "الصحة",
    "اليوم", "أمس", "الجمعة", "في 6 من شباط", "2024", "الذي", "وجاء في بيان", "عن", "إلى", "لـ", "(", ")",
    "،", ",", ".", ":", "؛", "!", "؟", "\"", "«", "»", "“", "”", "\n", "\n\n", " ", "  ", "\u00a0", "\u200f",
    "\u200e", "\u200c", "ـ", "\u064b", "\u0651", "\u064e", "x", "7.1", "مراسلالميادين", "أنّمئات",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join) | st.text(max_size=200)


def _check_span(text: str, span: Span) -> None:
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, dated=st.booleans())
def test_any_text_gives_valid_statements(text: str, dated: bool) -> None:
    published = datetime(2025, 2, 14, 18, 11, tzinfo=UTC) if dated else None
    article = ArticleRecord(text=text, published=published, language="ar")
    for statement in extract_arabic(article):
        _check_span(text, statement.content)
        _check_span(text, statement.cue)
        assert statement.content.text
        assert statement.content.text in text
        if statement.speaker.span is not None:
            _check_span(text, statement.speaker.span)
        for quote in statement.direct_quotes:
            _check_span(text, quote)
        assert statement.speaker.kind in SPEAKER_KINDS
        assert 0.0 <= statement.confidence <= 1.0
        assert statement.kind in ("direct", "indirect", "mixed")
        if statement.date.value is not None:
            assert published is not None
            assert statement.date.value <= published.date()


@settings(max_examples=100, deadline=None)
@given(text=texts)
def test_deterministic(text: str) -> None:
    article = ArticleRecord(text=text, language="ar")
    assert extract_arabic(article) == extract_arabic(article)
