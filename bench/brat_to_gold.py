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

Speaker names are resolved the way a human annotator would, approximately: titles
are dropped, a surname or "Mr. X" joins the fullest name seen in the article, and a
pronoun source takes the most recent preceding named source. That resolution is a
heuristic, so speaker figures on this gold are approximate.

OUT_DIR should be outside the repository: the texts are not ours to copy.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path


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
    adviser aide chair leader rep. sen. gov. state u.s. house
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
    return Mention(m.start, m.end, text[m.start : m.end]) if m else None


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


def kind_of(name: str, role: str) -> str:
    ws = set(words(name + " " + role))
    if ws & MEDIA_WORDS:
        return "media"
    if ws & ORG_WORDS:
        return "organization"
    if name:
        return "person"
    if role and words(role) and words(role)[-1].endswith("s"):
        return "group"
    return "unnamed"


class Resolver:
    """Groups source mentions into speakers, in reading order."""

    def __init__(self) -> None:
        self.speakers: dict[str, dict] = {}
        self.by_token: dict[str, str] = {}
        self.last_person: str | None = None
        self.last_other: str | None = None

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

    def resolve(self, mention: str, before: str = "") -> str:
        ws = words(mention)
        if ws and all(w in PRONOUNS for w in ws):
            target = (
                self.last_person
                if ws[0] in {"he", "she", "i", "him", "her", "his", "me", "my"}
                else (self.last_other or self.last_person)
            )
            if target:
                return target
            # Nobody quoted yet: the last full name written before the pronoun.
            names = re.findall(r"(?:Mr\.|Mrs\.|Ms\.|Dr\.)? ?[A-Z][a-z]+ [A-Z][a-z]+", before[-1500:])
            if names:
                return self.resolve(names[-1].strip())
            return self._entity(mention.strip(), "unnamed")["name"]
        name, role = name_part(mention)
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
                self.last_person = canon
            else:
                self.last_other = canon
            return canon
        # A role or common noun alone: the same role used before resolves to its owner.
        role_key = " ".join(w for w in words(role) if w not in DETERMINERS)
        for ent in self.speakers.values():
            if any(role_key and role_key in " ".join(words(r)) for r in ent["role_aliases"]):
                return ent["name"]
        ent = self._entity(role_key or mention.strip(), kind_of("", role))
        if ent["kind"] in {"group", "organization", "unnamed"}:
            self.last_other = ent["name"]
        return ent["name"]


def convert(text: str, ann: str, file_name: str) -> dict:
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    resolver = Resolver()
    rels = [
        Relation(fill(r.source, text), fill(r.cue, text), [fill(c, text) for c in r.contents])
        for r in parse_ann(ann)
    ]
    rels = [r for r in rels if r.contents]
    rels.sort(key=lambda r: min(c.start for c in r.contents))
    statements, inside = [], []
    for r in sorted(rels, key=lambda r: r.source.start if r.source else min(c.start for c in r.contents)):
        name = resolver.resolve(r.source.text, text[: r.source.start]) if r.source else None
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
