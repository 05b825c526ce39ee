"""English extractor, round 4: naming verdicts, non-propositional contents, and who a
pronoun, a role or an opening phrase points back to. Short sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord


def run(text: str) -> tuple:
    return extract_english(ArticleRecord(text=text, language="en"))


# --- "X called Y a Z": a verdict, kept with a low confidence -------------------------------------

NAMING_ROWS = [
    # (text, speaker, content must contain)
    ("Critics call it a “tax grab” and a “stealth levy”.", "Critics", "tax grab"),
    ("Mayor Ines Kolar called the bridge plan a costly mistake.", "Ines Kolar", "costly mistake"),
    ('The union called the offer "an insult to every nurse in the city."', "union", "insult"),
]


@pytest.mark.parametrize(("text", "speaker", "content"), NAMING_ROWS)
def test_naming_verdict_is_a_low_confidence_statement(text: str, speaker: str, content: str) -> None:
    (st,) = run(text)
    assert st.method == "verb_naming"
    assert st.confidence <= 0.5
    assert speaker in st.speaker.name
    assert content in st.content.text


def test_short_labels_in_a_naming_verdict_are_not_direct_quotes() -> None:
    (st,) = run("Critics call it a “tax grab” and a “stealth levy”.")
    assert st.direct_quotes == ()


NOT_NAMING_ROWS = [
    "A group called Veterans First met on Monday.",
    "She called the police after the crash.",
    "He called her on Tuesday to apologise.",
    "The mayor called a meeting for Friday.",
]


@pytest.mark.parametrize("text", NOT_NAMING_ROWS)
def test_call_without_a_verdict_is_no_statement(text: str) -> None:
    assert run(text) == ()


# --- a topic or an object is not a statement -------------------------------------------------

NOT_PROPOSITION_ROWS = [
    "The senator cited the figure.",
    "The coal company declared bankruptcy.",
    "In his speech, Omar Haddad mentioned climate change.",
    "Earlier, she mentioned Machado.",
]


@pytest.mark.parametrize("text", NOT_PROPOSITION_ROWS)
def test_topic_or_object_content_is_no_statement(text: str) -> None:
    assert run(text) == ()


PROPOSITION_ROWS = [
    ("Officials said openness builds trust.", "openness builds trust"),
    ("The clinic said she has pneumonia.", "she has pneumonia"),
    ('Pia Holm said: "We need change."', "We need change"),
]


@pytest.mark.parametrize(("text", "content"), PROPOSITION_ROWS)
def test_short_clause_is_still_a_statement(text: str, content: str) -> None:
    (st,) = run(text)
    assert st.content.text == content


# --- who the source is -------------------------------------------------------------------------


def speakers(text: str) -> list[str]:
    return [st.speaker.name for st in run(text)]


def test_role_opening_the_sentence_before_is_the_pronoun_antecedent() -> None:
    text = (
        "President Ana Ruiz opened the port on Monday.\n\n"
        "“It will bring jobs,” said Bob Crane, an adviser.\n\n"
        "The president's allies were pleased. In Lagos last week, she told traders that exports would grow."
    )
    assert speakers(text)[-1] == "Ana Ruiz"


def test_names_in_an_unclosed_excerpt_paragraph_are_antecedents() -> None:
    text = (
        "The paper sent its reporter Kay Dunn to the town. Dunn reports:\n\n"
        '"Melanie thought the ruling was unfair. She was angry, and she said so.\n\n'
        "“I was never ill,” she said."
    )
    assert speakers(text)[-1] == "Melanie"


def test_same_surname_does_not_merge_spouses() -> None:
    text = (
        "Police stopped the car of Paul Marsh on Friday. He raised his hands, and officers shouted at him. "
        "Rikaya Marsh can be heard yelling that her husband was unarmed.\n\n"
        "“Don't shoot him,” she says."
    )
    assert speakers(text)[-1] == "Rikaya Marsh"


def test_headline_gives_the_full_name() -> None:
    text = (
        "Karen Whitfield Rejects Plan For Port Expansion\n\n"
        "Whitfield said the port would flood the old town.\n\n"
        "“It is far too risky,” she said."
    )
    assert speakers(text) == ["Karen Whitfield", "Karen Whitfield"]


def test_they_takes_up_the_subject_of_the_sentence_before() -> None:
    text = (
        "Mayor Tom Reyes said the law was fair.\n\n"
        "Voting rights advocates have raised concerns about the law. "
        "They say it keeps eligible voters away from the polls."
    )
    assert speakers(text)[-1] == "Voting rights advocates"


def test_it_takes_up_a_speaking_subject_of_the_sentence_before() -> None:
    text = (
        "The Daily Ledger endorsed the mayor on Sunday.\n\n"
        "The new ad shows the senator at a rally. It also says the senator missed forty votes."
    )
    assert speakers(text)[-1].endswith("ad")


def test_they_skips_a_quoted_opening() -> None:
    text = (
        "The council issued a statement on Friday.\n\n"
        "“In line with this, the members of the council will begin work on new measures,” they said."
    )
    assert "members" not in speakers(text)[-1]


def test_said_name_colon_form() -> None:
    text = "“It is hard to avoid,” said Ryan Ellis, a tax consultant.\n\nSaid Ellis: “I don't get the sense she cares.”"
    assert speakers(text) == ["Ryan Ellis", "Ryan Ellis"]


def test_opening_participle_phrase_is_not_the_subject() -> None:
    (st,) = run("Chastened by the reviews, Mark Doyle revised his plan, promising to cut fees for families.")
    assert st.speaker.name == "Mark Doyle"


def test_subject_after_an_opening_quotation() -> None:
    text = "“Keep your hands in sight,” Blige sings to the crowd before asking, “Where do we go from here?”"
    assert speakers(text)[-1] == "Blige"


def test_participle_inside_an_opening_phrase_is_not_a_cue() -> None:
    text = "In a Facebook message posted Friday, Cruz said he would vote for the nominee."
    (st,) = run(text)
    assert st.speaker.name == "Cruz"
    assert st.content.text == "he would vote for the nominee"


def test_coordinated_cue_subject_stops_before_the_verb() -> None:
    text = "Mr. Schultz generally supported Democrats during his time at the network, and said he did not back the plan."
    (st,) = run(text)
    assert st.speaker.name == "Schultz"


def test_relative_clause_speaks_for_the_name_before_it() -> None:
    text = "“The plan is sound,” said Dana Kamin, a professor, who added that costs would fall next year."
    *_, last = run(text)
    assert last.speaker.name == "Dana Kamin"
    assert last.content.text == "costs would fall next year"
    assert last.method == "verb_relative"


def test_relative_clause_after_an_appositive() -> None:
    text = (
        "Obama clashed with Mitch McConnell, now the majority leader, who in 2010 said the goal was to win."
    )
    (st,) = run(text)
    assert st.speaker.name == "Mitch McConnell"


def test_restrictive_relative_is_the_hearer_not_the_speaker() -> None:
    text = "Marc Morial told a young woman who suggested people may not vote that voting is the only way."
    assert not any("woman" in st.speaker.name for st in run(text))


def test_cue_coordinated_with_a_deed_is_no_report() -> None:
    assert run("Would you vote for a man, Hispanic or not, who said and did the same things?") == ()


def test_transcript_turn_runs_on_over_quoted_paragraphs() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"HOST: Will she be there?\n\n'
        '"PENCE: Well, she will not be attending. The debate is about the issues.\n\n'
        '"And the voters know that. They will see the choice on Monday.\n\n'
        '"HOST: Thank you, governor.'
    )
    turns = [st for st in run(text) if st.speaker.mention == "PENCE"]
    assert len(turns) == 1
    assert turns[0].content.text.endswith("They will see the choice on Monday")


def test_heading_run_into_the_text_is_no_antecedent() -> None:
    text = (
        "Kevin Marsh wrote a book on debt.\n\n"
        "THE BORROWING Back when he wrote his book, Mr. Marsh said that debt was a last resort.\n\n"
        "These days, he said, he is less strict about it."
    )
    assert all(st.speaker.name == "Kevin Marsh" for st in run(text))


def test_no_statement_date_after_the_article() -> None:
    article = ArticleRecord(
        text="The union said in March 2025 that the strike would go ahead.",
        published=datetime(2025, 2, 14),
        language="en",
    )
    (st,) = extract_english(article)
    assert st.date.value is None
