"""Names, titles, kinds and genders for the BRAT-to-gold converter (``brat_to_gold.py``).

How a BRAT Source mention splits into a name and the words describing it ("Senator Dianne
Feinstein, Democrat of California"), what kind of source it is, and the gender a reader
gives a named person. Used by :mod:`brat_speakers` and :mod:`brat_antecedents`.
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
    union coalition fbi cia gop dnc rnc organization team government nations
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
    at = re.match(r"^((?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w.'’-]*)\s(?:at|of|from|with)\s+(?:the\s)?[A-Z]", text)
    if at is not None and at.group(1).split()[0].lower() in MALE_GIVEN | FEMALE_GIVEN:
        # "Dan McLaughlin at the National Review": a person, and the outlet is their role.
        return at.group(1), text[at.end(1) :].strip()
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


#: Endings of capitalised plurals that name groups, not persons: Democrats, Republicans,
#: Americans, Palestinians, Europeans, Socialists.
GROUP_ENDINGS = ("ocrats", "icans", "ians", "eans", "ists")


def kind_of(name: str, role: str) -> str:
    # A name decides by itself ("White House spokesman Josh Earnest" is a person).
    ws = set(words(name or role))
    if ws & MEDIA_WORDS:
        return "media"
    if ws & ORG_WORDS:
        return "organization"
    if name and " " not in name and name.lower().endswith(GROUP_ENDINGS):
        return "group"
    if name:
        return "person"
    if role and words(role) and words(role)[-1].endswith("s"):
        return "group"
    return "unnamed"


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


CALENDAR_WORDS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """,
    frozenset,
)
