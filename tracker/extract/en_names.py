"""Names in one English article: capitalised runs, their titles, and their fullest forms.

One pass over the sentences collects every name with its position, whether it opens its
sentence (a likely subject) and whether it could be a person at all (not inside a quotation,
not after "in"/"to"). :class:`Names` then answers "what is the fullest form of Garneau?"
for the speaker resolver (:mod:`.en_speakers`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.en_resources import (
    CAP_CHUNK_RE,
    GROUP_NAMES,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from tracker.extract.en_text import Sentence, Token, tokenize


def _bare(word: str) -> str:
    """A token without its possessive and trailing dot: "Trump’s" -> "trump"."""
    low = word.lower().rstrip(".")
    if "'" not in low and "’" not in low:
        return low  # the common case, without four endswith calls
    for suffix in ("'s", "’s", "'", "’"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper() or (tok.low in NAME_CONNECTORS and len(tok.text) > 1)


def kind_of(name: str, head: str = "") -> str:
    words = {_bare(w) for w in name.split()} | ({head} if head else set())
    if words & MEDIA_WORDS:
        return "media"
    if words & ORG_WORDS:
        return "organization"
    if words & GROUP_NAMES:
        return "group"
    return "person"


@dataclass(frozen=True, slots=True)
class NameRun:
    start: int
    end: int
    words: tuple[str, ...]  # the name's words, titles stripped
    titles: tuple[str, ...]


_SUBJECT_LEADS = frozenset(
    ["but", "and", "so", "yet", "still", "then", "now", "later", "meanwhile", "however", "also", "“", '"']
)
_INNER_CONNECTORS = frozenset(["of", "on", "for", "the"])
_PLACE_PREPS = frozenset(
    [
        "in",
        "to",
        "from",
        "at",
        "of",
        "near",
        "across",
        "into",
        "through",
        "toward",
        "towards",
        "outside",
        "inside",
    ]
)


def _run_word(tokens: tuple[Token, ...], j: int, i: int) -> bool:
    tok = tokens[j]
    if _is_cap(tok) and tok.text[:1].isalpha():
        return True
    if (
        tok.text == "."
        and j > i
        and (tokens[j - 1].low.rstrip(".") in TITLES | {"st"} or len(tokens[j - 1].text) == 1)
    ):
        return True
    # "Commission on Presidential Debates", "Department of Justice": lowercase glue between capitals.
    return (
        tok.low in _INNER_CONNECTORS
        and j > i
        and j + 1 < len(tokens)
        and tokens[j + 1].text[:1].isupper()
        and tokens[j - 1].text[:1].isupper()
        and tokens[j + 1].low not in NOT_NAMES
    )


def name_runs(tokens: tuple[Token, ...]) -> list[NameRun]:
    """Capitalised runs in a token sequence, with leading titles split off."""
    runs: list[NameRun] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].text[:1].isupper() or not tokens[i].text[:1].isalpha():
            i += 1
            continue
        j = i
        while j < n and _run_word(tokens, j, i):
            j += 1
            if _bare(tokens[j - 1].text) != tokens[j - 1].low.rstrip("."):
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
        name_toks = toks[k:]
        while name_toks and name_toks[-1].low in NAME_CONNECTORS:
            name_toks = name_toks[:-1]
        if name_toks and not any(t.low in NOT_NAMES and t.low not in _INNER_CONNECTORS for t in name_toks):
            words = tuple(
                t.text.rstrip(".") if t.text.endswith(".") and len(t.text) > 2 else t.text for t in name_toks
            )
            words = (*words[:-1], _strip_possessive(words[-1]))
            runs.append(NameRun(name_toks[0].start, name_toks[-1].end, words, tuple(titles)))
        i = max(j, i + 1)
    return runs


@lru_cache(maxsize=4096)
def _chunk_runs(chunk: str) -> tuple[tuple[int, int, tuple[str, ...], tuple[str, ...]], ...]:
    """The name runs of one capitalised chunk, offsets relative to it: "Hillary Clinton" recurs
    dozens of times an article, so each distinct chunk is analysed once."""
    return tuple((r.start, r.end, r.words, r.titles) for r in name_runs(tokenize(chunk, 0, len(chunk))))


def _role_appositive(text: str, end: int, limit: int) -> bool:
    """Whether ", a spokesman for", ", the president of" follows a name ending at ``end``."""
    if text[end : end + 2] != ", ":
        return False
    return any(w.strip(".,;").lower() in ROLE_NOUNS for w in text[end + 2 : min(limit, end + 40)].split()[:4])


@lru_cache(maxsize=8192)
def _one_word(word: str) -> str | None:
    """A one-word chunk without its possessive and dot, or None when it cannot be a name
    ("The", "I", "Mr."): the same few hundred words recur in every article."""
    bare = _strip_possessive(word.rstrip("."))
    if len(bare) < 2 or bare.lower() in NOT_NAMES or bare.lower() in TITLES:
        return None
    return bare


def _strip_possessive(word: str) -> str:
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


class Names:
    """All names of one article, indexed by surname and first name."""

    def __init__(self, sentences: list[Sentence]) -> None:
        #: (position, name words, a likely person antecedent, at the start of its sentence)
        self.occurrences: list[tuple[int, tuple[str, ...], bool, bool]] = []
        counts: Counter[tuple[str, ...]] = Counter()
        self.titles: dict[tuple[str, ...], set[str]] = {}
        deferred: list[tuple[int, tuple[str, ...]]] = []
        occurrences = self.occurrences
        titles_of = self.titles
        for sent in sentences:
            source, s_start = sent.source, sent.start
            if title_case(source[s_start : sent.end]):
                continue  # a headline: every word is capitalised, so none is a name by that
            # Quotations longer than 300 characters (excerpts of other articles) are narrative.
            short_quotes = [q for q in sent.quotes if q.end - q.start < 300]
            for chunk in CAP_CHUNK_RE.finditer(source, s_start, sent.end):
                word = chunk.group()
                c_start = chunk.start()
                if " " not in word and "\t" not in word:
                    # Fast path for the common one-word chunk ("The", "Trump", "I").
                    bare = _one_word(word)
                    if bare is None:
                        continue
                    runs: tuple[tuple[int, int, tuple[str, ...], tuple[str, ...]], ...] = (
                        (0, len(bare), (bare,), ()),
                    )
                else:
                    runs = _chunk_runs(word)
                # Only the last 40 characters before the name matter (no quadratic slicing).
                before = source[max(s_start, c_start - 40) : c_start]
                tail = before.rsplit(None, 1)
                prev = tail[-1].strip('.,;:!?"“”()—').lower() if tail else ""
                near = c_start - s_start <= 40
                opens = near and not tail  # the chunk opens the sentence
                lead = None
                for n, (a, b, words, titles) in enumerate(runs):
                    start = c_start + a
                    if opens and a == 0 and len(words) == 1 and not titles:
                        # "Climate change ...": a capital that may only open the sentence; kept
                        # below if the word is a name elsewhere.
                        deferred.append((start, words))
                        continue
                    # A name inside a quotation is the speaker's reference, not the narrative's.
                    quoted = False
                    for q in short_quotes:
                        if q.open <= start < q.close:
                            quoted = True
                            break
                    person_like = (
                        not quoted
                        and prev not in _PLACE_PREPS
                        and not (words[0].isupper() if len(words) == 1 else all(w.isupper() for w in words))
                    )
                    if n == 0:
                        if opens:
                            subject = True
                        else:
                            if lead is None:
                                lead = before.strip().lower() if near else before.rstrip()[-1:]
                            subject = (
                                lead.endswith(",") and c_start - s_start <= 80
                            ) or lead in _SUBJECT_LEADS
                    else:
                        subject = False
                    if not subject and person_like and len(words) >= 2:
                        # "... worries Henry Crespo, president of the caucus.": a name given a
                        # role in apposition is introduced as a source, like a subject.
                        subject = _role_appositive(source, c_start + b, sent.end)
                    occurrences.append((start, words, person_like, subject))
                    counts[words] += 1
                    if titles:
                        titles_of.setdefault(words, set()).update(titles)
        known = {w for words in counts for w in words}
        for start, words in deferred:
            if words[0] in known:
                self.occurrences.append((start, words, True, True))
                counts[words] += 1
        self.occurrences.sort()
        self._kinds: dict[tuple[str, ...], str] = {}
        self.full: dict[str, tuple[str, ...]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in counts:
            if len(words) >= 2 and len(words) <= 4:
                by_last.setdefault(words[-1].lower(), []).append(words)
                by_first.setdefault(words[0].lower(), []).append(words)
        for key, cands in by_last.items():
            self.full[key] = max(cands, key=lambda w: (counts[w], len(w)))
        self.first = {k: max(v, key=lambda w: counts[w]) for k, v in by_first.items()}

    def kind(self, words: tuple[str, ...]) -> str:
        kind = self._kinds.get(words)
        if kind is None:
            kind = self._kinds[words] = kind_of(" ".join(words))
        return kind

    def fullest(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The fullest form of a name: "Garneau" -> ("Marc", "Garneau")."""
        if not words:
            return words
        last = words[-1].lower()
        full = self.full.get(last)
        if (
            full
            and len(full) > len(words)
            and [w.lower() for w in full[-len(words) :]] == [w.lower() for w in words]
        ):
            return full
        if len(words) == 1 and last not in self.full and last in self.first:
            return self.first[last]
        return words
