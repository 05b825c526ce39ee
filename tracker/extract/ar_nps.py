"""Where the subject noun phrase after an Arabic cue verb ends and its object begins.

"أعلنت الوزارة مشاركتها ...", "أكد الوزير سامي حداد ضرورة ...": with no comma or complementiser,
the speaker and a verbal-noun object sit side by side; this module finds the seam.
"""

from __future__ import annotations

from itertools import pairwise

from tracker.extract.ar_lexicon import (
    CONSTRUCT_HEADS,
    COUNTRIES,
    GENITIVE_NOUNS,
    GROUP_RE,
    MEDIA_RE,
    NAME_LINK_WORDS,
    ORG_RE,
    PLACE_HEADS,
    ROLE_HEAD_RE,
    SPOKESPERSON_HEADS,
    UNNAMED_RE,
)
from tracker.extract.ar_resources import (
    MASDAR_RE,
    NP_END_ADVERBS,
    PREP_WORDS,
    PRESENT_DERIVED_RE,
    PRONOUN_SUFFIX_RE,
    QUOTE_CHARS,
    TOKEN_RE,
)

# Messages in the accusative after their issuer ("أصدرت قطر ومصر بياناً مشتركاً").
_ISSUED_MESSAGES = frozenset({"بيانا", "تقريرا", "خطابا", "منشورا", "تسجيلا"})
# Definite words that end institution names ("الأمم المتحدة", "البيت الأبيض").
NAME_ENDINGS = frozenset(
    {"المتحده", "الابيض", "العام", "العامه", "العليا", "الاعلي", "الكبري", "الخاص", "الخاصه"}
)


def unagreeing_object(head: str, word: str) -> bool:
    """A definite word after a definite feminine head that cannot be its adjective: an
    adjective agrees with the head and ends in ta marbuta or alif."""
    return (
        head.startswith("ال")
        and head.endswith("ه")
        and word.startswith("ال")
        and word[2:3].isalpha()
        and word[2:3] != "ـ"  # not "الـ13", 'الـ"13"'
        and not word.endswith(("ه", "ي", "ا"))
        and word not in NAME_ENDINGS
    )


_DEMONSTRATIVES = frozenset({"ذلك", "هذا", "هذه", "تلك"})


def _object_head(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """A word shaped like a verbal noun after a role opens the object, unless it ends a name
    of the "عبد X" kind: "الوزير سامي حداد تعزيزَ العلاقات" but "الرئيس عبد المجيد تبون موسكو"."""
    if i < 2 or text[tokens[i - 2][0] : tokens[i - 2][1]] not in NAME_LINK_WORDS:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and text[nxt[0] : nxt[1]].startswith("ال")


def np_then_object(text: str, start: int, end: int) -> int:
    """Where a verb-noun object starts after a bare subject ("أعلنت الوزارة مشاركتها ...").

    The subject runs over a head word, its genitives and adjectives; it stops at a word that
    looks like a verbal noun or carries an object pronoun after a definite word.
    """
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]
    prev_definite = False
    after_link = False
    closed = False
    first = ""
    name_words = 0  # words of a personal name after a role ("الوزير سامي حداد ضرورةَ ...")
    skip_to: int | None = None  # the closing bracket of a name in brackets
    dash_words = 0  # words of a short name after a dash
    dash_whole = False
    organisation = False  # after "المتحدث باسم"
    for i, (a, b) in enumerate(tokens):
        tok = text[a:b].strip(QUOTE_CHARS)
        if i == 0:
            first = tok
        if i >= 2:
            quote = _quoted_after_adjective(text, a, b, end)
            if quote is not None:
                return quote  # 'وزارة الخارجية السورية "الجريمة البشعة ..."': the quoted object
        if i and tok in ("-", "–"):
            nxt = TOKEN_RE.search(text, b, end)
            if nxt is None or nxt.group() in PREP_WORDS or MASDAR_RE.match(nxt.group()):
                return a
            closed = False  # "حركة المقاومة الإسلامية - حماس": a dash joins the short name
            # "المقاومة الإسلامية في لبنان - حزب الله": up to two words of it, or all of it up
            # to a comma ("كتائب المقاومة الوطنية - قوات الشهيد عمر القاسم،").
            comma = text.find("،", b, end)
            if comma < 0 and text[end : end + 1] in "،,":
                comma = end  # the subject's segment ends at the comma
            rest = len(text[b : comma if comma >= 0 else end].split())
            dash_whole = comma >= 0 and rest <= 5  # the whole run to the comma is the short name
            dash_words = rest if dash_whole else 2
            continue
        if dash_words:
            dash_words -= 1
            if dash_whole or tok in ("الله", "الدين") or (tok not in PREP_WORDS and not tok.startswith("ال")):
                closed = True  # the short name closes the subject ("- حماس الإدارةَ")
                continue
            dash_words = 0
        if i and text[a] in QUOTE_CHARS and text[b - 1] not in QUOTE_CHARS:
            close = next(
                (j for j in range(i + 1, min(i + 4, len(tokens))) if text[tokens[j][1] - 1] in QUOTE_CHARS),
                None,
            )
            if close is not None:
                skip_to = tokens[close][1]  # 'شركة "موانئ دبي"': the quoted name is one unit
                continue
        if i and text[a] == "(" and text[b - 1] == ")":
            continue  # "حركة المقاومة الإسلامية (حماس)": the short name in brackets
        if (
            i
            and text[a] == "("
            and text.find(")", b, end) > 0
            and len(text[a : text.find(")", b, end)].split()) <= 6
        ):
            skip_to = text.find(")", b, end)  # "منظمة المطبخ المركزي العالمي (ورلد سنترال كيتشن)"
            continue
        if skip_to is not None:
            if a < skip_to:
                continue
            skip_to = None
        if i and tok == "غير" and i + 1 < len(tokens) and text.startswith("ال", tokens[i + 1][0]):
            continue  # "الإغاثية غير الحكومية": "غير" and a definite adjective go on
        if i and tok in NP_END_ADVERBS and not (tok == "سابقا" and ROLE_HEAD_RE.match(first)):
            return a  # "أعلنت الصين سابقاً تخصيص ...": an adverb closes the subject
        raw = text[a:b]
        if i and (tok.startswith(("بـ", "لـ")) or (raw[:1] in "بل" and raw[1:2] in QUOTE_CHARS)):
            return a  # 'أشاد الرئيس بـ"المستوى ..."': the object of the verb's preposition
        if i and tok.startswith("با") and tok.endswith("ات") and MASDAR_RE.match(tok[1:]):
            return a  # "صرّح الوزير باتهامات ...": verbal nouns after the verb's preposition
        if (
            i
            and tok.startswith("ب")
            and MASDAR_RE.match(tok[1:])
            and i + 1 < len(tokens)
            and text.startswith("ال", tokens[i + 1][0])
            and not organisation
        ):
            return a  # "اتهم نتنياهو غالانت بتبني السردية": a verbal noun after "ب" takes its object
        if i and tok.startswith("بال") and len(tok) > 5 and not organisation:
            return a  # "أشاد الرئيس بالإجماع الدولي": the object of the verb's preposition
        if i and tok in _ISSUED_MESSAGES:
            return a  # "أصدرت قطر ومصر بياناً": the message issued, in the accusative
        if i and tok in _ALL_OF_THEM:
            return a  # "وحذّر جنبلاط الجميع من ...": everyone is whom he warned
        prev_tok = text[tokens[i - 1][0] : tokens[i - 1][1]] if i else ""
        if (
            prev_tok.startswith("ال")
            and tok in QUANTIFIED
            and i + 1 < len(tokens)
            and text.startswith("ال", tokens[i + 1][0])
        ):
            return a  # "وحذّرت الوزارة كل المواطنين من": a definite noun heads no genitive
        if prev_tok.startswith("ال") and tok.startswith("ال") and _plural_after_singular(prev_tok, tok):
            return a  # "وحذّر الوزير المواطنين من": a singular takes no plural adjective
        if (
            prev_tok.startswith("ال")
            and prev_tok.endswith("ه")
            and len(prev_tok) >= 6
            and tok.startswith("ال")
            and len(tok) >= 5
            and tok.isalpha()  # not "القناة الـ13"
            and not tok.endswith(("ه", "ي", "ا", "ات", "ون", "ين"))  # "القادة العسكريون": a plural
            and tok not in _TIME_WORDS
        ):
            # "ونعت لجان المقاومة الفلسطينية الشهداء", "ودانت الحكومة الجديدة الهجوم": after a
            # definite feminine word only a feminine adjective goes on
            return a
        if (
            i >= 2
            and tok.startswith("ال")
            and tok not in _TIME_WORDS
            and _indefinite_nisba(prev_tok)
            and not text.startswith("ال", tokens[i - 2][0])
            # "وزير مالية الاحتلال": after a role's or a body's head the word is its genitive noun
            and not ROLE_HEAD_RE.match(text[tokens[i - 2][0] : tokens[i - 2][1]])
            and not ORG_RE.match(text[tokens[i - 2][0] : tokens[i - 2][1]])
        ):
            return a  # "ووصفت وسائل إعلام إسرائيلية التهديدات ...": an adjective agrees in definiteness
        if i and tok in _DEMONSTRATIVES:
            return a  # "برّر مسؤول أوروبي ذلك بالقول": a demonstrative object after the subject
        if i and tok in ("اكثر", "مرارا", "كثيرا"):
            return a  # "طالبت دمشق أكثر من مرّة ...", "مراراً": how often, after the subject
        if (
            i
            and text[tokens[i - 1][1] - 1] in QUOTE_CHARS
            and text[a] not in QUOTE_CHARS
            and MASDAR_RE.match(tok)
            and not _indefinite_nisba(tok)
        ):
            # 'أكّدت "بلومبرغ" إلحاق ...': the quoted name is closed; a verbal noun (with the
            # hamza folded, "إلحاق" reads like a definite word) is the object.
            return a
        if i == 0 or after_link:
            prev_definite = tok.startswith("ال")
            after_link = False
            continue
        if (
            i == 1
            and len(first) >= 5
            and first.endswith("نا")
            and not tok.startswith("ال")
            and tok not in PREP_WORDS
        ):
            return a  # "مراسلنا الهجومَ": a possessed noun takes no genitive
        if tok == "باسم" and text[tokens[i - 1][0] : tokens[i - 1][1]] in SPOKESPERSON_HEADS:
            # "المتحدث باسم الكرملين، فلان،": "in the name of" an organisation, not the name Basem;
            # a comma closes the organisation, and a short name in apposition may follow it.
            comma = text.find("،", b, end)
            if comma >= 0 and len(text[b:comma].split()) <= 8:
                second = text.find("،", comma + 1, end)
                if second >= 0 and len(text[comma + 1 : second].split()) <= 4:
                    return second
                return comma
            organisation, prev_definite = True, False
            continue
        if organisation:
            # "الناطق باسم كتائب الشهيد عز الدين القسّام": the organisation's words run on to
            # the end; a verbal noun, a possessed word or a preposition starts the object.
            if (
                tok in PREP_WORDS
                or (
                    prev_definite
                    and not tok.startswith("ال")
                    # a verbal noun, a possessed word, or a present verb ("... الأميركية يرفض")
                    and (MASDAR_RE.match(tok) or PRONOUN_SUFFIX_RE.match(tok) or tok[:1] in ("ي", "ت"))
                )
            ):
                return a
            prev_definite = tok.startswith("ال")
            continue
        if tok in NAME_LINK_WORDS or tok == "في":
            after_link = True
            if tok != "في" and (name_words or ROLE_HEAD_RE.match(first)):
                name_words += 2  # "الرئيس عبد المجيد تبون": two words of the name at once
            continue
        if tok == "الي":
            return a  # "إلى" is folded like a definite word; it ends the subject ("دعا الرئيس إلى")
        if i >= 2 and _indefinite_nisba(tok) and _indefinite_nisba(text[tokens[i - 1][0] : tokens[i - 1][1]]):
            continue  # "منصة إعلامية إسرائيلية": a second adjective agrees with the first
        if i == 2 and first in CONSTRUCT_HEADS and _indefinite_nisba(tok):
            continue  # "وسائل إعلام إسرائيلية": the adjective of the construct
        if (
            prev_definite
            and len(tok) >= 4
            and tok[0] == "ل"
            and (ORG_RE.match(tok[1:]) or tok[1:] in GENITIVE_NOUNS)
        ):
            after_link = True  # "عضو المكتب السياسي لحركة حماس": a lam genitive goes on
            continue
        if (
            prev_definite
            and tok.startswith("وال")
            and tok.endswith(("يه", "ي"))
            and text[tokens[i - 1][0] : tokens[i - 1][1]].endswith(("يه", "ي"))
            and not name_words
        ):
            continue  # "محلل الشؤون العسكرية والأمنية": a second adjective joined by "و"
        if i == 1 and first in COUNTRIES and tok[:1] == "و" and tok[1:] in COUNTRIES:
            continue  # "أصدرت الأردن ومصر بياناً": two countries speak together
        if prev_definite and tok[:1] == "و" and tok[1:] in PLACE_HEADS and not name_words:
            after_link = True  # "لشؤون الشرق الأوسط وشمال أفريقيا": a second region in the role
            continue
        if name_words or (
            ROLE_HEAD_RE.match(first)
            and not tok.startswith("ال")
            and tok not in PREP_WORDS
            and not (i == 1 and ORG_RE.match(tok))  # "رئيس مجلس النواب": a construct, not a name
            and not PRESENT_DERIVED_RE.match(tok)  # "رئيس المجلس يتوعّد": a present verb
            and not (MASDAR_RE.match(tok) and _object_head(text, tokens, i))
            and not PRONOUN_SUFFIX_RE.match(tok)
        ):
            # "، إسماعيل هنية،": a name in apposition closes with its comma, whatever it ends with.
            closing = name_words and text[b : b + 1] in "،,"
            if name_words and tok in ("الله", "الدين"):
                continue  # "حسن نصر الله", "صلاح الدين": one name word with the one before
            if name_words and text[tokens[i - 1][1] : a].strip() in ("،", ","):
                # "رئيس بوليفيا، لويس ألبرتو أرسي،": a name apposed between commas starts afresh.
                comma = text.find("،", a, end)
                if comma > 0 and len(text[a:comma].split()) <= 4:
                    name_words = 0
            if (
                name_words >= 3
                or (MASDAR_RE.match(tok) and _object_head(text, tokens, i))
                or (PRONOUN_SUFFIX_RE.match(tok) and not closing)
                or tok in PREP_WORDS
            ):
                return a
            if tok.startswith("ال") and name_words >= 2:
                return a
            name_words += 1
            continue
        if tok.startswith("ال"):
            if closed and not tok.endswith(("يه", "ي")):
                return a  # "حركة حماس الإدارةَ": the proper name closed the subject
            if i == 1 and _definite_plural(first) and not tok.endswith(_AGREEING_ENDINGS):
                return a  # "أكد الرئيسان الشراكةَ": a dual or plural head takes no such adjective
            if i == 1 and unagreeing_object(first, tok):
                return a  # "خفضت الوكالة التصنيفَ": nor a feminine head a masculine one
            if (
                i >= 2
                and prev_definite
                and MASDAR_RE.match(tok[2:])
                and not tok.endswith(("يه", "ي", "يين", "يون"))
            ):
                return a  # "رابطة علماء اليمن الاعتداءَ": a definite verbal noun after the subject
            prev_definite = True
            closed = False
            continue
        if tok in PREP_WORDS or closed:
            return a
        construct = i == 1 and (
            ORG_RE.match(first)
            or MEDIA_RE.match(first)
            or GROUP_RE.match(first)
            or first in CONSTRUCT_HEADS
            # "كبير أمناء ...", "رئيس وزراء ...": an indefinite role head governs a plural noun.
            or (ROLE_HEAD_RE.match(first) and not first.startswith("ال"))
        )
        if (
            ROLE_HEAD_RE.match(first)
            and prev_definite
            and not (ORG_RE.match(tok) or MEDIA_RE.match(tok) or GROUP_RE.match(tok) or MASDAR_RE.match(tok))
            and not PRONOUN_SUFFIX_RE.match(tok)
            and tok not in CONSTRUCT_HEADS
            and not PRESENT_DERIVED_RE.match(tok)  # "رئيس المجلس الإيراني يتوعّد": a present verb
        ):
            # "رئيس مجلس النواب الأميركي مايك جونسون مقاطعةَ ...": the name after the role's genitive.
            name_words = 1
            continue
        if (
            prev_definite
            or (MASDAR_RE.match(tok) and not construct)
            # A definite head is never in construct: "الوزارة دعمَها" starts the object.
            or (
                (i >= 2 or first.startswith("ال"))
                and PRONOUN_SUFFIX_RE.match(tok)
                and not (len(tok) >= 5 and tok.endswith("يه"))  # "منصة إعلامية محلية": adjectives
            )
        ):
            return a
        if construct and ORG_RE.match(first):
            closed = True  # "حركة حماس": a proper name after an organisation head
            continue
        if i >= 3:
            return a
    return end


_AGREEING_ENDINGS = ("ي", "يه", "يون", "يين", "ان", "ون", "ين", "ات")


def _definite_plural(word: str) -> bool:
    """A definite dual or sound plural ("الرئيسان", "المحتجون")."""
    return word.startswith("ال") and len(word) >= 7 and word.endswith(("ان", "ون", "ين"))


def before_object_country(text: str, start: int, end: int) -> int:
    """Where a country named after an unnamed source's adjectives starts: it is the verb's
    object ("حذر مسؤول روسي كبير أوكرانيا من ..."), since a genitive never follows the adjectives."""
    tokens = list(TOKEN_RE.finditer(text, start, min(end, start + 80)))
    if len(tokens) < 3 or not UNNAMED_RE.match(tokens[0].group()):
        return end
    for prev, tok in pairwise(tokens[1:]):
        adjective = prev.group() in _INDEFINITE_ADJECTIVES or (
            len(prev.group()) >= 4
            and prev.group().endswith(("ي", "يه"))
            and not prev.group().startswith("ال")
        )
        if not adjective:
            break
        if tok.group() in COUNTRIES:
            return tok.start()
    return end


# Definite words that name a time, not an object ("مسؤول أميركي الأحد").
_TIME_WORDS = frozenset(
    {"اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الليله", "الماضي"}
)

# Quantifiers heading a definite noun ("كل المواطنين", "جميع الدول").
QUANTIFIED = frozenset({"كل", "جميع", "كافه", "معظم", "غالبيه"})


def _plural_after_singular(noun: str, word: str) -> bool:
    """Whether ``word``, a long sound masculine plural ("المواطنين", "الفلسطينيين"), follows a
    singular ``noun`` it cannot qualify: an adjective agrees in number."""
    singular = bool(ROLE_HEAD_RE.match(noun)) or (noun.endswith("ه") and bool(ORG_RE.match(noun)))
    return (
        singular
        and len(word) >= 8
        and word.endswith(("ين", "ون"))
        and not noun.endswith(("ون", "ين", "ات", "ان", "اء", "الويه"))
    )


# Everyone, as the object after a subject ("دعا الوزير الجميع إلى ...").
_ALL_OF_THEM = frozenset({"الجميع", "الكل"})
# Adjectives of an unnamed source ("مسؤول كبير", "مصدر رفيع").
_INDEFINITE_ADJECTIVES = frozenset({"كبير", "رفيع", "بارز", "سابق", "رسمي", "مطلع"})


def _quoted_after_adjective(text: str, a: int, b: int, end: int) -> int | None:
    """Where a quotation opens after a definite relative adjective, in the token ``[a, b)`` or
    glued to its end ('السورية"الجريمة'): three quoted words or more are the verb's object,
    not a name in apposition (which follows a head: 'صحيفة "هآرتس"')."""
    raw = text[a:b]
    cut = next((k for k, ch in enumerate(raw) if ch in QUOTE_CHARS), None)
    if cut is None or cut == len(raw) - 1:
        return None  # no quotation, or one closing at the token's end ('"نداء الأقصى"')
    if cut:
        before = raw[:cut]  # glued: the adjective is the token's start
    else:
        previous = text[max(0, a - 30) : a].split()
        before = previous[-1] if previous else ""
    if not (before.startswith("ال") and before.endswith(("يه", "ي")) and len(before) >= 5):
        return None
    close = next((j for j in range(a + cut + 1, end) if text[j] in QUOTE_CHARS), end)
    if len(text[a + cut + 1 : close].split()) < 3:
        return None
    return a + cut


def _indefinite_nisba(word: str) -> bool:
    """An indefinite relative adjective ("إعلامية", "إسرائيلي")."""
    return len(word) >= 5 and not word.startswith("ال") and word.endswith(("يه", "ي"))


__all__ = ["QUANTIFIED", "before_object_country", "np_then_object"]
