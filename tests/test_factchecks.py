"""Importing ClaimReview fact-checks: reading both shapes, idempotent storing, matching statements."""

from __future__ import annotations

import json
from datetime import date

import pytest
from builders import add_article, make_statement_record
from sqlalchemy import func, select
from typer.testing import CliRunner

from tracker.cli import app
from tracker.models import Claim, ClaimLink, FactCheck, FactCheckMatch
from tracker.services.factchecks import (
    ClaimReviewError,
    import_fact_checks,
    read_claimreview_file,
    records_from,
)
from tracker.services.search import StatementFilter, search_statements

# Fact-checks written for these tests (Fact Check Tools shape).
CHECKS = [
    {
        "text": "ادعاء متداول بأن الأسد لن يحضر القمة المقبلة في العاصمة",
        "claimant": "منشورات على فيسبوك",
        "claimDate": "2025-03-08T10:00:00Z",
        "claimReview": [
            {
                "publisher": {"name": "Misbar", "site": "misbar.com"},
                "url": "https://check.example/1",
                "title": "حضور القمة",
                "reviewDate": "2025-03-10T09:00:00Z",
                "textualRating": "false",
                "languageCode": "ar",
            }
        ],
    },
    {
        "text": "صورة تظهر فيضانات في مدينة ساحلية هذا الأسبوع",
        "claimReview": [
            {
                "publisher": {"site": "fatabyyano.example"},
                "url": "https://check.example/2",
                "reviewDate": "2025-03-11",
                "textualRating": "misleading",
            }
        ],
    },
]

T_SUMMIT = "قال الرئيس سامر الخطيب إن الأسد لن يحضر القمة المقبلة."
T_REPEAT = "وكرر المتحدث نبيل عيسى أن الأسد لن يحضر القمة المقبلة أيضا."
T_BREAD = "وأكدت الوزيرة ليلى حداد أن الحكومة ستخفض أسعار الخبز."


RECORD_CASES = [
    (CHECKS[0], [("Misbar", "false", date(2025, 3, 10), date(2025, 3, 8), "ar")]),
    (CHECKS[1], [("fatabyyano.example", "misleading", date(2025, 3, 11), None, None)]),
    (
        {
            "@type": "ClaimReview",
            "claimReviewed": "الحكومة ستخفض أسعار الخبز",
            "url": "https://check.example/3",
            "author": {"@type": "Organization", "name": "Desk"},
            "datePublished": "2025-04-01",
            "reviewRating": {"@type": "Rating", "alternateName": "Accurate"},
            "itemReviewed": {
                "@type": "Claim",
                "author": {"name": "ليلى حداد"},
                "datePublished": "2025-03-30",
            },
        },
        [("Desk", "Accurate", date(2025, 4, 1), date(2025, 3, 30), None)],
    ),
]


@pytest.mark.parametrize(("item", "expected"), RECORD_CASES)
def test_records_from_both_shapes(item: dict, expected: list[tuple]) -> None:
    got = [(r.publisher, r.rating, r.review_date, r.claim_date, r.language) for r in records_from(item)]
    assert got == expected


@pytest.mark.parametrize(
    "bad",
    [
        {"claimant": "x"},  # no text
        {"text": "   ", "claimReview": [{}]},
        {"text": "نص", "claimReview": []},
        {"@type": "ClaimReview", "claimReviewed": ""},
        ["not", "an", "object"],
    ],
)
def test_records_from_rejects(bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((ValueError, TypeError)):  # each row fails for its own reason
        records_from(bad)


@pytest.mark.parametrize(
    ("content", "count", "errors"),
    [
        (json.dumps(CHECKS, ensure_ascii=False), 2, 0),
        (json.dumps({"claims": CHECKS}, ensure_ascii=False), 2, 0),
        ("\n".join(json.dumps(c, ensure_ascii=False) for c in CHECKS) + "\n{broken\n", 2, 1),
        (json.dumps([*CHECKS, {"claimant": "x"}], ensure_ascii=False), 2, 1),
    ],
)
def test_read_file_shapes(tmp_path, content: str, count: int, errors: int) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "checks.json"
    path.write_text(content, encoding="utf-8")
    records, problems = read_claimreview_file(path)
    assert len(records) == count
    assert len(problems) == errors
    assert all(str(path) in p for p in problems)


def test_read_file_not_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "checks.json"
    path.write_text("<html>", encoding="utf-8")
    with pytest.raises(ClaimReviewError, match=r"checks\.json"):
        read_claimreview_file(path)


def _seed(store, *, link: bool):  # type: ignore[no-untyped-def]
    ids = {}
    with store.sessions.begin() as session:
        for key, text, content, speaker in [
            ("summit", T_SUMMIT, "الأسد لن يحضر القمة المقبلة", "سامر الخطيب"),
            ("repeat", T_REPEAT, "الأسد لن يحضر القمة المقبلة أيضا", "نبيل عيسى"),
            ("bread", T_BREAD, "الحكومة ستخفض أسعار الخبز", "ليلى حداد"),
        ]:
            outcome = add_article(
                session,
                text,
                [make_statement_record(text, content, speaker=speaker)],
                url=f"https://t.example/{key}",
                link=link,
            )
            ids[key] = outcome.statement_ids[0]
    return store, ids


@pytest.fixture
def seeded(store):  # type: ignore[no-untyped-def]
    """Stored as ingest stores them: speakers resolved, claims linked."""
    return _seed(store, link=True)


@pytest.fixture
def unlinked(store):  # type: ignore[no-untyped-def]
    """Stored without claim linking: the test sets claim links by hand."""
    return _seed(store, link=False)


def _import(store, checks=CHECKS):  # type: ignore[no-untyped-def]
    records = [r for item in checks for r in records_from(item)]
    with store.sessions.begin() as session:
        return import_fact_checks(session, records)


def test_import_matches_and_is_idempotent(seeded) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    first = _import(store)
    assert (first.added, first.unchanged) == (2, 0)
    again = _import(store)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    with store.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(FactCheck)) == 2
        matched = set(session.scalars(select(FactCheckMatch.statement_id)))
        assert session.scalar(select(func.count()).select_from(FactCheckMatch)) == len(matched)
        views = {v.id: v for v in search_statements(session, StatementFilter())}
    assert ids["summit"] in matched
    assert ids["bread"] not in matched
    assert views[ids["summit"]].fact_checks == ["already checked by Misbar on 2025-03-10: false"]
    assert views[ids["bread"]].fact_checks == []


MATCH_CASES = [
    ("ادعاء متداول بأن الأسد لن يحضر القمة المقبلة في العاصمة", {"summit", "repeat"}),
    ("منشور يزعم أن الحكومة ستخفض أسعار الخبز هذا الشهر", {"bread"}),
    ("منشور يزعم أن الحكومة سترفع أسعار الخبز", set()),  # the opposite claim (antonym)
    ("ادعاء بأن الأسد سيحضر القمة المقبلة", set()),  # negation differs
    ("الحكومة تناقش القمة", set()),  # a few shared words are not the claim
    ("صورة تظهر فيضانات في مدينة ساحلية", set()),
]


@pytest.mark.parametrize(("claim", "expected"), MATCH_CASES)
def test_which_statements_match(seeded, claim: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    item = {"text": claim, "claimReview": [{"publisher": {"name": "Desk"}, "url": "https://check.example/x"}]}
    _import(store, [item])
    names = {v: k for k, v in ids.items()}
    with store.sessions.begin() as session:
        matched = {names[sid] for sid in session.scalars(select(FactCheckMatch.statement_id))}
    assert matched == expected


def test_changed_rating_updates(seeded) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    _import(store)
    changed = json.loads(json.dumps(CHECKS))
    changed[0]["claimReview"][0]["textualRating"] = "misleading"
    outcome = _import(store, changed)
    assert (outcome.added, outcome.updated, outcome.unchanged) == (0, 1, 1)
    with store.sessions.begin() as session:
        (view,) = search_statements(session, StatementFilter(statement_ids=(ids["summit"],)))
    assert view.fact_checks == ["already checked by Misbar on 2025-03-10: misleading"]


def test_unlinked_statements_are_matched_too(unlinked) -> None:  # type: ignore[no-untyped-def]
    store, ids = unlinked
    assert _import(store).matched_statements >= 1
    with store.sessions.begin() as session:
        matched = set(session.scalars(select(FactCheckMatch.statement_id)))
    assert ids["summit"] in matched
    assert ids["bread"] not in matched


def test_claim_level_check_shows_on_every_appearance(unlinked) -> None:  # type: ignore[no-untyped-def]
    store, ids = unlinked
    with store.sessions.begin() as session:
        claim = Claim(canonical_text="الأسد لن يحضر", canonical_norm="الاسد لن يحضر", appearance_count=2)
        session.add(claim)
        session.flush()
        session.add(ClaimLink(statement_id=ids["summit"], claim_id=claim.id, score=100.0, status="confirmed"))
        session.add(ClaimLink(statement_id=ids["repeat"], claim_id=claim.id, score=90.0))
        check = FactCheck(
            claim_text="x", claim_norm="x", claim_hash="h", review_url="u", publisher="Misbar", rating="false"
        )
        session.add(check)
        session.flush()
        session.add(
            FactCheckMatch(fact_check_id=check.id, statement_id=ids["summit"], claim_id=claim.id, score=90.0)
        )
    with store.sessions.begin() as session:
        views = {v.id: v for v in search_statements(session, StatementFilter())}
    assert views[ids["repeat"]].fact_checks == ["already checked by Misbar: false"]
    assert views[ids["bread"]].fact_checks == []


def test_cli_import(seeded, db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "checks.json"
    path.write_text(json.dumps([*CHECKS, {"claimant": "x"}], ensure_ascii=False), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db_url, "import-claimreview", str(path)])
    assert result.exit_code == 1  # one bad record, named; the others are imported
    assert "record 3" in result.output
    assert "2 added" in result.output
    listed = runner.invoke(app, ["--db", db_url, "statements", "--format", "jsonl", "--text", "القمة"])
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert any(r["fact_checks"] == ["already checked by Misbar on 2025-03-10: false"] for r in rows)
    missing = runner.invoke(app, ["--db", db_url, "import-claimreview", str(tmp_path / "nope.json")])
    assert missing.exit_code == 1
    assert "cannot read" in missing.output
