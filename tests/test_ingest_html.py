"""HTML pages through trafilatura: body, metadata, dates without the copyright-year trap."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker.ingest import ReadFailure, read_bytes, read_paths
from tracker.records import ArticleRecord

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PLUS3 = timezone(timedelta(hours=3))

PARAGRAPHS = (
    "<p>The minister said on Tuesday that the new hospital wing would open before the end of the year.</p>"
    "<p>She told reporters that the budget had been approved by parliament after a long debate.</p>"
    "<p>Doctors' unions welcomed the announcement but asked for more staff to be hired at once.</p>"
)


def page(
    head: str = "", body: str = PARAGRAPHS, footer: str = "<footer>© 2025 Example News</footer>"
) -> bytes:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Hospital wing to open</title>{head}"
        f"</head><body><article><h1>Hospital wing to open</h1>{body}</article>{footer}</body></html>"
    ).encode()


def read_page(data: bytes, **options: object) -> ArticleRecord:
    (result,) = read_bytes(data, source="page.html", **options)  # type: ignore[arg-type]
    assert isinstance(result, ArticleRecord), result
    return result


def test_arabic_page_fixture() -> None:
    (article,) = read_paths([FIXTURES / "article_ar.html"])
    assert isinstance(article, ArticleRecord)
    assert article.title == "البلدية تفتتح حديقة عامة جديدة"
    # no date metadata: the byline's Levantine date, never the footer's "© 2025"
    assert article.published == datetime(2024, 9, 5, 16, 20, tzinfo=PLUS3)
    assert article.author == "ليلى الحسن"
    assert article.outlet == "جريدة المدينة"
    assert article.url == "https://city.example/news/park"
    assert article.description == "افتتاح حديقة عامة في الحي الشرقي."
    assert article.captions == ("أطفال يلعبون في الحديقة الجديدة - 5 أيلول 2024 (جريدة المدينة)",)
    assert article.subheadings == ("مرافق للأطفال",)
    assert article.language == "ar"
    assert article.input_format == "html"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("افتتح رئيس البلدية")
    assert "مرافق للأطفال" in paragraphs
    for absent in ("injected", "الرئيسية", "جميع الحقوق", "أطفال يلعبون"):
        assert absent not in article.text


@pytest.mark.parametrize(
    ("head", "body_extra", "expected"),
    [
        (
            "<meta property='article:published_time' content='2025-03-09T10:30:00+02:00'>",
            "",
            datetime(2025, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("<meta itemprop='datePublished' content='2025-03-09'>", "", datetime(2025, 3, 9, tzinfo=PLUS3)),
        (
            "",
            "<time datetime='2024-12-01T08:00:00Z'>1 December</time>",
            datetime(2024, 12, 1, 8, 0, tzinfo=UTC),
        ),
        ("", "<span class='date'>9 March 2025</span>", datetime(2025, 3, 9, tzinfo=PLUS3)),
        (
            "",
            "<div class='article-date'>الأحد 9 آذار 2025 - 10:30 ص</div>",
            datetime(2025, 3, 9, 10, 30, tzinfo=PLUS3),
        ),
        # negative row: only the footer's copyright year -> no date at all
        ("", "", None),
    ],
)
def test_publication_date_sources(head: str, body_extra: str, expected: datetime | None) -> None:
    article = read_page(page(head=head, body=body_extra + PARAGRAPHS))
    assert article.published == expected


def test_opengraph_fallbacks_and_given_options() -> None:
    head = (
        "<meta property='og:site_name' content='Example News'>"
        "<meta property='og:url' content='https://news.example/h'>"
        "<meta name='author' content='By Rana Saleh'>"
    )
    article = read_page(page(head=head))
    assert (article.outlet, article.url, article.author) == (
        "Example News",
        "https://news.example/h",
        "Rana Saleh",
    )
    article = read_page(page(head=head), outlet="Given Outlet", language="ar")
    assert (article.outlet, article.language) == ("Given Outlet", "ar")


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body><div><span></span></div></body></html>",
        b"<<<>>>",
        b"<html><head><script>var a = 1;</script><style>p {}</style></head><body></body></html>",
        b"</p></div></body>",
    ],
)
def test_broken_html_without_text_fails(data: bytes) -> None:
    (result,) = read_bytes(data, source="broken.html")
    assert isinstance(result, ReadFailure)
    assert result.reason == "no article text found in HTML"


def test_unclosed_tags_still_give_text() -> None:
    article = read_page(b"<html><body><p>Unclosed paragraph with <b>bold <i>and italic text that goes on")
    assert article.text == "Unclosed paragraph with bold and italic text that goes on"


def test_windows_1256_page_with_meta_charset() -> None:
    body = "<p>قال رئيس الوزراء في مؤتمر صحفي إن الحكومة ستعلن خطة اقتصادية جديدة الأسبوع المقبل.</p>"
    data = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>"
        f"<title>خطة اقتصادية</title></head><body><article>{body * 3}</article></body></html>"
    ).encode("cp1256")
    article = read_page(data)
    assert article.text.startswith("قال رئيس الوزراء")


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    head = "<link rel='stylesheet' href='https://cdn.example/a.css'><script src='https://cdn.example/a.js'></script>"
    body = "<img src='https://cdn.example/i.png'><iframe src='https://ads.example/'></iframe>" + PARAGRAPHS
    article = read_page(page(head=head, body=body))
    assert article.text.startswith("The minister said")
    list(read_paths([FIXTURES / "article_ar.html", FIXTURES / "feed.rss", FIXTURES / "feed.atom"]))
