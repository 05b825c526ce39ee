"""The gazetteer: prominent people and bodies with their Arabic, Latin and Cyrillic spellings.

Files are tab-separated (``data/gazetteer/*.tsv``), one entity a line, ``#`` for comments::

    kind <TAB> Wikidata QID (may be empty) <TAB> Latin spellings <TAB> Arabic spellings
         <TAB> Cyrillic spellings <TAB> note

with alternatives separated by ``|`` and the first Latin spelling used as the display
name. When a new speaker is created from an extracted name that an entry knows, the
speaker gets the entry's Latin name, QID and every spelling as an alias, so the next
article, in any script, finds the same speaker.

The directory is ``$TRACKER_GAZETTEER_DIR`` when set, else ``tracker/_data/gazetteer``
in an installed wheel, else the repository's ``data/gazetteer``. A malformed line fails
loudly with the file and line number.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tracker.speakers.keys import search_key
from tracker.speakers.names import match_form, surname_of

ENV_GAZETTEER_DIR = "TRACKER_GAZETTEER_DIR"
GAZETTEER_KINDS = ("person", "organization", "group", "media")
# Keys shorter than this are too ambiguous to identify an entity across scripts.
MIN_UNIQUE_KEY = 5


class GazetteerError(ValueError):
    """A gazetteer file that cannot be read: names the file, line and reason."""


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    kind: str
    qid: str | None
    latin: tuple[str, ...]
    arabic: tuple[str, ...]
    cyrillic: tuple[str, ...] = ()
    note: str | None = None

    @property
    def display_name(self) -> str:
        return (self.latin or self.arabic or self.cyrillic)[0]

    @property
    def arabic_name(self) -> str | None:
        return self.arabic[0] if self.arabic else None

    @property
    def spellings(self) -> tuple[str, ...]:
        return self.arabic + self.latin + self.cyrillic

    def surnames(self) -> tuple[str, ...]:
        """Surnames of every spelling (people only)."""
        if self.kind != "person":
            return ()
        found = {surname for name in self.spellings if (surname := surname_of(name))}
        return tuple(sorted(found))


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


def parse_line(line: str, *, source: str, number: int) -> GazetteerEntry | None:
    if not line.strip() or line.lstrip().startswith("#"):
        return None
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 4:
        raise GazetteerError(
            f"{source}:{number}: expected at least 4 tab-separated fields, got {len(fields)}"
        )
    fields += [""] * (6 - len(fields))
    kind, qid, latin, arabic, cyrillic, note = (f.strip() for f in fields[:6])
    if kind not in GAZETTEER_KINDS:
        raise GazetteerError(f"{source}:{number}: unknown kind {kind!r} (use {', '.join(GAZETTEER_KINDS)})")
    if qid and not (qid[0] == "Q" and qid[1:].isdigit()):
        raise GazetteerError(f"{source}:{number}: {qid!r} is not a Wikidata QID")
    entry = GazetteerEntry(kind, qid or None, _split(latin), _split(arabic), _split(cyrillic), note or None)
    if not entry.spellings:
        raise GazetteerError(f"{source}:{number}: no name in any script")
    return entry


class Gazetteer:
    """Entries with exact (folded), key and surname indexes."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.entries: tuple[GazetteerEntry, ...] = tuple(entries)
        self._by_norm: dict[str, set[int]] = {}
        self._by_key: dict[str, set[int]] = {}
        self._by_surname: dict[str, set[int]] = {}
        for index, entry in enumerate(self.entries):
            for spelling in entry.spellings:
                self._by_norm.setdefault(match_form(spelling), set()).add(index)
                key = search_key(spelling).replace(" ", "")
                if len(key) >= MIN_UNIQUE_KEY:
                    self._by_key.setdefault(key, set()).add(index)
            for surname in entry.surnames():
                self._by_surname.setdefault(match_form(surname), set()).add(index)

    def __len__(self) -> int:
        return len(self.entries)

    def _unique(self, hits: set[int] | None, kind: str | None) -> GazetteerEntry | None:
        if not hits:
            return None
        found = [self.entries[i] for i in sorted(hits) if kind_compatible(self.entries[i].kind, kind)]
        return found[0] if len(found) == 1 else None

    def lookup(self, name: str, kind: str | None = None) -> GazetteerEntry | None:
        """The one entry a full name denotes: by folded spelling, else by a long enough key."""
        norm = match_form(name)
        if not norm:
            return None
        entry = self._unique(self._by_norm.get(norm), kind)
        if entry is not None:
            return entry
        key = search_key(name).replace(" ", "")
        return self._unique(self._by_key.get(key), kind) if len(key) >= MIN_UNIQUE_KEY else None

    def lookup_surname(self, name: str) -> GazetteerEntry | None:
        """The one person whose surname this is ("زاخاروفا"), or None when several share it."""
        return self._unique(self._by_surname.get(match_form(name)), "person")


def kind_compatible(a: str | None, b: str | None) -> bool:
    """People match people; organisations, groups and media are one family of bodies."""
    if a is None or b is None:
        return True
    return (a == "person") == (b == "person")


def default_dir() -> Path:
    configured = os.environ.get(ENV_GAZETTEER_DIR)
    if configured:
        return Path(configured)
    # A wheel ships the files inside the package (tracker/_data/gazetteer); a source
    # checkout reads them from the repository's data/ folder.
    packaged = Path(__file__).resolve().parents[1] / "_data" / "gazetteer"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "data" / "gazetteer"


def load_gazetteer(paths: Iterable[Path] | None = None) -> Gazetteer:
    """Read the given .tsv files (default: every .tsv in :func:`default_dir`)."""
    files = sorted(default_dir().glob("*.tsv")) if paths is None else list(paths)
    entries: list[GazetteerEntry] = []
    for path in files:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                entry = parse_line(line, source=str(path), number=number)
                if entry is not None:
                    entries.append(entry)
    return Gazetteer(entries)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    return load_gazetteer()
