"""Page-copy text: what a fact-checker gets by selecting an article in the browser and pasting it.

The shape (Arabic and English outlets alike)::

    Title line
      • 2025/02/14            <- date line (bulleted or not, any common written form)
      • 6:11 م                <- time line, combined with the date (م = PM, ص = AM)
    Caption - 14 من شباط 2025 (agency)     <- photo caption, often repeated
    Body paragraph.
    Cross-head without final punctuation   <- kept in the body AND listed as a subheading
    Body paragraph.
    Question headline of another article   <- link line: dropped
    مقالات متعلقة / Related / Read more
      1. Other article title                <- related
    Tag                                     <- tags
    المزيد من ... / More from ...           <- dropped

Each non-empty line is a paragraph (a hard-wrapped block is first re-joined). Lines are
classified in one pass with a small state machine (header, body, related block); then
short unpunctuated lines are settled by what follows them: a cross-head introduces body
text, while a short line followed by nothing, another short line or the related block is a
link to another article (or, when one to three words long at the very end, a tag). The body
is the kept paragraphs joined by a blank line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, time

from tracker.ingest.base import ReadFailure, ReadOptions, build_record
from tracker.ingest.published import has_clock_time, parse_date_line, parse_time_line
from tracker.ingest.resources import (
    BULLET_RE,
    BYLINE_RE,
    CAPTION_PREFIX_RE,
    CAPTION_RE,
    CHROME_LINES,
    CREDIT_END_RE,
    DATE_LINE_WORDS,
    DATE_PREFIX_RE,
    DIGIT_RE,
    FINAL_PUNCT,
    INLINE_RELATED_RE,
    INTERNAL_STOP_RE,
    MORE_FROM_RE,
    NUMBERED_RE,
    QUESTION_MARKS,
    RELATED_HEADERS,
    SHORT_LINE_WORDS,
    TAG_SPLIT_RE,
    TAG_WORDS,
    TAGS_PREFIX_RE,
    TRAILING_CLOSERS,
    WORD_CHAR_RE,
)
from tracker.normalize import fold, strip_controls
from tracker.records import ArticleRecord

#: Lines of a hard-wrapped paragraph are at least this long (but the last).
_WRAP_MIN_CHARS = 50
_WRAP_MAX_CHARS = 110
_MARKER_CHARS = 40
#: A first line longer than this is a body paragraph, not a headline.
_TITLE_MAX_WORDS = 22
#: A short line seen this often is a photo credit or page chrome ("Getty/Instagram."), not body.
_REPEATED_CREDIT = 2


@dataclass
class _Page:
    title: str | None = None
    published: datetime | None = None
    clock: time | None = None
    author: str | None = None
    captions: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    #: (line, is_short_unpunctuated) in order; settled into body and subheadings at the end.
    paragraphs: list[tuple[str, bool]] = field(default_factory=list)


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(TRAILING_CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in FINAL_PUNCT


def _words(line: str) -> int:
    return len(line.split())


def _is_short(line: str) -> bool:
    return _words(line) <= SHORT_LINE_WORDS and not ends_sentence(line) and not INTERNAL_STOP_RE.search(line)


def _unwrap(text: str) -> list[str]:
    """Non-empty lines, with hard-wrapped paragraphs (long unpunctuated lines) re-joined."""
    lines: list[str] = []
    for block in text.split("\n\n"):
        rows = [row.strip() for row in block.split("\n") if row.strip()]
        inner = rows[:-1]
        # Hard-wrapped rows are long, unpunctuated and of nearly equal width (the wrap column).
        wrapped = (
            bool(inner)
            and all(
                _WRAP_MIN_CHARS <= len(row) <= _WRAP_MAX_CHARS
                and not ends_sentence(row)
                and not NUMBERED_RE.match(row)
                for row in inner
            )
            and max(map(len, inner)) - min(map(len, inner)) <= 0.25 * max(map(len, inner))
        )
        lines.extend([" ".join(rows)] if wrapped else rows)
    return lines


def _looks_like_date_line(bare: str) -> bool:
    """Short, and at least 40 % of its words carry digits: "14 شباط 2025", not "Russia 2025 plans"."""
    words = DATE_PREFIX_RE.sub("", bare).split()
    if not words or len(words) > DATE_LINE_WORDS:
        return False
    with_digits = sum(1 for word in words if DIGIT_RE.search(word))
    return with_digits / len(words) >= 0.4


def _is_caption(bare: str, seen: list[str], repeated: bool) -> bool:
    if bare in seen or repeated:
        return True
    if CAPTION_PREFIX_RE.match(bare):
        return True
    if ends_sentence(bare):
        return False
    return bool(CAPTION_RE.search(bare) or (CREDIT_END_RE.search(bare) and _words(bare) <= 30))


def _classify(lines: list[str], opts: ReadOptions) -> _Page:
    page = _Page()
    counts = Counter(lines)
    state = "header"
    numbered_block: bool | None = None
    looking_for_title = True
    for line in lines:
        bare = BULLET_RE.sub("", line).strip() or line
        # Markers (chrome, "related" headers) are a few words long: fold only short lines.
        folded = fold(bare) if len(bare) <= _MARKER_CHARS else ""
        if folded in CHROME_LINES or not WORD_CHAR_RE.search(bare):
            continue  # share buttons, separators ("___", "* * *")
        repeated = (
            not looking_for_title
            and counts[line] >= _REPEATED_CREDIT
            and (state == "header" or _words(bare) <= 4)
        )
        if _is_caption(bare, page.captions, repeated):
            page.captions.append(bare)
            continue
        if state == "header" and _words(bare) <= DATE_LINE_WORDS:
            clock = parse_time_line(bare)
            if clock is not None:
                page.clock = page.clock or clock
                continue
            if _looks_like_date_line(bare):
                moment = parse_date_line(bare, opts.tz)
                if moment is not None:
                    page.published = page.published or moment
                    continue
        if looking_for_title:
            looking_for_title = False
            if _words(bare) <= _TITLE_MAX_WORDS:
                page.title = line
                continue
            # A long first line is the body itself, pasted without its headline.
        byline = BYLINE_RE.match(bare) if state == "header" else None
        if byline and _is_short(bare) and _words(bare) <= 7:
            page.author = page.author or byline.group("name")
            continue
        if folded in RELATED_HEADERS:
            _mark_link_line_before_related(page)
            state, numbered_block = "related", None
            continue
        inline = INLINE_RELATED_RE.match(bare)
        if inline:
            page.related.append(inline.group("title"))
            continue
        tag_line = TAGS_PREFIX_RE.match(bare)
        if tag_line:
            page.tags.extend(TAG_SPLIT_RE.split(tag_line.group("tags")))
            continue
        if MORE_FROM_RE.match(bare) and _words(bare) <= 6:
            continue
        if state == "related":
            numbered = bool(NUMBERED_RE.match(line))
            if numbered_block is None:
                numbered_block = numbered
            if numbered:
                page.related.append(bare)
                continue
            if not (ends_sentence(bare) and _words(bare) >= 8):
                if _words(bare) <= TAG_WORDS:
                    page.tags.append(bare)
                elif not numbered_block:
                    page.related.append(bare)
                continue
            # A full sentence after the block: the article went on ("اقرأ أيضاً" mid-article).
        state = "body"
        page.paragraphs.append((line, _is_short(line)))
    return page


def _mark_link_line_before_related(page: _Page) -> None:
    """A short question right before "Related" is another article's headline, even with its '?'."""
    if not page.paragraphs:
        return
    line, _ = page.paragraphs[-1]
    if _words(line) <= SHORT_LINE_WORDS and line.rstrip(TRAILING_CLOSERS)[-1:] in QUESTION_MARKS:
        page.paragraphs[-1] = (line, True)


def _settle(page: _Page) -> tuple[list[str], list[str]]:
    """Body paragraphs and subheadings from the classified paragraphs.

    A short unpunctuated line is a list item (kept) after a line ending in ":"; a cross-head
    (kept and listed) when body text follows; a link to another article (dropped) when another
    short line, the related block or the end follows; a tag when it is one to three words after
    the last body paragraph.
    """
    body: list[str] = []
    subheadings: list[str] = []
    items = page.paragraphs
    last_full = max((i for i, (_, short) in enumerate(items) if not short), default=-1)
    in_list = False
    for index, (line, short) in enumerate(items):
        if not short:
            body.append(line)
            in_list = ends_with_colon(line)
            continue
        if in_list and index < last_full:
            body.append(line)
            continue
        follower_is_body = index + 1 < len(items) and not items[index + 1][1]
        if follower_is_body and last_full > index:
            subheadings.append(line)
            body.append(line)
        elif index > last_full and _words(line) <= TAG_WORDS and index > 0:
            page.tags.append(BULLET_RE.sub("", line).strip() or line)
        # otherwise: a link line to another article, or stray chrome; never body
    return body, subheadings


def ends_with_colon(line: str) -> bool:
    return line.rstrip().rstrip(TRAILING_CLOSERS).rstrip().endswith((":", "："))


def parse_page_text(text: str, opts: ReadOptions) -> tuple[_Page, list[str], list[str]]:
    lines = _unwrap(strip_controls(text).replace("\r\n", "\n").replace("\r", "\n"))
    page = _classify(lines, opts)
    body, subheadings = _settle(page)
    if page.published is not None and page.clock is not None and not has_clock_time(page.published):
        page.published = page.published.replace(hour=page.clock.hour, minute=page.clock.minute)
    return page, body, subheadings


def read_page_text(text: str, opts: ReadOptions) -> Iterator[ArticleRecord | ReadFailure]:
    """One article from copied page text, or a failure when no body is left."""
    if not text.strip():
        yield opts.fail("empty file")
        return
    page, body, subheadings = parse_page_text(text, opts)
    if not body:
        # One line and nothing else: a pasted snippet is still an article (its line is also the title).
        if page.title and not (page.paragraphs or page.related or page.captions or page.published):
            body = [page.title]
        else:
            yield opts.fail("no article text found (only a title, dates, captions or links)")
            return
    yield build_record(
        opts,
        text="\n\n".join(body),
        input_format="text",
        title=page.title,
        published=page.published,
        author=page.author,
        captions=page.captions,
        subheadings=subheadings,
        related=page.related,
        tags=page.tags,
    )
