"""What every reader shares: the failure record, the read options and the record builder.

Readers never raise on bad input: they yield a :class:`ReadFailure` naming the source, where
in it (``line 12``, ``entry 3``) and why, and the batch goes on. :func:`build_record` is the
one place where options given by the caller are merged with what the source says, control
characters and terminal escapes are removed, a naive date gets the default zone and the
language is settled, so every reader fills :class:`~tracker.records.ArticleRecord` the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from tracker.normalize import detect_language, strip_controls
from tracker.records import ArticleRecord

#: Dates written without an offset are read in this zone unless the caller gives one
#: (most of the Arabic outlets we read publish in UTC+03:00).
DEFAULT_TZ: tzinfo = timezone(timedelta(hours=3))

MB = 1024 * 1024
#: Largest single document (text, HTML, JSON or feed file) read into memory. JSON Lines
#: streams line by line and has no file limit; each line is held to the same limit.
MAX_DOCUMENT_BYTES = 20 * MB

_SPACES_RE = re.compile(r"[ \t\r\n\f\v]+")

FORMATS: tuple[str, ...] = ("auto", "text", "html", "json", "jsonl", "rss")


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """One input (or one line or entry of it) that could not be read, and why."""

    source: str
    locator: str | None
    reason: str

    def message(self) -> str:
        """``path:line 12: reason`` (or ``path: reason`` when the whole file failed)."""
        where = f"{self.source}:{self.locator}" if self.locator else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the caller said about the input; given values win over what the source says."""

    source: str
    language: str | None = None
    outlet: str | None = None
    url: str | None = None
    default_tz: tzinfo | None = None
    max_bytes: int = MAX_DOCUMENT_BYTES

    @property
    def tz(self) -> tzinfo:
        return self.default_tz or DEFAULT_TZ

    def fail(self, reason: str, locator: str | None = None) -> ReadFailure:
        return ReadFailure(self.source, locator, reason)


def size_text(size: int) -> str:
    """``20 MB``, ``20.5 MB`` (``900 bytes`` below a tenth of a megabyte): the size as a person reads it."""
    if size < MB // 10:
        return f"{size} bytes"
    value = f"{size / MB:.1f}"
    return (value.removesuffix(".0")) + " MB"


def over_limit(size: int, limit: int) -> str:
    return f"file is {size_text(size)}, over the {size_text(limit)} limit"


def clean(value: object) -> str | None:
    """A one-line field: controls removed, whitespace squashed; ``None`` when nothing is left."""
    if value is None:
        return None
    # Only ASCII whitespace is squashed: a no-break space or RLM in a name is meaningful.
    text = _SPACES_RE.sub(" ", strip_controls(str(value))).strip(" ")
    return text or None


def clean_all(values: Iterable[object]) -> tuple[str, ...]:
    """Cleaned, non-empty, first occurrence kept."""
    seen: dict[str, None] = {}
    for value in values:
        text = clean(value)
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


def with_zone(moment: datetime | None, tz: tzinfo) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)


def build_record(
    opts: ReadOptions,
    *,
    text: str,
    input_format: str,
    locator: str | None = None,
    title: object = None,
    published: datetime | None = None,
    language: object = None,
    url: object = None,
    outlet: object = None,
    author: object = None,
    description: object = None,
    captions: Iterable[object] = (),
    subheadings: Iterable[object] = (),
    related: Iterable[object] = (),
    tags: Iterable[object] = (),
) -> ArticleRecord:
    """Merge the options with the source's fields into one clean :class:`ArticleRecord`.

    ``text`` is kept as given apart from control characters and escape sequences (extractor
    spans index it, so it is never re-spaced here). The caller's language and outlet win over
    the source's; the caller's URL is used only when the source has none, because a URL names
    one article and a batch holds many.
    """
    body = strip_controls(text)
    title_text = clean(title)
    given = clean(opts.language) or clean(language)
    # "en-GB", "ar_SY" -> the bare language code; nothing given -> read it from the script.
    lang = given.lower().split("-")[0].split("_")[0] if given else detect_language(body or title_text or "")
    return ArticleRecord(
        text=body,
        title=title_text,
        published=with_zone(published, opts.tz),
        language=lang,
        url=clean(url) or clean(opts.url),
        outlet=clean(opts.outlet) or clean(outlet),
        author=clean(author),
        description=clean(description),
        captions=clean_all(captions),
        subheadings=clean_all(subheadings),
        related=clean_all(related),
        tags=clean_all(tags),
        source_path=opts.source,
        input_format=input_format,
        locator=locator,
    )
