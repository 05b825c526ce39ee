"""Speaker resolution for the BRAT-to-gold converter (``brat_to_gold.py``).

Turns each BRAT Source mention into the canonical speaker name a human annotator following
the gold guide would write: the fullest name the article gives, titles and party labels
dropped, a pronoun resolved by :mod:`brat_antecedents`, and "the Republican nominee" to the
person given that role. Names, kinds and genders are in :mod:`brat_names`.
"""

from __future__ import annotations

import re

from brat_antecedents import Antecedents, _plural
from brat_names import (
    CALENDAR_WORDS,
    DETERMINERS,
    FULL_NAME_RE,
    MEDIA_WORDS,
    ORG_WORDS,
    PERSON_ROLES,
    PRONOUNS,
    TITLE_WORDS,
    TITLED_RE,
    kind_of,
    name_part,
    text_gender,
    words,
)

from tracker.extract.en_given_names import FEMALE_GIVEN, MALE_GIVEN

__all__ = ["Resolver", "words"]


class Resolver(Antecedents):
    """Groups source mentions into speakers, in reading order."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        self.speakers: dict[str, dict] = {}
        self.by_token: dict[str, str] = {}
        #: Person sources in reading order: (position, canonical name).
        self.persons: list[tuple[int, str]] = []
        self.last_other: str | None = None
        #: Non-person sources (and sources naming several people): (position, name, plural).
        self.others: list[tuple[int, str, bool]] = []
        self._genders: dict[str, str | None] = {}
        # The fullest form of each surname the article writes ("Obama" -> "Barack Obama").
        self.full_forms: dict[str, str] = {}
        forms: dict[str, set[str]] = {}
        for full in self.full_names(0, len(text), titled=False):
            forms.setdefault(full.split()[-1].lower(), set()).add(full)
        # Only an unambiguous surname grows: "Clinton" stays "Clinton" beside Bill and Hillary.
        self.full_forms = {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}
        self.surnames = set(forms)

    def full_names(self, start: int, end: int, titled: bool = True) -> list[str]:
        """Person names written in full in ``text[start:end]``: a known given name and a surname."""
        out = []
        for m in FULL_NAME_RE.finditer(self.text, start, end):
            full = re.sub(r"['’]s?$", "", m.group(1))
            if full.split()[0].lower() in MALE_GIVEN | FEMALE_GIVEN:
                out.append((m.start(), full))
        # "Ms. LaBelle": a title makes a person of an unknown given name.
        if titled:
            out.extend(
                (m.start(), re.sub(r"['’]s?$", "", m.group()))
                for m in TITLED_RE.finditer(self.text, start, end)
            )
        return [full for _pos, full in sorted(out)]

    def gender(self, name: str) -> str | None:
        if name not in self._genders and " " not in name and name.lower() in self.full_forms:
            # "Obama" is as "Barack Obama" is.
            self._genders[name] = self.gender(self.full_forms[name.lower()])
        if name not in self._genders:
            low = name.lower()
            if " " not in name and low not in self.surnames and (low in MALE_GIVEN or low in FEMALE_GIVEN):
                # "Melanie" alone, and no "X Melanie" in the article: a first name, so its gender.
                self._genders[name] = "m" if low in MALE_GIVEN else "f"
            else:
                self._genders[name] = text_gender(self.text, name)
        return self._genders[name]

    def _entity(self, name: str, kind: str) -> dict:
        if name not in self.speakers:
            self.speakers[name] = {
                "name": name,
                "kind": kind,
                "latin": name,
                "aliases": [],
                "role_aliases": [],
            }
        return self.speakers[name]

    def resolve(self, mention: str, before: str = "", pos: int = -1) -> str:
        ws = words(mention)
        if ws and all(w in PRONOUNS for w in ws):
            target = self._pronoun(ws, pos if pos >= 0 else len(before))
            if target:
                return target
            return self._entity(mention.strip(), "unnamed")["name"]
        name, role = name_part(mention)
        if name and all(w in CALENDAR_WORDS for w in words(name)):
            name, role = "", ""  # "His program on Wednesday": a day is nobody's name
        if name and " " not in name and name.lower() in PERSON_ROLES and ws[0] in {"the", "this"}:
            name, role = "", name  # "the Republican": a role, not a name
        if (
            name
            and " " not in name
            and name.endswith("s")
            and name.lower() not in ORG_WORDS | MEDIA_WORDS
            and re.search(rf"\b{re.escape(name.lower())}\b", self.text) is not None
        ):
            name, role = "", name  # "Delegates" opening a sentence: a plural noun, not a name
        if (
            name
            and " " not in name
            and re.fullmatch(r"[A-Z][a-z]+[a-rt-z]s", name)
            and name.lower() not in self.surnames | ORG_WORDS | MEDIA_WORDS | MALE_GIVEN | FEMALE_GIVEN
            and name.lower() not in self.by_token
        ):
            name, role = "", name  # "Proponents", "Critics": a plural noun, never a full name's surname
        if name and len(name.split()) == 1 and name.lower() not in self.by_token:
            fuller = self.full_forms.get(name.lower())
            if fuller and kind_of(fuller, role) == "person":
                name = fuller
        if name:
            key = words(name)[-1] if words(name) else name.lower()
            canon = self.by_token.get(key)
            if canon and len(name) > len(canon) and key == words(canon)[-1]:
                # A fuller form of a known name: rename the entity.
                ent = self.speakers.pop(canon)
                ent["aliases"].append(canon)
                ent["name"] = ent["latin"] = name
                self.speakers[name] = ent
                for k, v in list(self.by_token.items()):
                    if v == canon:
                        self.by_token[k] = name
                self.persons = [(p, name if n == canon else n) for p, n in self.persons]
                canon = name
            if not canon:
                canon = name
                self._entity(name, kind_of(name, role))
                self.by_token[key] = name
            ent = self.speakers[canon]
            if name != canon and name not in ent["aliases"]:
                ent["aliases"].append(name)
            if role and role not in ent["role_aliases"]:
                ent["role_aliases"].append(role)
            if ent["kind"] == "person":
                self.persons.append((pos, canon))
                if " and " in mention:
                    self.others.append((pos, canon, True))  # "Mr. Grassley and Mr. Leahy say"
            else:
                self.last_other = canon
                self.others.append((pos, canon, _plural(mention, ent["kind"])))
            return canon
        # A role or common noun alone: the same role used before resolves to its owner.
        role_key = " ".join(w for w in words(role) if w not in DETERMINERS)
        role_re = re.compile(rf"\b{re.escape(role_key)}\b") if role_key else None
        for ent in self.speakers.values():
            if role_re is not None and any(role_re.search(" ".join(words(r))) for r in ent["role_aliases"]):
                if ent["kind"] != "person" or not set(words(role_key)) & PERSON_ROLES:
                    self.others.append((pos, ent["name"], _plural(mention, ent["kind"])))
                return ent["name"]
        if ws and (ws[0] in {"the", "this"} or ws[0] in PERSON_ROLES) and set(ws) & PERSON_ROLES and pos > 0:
            # "the Republican", "the GOP nominee", "the senator": the latest person source
            # given a role sharing a word with it (an annotator writes that person's name).
            role_words = set(ws) - DETERMINERS
            for _p, name in reversed([x for x in self.persons if x[0] < pos]):
                described = {
                    TITLE_WORDS.get(w, w) for r in self.speakers[name]["role_aliases"] for w in words(r)
                }
                if role_words & described & PERSON_ROLES:
                    return name
        ent = self._entity(role_key or mention.strip(), kind_of("", role))
        if ent["kind"] in {"group", "organization", "unnamed"}:
            self.last_other = ent["name"]
            self.others.append((pos, ent["name"], _plural(mention, ent["kind"])))
        return ent["name"]
