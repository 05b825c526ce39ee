"""English extractor, round 11: a noun of saying with its owner and a that-clause ("seizing on
a Dover Gazette report that C", "contrary to her claim that C", "asked about Lee's declaration
that C"). Short sentences written for these tests; rows marked "held before" pass on the code of
the start of the round (6d276c9), the others fail there."""

from __future__ import annotations

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord


def run(text: str) -> tuple:
    return extract_english(ArticleRecord(text=text, language="en"))


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.cue.text, s.content.text) for s in run(text)]


# --- "a Gazette report that C", "her claim that C": the owner of a noun of saying said C ----------

REPORT_NOUN_ROWS = [
    (
        "The mayor is seizing on a Dover Gazette report that the bridge lost $5 million in 1995.",
        ("Dover Gazette", "report", "the bridge lost $5 million in 1995"),
    ),
    (
        (
            "Ann Lee spoke at noon.\n\nContrary to her claim that voters would ''learn nothing,'' the "
            "files show a great deal."
        ),
        ("Ann Lee", "claim", "voters would ''learn nothing"),
    ),
    (
        'Asked about Tom Reyes\'s declaration that the fire had been set, Ann Lee said, "We do not know yet."',
        ("Tom Reyes", "declaration", "the fire had been set"),
    ),
    (
        "The council rejected the ministry's assertion that the bridge was safe.",
        ("ministry", "assertion", "the bridge was safe"),
    ),
    (
        "Critics questioned an Acme report that exports had doubled, citing customs figures.",
        ("Acme", "report", "exports had doubled"),
    ),
    (
        "Tom Reyes spoke at noon.\n\nVoters doubt his repeated promise that taxes will fall.",
        ("Tom Reyes", "promise", "taxes will fall"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), REPORT_NOUN_ROWS)
def test_the_owner_of_a_report_noun_speaks(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # all held before and must still hold now that the owner of a noun of saying speaks
        # a relative "that": the noun is the relative clause's object or subject
        "Ann Lee repeated her claim that was rejected by the court.",
        "The council read the ministry's report that he wrote in May.",
        # no owner: nobody is named as having said it
        "The board took note of suggestions that the bridge is unsafe.",
        "A state cannot avoid the conclusion that its rules remove voters.",
        # the phrase is the sentence's subject: its clause runs into the main verb
        "Ann Lee's claim that the bridge was safe was false.",
        "But Lee's warning that the bridge was unsafe went unheeded.",
        # "know from his statements that ...": the "that" is the verb's
        "We know from his financial disclosure statements that most of his assets are in trusts.",
        # held before and must still hold: no "that", or a verb
        "Mr. Lee's claims about the bridge were false.",
    ],
)
def test_a_report_noun_without_owner_or_clause_reports_nothing(text: str) -> None:
    assert all(
        cue not in {"claim", "claims", "report", "statements", "warning", "conclusion"}
        for _n, cue, _c in triples(text)
    )


def test_a_verb_report_is_unchanged() -> None:
    # held before and must still hold: "reports that" after a subject is the verb
    assert triples("The Dover Gazette reports that the bridge lost $5 million.") == [
        ("Dover Gazette", "reports", "the bridge lost $5 million")
    ]


# --- "Lee Vows To Cut Taxes", "Lee Calls Reyes 'A Fraud'": more cues a title-case headline
# capitalises; a given name before one of them is no two-word name ("Lee Urges") ---------------

HEADLINE_ROWS = [
    (
        "Tom Reyes Calls Ann Lee ‘A Disgrace’ Over Bridge Comments.\n\nReyes spoke on Monday.",
        ("Tom Reyes", "Calls", "Ann Lee ‘A Disgrace’ Over Bridge Comments"),
    ),
    (
        "Lee Urges Voters To Reject Bridge Tax.\n\nMs. Lee spoke on Monday.",
        ("Lee", "Urges", "Voters To Reject Bridge Tax"),
    ),
    (
        "Reyes Vows To Rebuild The Dover Bridge.\n\nReyes spoke on Monday.",
        ("Reyes", "Vows", "To Rebuild The Dover Bridge"),
    ),
    # held before and must still hold: "Says" was a headline cue already
    (
        "Dover Bridge Is Unsafe, Mayor Says.\n\nThe mayor spoke on Monday.",
        ("Mayor", "Says", "Dover Bridge Is Unsafe"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), HEADLINE_ROWS)
def test_a_title_case_headline_cue(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # held before and must still hold: a capitalised cue inside a sentence that is not in
        # title case is a name, and a headline cue without a clause after it reports nothing
        "The Urges Foundation opened a school in Dover on Monday.",
        "Lee Announces Bridge.\n\nLee spoke on Monday.",
        "Acme Defends Record.\n\nAcme spoke on Monday.",
    ],
)
def test_a_capitalised_cue_that_reports_nothing(text: str) -> None:
    assert triples(text) == []


# --- "Railing against X, Lee vowed to cut taxes": a promise's "to" opens its content -----------

PROMISE_TO_ROWS = [
    (
        "Railing against the toll, Ann Lee vowed to rebuild the bridge.",
        ("Ann Lee", "vowed", "to rebuild the bridge"),
    ),
    (
        "Speaking after the vote, Tom Reyes promised to cut bridge tolls by half.",
        ("Tom Reyes", "promised", "to cut bridge tolls by half"),
    ),
    (
        "Railing Against The Toll, Reyes Vows To Rebuild The Dover Bridge.\n\nReyes spoke on Monday.",
        ("Reyes", "Vows", "To Rebuild The Dover Bridge"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), PROMISE_TO_ROWS)
def test_a_promise_to_after_an_opening_phrase(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # held before and must still hold: "to" before a hearer is an adverbial, the words
        # before the subject are the content
        ("The bridge will be rebuilt, Ann Lee promised to voters on Tuesday.", "The bridge will be rebuilt"),
        ("The bridge will be rebuilt, Ann Lee pledged to a cheering crowd.", "The bridge will be rebuilt"),
        ("The bridge will be rebuilt, Ann Lee promised to them.", "The bridge will be rebuilt"),
    ],
)
def test_a_promise_to_a_hearer_keeps_the_content_before(text: str, content: str) -> None:
    assert [c for _n, _cue, c in triples(text)] == [content]


# --- "C, something a witness told the police": the subject inside a phrase summing up C speaks --

SUMMARY_ROWS = [
    (
        "Ann Lee said the driver was drunk — something a witness also told the police.",
        ("witness", "told", "Ann Lee said the driver was drunk"),
    ),
    (
        "The bridge was unsafe, something the mayor admitted on Tuesday.",
        ("mayor", "admitted", "The bridge was unsafe"),
    ),
    # held before and must still hold: a name after the head stopped the walk already
    (
        "The bridge was unsafe, a fact Tom Reyes admitted on Tuesday.",
        ("Tom Reyes", "admitted", "The bridge was unsafe"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), SUMMARY_ROWS)
def test_the_subject_inside_a_summing_up_phrase_speaks(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # held before and must still hold: a plain postposed subject, and a subject with a
        # determiner that sums up nothing
        ("The bridge was unsafe, the mayor admitted on Tuesday.", ("mayor", "The bridge was unsafe")),
        (
            "The bridge was unsafe, a city engineer admitted on Tuesday.",
            ("city engineer", "The bridge was unsafe"),
        ),
    ],
)
def test_a_plain_postposed_subject_is_unchanged(text: str, row: tuple[str, str]) -> None:
    assert [(name, content) for name, _cue, content in triples(text)] == [row]


# --- "according to Reyes' lawyer": a possessive written "s'" goes on with the source -----------

S_POSSESSIVE_ROWS = [
    (
        "According to Reyes' lawyer, the bridge was never inspected.",
        ("Reyes' lawyer", "the bridge was never inspected"),
    ),
    (
        "As stated in Davis' column, the bridge was never inspected.",
        ("Davis' column", "the bridge was never inspected"),
    ),
    (
        "According to the workers' union, the bridge was never inspected.",
        ("workers' union", "the bridge was never inspected"),
    ),
    # held before and must still hold: "'s" was one token already
    (
        "According to Lee's lawyer, the bridge was never inspected.",
        ("Lee's lawyer", "the bridge was never inspected"),
    ),
]


@pytest.mark.parametrize(("text", "row"), S_POSSESSIVE_ROWS)
def test_an_s_apostrophe_possessive_source(text: str, row: tuple[str, str]) -> None:
    assert [(name, content) for name, _cue, content in triples(text)] == [row]


def test_a_closing_single_quote_is_no_possessive() -> None:
    # held before and must still hold: the mark after "experts" closes a scare quote
    assert [c for _n, _cue, c in triples("According to 'experts' the bridge is fine, Lee said.")] == [
        "According to 'experts' the bridge is fine"
    ]
