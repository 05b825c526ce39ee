"""English extractor, round 7: the place after a name ("Ann Lee, of Trenton, N.J., said").
Short sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord


def run(text: str) -> tuple:
    return extract_english(ArticleRecord(text=text, language="en"))


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.cue.text, s.content.text) for s in run(text)]


# --- "Ann Lee, of Trenton, N.J., said": the state closes the place, the name speaks -------------

TOWN_AND_STATE_ROWS = [
    ("Ann Lee, of Trenton, N.J., said the bridge was unsafe.", "Ann Lee"),
    ("Tom Reyes, of Dover, Del., said the bridge was unsafe.", "Tom Reyes"),
    ("Tom Reyes, 61, of Reno, Nev., said the bridge was unsafe.", "Tom Reyes"),
    ("Tom Reyes, a nurse from Reno, Nev., said the bridge was unsafe.", "Tom Reyes"),
    ("Tom Reyes, of Springfield, Virginia, said the bridge was unsafe.", "Tom Reyes"),
    # held before and must still hold
    ("Tom Reyes, of Dover, said the bridge was unsafe.", "Tom Reyes"),
    ("The mayor, Tom Reyes, said the bridge was unsafe.", "Tom Reyes"),
]


@pytest.mark.parametrize(("text", "speaker"), TOWN_AND_STATE_ROWS)
def test_town_and_state_after_a_name(text: str, speaker: str) -> None:
    assert triples(text) == [(speaker, "said", "the bridge was unsafe")]


def test_a_company_suffix_is_no_state() -> None:
    # "Inc." after a capitalised word is no state: no statement names it as a speaker
    assert all(name != "Inc" for name, _cue, _content in triples("Ann Lee, of Harbor Tools, Inc., said it."))


@pytest.mark.parametrize(
    "text",
    [
        "The bridge is unsafe, Ann Lee, of Trenton, N.J., said.",
        '"The bridge is unsafe," said Ann Lee, of Trenton, N.J.',
    ],
)
def test_town_and_state_after_a_postposed_or_inverted_name(text: str) -> None:
    assert [(name, content) for name, _cue, content in triples(text)] == [("Ann Lee", "The bridge is unsafe")]


# --- "spoke at length about", "spoke during his speech of": adverbials inside the cue ------------

SPEECH_GAP_ROWS = [
    ("Olsen spoke at length about the future of the old port.", "spoke at length about"),
    (
        "Olsen spoke with reporters on Friday about the future of the old port.",
        "spoke with reporters on Friday about",
    ),
    (
        "Olsen speaks more often in public about the future of the old port.",
        "speaks more often in public about",
    ),
    ("Mr. Olsen spoke during his speech of a bell cast for the old port.", "spoke during his speech of"),
]


@pytest.mark.parametrize(("text", "cue"), SPEECH_GAP_ROWS)
def test_adverbials_between_spoke_and_its_topic(text: str, cue: str) -> None:
    ((name, found_cue, content),) = triples(text)
    assert (name, found_cue) == ("Olsen", cue)
    assert content.endswith("old port")


@pytest.mark.parametrize(
    "text",
    [
        # the "of" belongs to the noun before it
        "Olsen spoke on condition of anonymity because he was not allowed to talk.",
        "Olsen spoke at a meeting of the port board on Friday.",
        # "to" ends a relative clause: the experts are not speaking about the plan here
        "The experts I spoke to this week about the plan were divided on its merits.",
        # a clause word between: no topic of the speech
        "Olsen spoke first and about an hour later the board voted.",
    ],
)
def test_no_topic_past_a_noun_or_a_clause(text: str) -> None:
    assert triples(text) == []
