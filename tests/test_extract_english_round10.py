"""English extractor, round 10: "pointed to" as a cue ("The mayor pointed to reports that C",
"pointed to X as an example of Y") with a stranded preposition left out ("the examples critics
point to as proof"). Short sentences written for these tests; rows marked "held before" pass on
the code of the start of the round (fe0d986), the others fail there."""

from __future__ import annotations

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord


def run(text: str) -> tuple:
    return extract_english(ArticleRecord(text=text, language="en"))


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.cue.text, s.content.text) for s in run(text)]


# --- "pointed to reports that C": pointing to evidence reports it ------------------------------

POINTED_TO_ROWS = [
    (
        "The mayor pointed to reports that the bridge was unsafe.",
        ("mayor", "pointed to", "reports that the bridge was unsafe"),
    ),
    (
        "Ann Lee points to the vote as an example of anger over the bridge.",
        ("Ann Lee", "points to", "the vote as an example of anger over the bridge"),
    ),
    (
        "The fund said growth would slow, pointing to figures that showed exports had fallen.",
        ("fund", "pointing to", "figures that showed exports had fallen"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), POINTED_TO_ROWS)
def test_pointed_to_reports(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # the object of "point to" moved into a relative clause: the cue reports nothing
        # (held before, when "point to" was no cue; must hold now that it is one)
        "Ann Lee doubted the examples that critics point to as proof of fraud.",
        "The cases the board pointed to in May were closed.",
        # held before and must still hold: "pointed out" is unchanged
        "Ann Lee pointed out that the bridge was unsafe.",
    ],
)
def test_a_stranded_point_to_reports_nothing(text: str) -> None:
    assert all(cue not in {"point to", "pointed to"} for _name, cue, _content in triples(text))
