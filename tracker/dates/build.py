"""Helpers that build the date grammar's word tables and patterns (used by :mod:`.resources`)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def table(text: str) -> dict[str, int]:
    """Parse "N word | word two | ..." lines: the word lists stay one line per value."""
    result: dict[str, int] = {}
    for line in text.strip().splitlines():
        number, _, names = line.partition(" ")
        for name in names.split("|"):
            result[" ".join(name.split())] = int(number)
    return result


def words(text: str) -> tuple[str, ...]:
    """A space-separated word list as a tuple (keeps long lists on one line)."""
    return tuple(text.split())


def trie_regex(items: Iterable[str]) -> str:
    """A regex for any of the literal words, built as a trie.

    ``re`` tries the branches of a flat alternation one by one at every position; a trie
    rejects a position on its first character, which makes the long month and ordinal lists
    cheap. A space inside a word matches any run of spaces.
    """
    trie: dict[str, dict] = {}
    for word in set(items):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child) for ch, child in node.items() if ch
    ]
    if not branches:
        return ""
    # Longer continuations first, so "كانون الثاني" is preferred to a shorter stop.
    body = (
        branches[0] if len(branches) == 1 else "(?:" + "|".join(sorted(branches, key=len, reverse=True)) + ")"
    )
    return f"(?:{body})?" if ends else body


def raw_spellings(items: Iterable[str], preimages: dict[str, str]) -> set[str]:
    """Every way the folded words may be written (before folding), marks aside.

    Each character may be any character that folds to it; a regex over the result (a trie
    of literals) is far faster than one over character classes.
    """
    out: set[str] = set()
    for word in items:
        spellings = [""]
        for ch in word:
            spellings = [prefix + c for prefix in spellings for c in preimages.get(ch, ch)]
        out.update(spellings)
    return out
