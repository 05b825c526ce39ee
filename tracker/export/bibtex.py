"""BibLaTeX export, written with bibtexparser v2: one ``@online`` entry per statement.

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
from itertools import islice
from typing import TYPE_CHECKING, TextIO

import bibtexparser
from bibtexparser import model

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
CHUNK = 2000


def tex(text: str | None) -> str:
    return TEX_SPECIALS_RE.sub(lambda m: TEX_SPECIALS[m.group(0)], " ".join((text or "").split()))


def key(view: StatementView) -> str:
    return f"statement{view.id}"


def entry(view: StatementView) -> model.Entry:
    addendum = tex(review_line(view))
    if view.archive_url:
        addendum += f". Archived: \\url{{{view.archive_url}}}"
    values = {
        "author": "{" + tex(view.speaker_latin or view.speaker_name) + "}",
        "title": tex(view.article_title or view.content[:120]),
        "organization": tex(view.outlet),
        "date": day(view.published_at),
        "url": view.article_url,
        "urldate": day(view.ingested_at),
        "langid": LANGIDS.get(view.language, view.language),
        "note": tex(statement_note(view)),
        "addendum": addendum,
        "keywords": tex(view.review_status),
    }
    fields = [model.Field(name, value) for name, value in values.items() if value]
    return model.Entry("online", key(view), fields)


def write(views: Iterable[StatementView], out: TextIO, options: ExportOptions) -> None:
    iterator = iter(grouped(views, options.group_by))
    while chunk := list(islice(iterator, CHUNK)):
        library = bibtexparser.Library([entry(v) for v in chunk])
        out.write(bibtexparser.write_string(library))
