"""English extractor, round 5: rounded numbers after a cue, carried infinitives, relative
clauses on a named body, the "that" look-ahead, sources named before or after a report,
verdict verbs, plural sentence openers, nested "it"/"they" reports. Short sentences written
for these tests."""

from __future__ import annotations

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord


def run(text: str) -> tuple:
    return extract_english(ArticleRecord(text=text, language="en"))


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.cue.text, s.content.text) for s in run(text)]


# --- "said about 20 people ...": a rounded number, not a topic -----------------------------------

ROUNDED_ROWS = [
    ("Olsen has said about 20 people applied for the post.", "about 20 people applied for the post"),
    (
        "Mayor Reyes said about $5 million was spent on the bridge.",
        "about $5 million was spent on the bridge",
    ),
    (
        "Olsen said over half of the votes were counted by noon.",
        "over half of the votes were counted by noon",
    ),
]


@pytest.mark.parametrize(("text", "content"), ROUNDED_ROWS)
def test_rounded_number_after_the_cue_opens_the_content(text: str, content: str) -> None:
    (found,) = triples(text)
    assert found[2] == content


TOPIC_ROWS = [
    "Olsen said about the post that it was open.",
    "Olsen asked about the new budget at the meeting.",
]


@pytest.mark.parametrize("text", TOPIC_ROWS)
def test_about_a_topic_is_still_no_statement(text: str) -> None:
    assert triples(text) == []


# --- "continues to insist": the infinitive is the report ----------------------------------------

CARRIED_ROWS = [
    ("The governor continues to insist that the bridge will open on time.", "governor", "insist"),
    ("Mayor Reyes has continued to deny that the port will be sold.", "Reyes", "deny"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), CARRIED_ROWS)
def test_continue_to_carries_the_cue(text: str, speaker: str, cue: str) -> None:
    (found,) = triples(text)
    assert speaker in found[0]
    assert found[1] == cue


@pytest.mark.parametrize(
    "text",
    [
        "She refused to say whether the bridge will open on time.",
        "He has yet to explain why the port was sold.",
    ],
)
def test_other_infinitives_are_no_statement(text: str) -> None:
    assert triples(text) == []


# --- relative clauses on a named body, and a name opening the sentence ----------------------------


def test_which_clause_on_a_named_body_speaks_for_it() -> None:
    found = triples(
        "The fine was imposed by the Harbor Board, which contended that the firm had hidden its profits."
    )
    assert found == [("Harbor Board", "contended", "the firm had hidden its profits")]


def test_which_as_an_object_is_not_the_speaker() -> None:
    found = triples("It tested a rocket, which state media claimed could reach the coast of the island.")
    assert all(speaker != "rocket" for speaker, _cue, _content in found)


def test_name_opening_the_sentence_past_a_which_clause_is_the_subject() -> None:
    found = triples(
        "Nora Quint, a Dover-based lawyer and spokeswoman for the Harbor Alliance, which represents"
        " shipping firms, said the new fees would hurt small ports."
    )
    assert found == [("Nora Quint", "said", "the new fees would hurt small ports")]


# --- the "that" look-ahead crosses adverbials, not a noun phrase ---------------------------------

THAT_ROWS = [
    # (text, content); the last three held before and must still hold
    (
        "Brunner said many of the cases that critics cite were old.",
        "many of the cases that critics cite were old",
    ),
    ("Brunner said in an interview on Tuesday that the cases were old.", "the cases were old"),
    ("Brunner said privately that the cases were old.", "the cases were old"),
    ("The coach warned reporters that the team would rest.", "the team would rest"),
]


@pytest.mark.parametrize(("text", "content"), THAT_ROWS)
def test_that_look_ahead(text: str, content: str) -> None:
    assert triples(text)[0][2] == content


# --- "according to X, Y said ...": X's report and Y's words, two statements ---------------------


def test_source_before_a_report_gets_a_statement_of_its_own() -> None:
    outlet, speaker = run(
        "According to the Dunmore Gazette, Oskar Lind said on Friday that taxes would fall next year."
    )
    assert (outlet.speaker.name, outlet.method) == ("Dunmore Gazette", "according_to")
    assert outlet.content.text == "Oskar Lind said on Friday that taxes would fall next year"
    assert (speaker.speaker.name, speaker.via) == ("Oskar Lind", "Dunmore Gazette")


def test_source_after_a_report_gets_a_statement_of_its_own() -> None:
    found = triples(
        "Police have said they have no plans to release the video, according to lawyers for the family."
    )
    assert (
        "lawyers for the family",
        "according to",
        "Police have said they have no plans to release the video",
    ) in found
    assert ("Police", "said", "they have no plans to release the video") in found


def test_according_to_without_a_report_is_one_statement() -> None:
    assert triples("According to the clerk, the office will close at noon on Friday.") == [
        ("clerk", "According to", "the office will close at noon on Friday")
    ]


SOURCE_PHRASE_ROWS = [
    ("As stated in Ruiz's column, there are many open questions about the deal.", "Ruiz", "As stated in"),
    (
        "As reported by the Dunmore Gazette, the mill will close in the spring.",
        "Dunmore Gazette",
        "As reported by",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), SOURCE_PHRASE_ROWS)
def test_as_stated_in_names_a_source(text: str, speaker: str, cue: str) -> None:
    (found,) = triples(text)
    assert speaker in found[0]
    assert found[1] == cue


# --- "charges that" ---------------------------------------------------------------------------


def test_charges_that_is_a_report() -> None:
    found = triples("Trump charges that countries that backed the deal gave money to the foundation.")
    assert found == [("Trump", "charges", "countries that backed the deal gave money to the foundation")]


@pytest.mark.parametrize(
    "text",
    [
        "He faces charges that he stole money from the fund.",
        "The company charges a fee for every late payment.",
    ],
)
def test_charges_as_a_noun_or_a_price_is_no_statement(text: str) -> None:
    assert triples(text) == []


# --- verdicts: low-confidence statements, like naming --------------------------------------------

VERDICT_ROWS = [
    ("Critics blasted the plan as a giveaway to developers.", "Critics"),
    ("Mayor Reyes questioned the count of the ballots in the third ward.", "Reyes"),
    ("The union criticized the board for its handling of the strike.", "union"),
    ("Senator Webb endorsed the bill to fund rural clinics.", "Webb"),
]


@pytest.mark.parametrize(("text", "speaker"), VERDICT_ROWS)
def test_verdict_is_a_low_confidence_statement(text: str, speaker: str) -> None:
    (st,) = run(text)
    assert st.method == "verb_verdict"
    assert st.confidence <= 0.5
    assert speaker in st.speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "One question has emerged about the size of the fund.",
        "The attack on the base came at night.",
        "Praise for the plan came from every side of the council.",
    ],
)
def test_verdict_nouns_are_no_statement(text: str) -> None:
    assert triples(text) == []


# --- plural nouns opening a sentence are no names -------------------------------------------------


def test_plural_opener_is_a_group_not_a_person() -> None:
    statements = run(
        "Delegates questioned how the senator could break his pledge to the party. Senator Amos Webb"
        ' spoke next. "The day the pledge broke was the day this became personal," he said.'
    )
    assert statements[0].speaker.kind == "group"
    assert statements[-1].speaker.name == "Amos Webb"


def test_capitalised_plural_head_is_taken_up_by_they() -> None:
    found = triples(
        "Proponents, including the state bar, have urged the council to keep the rule, although they"
        " say they want some changes."
    )
    assert ("Proponents", "say", "they want some changes") in found


def test_name_opening_a_sentence_is_still_a_name() -> None:
    found = triples("Marsh said the plan would fail. Marsh added that the city had no money left for it.")
    assert [s for s, _c, _t in found] == ["Marsh", "Marsh"]
    assert all(st.speaker.kind == "person" for st in run("Marsh said the plan would fail within the year."))


# --- "After saying C, X ..." ------------------------------------------------------------------


def test_participle_after_a_time_word_speaks_for_the_subject() -> None:
    found = triples("After saying the port would stay open, Mayor Reyes left the hall.")
    assert found == [("Reyes", "saying", "the port would stay open")]


def test_time_word_without_a_participle_is_no_statement() -> None:
    assert triples("After she spoke, Mayor Reyes left the hall.") == []


# --- "it"/"they" reporting inside another statement ---------------------------------------------

NESTED_ROWS = [
    ("She says it underscores that the rules are far too weak for the port.", 1),
    ("The statement noted they had said they would act if the test went ahead.", 1),
    # A person pronoun inside is another statement's report, kept (a name stays too).
    ("Olsen said Mayor Reyes told the board that the rules were far too weak.", 2),
]


@pytest.mark.parametrize(("text", "count"), NESTED_ROWS)
def test_nested_it_or_they_is_part_of_the_content(text: str, count: int) -> None:
    assert len(run(text)) == count


# --- a document or body before ", which" / "-- which" ------------------------------------------

DOCUMENT_ROWS = [
    ("Critics cite the report, which says that rents rose by a third in two years.", "report"),
    (
        "Instead, the study -- which notes that 58 firms would owe more in taxes -- should alarm voters.",
        "study",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DOCUMENT_ROWS)
def test_which_after_a_document_speaks_for_it(text: str, speaker: str) -> None:
    assert any(s == speaker and c in {"says", "notes"} for s, c, _t in triples(text))


def test_restrictive_which_after_a_document_is_no_source() -> None:
    assert all(s != "study" for s, _c, _t in triples("He read the study which notes that taxes rose."))


# --- a participle and its quotation, across adverbials ------------------------------------------


def test_named_participle_reaches_its_quotation_across_adverbials() -> None:
    found = triples(
        'The film ends with footage of Lind saying during the debate last week, "That makes me smart."'
    )
    assert found == [("Lind", "saying", "That makes me smart")]


def test_named_participle_without_a_quotation_is_no_statement() -> None:
    assert triples('The ad shows Ada Krell asking the crowd for money, "today."') == []


def test_quotation_keeps_its_opening_that() -> None:
    found = triples('Mayor Reyes said: "That is the plan we will follow for the port."')
    assert found[0][2] == "That is the plan we will follow for the port"


# --- "responded with", "aside from saying", "Jr.", a comma inside the closing quotation -------


def test_responded_with_reports_the_response() -> None:
    found = triples("Mayor Ellis has responded with attacks on the board, including Friday's letters.")
    assert found == [("Ellis", "responded", "with attacks on the board, including Friday's letters")]


def test_responded_to_is_still_no_statement() -> None:
    assert triples("He responded to the letter on Monday.") == []


def test_aside_from_saying_speaks_for_the_subject() -> None:
    found = triples("Olsen refuses to name them, aside from saying he wants a broad field.")
    assert found == [("Olsen", "saying", "he wants a broad field")]


def test_name_ending_in_jr_is_the_subject() -> None:
    found = triples(
        "Chief Justice John G. Roberts Jr. spoke of the legacy of racism and how the fight went on."
    )
    assert found
    assert found[0][0] == "John G Roberts Jr"


def test_opening_participle_ends_at_a_comma_inside_the_quotation() -> None:
    statements = run(
        'Ann Marsh spoke first. After saying her foot was "so swollen I could not walk," she was taken'
        " to the hospital for tests."
    )
    st = statements[-1]
    assert (st.speaker.name, st.cue.text) == ("Ann Marsh", "saying")
    assert st.content.text == 'her foot was "so swollen I could not walk,"'


# --- "a rule they say could ...": a report inside a noun phrase ---------------------------------


def test_report_inside_a_reduced_relative_is_no_statement() -> None:
    found = triples("Critics say the plan is vague, including a rule they say could exclude renters.")
    assert found == [("Critics", "say", "the plan is vague, including a rule they say could exclude renters")]


def test_parenthetical_they_say_between_commas_is_kept() -> None:
    found = triples("The rule, they say, could exclude renters from the new plan.")
    assert [(s, c) for s, c, _t in found] == [("they", "say")]


# --- "warned against X" ------------------------------------------------------------------------


def test_warned_against_is_a_report_and_splits_a_coordination() -> None:
    found = triples("Mayor Ellis said she would order a review and warned against cuts to the fire service.")
    assert found == [
        ("Ellis", "said", "she would order a review"),
        ("Ellis", "warned", "against cuts to the fire service"),
    ]


def test_against_after_other_cues_still_blocks() -> None:
    assert triples("The council voted against the new bridge over the river.") == []


# --- "Jane Ruiz of the Harbor Institute said": the person speaks, the body is an affiliation ----

AFFILIATION_ROWS = [
    ("Jane Ruiz of the Harbor Institute said the debate was over for the governor.", "Jane Ruiz"),
    ("Dan Moore at the National Review said the debate was over for the governor.", "Dan Moore"),
    ("Professor Larry Sabato of the University of Virginia said the race was over.", "Larry Sabato"),
]


@pytest.mark.parametrize(("text", "speaker"), AFFILIATION_ROWS)
def test_person_before_an_affiliation_is_the_speaker(text: str, speaker: str) -> None:
    (st,) = run(text)
    assert st.speaker.name == speaker
    assert st.speaker.kind == "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials at the State Department said the talks with the union had failed.", "State Department"),
        ("A spokesman for the Harbor Board said the plan would cost too much.", "Harbor Board"),
    ],
)
def test_unnamed_source_at_a_body_is_still_the_body(text: str, speaker: str) -> None:
    (st,) = run(text)
    assert st.speaker.name == speaker


# --- "told CNN the plan would ...": the hearer ends where the content's subject begins -----------

HEARER_ROWS = [
    (
        "Smith told CNN the plan would raise taxes on the middle class.",
        "the plan would raise taxes on the middle class",
    ),
    (
        "Smith told reporters the plan would raise taxes on the middle class.",
        "the plan would raise taxes on the middle class",
    ),
    # Held before and must still hold: an article inside the hearer's own phrase.
    ("Smith told the head of the panel that the plan would raise taxes.", "the plan would raise taxes"),
]


@pytest.mark.parametrize(("text", "content"), HEARER_ROWS)
def test_hearer_ends_before_the_contents_subject(text: str, content: str) -> None:
    assert triples(text) == [("Smith", "told", content)]
