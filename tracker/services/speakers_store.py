"""Row helpers shared by the speaker services: creating speakers and aliases consistently.

Every speaker carries its own name as an alias, with its surname and "first surname"
form for people, so search reads one table (SpeakerAlias, with indexed ``alias_norm``
and ``search_key``); every alias gets both keys at creation, whichever path created it
(extraction, gazetteer, user).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from tracker.models import Speaker, SpeakerAlias
from tracker.normalize import fold, script_of
from tracker.speakers.gazetteer import GazetteerEntry, kind_compatible
from tracker.speakers.keys import search_key
from tracker.speakers.names import match_form, short_form, surname_of

#: Alias kinds that identify a speaker as firmly as its name does.
FULL_NAME_KINDS = ("full_name", "transliteration", "user")


def same_family(a: str | None, b: str | None) -> bool:
    return kind_compatible(a, b)


def role_norm(title: str) -> str:
    """The comparison form of a role title (SpeakerRole.title_norm): folded, no articles."""
    return match_form(title)


def attach_alias(
    session: Session, speaker: Speaker, text: str, kind: str, source: str = "extracted"
) -> SpeakerAlias | None:
    """Add an alias unless the speaker already has one with the same folded form."""
    text = " ".join((text or "").split())[:500]
    norm = fold(text)
    if not norm:
        return None
    for alias in speaker.aliases:
        if alias.alias_norm == norm:
            return None
    script = script_of(text)
    if kind == "full_name" and script in ("latin", "cyrillic") and script_of(speaker.name) == "arabic":
        kind = "transliteration"
    alias = SpeakerAlias(
        alias=text,
        alias_norm=norm,
        search_key=search_key(text)[:500] or None,
        script=script,
        kind=kind,
        source=source,
    )
    speaker.aliases.append(alias)
    return alias


def new_speaker(session: Session, name: str, kind: str, entry: GazetteerEntry | None) -> Speaker:
    """A speaker with its name as alias, enriched from its gazetteer entry when there is one."""
    name = " ".join(name.split())[:500]
    speaker = Speaker(
        name=name,
        name_norm=fold(name),
        kind=kind,
        search_key=search_key(name)[:500] or None,
        latin_name=(entry.display_name if entry else (name if script_of(name) == "latin" else None)),
        external_id=entry.qid if entry else None,
        notes=entry.note if entry else None,
    )
    session.add(speaker)
    attach_alias(session, speaker, name, "full_name" if kind != "person" or surname_of(name) else "surname")
    if entry is not None:
        for spelling in entry.spellings:
            attach_alias(session, speaker, spelling, "full_name", source="gazetteer")
        for surname in entry.surnames():
            attach_alias(session, speaker, surname, "surname", source="gazetteer")
    elif kind == "person" and (surname := surname_of(name)):
        attach_alias(session, speaker, surname, "surname")
    if kind == "person" and (short := short_form(name)):
        attach_alias(session, speaker, short, "short_name")
    return speaker
