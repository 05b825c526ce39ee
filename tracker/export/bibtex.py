"""BibLaTeX export: one ``@online`` entry per statement.

Written by hand, not with bibtexparser v2's writer: that writer spends about 1 ms per
entry (middleware passes over a Library object), which alone would exceed the 10 s budget
for 100,000 statements. The output is the same layout bibtexparser writes, and the tests
parse every export back with bibtexparser to prove it well-formed.

Keys are stable (``statement<id>``: the same statement always gets the same key).
Fields: title, organization (outlet), date (publication), url, urldate (access date =
ingest time), langid, author (the speaker, in braces so BibLaTeX never splits an Arabic
or institutional name into given/family parts), note (the statement, its date and
kind), addendum (review status and archive URL). Arabic text is kept as is (biber reads
UTF-8); only TeX's special characters are escaped, so the file also compiles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from tracker.export.fields import ExportOptions, day, grouped, review_line, statement_note

if TYPE_CHECKING:
    from tracker.services.search import StatementView

TEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
TEX_SPECIALS_RE = re.compile("|".join(re.escape(c) for c in TEX_SPECIALS))
LANGIDS = {"ar": "arabic", "en": "english", "fr": "french"}


def tex(text: str | None) -> str:
    return TEX_SPECIALS_RE.sub(lambda m: TEX_SPECIALS[m.group(0)], " ".join((text or "").split()))


def key(view: StatementView) -> str:
    return f"statement{view.id}"


def url(value: str | None) -> str | None:
    # url fields are verbatim in BibLaTeX: only braces could unbalance the entry.
    return value.replace("{", "%7B").replace("}", "%7D") if value else value


def entry(view: StatementView) -> str:
    addendum = tex(review_line(view))
    if view.archive_url:
        addendum += f". Archived: \\url{{{url(view.archive_url)}}}"
    values = {
        "author": "{" + tex(view.speaker_latin or view.speaker_name) + "}",
        "title": tex(view.article_title or view.content[:120]),
        "organization": tex(view.outlet),
        "date": day(view.published_at),
        "url": url(view.article_url),
        "urldate": day(view.ingested_at),
        "langid": LANGIDS.get(view.language, view.language),
        "note": tex(statement_note(view)),
        "addendum": addendum,
        "keywords": tex(view.review_status),
    }
    body = ",\n".join(f"\t{name} = {{{value}}}" for name, value in values.items() if value)
    return f"@online{{{key(view)},\n{body}\n}}\n\n"


def write(views: Iterable[StatementView], out: TextIO, options: ExportOptions) -> None:
    out.writelines(entry(view) for view in grouped(views, options.group_by))
