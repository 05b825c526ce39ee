"""Speaker resolution for the BRAT-to-gold converter (``brat_to_gold.py``).

Turns each BRAT Source mention into the canonical speaker name a human annotator following
the gold guide would write: the fullest name the article gives, titles and party labels
dropped, a pronoun resolved to the latest person source of its gender (or the newer person
opening a sentence since), and "the Republican nominee" to the person given that role.
Gender comes from the given name, "Mr."/"Mrs.", or the pronouns that follow the name.
"""

from __future__ import annotations

import re

from tracker.extract.en_given_names import FEMALE_GIVEN, MALE_GIVEN


def _words(text: str, kind: type = frozenset) -> tuple[str, ...] | frozenset[str]:
    """A word list written as one string."""
    return kind(text.split())


DETERMINERS = _words(
    """
    a an the another one some two three several many other his her their its this that these
    those both most
    """,
    frozenset,
)
TITLES = _words(
    """
    mr mrs ms dr sen rep gov gen president senator governor secretary minister prime former vice
    candidate nominee speaker mayor judge prof professor rev sgt lt col capt chairman director
    ambassador attorney general first lady sir miss chancellor chief spokesman spokeswoman
    adviser aide chair leader rep. sen. gov. state u.s. house democrat republican democratic gop
    nominee rival businessman billionaire
    """,
    frozenset,
)
PRONOUNS = _words(
    """
    he she they i we it him her them his their its you me us who which our my himself herself
    themselves
    """,
    frozenset,
)
ORG_WORDS = _words(
    """
    campaign committee party department agency university inc association council court
    commission service police bureau foundation institute center centre office house
    administration congress senate poll survey study report group company corp fund network
    union coalition fbi cia gop dnc rnc organization team government
    """,
    frozenset,
)
MEDIA_WORDS = _words(
    """
    post times news journal cnn msnbc fox reuters press tribune herald magazine abc nbc cbs
    politico breitbart
    """,
    frozenset,
)
WORD_RE = re.compile(r"[\w.'’-]+")


def words(s: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in WORD_RE.findall(s)]


def _is_name(part: str) -> bool:
    toks = [t for t in part.split() if t.lower() not in {"de", "van", "von", "al", "bin", "of", "the", "and"}]
    return bool(toks) and all(t[:1].isupper() for t in toks)


def _split_titles(name: str) -> tuple[str, str]:
    """("President Barack Obama") -> ("Barack Obama", "President")."""
    toks = name.split()
    last_title = max((i for i, t in enumerate(toks[:-1]) if t.strip(".,").lower() in TITLES), default=-1)
    if last_title >= 0 and set(words(" ".join(toks[last_title + 1 :]))) & (ORG_WORDS | MEDIA_WORDS):
        return name.strip(",. "), ""  # "Republican National Committee" is a name, not a title
    return " ".join(toks[last_title + 1 :]).strip(",. "), " ".join(toks[: last_title + 1])


def name_part(mention: str) -> tuple[str, str]:
    """Split a source mention into (name, role): a capitalised name, and the words describing it."""
    toks = re.sub(r"\([^)]*\)", " ", mention.replace("\n", " ")).split()
    while toks and toks[0].lower() in DETERMINERS | {"of"}:
        toks = toks[1:]
    if not toks:
        return "", ""
    text = " ".join(toks)
    if "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        # The first comma part holding a name wins ("Senator Dianne Feinstein, Democrat of
        # California"); party tags and "Republican of Iowa" are descriptions, not names.
        for i, part in enumerate(parts):
            if re.match(r"^[RDI]-[A-Z]", part) or re.match(r"^(Democrat|Republican|Independent)\b", part):
                continue
            n, r = name_part(part)
            if n:
                return n, ", ".join([r] * bool(r) + parts[:i] + parts[i + 1 :])
        text = parts[0]
        toks = text.split()
    if _is_name(text):
        return _split_titles(text)
    i = len(toks)
    while i > 0 and (toks[i - 1][:1].isupper() or toks[i - 1].lower() in {"de", "van", "von", "al", "bin"}):
        i -= 1
    if (
        0 < i < len(toks)
        and toks[i - 1].lower() in {"from", "of"}
        and {t.strip(".,").lower() for t in toks[: i - 1]} & PERSON_ROLES
    ):
        return "", text  # "Senator from Texas": a place after a preposition is a role's, not a name
    if i < len(toks):
        name, titles = _split_titles(" ".join(toks[i:]))
        return name, " ".join(toks[:i] + ([titles] if titles else []))
    return "", text


#: Role words by which a definite description ("the Republican nominee") points at a person.
PERSON_ROLES = TITLES | _words(
    """
    nominee candidate senator congressman congresswoman republican democrat businessman mogul
    billionaire spokesman spokeswoman president governor mayor secretary minister official
    """,
    frozenset,
)


#: Abbreviated titles as the role word a later "the senator" uses.
TITLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general"}


def kind_of(name: str, role: str) -> str:
    # A name decides by itself ("White House spokesman Josh Earnest" is a person).
    ws = set(words(name or role))
    if ws & MEDIA_WORDS:
        return "media"
    if ws & ORG_WORDS:
        return "organization"
    if name:
        return "person"
    if role and words(role) and words(role)[-1].endswith("s"):
        return "group"
    return "unnamed"


MALE_PRONOUNS = frozenset(["he", "him", "his", "himself"])
FEMALE_PRONOUNS = frozenset(["she", "her", "hers", "herself"])
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | {"i", "me", "my"}
SENTENCE_SUBJECT_RE = re.compile(
    r"(?:^|[.!?][\"”’']?\s+)((?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)\s+[a-z]", re.MULTILINE
)
TITLED_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\. [A-Z][\w'’-]+")
FULL_NAME_RE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?([A-Z][a-z]+(?:\s[A-Z]\.)?\s(?:(?:de|van|von|al)\s)?[A-Z][\w'’-]+)"
)


def text_gender(text: str, name: str) -> str | None:
    """'m' or 'f' for a named person, as a reader of the article would tell.

    A gendered title ("Mr.", "Mrs.") before the name, a known given name, or else the pronoun
    that most often first follows the surname within its sentence.
    """
    toks = name.split()
    if not toks:
        return None
    first = toks[0].lower()
    if len(toks) > 1 and first in MALE_GIVEN:
        return "m"
    if len(toks) > 1 and first in FEMALE_GIVEN:
        return "f"
    by_name = "m" if first in MALE_GIVEN else "f" if first in FEMALE_GIVEN else None
    last = re.escape(toks[-1])
    # A surname alone may be shared (a husband and wife): the full name is asked when given.
    whole = re.escape(name) if len(toks) > 1 else last
    votes = {"m": 0, "f": 0}
    if len(toks) == 1:
        for m in re.finditer(rf"\b(Mr|Mrs|Ms|Miss)\.? (?:[A-Z][\w.]* )*{last}\b", text):
            votes["m" if m.group(1) == "Mr" else "f"] += 3
    for m in re.finditer(rf"\b{whole}\b[^.!?\n]{{0,120}}?\b([Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b", text):
        votes["f" if m.group(1).lower() in {"she", "her"} else "m"] += 1
    if votes["m"] > votes["f"]:
        return "m"
    if votes["f"] > votes["m"]:
        return "f"
    return by_name  # a single word that is also a given name ("Melanie") only breaks a tie


class Resolver:
    """Groups source mentions into speakers, in reading order."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        self.speakers: dict[str, dict] = {}
        self.by_token: dict[str, str] = {}
        #: Person sources in reading order: (position, canonical name).
        self.persons: list[tuple[int, str]] = []
        self.last_other: str | None = None
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

    def _pronoun(self, ws: list[str], pos: int) -> str | None:
        """The speaker a pronoun source means: the latest person source of the same gender before it
        (an annotator reads back to the last person it can be); "they"/"it": the last group."""
        if ws[0] not in PERSON_PRONOUNS:
            return self.last_other or (self.persons[-1][1] if self.persons else None)
        want = "m" if ws[0] in MALE_PRONOUNS else "f" if ws[0] in FEMALE_PRONOUNS else None
        for p, name in reversed(self.persons):
            if p >= pos:
                continue
            g = self.gender(name)
            if want is None or g is None or g == want:
                # A known person opening a sentence after that source is the newer subject:
                # '..., said Kidd. Scott bristles at that. "...," he said.' means Scott.
                for m in reversed(list(SENTENCE_SUBJECT_RE.finditer(self.text, p + 1, pos))):
                    run = m.group(1).split()
                    while run and run[0].lower() in TITLES | DETERMINERS:
                        run = run[1:]
                    if not run:
                        continue
                    other = self.by_token.get(run[-1].lower())
                    if (
                        other
                        and other != name
                        and self.speakers[other]["kind"] == "person"
                        and (want is None or self.gender(other) in {None, want})
                    ):
                        return other
                    full = " ".join(run)
                    if (
                        not other
                        and want is not None
                        and len(run) >= 2
                        and self.text.count(full) >= 2
                        and kind_of(full, "") == "person"
                        and self.gender(full) == want
                        and self.gender(name) != want
                    ):
                        # A person who never speaks before but is the subject just before
                        # the pronoun, of its gender, where the last source is not.
                        return self.resolve(full, pos=m.start(1))
                return name
        # Nobody quoted yet: the last full name of that gender written before the pronoun.
        for full in reversed(self.full_names(max(0, pos - 1500), pos)):
            g = self.gender(full)
            if want is None or g is None or g == want:
                return self.resolve(full, pos=pos - 1)
        return None

    def resolve(self, mention: str, before: str = "", pos: int = -1) -> str:
        ws = words(mention)
        if ws and all(w in PRONOUNS for w in ws):
            target = self._pronoun(ws, pos if pos >= 0 else len(before))
            if target:
                return target
            return self._entity(mention.strip(), "unnamed")["name"]
        name, role = name_part(mention)
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
            else:
                self.last_other = canon
            return canon
        # A role or common noun alone: the same role used before resolves to its owner.
        role_key = " ".join(w for w in words(role) if w not in DETERMINERS)
        for ent in self.speakers.values():
            if any(role_key and role_key in " ".join(words(r)) for r in ent["role_aliases"]):
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
        return ent["name"]
