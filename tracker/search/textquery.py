"""Full-text query parsing: one meaning, rendered for FTS5, PostgreSQL and LIKE.

A query is a list of terms that must all match the folded statement text
(``Statement.content_norm``). A term is a bare word or a "quoted phrase":

- an Arabic word matches any word *starting* with it or with one of its attached forms
  (و/ف/ب/ل/ك, ال, لل ...), so الاسد finds الأسد, والأسد, للأسد and الأسدي;
- a Latin word matches that whole word; ``word*`` matches words starting with it;
- a phrase matches those whole words next to each other, in order.

The same parsed query is rendered as an FTS5 MATCH string (SQLite), a ``to_tsquery``
string (PostgreSQL) and LIKE patterns over ``' ' || content_norm || ' '`` (the fallback),
so the backends answer alike: the tests run one table of queries on both.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.normalize import fold
from tracker.search import resources as res


@dataclass(frozen=True, slots=True)
class Term:
    """One required term: alternatives (any may match), each a tuple of adjacent words."""

    alternatives: tuple[tuple[str, ...], ...]
    prefix: bool


@dataclass(frozen=True, slots=True)
class TextQuery:
    terms: tuple[Term, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)


def arabic_forms(word: str) -> tuple[str, ...]:
    """The word and its forms with attached proclitics, the word itself first."""
    if len(word) < res.MIN_CLITIC_WORD or not res.ARABIC_WORD_RE.match(word):
        return (word,)
    if word.startswith(res.ARTICLE) and len(word) > len(res.ARTICLE) + 1:
        stem = word[len(res.ARTICLE) :]
        forms = [word, *(p + word for p in res.ARTICLE_FORMS), *(p + stem for p in res.LAM_ARTICLE_FORMS)]
    else:
        forms = [
            word,
            *(p + word for p in res.PROCLITICS),
            res.ARTICLE + word,
            *(p + res.ARTICLE + word for p in res.ARTICLE_FORMS),
            *(p + word for p in res.LAM_ARTICLE_FORMS),
        ]
    return tuple(dict.fromkeys(forms))


def parse_query(text: str | None) -> TextQuery:
    """Parse a user's query; words are folded exactly as ``content_norm`` is."""
    terms: list[Term] = []
    for match in res.QUERY_TOKEN_RE.finditer(text or ""):
        phrase, bare = match.group(1), match.group(2)
        if phrase is not None:
            words = tuple(fold(phrase).split())
            if words:
                terms.append(Term(alternatives=(words,), prefix=False))
            continue
        star = bare.endswith("*")
        # fold() may split one typed token (e.g. "covid-19") into several words: each is required.
        for word in fold(bare).split():
            if res.ARABIC_WORD_RE.match(word):
                terms.append(Term(alternatives=tuple((f,) for f in arabic_forms(word)), prefix=True))
            else:
                terms.append(Term(alternatives=((word,),), prefix=star))
    return TextQuery(terms=tuple(terms))


def _check(word: str) -> str:
    # fold() leaves only \w characters, so no query syntax can reach the backends.
    if not res.WORD_OK_RE.match(word):
        raise ValueError(f"unexpected character in search word {word!r}")
    return word


def fts5_phrase(words: tuple[str, ...], prefix: bool) -> str:
    """One alternative as an FTS5 phrase: ``"w1 w2"``, or ``"w"*`` for a prefix."""
    return '"' + " ".join(_check(w) for w in words) + '"' + ("*" if prefix else "")


def fts5_match(query: TextQuery) -> str:
    """The FTS5 MATCH expression: terms ANDed, alternatives ORed, prefix as ``"w"*``."""
    parts = []
    for term in query.terms:
        alts = [fts5_phrase(words, term.prefix) for words in term.alternatives]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    return " AND ".join(parts)


def keep_alternatives(query: TextQuery, present: set[str]) -> TextQuery | None:
    """The query without the one-word alternatives whose FTS5 phrase is not in ``present``.

    ``present``: the phrases (:func:`fts5_phrase`) the index has at least one word for.
    An alternative that matches no word matches no statement, so dropping it changes no
    answer; phrases of several words are kept as they are. ``None``: some term has no
    alternative left, so nothing can match.
    """
    terms = []
    for term in query.terms:
        kept = tuple(
            words
            for words in term.alternatives
            if len(words) > 1 or fts5_phrase(words, term.prefix) in present
        )
        if not kept:
            return None
        terms.append(Term(alternatives=kept, prefix=term.prefix))
    return TextQuery(terms=tuple(terms))


def pg_tsquery(query: TextQuery) -> str:
    """The ``to_tsquery('simple', ...)`` text with the same meaning as :func:`fts5_match`."""
    parts = []
    for term in query.terms:
        alts = []
        for words in term.alternatives:
            lexemes = [f"'{_check(w)}'" for w in words]
            if term.prefix:
                lexemes[-1] += ":*"
            alts.append(" <-> ".join(lexemes))
        parts.append(alts[0] if len(alts) == 1 else "(" + " | ".join(alts) + ")")
    return " & ".join(parts)


def like_patterns(query: TextQuery) -> list[list[str]]:
    """Per term, LIKE patterns (any may match) over ``' ' || content_norm || ' '``."""
    patterns = []
    for term in query.terms:
        alts = []
        for words in term.alternatives:
            body = " ".join(_check(w) for w in words)
            alts.append(f"% {body}%" if term.prefix else f"% {body} %")
        patterns.append(alts)
    return patterns
