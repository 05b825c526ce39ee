"""Property tests of the English extractor: any text is handled, every span is honest."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord

# Words that make the rules fire, mixed with noise, quotes and punctuation.
PIECES = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "according to",
        "he",
        "she",
        "they",
        "Mr.",
        "Anna Berg",
        "Berg",
        "the minister",
        "officials",
        "that",
        ",",
        ".",
        ":",
        "“",
        "”",
        '"',
        "''",
        "—",
        "―",
        "\n",
        "\n\n",
        "on Tuesday",
        "yesterday",
        "adding",
        "Feb. 6",
        "on March 3, 2026",
        "(",
        ")",
        "so-called",
        "'",
        "’s",
        "Reuters",
        "I",
        "the",
        "a",
        "was",
        "not",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map(" ".join),
    st.lists(PIECES, max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.booleans())
def test_any_text_gives_honest_spans(text: str, dated: bool) -> None:
    article = ArticleRecord(text=text, published=datetime(2025, 2, 14) if dated else None, language="en")
    statements = extract_english(article)
    for s in statements:
        spans = [s.cue, s.content, *s.direct_quotes]
        if s.speaker.span is not None:
            spans.append(s.speaker.span)
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert s.content.text
        assert s.content.text in text
        assert 0.0 <= s.confidence <= 1.0
        assert s.speaker.kind in {"person", "organization", "group", "media", "unnamed"}
        assert s.kind in {"direct", "indirect", "mixed"}
        assert s.date.basis in {"explicit", "weekday", "relative", "report", "none"}
        assert s.speaker.name
        if s.date.value is not None and article.published is not None:
            # A statement cannot have been made after the article reporting it.
            assert s.date.value <= article.published.date()
