"""The Arabic attribution strategies, run as a named, ordered chain over each sentence.

Each strategy reads one sentence of the shadow text and proposes :class:`Candidate`
statements (cue, content and the speaker slot still unresolved). ``CHAIN`` lists them in
order; adding a rule means adding one entry. Offsets are shadow-text offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tracker.extract.ar_according import (
    ACCORDING_WORDS,
    AS_SAID_WORDS,
    CAME_IN_WORDS,
    VERBAL_NOUN_WORDS,
    WITH_SAYING_WORDS,
    according_to,
    as_said,
    came_in,
    verbal_noun,
    with_saying,
)
from tracker.extract.ar_accusation import ACCUSATION_WORDS, accusation
from tracker.extract.ar_cues import (
    _MAX_SLOT_WORDS,
    Candidate,
    Context,
    WordMatch,
    clause_boundary,
    cue_gender,
    find_intro,
    relay_source,
    word_count,
)
from tracker.extract.ar_lexicon import (
    DOC_SUBJECT_RE,
    ORG_RE,
    ROLE_HEAD_RE,
)
from tracker.extract.ar_nps import QUANTIFIED, np_then_object
from tracker.extract.ar_objects import (
    aside_after_verb,
    elided_subject_object,
    object_candidate,
    relayed_object,
)
from tracker.extract.ar_quote_first import lead_colon, quote_first
from tracker.extract.ar_resources import (
    ACKNOWLEDGE_FORMS,
    ADDRESSED_OUTLETS,
    ADVERBIAL_START_RE,
    COMP_RE,
    IMPERSONAL_FORMS,
    LEAD_CONNECTOR_RE,
    MASDAR_RE,
    MESSAGE_NOUN_RE,
    NARRATIVE_VERB_RE,
    NON_CUE_PARTICIPLES,
    NOUN_CUE_RE,
    NOUN_GOVERNORS,
    NP_END_ADVERBS,
    PARTICIPLE_GENDERS,
    PARTICIPLE_TO_CUE,
    PRONOUN_SUFFIX_RE,
    QUOTE_CHARS,
    RESUMPTIVES,
    TOKEN_RE,
    Cue,
    cue_of,
    form_cue,
)
from tracker.extract.ar_slots import Slot, is_role, kind_of, parse_slot
from tracker.extract.ar_subjects import fronted_subject, subject_before
from tracker.extract.ar_text import strip_span


def reporting_verb(ctx: Context) -> Iterator[Candidate]:
    """ "قالت المتحدثة ...، ماريا زاخاروفا، إن ...", "الوزارة أعلنت أن ...", "وأضافت أن ..."."""
    text, sent = ctx.text, ctx.sentence
    verbs = ctx.verbs
    for vi, m in enumerate(verbs):
        if ctx.in_quote(m.start()):
            continue
        form = m.group("verb")
        cue = form_cue(form)
        prev_word = text[max(sent.start, m.start() - 20) : m.start()].split()[-1:] or [""]
        if m.group("obj") and (
            prev_word[0] in ("ما", "بما", "لما", "مما", "وهو", "كما") or cue.lemma not in ("اعتبر", "وصف")
        ):
            continue
        if prev_word[0] in ("ما", "الذي", "التي") and text[m.start() - 3 : m.start()].strip() == "ما":
            continue
        if form in ACKNOWLEDGE_FORMS and not any(
            w.startswith("ب") for w in text[m.end() : sent.end].split("،")[0].split()[:4]
        ):
            continue  # "يقر البرلمان القانون": approves, not acknowledges
        if cue.lemma == "أعلن" and _OWN_DEATH_RE.match(text, m.end()):
            continue  # "قبل أن يُعلن عن استشهاده", "الذي أُعلن مقتله": a passive, nobody speaks
        if prev_word[0] in NOUN_GOVERNORS:
            continue  # "برغم نفي حزب الله": after a preposition the word is a noun, not a verb
        if form == "راي" and (
            prev_word[0].lstrip("وبل") in _OPINION_HEADS or prev_word[0] in _HOLDER_PRONOUNS
        ):
            continue  # "استطلاع رأي أجرته ...", "كان له رأي": the noun "opinion", not the verb "رأى"
        if prev_word[0].lstrip("و") in ("يمكن", "يصعب"):
            continue  # "صدمة يمكن وصفها بالزلزال": a verbal noun after "can", nobody speaks
        if form in ("اوضح", "اكد") and prev_word[0].lstrip("و") in _COMPARATIVE_HEADS:
            continue  # "بصورة أوضح وأدق": the comparative "clearer", not the verb
        if (
            prev_word[0] in _DUAL_RELATIVES
            and not form.endswith(("ا", "تا"))
            and text[m.end() : m.end() + 7].split()[:1] == ["عن"]
        ):
            continue  # "الأسيرين اللذين أُعلن عن وفاتهما": a singular verb after a dual, no subject: passive
        if prev_word[0] in _NEGATIONS and cue.lemma not in ("نفى", "استبعد"):
            continue  # "ولم تعلن الشرطة عن توقيفات": nothing was said
        if text.startswith(_ANONYMOUS_LEADS, m.end()):
            continue  # "مسؤول، تحدّث شريطة عدم الكشف عن هويته، لصحيفة ...": how, not what
        if form.startswith(("ي", "ت")) and prev_word[0] in ("كان", "كانت", "ما", "مما", "وما"):
            continue  # "مما كان يتوقع أن": an expectation in narration, not speech
        if vi and _spoke_to(text, m) and COMP_RE.search(text, verbs[vi - 1].end(), m.start()) is None:
            continue  # "وقال أطباء تحدثوا لـ"سي أن أن" إن ...": to whom the source spoke, not a cue
        verb_end = m.end()
        # "وتابع قائلاً إن ...": a participle right after the verb belongs to its cue.
        follow = next((p for p in ctx.participles if p.start() > verb_end), None)
        if follow is not None and not text[verb_end : follow.start()].strip():
            verb_end = follow.end()
            follow = next((p for p in ctx.participles if p.start() > verb_end), None)
        # The content of this cue cannot start beyond the next cue of the sentence.
        nxt = next(
            (
                v
                for v in verbs[vi + 1 :]
                if not ctx.in_quote(v.start())
                and text[max(0, v.start() - 3) : v.start()] != "ما "
                and not text.startswith(_ANONYMOUS_LEADS, v.end())
                and not _spoke_to(text, v)
                and text[max(sent.start, v.start() - 20) : v.start()].split()[-1:] != ["في"]
            ),
            None,
        )  # "بحسب ما نقل": a verb after "ما" is inside an aside, not a new cue; "في إشارة": a noun
        search_end = nxt.start() if nxt is not None else sent.end
        if follow is not None and follow.start() < search_end and not ctx.in_quote(follow.start()):
            search_end = follow.start()
        intro = find_intro(text, verb_end, search_end, None if cue.lemma == "نقل" else cue)
        if cue.lemma == "وصف" and not m.group("obj"):
            intro = None  # "وصف X الهجوم بأنه ...": what was described opens the content
        gender = cue_gender(form, cue)
        slot_end = intro[0] if intro else sent.end
        if intro is None and follow is not None and follow.start() == search_end:
            # "وتابع الوزير قائلاً: ...": the participle closes the speaker slot.
            between = text[verb_end : follow.start()]
            nxt_end = nxt.start() if nxt is not None else sent.end
            after = find_intro(text, follow.end(), nxt_end, PARTICIPLE_TO_CUE[follow.group("verb")])
            if (
                "،" not in between
                and len(between.split()) <= 6
                and after
                and word_count(text, follow.end(), after[0]) <= 1
            ):
                intro, slot_end = after, follow.start()
                for tok in TOKEN_RE.finditer(text, verb_end, slot_end):
                    word = tok.group()
                    if (
                        tok.start() > verb_end + 1
                        and word.startswith("با")
                        and word.endswith("ات")
                        and MASDAR_RE.match(word[1:])
                    ):
                        slot_end = tok.start()  # "وصرّح الوزير باتهامات كاذبة قائلاً": the verb's object
                        break
        limit = _MAX_SLOT_WORDS
        if intro is not None and (
            "،" in " ".join(text[verb_end:slot_end].split(maxsplit=6)[:6])
            or text[intro[0] : intro[1]].startswith(":")
        ):
            limit = 2 * _MAX_SLOT_WORDS  # a named subject followed by long asides
        if intro is None and cue.lemma == "نقل":
            relayed = relayed_object(ctx, m.start(), verb_end, gender)
            if relayed is not None:
                yield relayed
                continue
        # Only the first words matter, and only without an intro: the rest is never split.
        after_verb = text[verb_end:search_end].split(maxsplit=4) if intro is None and cue.object_ok else []
        if (
            after_verb[:1]
            and after_verb[0] in RESUMPTIVES
            and len(after_verb) >= 4
            and MESSAGE_NOUN_RE.search(text, max(sent.start, m.start() - 25), m.start())
        ):
            # "وأصدر الإعلام الحربي بياناً أكّد فيه استهداف ...": the statement's object, said
            # by the subject of the clause that issued it.
            start = text.find(after_verb[1], verb_end)
            yield Candidate(
                f"verb:{cue.lemma}", (m.start(), m.end()), (start, sent.end), None, same_as_clause=True,
                gender=gender, confidence=0.7, boundary=clause_boundary(text, sent.start, m.start()) or m.start() - 1,
            )  # fmt: skip
            continue
        aside_end = aside_after_verb(text, verb_end, sent.end) if intro is not None else None
        if (
            aside_end is not None
            and intro is not None
            and text[aside_end : intro[0]].strip()
            and not COMP_RE.match(text, intro[0])
        ):
            intro = None  # 'وأكدت، في بيان، "الأحقية ... على"': after the aside, an object, not a subject
        if intro is None or word_count(text, verb_end, slot_end) > limit:
            cand = object_candidate(
                ctx, m.start(), verb_end, cue, gender, clause_boundary(text, sent.start, m.start())
            )
            if cand is None and cue.object_ok:
                cand = elided_subject_object(ctx, m.start(), verb_end, cue.lemma, gender)
            if cand:
                yield cand
            continue
        if form in IMPERSONAL_FORMS and not text[verb_end:slot_end].strip():
            continue  # "يُذكر أنّ", "ويُتوقّع أن": passive narration, nobody speaks
        via = None
        slot_start = verb_end
        topic = text.find(" عن ", verb_end, slot_end)
        if cue.lemma != "نقل" and topic >= 0:
            topic_words = text[topic + 4 : slot_end].split()[:1]
            if topic_words and MASDAR_RE.match(topic_words[0].removeprefix("ال")):
                slot_end = topic  # "قال فلان، عن تجديد الحظر: ...": the topic, not a relay
        if cue.lemma == "نقل" or (" عن " in f" {text[verb_end:slot_end]} " and cue.lemma not in _ABOUT_VERBS):
            via, slot_start = relay_source(text, verb_end, slot_end)
            if via is None and cue.lemma == "نقل" and text[verb_end:slot_start].strip() == "عن":
                # "وكانت وكالة رويترز قد نقلت عن الوزير قوله": the outlet came before the verb.
                c0 = clause_boundary(text, sent.start, m.start())
                c0 = c0 + 1 if c0 is not None and c0 > sent.start else sent.start
                via = subject_before(text, c0, m.start())[0]
        first_after = TOKEN_RE.search(text, slot_start, slot_end)
        if (
            first_after is not None
            and first_after.group() in NP_END_ADVERBS
            and all(w in NP_END_ADVERBS for w in text[slot_start:slot_end].replace("،", " ").split())
        ):
            slot_start = slot_end  # "وكانت الصحيفة أشارت سابقاً إلى أنّ": an adverb, no subject after the verb
        if cue.lemma == "أبلغ" and via is None and "،" not in text[slot_start:slot_end]:
            slot_end = _informer_end(text, slot_start, slot_end)
        elif cue.lemma in _WARNING_LEMMAS and via is None and "،" not in text[slot_start:slot_end]:
            cut = _informer_end(text, slot_start, slot_end)
            warned = text[cut:slot_end].split()
            subject_last = text[slot_start:cut].split()[-1:]
            if (
                slot_start < cut < slot_end
                and warned
                and (warned[0].startswith("ال") or warned[0] in QUANTIFIED)
                and not (subject_last and subject_last[0] in _PLACE_PREPOSITIONS)
            ):
                # "وحذّر فلان الاحتلال من ...", "وتوعّد فلان الاحتلال بالرد": the one warned or
                # threatened (a definite noun) follows the subject and is part of what is said;
                # after it a complementiser still opens the content ("الأعداء بأنهم ...").
                slot_end = cut
                if not COMP_RE.match(text, intro[0]):
                    intro = (cut, cut)
        slot = parse_slot(text, slot_start, slot_end) if text[slot_start:slot_end].strip(" ،,") else None
        if slot is not None and via is None and _FRONTED_BEFORE_QAD_RE.search(text, sent.start, m.start()):
            # "وكان الأمين العام، فلان، قد توعّد الاحتلال بالرد": the subject stands between the
            # auxiliary and "قد"; what follows the verb is its object.
            slot = None
        if slot is not None and _AUTHORED_PIECE_RE.match(
            text, slot_start + len(text[slot_start:slot_end]) - len(text[slot_start:slot_end].lstrip())
        ):
            # "وأكّد مقال في صحيفة X، لعضو الكنيست فلان، أنّ ...": the piece speaks for its author.
            slot = _piece_author(text, slot_start, slot_end) or slot
        if cue.lemma == "اعتقد" and (slot is None or via is not None or text[m.start()] not in "وي"):
            continue  # a belief is a statement only verb-first with its source after it ("ويعتقد X أن")
        noun_cue = (
            NOUN_CUE_RE.search(text, slot_start, sent.end)
            if _SAYING_NOUN_LITERAL_RE.search(text, slot_start, slot_end)
            else None
        )
        if (
            noun_cue is not None
            and noun_cue.start() < slot_end
            and (kind_of(noun_cue["np"]) != "person" or is_role(noun_cue["np"]))
        ):
            # "وأوردت (الوكالة) تأكيد محللين أنّ": the saying noun's own rule credits the analysts.
            continue
        if text[slot_start:slot_end].strip(" ،,") in ADDRESSED_OUTLETS:
            slot = None  # "حزب الشعب أكد للميادين أنّ": the outlet spoken to; the subject came first
        if cue.lemma == "وصف" and text[slot_start:slot_end].strip(" ،,").startswith("ب"):
            continue  # "وُصفت بـ"سرقة القرن"": the passive, with what it was called
        if cue.lemma == "أظهر" and not DOC_SUBJECT_RE.match(text[slot_start:slot_end].strip(" ،,")):
            continue  # "أظهرت الصور أن": only a document's showing is its author's claim
        if slot is not None and via is None and form[:1] in "يت" and cue.preps:
            # "روسيا تحذّر أوكرانيا من ...": a present verb after its subject (headline order);
            # the noun phrase after the verb is the one warned or addressed.
            c0 = clause_boundary(text, sent.start, m.start())
            c0 = c0 + 1 if c0 is not None and c0 > sent.start else sent.start
            pre = text[c0 : m.start()].strip(" ،,")
            if (
                pre
                and "،" not in pre
                and len(pre.split()) <= 4
                and not LEAD_CONNECTOR_RE.fullmatch(pre + " ")
            ):
                fronted, _hint = subject_before(text, c0, m.start())
                if fronted is not None:
                    slot = fronted
        if slot is not None and via is None and form.endswith("وا"):
            # "الرؤساء أبلغوا نتنياهو أنّ ...": a plural verb never precedes its subject; the noun
            # phrase after it is the one addressed, and the subject came first or is elided.
            slot = None
        first_word = text[slot_start:slot_end].split()[:1]
        if slot is not None and first_word and first_word[0] in NON_CUE_PARTICIPLES:
            slot = None  # "وقالت مخاطبةً مَن ...": a manner participle, the subject is elided
        if (
            via is None
            and first_word
            and first_word[0] in RESUMPTIVES
            and word_count(text, slot_start, slot_end) == 1
            and prev_word[0].removeprefix("و") not in ("الذي", "التي", "الذين")
        ):
            # "نشر الوزير تغريدة قال فيها ...": a relative clause; the main clause's subject speaks,
            # unless the piece names its author ("تنشر مقالاً للكاتب فلان، يتحدث فيه عن ...").
            author = _piece_author(text, sent.start, m.start())
            yield Candidate(
                f"verb:{cue.lemma}", (m.start(), m.end()), (intro[1], sent.end), author,
                same_as_clause=author is None, gender=gender, confidence=0.7,
                boundary=clause_boundary(text, sent.start, m.start()),
            )  # fmt: skip
            continue
        pronoun = False
        boundary = clause_boundary(text, sent.start, m.start())
        if cue.lemma == "نقل" and via is None:
            relayed_pronoun = _RELAYED_PRONOUN_RE.search(text, verb_end, slot_end)
            if relayed_pronoun is not None and text[verb_end : relayed_pronoun.start()].strip(" ،,"):
                # 'ونقلت وكالة "رويترز" عنه قوله إن ...': the outlet relays the one named before.
                via = parse_slot(text, verb_end, relayed_pronoun.start())
                slot, pronoun = None, True
                gender = _PRONOUN_GENDERS[relayed_pronoun.group(1)]
        if slot is None and via is None:
            clause_start = boundary + 1 if boundary is not None and boundary > sent.start else sent.start
            label = text.find(":", sent.start, min(m.start(), sent.start + 30))
            if clause_start == sent.start and label > 0 and word_count(text, sent.start, label) <= 3:
                # "قضية اليوم: لجنة في الكونغرس تقول إن ...": a bulletin's label, then the clause.
                clause_start = label + 1
            if boundary is None and _OPENING_CONCESSION_RE.match(text, sent.start, m.start()):
                turns = list(_SUBJECT_TURN_RE.finditer(text, sent.start, m.start()))
                turn = turns[-1] if turns else None  # the last turn before the verb
                if turn is not None and not COMP_RE.search(text, turn.end(), m.start()):
                    # "رغم أنّ إيران أكدت ...، فإنّ بعثتها أكدت أن": the sentence opens with a
                    # concession; the turn after it opens the clause of the fronted subject.
                    boundary, clause_start = turn.start(), turn.end()
            if prev_word[0] in ("الذي", "التي", "الذين"):
                clause_start = sent.start  # the antecedent sits before the comma
            agrees = (
                _RELATIVE_GENDER.get(prev_word[0].removeprefix("و"), gender) in (gender, None)
                or gender is None
            )
            if agrees:
                slot, hint = subject_before(text, clause_start, m.start())
            else:
                # "أعضاء المحور، الذين توقعت أن ...": the verb does not agree with the antecedent,
                # so its subject is someone else, elided (the magazine of the sentence before).
                slot, hint = None, None
            if hint == "x":
                continue  # "وهذا بدوره يشير إلى ...": no one speaks
            if (
                slot is None
                and hint is None
                and boundary is not None
                and clause_start > sent.start
                and not text[clause_start : m.start()].strip()
            ):
                # "وكان مسؤول في جوفا، قال ..." / "الناطق باسم ...، أبو خالد، أعلن ...".
                slot = fronted_subject(text, sent.start, boundary)
            pronoun = slot is None
            gender = hint or gender
            if slot is not None and boundary is None:
                # "...، والمتحدث باسم الرئاسة يتحدث عن ...": a new clause opens at the comma.
                j = slot.mention[0]
                while j > sent.start and text[j - 1] in " وف":
                    j -= 1
                if j > sent.start and text[j - 1] in "،,":
                    boundary = j - 1
        yield Candidate(
            f"verb:{cue.lemma}", (m.start(), m.end()), (intro[1], sent.end), slot, pronoun,
            via=via, gender=gender, confidence=0.85 if slot else 0.7, boundary=boundary,
        )  # fmt: skip


# "أعلن (عن) مقتله / استشهادها / وفاتهم" right after the verb, with no subject between: the
# one who died is the pronoun's, so the verb is the unvowelled passive "أُعلن".
_OWN_DEATH_RE = re.compile(r"\s+(?:عن\s+)?(?:مقتل|استشهاد|وفات|اغتيال)(?:ه|ها|هم|هما)(?!\w)")


# A concession that opens a sentence ("بالرغم من أنّ ...", "وعلى الرغم من أنّ", "ومع أنّ"), and
# the comma and connector that turn to the main clause ("، فإنّ الرئيس", "، إلا أنّ الوزير").
_OPENING_CONCESSION_RE = re.compile(r"\s*(?:و)?(?:(?:علي\s+)?(?:ب?ال)?رغم\s+(?:من\s+)?|مع\s+)ان(?!\w)")
_SUBJECT_TURN_RE = re.compile(r"[،,]\s*(?:فان|الا\s+ان|غير\s+ان|لكن|ولكن)(?!\w)\s*")


# What follows a verb of speaking when its addressee comes next.
_ADDRESSEE_LEADS = (" ل", " الي ", " مع ")


def _spoke_to(text: str, verb: WordMatch) -> bool:
    """ "تحدثوا لـ"سي أن أن"", "تحدث إلى الصحيفة": the verb of speaking with its addressee."""
    return form_cue(verb.group("verb")).lemma == "تحدث" and text.startswith(_ADDRESSEE_LEADS, verb.end())


# Verbs whose "عن" is what they ask or speak about, never a relay ("تساءل الضابط عن الحكمة").
_ABOUT_VERBS = frozenset({"تساءل", "تحدث"})
# "عنه", "عنها", "عنهم" after an outlet: the relayed source is a pronoun.
_RELAYED_PRONOUN_RE = re.compile(r"\sعن(ه|ها|هم)(?!\w)")
_PRONOUN_GENDERS = {"ه": "m", "ها": "f", "هم": "p"}
# Nouns that "رأي" (opinion) follows in construct, where it is never the verb "رأى".
_OPINION_HEADS = frozenset({"استطلاع", "استطلاعا", "استطلاعات", "وجهه", "ابداء", "حريه", "صاحب", "قاده"})
# "له رأي": one who holds an opinion, before the noun.
_HOLDER_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لي", "لنا", "لك", "لكم"})
# "تحدّث شريطة عدم الكشف عن هويته": the verb tells how a source spoke, not what it said.
_ANONYMOUS_LEADS = (" شريطه", " بشرط", " مشترطا")
# Nouns a comparative adjective follows ("بصورة أوضح", "بشكل آكد").
_COMPARATIVE_HEADS = frozenset({"بصوره", "صوره", "بشكل", "شكل", "بطريقه", "بدرجه"})
# Negations, and "سوف" (a report still to come: "وسوف يذكر التاريخ أنّ ...").
_NEGATIONS = frozenset({"لم", "ولم", "لن", "ولن", "لا", "ولا", "فلم", "سوف", "وسوف", "فسوف"})
# Dual relative pronouns: the verb after them agrees in the dual when they are its subject.
_DUAL_RELATIVES = frozenset({"اللذان", "اللذين", "اللتان", "اللتين"})
# The gender a relative pronoun gives the verb after it when it is the verb's subject.
_RELATIVE_GENDER = {"الذي": "m", "التي": "f", "الذين": "p"}
# The saying nouns of NOUN_CUE_RE, looked for as plain substrings (one search) before it runs.
_SAYING_NOUN_LITERAL_RE = re.compile("تاكيد|اعلان|تحذير|اعتبار|تشديد")


def participle(ctx: Context) -> Iterator[Candidate]:
    """ "...، مضيفاً أن ...": a second statement by the speaker of the clause."""
    text, sent = ctx.text, ctx.sentence
    for m in ctx.participles:
        if ctx.in_quote(m.start()):
            continue
        boundary = clause_boundary(text, sent.start, m.start())
        if boundary is None and text[m.end() : m.end() + 2].lstrip()[:1] in ":" + QUOTE_CHARS:
            boundary = m.start() - 1  # "وتوجّه القائد إلى المتظاهرين قائلاً: "..."": the quote marks it
        if (
            boundary is None
            and not m.group("verb").startswith(_ADJECTIVE_PARTICIPLES)
            and _opens_content(text, m.end(), sent.end, PARTICIPLE_TO_CUE[m.group("verb")])
        ):
            boundary = m.start() - 1  # "وتحدّث عن الأزمة قائلاً إن ...": the complementiser marks it
        opening = not text[sent.start : m.start()].strip(" و")
        if opening and _opens_content(text, m.end(), sent.end, PARTICIPLE_TO_CUE[m.group("verb")]):
            # '... "ليست لديها رؤية". مضيفاً أن ...': a participle opening its sentence goes on
            # with the speaker of the sentence before.
            form = m.group("verb")
            intro = find_intro(text, m.end(), min(sent.end, m.end() + 40), PARTICIPLE_TO_CUE[form])
            if intro is not None:
                yield Candidate(
                    f"participle:{PARTICIPLE_TO_CUE[form].lemma}", (m.start(), m.end()), (intro[1], sent.end), None,
                    pronoun=True, gender=participle_gender(form),
                    confidence=0.7,
                )  # fmt: skip
            continue
        if boundary is None or boundary == sent.start:
            continue
        form = m.group("verb")
        cue = PARTICIPLE_TO_CUE[form]
        gender = participle_gender(form)
        pos = m.end()
        # Skip ", على سبيل المثال،" style asides before the content.
        while True:
            rest = text[pos : sent.end].lstrip(" ،,")
            skipped = len(text[pos : sent.end]) - len(rest)
            am = ADVERBIAL_START_RE.match(rest)
            comma = rest.find("،")
            if am and 0 < comma < 30 and not COMP_RE.match(rest) and rest.split()[0] not in cue.preps:
                pos += skipped + comma + 1
                continue
            colon = rest.find(":")
            if am and 0 < colon < 30 and (comma < 0 or colon < comma) and rest.split()[0] not in cue.preps:
                pos += skipped + colon  # "قائلاً، في هذا الصدد: "..."": the aside, then the colon
                break
            pos += skipped
            break
        same_time = _SAME_TIME_RE.match(text, pos, sent.end) or _PARTICIPLE_LEAD_RE.match(text, pos, sent.end)
        if same_time is not None and not any(
            cue_of(w) or NARRATIVE_VERB_RE.match(w) for w in text[pos : same_time.end()].split()[1:]
        ):
            # "مضيفاً في الوقت نفسه أنّه ...", "مؤكداً أمام الدبلوماسيين أنّ", "مضيفاً بعدما
            # اجتاز الطابور أنّ": when or where, then what (no verb of saying in between).
            pos = same_time.end()
        intro = find_intro(text, pos, min(sent.end, pos + 40), cue)
        if intro and text[pos : intro[0]].strip():
            intro = None if word_count(text, pos, intro[0]) > 2 else intro
        described = text[pos : intro[0]].split()[:1] if intro else []
        if cue.lemma == "وصف" and described and described[0] not in _DESCRIBED_PRONOUNS:
            intro = (pos, pos)  # "واصفين توجيه الدعوة بأنّه ...": what was described belongs to it
        if (
            intro is None
            and cue.lemma == "وصف"
            and text[pos : sent.end].split()[:1] in ([w] for w in _DESCRIBED_PRONOUNS)
        ):
            # 'واصفين إياها بـ"الأكثر انتقاداً"': what she was called follows the ba.
            after = TOKEN_RE.search(text, text.find(" ", pos + 1), sent.end)
            if after is not None and after.group().startswith("ب"):
                skip = 2 if after.group().startswith("بـ") else 1
                intro = (after.start(), after.start() + skip)
        if intro is None:
            if not cue.object_ok or word_count(text, pos, sent.end) < 2:
                continue
            intro = (pos, pos)
        yield Candidate(
            f"participle:{cue.lemma}", (m.start(), m.end()), (intro[1], sent.end), None,
            same_as_clause=True, gender=gender, confidence=0.75, boundary=boundary,
        )  # fmt: skip


# Verbs of warning and threatening, whose object (the one warned) may follow the subject.
_WARNING_LEMMAS = frozenset({"حذّر", "توعّد"})
# Nouns of place used as prepositions ("الخبراء داخل الوزارة"): a subject never ends on one.
_PLACE_PREPOSITIONS = frozenset({"داخل", "خارج", "لدي", "عند", "ضمن", "بين", "امام", "خلف"})
# "وكان(ت) X قد" right before a verb: a subject fronted between the auxiliary and "قد".
_FRONTED_BEFORE_QAD_RE = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+[^\s،,.]+[^.]*?\s+قد\s*$")


# A written piece and its author after "ل" ("مقالاً للكاتب فلان", "تقريراً لمراسلها").
_AUTHORED_PIECE_RE = re.compile(
    r"(?:مقالا|مقال|تقريرا|تحليلا|افتتاحيه|دراسه|بحثا)\s*(?:في\s+[^،]{1,40}،\s*)?(?=ل)"
    # "مع تصريح سابق للجيش، أكد فيه": a statement after a preposition is no object the main
    # clause's subject issued ("أصدرت الحركة بياناً للرأي العام، قالت فيه"), so its owner speaks.
    r"|(?<!\w)(?:مع|بعد|اثر|عقب|اعقاب|في|علي|الي|من)\s+(?:تصريح|بيان)"
    r"(?:\s+(?:سابق|جديد|مشترك|رسمي|مكتوب|منفصل))?\s+(?=ل\w)(?!لها?(?!\w)|لهم(?!\w))"
)  # "مقال في صحيفة "معاريف"، لعضو الكنيست ...": where it ran, then its author


# Where a piece ran, after its author ("للكاتب فلان في صحيفة هآرتس").
_VENUE_RE = re.compile(r"\sفي\s+(?:صحيفه|موقع|مجله|قناه|وكاله)(?!\w)")


def _piece_author(text: str, start: int, verb: int) -> Slot | None:
    """The author of the piece a relative "يتحدث فيه" describes: "تنشر مقالاً للمؤرخ فلان،
    يتحدث فيه عن ..." is the historian's, not the newspaper's."""
    pieces = list(_AUTHORED_PIECE_RE.finditer(text, start, verb))
    if not pieces:
        return None
    piece = pieces[-1]
    elided = text.startswith("لل", piece.end())
    a = piece.end() + (2 if elided else 1)
    b = strip_span(text, a, verb, " ،,")[1]
    venue = _VENUE_RE.search(text, a, b)
    if venue is not None:
        b = venue.start()  # "مقال للكاتب فلان في صحيفة هآرتس": where it ran is not the author
    if b <= a or word_count(text, a, b) > 14:
        return None
    slot = parse_slot(text, a, b)
    whole = slot.role if slot is not None and slot.name is None else None
    if slot is None or not elided or whole is None:
        return slot
    # "للكاتب فلان": after "لل" the role lost its article, so it reads like a name's first word;
    # the role's words (its head, definite adjectives, conjoined roles) come off the front.
    toks = list(TOKEN_RE.finditer(text, *whole))
    k = 0
    while k < len(toks) - 1 and (
        (k == 0 and ROLE_HEAD_RE.match(toks[k].group())) or toks[k].group().startswith(("ال", "وال"))
    ):
        k += 1
    if k == 0 or k >= len(toks):
        return slot
    return Slot(slot.mention, (toks[0].start(), toks[k - 1].end()), (toks[k].start(), toks[-1].end()))


def participle_gender(form: str) -> str | None:
    """Who a participle's ending says speaks: "مؤكدةً" a woman, "مؤكدين" several."""
    if form in PARTICIPLE_GENDERS:
        return PARTICIPLE_GENDERS[form]
    return "f" if form.endswith("ه") else "p" if form.endswith("ين") else "m"


# "واصفاً إياه بأنّه", "واصفةً الأخير بأنّه": the described is someone named before.
_DESCRIBED_PRONOUNS = frozenset({"اياه", "اياها", "اياهم", "اياهما", "الاخير", "الاخيره"})


# Participles that are also adjectives or adverbs ("لم يكن متوقّعاً أن", "تؤكد مجدداً أن",
# "ليس مستبعداً أن"): without a comma before them they open no statement.
_ADJECTIVE_PARTICIPLES = ("متوقع", "مجدد", "متابع", "راي", "مقدر", "مستبعد", "مذكر")


_SAME_TIME_RE = re.compile(r"\s*(?:في\s+)?(?:الوقت|الان)\s+(?:نفسه|ذاته)\s+")
# A time, place or circumstance between a participle and its complementiser, without a comma.
_PARTICIPLE_LEAD_RE = re.compile(
    r"\s*(?:في|بعد|بعدما|عندما|حين|حينما|امام|خلال|اثناء|لدي|عقب|قبل)\s+"
    r"(?:[^\s،,.:؛\"«»“”]+\s+){0,11}?(?=(?:ان|بان)\s)"
)


def _opens_content(text: str, pos: int, end: int, cue: Cue) -> bool:
    """A complementiser right after a participle, or after its preposition ("مشيراً إلى أن")."""
    words = text[pos:end].split()[:2]
    if not words:
        return False
    if words[0] in cue.preps:
        words = words[1:]
    return bool(words) and COMP_RE.fullmatch(words[0]) is not None


Strategy = Callable[[Context], Iterator[Candidate]]
#: The named, ordered chain: earlier entries win when two cues overlap.
CHAIN: tuple[tuple[str, Strategy], ...] = (
    ("quote-first", quote_first),
    ("came-in", came_in),
    ("verbal-noun", verbal_noun),
    ("as-said", as_said),
    ("according-to", according_to),
    ("reporting-verb", reporting_verb),
    ("participle", participle),
    ("accusation", accusation),
    ("with-noun", with_saying),
    ("lead-colon", lead_colon),
)
#: The strategies that find nothing in a sentence without one of these words (each one of
#: ``NON_VERB_CUES``, found once per article): the chain does not start them there.
NEEDS: dict[str, tuple[str, ...]] = {
    "came-in": CAME_IN_WORDS,
    "verbal-noun": VERBAL_NOUN_WORDS,
    "as-said": AS_SAID_WORDS,
    "according-to": ACCORDING_WORDS,
    "accusation": ACCUSATION_WORDS,
    "with-noun": WITH_SAYING_WORDS,
}


def _informer_end(text: str, start: int, end: int) -> int:
    """ "أبلغ البنتاغون مكتب المحاسبة أنّ", "أبلغ الوزير نظيره أنّ": the one informed follows the
    informer; a bare personal name after a role ("الرئيس الفرنسي فلان نظيره") stays with it."""
    stop = start + len(text[start:end].rstrip())
    last = text.rfind(" ", start, stop)
    word = text[last + 1 : stop]
    if last > start and (f"لل{word[2:]}" if word.startswith("ال") else f"ل{word}") in ADDRESSED_OUTLETS:
        return last  # "أبلغ مصدر مطلع الميادين أنّ": the outlet informed
    cut = np_then_object(text, start, end)
    for names, tok in enumerate(TOKEN_RE.finditer(text, cut, end)):
        word = tok.group()
        if (
            names == 3
            or word.startswith("ال")
            or word in QUANTIFIED
            or PRONOUN_SUFFIX_RE.match(word)
            or ORG_RE.match(word)
        ):
            break
        cut = tok.end()
    else:
        return end
    return cut if cut > start else end
