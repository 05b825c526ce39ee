"""The pure claim matcher: normalisation, scorer, contradiction guard, misquote diff, candidates.

Every sentence here is written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from tracker.linking import (
    MISQUOTE,
    SAME,
    VARIANT,
    Item,
    LinkRules,
    Member,
    cluster_texts,
    compare,
    decide,
    read_claim,
    similarity,
    word_diff,
)
from tracker.linking.candidates import MemoryIndex, choose_index_terms, choose_lookups, rank_candidates
from tracker.linking.cluster import Clusterer
from tracker.linking.text import token_key

RULES = LinkRules()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("قُتِلَ ثلاثةُ جنودٍ", "قتل ثلاثة جنود"),  # tashkeel
        ("الإنتـــخابات المقبلة", "الانتخابات المقبله"),  # tatweel, hamza on alef, ta marbuta
        ("«الحكومة» ستستقيل", '"الحكومة" ستستقيل'),  # quotation marks
        ("الوزير\u200f يستقيل", "الوزير يستقيل"),  # an invisible bidi mark
        ("مستشفى الشفاء", "مستشفي الشفاء"),  # alef maqsura
        ("The Minister RESIGNED.", "the minister resigned"),  # case and punctuation
    ],
)
def test_matching_form_ignores_marks_quotes_and_invisibles(a: str, b: str) -> None:
    assert read_claim(a).form == read_claim(b).form


@pytest.mark.parametrize(
    ("a", "b", "same_key"),
    [
        ("والمدارس", "المدارس", True),  # conjunction + article
        ("بالمدارس", "مدارس", True),  # preposition + article
        ("للمدارس", "المدارس", True),
        ("يرتفع", "ارتفاع", True),  # verb and verbal noun meet at the skeleton
        ("تعتقل", "اعتقال", True),
        ("تركيا", "التركية", True),  # country and adjective
        ("مصري", "مصر", True),
        ("rising", "rises", True),
        ("سوريا", "مصر", False),
        ("ارتفاع", "انخفاض", False),
        ("denied", "confirmed", False),
    ],
)
def test_token_keys_join_inflections_not_different_words(a: str, b: str, same_key: bool) -> None:
    key_a = read_claim(a).keys
    key_b = read_claim(b).keys
    assert (key_a == key_b) is same_key


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("قتل 39 ألفاً", {"#39000"}),
        ("قتل 39,000 شخص", {"#39000"}),
        ("قتل ٣٩ ألف شخص", {"#39000"}),
        ("خسائر بقيمة 2.5 مليون دولار", {"#2500000"}),
        ("قتل ثلاثة جنود", {"#3"}),
        ("three soldiers were killed", {"#3"}),
        ("لا أرقام هنا", set()),
    ],
)
def test_figures_are_read_with_multipliers_and_words(text: str, figures: set[str]) -> None:
    assert read_claim(text).figures == frozenset(figures)


@pytest.mark.parametrize(
    ("text", "negations"),
    [
        ("لم يرتفع النفط", 1),
        ("النفط لن يرتفع", 1),
        ("عدم الموافقة على الخطة", 1),
        ("He didn't deny it", 1),
        ("The plan was never approved", 1),
        ("ارتفع النفط", 0),
        ("Oil rose", 0),
    ],
)
def test_negators_are_counted_not_matched(text: str, negations: int) -> None:
    claim = read_claim(text)
    assert claim.negations == negations
    assert all(key not in {"لم", "لن", "عدم", "not", "never"} for key in claim.keys)


# Pairs that say the same thing, and must link with no blocking difference.
SAME_PAIRS = [
    ("وزير المالية يعلن خفض الضرائب على الوقود", "وزير المالية يعلن خفض الضرائب على الوقود."),  # verbatim
    ("أعلن وزير المالية خفض الضرائب على الوقود", "وزير المالية أعلن خفض الضرائب على الوقود"),  # VSO / SVO
    ("الجيش يسيطر على مدينة الميناء الشمالية", "وسيطر الجيش على مدينة الميناء الشمالية"),  # clitic, tense
    ("عدد الضحايا بلغ 39 ألفاً في الإقليم", "بلغ عدد الضحايا في الإقليم 39 ألف"),  # order + figure forms
    ("The council approved the new budget on Monday", "On Monday the council approved the new budget"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PAIRS)
def test_reworded_repeats_link_as_same(a: str, b: str) -> None:
    ca, cb = read_claim(a), read_claim(b)
    assert similarity(ca, cb, RULES.link_threshold) >= RULES.same_threshold
    assert not compare(ca, cb).blocks_same


# Pairs alike on the surface whose truth conditions differ: never "same".
CONTRADICTIONS = [
    ("الحكومة توافق على خطة السلام الجديدة", "الحكومة لا توافق على خطة السلام الجديدة", "negation"),
    (
        "The minister said the talks will continue",
        "The minister said the talks will not continue",
        "negation",
    ),
    ("قتل 39 ألفاً في الحرب الأهلية", "قتل 93 ألفاً في الحرب الأهلية", "figures"),
    ("The blast killed 12 people in the market", "The blast killed 21 people in the market", "figures"),
    ("استمرار الإضراب في موانئ الشمال", "توقف الإضراب في موانئ الشمال", "polarity"),
    ("ارتفاع أسعار القمح في الأسواق المحلية", "انخفاض أسعار القمح في الأسواق المحلية", "polarity"),
    ("البرلمان يقبل استقالة رئيس الحكومة", "البرلمان يرفض استقالة رئيس الحكومة", "polarity"),
    ("الحزب يرفض المشاركة في الانتخابات البلدية", "الحزب يشارك في الانتخابات البلدية", "polarity"),
    ("انفجار سيارة مفخخة في حلب يقتل خمسة", "انفجار سيارة مفخخة في حمص يقتل خمسة", "words"),
    ("ميركل تحذر ماكرون من حرب تجارية", "ماكرون يحذر ميركل من حرب تجارية", "reordered"),
    ("Prices rose sharply in March", "Prices fell sharply in March", "polarity"),
]


@pytest.mark.parametrize(("a", "b", "kind"), CONTRADICTIONS)
def test_contradiction_guard_names_the_difference(a: str, b: str, kind: str) -> None:
    difference = compare(read_claim(a), read_claim(b))
    assert difference.blocks_same
    assert kind in (difference.as_json() or {})


@pytest.mark.parametrize(("a", "b", "kind"), CONTRADICTIONS)
def test_contradictions_link_as_variant_never_same(a: str, b: str, kind: str) -> None:
    rows = cluster_texts([a, b])
    assert rows[1].relation != SAME
    if rows[1].claim == rows[0].claim:
        assert rows[1].relation == VARIANT


def test_excerpt_does_not_score_like_the_whole_claim() -> None:
    long_claim = read_claim(
        "قال الوزير إن الحكومة ستبني ثلاثة مستشفيات جديدة في غزة خلال العام المقبل بتمويل دولي"
    )
    excerpt = read_claim("غزة")
    assert similarity(excerpt, long_claim) < RULES.link_threshold
    near = read_claim("الحكومة ستبني ثلاثة مستشفيات جديدة في غزة خلال العام المقبل")
    assert similarity(near, long_claim) >= RULES.link_threshold


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        (
            "الرئيس يزور العاصمة الفرنسية الأسبوع المقبل",
            "زيارة مرتقبة للرئيس إلى العاصمة الفرنسية الأسبوع المقبل",
            True,
        ),
        ("الرئيس يزور العاصمة الفرنسية الأسبوع المقبل", "ارتفاع أسعار الذهب في الأسواق العالمية", False),
        ("The company will cut 500 jobs", "Oil prices climbed after the storm", False),
    ],
)
def test_scorer_links_paraphrases_not_unrelated_claims(a: str, b: str, linked: bool) -> None:
    assert (similarity(read_claim(a), read_claim(b), RULES.link_threshold) > 0) is linked


def test_word_diff_shows_changed_words_and_ignores_punctuation() -> None:
    a = read_claim("«لن نتراجع عن قرارنا أبداً»")
    assert word_diff(a, read_claim('"لن نتراجع عن قرارنا أبداً!"')) is None
    diff = word_diff(a, read_claim("«لن نتراجع عن موقفنا أبداً»"))
    assert diff == [{"op": "replace", "a": "قرارنا", "b": "موقفنا"}]


def _item(i: int, text: str, speaker: str | None = None, quote: str | None = None) -> Item:
    quotes = (read_claim(quote),) if quote else ()
    return Item(i, read_claim(text), speaker=speaker, quotes=quotes)


@pytest.mark.parametrize(
    ("speaker_b", "quote_b", "relation"),
    [
        ("id:1", "لن نتراجع عن موقفنا في المفاوضات", MISQUOTE),  # same speaker, other words: flagged
        ("id:1", "لن نتراجع عن قرارنا في المفاوضات!", SAME),  # only punctuation differs
        ("id:2", "لن نتراجع عن موقفنا في المفاوضات", VARIANT),  # another speaker: no misquote
    ],
)
def test_misquote_needs_same_speaker_and_other_words(speaker_b: str, quote_b: str, relation: str) -> None:
    first = _item(1, "لن نتراجع عن قرارنا في المفاوضات", "id:1", "لن نتراجع عن قرارنا في المفاوضات")
    second = _item(2, quote_b, speaker_b, quote_b)
    decision = decide(second, [Member(first, claim_id=1)], {1: first}, RULES)
    assert decision.claim_id == 1
    assert decision.relation == relation
    if relation == MISQUOTE:
        assert decision.difference is not None
        assert decision.difference["misquote"] == [{"op": "replace", "a": "موقفنا", "b": "قرارنا"}]


def test_rejected_claim_and_time_window_are_respected() -> None:
    first = Item(1, read_claim("وزير المالية يعلن خفض الضرائب على الوقود"))
    again = Item(2, read_claim("وزير المالية يعلن خفض الضرائب على الوقود"))
    members = [Member(first, claim_id=7)]
    assert decide(again, members, {7: first}, RULES).claim_id == 7
    assert decide(again, members, {7: first}, RULES, frozenset({7})).claim_id is None
    from datetime import date

    dated_first = Item(1, first.claim, day=date(2024, 1, 1))
    dated_again = Item(2, again.claim, day=date(2024, 6, 1))
    windowed = LinkRules(window_days=30)
    assert decide(dated_again, [Member(dated_first, 7)], {7: dated_first}, windowed).claim_id is None
    assert decide(dated_again, [Member(dated_first, 7)], {7: dated_first}, RULES).claim_id == 7


def test_same_is_confirmed_only_above_the_high_threshold() -> None:
    first = Item(1, read_claim("وزير المالية يعلن خفض الضرائب على الوقود"))
    verbatim = decide(Item(2, first.claim), [Member(first, 1)], {1: first}, RULES)
    assert (verbatim.relation, verbatim.confirmed) == (SAME, True)
    figures = decide(
        Item(3, read_claim("وزير المالية يعلن خفض الضرائب على الوقود 20 بالمئة")),
        [Member(first, 1)],
        {1: first},
        RULES,
    )
    assert not figures.confirmed


def test_candidate_index_skips_common_keys_and_ranks_by_hits() -> None:
    counts = {"common": 5000, "rare": 2, "mid": 50}
    assert choose_lookups(["common", "rare", "mid"], counts, cap=400) == ["rare", "mid"]
    assert choose_lookups(["common", "other"], {"common": 5000, "other": 9000}, cap=400) == [
        "common",
        "other",
    ]
    assert choose_index_terms(["common", "rare", "mid"], counts, k=2) == ["rare", "mid"]
    assert rank_candidates([[1, 2, 3], [2, 3], [3]], limit=2) == [3, 2]
    # With four or more keys looked up, a single hit is not worth scoring.
    assert rank_candidates([[1, 2], [2], [5], [6]], limit=10) == [2]
    # Equal hits keep the order first seen (the newest postings of the rarest key come first).
    assert rank_candidates([[9, 5, 4], [4, 5], [7]], limit=3) == [5, 4, 9]
    assert rank_candidates([[9, 5, 4], [4, 5], [7], [8, 9]], limit=10) == [9, 5, 4]


def test_memory_index_finds_a_repeat_among_many_statements() -> None:
    index = MemoryIndex()
    filler = [read_claim(f"المجلس البلدي يناقش مشروع الطريق رقم {n} في الحي الشرقي") for n in range(600)]
    for i, claim in enumerate(filler):
        _, counts = index.candidates(claim)
        index.add(i, claim, counts)
    original = read_claim("شركة الكهرباء تعلن انقطاع التيار عن مدينة الساحل ثلاثة أيام")
    _, counts = index.candidates(original)
    index.add(1000, original, counts)
    repeat = read_claim("وأعلنت شركة الكهرباء انقطاع التيار عن مدينة الساحل لثلاثة أيام")
    found, _ = index.candidates(repeat)
    assert found[0] == 1000


def test_cluster_groups_repeats_and_keeps_unrelated_apart() -> None:
    texts = [
        "وزير المالية يعلن خفض الضرائب على الوقود",
        "ارتفاع أسعار الذهب في الأسواق العالمية",
        "أعلن وزير المالية خفض الضرائب على الوقود",
        "",
        "ارتفعت أسعار الذهب في الأسواق العالمية",
        "انخفاض أسعار الذهب في الأسواق العالمية",
    ]
    rows = {row.line: row for row in cluster_texts(texts)}
    assert 4 not in rows  # blank lines are skipped
    assert rows[3].claim == rows[1].claim == 1
    assert rows[3].relation == SAME
    assert rows[5].claim == rows[2].claim == 2
    assert rows[5].relation == SAME
    assert rows[6].relation != SAME
    assert rows[1].claim != rows[2].claim


def test_exhaustive_and_indexed_clustering_agree_on_a_small_set() -> None:
    texts = [
        "وزير المالية يعلن خفض الضرائب على الوقود",
        "أعلن وزير المالية خفض الضرائب على الوقود",
        "الجيش يسيطر على مدينة الميناء الشمالية",
        "وسيطر الجيش على مدينة الميناء الشمالية",
        "The council approved the new budget on Monday",
        "On Monday the council approved the new budget",
    ]
    indexed = [(r.claim, r.relation) for r in cluster_texts(texts)]
    exhaustive = [(r.claim, r.relation) for r in cluster_texts(texts, exhaustive=True)]
    assert indexed == exhaustive == [(1, SAME), (1, SAME), (3, SAME), (3, SAME), (5, SAME), (5, SAME)]


def test_clusterer_keeps_claim_ids_stable() -> None:
    clusterer = Clusterer()
    first = clusterer.add(Item(10, read_claim("انقطاع الكهرباء عن مدينة الساحل ثلاثة أيام")))
    second = clusterer.add(Item(11, read_claim("انقطاع الكهرباء عن مدينة الساحل ثلاثة أيام")))
    assert first.claim_id is None
    assert second.claim_id == 10
    assert token_key("والمدارس") == token_key("مدارس")
