"""Name runs for the English extractor: the capitalised runs of a token sequence with their
titles split off ("Massachusetts Sen. Elizabeth Warren" -> Elizabeth Warren, titles
"sen"), memoised for the chunks and mentions that recur all article long, the kind a name
reads as, and whether a line is a headline in title case. :mod:`.en_names` indexes an
article's names with these.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tracker.extract.en_lexicon import (
    GROUP_NAMES,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    NOT_NAMES,
    ORG_WORDS,
    TITLES,
)
from tracker.extract.en_text import Token, tokenize


def bare_name(word: str) -> str:
    """A token without its possessive and trailing dot: "Trump’s" -> "trump"."""
    low = word.lower().rstrip(".")
    if "'" not in low and "’" not in low:
        return low  # the common case, without four endswith calls
    for suffix in ("'s", "’s", "'", "’"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low


def kind_of(name: str, head: str = "") -> str:
    words = {bare_name(w) for w in name.split()} | ({head} if head else set())
    if words & MEDIA_WORDS:
        return "media"
    if words & ORG_WORDS:
        return "organization"
    if words & GROUP_NAMES:
        return "group"
    return "person"


class NameRun(NamedTuple):
    start: int
    end: int
    words: tuple[str, ...]  # the name's words, titles stripped
    titles: tuple[str, ...]


_INNER_CONNECTORS = frozenset(["of", "on", "for", "the"])
_TITLES_ST = TITLES | {"st"}
#: Time words that end a name after a capital inside the run ("USA Today", "Newsday Tonight").
_NAME_TIME_TAILS = frozenset(["today", "tonight"])


def name_runs(tokens: tuple[Token, ...]) -> list[NameRun]:
    """Capitalised runs in a token sequence, with leading titles split off."""
    # A run word: a capital, a name connector, the period of a title or an initial, or
    # lowercase glue between capitals ("Department of Justice"). Inlined: this runs on every
    # new chunk and mention.
    runs: list[NameRun] = []
    i, n = 0, len(tokens)
    while i < n:
        first = tokens[i].text[:1]
        if not first.isupper() or not first.isalpha():
            i += 1
            continue
        j = i
        while j < n:
            tok = tokens[j]
            text = tok.text
            c = text[:1]
            if (c.isupper() or (tok.low in NAME_CONNECTORS and len(text) > 1)) and c.isalpha():
                pass
            elif text == "." and j > i:
                prev = tokens[j - 1]
                if not (prev.low.rstrip(".") in _TITLES_ST or len(prev.text) == 1):
                    break
            elif not (
                tok.low in _INNER_CONNECTORS
                and j > i
                and j + 1 < n
                and tokens[j + 1].text[:1].isupper()
                and tokens[j - 1].text[:1].isupper()
                and tokens[j + 1].low not in NOT_NAMES
            ):
                break
            j += 1
            if ("'" in text or "’" in text) and bare_name(text) != tok.low.rstrip("."):
                break  # a possessive ends the name: "Trump's campaign"
        toks = [t for t in tokens[i:j] if t.text != "."]
        while toks and toks[-1].low in _INNER_CONNECTORS:
            toks.pop()
            j -= 1
        k = 0
        titles = []
        while k < len(toks) and (toks[k].low.rstrip(".") in TITLES or toks[k].low in NOT_NAMES):
            if toks[k].low.rstrip(".") in TITLES:
                titles.append(toks[k].low.rstrip("."))
            k += 1
        # A run such as "Massachusetts Sen. Elizabeth Warren": the title inside wins.
        for m in range(len(toks) - 2, k - 1, -1):
            if toks[m].low.rstrip(".") in TITLES:
                titles.append(toks[m].low.rstrip("."))
                k = m + 1
                break
        if 0 < k == len(toks) - 1 and toks[k].low in ORG_WORDS and toks[k - 1].low.rstrip(".") in TITLES:
            # "the Justice Department", "State Department": a body named for an office, whose
            # first word is no one's title.
            k -= 1
            titles.remove(toks[k].low.rstrip("."))
        name_toks = toks[k:]
        while name_toks and name_toks[-1].low in NAME_CONNECTORS:
            name_toks = name_toks[:-1]
        if name_toks and not any(
            t.low in NOT_NAMES and t.low not in _INNER_CONNECTORS and not (n and t.low in _NAME_TIME_TAILS)
            for n, t in enumerate(name_toks)
        ):
            words = tuple(
                t.text.rstrip(".") if t.text.endswith(".") and len(t.text) > 2 else t.text for t in name_toks
            )
            words = (*words[:-1], strip_possessive(words[-1]))
            runs.append(NameRun(name_toks[0].start, name_toks[-1].end, words, tuple(titles)))
        i = max(j, i + 1)
    return runs


#: :func:`name_runs` of token sequences by their texts and the spaces before each, offsets
#: relative to the first token: the same source mentions recur all article long. Bounded:
#: emptied when it is full.
_RUNS_CACHE: dict[tuple[tuple[str, ...], tuple[int, ...]], tuple[NameRun, ...]] = {}
_RUNS_CACHE_SIZE = 8192


def cached_name_runs(tokens: tuple[Token, ...]) -> list[NameRun]:
    """:func:`name_runs`, memoised on the tokens' texts and spacing."""
    if not tokens:
        return []
    base = tokens[0].start
    gaps, prev = [], base
    for t in tokens:
        gaps.append(t.start - prev)
        prev = t.end
    key = (tuple(t.text for t in tokens), tuple(gaps))
    runs = _RUNS_CACHE.get(key)
    if runs is None:
        if len(_RUNS_CACHE) >= _RUNS_CACHE_SIZE:
            _RUNS_CACHE.clear()  # atomic, unlike evicting one entry while another thread reads
        if all(t[1] - t[0] == len(t[2]) for t in tokens):
            # Offsets are the texts' lengths and the gaps: name_runs on the tokens themselves
            # (it only copies their offsets) gives what it gives on the key's tokens.
            found = name_runs(tokens)
            _RUNS_CACHE[key] = tuple(
                tuple.__new__(NameRun, (r[0] - base, r[1] - base, r[2], r[3])) for r in found
            )
            return found
        # A folded quotation ("…" standing for many characters): offsets counted as the key's.
        _RUNS_CACHE[key] = runs = _runs_of_words(*key)
    return [tuple.__new__(NameRun, (r[0] + base, r[1] + base, r[2], r[3])) for r in runs]


def _runs_of_words(texts: tuple[str, ...], gaps: tuple[int, ...]) -> tuple[NameRun, ...]:
    """:func:`name_runs` of a token sequence given by its texts and the spaces before each,
    offsets relative to its first token."""
    toks, pos = [], 0
    for w, gap in zip(texts, gaps, strict=True):
        pos += gap
        toks.append(tuple.__new__(Token, (pos, pos + len(w), w, w.lower())))
        pos += len(w)
    return tuple(name_runs(tuple(toks)))


#: A chunk of plain capitalised words (hyphenated, with an apostrophe, after a title's or an
#: initial's period, or a connector such as "of" between them) joined by single spaces:
#: "Hillary Clinton", "North Korea's", "Secretary of State John Kerry", "Sen. J. Smith.".
_PLAIN_CHUNK_RE = re.compile(
    r"[A-Z][A-Za-z]*(?:[-'’][A-Za-z]+)*\.?"
    r"(?: (?:(?:of|on|for|the|de|van|von|al|bin) )?[A-Z][A-Za-z]*(?:[-'’][A-Za-z]+)*\.?)+"
)


def _plain_run(chunk: str) -> tuple[tuple[int, int, tuple[str, ...], tuple[str, ...]], ...] | None:
    """:func:`name_runs` of a :data:`_PLAIN_CHUNK_RE` chunk when every word is a run word (so
    there is one run at most), without tokenising it: the same title, skip and trim steps on
    the words' lowercase forms. None when a word would end the run early."""
    pieces = chunk.split(" ")
    final = len(pieces) - 1
    starts: list[int] | None = None
    if "." in chunk:
        words: list[str] = []
        starts = []
        pos = 0
        for m, piece in enumerate(pieces):
            starts.append(pos)
            pos += len(piece) + 1
            if piece[-1] == ".":
                piece = piece[:-1]
                # Inside the chunk a period only joins a title or an initial to the run, and
                # the glue word after it needs a capital before it.
                if m < final and (
                    not (piece.lower() in _TITLES_ST or len(piece) == 1) or pieces[m + 1] in _INNER_CONNECTORS
                ):
                    return None
            words.append(piece)
        lows = [w.lower() for w in words]
    else:
        words = pieces
        lows = chunk.lower().split(" ")
    for m in range(final):
        if lows[m].endswith(("'s", "’s")) or (words[m] in _INNER_CONNECTORS and lows[m + 1] in NOT_NAMES):
            return None  # a possessive or a lowercase glue word that ends the run early
    last = len(words)
    while last and lows[last - 1] in _INNER_CONNECTORS:
        last -= 1
    k = 0
    titles = []
    while k < last and (lows[k] in TITLES or lows[k] in NOT_NAMES):
        if lows[k] in TITLES:
            titles.append(lows[k])
        k += 1
    if not TITLES.isdisjoint(lows[k : last - 1]):
        for m in range(last - 2, k - 1, -1):
            if lows[m] in TITLES:
                titles.append(lows[m])
                k = m + 1
                break
    while last > k and lows[last - 1] in NAME_CONNECTORS:
        last -= 1
    if last <= k:
        return ()
    if not NOT_NAMES.isdisjoint(lows[k:last]):
        for w in lows[k:last]:
            if w in NOT_NAMES and w not in _INNER_CONNECTORS:
                return ()
    if starts is None:
        start = len(" ".join(words[:k])) + 1 if k else 0  # the words are one space apart
        end = start + len(" ".join(words[k:last]))
    else:
        start, end = starts[k], starts[last - 1] + len(words[last - 1])
    return ((start, end, (*words[k : last - 1], strip_possessive(words[last - 1])), tuple(titles)),)


@lru_cache(maxsize=4096)
def chunk_name_runs(chunk: str) -> tuple[tuple[int, int, tuple[str, ...], tuple[str, ...]], ...]:
    """The name runs of one capitalised chunk, offsets relative to it: "Hillary Clinton" recurs
    dozens of times an article, so each distinct chunk is analysed once."""
    if _PLAIN_CHUNK_RE.fullmatch(chunk) is not None:
        runs = _plain_run(chunk)
        if runs is not None:
            return runs
    return tuple((r.start, r.end, r.words, r.titles) for r in name_runs(tokenize(chunk, 0, len(chunk))))


@lru_cache(maxsize=8192)
def one_word_runs(word: str) -> tuple[tuple[int, int, tuple[str, ...], tuple[str, ...]], ...] | None:
    """The name run of a one-word chunk (the word without its possessive and dot), or None
    when it cannot be a name ("The", "I", "Mr."): the same few hundred words recur in every
    article."""
    bare = strip_possessive(word.rstrip("."))
    if len(bare) < 2 or bare.lower() in NOT_NAMES or bare.lower() in TITLES:
        return None
    return ((0, len(bare), (bare,), ()),)


def strip_possessive(word: str) -> str:
    if "'" not in word and "’" not in word:
        return word
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "and",
        "or",
        "at",
        "by",
        "with",
        "as",
        "vs",
        "from",
        "is",
        "are",
    ]
)


# A lowercase word of five letters or more rules out title case at once (cheap pre-test).
_LONG_LOWER_RE = re.compile(r"(?<![\w'’-])[a-z]{5,}")


def title_case(text: str) -> bool:
    """A headline in title case: every word capitalised but the small function words."""
    if _LONG_LOWER_RE.search(text) is None and len(text) > 12:
        pass  # no long lowercase word: could be a headline, look closer
    else:
        return False
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
