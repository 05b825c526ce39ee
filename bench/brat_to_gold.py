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

Speaker names (``brat_speakers.py``) are resolved as a human annotator would: titles and party labels
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

from brat_speakers import Resolver, words


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
QUOTED_RE = re.compile(r"[“\"‘]([^“”\"\n]{1,400}?)[”\"’]")


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


#: Words a speech stem would take in by prefix alone: "address" is not "add", "denounce" is
#: not "deny" (a condemnation: borderline), "replacing" is not "reply".
NOT_SPEECH = _words(
    """
    address addressed addresses addressing denounce denounced denounces denouncing replace
    replaced replaces replacing
    """,
    frozenset,
)


def _word_class(w: str) -> str | None:
    """The class a cue word gives, or None for a word that decides nothing (an auxiliary,
    an adverb such as "continually" or "pointedly", a token such as "tweet_id")."""
    if w in AUXILIARIES or not w.isalpha() or (w.endswith("ly") and len(w) > 5):
        return None
    if w.startswith(SPEECH_STEMS) and w not in NOT_SPEECH:
        return "speech"
    return "borderline" if w.startswith((*BORDERLINE_STEMS, "denounc")) else "other"


def cue_class(cue: str) -> str:
    """'speech', 'borderline' (calls, praise, attacks) or 'other' (beliefs, perception, findings).

    The head word decides; a negated speech cue is borderline. A cue ending in a colon ("would now ask:", "made the following
    comment:") is speech when any of its words is; otherwise ("did not include:") it is
    borderline: a colon introduces words, but not always somebody's.
    """
    if cue.strip() in COLON_CUES:
        return "speech"
    ws = words(cue)
    classes = [c for c in map(_word_class, ws) if c is not None]
    if cue.strip().endswith(":"):
        return "speech" if "speech" in classes else "borderline"
    head = classes[0] if classes else "other"
    if head == "speech" and any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in ws):
        return "borderline"  # "did not respond to requests", "isn't saying": no proposition is reported
    return head


def is_speech_cue(cue: str) -> bool:
    return cue_class(cue) == "speech"


NEGATIONS = _words("not never no barely hardly scarcely rarely", frozenset)
#: Finite verbs that make a short content a clause ("she has pneumonia", "other changes are needed").
FINITE = _words(
    """
    is are was were am be has have had will would can could should must may might do does did
    need needs want wants 's ’s
    """,
    frozenset,
)


#: First words of a noun phrase: "the same thing", "his tax returns", "for help".
NP_LEADS = _words(
    """
    a an the this that these those his her their its our my your some any each every no for to
    of about on with against
    """,
    frozenset,
)


def is_proposition(content: str, raw: str, text: str, start: int) -> bool:
    """Whether a content reports a proposition, as the gold guide requires of a statement,
    rather than naming a topic or an object: "spoke of his book", "declared bankruptcy",
    "cited the figure", "asked about her email scandal". An unquoted content of three words
    or fewer without a finite verb is such a noun phrase when it has one or two words or
    opens like one ("the same thing", "being a Democrat"); "openness builds trust" is not.
    """
    ws = content.split()
    if len(ws) > 3:
        return True
    quoted = any(q in raw for q in '“”"') or (text[max(0, start - 2) : start].strip()[-1:] in {"“", '"', "'"})
    lows = [w.lower().strip(".,;:!?") for w in ws]
    if quoted or any(w in FINITE or w.endswith(("n't", "n’t", "'s", "’s", "'re", "’re")) for w in lows):
        return True
    return len(ws) == 3 and lows[0] not in NP_LEADS and not lows[0].endswith("ing")


def clean_content(text: str) -> str:
    """Content as the gold guide wants it: no complementiser, no outer quotes, no final stop."""
    t = text.strip()
    t = re.sub(r"^(that|whether|if)\s+", "", t, flags=re.IGNORECASE)
    t = t.strip(" ,.;:")
    if len(t) > 2 and t[0] in '“"' and t[-1] in '”"' and not re.search('[“”"]', t[1:-1]):
        t = t[1:-1].strip(" ,.")
    return t


def _content(r: Relation) -> str:
    return clean_content(" ".join(m.text for m in sorted(r.contents, key=lambda m: m.start)))


def relations(text: str, ann: str, resolver: Resolver | None = None) -> list[Relation]:
    """The relations that become gold statements, in reading order of their contents, each
    with its ``speaker`` entity (or None) resolved by ``resolver``."""
    resolver = resolver or Resolver(text)
    rels = [
        Relation(fill(r.source, text), fill(r.cue, text), [fill(c, text) for c in r.contents])
        for r in parse_ann(ann)
    ]
    rels = [r for r in rels if r.contents]
    rels.sort(key=lambda r: min(c.start for c in r.contents))
    for r in sorted(rels, key=lambda r: r.source.start if r.source else min(c.start for c in r.contents)):
        name = resolver.resolve(r.source.text, pos=r.source.start) if r.source else None
        # Keep the entity itself: a later, fuller mention may still rename it.
        r.speaker = resolver.speakers[name] if name else None  # type: ignore[attr-defined]
    # Beliefs, perceptions and findings ("X believes", "a poll shows") are not attributed
    # speech at all under the gold guide, nor are topics and objects ("spoke of his book",
    # "declared bankruptcy"): they are left out, not made optional, since an optional gold
    # statement still takes a prediction when score.py matches.
    return [
        r
        for r in rels
        if (r.cue is None or cue_class(r.cue.text) != "other")
        and is_proposition(
            _content(r), " ".join(m.text for m in r.contents), text, min(m.start for m in r.contents)
        )
    ]


def convert(text: str, ann: str, file_name: str) -> dict:
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    resolver = Resolver(text)
    rels = relations(text, ann, resolver)
    statements, inside = [], []
    for n, r in enumerate(rels, 1):
        pieces = sorted(r.contents, key=lambda m: m.start)
        content = _content(r)
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
