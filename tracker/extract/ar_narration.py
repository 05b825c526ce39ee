"""The subject of a narrative clause that a later subject-less cue continues.

"من جهته، أشاد الوزير فلان بالعلاقات ...، وأكد أن ..." and "التقى الرئيس فلان الوفد. وقال
إن ...": the clause before the cue has no cue verb of its own, so no statement registers its
subject as the current source; without this the pronoun falls back to an older speaker. Only
a verb from ``NARRATIVE_VERB_RE`` opening the clause, followed by a noun phrase that looks
like a source (a name, a role, an institution), counts. Offsets are shadow-text offsets.
"""

from __future__ import annotations

import re

from tracker.extract.ar_cues import first_comma, is_verb, source_like
from tracker.extract.ar_lexicon import (
    CONSTRUCT_HEADS,
    NAME_LINK_WORDS,
    NOT_SPEAKER_RE,
    ORG_RE,
    QUANTIFIER_HEADS,
    ROLE_HEAD_RE,
)
from tracker.extract.ar_nps import NAME_ENDINGS, np_then_object, unagreeing_object
from tracker.extract.ar_resources import (
    ADVERBIAL_START_RE,
    KNOWN_ADVERBIAL_LEAD_RE,
    LEAD_CONNECTOR_RE,
    MASDAR_RE,
    NARRATIVE_VERB_RE,
    PREP_WORDS,
    TOKEN_RE,
)
from tracker.extract.ar_slots import Slot, parse_slot, surname_elsewhere
from tracker.extract.ar_speakers import Entity, Registry
from tracker.extract.ar_text import Sentence

# How far after the verb the subject and its appositions may run.
_SLOT_REACH = 160
_OBJECT_PREFIXES = ("بال", "لل", "كال", "بـ", "لـ")
# Words that end the subject: an object pronoun or clause after a preposition, a subordinator.
_STOP_WORDS = frozenset(
    {"بما", "لما", "بان", "بانه", "بانها", "له", "لها", "لهم", "به", "بها", "بهم", "عندما", "حين", "بينما",
     "حيث", "اذ", "لدي", "خلال", "بعد", "قبل", "عبر", "امس", "اليوم"}
)  # fmt: skip


def narrative_subject(text: str, start: int, end: int, gender: str | None = None) -> Slot | None:
    """The source-like subject of a clause in ``[start, end)`` opened by a narrative verb that
    agrees with ``gender`` (m / f / p) when it is given."""
    pos = start
    while pos < end:
        lead = LEAD_CONNECTOR_RE.match(text, pos, end)
        if lead and lead.end() > pos:
            pos = lead.end()
            continue
        comma = first_comma(text, pos, end)
        seg = text[pos:comma].strip() if comma is not None else ""
        # "من جهته،", "وفي ختام اللقاء،": an aside before the verb.
        if (
            seg
            and len(seg.split()) <= 4
            and (KNOWN_ADVERBIAL_LEAD_RE.match(seg) or ADVERBIAL_START_RE.match(seg))
        ):
            pos = comma + 1  # type: ignore[operator]
            continue
        break
    verb = TOKEN_RE.search(text, pos, end)
    if verb is not None and not NARRATIVE_VERB_RE.match(verb.group()):
        verb = _verb_after_lead(text, pos, end)
    if verb is None or not NARRATIVE_VERB_RE.match(verb.group()):
        return None
    form = verb.group()
    own = "p" if form.endswith("وا") else "f" if form.endswith("ت") else "m"
    if gender is not None and gender != own:
        return None  # "والتقى الوزير ... . وأضافت": the cue continues someone else
    a = verb.end()
    while a < end and text[a] == " ":
        a += 1
    if a >= end:
        return None
    first = TOKEN_RE.match(text, a, end)
    if first is not None and _object_first(first.group()):
        return None  # "رحّب بالملتقى"، "رحّب بسفير الجزائر": the verb's object, its subject elided
    if _lone_object(text, form, a, end):
        return None  # "وشكر بايدن على دعمه": the one noun phrase is whom he thanked
    comma = first_comma(text, a, end)
    seg_end = comma if comma is not None else end
    cut = seg_end
    for tok in TOKEN_RE.finditer(text, a, seg_end):
        # "أشاد فلان بالعلاقات ...", "التقى فلان مع ...": the object or an adjunct starts.
        word = tok.group()
        if tok.start() > a and (
            word.startswith(_OBJECT_PREFIXES) or word in PREP_WORDS or word in _STOP_WORDS
        ):
            cut = tok.start()
            break
    npc = np_then_object(text, a, seg_end)
    rest = text[npc:seg_end].split()
    if rest and not all(w.startswith("ال") and w.endswith(("ي", "يه")) for w in rest):
        cut = min(cut, npc)
    toks = list(TOKEN_RE.finditer(text, a, cut))
    if (
        len(toks) >= 2
        and not toks[0].group().startswith("ال")
        and not ROLE_HEAD_RE.match(toks[0].group())
        and not ORG_RE.match(toks[0].group())
        and not MASDAR_RE.match(toks[0].group())  # "إعلام الاحتلال": a construct, not a name
        and toks[0].group() not in CONSTRUCT_HEADS
        and toks[0].group() not in QUANTIFIER_HEADS
        and toks[1].group().startswith("ال")
        and not toks[1].group().endswith(("ي", "يه"))
        and surname_elsewhere(text, toks[0].group(), toks[0].start())
    ):
        cut = toks[1].start()  # "وحثّ زيف القادةَ على ...": a name, then the definite object
    elif len(toks) >= 3 and _definite_object(toks[-1].group()) and _ends_subject(text, a, toks[-2]):
        cut = toks[-1].start()  # "استنكر مجلس الأمة القرارَ": a definite object after the subject
    elif len(toks) == 2 and unagreeing_object(toks[0].group(), toks[1].group()):
        cut = toks[1].start()  # "رفضت الحكومة الطلبَ": no adjective of "الحكومة" ends so
    if cut == seg_end and comma is not None and len(text[a:seg_end].split()) <= 6:
        b = min(end, a + _SLOT_REACH)  # a short first segment may go on in apposition ("الوزير، فلان،")
    else:
        b = min(cut, np_then_object(text, a, seg_end))
    slot = parse_slot(text, a, b)
    if slot is None:
        return None
    name = slot.name
    nxt = TOKEN_RE.search(text, name[1], end) if name else None
    if name and nxt and nxt.group().startswith("ال") and len(text[name[0] : name[1]].split()) >= 3:
        # "التقى الرئيس سامي حداد وفدَ البنك": the object's head in construct ended the name.
        slot = parse_slot(text, a, text.rfind(" ", name[0], name[1]))
        if slot is None:
            return None
    return slot if _looks_like_source(text, slot) else None


# Prepositions of an aside that opens the clause without a comma ("وفي حديثه للأناضول أعرب ...").
_LEAD_PREPOSITIONS = frozenset({"في", "وفي", "خلال", "وخلال", "اثناء", "واثناء", "عقب", "وعقب"})


def _verb_after_lead(text: str, start: int, end: int) -> re.Match[str] | None:
    """The narrative verb after a short aside with no comma: "وفي حديثه للأناضول أعرب فلان"."""
    toks = []
    for tok in TOKEN_RE.finditer(text, start, end):
        toks.append(tok)
        if len(toks) == 5:
            break
    if len(toks) < 3 or toks[0].group() not in _LEAD_PREPOSITIONS:
        return None
    for tok in toks[2:]:
        if "،" in text[toks[0].end() : tok.start()]:
            return None
        if NARRATIVE_VERB_RE.match(tok.group()):
            return tok
    return None


# Verbs that always take a person or body as object ("شكر X على", "هنّأ X بـ", "استقبل X في"):
# with only one noun phrase before their preposition, that phrase is the object.
_TRANSITIVE_STEMS = frozenset({"شكر", "هنا", "حيا", "استقبل", "التقي", "ناشد", "حث"})
_COMPLEMENT_PREPS = ("علي", "في", "الي", "لـ", "بـ")


def _lone_object(text: str, verb: str, start: int, end: int) -> bool:
    """Whether a transitive narrative verb is followed by one noun phrase and then its
    complement's preposition ("وشكر بايدن على دعمه"): the phrase is the object, the subject
    elided."""
    stem = verb[1:] if verb[:1] in "وف" else verb
    stem = stem[:-1] if stem.endswith("ت") and stem[:-1] in _TRANSITIVE_STEMS else stem
    if stem not in _TRANSITIVE_STEMS:
        return False
    toks = []
    for tok in TOKEN_RE.finditer(text, start, end):
        toks.append(tok.group())
        if len(toks) == 4:
            break
    # a bare name of one or two words, then the preposition
    return any(
        len(toks) > n and toks[n] in _COMPLEMENT_PREPS and not any(w.startswith("ال") for w in toks[:n])
        for n in (1, 2)
    )


def _object_first(word: str) -> bool:
    """A word that opens the verb's object or an adjunct, never its subject."""
    if word.startswith(_OBJECT_PREFIXES) or word in PREP_WORDS:
        return True
    return word[:1] in "بل" and bool(ROLE_HEAD_RE.match(word[1:]) or ORG_RE.match(word[1:]))


def _ends_subject(text: str, start: int, last: re.Match[str]) -> bool:
    """Whether the subject can end at ``last``: a definite word or a personal name does, while
    an indefinite noun is in construct with the word after it ("المتحدث باسم الحركة")."""
    if last.group().startswith("ال"):
        return True
    if last.group() in NAME_LINK_WORDS:
        return False  # "عبد المجيد": the definite word goes on the name
    slot = parse_slot(text, start, last.end())
    return slot is not None and slot.name is not None and slot.name[1] == last.end()


def _definite_object(word: str) -> bool:
    """A definite word that ends a subject as its object, not as an adjective of it."""
    return word.startswith("ال") and not word.endswith(("ي", "يه")) and word not in NAME_ENDINGS


def _looks_like_source(text: str, slot: Slot) -> bool:
    """A personal name of a few words, or a phrase with a known source head (role, body, outlet)."""
    if slot.name is not None:
        words = text[slot.name[0] : slot.name[1]].split()
        if words and len(words) <= 4 and not any(w in PREP_WORDS or is_verb(w) for w in words):
            return not NOT_SPEAKER_RE.match(words[0])
    span = slot.role or slot.mention
    return source_like(text[span[0] : span[1]], strict=True)


def narrative_source(
    registry: Registry, text: str, sent: Sentence, prev: Sentence | None, cue_start: int, gender: str | None
) -> Entity | None:
    """The source a subject-less cue continues when a narrative clause names it: earlier in
    the same sentence ("أشاد فلان بـ...، وأكد"), or opening the sentence before, when that
    sentence reported nothing ("التقى فلان الوفد. وقال ...")."""
    head = text[sent.start : cue_start]
    slot = narrative_subject(text, sent.start, cue_start, gender) if head.strip(" ،,و") else None
    if slot is None and prev is not None:
        slot = narrative_subject(text, prev.start, prev.end, gender)
    if slot is None:
        return None
    return registry.resolve(slot, gender, cue_start)


__all__ = ["narrative_source", "narrative_subject"]
