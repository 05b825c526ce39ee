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
