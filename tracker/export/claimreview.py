"""schema.org ClaimReview / Claim export (JSON-LD), the shape fact-checkers publish.

Statements are grouped by repeated claim (a statement without a claim is its own
group). Each group becomes a ``Claim``: author (Person with jobTitle from the role, or
Organization), datePublished (the statement date), every reporting article as an
``appearance`` and the earliest as ``firstAppearance``. Each *reviewed* statement
becomes a ``ClaimReview`` of that claim, credited to its own speaker, with
``claimReviewed``, ``reviewRating.alternateName`` from the review status, ``url``,
``author`` and ``datePublished``: the properties Google's fact-check markup requires
(claimReviewed, reviewRating.alternateName, url) and recommends. Written with ``json``:
JSON-LD is JSON and no installed library writes schema.org.

``url`` must name the page that publishes the review, which the tracker cannot know:
pass ``review_url`` (a template with ``{id}``); by default a ``tag:`` URI identifies
the statement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TextIO

from tracker.export.fields import ExportOptions, claim_order_key, day, iso

if TYPE_CHECKING:
    from tracker.services.search import StatementView

RATING_NAMES = {
    "verified": "Accurate: said as quoted",
    "disputed": "Disputed",
    "misattributed": "Misattributed",
    "misquoted": "Misquoted",
    "not_a_claim": "Not a claim",
}
DEFAULT_REVIEW_URL = "tag:claims-tracker,2025:statement-{id}"
ORGANIZATION_KINDS = {"organization", "group", "media"}


def _author(view: StatementView) -> dict[str, Any]:
    if view.speaker_kind in ORGANIZATION_KINDS:
        person: dict[str, Any] = {"@type": "Organization", "name": view.speaker_name}
    else:
        person = {"@type": "Person", "name": view.speaker_name}
        if view.role:
            person["jobTitle"] = view.role
    if view.speaker_latin and view.speaker_latin != view.speaker_name:
        person["alternateName"] = view.speaker_latin
    return person


def _appearance(view: StatementView) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "NewsArticle", "headline": view.article_title}
    if view.article_url:
        work["url"] = view.article_url
    if view.published_at:
        work["datePublished"] = iso(view.published_at)
    if view.outlet:
        work["publisher"] = {"@type": "Organization", "name": view.outlet}
    if view.archive_url:
        work["archivedAt"] = view.archive_url
    return {k: v for k, v in work.items() if v is not None}


def _claim(view: StatementView, appearances: list[dict[str, Any]]) -> dict[str, Any]:
    claim: dict[str, Any] = {
        "@type": "Claim",
        "text": view.content,
        "author": _author(view),
        "appearance": appearances,
        "firstAppearance": appearances[0],
        "inLanguage": view.language,
    }
    if view.said_on_iso():
        claim["datePublished"] = view.said_on_iso()
    if view.claim_id is not None:
        claim["identifier"] = f"claim-{view.claim_id}"
    return claim


def _review(view: StatementView, appearances: list[dict[str, Any]], options: ExportOptions) -> dict[str, Any]:
    rating = {
        "@type": "Rating",
        "alternateName": RATING_NAMES.get(view.review_status, view.review_status),
        "name": view.review_status,
    }
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": (options.review_url or DEFAULT_REVIEW_URL).format(id=view.id),
        "claimReviewed": view.content,
        "itemReviewed": _claim(view, appearances),
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": options.publisher or view.reviewed_by or "unknown"},
        "inLanguage": view.language,
    }
    if view.reviewed_at:
        review["datePublished"] = day(view.reviewed_at)
    if view.review_note:
        review["reviewBody"] = view.review_note
    return review


def nodes(views: Iterable[StatementView], options: ExportOptions) -> list[dict[str, Any]]:
    listed = list(views)
    items = sorted(listed, key=claim_order_key(listed))
    groups: dict[Any, list[StatementView]] = {}
    for view in items:
        groups.setdefault(view.claim_id if view.claim_id is not None else ("statement", view.id), []).append(
            view
        )
    out: list[dict[str, Any]] = []
    by_article: dict[int, dict[str, Any]] = {}  # one appearance per article, built once
    for members in groups.values():
        first_in: dict[int, StatementView] = {}
        for v in members:
            first_in.setdefault(v.article_id, v)
        appearances = []
        for article_id, v in first_in.items():
            if article_id not in by_article:
                by_article[article_id] = _appearance(v)
            appearances.append(by_article[article_id])
        reviewed = [v for v in members if v.review_status != "unreviewed"]
        if not reviewed:
            out.append(_claim(members[0], appearances))
        out.extend(_review(v, appearances, options) for v in reviewed)
    return out


def write(views: Iterable[StatementView], out: TextIO, options: ExportOptions) -> None:
    # One node per line, each through json's C encoder (indent= would switch to the
    # pure-Python one, several times slower on a 100k export).
    out.write('{"@context": "https://schema.org", "@graph": [')
    for number, node in enumerate(nodes(list(views), options)):
        out.write(",\n" if number else "\n")
        out.write(json.dumps(node, ensure_ascii=False, default=_default))
    out.write("\n]}\n")


def _default(value: Any) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
