"""Name normalisation: the folded forms, surnames and role phrases of speaker names.

``name_norm`` is exactly :func:`tracker.normalize.fold` (the stored Speaker.name_norm and
SpeakerAlias.alias_norm), so "احمد الشرع" and "أحمد الشرع" are one name. ``match_form``
goes further for comparison only: honorifics ("الشيخ", "Dr") and articles (ال, al-) are
removed, so "الشيخ أحمد الشرع", "Ahmed al-Sharaa" and "Ahmed Sharaa" compare on what
identifies them.
"""

from __future__ import annotations

import re

from tracker.normalize import fold
from tracker.speakers.resources import (
    GOD_NAMES,
    HONORIFICS,
    LATIN_STANDALONE_ARTICLES,
    NAME_PARTICLES,
    ROLE_HEADS,
    ROLE_ORG_RE,
)

_ARTICLE_PREFIX_RE = re.compile("^(?:ال)(?=..)")


def name_norm(text: str) -> str:
    """The stored identity form of a name or alias (tracker.normalize.fold)."""
    return fold(text)


def _strip_article(token: str) -> str:
    return _ARTICLE_PREFIX_RE.sub("", token)


def match_form(text: str) -> str:
    """Folded, without honorifics or articles: the same-script comparison form."""
    tokens = [t for t in fold(text).split() if t not in HONORIFICS]
    out = [_strip_article(t) for t in tokens if t not in LATIN_STANDALONE_ARTICLES and t != "ال"]
    return " ".join(t for t in out if t)


def name_tokens(text: str) -> list[str]:
    """Display words of a name with leading honorifics removed ("الشيخ أحمد" -> ["أحمد"])."""
    words = (text or "").split()
    while words and fold(words[0]) in HONORIFICS:
        words = words[1:]
    return words


def surname_of(name: str) -> str | None:
    """The family part of a person's name, as written: "الأسد", "أبو قصرة", "Al Thani"; None for one word."""
    words = name_tokens(name)
    if len(words) < 2:
        return None
    tail = [words[-1]]
    index = len(words) - 2
    # "نصر الله", "عبد الله": God's name ends a compound name, it is not a surname alone.
    if fold(words[-1]) in GOD_NAMES and index >= 1:
        tail.insert(0, words[index])
        index -= 1
    # "أبو قصرة", "bin Salman", "Al Thani": a particle belongs with the word after it.
    while index >= 0 and fold(words[index]) in NAME_PARTICLES:
        tail.insert(0, words[index])
        index -= 1
    if len(tail) == len(words):
        return None
    surname = " ".join(tail)
    return surname if match_form(surname) else None


def short_form(name: str) -> str | None:
    """The "First Surname" form of a longer name: "أحمد حسين الشرع" -> "أحمد الشرع"; None when nothing is dropped."""
    words = name_tokens(name)
    surname = surname_of(name)
    if surname is None:
        return None
    first = words[:2] if fold(words[0]) in NAME_PARTICLES and len(words) > 2 else words[:1]
    if len(first) + len(surname.split()) >= len(words):
        return None
    return " ".join([*first, surname])


def is_role_phrase(text: str) -> bool:
    """True for phrases that name an office ("المتحدثة باسم الخارجية", "the foreign minister")."""
    tokens = [t for t in fold(text).split() if t not in LATIN_STANDALONE_ARTICLES]
    if not tokens:
        return False
    return _strip_article(tokens[0]) in ROLE_HEADS


def role_organization(role: str) -> str | None:
    """The body a role belongs to, when the phrase says it: "... باسم الخارجية الروسية" -> "الخارجية الروسية"."""
    match = ROLE_ORG_RE.search(" ".join((role or "").split()))
    if match is None:
        return None
    org = match.group("org") or match.group("ministry")
    return org.strip(" ،,.") or None
