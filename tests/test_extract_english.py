"""Table-driven tests of the English attribution extractor (`tracker.extract.english`).

Every sentence here was written for these tests. Each row names what must be found
(speaker name, a piece of the content) or that nothing may be found.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord, StatementRecord


def make_en_article(text: str, published: datetime | None = datetime(2025, 2, 14, 9, 0)) -> ArticleRecord:
    return ArticleRecord(text=text, title=None, published=published, language="en", source_path="t.txt")


def run(text: str, **kw) -> tuple[StatementRecord, ...]:
    statements = extract_english(make_en_article(text, **kw))
    for st in statements:  # the span contract holds for every row of every table
        for span in (st.cue, st.content, *st.direct_quotes, *([st.speaker.span] if st.speaker.span else [])):
            assert text[span.start : span.end] == span.text
    return statements


# --- reporting verbs, in the positions the brief lists ----------------------------------------

VERB_ROWS = [
    # (text, speaker name, content must contain, content must not contain)
    ("Marta Ellison said the bridge would reopen in March.", "Marta Ellison", "bridge would reopen", "said"),
    (
        "The bridge would reopen in March, Marta Ellison said.",
        "Marta Ellison",
        "bridge would reopen",
        "Ellison",
    ),
    ("The bridge would reopen in March, said Marta Ellison.", "Marta Ellison", "bridge would reopen", "said"),
    (
        "Marta Ellison said on Tuesday that the bridge would reopen.",
        "Marta Ellison",
        "bridge would reopen",
        "Tuesday",
    ),
    (
        "Marta Ellison, the transport minister of Norland, said the bridge would reopen.",
        "Marta Ellison",
        "bridge would reopen",
        "minister",
    ),
    ("Marta Ellison told Reuters that the tolls would stay.", "Marta Ellison", "tolls would stay", "Reuters"),
    (
        "Marta Ellison warned that the tolls could double next year.",
        "Marta Ellison",
        "tolls could double",
        None,
    ),
    ("Marta Ellison insisted the tolls were fair.", "Marta Ellison", "tolls were fair", None),
    (
        "Marta Ellison denied that the contract had been rigged.",
        "Marta Ellison",
        "contract had been rigged",
        None,
    ),
    ("Marta Ellison tweeted that the vote was a disgrace.", "Marta Ellison", "vote was a disgrace", None),
    ("Marta Ellison has argued that the levy is unfair to farmers.", "Marta Ellison", "levy is unfair", None),
    (
        "Marta Ellison pointed out that the road had been closed twice.",
        "Marta Ellison",
        "road had been closed",
        None,
    ),
    (
        "According to Marta Ellison, the bridge will reopen in March.",
        "Marta Ellison",
        "bridge will reopen",
        None,
    ),
    (
        "The bridge will reopen in March, according to Marta Ellison.",
        "Marta Ellison",
        "bridge will reopen",
        "according",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "has", "lacks"), VERB_ROWS)
def test_reporting_verb_positions(text: str, speaker: str, has: str, lacks: str | None) -> None:
    statements = run(text)
    assert len(statements) == 1, statements
    st = statements[0]
    assert st.speaker.name == speaker
    assert has in st.content.text
    if lacks:
        assert lacks not in st.content.text
    assert st.content.text.strip() == st.content.text
    assert 0.0 <= st.confidence <= 1.0


def test_appositive_role_goes_to_role() -> None:
    (st,) = run("Marta Ellison, the transport minister of Norland, said the bridge would reopen.")
    assert st.speaker.role is not None
    assert "transport minister" in st.speaker.role
    assert st.speaker.kind == "person"


def test_title_goes_to_role_not_name() -> None:
    (st,) = run("Prime Minister Oskar Lind said the budget was balanced.")
    assert st.speaker.name == "Oskar Lind"
    assert st.speaker.role is not None
    assert "Prime Minister" in st.speaker.role


# --- quotations ------------------------------------------------------------------------------

QUOTE_ROWS = [
    # (text, speaker, content piece, kind)
    (
        "“We will not raise taxes this year,” Oskar Lind said.",
        "Oskar Lind",
        "We will not raise taxes",
        "direct",
    ),
    (
        '"We will not raise taxes this year," said Oskar Lind.',
        "Oskar Lind",
        "We will not raise taxes",
        "direct",
    ),
    (
        "Oskar Lind said, “We will not raise taxes this year.”",
        "Oskar Lind",
        "We will not raise taxes",
        "direct",
    ),
    ('Oskar Lind: "We will not raise taxes this year."', "Oskar Lind", "We will not raise taxes", "direct"),
    (
        "Oskar Lind said the plan was “a first step toward balance” for the region.",
        "Oskar Lind",
        "first step",
        "mixed",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "piece", "kind"), QUOTE_ROWS)
def test_direct_quotes(text: str, speaker: str, piece: str, kind: str) -> None:
    (st,) = run(text)
    assert st.speaker.name == speaker
    assert piece in st.content.text
    assert st.kind == kind
    assert st.direct_quotes
    assert not st.content.text.startswith(("“", '"'))


def test_split_quote_is_one_statement_over_both_parts() -> None:
    text = "“The first part is done,” she said, “and the second part starts in May.”"
    (st,) = run("Greta Holm opened the depot on Monday.\n\n" + text)
    assert st.speaker.name == "Greta Holm"
    assert "first part is done" in st.content.text
    assert "second part starts" in st.content.text


def test_floating_quote_paragraph_inherits_speaker() -> None:
    text = (
        "“Nobody expected the river to rise so fast,” said Ansel Brook, the mayor of Dunmore.\n\n"
        "“We moved the families out by midnight and nobody was hurt.”\n\n"
        "The council met again on Friday."
    )
    statements = run(text)
    assert [s.speaker.name for s in statements] == ["Ansel Brook", "Ansel Brook"]
    assert "moved the families" in statements[1].content.text
    assert statements[1].method == "floating_quote"


def test_quote_paragraph_without_prior_statement_is_not_a_statement() -> None:
    assert run("“We moved the families out by midnight and nobody was hurt.”\n\nThe council met again.") == ()


# --- pronouns, short names, roles ---------------------------------------------------------------

RESOLUTION_ROWS = [
    (
        "Foreign Minister Helena Garneau arrived in Oslo on Monday. She said the talks had stalled.",
        "Helena Garneau",
    ),
    ("Helena Garneau arrived in Oslo on Monday. Garneau said the talks had stalled.", "Helena Garneau"),
    (
        "Foreign Minister Helena Garneau arrived in Oslo on Monday. The minister said the talks had stalled.",
        "Helena Garneau",
    ),
    ("Mr. Tobias Renn spoke first. Later he said the talks had stalled.", "Tobias Renn"),
    (
        "The Harbor Authority published its figures. It said cargo volumes had fallen by a third.",
        "Harbor Authority",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), RESOLUTION_ROWS)
def test_pronouns_and_short_names_resolve_to_full_name(text: str, speaker: str) -> None:
    statements = run(text)
    assert statements, text
    assert statements[-1].speaker.name == speaker
    assert statements[-1].speaker.name.lower() not in {"he", "she", "it", "they"}


def test_pronoun_agrees_in_gender_with_title() -> None:
    text = (
        "Ms. Ilse Varga met Mr. Pavel Dorn in Vienna. She said the deal was close. He said there was no deal."
    )
    statements = run(text)
    assert [s.speaker.name for s in statements] == ["Ilse Varga", "Pavel Dorn"]


# --- organisations, groups, unnamed sources -----------------------------------------------------

SOURCE_ROWS = [
    ("Officials said the border would stay closed.", "group"),
    ("A source familiar with the talks said the border would stay closed.", "unnamed"),
    ("The Ministry of Transport said the border would stay closed.", "organization"),
    ("The Dunmore Gazette reported that the border would stay closed.", "media"),
    ("Two diplomats said the border would stay closed.", "group"),
]


@pytest.mark.parametrize(("text", "kind"), SOURCE_ROWS)
def test_source_kinds(text: str, kind: str) -> None:
    (st,) = run(text)
    assert st.speaker.kind == kind
    assert "border would stay closed" in st.content.text
    assert not st.speaker.name.lower().startswith(("a ", "the "))


# --- negatives: no cue, no statement ------------------------------------------------------------

NEGATIVE_ROWS = [
    "The bridge reopened in March after two years of repairs.",
    "The so-called “peace plan” was never put to a vote.",
    "The claims were investigated by the board.",
    "She was told to leave the building.",
    "He plans to say more about the budget next week.",
    "The said agreement expired in 2019.",
    "His early tweets caused a stir in the capital.",
    "Residents were worried about the flooding.",
    "",
    "   \n\n  ",
]


@pytest.mark.parametrize("text", NEGATIVE_ROWS)
def test_no_statement_without_a_cue(text: str) -> None:
    assert run(text) == ()


def test_scare_quote_inside_a_statement_is_not_a_direct_quote() -> None:
    (st,) = run("Oskar Lind said the so-called “reform” would cost jobs across the north.")
    assert st.direct_quotes == ()
    assert st.kind == "indirect"


# --- dates ------------------------------------------------------------------------------------

DATE_ROWS = [
    # article published Friday 2025-02-14
    ("Oskar Lind said on Tuesday that taxes would fall.", date(2025, 2, 11), "day", "weekday"),
    ("Oskar Lind said yesterday that taxes would fall.", date(2025, 2, 13), "day", "relative"),
    ("Oskar Lind said on Feb. 6 that taxes would fall.", date(2025, 2, 6), "day", "explicit"),
    ("On 6 February, Oskar Lind said taxes would fall.", date(2025, 2, 6), "day", "explicit"),
    ("Oskar Lind said taxes would fall.", None, None, "none"),
    ("Oskar Lind said taxes would fall by March 3.", None, None, "none"),
]


@pytest.mark.parametrize(("text", "value", "precision", "basis"), DATE_ROWS)
def test_statement_dates(text: str, value: date | None, precision: str | None, basis: str) -> None:
    (st,) = run(text)
    assert st.date.value == value
    assert st.date.precision == precision
    assert st.date.basis == basis


def test_no_reference_date_means_no_weekday_date() -> None:
    (st,) = run("Oskar Lind said on Tuesday that taxes would fall.", published=None)
    assert st.date.value is None


def test_follow_up_statement_shares_the_report_date() -> None:
    text = "Oskar Lind said on Tuesday that taxes would fall. He added that spending would rise."
    statements = run(text)
    assert [s.date.value for s in statements] == [date(2025, 2, 11), date(2025, 2, 11)]
    assert statements[1].date.basis == "report"


def test_participle_adding_starts_a_second_statement() -> None:
    text = "Oskar Lind said taxes would fall, adding that spending on roads would rise."
    statements = run(text)
    assert len(statements) == 2
    assert {s.speaker.name for s in statements} == {"Oskar Lind"}
    assert "adding" not in statements[0].content.text
    assert "spending on roads" in statements[1].content.text


def test_relayed_speech_keeps_the_outlet_as_via() -> None:
    # The outlet's own report ("Oskar Lind said ...") is a second statement: see round 5.
    st, outlet = run("Oskar Lind said taxes would fall next year, according to the Dunmore Gazette.")
    assert st.speaker.name == "Oskar Lind"
    assert st.via == "Dunmore Gazette"
    assert "according" not in st.content.text
    assert (outlet.speaker.name, outlet.method) == ("Dunmore Gazette", "according_to")


def test_output_is_deterministic() -> None:
    text = "Oskar Lind said taxes would fall. “It is time,” he said. Officials said nothing had been decided."
    assert run(text) == run(text)


RELATIVE_ROWS = [
    (
        "A senior official who spoke on condition of anonymity said the talks had collapsed.",
        "senior official",
    ),
    ("Two officials, speaking on condition of anonymity, said the talks had collapsed.", "officials"),
    (
        (
            "Dana Whitcombe, an adviser to the campaign on trade and an associate professor at Harlow "
            "College of Law and Economics, said that the talks had collapsed."
        ),
        "Dana Whitcombe",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), RELATIVE_ROWS)
def test_relative_clauses_and_long_appositives_are_skipped(text: str, speaker: str) -> None:
    (st,) = run(text)
    assert speaker in st.speaker.name
    assert st.content.text.startswith("the talks had collapsed")


def test_party_tag_in_parentheses_is_skipped() -> None:
    (st,) = run("Rep. Nora Quill (D-Vt.) said the hearing would go ahead.")
    assert st.speaker.name == "Nora Quill"
    assert st.content.text == "the hearing would go ahead"


def test_party_tag_between_commas_is_skipped() -> None:
    (st,) = run("Senate leader Ewan Marsh, R-Ky., said the vote would be held on Monday.")
    assert st.speaker.name == "Ewan Marsh"
    assert st.content.text.startswith("the vote would be held")


def test_two_named_sources_make_a_group_that_they_resolves_to() -> None:
    text = "Mr. Hal Grove and Ms. Ida Penn say the law is flawed. The rules are too loose, they say."
    statements = run(text)
    assert [s.speaker.name for s in statements] == ["Grove and Penn", "Grove and Penn"]
    assert statements[0].speaker.kind == "group"


def test_outlet_named_today_is_not_a_date() -> None:
    (st,) = run("“We will appeal,” Oskar Lind told Harbor Today.")
    assert st.date.value is None


def test_described_appositive_and_pronoun_after_the_verb() -> None:
    (st,) = run("Even Norland, the island's only ally, said it was firmly opposed to the test.")
    assert st.speaker.name == "Norland"
    assert st.content.text == "it was firmly opposed to the test"


@pytest.mark.parametrize(
    "text",
    [
        "When the council cut the funds two years later, Norland said enough.",
        "They learned of it on Friday and almost immediately disclosed the papers.",
    ],
)
def test_no_statement_from_idioms_or_adverbs(text: str) -> None:
    assert run(text) == ()


def test_dateline_is_not_content_and_titled_subject_is_the_pronoun_antecedent() -> None:
    text = (
        "OTTAWA — Transit funding will double next year, Minister Claire Beaulieu said on Monday.\n\n"
        "Toronto Mayor Daniel Okafor called the plan a first step.\n\n"
        "“It is not enough,” he said."
    )
    first, naming, second = run(text, published=datetime(2025, 3, 4, 10))
    assert first.content.text.startswith("Transit funding")
    assert first.speaker.name == "Claire Beaulieu"
    assert naming.method == "verb_naming"
    assert second.speaker.name == "Daniel Okafor"


def test_party_plural_is_a_group() -> None:
    (st,) = run("The Conservatives said the plan had no accountability.")
    assert st.speaker.kind == "group"


CALL_ROWS = [
    ("Oskar Lind called for an inquiry into the contract.", "an inquiry into the contract"),
    ("Oskar Lind called on the council to publish the contract.", "the council to publish the contract"),
]


@pytest.mark.parametrize(("text", "content"), CALL_ROWS)
def test_calls_are_extracted(text: str, content: str) -> None:
    (st,) = run(text)
    assert st.content.text == content


def test_called_on_a_weekday_is_not_an_appeal() -> None:
    assert run("Oskar Lind called on Tuesday to complain about the noise.") == ()


def test_narration_after_the_content_is_cut() -> None:
    (st,) = run("Oskar Lind said the levy was fair, although he again refused to publish the figures.")
    assert st.content.text == "the levy was fair"


APPOSITIVE_EXTRA_ROWS = [
    ("“They are trying to silence us,” Ada Moss, 25, said as the march went on.", "Ada Moss"),
    ("''The fund will grow next year,'' said Piet Muller, a spokesman for the bank.", "Piet Muller"),
]


@pytest.mark.parametrize(("text", "speaker"), APPOSITIVE_EXTRA_ROWS)
def test_ages_and_double_apostrophe_quotes(text: str, speaker: str) -> None:
    (st,) = run(text)
    assert st.speaker.name == speaker
    assert st.kind == "direct"


def test_participle_without_a_cue_verb_takes_the_sentence_subject() -> None:
    text = "Attorney General Rosa Vint (D) asked on Friday for the tapes, saying that openness builds trust."
    (st,) = run(text)
    assert st.speaker.name == "Rosa Vint"
    assert st.content.text == "openness builds trust"


@pytest.mark.parametrize(
    "text",
    [
        "In a long message posted Friday on the site of the club the members chose a new chair.",
        "Having said that, the budget is still short by a third.",
    ],
)
def test_no_subject_from_prepositions_or_idioms(text: str) -> None:
    assert run(text) == ()


def test_slash_in_a_descriptive_name() -> None:
    (st,) = run("“They are wrong,” said 9/11 widow Terry Strand.")
    assert st.speaker.name == "Terry Strand"


def test_date_right_after_the_cue_leaves_the_content() -> None:
    (st,) = run("Oskar Lind said Tuesday the plant would close by the summer.")
    assert st.content.text == "the plant would close by the summer"
    assert st.date.value == date(2025, 2, 11)


def test_according_to_outlet_before_the_speaker_is_via() -> None:
    outlet, st = run("According to the Dunmore Gazette, Oskar Lind said on Friday that taxes would fall.")
    assert st.speaker.name == "Oskar Lind"
    assert st.via == "Dunmore Gazette"
    assert outlet.speaker.name == "Dunmore Gazette"


def test_introductory_participle_is_not_part_of_the_content() -> None:
    (st,) = run("Asked whether he would run again, Oskar Lind said he had not decided.")
    assert st.content.text == "he had not decided"


def test_colon_after_an_introductory_clause_keeps_the_quote_only() -> None:
    (st,) = run("As the crowd chanted his name, Oskar Lind said: “This is your victory.”")
    assert st.content.text == "This is your victory"


def test_noun_clause_is_not_a_report() -> None:
    assert run("What he said was unclear to the committee.") == ()


def test_age_then_relative_clause_before_the_verb() -> None:
    text = "Hal Grove, 56, who has served on the committee for a decade, told the Harbor Times it is clear."
    (st,) = run(text)
    assert st.speaker.name == "Hal Grove"
    assert st.content.text == "it is clear"


def test_hearer_with_a_relative_clause_is_not_content() -> None:
    assert run("Hal Grove firmly told a young woman who asked about the vote to sit down.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "“The plan is a disgrace to the whole valley.” ― Rosa Vint",
        "”The plan is a disgrace to the whole valley.”\u00a0― Rosa Vint",
        '"The plan is a disgrace to the whole valley." — Rosa Vint.',
    ],
)
def test_quote_signed_with_a_dash(text: str) -> None:
    (st,) = run(text)
    assert st.speaker.name == "Rosa Vint"
    assert st.content.text.startswith("The plan is a disgrace")
