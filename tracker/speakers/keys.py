"""The cross-script romanisation key: one spelling-free form for Arabic, Latin and Cyrillic names.

Why a key and not transliteration
    Arabic script writes consonants and long vowels; Latin spellings of the same name add
    short vowels and disagree about the rest (Sharaa / Shara / Al-Sharaa, Qasra / Kasra,
    Mohammed / Muhammad, Zakharova / Zaharova). Fuzzy-matching "Maria Zakharova" against
    "ماريا زاخاروفا" scores near zero because the strings share no characters; comparing
    a transliteration of one with the other still trips over every vowel. So both scripts
    are reduced to what they reliably agree on: the *consonant skeleton*.

The key, token by token
    1. Articles go: Arabic ال/آل at the start of a word, Latin "al-", "el-", "ash-" and
       the sun-letter forms, a standalone "al"/"el"; "Abdel/Abdul/Abdur" becomes "abd"
       plus the next word, because Arabic writes عبد + الـword.
    2. Cyrillic is transliterated to Latin first (х -> kh, ж -> zh, в -> v ...).
    3. Each letter maps to a consonant class, vowels (and Arabic long vowels, alef
       forms, hamza, ayn, ta marbuta) map to nothing. Classes merge exactly the
       distinctions Latin spellings blur: ق/ك/q/k/c -> k; ح/خ/ه/h/kh -> h; ص/س/s -> s;
       ط/ت/ث/t/th -> t; ض/د/ذ/d/dh -> d; ظ/ز/z -> z; ش/sh/ch/ş -> x; غ/gh/g/ğ -> g;
       ف/f/v/ph -> f; ب/b/p -> b; ج/j/dj/zh -> j.
    4. A word-initial و/ي or w/y is kept (Walid, Yasser): there both scripts write a
       consonant. Elsewhere they are vowels in one script or the other, so they go.
    5. A word-final ي and a word-final Latin i/y (Shami / الشامي, Mansouri / منصوري)
       add the mark "y": the nisba ending tells Mansour from Mansouri.
    6. Runs of the same class collapse ("Assad" -> sd, شدّة without shadda -> same).

    "Maria Zakharova", "Мария Захарова" and "ماريا زاخاروفا" all key to "mr zhrf";
    "Abu Qasra", "Abou Kasra" and "أبو قصرة" to "b ksr"; "al-Sharaa" and "الشرع" to "xr";
    "Erdoğan" and "أردوغان" to "rdgn"; "Nasrallah" to "nsrlh" and "نصر الله" to "nsr lh"
    (scores compare keys without spaces, so word splits do not matter).

What it costs
    The key throws information away, so different names can share one: al-Khatib and
    al-Khattab both key to "htb". The key is therefore a *recall* device (blocking and
    cross-script scoring, see :mod:`tracker.speakers.scoring`). The vowel shape
    (:func:`vowel_shape`) then checks that each long vowel the Arabic spelling writes
    (ا و ي) has a Latin vowel of the same quality in the same place: الخطيب fits
    "Khatib", الخطاب does not. Same-script comparisons use the folded names.
    Very short keys ("Ali" -> "l") are damped by the scorer for the same reason.
"""

from __future__ import annotations

import unicodedata

from tracker.normalize import strip_invisible, strip_tashkeel
from tracker.speakers.resources import (
    ARABIC_ARTICLE_RE,
    ARABIC_CLASSES,
    ARABIC_DIGRAPHS,
    ARABIC_INITIAL_GLIDES,
    ARABIC_LETTERS_RE,
    ARABIC_STANDALONE_ARTICLES,
    ARABIC_VOWEL_SHAPE,
    COARSE_CLASSES,
    COARSE_DIGRAPHS,
    CYRILLIC_TO_LATIN,
    FINAL_I_MARK,
    LATIN_ABD_RE,
    LATIN_ARTICLE_RE,
    LATIN_CLASSES,
    LATIN_DIGRAPH_RE,
    LATIN_DIGRAPHS,
    LATIN_FINAL_I,
    LATIN_INITIAL_GLIDES,
    LATIN_PRE_FOLD,
    LATIN_STANDALONE_ARTICLES,
    LATIN_VOWEL_SHAPE,
)


def _collapse(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _prepare(text: str) -> str:
    """NFKC, no marks or invisibles, lower case, Latin articles and "Abdel" cut, Cyrillic romanised."""
    text = unicodedata.normalize("NFKC", text or "")
    text = strip_invisible(strip_tashkeel(text)).casefold()
    text = "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in text)
    text = "".join(LATIN_PRE_FOLD.get(ch, ch) for ch in text)
    text = LATIN_ABD_RE.sub("abd ", text)
    return LATIN_ARTICLE_RE.sub("", text)


def _latin_letters(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


def _words(text: str) -> list[tuple[str, str]]:
    """(script, word) pairs: Arabic runs and Latin runs, split on everything else."""
    words: list[tuple[str, str]] = []
    for raw in text.replace("-", " ").split():
        for part in _split_scripts(raw):
            if ARABIC_LETTERS_RE.fullmatch(part):
                words.append(("arabic", part))
            else:
                latin = _latin_letters(part)
                if latin:
                    words.append(("latin", latin))
    return words


def _split_scripts(raw: str) -> list[str]:
    parts: list[str] = []
    current = ""
    current_arabic: bool | None = None
    for ch in raw:
        is_arabic = bool(ARABIC_LETTERS_RE.match(ch))
        if not is_arabic and not ch.isalpha():
            if current:
                parts.append(current)
            current, current_arabic = "", None
            continue
        if current_arabic is not None and is_arabic != current_arabic:
            parts.append(current)
            current = ""
        current += ch
        current_arabic = is_arabic
    if current:
        parts.append(current)
    return parts


def arabic_word_key(word: str) -> str:
    if word in ARABIC_STANDALONE_ARTICLES:
        return ""
    word = ARABIC_ARTICLE_RE.sub("", word)
    for digraph, value in ARABIC_DIGRAPHS:
        word = word.replace(digraph, value)
    head = ARABIC_INITIAL_GLIDES.get(word[:1], "")
    rest = word[1:] if head else word
    body = "".join(ch if ch in "xz" else ARABIC_CLASSES.get(ch, "") for ch in rest)
    tail = FINAL_I_MARK if len(word) > 1 and word.endswith("ي") else ""
    return _collapse(head + body + tail)


def latin_word_key(word: str) -> str:
    if word in LATIN_STANDALONE_ARTICLES:
        return ""
    head = LATIN_INITIAL_GLIDES.get(word[:1], "")
    rest = word[1:] if head else word
    tail = FINAL_I_MARK if len(word) > 1 and word[-1] in LATIN_FINAL_I else ""
    rest = LATIN_DIGRAPH_RE.sub(lambda m: LATIN_DIGRAPHS[m.group(0)], rest)
    body = "".join(LATIN_CLASSES.get(ch, "") for ch in rest)
    return _collapse(head + body + tail)


def coarse(key: str) -> str:
    """A looser key: velars and palatals as one class, s/z as one (Araghchi / عراقجي, Joseph / جوزاف)."""
    for digraph, value in COARSE_DIGRAPHS:
        key = key.replace(digraph, value)
    return _collapse(key.translate(COARSE_CLASSES))


def key_tokens(text: str) -> tuple[str, ...]:
    """The romanisation key of each word of a name, empty keys dropped."""
    tokens = []
    for script, word in _words(_prepare(text)):
        key = arabic_word_key(word) if script == "arabic" else latin_word_key(word)
        if key:
            tokens.append(key)
    return tuple(tokens)


def search_key(text: str) -> str:
    """The stored key (Speaker.search_key, SpeakerAlias.search_key): word keys joined by spaces."""
    return " ".join(key_tokens(text))


def _arabic_shape(word: str) -> str:
    word = ARABIC_ARTICLE_RE.sub("", word)
    for digraph, value in ARABIC_DIGRAPHS:
        word = word.replace(digraph, value)
    head = ARABIC_INITIAL_GLIDES.get(word[:1], "")
    rest = word[1:] if head else word
    return head + "".join(
        ch if ch in "xz" else (ARABIC_VOWEL_SHAPE.get(ch) or ARABIC_CLASSES.get(ch, "")) for ch in rest
    )


def _latin_shape(word: str) -> str:
    head = LATIN_INITIAL_GLIDES.get(word[:1], "")
    rest = word[1:] if head else word
    rest = LATIN_DIGRAPH_RE.sub(lambda m: LATIN_DIGRAPHS[m.group(0)].upper(), rest)
    # Digraph results were upper-cased above only to protect them from the vowel table.
    out = []
    for ch in rest:
        if ch.isupper():
            out.append(ch.lower())
        else:
            out.append(LATIN_VOWEL_SHAPE.get(ch) or LATIN_CLASSES.get(ch, ""))
    return head + "".join(out)


def vowel_shape(text: str) -> str:
    """Consonant classes (lower case) and vowels (A, I, U; Latin e as "AI"), articles removed.

    Used to check that the long vowels an Arabic spelling writes are where a Latin
    spelling has a vowel of the same quality (al-Khatib is not الخطاب, Maria is not مارينا).
    """
    out: list[str] = []
    for script, word in _words(_prepare(text)):
        if script == "arabic":
            if word not in ARABIC_STANDALONE_ARTICLES:
                out.append(_arabic_shape(word))
        elif word not in LATIN_STANDALONE_ARTICLES:
            out.append(_latin_shape(word))
    return _collapse("".join(out))
