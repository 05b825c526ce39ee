"""Export formats: each parses back with the library that reads it, and carries every field.

Most tests write views built here (no database, fast, and free to hold hostile text);
``test_cli_export_*`` runs the command against a store on SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from dataclasses import replace
from datetime import UTC, date, datetime

import bibtexparser
import jsonschema
import pytest
import rispy
from builders import add_article, make_statement_record
from typer.testing import CliRunner

from tracker.cli import app
from tracker.export import FIELDS, FORMATS, ExportOptions, csl, write
from tracker.export.claimreview import nodes
from tracker.export.ris import TAGS
from tracker.export.tabular import cell
from tracker.services.search import StatementView

BASE = StatementView(
    id=7,
    version=3,
    speaker_id=2,
    speaker_name="سامر الخطيب",
    speaker_mention="الرئيس",
    role="رئيس الوزراء",
    cue="قال",
    content="الأسد لن يحضر القمة المقبلة",
    direct_quotes=["لن يحضر"],
    kind="direct",
    said_on=date(2025, 3, 8),
    said_on_precision="day",
    date_basis="explicit",
    date_evidence="السبت",
    date_from_article=False,
    article_id=1,
    article_title="الخطيب: الأسد لن يحضر",
    article_url="https://news.example/a/1?x=1&y=%20",
    outlet="صحيفة الاختبار",
    published_at=datetime(2025, 3, 9, 13, 20, tzinfo=UTC),
    ingested_at=datetime(2025, 3, 10, 8, 0, tzinfo=UTC),
    archive_url="https://archive.example/web/1",
    language="ar",
    review_status="verified",
    review_note="تم التحقق من التسجيل",
    reviewed_by="amal",
    claim_id=4,
    claim_appearances=2,
    fact_checks=["already checked by Misbar on 2025-03-10: false"],
    speaker_as_written="سامر الخطيب",
    speaker_latin="Samer al-Khatib",
    speaker_kind="person",
    claim_text="الأسد لن يحضر القمة",
    claim_first_statement_id=5,
    claim_first_seen=date(2025, 3, 1),
    reviewed_at=datetime(2025, 3, 11, 9, 0, tzinfo=UTC),
)
FIRST = replace(
    BASE,
    id=5,
    article_id=2,
    said_on=date(2025, 3, 1),
    review_status="unreviewed",
    review_note=None,
    reviewed_by=None,
    reviewed_at=None,
    article_url="https://other.example/5",
    outlet="جريدة المساء",
    fact_checks=[],
)
HOSTILE = replace(
    BASE,
    id=9,
    speaker_name="=HYPERLINK(1)",
    speaker_as_written="=HYPERLINK(1)",
    speaker_latin=None,
    speaker_kind="organization",
    role=None,
    content='-2+3 {unbalanced % & $ # _ ~ ^ \\ "quote" *star* [link]\nsecond line',
    direct_quotes=[],
    kind="indirect",
    said_on=date(2024, 5, 1),
    said_on_precision="month",
    review_status="unreviewed",
    review_note=None,
    reviewed_by=None,
    reviewed_at=None,
    claim_id=None,
    claim_appearances=0,
    claim_text=None,
    claim_first_statement_id=None,
    claim_first_seen=None,
    fact_checks=[],
    archive_url=None,
    language="en",
)
VIEWS = [BASE, FIRST, HOSTILE]


def render(fmt: str, views=VIEWS, **options) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    write(list(views), out, fmt, ExportOptions(**options))
    return out.getvalue()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("safe", "safe"),
        ("3-2", "3-2"),  # only a leading sign is dangerous
        ("قال =", "قال ="),
        (None, ""),
        (True, "true"),
        (["a", "b"], "a | b"),
    ],
)
def test_csv_cells_are_spreadsheet_safe(value, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert cell(value) == expected


def test_csv_round_trip_and_bom() -> None:
    plain = render("csv")
    assert not plain.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(plain)))
    assert list(rows[0]) == list(FIELDS)
    assert len(rows) == 3
    base = rows[0]
    assert base["speaker"] == "سامر الخطيب"
    assert base["speaker_latin"] == "Samer al-Khatib"
    assert base["role"] == "رئيس الوزراء"
    assert base["kind"] == "direct"
    assert base["quoted_parts"] == "لن يحضر"
    assert base["said_on"] == "2025-03-08"
    assert base["accessed"].startswith("2025-03-10")
    assert base["archive_url"] == "https://archive.example/web/1"
    assert base["reviewed_by"] == "amal"
    assert rows[2]["speaker"] == "'=HYPERLINK(1)"
    assert rows[2]["content"].startswith("'-2+3")
    assert rows[2]["said_on"] == "2024-05"  # month precision, no made-up day
    assert render("csv", bom=True).startswith("\ufeff")


def test_jsonl_has_id_version_status() -> None:
    lines = [json.loads(line) for line in render("jsonl").splitlines()]
    assert [(r["id"], r["version"], r["review_status"]) for r in lines] == [
        (7, 3, "verified"),
        (5, 3, "unreviewed"),
        (9, 3, "unreviewed"),
    ]
    assert lines[0]["fact_checks"] == ["already checked by Misbar on 2025-03-10: false"]


def test_markdown_groups_and_escapes() -> None:
    by_speaker = render("md")
    assert by_speaker.count("\n## ") == 2  # two speakers
    assert "\\*star\\*" in by_speaker
    assert "\\[link\\]" in by_speaker
    assert "second line" in by_speaker
    assert "\nsecond line" not in by_speaker
    by_claim = render("md", group_by="claim")
    claim_section = by_claim.split("## Claim 4")[1].split("\n## ")[0]
    # The claim's first appearance (statement 5) comes before the later one (7).
    assert claim_section.index("Statement 5") < claim_section.index("Statement 7")
    assert "Statement 9 (no repeated claim)" in by_claim


def test_csl_json_validates_and_renders() -> None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(render("csl-json"))
    jsonschema.validate(items, csl.schema())
    assert {i["type"] for i in items} == {"article-newspaper"}
    assert items[0]["accessed"] == {"date-parts": [[2025, 3, 10]]}
    assert items[0]["custom"]["quoted_parts"] == ["لن يحضر"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "type": "newspaper"}], csl.schema())  # the schema bites
    # citeproc-py warns that it ignores "custom"; the rendering is what matters here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        source = CiteProcJSON([{k: v for k, v in item.items() if k != "custom"} for item in items])
        style = CitationStylesStyle("harvard-cite-them-right", validate=False)
        bibliography = CitationStylesBibliography(style, source, formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        rendered = [str(entry) for entry in bibliography.bibliography()]
    assert any("الخطيب: الأسد لن يحضر" in entry and "https://news.example" in entry for entry in rendered)


def test_bibtex_parses_with_arabic_intact() -> None:
    text = render("bibtex")
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    keys = [entry.key for entry in library.entries]
    assert keys == ["statement7", "statement5", "statement9"]
    assert {entry.entry_type for entry in library.entries} == {"online"}
    first = library.entries[0]
    assert first["urldate"] == "2025-03-10"
    assert first["date"] == "2025-03-09"
    assert "الأسد لن يحضر القمة المقبلة" in first["note"]
    assert first["author"] == "{Samer al-Khatib}"
    hostile = library.entries[2]["note"]
    assert r"\{unbalanced \% \& \$ \# \_" in hostile
    assert render("bibtex") == text  # stable keys and content


def test_ris_parses_as_news_with_access_date() -> None:
    records = rispy.loads(render("ris"))
    assert [r["type_of_reference"] for r in records] == ["NEWS"] * 3
    assert records[0]["access_date"] == "2025/03/10"
    assert records[0]["urls"] == ["https://news.example/a/1?x=1&y=%20"]
    assert records[0]["secondary_title"] == "صحيفة الاختبار"
    assert any("archive.example" in note for note in records[0]["notes"])
    assert "\n" not in records[2]["abstract"]


def test_ris_tags_are_rispys() -> None:
    assert all(rispy.TAG_KEY_MAPPING[tag] == name for tag, name in TAGS)


GOOGLE_REQUIRED = ("claimReviewed", "reviewRating", "url")


def test_claimreview_has_google_required_fields() -> None:
    graph = json.loads(render("claimreview"))["@graph"]
    reviews = [n for n in graph if n["@type"] == "ClaimReview"]
    claims = [n for n in graph if n["@type"] == "Claim"]
    assert len(reviews) == 1
    assert len(claims) == 1
    review = reviews[0]
    for name in GOOGLE_REQUIRED:
        assert review[name]
    assert review["reviewRating"]["alternateName"]
    assert review["reviewRating"]["name"] == "verified"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["datePublished"] == "2025-03-08"
    assert item["author"] == {
        "@type": "Person",
        "name": "سامر الخطيب",
        "jobTitle": "رئيس الوزراء",
        "alternateName": "Samer al-Khatib",
    }
    assert [a["url"] for a in item["appearance"]] == [
        "https://other.example/5",
        "https://news.example/a/1?x=1&y=%20",
    ]
    assert item["firstAppearance"]["url"] == "https://other.example/5"
    bare = claims[0]
    assert bare["author"]["@type"] == "Organization"
    assert "jobTitle" not in bare["author"]
    assert bare["datePublished"] == "2024-05"


def test_claimreview_review_url_template() -> None:
    (review,) = [
        n
        for n in nodes([BASE], ExportOptions(review_url="https://fc.example/r/{id}", publisher="Desk"))
        if n["@type"] == "ClaimReview"
    ]
    assert review["url"] == "https://fc.example/r/7"
    assert review["author"]["name"] == "Desk"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_no_escape_sequences_reach_the_output(fmt: str) -> None:
    hostile = replace(
        HOSTILE, content="said \x1b]52;c;Y2xpcA==\x07 and \x1b[2J cleared\x00", review_note="\x9b31m"
    )
    text = render(fmt, views=[hostile])
    assert "\x1b" not in text
    assert "\x00" not in text
    assert "\x9b" not in text
    assert "cleared" in text


@pytest.mark.parametrize("bad", [{"fmt": "docx"}, {"fmt": "csv", "group_by": "outlet"}])
def test_unknown_format_or_grouping(bad: dict) -> None:
    fmt = bad.pop("fmt")
    with pytest.raises(ValueError, match="unknown"):
        render(fmt, **bad)


# --- the command, on both backends ------------------------------------------------------------

T_ONE = "قال الرئيس سامر الخطيب إن الأسد لن يحضر القمة المقبلة."
T_TWO = "The minister, John Harlow, said the war on inflation is over."


@pytest.fixture
def stored(store, tmp_path):  # type: ignore[no-untyped-def]
    with store.sessions.begin() as session:
        add_article(
            session,
            T_ONE,
            [make_statement_record(T_ONE, "الأسد لن يحضر القمة المقبلة", role="الرئيس")],
            url="https://t.example/1",
        )
        add_article(
            session,
            T_TWO,
            [
                make_statement_record(
                    T_TWO, "the war on inflation is over", speaker="John Harlow", language="en"
                )
            ],
            url="https://t.example/2",
            language="en",
        )
    return store


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_cli_export_every_format(stored, db_url: str, tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(
        app, ["--db", db_url, "export", "--format", fmt, "-o", str(target), "--text", "الاسد"]
    )
    assert result.exit_code == 0, result.output
    written = target.read_text(encoding="utf-8")
    assert "الأسد لن يحضر القمة المقبلة" in written
    assert "inflation" not in written  # the filter applied


def test_cli_export_to_stdout_with_filters(stored, db_url: str) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, ["--db", db_url, "export", "-f", "jsonl", "--language", "en"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    assert json.loads(line)["speaker"] == "John Harlow"
