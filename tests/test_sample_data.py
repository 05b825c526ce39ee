"""The bundled sample corpus (data/articles) and its gold annotations (data/gold) stay valid.

Gold files follow the schema of the shared worked example: every content, cue, direct quote
and scare quote is a verbatim substring of its article, speakers are listed, ids run S1..Sn
in reading order. Multi-article inputs (JSON Lines) add a ``locator`` ("line N").
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker.dates import parse_publication_date
from tracker.ingest import ReadFailure, read_paths

DATA = Path(__file__).resolve().parent.parent / "data"
ARTICLES = DATA / "articles"
GOLD_FILES = sorted((DATA / "gold").glob("gold-*.json"))
ARTICLE_FILES = sorted(p for p in ARTICLES.rglob("*") if p.is_file())
KINDS = {"person", "organization", "group", "media", "unnamed"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def article_text(gold: dict) -> tuple[str, str]:
    """(title, text) of the article a gold file annotates, straight from the file."""
    path = ARTICLES / gold["file"]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        obj = json.loads(raw)
        return obj["title"], obj["full_text"]
    if path.suffix == ".jsonl":
        line = int(gold["locator"].removeprefix("line "))
        obj = json.loads(raw.splitlines()[line - 1])
        return obj["title"], obj["full_text"]
    if path.suffix == ".html":
        title = re.search(r'property="og:title" content="([^"]+)"', raw)
        body = re.search(r"<article>(.*)</article>", raw, re.DOTALL)
        assert title is not None
        assert body is not None
        return title.group(1), body.group(1)
    return raw.splitlines()[0].strip(), raw


def test_corpus_shape() -> None:
    names = {p.name for p in ARTICLE_FILES}
    suffixes = {p.suffix for p in ARTICLE_FILES}
    assert {".txt", ".json", ".jsonl", ".html", ".rss"} <= suffixes
    assert len(names) >= 10
    assert sum(p.stat().st_size for p in DATA.rglob("*") if p.is_file()) < 200_000
    assert (DATA / "README.md").is_file()


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_article_files_are_non_empty_utf8(path: Path) -> None:
    data = path.read_bytes()
    assert data.strip()
    assert data.decode("utf-8").strip()
    assert not data.startswith(b"\xef\xbb\xbf")


def test_every_input_reads_into_articles() -> None:
    records = list(read_paths(ARTICLE_FILES))
    failures = [r.message() for r in records if isinstance(r, ReadFailure)]
    assert failures == []
    assert len(records) >= 14
    assert sum(1 for r in records if r.language == "en") >= 3
    assert all(r.text.strip() and r.published is not None for r in records)


def test_every_arabic_article_has_gold() -> None:
    annotated = {(g["file"], g.get("locator")) for g in map(_gold, GOLD_FILES)}
    arabic = {
        (Path(r.source_path).name, r.locator)
        for r in read_paths(ARTICLE_FILES)
        if not isinstance(r, ReadFailure) and r.language == "ar"
    }
    assert arabic == annotated


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_valid(path: Path) -> None:
    gold = _gold(path)
    assert set(gold) >= {"file", "article", "speakers", "statements", "scare_quotes"}
    title, text = article_text(gold)
    article = gold["article"]
    assert article["title"] == title
    assert article["language"] == "ar"
    assert datetime.strptime(article["published"], "%Y-%m-%dT%H:%M")
    for extra in article["captions"] + article["subheadings"] + article["related"]:
        assert extra in text

    speakers = {s["name"]: s for s in gold["speakers"]}
    assert len(speakers) == len(gold["speakers"])
    for sp in gold["speakers"]:
        assert set(sp) == {"name", "kind", "latin", "aliases", "role_aliases"}
        assert sp["kind"] in KINDS
        assert sp["latin"]

    positions = []
    for number, st in enumerate(gold["statements"], start=1):
        assert st["id"] == f"S{number}"
        assert isinstance(st["required"], bool)
        assert st["speaker"] in speakers
        assert st["cue"] in text
        assert st["content"] in text, st["content"]
        for quote in st["direct_quotes"]:
            assert quote in st["content"]
        assert st["said_on"] is None or DATE_RE.match(st["said_on"])
        positions.append(text.index(st["content"]))
    assert positions == sorted(positions), "statements out of reading order"
    used = {st["speaker"] for st in gold["statements"]}
    assert used == set(speakers), "a listed speaker has no statement"
    for quote in gold["scare_quotes"]:
        assert f"“{quote}”" in text


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_contents_survive_ingest(path: Path) -> None:
    """What the readers store as the body still contains every annotated content."""
    gold = _gold(path)
    (record,) = [
        r
        for r in read_paths([ARTICLES / gold["file"]])
        if not isinstance(r, ReadFailure) and r.locator == gold.get("locator")
    ]
    for st in gold["statements"]:
        assert st["content"] in record.text
    assert record.published is not None
    assert record.published.strftime("%Y-%m-%dT%H:%M") == gold["article"]["published"]


@pytest.mark.parametrize("path", [p for p in ARTICLE_FILES if p.suffix == ".txt"], ids=lambda p: p.name)
def test_page_copy_date_lines_parse(path: Path) -> None:
    lines = [line.strip(" •") for line in path.read_text(encoding="utf-8").splitlines()[1:5] if line.strip()]
    value = parse_publication_date(" ".join(lines[:2]), timezone(timedelta(hours=3)))
    assert value is not None
    assert date(2025, 3, 1) <= value.date() <= date(2025, 3, 31)


def test_corpus_exercises_claim_variants() -> None:
    """One claim in 3+ outlets, a negated variant, a changed number and a misquote."""
    golds = list(map(_gold, GOLD_FILES))
    statements = [(g["file"], st) for g in golds for st in g["statements"]]
    dam = [(f, st) for f, st in statements if "وادي الغيم" in st["content"] or "مخزون السد" in st["content"]]
    outlets = {f for f, st in dam if st["speaker"] == "سامر الخطيب"}
    assert len(outlets) >= 3
    assert any("لم يتراجع" in st["content"] for _, st in dam)
    displaced = " ".join(st["content"] for _, st in statements if "نزحوا" in st["content"])
    assert "39 ألفاً" in displaced
    assert "93 ألفاً" in displaced
    quotes = [q for _, st in statements if st["speaker"] == "ليلى منصور" for q in st["direct_quotes"]]
    assert len(quotes) >= 2
    assert quotes[0] != quotes[1]
    assert all(q.startswith("لن نترك") for q in quotes)
