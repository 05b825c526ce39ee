"""The fullest name an article gives a source, read once all its statements are found.

A person named by one word gets the first name used elsewhere ("غالانت" -> "يوآف غالانت"); an
organisation named by a short form gets the longer one the article also uses: the head word
before it ("الخارجية المصرية" -> "وزارة الخارجية المصرية", "حماس" -> "حركة حماس"), the full
name before its bracketed short form ("حركة المقاومة الإسلامية (حماس)"), or a nisba adjective
after a bare definite noun ("الشرطة" -> "الشرطة التنزانية"). Offsets are shadow-text offsets.
"""

from __future__ import annotations

import re

from tracker.extract.ar_cues import is_verb
from tracker.extract.ar_lexicon import (
    COUNTRIES,
    NAME_LINK_WORDS,
    NOT_FIRST_NAME,
    ORG_HEAD_WORDS,
    PARTY_HEADS,
    ROLE_HEAD_RE,
    UNNAMED_RE,
)
from tracker.extract.ar_resources import (
    MASDAR_RE,
    NARRATIVE_VERB_RE,
    QUOTE_CHARS,
    SLOT_ADVERBS,
    SUBORDINATORS,
)
from tracker.extract.ar_slots import is_role, kind_of
from tracker.extract.ar_speakers import Entity, Registry
from tracker.extract.ar_text import fold_chars

_MAX_HEAD_LOOKBACK = 4
# Punctuation and quote marks end the phrase an organisation's head may open (one search).
_PHRASE_BREAK_RE = re.compile("[" + re.escape("،,.:؛\n" + QUOTE_CHARS) + "]")
_OPENERS = '("«“”'
_CLOSERS = ')"»“”'


def expand_names(text: str, registry: Registry) -> None:
    """Give every source of the article the fullest name the article uses for it."""
    for ent in registry.entities:
        if not _expand_organisation(text, ent):
            _expand_surname(text, ent)


# Sound masculine plurals that head an unnamed or group source, in the genitive/accusative
# ("نقلت عن مسؤولين إسرائيليين"); the name is given in the nominative, as a citation form.
_PLURAL_HEADS = frozenset({
    "مسؤولين", "محللين", "مراقبين", "دبلوماسيين", "ناشطين", "مفاوضين", "خبراء", "مواطنين",
    "متحدثين", "مشاركين", "مجتمعين", "عسكريين", "سياسيين", "اقتصاديين", "مسعفين", "محتجين", "نازحين",
})  # fmt: skip


_BROKEN_PLURAL_HEADS = frozenset({"سكان", "شهود", "خبراء", "أطباء", "نشطاء", "مسعفون", "مراقبون"})


def citation_form(name: str) -> str:
    """ "مسؤولين إسرائيليين" -> "مسؤولون إسرائيليون", "قيادياً" -> "قيادي": an unnamed or group
    source named in the nominative."""
    words = name.split()
    if not words:
        return name
    head = fold_chars(words[0][:-2])
    if words[0].endswith("\u0627\u064b") and (ROLE_HEAD_RE.match(head) or UNNAMED_RE.match(head)):
        # "يُذكر أنّ قيادياً في المقاومة", "عن مصدراً إسرائيلياً": an indefinite head in the
        # accusative, named in the nominative; its adjectives agree.
        out = []
        for i, w in enumerate(words):
            if w.endswith("\u0627\u064b"):
                out.append(w[:-2])
            elif i == len(words) - 1 and w.endswith("\u0627") and len(w) > 3:
                out.append(w[:-1])  # "مصدراً مطلعاً": the span's last mark is trimmed
            else:
                return " ".join(out + words[i:])
        return " ".join(out)
    bare = words[0].removeprefix("ال")
    if bare in _PLURAL_HEADS and bare.endswith("ين"):
        out = [words[0][:-2] + "ون"]
    elif bare in _BROKEN_PLURAL_HEADS and len(words) > 1:
        out = [words[0]]  # "سكان محليين" -> "سكان محليون": only the adjective agrees
    else:
        return name
    for w in words[1:]:
        if w.endswith("يين") and len(w) > 4:
            out.append(w[:-3] + "يون")  # nisba adjectives agree: "إسرائيليين" -> "إسرائيليون"
        else:
            out.extend(words[len(out) :])
            break
    return " ".join(out)


def _set_name(text: str, ent: Entity, span: tuple[int, int]) -> None:
    ent.aliases.append(ent.name)
    ent.name, ent.key = span, text[span[0] : span[1]]


def _whole_word_at(text: str, pos: int, length: int) -> bool:
    end = pos + length
    return (pos == 0 or not text[pos - 1].isalpha()) and (end == len(text) or not text[end].isalpha())


def _occurrences(text: str, key: str) -> list[int]:
    out = []
    pos = text.find(key)
    while pos >= 0:
        if _whole_word_at(text, pos, len(key)):
            out.append(pos)
        pos = text.find(key, pos + 1)
    return out


def _expand_organisation(text: str, ent: Entity) -> bool:
    """A short form of an organisation made long from its other uses in the article."""
    words = ent.key.split()
    if not words or len(words) > 3 or is_role(ent.key) or ent.kind in ("unnamed", "group"):
        return False
    if ent.key.removeprefix("و") in COUNTRIES:
        return False  # "فنزويلا" is the state, never "اللجنة الانتخابية في فنزويلا"
    if ent.kind == "person" and len(words) > 1:
        return False  # "سامي حداد": a person's name, never an organisation's tail
    # A one-word "person" may be a movement or party the article names with its head word
    # ("حماس" -> "حركة حماس"); "مكتب نتنياهو" and "قوات حفتر" are not their speakers.
    heads = PARTY_HEADS if ent.kind == "person" else ORG_HEAD_WORDS
    found: dict[str, list[tuple[int, int]]] = {}
    for pos in _occurrences(text, ent.key):
        end = pos + len(ent.key)
        left = pos
        if text[pos - 1 : pos] in _OPENERS and text[end : end + 1] in _CLOSERS:
            left, end = pos - 1, end + 1  # 'قناة "كان 11"', "حركة المقاومة الإسلامية (حماس)"
        start = _head_before(text, left, heads)
        between = text[start:left].split()[1:] if start is not None else []
        if ent.kind == "person" and any(not w.startswith("ال") for w in between):
            continue  # "لحركة حماس إسماعيل هنية": a person named after the movement, not its name
        if start is not None and not ent.key.startswith(text[start:left].strip()):
            found.setdefault(text[start:end], []).append((start, end))
    if not found and ent.kind != "person" and len(words) == 1 and words[0].startswith("ال"):
        found = _nisba_extensions(text, ent.key)
    if not found and ent.kind == "organization" and len(words) >= 2:
        found = _genitive_extensions(text, ent.key)
    if not found:
        return False
    # The longest form, then the most frequent, then the earliest.
    _name, spans = min(found.items(), key=lambda kv: (-len(kv[0].split()), -len(kv[1]), kv[1][0][0]))
    _set_name(text, ent, spans[0])
    if ent.kind == "person":
        ent.kind = kind_of(ent.key)
    return True


def _org_head(word: str, heads: frozenset[str]) -> str | None:
    """The organisation head word in ``word``, without a glued و/ب/ل ("ووزارة", "لحركة")."""
    if word in heads:
        return word
    if word[:1] in "وبل" and word[1:] in heads:
        return word[1:]
    return None


def _head_before(text: str, left: int, heads: frozenset[str]) -> int | None:
    """Where an organisation's head word starts, a few words before ``left`` within the same
    phrase ("وزارة الخارجية المصرية", "حركة المقاومة الإسلامية حماس"); None when there is none."""
    pos = left
    for _ in range(_MAX_HEAD_LOOKBACK):
        if pos < 2 or text[pos - 1] != " ":
            return None
        w0 = text.rfind(" ", 0, pos - 1) + 1
        word = text[w0 : pos - 1]
        if not word or _PHRASE_BREAK_RE.search(word):
            return None
        bare = _org_head(word, heads) or (
            _org_head(word[2:], heads) and word if word.startswith("ال") else None
        )
        if bare:
            return w0 + len(word) - len(bare)
        pos = w0
    return None


def _genitive_extensions(text: str, key: str) -> dict[str, list[tuple[int, int]]]:
    """ "الجبهة الديمقراطية" -> "الجبهة الديمقراطية لتحرير فلسطين": the lam genitive it carries
    elsewhere, up to the next punctuation (three words at most)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for pos in _occurrences(text, key):
        a = pos + len(key) + 1
        if text[a - 1 : a] != " " or text[a : a + 1] != "ل" or text[a : a + 3] in _NOT_GENITIVE:
            continue
        b = a
        for _ in range(2):
            nxt = b
            while nxt < len(text) and text[nxt].isalpha():
                nxt += 1
            if nxt == b:
                break
            b = nxt
            if text[b : b + 1] != " " or not text[b + 1 : b + 2].isalpha():
                break
            if b + 1 < len(text) and text[b + 1 : b + 3] in ("في", "من", "عن", "ان", "الي"):
                break
            b += 1
        b = b if text[b - 1].isalpha() else b - 1
        if text[b - 1] == "ا" and b - a > 4 and text[b - 2] != "ي":
            b = text.rfind(" ", a, b)  # "لتحرير فلسطين بياناً": an accusative object ends it
        if b > a:
            found.setdefault(text[pos:b], []).append((pos, b))
    return found


_NOT_GENITIVE = ("لها", "له ", "لهم", "لكن", "للم", "لدي", "لن ", "لم ", "لا ")


def _nisba_extensions(text: str, key: str) -> dict[str, list[tuple[int, int]]]:
    """ "الشرطة" -> "الشرطة التنزانية": a bare definite noun with the adjective it carries elsewhere."""
    found: dict[str, list[tuple[int, int]]] = {}
    for pos in _occurrences(text, key):
        a = pos + len(key) + 1
        b = a
        while b < len(text) and text[b].isalpha():
            b += 1
        adj = text[a:b]
        if (
            text[a - 1 : a] == " "
            and adj.startswith("ال")
            and adj.endswith(("يه", "ي", "يين", "يون"))
            and len(adj) > 4
        ):
            found.setdefault(text[pos:b], []).append((pos, b))
    return found


def _expand_surname(text: str, ent: Entity) -> None:
    """ "غالانت" -> "يوآف غالانت": a person named by one word gets the first name the article
    gives elsewhere ("وزير الأمن يوآف غالانت"), when one first name is seen before it."""
    words = ent.key.split()
    if ent.kind != "person" or not words or len(words) > 2 or is_role(ent.key):
        return
    if len(words) == 2 and words[0] not in NAME_LINK_WORDS:
        return
    kunya = words[0] in ("ابو", "ام")  # "أبو عبيدة": a whole name, which a verb may precede
    if words[0].startswith("ال") or len(ent.key) < 3:
        return
    counts: dict[str, list[int]] = {}
    pos = text.find(ent.key)
    while pos >= 0:
        end = pos + len(ent.key)
        if (end == len(text) or not text[end].isalpha()) and pos >= 2 and text[pos - 1] == " ":
            w0 = text.rfind(" ", 0, pos - 1) + 1
            first = text[w0 : pos - 1]
            before = text[max(0, w0 - 30) : w0].split()[-1:]
            if (
                # "الطبيب حسام أبو صفية": a first name before a kunya follows a title, while
                # "وحمّل أبو عبيدة", "اسم أبو شجاع" are a verb and a noun.
                not (
                    kunya
                    and not (
                        before
                        and before[0][-1].isalpha()
                        and (before[0].startswith("ال") or ROLE_HEAD_RE.match(before[0]))
                    )
                )
                and _given_name_shape(first)
                and not first.endswith(("ها", "هم"))  # "أطلقها ترامب", "بعثها ماكرون": a verb
                and len(first) >= 2
                and not first.startswith(("ال", "وال", "لل"))
                # "أعربت فنزويلا": an inflected verb, not a first name (the bare "دان" may be one).
                # "وحثّ زيف": with its conjunction the verb is no name either
                and not (NARRATIVE_VERB_RE.match(first) and (first.endswith(("ت", "وا")) or first[0] in "وف"))
            ):
                counts.setdefault(first, []).append(w0)
        pos = text.find(ent.key, pos + 1)
    if counts:
        # The most frequent first name; the earliest one on a tie.
        first, starts = min(counts.items(), key=lambda kv: (-len(kv[1]), kv[1][0]))
        start = starts[0]
        span = (_given_name_before(text, start), start + len(first) + 1 + len(ent.key))
        _set_name(text, ent, span)


def _given_name_shape(word: str) -> bool:
    """A word that may be a given name: letters only, and no function word, cue or narrative
    verb, role head, verbal noun or organisation head ("قوات حفتر", "مكتب نتنياهو")."""
    return (
        word.isalpha()
        and word not in NOT_FIRST_NAME
        and word not in SLOT_ADVERBS
        and not is_verb(word)
        and not ROLE_HEAD_RE.match(word)
        and not MASDAR_RE.match(word)
        and _org_head(word, ORG_HEAD_WORDS) is None
    )


def _given_name_before(text: str, start: int) -> int:
    """ "الرئيس التركي، رجب طيب إردوغان": a second given name before the first one, when a
    comma or a definite word (the role) closes the name on the left."""
    if start < 2 or text[start - 1] != " ":
        return start
    w0 = text.rfind(" ", 0, start - 1) + 1
    word = text[w0 : start - 1]
    left = text[max(0, w0 - 30) : w0].rstrip()
    if (
        len(word) >= 3
        and _given_name_shape(word)
        and not word.startswith(("ال", "و", "ف", "ب", "ل"))
        and word not in SUBORDINATORS
        and not NARRATIVE_VERB_RE.match(word)
        and (left.endswith("،") or (left.split()[-1:] and left.split()[-1].startswith("ال")))
    ):
        return w0
    return start


__all__ = ["citation_form", "expand_names"]
