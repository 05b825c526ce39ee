"""Which reader an input needs: by file extension first, then by its first bytes.

Sniffing looks at the first 64 KB only, so a 50 MB JSON Lines file is recognised without
being read. JSON Lines is told from JSON by its first line being a complete JSON value;
a feed by an ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` root; HTML by its usual tags. Anything
else is page-copy text.
"""

from __future__ import annotations

import json
from pathlib import Path

from tracker.ingest.decode import bom_encoding
from tracker.ingest.resources import EXTENSION_FORMATS, FEED_ROOT_RE, HTML_MARK_RE

SNIFF_BYTES = 64 * 1024


def format_from_name(name: str | Path) -> str | None:
    """The format a file's extension promises, or ``None`` (``.xml`` and unknown ones are sniffed)."""
    return EXTENSION_FORMATS.get(Path(name).suffix.lower())


def _head_text(head: bytes) -> str:
    encoding = bom_encoding(head)
    if encoding:
        return head.decode(encoding.replace("-sig", ""), errors="ignore").lstrip("\ufeff")
    return head.decode("utf-8", errors="replace")


def _first_line_is_complete_json(text: str) -> bool:
    first = text.split("\n", 1)[0].strip()
    try:
        json.loads(first)
    except ValueError:
        return False
    return True


def sniff_format(head: bytes) -> str:
    """``json``, ``jsonl``, ``rss``, ``html`` or ``text`` from the first bytes of an input."""
    text = _head_text(head[:SNIFF_BYTES]).lstrip()
    if text.startswith("{"):
        if _first_line_is_complete_json(text):
            rest = text.split("\n", 1)[1].lstrip() if "\n" in text else ""
            return "jsonl" if rest.startswith("{") else "json"
        return "json"
    if text.startswith("["):
        return "json"
    if text.startswith("<"):
        start = text[:4096]
        if FEED_ROOT_RE.search(start) and not start.lower().lstrip().startswith(("<!doctype html", "<html")):
            return "rss"
        return "html"
    if HTML_MARK_RE.search(text[:1024]) and text.count("<") > 5:
        return "html"
    return "text"
