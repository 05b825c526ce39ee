"""Readers: every article shape fact-checkers have, parsed into :class:`~tracker.records.ArticleRecord`.

Formats (``fmt``): ``text`` (copied page text), ``html`` (a saved page, via trafilatura),
``json`` (one object or a list), ``jsonl`` (one object a line, streamed), ``rss`` (RSS 2.0 or
Atom, via feedparser), and ``auto``: by file extension, then by sniffing the first bytes.

Limits: a single document (text, HTML, JSON or feed file) may be at most
:data:`MAX_DOCUMENT_BYTES` (20 MB); a larger one is refused with "file is N MB, over the
20 MB limit". JSON Lines has no file limit (it is streamed; each line is held to the same
20 MB), so a 50 MB or million-line batch goes through in bounded memory.

Nothing is ever fetched or executed: HTML is parsed as data, feeds are handed to feedparser as
bytes. Bad input never raises: :func:`read_paths` and :func:`read_bytes` yield a
:class:`ReadFailure` (``path:line 12: reason``) and carry on with the rest.

Dates without an offset are read in ``default_tz`` (UTC+03:00 when not given). The caller's
``language`` and ``outlet`` win over the source's; ``url`` is used when the source has none.
The language is otherwise the source's, else detected from the script of the text.
"""

from tracker.ingest.base import DEFAULT_TZ, FORMATS, MAX_DOCUMENT_BYTES, ReadFailure, ReadOptions
from tracker.ingest.reader import iter_input_files, read_bytes, read_paths

__all__ = [
    "DEFAULT_TZ",
    "FORMATS",
    "MAX_DOCUMENT_BYTES",
    "ReadFailure",
    "ReadOptions",
    "iter_input_files",
    "read_bytes",
    "read_paths",
]
