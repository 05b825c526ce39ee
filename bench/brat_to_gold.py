#!/usr/bin/env python3
"""Convert BRAT attribution annotations (Source / Cue / Content) into gold JSON files.

    brat_to_gold.py TEXT_DIR ANN_DIR OUT_DIR

TEXT_DIR holds ``NAME.txt`` articles, ANN_DIR holds ``NAME_xxxx.ann`` BRAT files (when an
article was annotated twice, the first file in sorted order is used). One
``gold-NAME.json`` is written per article, in the schema ``score.py`` reads.

The BRAT scheme annotates every attribution of belief, perception and speech; the gold
guide asks only for attributed *speech*. So an attribution is ``required`` only when it
has a source, a content, and a cue whose head is a verb of saying (or "according to", a
colon or a dash before a quote); everything else is kept as ``required: false`` so that
finding it is neither credit nor fault. Headline statements are optional too.

Speaker names are resolved the way a human annotator would: titles and party labels
are dropped, a surname or "Mr. X" joins the fullest name the article writes, and a
pronoun source takes the most recent preceding person source of the same gender (gender
from the given name, "Mr."/"Mrs.", or the pronouns that follow the name in the text);
with no such source, the last full name of that gender written before it.

OUT_DIR should be outside the repository: the texts are not ours to copy.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tracker.extract.en_given_names import FEMALE_GIVEN, MALE_GIVEN


def _words(text: str, kind: type = frozenset) -> tuple[str, ...] | frozenset[str]:
    """A word list written as one string (``str.startswith`` wants a tuple, lookups a set)."""
    return kind(text.split())


# Heads of speech cues, as stems: "warn" covers warns/warned/warning.
SPEECH_STEMS = _words(
    """
    say said tell told add note argu claim warn insist den announc wrote writ tweet report stat
    explain ask repl respond declar acknowledg admit suggest assert contend confirm predict
    promis pledg vow recall continu comment remark observ point cite citing quot reveal disclos
    estimat emphasi stress conclud describ accus charg complain echo mention maintain reiterat
    conced allege testif predict retort quip joke caution counter insist told post according
    speak spoke recount boast brag assur lament forecast tout hint exclaim shout rebut refut
    told
    """,
    tuple,
)
AUXILIARIES = _words(
    """
    has have had also would will did does do to often later then previously repeatedly once was
    were is are be been being not never further just recently again publicly privately
    reportedly could may might should can even still already frequently
    """,
    frozenset,
)
# Calls, demands, praise and attacks: borderline in the gold guide, so optional rather than absent.
BORDERLINE_STEMS = _words(
    """
    call urg demand attack blast slam criticiz defend reject propos agre question dismiss prais
    condemn welcom thank sing chant put interview endors vot pledg promis plead beg ask
    """,
    tuple,
)
COLON_CUES = {":", "―", "—", "-", "–"}
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
QUOTED_RE = re.compile(r"[“\"‘]([^“”\"\n]{1,400}?)[”\"’]")
WORD_RE = re.compile(r"[\w.'’-]+")


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Relation:
    source: Mention | None
    cue: Mention | None
    contents: list[Mention] = field(default_factory=list)


def parse_ann(ann: str) -> list[Relation]:
    """The attribution relations of one BRAT file, each with its source, cue and content."""
    spans: dict[str, list[Mention]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            _kind, _, offsets = parts[1].partition(" ")
            pieces = []
            for chunk in offsets.split(";"):
                s, e = chunk.split()
                pieces.append((int(s), int(e)))
            spans[parts[0]] = [Mention(s, e, "") for s, e in pieces]
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, str] = {}
            for item in parts[1].split():
                if ":" in item:
                    role, ref = item.split(":", 1)
                    roles.setdefault(role.rstrip("0123456789"), ref)
                    if role.startswith("Content") and role != "Content":
                        roles[role] = ref
            events.append(roles)
    relations = []
    for roles in events:
        src = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        contents = [m for key, ref in roles.items() if key.startswith("Content") for m in spans.get(ref, [])]
        relations.append(Relation(src[0] if src else None, cue[0] if cue else None, contents))
    return relations


def fill(m: Mention | None, text: str) -> Mention | None:
    """The mention's text, its ends widened to whole words (a span cut at "Obam" means "Obama")."""
    if m is None:
        return None
    s, e = m.start, m.end
    while e < len(text) and e > s and text[e - 1].isalnum() and text[e].isalnum():
        e += 1
    while s > 0 and s < e and text[s].isalnum() and text[s - 1].isalnum():
        s -= 1
    return Mention(s, e, text[s:e])


def words(s: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in WORD_RE.findall(s)]


def cue_class(cue: str) -> str:
    """'speech', 'borderline' (calls, praise, attacks) or 'other' (beliefs, perception, findings)."""
    if cue.strip() in COLON_CUES or cue.strip().endswith(":"):
        return "speech"
    for w in words(cue):
        if w in AUXILIARIES:
            continue
        if w.startswith(SPEECH_STEMS):
            return "speech"
        return "borderline" if w.startswith(BORDERLINE_STEMS) else "other"
    return "other"


def is_speech_cue(cue: str) -> bool:
    return cue_class(cue) == "speech"


def clean_content(text: str) -> str:
    """Content as the gold guide wants it: no complementiser, no outer quotes, no final stop."""
    t = text.strip()
    t = re.sub(r"^(that|whether|if)\s+", "", t, flags=re.IGNORECASE)
    t = t.strip(" ,.;:")
    if len(t) > 2 and t[0] in '“"' and t[-1] in '”"' and not re.search('[“”"]', t[1:-1]):
        t = t[1:-1].strip(" ,.")
    return t


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
        if ws and ws[0] in {"the", "this"} and set(ws[1:]) & PERSON_ROLES and pos > 0:
            # "the Republican", "the GOP nominee", "the senator": the latest person source
            # given a role sharing a word with it (an annotator writes that person's name).
            role_words = set(ws[1:]) - DETERMINERS
            for _p, name in reversed([x for x in self.persons if x[0] < pos]):
                described = {w for r in self.speakers[name]["role_aliases"] for w in words(r)}
                if role_words & described & PERSON_ROLES:
                    return name
        ent = self._entity(role_key or mention.strip(), kind_of("", role))
        if ent["kind"] in {"group", "organization", "unnamed"}:
            self.last_other = ent["name"]
        return ent["name"]


def convert(text: str, ann: str, file_name: str) -> dict:
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    resolver = Resolver(text)
    rels = [
        Relation(fill(r.source, text), fill(r.cue, text), [fill(c, text) for c in r.contents])
        for r in parse_ann(ann)
    ]
    rels = [r for r in rels if r.contents]
    rels.sort(key=lambda r: min(c.start for c in r.contents))
    statements, inside = [], []
    for r in sorted(rels, key=lambda r: r.source.start if r.source else min(c.start for c in r.contents)):
        name = resolver.resolve(r.source.text, pos=r.source.start) if r.source else None
        # Keep the entity itself: a later, fuller mention may still rename it.
        r.speaker = resolver.speakers[name] if name else None  # type: ignore[attr-defined]
    # Beliefs, perceptions and findings ("X believes", "a poll shows") are not attributed
    # speech at all under the gold guide: they are left out, not made optional.
    rels = [r for r in rels if r.cue is None or cue_class(r.cue.text) != "other"]
    for n, r in enumerate(rels, 1):
        pieces = sorted(r.contents, key=lambda m: m.start)
        content = clean_content(" ".join(m.text for m in pieces))
        inside.extend((m.start, m.end) for m in pieces)
        cue = r.cue.text if r.cue else ""
        ent = getattr(r, "speaker", None)
        speaker = ent["name"] if ent else None
        required = bool(speaker and content and r.cue and is_speech_cue(cue) and pieces[0].start > title_end)
        if speaker is None:
            speaker = resolver._entity("(implicit)", "unnamed")["name"]
        quotes = [q for m in pieces for q in QUOTED_RE.findall(m.text) if len(q.split()) >= 3]
        statements.append(
            {
                "id": f"S{n}",
                "required": required,
                "speaker": speaker,
                "cue": cue,
                "content": content,
                "said_on": None,
                "direct_quotes": quotes,
            }
        )
    scare = []
    for m in QUOTED_RE.finditer(text):
        if len(m.group(1).split()) <= 3 and not any(s <= m.start() < e for s, e in inside):
            scare.append(m.group(1))
    date = re.search(r"(\d{4}-\d{2}-\d{2})", file_name)
    return {
        "file": file_name,
        "article": {
            "title": text[:title_end].strip(),
            "published": f"{date.group(1)}T12:00" if date else None,
            "language": "en",
            "subheadings": [],
            "captions": [],
            "related": [],
        },
        "speakers": list(resolver.speakers.values()),
        "statements": statements,
        "scare_quotes": sorted(set(scare)),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    text_dir, ann_dir, out_dir = (Path(a) for a in argv)
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for txt in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{txt.stem}_*.ann"))
        if not anns:
            print(f"{txt}: no annotation file, skipped", file=sys.stderr)
            continue
        gold = convert(txt.read_text(encoding="utf-8"), anns[0].read_text(encoding="utf-8"), txt.name)
        (out_dir / f"gold-{txt.stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        count += 1
    print(f"wrote {count} gold files to {out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
