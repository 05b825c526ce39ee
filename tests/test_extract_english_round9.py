"""English extractor, round 9: a party tag closing the name between two commas ("his niece,
Sen. Ann Price (D-Dover), said") and a state after the town a role phrase ends on ("The mayor
of Dover, Ohio, said"). Short sentences written for these tests; 7 of the 14 rows fail on the
code of the start of the round (9d12a2a)."""

from __future__ import annotations

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord


def run(text: str) -> tuple:
    return extract_english(ArticleRecord(text=text, language="en"))


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.cue.text, s.content.text) for s in run(text)]


# --- "his niece, Sen. Ann Price (D-Dover), said": the party tag stands before the comma ---------

PARTY_TAG_BEFORE_COMMA_ROWS = [
    "His niece, Sen. Ann Price (D-Dover), said the bridge was unsafe.",
    "The senator, Ann Price (D), said the bridge was unsafe.",
    "Ann Price, a senator (R-Dover), said the bridge was unsafe.",
    "The town's senator, Rep. Ann Price (I-Dover.), warned that the bridge was unsafe.",
    # held before and must still hold
    "Ann Price (D-Dover), a senator, said the bridge was unsafe.",
    "His niece, Sen. Ann Price, said the bridge was unsafe.",
]


@pytest.mark.parametrize("text", PARTY_TAG_BEFORE_COMMA_ROWS)
def test_a_party_tag_before_the_comma_of_an_appositive(text: str) -> None:
    assert [(name, content) for name, _cue, content in triples(text)] == [
        ("Ann Price", "the bridge was unsafe")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # brackets that hold no party tag are an aside, not a role; nobody is named before them
        "His niece, Sen. Ann Price (who lives in Dover), said the bridge was unsafe.",
        "Two groups, the union and the board (in Dover), said the bridge was unsafe.",
    ],
)
def test_brackets_without_a_party_tag_name_nobody(text: str) -> None:
    assert all(name != "Ann Price" and name != "Dover" for name, _cue, _content in triples(text))


# --- "The mayor of Dover, Ohio, said": the state closes the town; the state is no speaker -------

STATE_AFTER_ROLE_ROWS = [
    "The mayor of Dover, Ohio, said the bridge was unsafe.",
    "The mayor of Dover, Del., said the bridge was unsafe.",
    "Police in Dover, Ohio, said the bridge was unsafe.",
    # held before and must still hold
    "The mayor of Dover said the bridge was unsafe.",
]


@pytest.mark.parametrize("text", STATE_AFTER_ROLE_ROWS)
def test_a_state_after_a_role_phrase_town(text: str) -> None:
    assert [(name, content) for name, _cue, content in triples(text)] == [("Dover", "the bridge was unsafe")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name before the place appositive still speaks
        ("Ann Lee, of Dover, Ohio, said the bridge was unsafe.", "Ann Lee"),
        ("The mayor, Ann Lee, of Dover, Ohio, said the bridge was unsafe.", "Ann Lee"),
    ],
)
def test_a_name_before_a_town_and_state_still_speaks(text: str, speaker: str) -> None:
    assert [(name, content) for name, _cue, content in triples(text)] == [(speaker, "the bridge was unsafe")]
