"""Saved HTML pages: trafilatura for the article body and metadata, the page's own tags as fallback.

trafilatura (with htmldate) gives body, title, author, URL, site name and the date from the
page's metadata. htmldate's *extensive* search is turned off (``extensive_search=False``):
on a page without date metadata it otherwise settles on the footer's copyright year
("© 2025" -> 2025-01-01), and it does not know Levantine month names. When the metadata has
no date, the visible byline text (``<time>``, elements whose class or id says date, time,
byline or meta) goes through the project's date grammar instead.

The body comes from trafilatura's cleaned tree: paragraphs, list items and quotes become
paragraphs, headings other than the title become cross-heads (kept in the body and listed in
``subheadings``), ``<figcaption>`` texts become captions. Nothing is fetched or executed:
trafilatura gets the markup as a string and never downloads, scripts are data.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import datetime

from lxml import etree
from lxml import html as lxml_html

from tracker.ingest.base import ReadFailure, ReadOptions, build_record
from tracker.ingest.htmltext import fragment_paragraphs
from tracker.ingest.published import parse_date_line, parse_machine_date
from tracker.ingest.resources import BYLINE_RE, TAG_SPLIT_RE
from tracker.records import ArticleRecord

NO_TEXT = "no article text found in HTML"
# htmldate: never guess from the whole page text; keep the time and offset when the metadata has them.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_DATE_XPATH = etree.XPath(
    "//time | //*[@itemprop='datePublished'] | //*[contains(@class,'date') or contains(@class,'time') "
    "or contains(@class,'byline') or contains(@class,'publish') or contains(@class,'meta') "
    "or contains(@id,'date') or contains(@id,'time')]"
)
_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
)
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*$")
_MAX_DATE_TEXT = 120
_WORD_RE = re.compile(r"[^\W_]")

# trafilatura logs a warning for every page it discards; the reader reports those itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def _parse_tree(text: str) -> etree._Element | None:
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def _meta(tree: etree._Element) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = element.get("content")
        if key and content and key not in values:
            values[key] = content.strip()
    return values


def _meta_date(meta: dict[str, str], opts: ReadOptions) -> datetime | None:
    for key in _META_DATE_KEYS:
        if key in meta:
            moment = parse_machine_date(meta[key], opts.tz)
            if moment is not None:
                return moment
    return None


def _visible_date(tree: etree._Element, opts: ReadOptions) -> datetime | None:
    """The byline's date, read by the project's date grammar (Levantine months included)."""
    for element in _DATE_XPATH(tree):
        stamp = element.get("datetime") or element.get("content")
        if stamp:
            moment = parse_machine_date(stamp, opts.tz)
            if moment is not None:
                return moment
        text = " ".join(element.text_content().split())
        if text and len(text) <= _MAX_DATE_TEXT:
            moment = parse_date_line(text, opts.tz)
            if moment is not None:
                return moment
    return None


def _body(body: etree._Element | None, title: str | None) -> tuple[list[str], list[str]]:
    """Paragraphs and cross-heads from trafilatura's output tree."""
    paragraphs: list[str] = []
    headings: list[str] = []
    if body is None:
        return paragraphs, headings
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "list":
            items = [" ".join("".join(item.itertext()).split()) for item in element.iter("item")]
            paragraphs.extend(item for item in items if item)
            continue
        if tag in {"graphic", "ref"}:
            continue
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if tag == "head":
            if title and text == title and not paragraphs:
                continue  # the page's <h1>: already the title
            headings.append(text)
        paragraphs.append(text)
    return paragraphs, headings


def _fallback_body(tree: etree._Element) -> tuple[list[str], list[str]]:
    """A short page trafilatura discards: the text of <article> (else <body>) without page chrome."""
    root = next(iter(tree.iter("article")), None)
    if root is None:
        root = tree.find(".//body")
    if root is None:
        return [], []
    for chrome in list(root.iter("nav", "header", "footer", "aside", "figcaption")):
        if chrome.getparent() is not None:
            chrome.drop_tree()
    return fragment_paragraphs(lxml_html.tostring(root, encoding="unicode"))


def _captions(tree: etree._Element) -> list[str]:
    return [" ".join(element.text_content().split()) for element in tree.iter("figcaption")]


def _author(raw: str | None) -> str | None:
    if not raw:
        return None
    match = BYLINE_RE.match(raw.strip())
    return match.group("name") if match else raw


def _language(tree: etree._Element, meta: dict[str, str]) -> str | None:
    value = tree.get("lang") or meta.get("og:locale") or meta.get("language") or ""
    return value if _LANG_RE.match(value.strip()) else None


def read_html(text: str, opts: ReadOptions) -> Iterator[ArticleRecord | ReadFailure]:
    """One article from an HTML page, or "no article text found in HTML"."""
    import trafilatura  # heavy import, only when an HTML page is read

    tree = _parse_tree(text)
    if tree is None:
        yield opts.fail(NO_TEXT)
        return
    try:
        document = trafilatura.bare_extraction(
            text,
            url=opts.url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception:  # noqa: BLE001 - trafilatura on hostile markup: report, never crash the batch
        document = None
    meta = _meta(tree)
    title = (document.title if document else None) or meta.get("og:title") or tree.findtext(".//title")
    paragraphs, headings = _body(document.body if document else None, title)
    captions = _captions(tree)
    if not paragraphs:
        paragraphs, headings = _fallback_body(tree)
    # A paragraph with no letter or digit ("<<<>>>" of a mangled page) is not article text.
    paragraphs = [p for p in paragraphs if p not in captions and _WORD_RE.search(p)]
    if not paragraphs:
        yield opts.fail(NO_TEXT)
        return
    published = _meta_date(meta, opts)
    if published is None and document is not None and document.date:
        published = parse_machine_date(document.date, opts.tz)
    if published is None:
        published = _visible_date(tree, opts)
    tags = list(document.tags or []) if document else []
    if not tags and meta.get("keywords"):
        tags = TAG_SPLIT_RE.split(meta["keywords"])
    yield build_record(
        opts,
        text="\n\n".join(paragraphs),
        input_format="html",
        title=title,
        published=published,
        language=_language(tree, meta),
        url=(document.url if document else None) or meta.get("og:url"),
        outlet=(document.sitename if document else None) or meta.get("og:site_name"),
        author=_author((document.author if document else None) or meta.get("author")),
        description=(document.description if document else None) or meta.get("description"),
        captions=captions,
        subheadings=headings,
        tags=tags,
    )
