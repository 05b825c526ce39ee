"""Attribution extraction: article record in, statement records out.

A pure function of the article (no database, no terminal). The language decides which
extractor runs; both return the same :class:`~tracker.records.StatementRecord` contract.
"""

from __future__ import annotations

from tracker.normalize import detect_language
from tracker.records import ArticleRecord, StatementRecord

#: Stored with every statement, so a reviewer knows which rules produced it.
EXTRACTOR_VERSION = "0.1.0"


def extract_statements(article: ArticleRecord) -> tuple[StatementRecord, ...]:
    """The attributed statements of one article, in reading order."""
    if not article.text.strip():
        return ()
    language = article.language or detect_language(article.text)
    if language == "ar":
        from tracker.extract.arabic import extract_arabic

        return extract_arabic(article)
    from tracker.extract.english import extract_english

    return extract_english(article)
