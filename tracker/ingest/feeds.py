"""RSS 2.0 and Atom feeds (feedparser): one article per entry.

The entry's full content (``content:encoded``, Atom ``<content>``) is used when present, else
its summary; HTML inside is turned into text paragraphs. feedparser gets the feed as a byte
stream, never a string, because a string that looks like a URL would be downloaded; it also
refuses external entities. The feed is first decoded by :mod:`tracker.ingest.decode` (so a
windows-1256 feed without a declaration reads right) and handed over as UTF-8 with its
declaration rewritten to say so.
"""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from tracker.ingest.base import ReadFailure, ReadOptions, build_record
from tracker.ingest.htmltext import fragment_paragraphs, looks_like_html
from tracker.ingest.published import parse_date_field
from tracker.ingest.resources import XML_ENCODING_RE
from tracker.records import ArticleRecord

# The SAX parser's position prefix ("<unknown>:2:0: ") names no file the user knows.
_PARSER_PREFIX_RE = re.compile(r"^<unknown>:\d+:\d+:\s*")


def _utf8_feed(text: str) -> bytes:
    match = XML_ENCODING_RE.search(text[:1024])
    if match:
        text = text[: match.start(1)] + "utf-8" + text[match.end(1) :]
    return text.encode("utf-8")


def _text_of(value: str, content_type: str) -> tuple[str, list[str]]:
    if "html" in content_type or looks_like_html(value):
        paragraphs, headings = fragment_paragraphs(value)
        return "\n\n".join(paragraphs), headings
    paragraphs = [" ".join(part.split()) for part in value.split("\n\n")]
    return "\n\n".join(part for part in paragraphs if part), []


def _plain(value: str | None) -> str | None:
    if not value:
        return None
    paragraphs, _ = fragment_paragraphs(value) if looks_like_html(value) else ([value], [])
    return " ".join(paragraphs) or None


def _published(entry: Any, opts: ReadOptions) -> datetime | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            moment = parse_date_field(raw, opts.tz)
            if moment is not None:
                return moment
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:  # feedparser normalised it to UTC
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return None


def _author(entry: Any) -> str | None:
    names = [author.get("name") for author in entry.get("authors") or [] if author.get("name")]
    return ", ".join(names) if names else entry.get("author")


def read_feed(text: str, opts: ReadOptions) -> Iterator[ArticleRecord | ReadFailure]:
    """Articles from an RSS or Atom feed; a failure per unreadable entry, or for the whole feed."""
    import feedparser  # imported on use: only feeds need it

    parsed = feedparser.parse(io.BytesIO(_utf8_feed(text)))
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = _PARSER_PREFIX_RE.sub("", str(problem))
        reason = f"not a readable RSS or Atom feed ({detail})" if problem else "feed has no entries"
        yield opts.fail(reason)
        return
    channel = parsed.get("feed") or {}
    for number, entry in enumerate(entries, 1):
        where = f"entry {number}"
        contents = entry.get("content") or []
        full = max(contents, key=lambda item: len(item.get("value") or ""), default=None)
        summary = entry.get("summary") or ""
        if full and (full.get("value") or "").strip():
            body, headings = _text_of(full["value"], full.get("type") or "")
            description = _plain(summary) if summary.strip() else None
            if description and description == " ".join(body.split()):
                description = None  # Atom with content only: feedparser copies it into the summary
        else:
            detail = entry.get("summary_detail") or {}
            body, headings = _text_of(summary, detail.get("type") or "")
            description = None
        if not body.strip():
            yield opts.fail("entry has no text (no content or summary)", where)
            continue
        yield build_record(
            opts,
            text=body,
            input_format="rss",
            locator=where,
            title=_plain(entry.get("title")),
            published=_published(entry, opts),
            language=entry.get("language") or channel.get("language"),
            url=entry.get("link"),
            outlet=channel.get("title"),
            author=_author(entry),
            description=description,
            subheadings=headings,
            tags=[tag.get("term") for tag in entry.get("tags") or []],
        )
