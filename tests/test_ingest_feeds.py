"""RSS 2.0 and Atom feeds: one article per entry, full content before summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker.ingest import ReadFailure, read_bytes, read_paths
from tracker.records import ArticleRecord

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PLUS3 = timezone(timedelta(hours=3))


def test_rss_fixture() -> None:
    results = list(read_paths([FIXTURES / "feed.rss"]))
    assert [r.locator for r in results] == ["entry 1", "entry 2", "entry 3"]
    full, summary_only, empty = results
    assert isinstance(full, ArticleRecord)
    assert full.title == "المجلس البلدي يقر موازنة العام الجديد"
    assert full.text == (
        "أقر المجلس البلدي موازنة العام الجديد بأغلبية الأعضاء.\n\nاعتراضات\n\n"
        'وقال عضو المجلس سامي رزق إن الموازنة "لا تلبي حاجات الأحياء الفقيرة".'
    )
    assert full.subheadings == ("اعتراضات",)
    assert full.description == "إقرار الموازنة بالأغلبية."
    assert full.published == datetime(2025, 1, 6, 14, 0, tzinfo=PLUS3)
    assert (full.outlet, full.url, full.language, full.tags) == (
        "أخبار المثال",
        "https://news.example/budget",
        "ar",
        ("محليات",),
    )
    assert full.input_format == "rss"
    assert isinstance(summary_only, ArticleRecord)
    assert summary_only.text == "افتتح وزير الثقافة معرض الكتاب السنوي بمشاركة مئة دار نشر."
    assert isinstance(empty, ReadFailure)
    assert empty.message() == f"{FIXTURES / 'feed.rss'}:entry 3: entry has no text (no content or summary)"


def test_atom_fixture() -> None:
    (entry,) = read_paths([FIXTURES / "feed.atom"])
    assert isinstance(entry, ArticleRecord)
    assert entry.title == "Council approves bridge repairs"
    assert (
        entry.text
        == 'The council approved repairs to the old bridge on Saturday.\n\n"Work starts next week," the mayor said.'
    )
    assert entry.author == "Sam Lee"
    assert entry.outlet == "Example Wire"
    assert entry.url == "https://wire.example/bridge"
    assert entry.published == datetime(2025, 2, 1, 10, 0, tzinfo=UTC)
    assert entry.description is None  # feedparser's copy of the content is not a description
    assert entry.language == "en"


def test_windows_1256_feed_with_declaration() -> None:
    feed = (
        '<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>قناة</title>'
        "<item><title>عنوان</title><description>قال الوزير إن الاجتماع كان مثمرا.</description></item>"
        "</channel></rss>"
    ).encode("cp1256")
    (entry,) = read_bytes(feed, source="feed.xml")
    assert isinstance(entry, ArticleRecord)
    assert entry.text == "قال الوزير إن الاجتماع كان مثمرا."
    assert entry.outlet == "قناة"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>",
            "feed has no entries",
        ),
        (b"hello world, not xml at all", "not a readable RSS or Atom feed (syntax error)"),
        (b'{"a": 1}', "not a readable RSS or Atom feed (not well-formed"),
        (b"<html><body><p>a page</p></body></html>", "feed has no entries"),
    ],
)
def test_feed_failures(data: bytes, reason: str) -> None:
    (result,) = read_bytes(data, source="feed.rss", fmt="rss")
    assert isinstance(result, ReadFailure)
    assert result.reason.startswith(reason)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss version='2.0'><channel><title>t</title><item><title>a</title>"
        "<description>before &x; after</description></item></channel></rss>"
    ).encode()
    for result in read_bytes(feed, source="feed.rss"):
        assert "TOP-SECRET-VALUE" not in str(result)
