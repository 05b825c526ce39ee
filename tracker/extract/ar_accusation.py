"""The accusation strategy: "اتهمت السلطات الكونغولية رواندا بدعم الحركة", "الوزير يتهم
الحكومة بالتقصير". Who accuses, and the content: the accused with the charge after "بـ".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.ar_cues import (
    Candidate,
    Context,
    clause_boundary,
    comma_segments,
    first_comma,
    word_count,
)
from tracker.extract.ar_lexicon import ORG_RE, QUANTIFIER_HEADS, ROLE_HEAD_RE
from tracker.extract.ar_nps import np_then_object
from tracker.extract.ar_resources import (
    ADVERBIAL_START_RE,
    KNOWN_ADVERBIAL_LEAD_RE,
    LEAD_CONNECTOR_RE,
    MASDAR_RE,
    QUOTE_CHARS,
    RESUMPTIVES,
    SUBORDINATORS,
    TOKEN_RE,
)
from tracker.extract.ar_slots import Slot, is_role, parse_slot, surname_elsewhere
from tracker.extract.ar_subjects import subject_before

# "اتهم"/"يتهم" in every person, with و/ف: the accuser, the accused, then the charge after "بـ".
_ACCUSE_RE = re.compile(r"(?<!\w)[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|يتهمون)(?!\w)")
# The charge: "بارتكاب ...", "بأنه ...", 'بـ"الإرهاب"', "بدعم ..." (a "ب" word after the accused).
_CHARGE_RE = re.compile(r"\sب(?:ال|ان|ـ|[\"«“]|\w{3,})")


def _charge(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "بـ" of the charge: "بارتكاب", "بأنه", "بالتقصير", 'بـ"..."'; not a name ("بايدن")."""
    for m in _CHARGE_RE.finditer(text, start, end):
        word = TOKEN_RE.match(text, m.start() + 1)
        rest = word.group()[1:] if word else ""
        if (
            rest.startswith(("ال", "ان", "ـ"))
            or rest[:1] in QUOTE_CHARS
            or MASDAR_RE.match(rest)
            or (len(rest) >= 4 and rest.endswith("ه"))  # "بمحاولة", "بمساعدة"
        ):
            return m
    return None


def _lead_only(text: str, start: int, comma: int) -> bool:
    """Whether only adverbial leads ("ومن جهته،", "وفي وقت سابق،") stand before the comma, no
    clause whose subject a second verb could share."""
    for seg in text[start:comma].split("،"):
        seg = seg.strip()
        lead = LEAD_CONNECTOR_RE.match(seg)
        seg = seg[lead.end() :] if lead else seg
        if (
            seg
            and not (KNOWN_ADVERBIAL_LEAD_RE.match(seg) or ADVERBIAL_START_RE.match(seg))
            and len(seg.split()) > 3
        ):
            return False
    return True


# Words in construct with the definite word after them ("أقصى اليمين", "أحد المتظاهرين").
_CONSTRUCT_FIRSTS = QUANTIFIER_HEADS | {"اقصي", "اغلب"}
# Indefinite media nouns a relative "تتهم" follows ("لافتة تتهم", "رسالة يتهم فيها").
_ACCUSING_MEDIA = frozenset({"لافته", "فيديو", "تسجيل", "رساله", "بيان", "تغريده", "منشور", "مقال", "كتاب"})


def _across_commas(text: str, start: int, charge: int) -> tuple[Slot, int] | None:
    """ "اتهمت الحركة، اليوم، الاحتلالَ بـ", "اتهم وزير الداخلية السابق، فلان، كوبر بـ", "اتهم
    غالانت، نتنياهو بـ": verb first, the accuser before the first comma, a time or the accuser's
    name between commas, and the accused, the last noun phrase, right before the charge."""
    segs = list(comma_segments(text, start, charge))
    if len(segs) < 2 or text[segs[-1][1] : charge].strip():
        return None  # "اتهم نتنياهو وزير الأمن، غالانت، بتبني": the accused's name before the charge
    (a, b), (c, d) = segs[0], segs[-1]
    if text[start:a].strip() or word_count(text, a, b) > 6 or not 1 <= word_count(text, c, d) <= 5:
        return None
    if len(segs) == 2 and word_count(text, a, b) > 1:
        return None  # one comma: only a one-word accuser ("اتهم غالانت، نتنياهو") is sure to end there
    if ADVERBIAL_START_RE.match(text[a:b]) or MASDAR_RE.match(text[a:b]) or text[c : c + 1] in QUOTE_CHARS:
        return None
    slot_end = b
    for i, (x, y) in enumerate(segs[1:-1], start=1):
        if ADVERBIAL_START_RE.match(text[x:y]) and word_count(text, x, y) <= 4:
            continue  # "، اليوم،", "، في بيان،"
        if i == 1 and word_count(text, x, y) <= 4 and is_role(text[a:b]) and text[x] not in "وف":
            slot_end = y  # "وزير الداخلية السابق، جيمس كليفرلي،": the role's name
            continue
        return None
    slot = parse_slot(text, a, slot_end)
    if slot is None or ADVERBIAL_START_RE.match(text[c:d]):
        return None
    return slot, c


def _disagrees(noun: str, word: str) -> bool:
    """Whether the definite ``word`` cannot be an adjective of the definite ``noun`` before it:
    a feminine singular noun takes a feminine adjective ("الحركة الإسلامية", "القمة الأولى",
    not "الحركة الاحتلال"), a nominative plural a nominative one ("الجمهوريون الديمقراطيين")."""
    if noun.endswith("ه") and len(noun) > 4:
        return not word.endswith(("ه", "ي", "ا"))
    return noun.endswith("ون") and word.endswith("ين")


#: The chain runs the accusation strategy only where "تهم" occurs.
ACCUSATION_WORDS = ("تهم",)


def accusation(ctx: Context) -> Iterator[Candidate]:
    """ "اتهمت السلطات الكونغولية رواندا بدعم الحركة", "الوزير يتهم الحكومة بالتقصير": who
    accuses, and the content, the accused with the charge. Verb first, the accuser and the
    accused must both be there (without case endings, "اتهم الوزير بالفساد" is the passive)."""
    text, sent = ctx.text, ctx.sentence
    for m in _ACCUSE_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        charge = _charge(text, m.end(), min(sent.end, m.end() + 120))
        if charge is None:
            continue
        if first_comma(text, m.end(), charge.start()) is not None:
            across = _across_commas(text, m.end(), charge.start())
            if across is not None and not ctx.in_quote(charge.start()):
                form = m.group()[1:] if m.group()[:1] in "وف" and len(m.group()) > 4 else m.group()
                gender = (
                    "p"
                    if form.endswith(("وا", "ون"))
                    else "f"
                    if form.endswith("ت") or form[0] == "ت"
                    else "m"
                )
                yield Candidate(
                    "accusation:اتهم", (m.start(), m.end()), (across[1], sent.end), across[0], gender=gender,
                    confidence=0.6, boundary=clause_boundary(text, sent.start, m.start()),
                )  # fmt: skip
            continue
        after = text[m.end() : charge.start()].split()
        prev = text[sent.start : m.start()].split()[-1:]
        if not after or after[0] in RESUMPTIVES:
            continue  # "فيديو يتهم فيه المقاومة بـ": a relative clause about a recording
        if prev and (prev[0].endswith("ً") or prev[0] in _ACCUSING_MEDIA):
            continue  # "رفعت لافتةً تتهم نتنياهو بـ": the banner accuses, in a relative clause
        boundary = clause_boundary(text, sent.start, m.start())
        clause_start = boundary + 1 if boundary is not None and boundary > sent.start else sent.start
        if prev and prev[0] in ("الذي", "التي", "والذي", "والتي"):
            # "حكومة الكونغو، التي اتهمت "مجموعة شرق أفريقيا" بـ": the antecedent accuses.
            before = subject_before(text, sent.start, m.start())[0]
        else:
            before = (
                None
                if prev and prev[0] in SUBORDINATORS
                else subject_before(text, clause_start, m.start())[0]
            )
        form = m.group()[1:] if m.group()[:1] in "وف" and len(m.group()) > 4 else m.group()
        gender = "p" if form.endswith(("وا", "ون")) else "f" if form.endswith("ت") or form[0] == "ت" else "m"
        if before is not None:
            accused_start = m.end()
        else:
            if text[m.end() : charge.start()].lstrip()[:1] in QUOTE_CHARS:
                continue  # 'اتهمت "مجموعة شرق أفريقيا" بـ': the quoted accused, the accuser before
            cut = np_then_object(text, m.end(), charge.start())
            toks = list(TOKEN_RE.finditer(text, m.end(), charge.start()))
            if cut >= charge.start() and len(toks) >= 3 and ROLE_HEAD_RE.match(toks[0].group()):
                cut = toks[-1].start()  # "اتهم الرئيس جو بايدن دمشق بـ": after a role's name, the accused
            elif (
                cut >= charge.start()
                and len(toks) >= 2
                and not toks[0].group().startswith("ال")
                and not ROLE_HEAD_RE.match(toks[0].group())
                and not ORG_RE.match(toks[0].group())
                and toks[0].group() not in _CONSTRUCT_FIRSTS
                and toks[1].group().startswith("ال")
                and not toks[1].group().endswith(("ي", "يه"))
                and surname_elsewhere(text, toks[0].group(), toks[0].start())  # a name: "تيم والز"
            ):
                cut = toks[1].start()  # "اتهم والز الرئيسَ السابق بأنه": a name takes no such adjective
            if (
                cut >= charge.start()
                and len(toks) >= 2
                and toks[0].group().startswith("ال")
                and toks[1].group().startswith("ال")
                and _disagrees(toks[0].group(), toks[1].group())
            ):
                cut = toks[1].start()  # "يتهم الجمهوريون الديمقراطيين بـ": the second word is the accused
            quoted = next((i for i in range(m.end(), charge.start()) if text[i] in QUOTE_CHARS), None)
            if quoted is not None:
                # 'اتهمت حكومة جمهورية الكونغو حركة "مارس 23"': an organisation head before its quoted
                # name opens the accused.
                head = [t for t in toks if t.end() < quoted][-1:]
                if head and ORG_RE.match(head[0].group()) and head[0].start() > m.end() + 1:
                    cut = head[0].start()
            rest = list(TOKEN_RE.finditer(text, cut, charge.start()))
            if (
                len(rest) >= 2
                and is_role(text[m.end() : cut])
                and not any(t.group().startswith("ال") or ORG_RE.match(t.group()) for t in rest)
            ):
                # "اتهم الرئيس جو بايدن دمشق بـ": the role's name goes on; the last word is accused
                cut = rest[-1].start()
            if (
                cut >= charge.start()
                and boundary is not None
                and boundary > sent.start
                and m.group().startswith("و")
                and not _lead_only(text, sent.start, boundary)
                and len(toks) == 1
            ):
                # "استدعت السلطات السفير، واتهمت رواندا بدعم ...": the second verb of the clause;
                # its subject is the clause's, the noun phrase the accused.
                if word_count(text, m.end(), sent.end) >= 3:
                    yield Candidate(
                        "accusation:اتهم", (m.start(), m.end()), (m.end(), sent.end), None,
                        same_as_clause=True, gender=gender, confidence=0.55, boundary=boundary,
                    )  # fmt: skip
                continue
            if cut >= charge.start() or not text[m.end() : cut].strip():
                continue  # one noun phrase before the charge: the accused of a passive, or no accuser
            subject_words = text[m.end() : cut].split()
            if (
                subject_words
                and subject_words[-1].startswith("ال")
                and text.startswith("ال", cut)
                and not _disagrees(subject_words[-1], text[cut : charge.start()].split()[0])
            ):
                continue  # "اتهمت الوزيرة الجديدة الحكومةَ السابقة": without case endings, adjective or accused
            subject_head = subject_words[0] if subject_words else ""
            if gender == "f" and subject_head.endswith(("ين", "ون")):
                continue  # "وتتهم المؤيدين بـ": a feminine verb, a masculine plural: the accused
            before = parse_slot(text, m.end(), cut)
            if before is None:
                continue
            accused_start = cut
        if not text[accused_start : charge.start()].strip() or word_count(text, accused_start, sent.end) < 3:
            continue
        yield Candidate(
            "accusation:اتهم", (m.start(), m.end()), (accused_start, sent.end), before, gender=gender,
            confidence=0.6, boundary=boundary,
        )  # fmt: skip


__all__ = ["ACCUSATION_WORDS", "accusation"]
