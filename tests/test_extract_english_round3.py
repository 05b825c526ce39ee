"""Round-three tests of the English extractor: the cheaper passes (cue gate, tokeniser, name
pass) give the same answers, and the recall work: '' quotations ending sentences, headline
forms, directive verbs, nested reports by the same speaker, abbreviated titles as roles and
organisation names with an "and".

Every sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tracker.extract.en_resources import CUE_GATE_RE, CUE_PHRASES, CUE_WORDS, TOKEN_RE
from tracker.extract.en_text import segment, tokenize
from tracker.extract.english import extract_english
from tracker.records import ArticleRecord, StatementRecord


def statements(text: str) -> tuple[StatementRecord, ...]:
    article = ArticleRecord(
        text=text, title=None, published=datetime(2025, 3, 4, 9, 0), language="en", source_path="t.txt"
    )
    return extract_english(article)


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.cue.text, s.content.text) for s in statements(text)]


# --- speed work: same answers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "gated"),
    [
        ("the mayor said nothing", True),
        ("According to the report, rents rose.", True),
        ("she was quoted as saying it was over", True),
        ("The weather stayed mild all week.", False),
        ("resaid unsaid saidx", False),  # cue letters inside longer words
        ("Accordingly, the park closed.", False),
        ("according  \n to the clerk", True),  # a phrase across any run of spaces
    ],
)
def test_cue_gate(sentence: str, gated: bool) -> None:
    assert (CUE_GATE_RE.search(sentence.lower()) is not None) is gated


def test_cue_gate_finds_every_cue() -> None:
    for word in CUE_WORDS:
        assert CUE_GATE_RE.fullmatch(word), word
    for phrases in CUE_PHRASES.values():
        for phrase in phrases:
            assert CUE_GATE_RE.fullmatch(" ".join(phrase)), phrase


@pytest.mark.parametrize(
    "text",
    ["  Mr. O’Hara-Lee’s 3.5% cut,\tthen\n“quotes” — dashes… ", "", "x", "a  b", "''Done,'' he said."],
)
def test_tokenize_offsets(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert [t.text for t in toks] == TOKEN_RE.findall(text)
    assert all(text[t.start : t.end] == t.text and t.low == t.text.lower() for t in toks)


# --- recall -----------------------------------------------------------------------------


def test_double_apostrophe_quote_ends_a_sentence() -> None:
    text = (
        "The council spent the morning on roads. ''It is more patching than paving,'' said Ada Brennan, "
        "a planner at the county office. ''Nobody would call it a plan.''"
    )
    sents = [text[s.start : s.end] for p in segment(text) for s in p]
    assert sents[0] == "The council spent the morning on roads."
    found = triples(text)
    assert found
    assert found[0][0] == "Ada Brennan"
    assert found[0][2].startswith("It is more patching than paving")
    assert "council spent" not in found[0][2]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ferry Fares Will Double by Spring, Harbor Chief Warns.\n\nThe harbor board met on Monday.",
            "Harbor Chief",
            "Ferry Fares Will Double by Spring",
        ),
        (
            "Mayor Says New Bridge Will Open in June.\n\nThe bridge has been closed since May.",
            "Mayor",
            "New Bridge Will Open in June",
        ),
        (
            "Okafor: Rail Strike Will Not End This Week.\n\nTalks broke down on Sunday.",
            "Okafor",
            "Rail Strike Will Not End This Week",
        ),
        (
            "A word from Greta Lindholm: 'Keep the libraries open.'\n\nThe vote is on Friday.",
            "Greta Lindholm",
            "Keep the libraries open",
        ),
    ],
)
def test_headline_forms(text: str, speaker: str, content: str) -> None:
    found = triples(text)
    assert found, text
    assert found[0][0] == speaker
    assert found[0][2] == content


@pytest.mark.parametrize(
    "text",
    [
        # A capitalised cue outside a title-case headline is still a name.
        "The Reports Said Nothing About It.\n\nA quiet week followed.",
        # A headline whose colon follows an ordinary phrase, not a source.
        "A Quiet Plan for the Harbor: Dredge, Then Wait.\n\nThe board met.",
        "The Latest: Ferries Return to the Harbor.\n\nThe board met.",
        # The colon form only in the opening line.
        "The board met.\n\nOkafor: Rail Strike Will Not End This Week.",
    ],
)
def test_headline_forms_negative(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Norway warned the trawler crews to avoid any actions that would damage the reef.",
            "the trawler crews to avoid any actions that would damage the reef",
        ),
        (
            "The coach urged his players to forget the games that went badly.",
            "his players to forget the games that went badly",
        ),
        # Not a directive verb: the "that" across adverbials still opens the content.
        ("The coach said on the radio on Sunday that the team would rest.", "the team would rest"),
        ("The coach warned reporters that the team would rest.", "the team would rest"),
    ],
)
def test_directive_verbs_keep_their_infinitive(text: str, content: str) -> None:
    found = triples(text)
    assert found
    assert found[0][2] == content


def test_nested_report_by_the_same_speaker_is_one_statement() -> None:
    found = triples("Marta Ruiz said she recalls the clerk being confused by the forms.")
    assert found == [("Marta Ruiz", "said", "she recalls the clerk being confused by the forms")]


def test_nested_report_by_another_speaker_stays() -> None:
    found = triples("Marta Ruiz said Omar Haddad told her that the forms were wrong.")
    assert [f[0] for f in found] == ["Marta Ruiz", "Omar Haddad"]


def test_split_quotes_by_the_same_speaker_stay_apart() -> None:
    text = "“We stay open,” Ruiz said. “We will not close,” Ruiz said, “whatever the board decides.”"
    assert len(triples(text)) >= 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gov. Helena Marsh toured the plant on Friday.\n\nThe governor said the plant would stay open.",
            "Helena Marsh",
        ),
        (
            "Sen. Arlo Pemberton spoke first.\n\nThe senator said the bill would pass.",
            "Arlo Pemberton",
        ),
        # No one was given the title: the role stays a role.
        ("Arlo Pemberton spoke first.\n\nThe senator said the bill would pass.", "senator"),
    ],
)
def test_abbreviated_titles_are_roles(text: str, speaker: str) -> None:
    found = statements(text)
    assert found
    assert found[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Bureau of Roads and Bridges said the tunnel would close.", "Bureau of Roads and Bridges"),
        ("The Parks and Recreation Department said the pool would close.", "Parks and Recreation Department"),
        ("Hollis and Varga said the tunnel would close.", "Hollis and Varga"),
        (
            "Council candidates Maria Hollis and Peter Varga said the tunnel would close.",
            "Hollis and Varga",
        ),
    ],
)
def test_names_joined_by_and(text: str, speaker: str) -> None:
    found = statements(text)
    assert found
    assert found[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("appositive", "speaker"),
    [
        (", president of the tenants' union", "Henry Crespo"),
        # Without a role in apposition the name in object position is no antecedent.
        ("", "Marcus Bell"),
    ],
)
def test_role_appositive_makes_an_antecedent(appositive: str, speaker: str) -> None:
    text = (
        "While Marcus Bell had a choir singing for him, the new campaign has none, which worries "
        f"Henry Crespo{appositive}.\n\n“Nobody is singing for this one,” he said."
    )
    found = statements(text)
    assert found
    assert found[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Few towns spend more than the board's recommended 3 percent of their budget on parks.", 0),
        ("The board recommended that towns spend 3 percent of their budget on parks.", 1),
    ],
)
def test_participle_after_a_possessive_is_an_adjective(text: str, count: int) -> None:
    assert len(statements(text)) == count
