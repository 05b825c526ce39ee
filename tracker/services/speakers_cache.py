"""What one ingest run already knows about speakers, so each article does not ask again.

Resolving a name costs several queries (the name and its full-name aliases, the roots of
merged speakers, the surname and gazetteer fallbacks), then loading the speaker's aliases
and roles to add the ones this article used. Across a batch the same few people speak
again and again, so :class:`SpeakerCache` remembers, for one run:

* which speaker a name resolved to, while no speaker or alias has been created since
  (the answer depends on those two tables only, and ingest only ever adds to them; the
  memo is dropped whenever the run adds a speaker or an alias);
* the alias forms each speaker is known to have (a subset of its aliases: an alias
  already there is not attached again, so the speaker's aliases need not be loaded);
* the window of each role a speaker was seen in (a sighting inside it changes nothing).

So the results are the ones a run without the cache produces, as long as this run is
the only writer. A person merging or deleting speakers while an ingest runs may see
that run keep using what it resolved before; the next run asks the store again. The
pipeline drops the cache when an article's transaction fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from tracker.models import Speaker, SpeakerAlias
from tracker.normalize import fold


def alias_norm(text: str) -> str:
    """The folded form :func:`~tracker.services.speakers_store.attach_alias` compares."""
    return fold(" ".join((text or "").split())[:500])


@dataclass
class SpeakerCache:
    """Per-run memo of speaker resolution (see the module docstring for when it is exact)."""

    #: (stripped name, kind) -> the speaker id it resolved to.
    names: dict[tuple[str, str], int] = field(default_factory=dict)
    #: speaker id -> alias forms it has.
    aliases: dict[int, set[str]] = field(default_factory=dict)
    #: (speaker id, role title_norm) -> (first_seen, last_seen) of that role row.
    roles: dict[tuple[int, str], tuple[date | None, date | None]] = field(default_factory=dict)

    def clear(self) -> None:
        self.names.clear()
        self.aliases.clear()
        self.roles.clear()

    def note_pending(self, session: Session) -> None:
        """Forget resolved names when the session is about to add a speaker or an alias."""
        if self.names and any(isinstance(obj, (Speaker, SpeakerAlias)) for obj in session.new):
            self.names.clear()

    def knows_aliases(self, speaker_id: int, texts: list[str]) -> bool:
        known = self.aliases.get(speaker_id)
        return known is not None and all(alias_norm(text) in known for text in texts)

    def learn_aliases(self, speaker: Speaker) -> None:
        self.aliases[speaker.id] = {alias.alias_norm for alias in speaker.aliases}

    def role_unchanged(self, speaker_id: int, norm: str, on: date | None) -> bool:
        """A sighting that would leave the role row as it is."""
        window = self.roles.get((speaker_id, norm))
        if window is None:
            return False
        first, last = window
        return on is None or (first is not None and last is not None and first <= on <= last)
