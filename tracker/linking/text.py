"""The matching form of a claim: folded, clitic-free, stemmed keys, figures and negations.

This is the one place where claim text is normalised for matching; everything else in
``tracker.linking`` reads :class:`ClaimText`. It builds on :func:`tracker.normalize.fold`
(NFKC, tashkeel and tatweel, invisible characters, alef and hamza forms, ى/ي, ة/ه, case,
punctuation and quotation marks) and adds what matching needs beyond search:

* Arabic clitics (و ف ب ل ك and the article ال) come off, then Snowball's Arabic stemmer
  takes suffixes, then a *skeleton* drops imperfect prefixes and inner long vowels, so a
  verb and its verbal noun meet ("يرتفع" / "ارتفاع", "تعتقل" / "اعتقال"). The rules are
  deterministic, so even a wrong cut is made the same way on both sides of a pair.
* English words are lower-cased and Snowball-stemmed. (``snowballstemmer`` runs its C
  twin, PyStemmer, when that is installed: the same stems some 500 times faster. Keys
  are cached per word either way.)
* Figures are read with their multipliers ("39 ألفاً", "39,000" and "39000" are one key
  ``#39000``), small number words too ("ثلاثة" → ``#3``).
* Negators are not content keys: they are counted apart, for the contradiction guard.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from tracker.linking import resources as R
from tracker.normalize import PUNCT_RE, fold, fold_arabic, squash_spaces, strip_invisible, strip_tashkeel

_AR_STEMMER = snowballstemmer.stemmer("arabic")
_EN_STEMMER = snowballstemmer.stemmer("english")


@dataclass(frozen=True, slots=True)
class ClaimText:
    """A claim's text read for matching. Built once per statement by :func:`read_claim`."""

    text: str
    #: Content keys in order: no stopwords, no negators, figures as "#<value>".
    keys: tuple[str, ...]
    #: " ".join(keys): the string rapidfuzz scores.
    form: str
    #: The distinct keys (set operations of the scorer and the guard).
    keyset: frozenset[str]
    figures: frozenset[str]
    #: Number of negators: what matters is whether two statements differ in its parity.
    negations: int
    #: (row, side) of each antonym-table word present.
    polarity: frozenset[tuple[int, int]]
    #: Keys of reversing words ("رفض", "deny") present.
    reversals: frozenset[str]


def _strip_arabic_clitics(word: str) -> str:
    for prefix in R.AR_ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    if len(word) >= 4 and word[0] in R.AR_CONJ_PREFIXES:
        word = word[1:]
        for prefix in R.AR_ARTICLE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                return word[len(prefix) :]
    if len(word) >= 5 and word[0] in R.AR_PREP_PREFIXES:
        word = word[1:]
    return word


def _skeleton(stem: str) -> str:
    if len(stem) >= 4:
        for prefix in R.AR_VERB_PREFIXES:
            if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                stem = stem[len(prefix) :]
                break
        else:
            if stem[0] == "ا" and len(stem) >= 5:
                stem = stem[1:]
    if len(stem) > 3:
        bare = stem[0] + R.AR_VOWELS_RE.sub("", stem[1:])
        # Below three letters a skeleton stops naming a root and starts colliding.
        if len(bare) >= 3:
            stem = bare
    return stem


@lru_cache(maxsize=1_000_000)
def token_key(word: str) -> str:
    """The matching key of one folded word (cached: vocabularies repeat)."""
    if R.AR_WORD_RE.fullmatch(word):
        word = _strip_arabic_clitics(word)
        # Country names in -يا ("تركيا", "سوريا") meet their adjectives ("التركية") once the
        # final alef goes; the stemmer then treats both alike.
        if len(word) >= 5 and word.endswith("يا"):
            word = word[:-1]
        return _skeleton(_AR_STEMMER.stemWord(word))
    if R.LATIN_WORD_RE.match(word):
        return _EN_STEMMER.stemWord(word)
    return word


def _figure_value(raw: str) -> float | None:
    text = R.THOUSANDS_RE.sub("", raw).replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _figure_key(value: float) -> str:
    return "#" + (str(int(value)) if value == int(value) else f"{value:g}")


def _tokens(text: str) -> list[str]:
    """Folded tokens with figures kept whole ("39,000", "2.5")."""
    text = unicodedata.normalize("NFKC", text or "")
    text = fold_arabic(strip_invisible(strip_tashkeel(text)).replace("\u00a0", " ")).casefold()
    text = R.EN_NEG_CONTRACTION_RE.sub(" not", text)
    text = R.PERCENT_SIGNS_RE.sub(" percent ", text)
    out: list[str] = []
    position = 0
    for match in R.FIGURE_RE.finditer(text):
        out.extend(squash_spaces(PUNCT_RE.sub(" ", text[position : match.start()])).split())
        out.append(match.group())
        position = match.end()
    out.extend(squash_spaces(PUNCT_RE.sub(" ", text[position:])).split())
    return out


def _percent_words(tokens: list[str], index: int) -> int:
    """How many tokens from ``index`` say "percent" (0 when they do not)."""
    if index < len(tokens) and tokens[index] in R.PERCENT_WORDS:
        return 1
    if index + 1 < len(tokens) and tokens[index] in ("في", "per") and tokens[index + 1] in R.PERCENT_WORDS:
        return 2
    return 0


def _strip_number_clitics(word: str) -> str:
    for prefix in ("وب", "ب", "و", "ل"):
        if word.startswith(prefix) and word[len(prefix) :] in R.AR_MULTIPLIERS:
            return word[len(prefix) :]
    return word


def claim_words(claim: ClaimText) -> tuple[str, ...]:
    """Folded words in order (punctuation and quotation marks gone): what the misquote diff reads.

    Computed on demand, not stored: at a million statements every byte of ClaimText counts.
    """
    return _words(claim.text)


@lru_cache(maxsize=20_000)
def _words(text: str) -> tuple[str, ...]:
    # The guard asks again for the same candidates' words, statement after statement.
    return tuple(fold(text).split())


def surface_words(claim: ClaimText) -> dict[str, str]:
    """key -> the (folded) word it was first read from: what a reviewer is shown. On demand."""
    surface: dict[str, str] = {}
    for word in _tokens(claim.text):
        if word[0].isdigit() or word in R.AR_STOPWORDS or word in R.EN_STOPWORDS:
            continue
        surface.setdefault(token_key(word), word)
    return surface


# What a (non-figure) word is to read_claim: its key, or one of these. Cached per word in a
# plain dict (vocabularies repeat; a dict lookup is the cheapest check per token).
_NUMBER = "\x00number"
_NEGATOR = "\x00negator"
_SKIP = "\x00skip"
_KINDS: dict[str, str] = {}
MAX_KINDS = 1_000_000


def _word_kind(word: str) -> str:
    if word in R.NUMBER_WORDS or word in R.AR_MULTIPLIERS:
        kind = _NUMBER
    elif word in R.AR_NEGATIONS or word in R.EN_NEGATIONS:
        kind = _NEGATOR
    elif word in R.AR_STOPWORDS or word in R.EN_STOPWORDS or len(word) < 2:
        kind = _SKIP
    else:
        kind = token_key(word)
    if len(_KINDS) >= MAX_KINDS:
        _KINDS.clear()
    _KINDS[word] = kind
    return kind


def read_claim(text: str) -> ClaimText:
    """Read a claim's text into its matching form (see the module docstring)."""
    tokens = _tokens(text)
    keys: list[str] = []
    figures: set[str] = set()
    negations = 0
    index = 0
    kinds = _KINDS
    while index < len(tokens):
        word = tokens[index]
        index += 1
        if word[0].isdigit():
            value = _figure_value(word)
            if value is None:
                continue
            nxt = _strip_number_clitics(tokens[index]) if index < len(tokens) else ""
            if nxt in R.AR_MULTIPLIERS:
                value *= R.AR_MULTIPLIERS[nxt]
                index += 1
            key = _figure_key(value)
            percent = _percent_words(tokens, index)
            if percent:
                key += "%"
                index += percent
        else:
            kind = kinds.get(word)
            if kind is None:
                kind = _word_kind(word)
            if kind is not _NUMBER:
                if kind is _NEGATOR:
                    negations += 1
                elif kind is not _SKIP:
                    keys.append(kind)
                continue
            if word in R.NUMBER_WORDS:
                value = R.NUMBER_WORDS[word]
                nxt = tokens[index] if index < len(tokens) else ""
                if nxt in R.AR_MULTIPLIERS:
                    value *= R.AR_MULTIPLIERS[nxt]
                    index += 1
                key = _figure_key(value)
            else:
                key = _figure_key(R.AR_MULTIPLIERS[word])
        figures.add(key)
        keys.append(key)
    keyset = frozenset(keys)
    table = _polarity_table()
    polarity = frozenset(table[key] for key in keyset if key in table)
    reversals = keyset & _reversal_keys()
    return ClaimText(
        text, tuple(keys), " ".join(keys), keyset, frozenset(figures), negations, polarity, reversals
    )


@lru_cache(maxsize=1)
def _polarity_table() -> dict[str, tuple[int, int]]:
    """Antonym words as keys → (row, side); built lazily with the same key function."""
    table: dict[str, tuple[int, int]] = {}
    for row, sides in enumerate(R.ANTONYM_ROWS):
        for side, group in enumerate(sides):
            for word in group.split():
                table.setdefault(token_key(word), (row, side))
    return table


@lru_cache(maxsize=1)
def _reversal_keys() -> frozenset[str]:
    return frozenset(token_key(word) for word in R.REVERSAL_WORDS)
