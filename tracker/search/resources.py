"""Word lists and patterns of the search stage, compiled once.

Arabic writes conjunctions, prepositions and the article on the front of a word
(وقال، بالحكومة، للرئيس), so a word query also tries those attached forms. The list
is short on purpose: each form is one more OR branch in every full-text query.
"""

from __future__ import annotations

import re

#: Proclitics tried in front of a word that has no article: و ف ب ل ك and two-letter stacks.
PROCLITICS: tuple[str, ...] = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
#: Forms of a word that carries the article ال: conjunction or preposition + ال ...
ARTICLE_FORMS: tuple[str, ...] = ("و", "ف", "ب", "ك", "وب", "فب")
#: ل + ال contracts to لل (للرئيس); with a conjunction in front too.
LAM_ARTICLE_FORMS: tuple[str, ...] = ("لل", "ولل", "فلل")
#: A word without the article may also be searched with it (حكومة finds الحكومة).
ARTICLE = "ال"
#: Shorter Arabic words are searched as written: their attached forms are too ambiguous.
MIN_CLITIC_WORD = 3

#: A query: "quoted phrases" or bare words, a bare word may end in * (prefix).
QUERY_TOKEN_RE = re.compile(r'"([^"]*)"|(\S+)')
ARABIC_WORD_RE = re.compile("[\u0621-\u064a]")
#: Characters a folded word may contain (fold leaves \w and spaces only).
WORD_OK_RE = re.compile(r"^\w+$")

SORT_KEYS: tuple[str, ...] = ("said_on", "published", "speaker", "status", "appearances", "id")
