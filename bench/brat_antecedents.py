"""Antecedents for the BRAT-to-gold converter: which source a pronoun or a relative
pronoun in a BRAT Source span stands for, as a reader of the article would say.

A mixin of :class:`brat_speakers.Resolver`: "he"/"she" take the latest person source of
their gender unless a newer person opens a clause since; "they"/"it" the latest plural or
singular body; "who"/"which" the noun phrase they follow.
"""

from __future__ import annotations

import re

from brat_names import (
    DETERMINERS,
    ORG_WORDS,
    TITLE_WORDS,
    TITLED_RE,
    TITLES,
    _is_name,
    _words,
    kind_of,
    name_part,
    words,
)

_ROLE_SUBJECTS = "president|senator|governor|secretary|minister|mayor|candidate|nominee|congressman|congresswoman|chairman|judge"
#: A clause's subject: at a sentence start (also after a short opening phrase: "For her part,
#: Suu Kyi has ..."), or after "but"/"and"/"while" ("..., but Mr. Obama learned ..."); a name,
#: or a role ("The president's Pacific roots ...").
CLAUSE_SUBJECT_RE = re.compile(
    r"(?:^|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?][\"”’']?\s+"
    r"|[,;]\s+(?:but|and|while|although|though|because|so|yet)\s+)"
    r"(?:[A-Z][^.!?,\"“”\n]{0,60},\s+)?"
    rf"(?:[Tt]he\s(?:[a-z]+\s)?(?P<role>{_ROLE_SUBJECTS})(?:['’]s)?\s"
    r"|(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?(?:[A-Z][\w-]+\s|[A-Z]\.\s){0,3}[A-Z][\w-]+)\s+[a-z])",
    re.MULTILINE,
)
MALE_PRONOUNS = frozenset(["he", "him", "his", "himself"])
FEMALE_PRONOUNS = frozenset(["she", "her", "hers", "herself"])
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | {"i", "me", "my"}
RELATIVES = frozenset(["who", "whom", "which", "that"])
#: Where the noun phrase before a relative pronoun starts: ", who" after "Mr. Kamin".
NP_BOUNDARY_RE = re.compile(r"[,;:(—–\"“”]|\s--\s|\b(?:and|by|to|with|including|like)\s")
#: How far back (in characters) a plural source stays the likely "they".
THEY_REACH = 600
DOCUMENT_WORDS = _words(
    "statement report letter study article poll survey analysis story ad video memo", frozenset
)
PLURAL_PRONOUNS = frozenset(["they", "them", "their", "themselves", "we", "us", "our"])
NOT_SUBJECTS = frozenset(
    ["the", "this", "that", "these", "those", "it", "in", "on", "at", "but", "and", "as"]
)
PLACE_WORDS = _words(
    """
    america united states korea china russia washington york city county house court street
    """,
    frozenset,
)
SENTENCE_END_RE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?][\"”’']?\s+")


def _plural(mention: str, kind: str) -> bool:
    """Whether a source mention names several: "Critics of the program", "Democrats",
    "Mr. Grassley and Mr. Leahy" (a "they"), not "the city", "the report" (an "it")."""
    if kind == "group" or " and " in mention:
        return True
    head = re.split(r",|\s(?:of|for|in|at|from|with|on|including|like)\s", mention.strip())[0].split()
    if not head or head[-1][:1].isupper():
        return False  # "the Times", "Fox News": a name ending in s is one body
    last = head[-1].lower().strip(".’'")
    return last.endswith("s") and not last.endswith(("ss", "'s", "’s", "us", "is"))


class Antecedents:
    """Pronoun and relative-pronoun resolution, mixed into the resolver."""

    def _pronoun(self, ws: list[str], pos: int) -> str | None:
        """The speaker a pronoun source means: the latest person source of the same gender before it
        (an annotator reads back to the last person it can be), unless the sentence just before
        has another person of that gender as its subject; "they" the latest plural source, "it"
        the latest singular one; "who"/"which" the noun phrase they follow."""
        if ws[0] in RELATIVES:
            found = self._antecedent(pos)
            if found is not None:
                return self.resolve(found[0], pos=found[1])
        if ws[0] not in PERSON_PRONOUNS:
            before = [(p, name, plural) for p, name, plural in self.others if p < pos]
            if ws[0] in PLURAL_PRONOUNS:
                # "they": a plural source of the last few sentences, else the last body that is
                # not a document ("the Security Council ... The statement noted ... they said").
                for p, name, plural in reversed(before):
                    if plural and pos - p < THEY_REACH:
                        return name
                for _p, name, _plural in reversed(before):
                    if not set(words(name)) & DOCUMENT_WORDS:
                        return name
            else:
                for _p, name, plural in reversed(before):
                    if not plural:
                        return name
            return self.last_other or (self.persons[-1][1] if self.persons else None)
        want = "m" if ws[0] in MALE_PRONOUNS else "f" if ws[0] in FEMALE_PRONOUNS else None
        cand_pos, cand = -1, None
        for p, name in reversed(self.persons):
            g = self.gender(name)
            if p < pos and " and " not in name and (want is None or g is None or g == want):
                cand_pos, cand = p, name
                break
        # A person opening a clause after that source is the newer subject: '..., said Kidd.
        # Scott bristles at that. "...," he said.' means Scott; so does "Ronald Reagan was once
        # asked how the Cold War would end. He responded ...".
        lo = cand_pos + 1 if cand is not None else max(0, pos - 1500)
        for m in reversed(list(CLAUSE_SUBJECT_RE.finditer(self.text, max(lo, pos - 3000), pos))):
            at = m.start("role") if m.group("role") else m.start("name")
            if self._quoted(at):
                continue
            found = self._subject_person(m, pos)
            if found is None:
                continue
            name, new = found
            if name == cand:
                break
            g = self.gender(name)
            if g == want or (not new and (want is None or g is None)):
                return self.resolve(name, pos=at) if new else name
        if cand is not None:
            return cand
        # Nobody quoted yet: the last full name of that gender written before the pronoun.
        for full in reversed(self.full_names(max(0, pos - 1500), pos)):
            g = self.gender(full)
            if want is None or g is None or g == want:
                return self.resolve(full, pos=pos - 1)
        return None

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation of its paragraph (names there are not subjects)."""
        para = self.text[self.text.rfind("\n", 0, pos) + 1 : pos]
        return para.count("“") > para.count("”") or para.count('"') % 2 == 1 or para.count("''") % 2 == 1

    def _subject_person(self, m: re.Match, pos: int) -> tuple[str, bool] | None:
        """The person a clause subject names, and whether it is new (never a source before):
        a name ("Mr. Obama", "Ronald Reagan") or a role ("The president's ...")."""
        if m.group("role"):
            role = TITLE_WORDS.get(m.group("role").lower(), m.group("role").lower())
            for _p, name in reversed([x for x in self.persons if x[0] < pos]):
                described = {
                    TITLE_WORDS.get(w, w) for r in self.speakers[name]["role_aliases"] for w in words(r)
                }
                if role in described:
                    return name, False
            # "The president's ...": the person the article calls "President X" before.
            titled = list(
                re.finditer(rf"\b{role.capitalize()}\s(?:[A-Z]\.\s)*([A-Z][\w-]+)", self.text[:pos])
            )
            known = self.by_token.get(titled[-1].group(1).lower()) if titled else None
            return (known, False) if known and self.speakers[known]["kind"] == "person" else None
        run = m.group("name").split()
        while run and run[0].lower().rstrip(".") in TITLES | DETERMINERS:
            run = run[1:]
        if not run or run[0].lower() in NOT_SUBJECTS or run[0].lower() in ORG_WORDS:
            return None
        if any(len(w) > 2 and w.isupper() for w in run):
            return None  # "BORROWING Back": a subheading in capitals, not a person
        known = self.by_token.get(run[-1].lower())
        if known is not None:
            return (known, False) if self.speakers[known]["kind"] == "person" else None
        full = " ".join(run)
        titled = TITLED_RE.match(m.group("name")) is not None
        if (len(run) >= 2 or titled) and kind_of(full, "") == "person" and not set(words(full)) & PLACE_WORDS:
            return m.group("name"), True
        return None

    def _antecedent(self, pos: int) -> tuple[str, int] | None:
        """The noun phrase a relative pronoun at ``pos`` follows, with its position:
        "said Mr. Kamin, who" -> "Mr. Kamin"; "John Bentel, a tech staffer at the State
        Department who" -> "John Bentel"; "members of the Saudi government, which" -> "the
        Saudi government"; "Donna Rawlings, 59, of Ashton, Md., who" -> "Donna Rawlings"."""
        person = self.text[pos : pos + 3].lower() == "who"
        end = pos
        while end > 0 and self.text[end - 1] in " ,—–-\n":
            end -= 1
        quantifier = re.search(
            r"\s(?:most|some|all|many|none|each|one|several|both) of$", self.text[max(0, end - 12) : end]
        )
        if quantifier is not None:  # "95 retired generals -- most of whom"
            end -= len(quantifier.group())
            while end > 0 and self.text[end - 1] in " ,—–-\n":
                end -= 1
        start = max(0, end - 200)
        cuts = [m.end() for m in NP_BOUNDARY_RE.finditer(self.text, start, end)]
        s = max([start, *cuts, *(m.end() for m in SENTENCE_END_RE.finditer(self.text, start, end))])
        while re.fullmatch(r"\s*(?:\d+|of [A-Z][\w .]*|[A-Z][a-z]{0,3}\.(?:[A-Z]\.)?)\s*", self.text[s:end]):
            # An age or a place in apposition ("59", "of Ashton", "Md."): the name is before it.
            end = s
            while end > 0 and self.text[end - 1] in " ,":
                end -= 1
            cuts = [m.end() for m in NP_BOUNDARY_RE.finditer(self.text, start, end)]
            s = max([start, *cuts, *(m.end() for m in SENTENCE_END_RE.finditer(self.text, start, end))])
        phrase = self.text[s:end]
        segment = s
        if person:
            inner = re.search(r"\s(?:on|at|of|in|from|for|to)\s", phrase)
            if inner is not None and not _is_name(phrase):
                phrase = phrase[: inner.start()]  # "a tech staffer at the State Department"
        det = list(re.finditer(r"(?:^|\s)(?:a|an|the|some|many|several|his|her|their|its)\s", phrase))
        if det:
            s += det[-1].start()  # "forced to defend not paying an architect who"
            phrase = phrase[det[-1].start() :]
        lead = re.match(r"\s*(?:with|of|at|from|for|by|about)\s+", phrase)
        if lead is not None:
            s += lead.end()
            phrase = phrase[lead.end() :]
        s += len(phrase) - len(phrase.lstrip())
        phrase = phrase.strip()
        if not phrase:
            return None
        if person and (not phrase[0].isupper() or phrase.split()[0].lower() in DETERMINERS):
            # "John Bentel, a tech staffer at the State Department who": the name the
            # description is in apposition to.
            lo = max(0, segment - 80)
            before = self.text[lo:segment].rstrip()
            prev = re.search(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]+),$", before)
            if prev is not None:
                name = name_part(prev.group(1))[0]
                if name and (" " in name or name.lower() in self.surnames or name.lower() in self.by_token):
                    return prev.group(1), lo + prev.start(1)
        return phrase, s
