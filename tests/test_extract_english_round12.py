"""English extractor, round 12: a "they" taking up two names that opened the sentence before
("Ann Lee and Tom Reyes sent a letter. ... they wrote"), and a fronted source whose participle
phrase runs to its comma ("According to a report released on Monday by the institute, C").
Short sentences written for these tests; rows marked "held before" pass on the code of the start
of the round (38827fc), the others fail there."""

from __future__ import annotations

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord

#: A headline first: the first sentence of an article is never a "they"'s antecedent.
HEAD = "Bridge row.\n\n"


def run(text: str) -> tuple:
    return extract_english(ArticleRecord(text=HEAD + text, language="en"))


def pairs(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.content.text) for s in run(text)]


# --- "A and B sent a letter. ... they wrote": the two names the sentence before opened on ----

THEY_PAIR_ROWS = [
    (
        'Ann Lee and Tom Reyes sent a letter to the council on Thursday.\n\n"The bridge is unsafe," they wrote.',
        ("Lee and Reyes", "The bridge is unsafe"),
    ),
    (
        "Mr. Lee and Mr. Reyes met the mayor on Monday. They said the bridge was unsafe.",
        ("Lee and Reyes", "the bridge was unsafe"),
    ),
    (
        # a plural title before the names goes with them, not alone ("Senators")
        "Senators Ann Lee and Tom Reyes sent a letter on Thursday. They said the bridge was unsafe.",
        ("Lee and Reyes", "the bridge was unsafe"),
    ),
    (
        "Ann Lee and Tom Reyes, who lead the panel, sent a letter. They said the bridge was unsafe.",
        ("Lee and Reyes", "the bridge was unsafe"),
    ),
    (
        'But Ann Lee and Tom Reyes disagreed. "The bridge is unsafe," they said.',
        ("Lee and Reyes", "The bridge is unsafe"),
    ),
    (
        "Microsoft and Apple filed a brief on Monday. They said the rule was unfair.",
        ("Microsoft and Apple", "the rule was unfair"),
    ),
    (
        # one body whose name has an "and", not its last words alone
        "The Securities and Exchange Commission fined the bank. They said it had misled investors.",
        ("Securities and Exchange Commission", "it had misled investors"),
    ),
    # held before and must still hold: the pair speaks itself, and "they" goes on with it
    (
        "Lee and Reyes say the bridge is unsafe. They also say the council ignored them.",
        ("Lee and Reyes", "the council ignored them"),
    ),
]


@pytest.mark.parametrize(("text", "row"), THEY_PAIR_ROWS)
def test_they_takes_up_two_names_opening_the_sentence_before(text: str, row: tuple[str, str]) -> None:
    assert row in pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # all held before and must still hold: the names are no subject, or no pair of names
        ("In Dayton and Akron, voters are angry. They say the bridge is unsafe.", "voters"),
        (
            "After Lee and Reyes spoke, the protesters left. They said the bridge was unsafe.",
            "protesters",
        ),
        ("Because Lee and Reyes voted no, the bill failed. They said the bridge was unsafe.", "They"),
        ("Ann Lee and her husband sent a letter. They said the bridge was unsafe.", "They"),
        ("Lee's and Reyes's offices sent a letter. They said the bridge was unsafe.", "They"),
        ("The mayor met Ann Lee and Tom Reyes on Monday. They said the bridge was unsafe.", "They"),
        # a nearer subject that can speak is the "they"
        (
            "Ann Lee and Tom Reyes met the residents. The residents were angry. They said the bridge was unsafe.",
            "residents",
        ),
    ],
)
def test_they_without_a_pair_of_named_subjects_is_unchanged(text: str, speaker: str) -> None:
    assert [name for name, _content in pairs(text)] == [speaker]


# --- "According to a report released on Monday by X, C": the source runs to its comma -------

FRONTED_SOURCE_ROWS = [
    (
        "According to a report released on Monday by the Acme Institute, the bridge is unsafe.",
        ("Acme Institute", "the bridge is unsafe"),
    ),
    (
        "According to a study published in Nature, the drug is ineffective.",
        ("Nature", "the drug is ineffective"),
    ),
    (
        "According to a poll conducted last week, 40 percent of voters back Lee.",
        ("poll conducted", "40 percent of voters back Lee"),
    ),
    (
        "According to a complaint filed in federal court, the company hid losses.",
        ("complaint filed in federal court", "the company hid losses"),
    ),
    (
        # "May" is a month here, not a modal opening a clause
        "According to figures compiled by the ministry in May, exports fell 3 percent.",
        ("figures compiled by the ministry", "exports fell 3 percent"),
    ),
    (
        # the walk stopped before a participle that is also a cue: no "According to a memo" wrote
        "According to a memo written in May, the bridge is unsafe.",
        ("memo written", "the bridge is unsafe"),
    ),
    (
        "According to officials briefed on the plan, the bridge will close.",
        ("officials briefed on the plan", "the bridge will close"),
    ),
    # held before and must still hold: the phrase already reached its comma
    (
        "According to a lawsuit filed Monday, the company hid losses.",
        ("lawsuit filed", "the company hid losses"),
    ),
    (
        "According to people familiar with the talks, the bridge will close.",
        ("people familiar with the talks", "the bridge will close"),
    ),
]


@pytest.mark.parametrize(("text", "row"), FRONTED_SOURCE_ROWS)
def test_a_fronted_source_runs_to_its_comma(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # all held before and must still hold: no comma closes the phrase before a clause
        (
            "According to the report released in May the bridge was never inspected, and the mayor knew it.",
            "in May the bridge was never inspected, and the mayor knew it",
        ),
        # a postposed source: the content is before it
        (
            "Exports fell 3 percent in May, according to figures released by the ministry on Tuesday.",
            "Exports fell 3 percent in May",
        ),
        # no participle: a relative clause after the comma is left as it was
        (
            "According to the ministry, which released figures in May, exports fell.",
            "which released figures in May, exports fell",
        ),
    ],
)
def test_a_source_without_a_participle_phrase_is_unchanged(text: str, content: str) -> None:
    assert [c for _name, c in pairs(text)] == [content]


# --- "has long argued", "has since said": "long" and a perfect's "since" before a cue --------

LONG_SINCE_ROWS = [
    ("Lee has long argued the bridge is safe.", ("Lee", "the bridge is safe")),
    ("Critics have long argued that the bridge is unsafe.", ("Critics", "the bridge is unsafe")),
    ("Lee had long insisted the bridge was safe.", ("Lee", "the bridge was safe")),
    ("Critics long maintained that the bridge was unsafe.", ("Critics", "the bridge was unsafe")),
    ("Lee has since said the bridge is safe.", ("Lee", "the bridge is safe")),
    # held before and must still hold: a name "Long", an "-ly" adverb, and "since" opening a clause
    ("Huey Long said the bridge was safe.", ("Huey Long", "the bridge was safe")),
    ("Lee has repeatedly said the bridge is safe.", ("Lee", "the bridge is safe")),
    ("It has been a year since Lee said the bridge was safe.", ("Lee", "the bridge was safe")),
]


@pytest.mark.parametrize(("text", "row"), LONG_SINCE_ROWS)
def test_long_and_since_between_subject_and_cue(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]


# --- "as Lee put it", "C, as Lee noted.": a report closing with "as" -------------------------

AS_PUT_IT_ROWS = [
    ('As Tom Lee put it, "the bridge is safe."', ("Tom Lee", "the bridge is safe")),
    ("Or, as Tom Lee put it, the bridge is safe.", ("Tom Lee", "the bridge is safe")),
    ("As Tom Lee puts it, the bridge is safe.", ("Tom Lee", "the bridge is safe")),
    ("The bridge is safe, as Tom Lee put it.", ("Tom Lee", "The bridge is safe")),
    ('"The bridge is safe," as Tom Lee put it.', ("Tom Lee", "The bridge is safe")),
    ('Tom Lee put it bluntly: "The bridge is safe."', ("Tom Lee", "The bridge is safe")),
    ("The bridge is safe, as Tom Lee noted.", ("Tom Lee", "The bridge is safe")),
    ("The bridge is safe, as Tom Lee said on Monday.", ("Tom Lee", "The bridge is safe")),
    ("The bridge is safe, just as Tom Lee predicted.", ("Tom Lee", "The bridge is safe")),
    # the manner adverb before a colon is no content
    ('Tom Lee said bluntly: "The bridge is safe."', ("Tom Lee", "The bridge is safe")),
]


@pytest.mark.parametrize(("text", "row"), AS_PUT_IT_ROWS)
def test_a_report_closing_with_as(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # all held before and must still hold: "put it" with a place is a deed, "said" with an
        # object is no report of the clause before, and "as" after a clause that reports already
        "Tom Lee bought a lamp and put it in the window.",
        "As Tom Lee put it in the window, the lamp broke.",
        "The bridge shook, as Tom Lee said goodbye.",
    ],
)
def test_as_without_a_report_of_the_clause_reports_nothing(text: str) -> None:
    assert pairs(text) == []


def test_a_clause_that_reports_already_keeps_its_own_speaker() -> None:
    # held before and must still hold: the "as" clause reports no more than the members' echo
    text = "Members of the council echo her doubts, because the bridge is old, as one memo put it."
    assert [name for name, _content in pairs(text)] == ["Members of the council"]


def test_put_it_before_a_quotation_another_speaker_closes() -> None:
    # held before and must still hold: the quotation after the colon is Lee's
    assert pairs('He put it simply: "We will not pay for the bridge," Lee said.') == [
        ("Lee", "We will not pay for the bridge")
    ]


# --- 'said in a statement: "Q"': a colon after the cue's adverbials opens the content --------

COLON_AFTER_ADVERBIAL_ROWS = [
    (
        'Ann Lee said in a statement: "The bridge is safe. We inspected it in May."',
        ("Ann Lee", "The bridge is safe. We inspected it in May"),
    ),
    ('Ann Lee told reporters on Monday: "The bridge is safe."', ("Ann Lee", "The bridge is safe")),
    # at the end of its paragraph, the next paragraph is the content
    (
        'Ann Lee said in a statement:\n\n"The bridge is safe. We inspected it in May."',
        ("Ann Lee", "The bridge is safe. We inspected it in May"),
    ),
    (
        'Ann Lee told reporters on Monday:\n\n"The bridge is safe. We inspected it in May."',
        ("Ann Lee", "The bridge is safe. We inspected it in May"),
    ),
    (
        'Ann Lee wrote on Twitter:\n\n"The bridge is safe. We inspected it in May."',
        ("Ann Lee", "The bridge is safe. We inspected it in May"),
    ),
    # held before and must still hold: a colon inside the content, or right after the cue
    (
        "Ann Lee said on Monday that the plan had one flaw: it cost too much.",
        ("Ann Lee", "the plan had one flaw: it cost too much"),
    ),
    (
        "Ann Lee said on Monday the plan had one flaw: it cost too much.",
        ("Ann Lee", "the plan had one flaw: it cost too much"),
    ),
    ('Ann Lee said:\n\n"The bridge is safe."', ("Ann Lee", "The bridge is safe")),
]


@pytest.mark.parametrize(("text", "row"), COLON_AFTER_ADVERBIAL_ROWS)
def test_a_colon_after_the_cues_adverbials_opens_the_content(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]


# --- '"The bridge," Lee said, "is safe."': a quotation split inside its clause -------------

SPLIT_SHORT_ROWS = [
    ('"The bridge," Lee said, "is safe."', ("Lee", '"The bridge," Lee said, "is safe."')),
    ('"This," Lee said, "is a safe bridge."', ("Lee", '"This," Lee said, "is a safe bridge."')),
    ('"The bridge," Lee said on Monday, "is safe."', ("Lee", '"The bridge," Lee said on Monday, "is safe."')),
    # held before and must still hold: a first part long enough already
    (
        '"The bridge is safe," Lee said, "and it will stay open."',
        ("Lee", '"The bridge is safe," Lee said, "and it will stay open."'),
    ),
]


@pytest.mark.parametrize(("text", "row"), SPLIT_SHORT_ROWS)
def test_a_split_quotation_with_a_short_first_part(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # all held before and must still hold: a short quotation no quotation resumes
        '"No," Lee said.',
        '"Yes," Lee said, and the crowd cheered. "We did it."',
    ],
)
def test_a_short_quotation_alone_reports_nothing(text: str) -> None:
    assert pairs(text) == []


# --- "said little about the bridge", "said the same thing": talk with no claim in it --------


@pytest.mark.parametrize(
    "text",
    [
        "Lee said nothing about the bridge.",
        "Lee has said little about the bridge.",
        "Lee said much the same thing.",
        "Lee said something about the bridge.",
        "Lee said a lot about the bridge.",
        "Lee told reporters little about the bridge.",
        "Republicans have said the same thing, including Ann Lee.",
        "Lee said nothing and left.",
        # the idiom "say one's piece"
        "Once Lee has said his piece, he is ready to move on.",
        "Lee said her piece and left.",
    ],
)
def test_a_quantity_of_talk_reports_no_claim(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # all held before and must still hold: the quantity is a clause's subject
        ("Lee said nothing had changed.", ("Lee", "nothing had changed")),
        ("Lee said something was wrong with the bridge.", ("Lee", "something was wrong with the bridge")),
        ("Lee said much of the bridge was unsafe.", ("Lee", "much of the bridge was unsafe")),
        ("Lee said little had been done.", ("Lee", "little had been done")),
        ("Lee said the same thing would happen again.", ("Lee", "the same thing would happen again")),
        ("Lee said his piece of the bridge was unsafe.", ("Lee", "his piece of the bridge was unsafe")),
    ],
)
def test_a_quantity_opening_a_clause_is_reported(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]


# --- "told the local newspaper the bridge was safe": a second article opens the content -----

HEARER_ROWS = [
    ("Lee also told the newspaper the bridge was safe.", ("Lee", "the bridge was safe")),
    ("Lee told the local newspaper the bridge was safe.", ("Lee", "the bridge was safe")),
    ("Lee told the newspaper's editors the bridge was safe.", ("Lee", "the bridge was safe")),
    ("Lee told his closest aides a deal was near.", ("Lee", "a deal was near")),
    # held before and must still hold: a one-word hearer, and a hearer going on past "of"
    ("Lee told the committee the plan would fail.", ("Lee", "the plan would fail")),
    ("Lee told the head of the panel that the bridge was safe.", ("Lee", "the bridge was safe")),
    ("Lee told the Times the bridge was safe.", ("Lee", "the bridge was safe")),
]


@pytest.mark.parametrize(("text", "row"), HEARER_ROWS)
def test_a_whole_hearer_before_the_content(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]


# --- "maintains a program": "maintain" reports only with a clause --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Acme Center in Dover maintains a program to train young engineers.",
        "Lee maintained his lead in the polls.",
    ],
)
def test_maintain_with_a_plain_object_reports_nothing(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # all held before and must still hold: a that-clause, a clause, a postposed report
        ("Lee maintains that the bridge is safe.", ("Lee", "the bridge is safe")),
        ("Lee maintains the bridge is safe.", ("Lee", "the bridge is safe")),
        (
            "Lee maintained the old bridge would last another decade.",
            ("Lee", "the old bridge would last another decade"),
        ),
        ("The bridge is safe, Lee maintains.", ("Lee", "The bridge is safe")),
        ('"The bridge is safe," Lee maintained on Monday.', ("Lee", "The bridge is safe")),
        ('Lee has maintained: "The bridge is safe."', ("Lee", "The bridge is safe")),
    ],
)
def test_maintain_with_a_clause_reports(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]


# --- relative clauses: "which Lee says is safe," ends at its comma; "who Lee said" is Lee's ---

RELATIVE_ROWS = [
    ("The bridge, which Lee says is safe, was built in 1950.", ("Lee", "is safe")),
    ("The bridge — which Lee says is safe — was built in 1950.", ("Lee", "is safe")),
    ("Donations, which Lee said were illegal, went to the party.", ("Lee", "were illegal")),
    # a subject of its own after "who": the speaker is that subject, not the name before "who"
    ("Reyes, who Lee said was a liar, denied it.", ("Lee", "was a liar")),
    ("Reyes, who officials say was a liar, denied it.", ("officials", "was a liar")),
    # the relative clause's report ends before the sentence's own predicate
    ("Ann Lee, who said the bridge was safe, resigned on Monday.", ("Ann Lee", "the bridge was safe")),
    ("Ann Lee, who said the bridge was safe, is resigning.", ("Ann Lee", "the bridge was safe")),
    (
        "Ann Lee, who said the bridge, built in 1950, was safe, resigned.",
        ("Ann Lee", "the bridge, built in 1950, was safe"),
    ),
    # held before and must still hold: an adverbial after "who", no comma inside the clause
    ("Ann Lee, who in 2010 said the bridge was safe, resigned.", ("Ann Lee", "the bridge was safe")),
    ("Voters backed the plan, which Lee says will cut taxes.", ("Lee", "will cut taxes")),
]


@pytest.mark.parametrize(("text", "row"), RELATIVE_ROWS)
def test_reports_inside_relative_clauses(text: str, row: tuple[str, str]) -> None:
    assert pairs(text) == [row]
