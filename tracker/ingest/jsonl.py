"""JSON and JSON Lines: one article per object, under the field names scrapers commonly use.

A JSON file holds one object, a list of objects, or an object wrapping such a list
(``articles``, ``items``, ``data``, ``results``, ``entries``). JSON Lines holds one object a line
and is read as a stream: a million-line file goes through in bounded memory (one line at a
time, each held to the document size limit), and one malformed line costs one
:class:`ReadFailure` naming it while the lines around it are still read.

Field names (first present wins): body ``text|body|content|full_text|articleBody``, title
``title|headline``, date ``published|published_time|date|datePublished|pubDate``, URL
``url|link``, outlet ``outlet|source|publisher|site_name`` (or a nested ``{"name": ...}``),
author ``author|authors`` (a string, a list, or objects with ``name``), language
``language|lang``, description ``description|summary``, tags ``tags|keywords`` (a list or a
comma-separated string). A plain-text body is kept verbatim apart from control characters,
because extractor spans index it; a body that is clearly HTML is turned into paragraphs.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import IO, Any

from tracker.ingest.base import ReadFailure, ReadOptions, build_record, size_text
from tracker.ingest.decode import DecodeError, bom_encoding, decode_line
from tracker.ingest.htmltext import fragment_paragraphs, looks_like_html
from tracker.ingest.published import parse_date_field
from tracker.ingest.resources import INLINE_RELATED_RE, TAG_SPLIT_RE
from tracker.records import ArticleRecord

BODY_KEYS = ("text", "body", "content", "full_text", "articleBody")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "published_time", "date", "datePublished", "pubDate")
URL_KEYS = ("url", "link")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name")
AUTHOR_KEYS = ("author", "authors")
LANGUAGE_KEYS = ("language", "lang")
DESCRIPTION_KEYS = ("description", "summary")
TAG_KEYS = ("tags", "keywords")
LIST_KEYS = ("articles", "items", "data", "results", "entries")

Result = ArticleRecord | ReadFailure
TOO_DEEP = "invalid JSON: nested too deeply"


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _name(value: Any) -> str | None:
    """A string, or the ``name`` of a nested object (``{"@type": "Organization", "name": ...}``)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [name for name in (_name(item) for item in items) if name]


def _tags(value: Any) -> list[str]:
    if isinstance(value, str):
        return [tag for tag in TAG_SPLIT_RE.split(value) if tag.strip()]
    return _names(value)


def _body(value: Any) -> tuple[str | None, list[str]]:
    """The article text and any headings found in it (when the body was HTML)."""
    if isinstance(value, list):  # some scrapers store a list of paragraphs
        value = "\n\n".join(str(item) for item in value if isinstance(item, str))
    if not isinstance(value, str) or not value.strip():
        return None, []
    if looks_like_html(value):
        paragraphs, headings = fragment_paragraphs(value)
        return "\n\n".join(paragraphs), headings
    return value, []


def _split_related(text: str | None) -> tuple[str | None, list[str]]:
    """An export's body with its inline "اقرأ أيضاً: <title>" lines moved to related links."""
    if not text:
        return text, []
    kept: list[str] = []
    related: list[str] = []
    for line in text.split("\n"):
        inline = INLINE_RELATED_RE.match(line.strip())
        if inline:
            related.append(inline.group("title"))
        else:
            kept.append(line)
    return ("\n".join(kept) if related else text), related


def records_from_object(
    obj: Any, opts: ReadOptions, fmt: str, locator: str | None, *, lists_allowed: bool = True
) -> Iterator[Result]:
    """Records from one decoded JSON value: an article object, a list, or a wrapper of a list.

    Only one level of list is unpacked (a list of articles), so nested input cannot recurse.
    """
    if isinstance(obj, list) and lists_allowed:
        if not obj:
            yield opts.fail("no articles (an empty list)", locator)
        for index, item in enumerate(obj, 1):
            where = f"{locator}, item {index}" if locator else f"item {index}"
            yield from records_from_object(item, opts, fmt, where, lists_allowed=False)
        return
    if not isinstance(obj, dict):
        yield opts.fail(f"expected a JSON object, got {type(obj).__name__}", locator)
        return
    if _first(obj, BODY_KEYS) is None:
        wrapped = next((obj[key] for key in LIST_KEYS if isinstance(obj.get(key), list)), None)
        if wrapped is not None and lists_allowed:
            yield from records_from_object(wrapped, opts, fmt, locator)
            return
    text, headings = _body(_first(obj, BODY_KEYS))
    text, related = _split_related(text)
    if not text or not text.strip():
        yield opts.fail(f"no article text (none of {', '.join(BODY_KEYS)} holds any)", locator)
        return
    raw_date = _first(obj, DATE_KEYS)
    authors = _names(_first(obj, AUTHOR_KEYS))
    yield build_record(
        opts,
        text=text,
        input_format=fmt,
        locator=locator,
        title=_name(_first(obj, TITLE_KEYS)),
        published=parse_date_field(raw_date, opts.tz) if raw_date is not None else None,
        language=_name(_first(obj, LANGUAGE_KEYS)),
        url=_name(_first(obj, URL_KEYS)),
        outlet=_name(_first(obj, OUTLET_KEYS)),
        author=", ".join(authors) if authors else None,
        description=_name(_first(obj, DESCRIPTION_KEYS)),
        subheadings=headings,
        related=related,
        tags=_tags(_first(obj, TAG_KEYS)),
    )


def _json_error(error: json.JSONDecodeError) -> str:
    return f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})"


def read_json_text(text: str, opts: ReadOptions) -> Iterator[Result]:
    """One JSON document; a file that turns out to be JSON Lines is read as such."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":  # several values: JSON Lines under a .json name
            yield from _lines_of_text(text, opts)
            return
        yield opts.fail(_json_error(error))
        return
    except RecursionError:
        yield opts.fail(TOO_DEEP)
        return
    yield from records_from_object(obj, opts, "json", None)


def _lines_of_text(text: str, opts: ReadOptions) -> Iterator[Result]:
    for number, line in enumerate(text.splitlines(), 1):
        yield from _read_line(line, number, opts)


def _read_line(line: str, number: int, opts: ReadOptions) -> Iterator[Result]:
    line = line.strip().lstrip("\ufeff")
    if not line:
        return
    where = f"line {number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        yield opts.fail(f"invalid JSON: {error.msg} (column {error.colno})", where)
        return
    except RecursionError:
        yield opts.fail(TOO_DEEP, where)
        return
    yield from records_from_object(obj, opts, "jsonl", where)


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def iter_jsonl(stream: IO[bytes], opts: ReadOptions) -> Iterator[Result]:
    """Stream a JSON Lines input (a binary file object), one line in memory at a time."""
    head = stream.read(4)
    encoding = bom_encoding(head)
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        # Wide encodings cannot be split on b"\n": decode the stream incrementally instead.
        wide = io.TextIOWrapper(_Prefixed(head, stream), encoding=encoding, newline=None)
        number = 0
        try:
            for number, line in enumerate(wide, 1):
                yield from _read_line(line, number, opts)
        except UnicodeDecodeError as error:
            yield opts.fail(f"not valid {encoding.upper()}: {error.reason}", f"line {number + 1}")
        return
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    lines = io.BufferedReader(_Prefixed(head, stream), buffer_size=1 << 16)
    limit = opts.max_bytes
    number = 0
    blank = True
    while True:
        line = lines.readline(limit + 1)
        if not line:
            if blank:
                yield opts.fail("empty file")
            return
        number += 1
        if blank and not line.strip():
            continue
        blank = False
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(lines)
            yield opts.fail(f"line is over the {size_text(limit)} limit", f"line {number}")
            continue
        try:
            text = decode_line(line)
        except DecodeError as error:
            yield opts.fail(str(error), f"line {number}")
            continue
        try:
            yield from _read_line(text, number, opts)
        except Exception as error:  # noqa: BLE001 - one odd line must not end a million-line batch
            yield opts.fail(f"could not be read ({type(error).__name__}: {error})", f"line {number}")


class _Prefixed(io.RawIOBase):
    """A stream with a few already-read bytes put back in front of it."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
