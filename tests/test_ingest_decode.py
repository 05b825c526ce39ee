"""Encodings, binary input and control characters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.ingest import ReadFailure, read_bytes, read_paths
from tracker.ingest.decode import UNDECODABLE, DecodeError, decode_bytes
from tracker.records import ArticleRecord

ARABIC = "قالت الوزيرة في بيان رسمي إن الحكومة ستدعم المزارعين، وأضافت أن الخطة تبدأ الشهر المقبل."
SHORT_ARABIC = ["نعم", "قال الوزير", "في سوريا", "مصر", "اجتماع طارئ للحكومة"]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),  # no byte-order mark: told by the NUL pattern
        ("cp1256", "cp1256"),
        ("iso8859_6", "iso8859_6"),
    ],
)
def test_arabic_text_in_each_encoding(encoding: str, expected: str) -> None:
    text, found = decode_bytes(ARABIC.encode(encoding))
    assert text.lstrip("\ufeff") == ARABIC
    assert found == expected


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
@pytest.mark.parametrize("phrase", SHORT_ARABIC)
def test_short_arabic_single_byte_texts(encoding: str, phrase: str) -> None:
    text, _ = decode_bytes(phrase.encode(encoding))
    assert text == phrase


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6", "utf-16"])
def test_files_in_each_encoding_read_as_articles(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(f"عنوان الخبر\n\n{ARABIC}\n".encode(encoding))
    (article,) = read_paths([path])
    assert isinstance(article, ArticleRecord)
    assert article.title == "عنوان الخبر"
    assert article.text == ARABIC


def test_declared_charset_wins() -> None:
    # Arabic bytes that read as either code page: the meta tag settles it.
    page = '<html><head><meta charset="windows-1256"></head><body><p>' + ARABIC + "</p></body></html>"
    text, encoding = decode_bytes(page.encode("cp1256"))
    assert encoding == "cp1256"
    assert ARABIC in text
    latin = "<?xml version='1.0' encoding='iso-8859-1'?><rss><channel></channel></rss>caf\xe9"
    text, encoding = decode_bytes(latin.encode("latin-1"))
    assert encoding == "iso8859-1"
    assert text.endswith("café")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image), not text"),
        (b"%PDF-1.7\n", "binary file (PDF document), not text"),
        (b"abc\x00\x01\x02\x03def\x00\xff\xfe\x00", "binary file (contains NUL bytes), not text"),
        (bytes(range(1, 32)) * 20 + b"\xff", UNDECODABLE),
    ],
)
def test_binary_and_undecodable_input(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_bytes(data)
    (failure,) = read_bytes(data, source="x.txt")
    assert isinstance(failure, ReadFailure)
    assert failure.reason == reason
    assert failure.message() == f"x.txt: {reason}"


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"\n\n\t \r\n", "\ufeff".encode("utf-8"), "  \n".encode("utf-16")],
)
@pytest.mark.parametrize("source", ["a.txt", "a.html", "a.json", "a.jsonl", "a.rss", "a"])
def test_empty_input_in_every_format(data: bytes, source: str) -> None:
    results = list(read_bytes(data, source=source))
    if source.endswith(".jsonl") and data.strip(b" \t\r\n"):
        # a JSON Lines file of blank lines holds no records and no failures
        assert results == [] or all(isinstance(r, ReadFailure) for r in results)
        return
    assert len(results) == 1
    assert isinstance(results[0], ReadFailure)
    assert results[0].reason == "empty file"


CONTROL_CASES = [
    ("\x1b[31mred\x1b[0m", "red"),  # ANSI CSI colour
    ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink
    ("\x1b]52;c;ZXZpbA==\x07clip", "clip"),  # OSC 52 clipboard write
    ("bell\x07 back\x08 nul-free\x0c", "bell back nul-free"),
    # kept: RLM, LRM, ZWNJ, no-break space
    ("a\u200fb\u200ec\u200cd\u00a0e", "a\u200fb\u200ec\u200cd\u00a0e"),
]


@pytest.mark.parametrize(("dirty", "clean"), CONTROL_CASES)
def test_controls_and_escapes_are_removed_from_every_field(dirty: str, clean: str) -> None:
    page = f"Title {dirty}\n\nThe minister said {dirty} today.\n"
    (article,) = read_bytes(page.encode("utf-8"), source="p.txt")
    assert isinstance(article, ArticleRecord)
    assert article.title == f"Title {clean}"
    assert article.text == f"The minister said {clean} today."
    data = json.dumps({"text": dirty, "title": f"Title {dirty}", "author": dirty}).encode()
    (json_article,) = read_bytes(data, source="a.json")
    assert isinstance(json_article, ArticleRecord)
    assert json_article.text == clean
    assert json_article.title == f"Title {clean}"
    assert json_article.author == clean


def test_valid_utf8_outweighs_a_stale_single_byte_declaration() -> None:
    page = f"<html><head><meta charset='windows-1256'></head><body><p>{ARABIC}</p></body></html>"
    text, encoding = decode_bytes(page.encode("utf-8"))
    assert encoding == "utf-8"
    assert ARABIC in text


def test_a_quoted_meta_tag_inside_json_is_not_a_declaration() -> None:
    record = {"text": ARABIC, "html": "<meta charset='iso-8859-1'>"}
    data = json.dumps(record, ensure_ascii=False).encode("utf-8")
    (article,) = read_bytes(data, source="a.json")
    assert isinstance(article, ArticleRecord)
    assert article.text == ARABIC
