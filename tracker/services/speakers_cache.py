"""What one ingest run already knows about speakers, so each article does not ask again.

Resolving a name costs several queries (the name and its full-name aliases, the roots of
merged speakers, the surname and gazetteer fallbacks), then loading the speaker's aliases
and roles to add the ones this article used. Across a batch the same few people speak
again and again, so :class:`SpeakerCache` remembers, for one run:

* which speaker a name resolved to, with what that answer was looked up by: the folded
  names and gazetteer QIDs the lookup read (the answer depends on the speakers and
  aliases carrying those, and ingest only ever adds speakers and aliases). A new speaker
  or alias makes the run forget the names that looked up its name, alias or QID, and
  only those;
* the alias forms each speaker is known to have (a subset of its aliases: an alias
  already there is not attached again, so the speaker's aliases need not be loaded);
* the window of each role a speaker was seen in (a sighting inside it changes nothing);
* who was seen in a role, read for a role-only mention, until this run adds or widens a
  row of that role;
* what each distinct mention says without the store (its folded keys, whether it names
  only an office, the aliases it gives), worked out once per run.

So the results are the ones a run without the cache produces, as long as this run is
the only writer. A person merging or deleting speakers while an ingest runs may see
that run keep using what it resolved before; the next run asks the store again. The
pipeline drops the cache when a transaction fails.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from tracker.models import Speaker, SpeakerAlias
from tracker.normalize import fold
from tracker.records import SpeakerRef
from tracker.services.speakers_store import role_norm
from tracker.speakers.gazetteer import Gazetteer
from tracker.speakers.names import is_role_phrase, surname_of

NameKey = tuple[str, str]
#: A person seen in a role: (their root speaker id, first seen, last seen).
RoleSighting = tuple[int, date | None, date | None]


def alias_norm(text: str) -> str:
    """The folded form :func:`~tracker.services.speakers_store.attach_alias` compares."""
    return fold(" ".join((text or "").split())[:500])


def is_role_only(ref: SpeakerRef, gazetteer: Gazetteer) -> bool:
    """The statement names an office, not a person: "وفق المتحدثة باسم الخارجية الروسية"."""
    name = ref.name.strip()
    if ref.role and fold(name) == fold(ref.role):
        return True
    return ref.kind == "person" and is_role_phrase(name) and gazetteer.lookup(name, ref.kind) is None


def _alias_calls(ref: SpeakerRef) -> list[tuple[str, str]]:
    """The (text, kind) aliases the names this article used for the speaker give, in order."""
    name = ref.name.strip()
    calls = [(name, "full_name" if surname_of(name) or ref.kind != "person" else "surname")]
    if ref.kind == "person" and (surname := surname_of(name)):
        calls.append((surname, "surname"))
    for other in (ref.mention, ref.role, *ref.aliases):
        other = (other or "").strip()
        if not other or fold(name) in fold(other):
            continue  # the name itself, or "role, name" as one mention
        if (ref.role and fold(other) == fold(ref.role)) or is_role_phrase(other):
            calls.append((other, "role"))
        elif ref.kind == "person" and fold(name).endswith(" " + fold(other)):
            calls.append((other, "surname"))
        elif len(fold(other)) >= 3:
            calls.append((other, "short_name"))
    return calls


@dataclass(frozen=True, slots=True)
class Mention:
    """What a speaker mention says before the store is asked (kept in ``SpeakerCache.mentions``)."""

    named: bool
    role_only: bool
    #: The article-level memo key of a named mention.
    fold_key: tuple[str, bool]
    #: role_norm of the name (a role-only mention's office).
    name_role: str
    #: The role sighting it gives: (title, role_norm(title)), or None.
    role: tuple[str, str] | None
    alias_calls: tuple[tuple[str, str], ...]
    alias_norms: frozenset[str]


def mention_of(ref: SpeakerRef, gazetteer: Gazetteer) -> Mention:
    named = ref.kind != "unnamed" and bool(ref.name.strip())
    role_only = named and is_role_only(ref, gazetteer)
    title = (ref.role or ref.name) if role_only else ref.role
    calls = tuple(_alias_calls(ref)) if named and not role_only else ()
    return Mention(
        named=named,
        role_only=role_only,
        fold_key=(fold(ref.name), ref.kind == "person"),
        name_role=role_norm(ref.name) if role_only else "",
        role=(title, role_norm(title)) if title else None,
        alias_calls=calls,
        # attach_alias skips a text that folds to nothing: it is no alias to wait for.
        alias_norms=frozenset(norm for text, _ in calls if (norm := alias_norm(text))),
    )


def lookup_keys(ref: SpeakerRef, gazetteer: Gazetteer) -> set[str]:
    """What resolving this name in the store may read: folded names and gazetteer QIDs.

    They mirror the lookups of ``tracker.services.speakers._speaker_for_name`` (its name
    and surname queries, then the gazetteer entry's QID and spellings), a superset: a
    speaker or alias added later that carries none of them cannot change its answer.
    """
    name, kind = ref.name.strip(), ref.kind
    keys = {fold(name)}
    entries = [gazetteer.lookup(name, kind)]
    if kind == "person" and surname_of(name) is None:
        entries.append(gazetteer.lookup_surname(name))
    for entry in entries:
        if entry is not None:
            if entry.qid:
                keys.add(qid_key(entry.qid))
            keys.update(fold(spelling) for spelling in entry.spellings)
    return keys


def qid_key(qid: str) -> str:
    """A lookup key for a gazetteer QID, apart from every folded name (fold never keeps \\x1f)."""
    return f"\x1f{qid}"


@dataclass
class SpeakerCache:
    """Per-run memo of speaker resolution (see the module docstring for when it is exact)."""

    #: (stripped name, kind) -> the speaker id it resolved to.
    names: dict[NameKey, int] = field(default_factory=dict)
    #: folded name or qid_key -> the names whose resolution looked it up.
    watchers: dict[str, set[NameKey]] = field(default_factory=dict)
    #: speaker id -> alias forms it has.
    aliases: dict[int, set[str]] = field(default_factory=dict)
    #: (speaker id, role title_norm) -> (first_seen, last_seen) of that role row.
    roles: dict[tuple[int, str], tuple[date | None, date | None]] = field(default_factory=dict)
    #: role title_norm -> the people seen in it (for role-only mentions).
    role_sightings: dict[str, list[RoleSighting]] = field(default_factory=dict)
    #: What a mention says on its own, by (name, kind, role, mention, aliases): see speakers.py.
    mentions: dict[tuple, Mention] = field(default_factory=dict)

    def clear(self) -> None:
        self.names.clear()
        self.watchers.clear()
        self.aliases.clear()
        self.roles.clear()
        self.role_sightings.clear()
        self.mentions.clear()

    def remember(self, key: NameKey, speaker_id: int, looked_up: Iterable[str]) -> None:
        """``key`` resolved to ``speaker_id`` by a lookup that read these folded names and QID keys."""
        self.names[key] = speaker_id
        for lookup in looked_up:
            self.watchers.setdefault(lookup, set()).add(key)

    def forget(self, lookup: str | None) -> None:
        """A speaker or alias carrying this folded name (or QID key) is being added."""
        for key in self.watchers.pop(lookup or "", ()):
            self.names.pop(key, None)

    def note_pending(self, session: Session) -> None:
        """Forget the names the speakers and aliases about to be added could resolve differently."""
        if not self.names:
            return
        for obj in session.new:
            if isinstance(obj, SpeakerAlias):
                self.forget(obj.alias_norm)
            elif isinstance(obj, Speaker):
                self.forget(obj.name_norm)
                if obj.external_id:
                    self.forget(qid_key(obj.external_id))

    def knows_aliases(self, speaker_id: int, norms: frozenset[str]) -> bool:
        """The speaker has every alias with these folded forms already."""
        known = self.aliases.get(speaker_id)
        return known is not None and norms <= known

    def learn_aliases(self, speaker: Speaker) -> None:
        self.aliases[speaker.id] = {alias.alias_norm for alias in speaker.aliases}

    def role_unchanged(self, speaker_id: int, norm: str, on: date | None) -> bool:
        """A sighting that would leave the role row as it is."""
        window = self.roles.get((speaker_id, norm))
        if window is None:
            return False
        first, last = window
        return on is None or (first is not None and last is not None and first <= on <= last)
