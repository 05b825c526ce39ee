"""HTML fragments (feed entries, JSON ``content`` fields) to paragraphs of plain text.

lxml parses the fragment without any network access; scripts, styles and embedded media are
dropped, block elements (``p``, ``div``, ``li``, headings, ``br``) end a paragraph, inline
elements run together. Headings are reported separately so readers can list them as
cross-heads.
"""

from __future__ import annotations

import re

from lxml import etree, html

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "dl",
        "aside",
        "main",
        "nav",
        "hr",
        "address",
    ]
)
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "form", "button")
_TAG_HINT_RE = re.compile(
    r"<\s*(?:p|br|div|h[1-6]|li|blockquote|span|a|strong|em|b|i|figure)\b[^>]*>", re.IGNORECASE
)


def looks_like_html(text: str) -> bool:
    return bool(_TAG_HINT_RE.search(text[:20000]))


def fragment_paragraphs(fragment: str) -> tuple[list[str], list[str]]:
    """``(paragraphs, headings)`` of an HTML fragment; headings are also among the paragraphs."""
    if not fragment.strip():
        return [], []
    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return [], []
    for bad in root.iter(*_DROP_TAGS):
        bad.drop_tree() if bad.getparent() is not None else None
    paragraphs: list[str] = []
    headings: list[str] = []
    current: list[str] = []

    def flush(heading: bool = False) -> None:
        text = " ".join("".join(current).split())
        current.clear()
        if text:
            paragraphs.append(text)
            if heading:
                headings.append(text)

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if tag == "br":
            flush()
        if element.text and tag:
            current.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush(heading=tag in _HEADING_TAGS)
        if element.tail:
            current.append(element.tail)

    walk(root)
    flush()
    return paragraphs, headings
