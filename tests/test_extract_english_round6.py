"""English extractor, round 6: "and" inside a source's name after "according to". Short
sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord


def run(text: str) -> tuple:
    return extract_english(ArticleRecord(text=text, language="en"))


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.cue.text, s.content.text) for s in run(text)]


# --- "according to the Securities and Exchange Commission": one source, not a source and a clause -

ACCORDING_AND_ROWS = [
    (
        (
            "According to a complaint filed by the federal Securities and Exchange Commission,"
            " the firm hid its losses."
        ),
        "Securities and Exchange Commission",
        "the firm hid its losses",
    ),
    (
        "According to Ruiz and Olsen, the port was sold in March.",
        "Ruiz and Olsen",
        "the port was sold in March",
    ),
    (
        # a second source after "and" runs on to the comma; the first is the speaker
        "According to a complaint by the Harbor Board and a letter from the mayor, the port was sold.",
        "Harbor Board",
        "the port was sold",
    ),
    # held before and must still hold: "and" then a lowercase word is not part of a name
    (
        "According to the clerk, the office and the library will close.",
        "clerk",
        "the office and the library will close",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), ACCORDING_AND_ROWS)
def test_and_inside_the_source_after_according_to(text: str, speaker: str, content: str) -> None:
    ((name, cue, found),) = triples(text)
    assert (name, cue, found) == (speaker, "According to", content)


def test_and_between_a_body_and_a_clause_is_not_one_name() -> None:
    found = triples('"The fund broke the rules," said the Harbor Board and Olsen agreed.')
    assert found[0][0] == "Harbor Board"


# --- "demands", "calls", "replies", "forecasts": plural nouns as often as verbs --------------------

NOUN_HOMOGRAPH_ROWS = [
    # (text, the speakers expected)
    ("Olsen said the nonstop demands that come with the job wear people down.", ["Olsen"]),
    ("The loud calls for a recount grew louder on Friday.", []),
    ("The union demands that the port stay open.", ["union"]),
    ("The fund forecasts that growth will slow next year.", ["fund"]),
    ("Mayor Reyes calls for a recount of the third ward.", ["Reyes"]),
]


@pytest.mark.parametrize(("text", "speakers"), NOUN_HOMOGRAPH_ROWS)
def test_noun_or_verb_by_what_stands_before_it(text: str, speakers: list[str]) -> None:
    assert [name for name, _cue, _content in triples(text)] == speakers


def test_a_second_verb_after_and_keeps_its_subject() -> None:
    found = triples("Olsen thanked the crowd and calls the vote a win for the port.")
    assert [(name, cue) for name, cue, _content in found] == [("Olsen", "calls")]


# --- "..., the report says. It also notes ...": "it" takes up the document just quoted ----------

IT_DOCUMENT_TEXT = (
    "The Harbor Institute studied the filings of the Dover Port Authority.\n\n"
    '"The board only asks for large sums to be listed," the report says.\n\n'
    'It also points out that "the fines are so light" that firms pay them gladly.'
)


def test_it_takes_up_the_document_just_quoted() -> None:
    found = triples(IT_DOCUMENT_TEXT)
    assert [name for name, _cue, _content in found] == ["report", "report"]


def test_they_does_not_take_up_a_document() -> None:
    found = triples(
        "The Harbor Board met on Friday.\n\n"
        "The statement noted that the board had voted twice.\n\n"
        '"We will act on the fees in March," they said.'
    )
    assert found[-1][0] != "statement"


def test_it_long_after_the_document_is_not_the_document() -> None:
    filler = "The port handled more ships than ever before in the spring months. " * 12
    found = triples(
        '"The board only asks for large sums to be listed," the report says.\n\n'
        + filler
        + "\n\nThe Harbor Board met on Friday. It said that the fees would rise."
    )
    assert found[-1][0] == "Harbor Board"


# --- modals: speculation reports nothing; a future act inside a report is that report's content --

MODAL_ROWS = [
    # (text, the (speaker, cue) pairs expected)
    ("But the new figures may highlight more than the board's dislike of the plan.", []),
    ("State and local leaders could call on their help in a flood.", []),
    (
        "Reyes said this week that the city would formally declare its intention to leave the pact.",
        [("Reyes", "said")],
    ),
    (
        "The campaign says the candidate will announce plans on Friday for a new program.",
        [("campaign", "says")],
    ),
    # held before and must still hold
    ("Olsen will say in a speech on Friday that the port is safe.", [("Olsen", "say")]),
    ('"The port is safe," Olsen would later say.', [("Olsen", "say")]),
]


@pytest.mark.parametrize(("text", "expected"), MODAL_ROWS)
def test_modal_before_a_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, cue) for name, cue, _content in triples(text)] == expected


# --- "some economists who argue that ...": a plural source singled out by what it says ----------

WHO_ROWS = [
    (
        "There are some economists who argue that corporate taxes should be very low.",
        ("economists", "argue", "corporate taxes should be very low"),
    ),
    (
        "The mayor met residents who said the water had been brown for weeks.",
        ("residents", "said", "the water had been brown for weeks"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHO_ROWS)
def test_restrictive_who_after_a_plural_source(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a person singled out by "who" is often the hearer, and stays no speaker
        "She met a young woman who said that the port was closed.",
        # a plural that is no source
        "He thanked the voters who elect him every four years.",
    ],
)
def test_restrictive_who_after_other_heads_is_no_statement(text: str) -> None:
    assert triples(text) == []


# --- "said the bill was weak" after a short quotation in the subject is no inverted speaker -------

NOT_INVERTED_ROWS = [
    'The group "Moms for Safer Ports" said the bill was weak.',
    'Olsen, known as "Ace" to friends, said the seat was open.',
    'Ruiz, who wrote "The Long Road," said the book would be late.',
]


@pytest.mark.parametrize("text", NOT_INVERTED_ROWS)
def test_phrase_after_the_cue_that_has_a_verb_is_no_speaker(text: str) -> None:
    assert all(name not in {"bill", "seat", "book"} for name, _cue, _content in triples(text))


INVERTED_ROWS = [
    ('"We will win," said Smith, a spokesman for the group.', "Smith"),
    ('"We will win," said the spokesman for the group on Tuesday.', "spokesman for the group"),
]


@pytest.mark.parametrize(("text", "speaker"), INVERTED_ROWS)
def test_inverted_speaker_still_read(text: str, speaker: str) -> None:
    assert triples(text) == [(speaker, "said", "We will win")]


# --- "The city of Linford is demanding ...": "the city" and "it" after it are Linford -------------

CITY_TEXT = (
    "The city of Linford is demanding that the campaign stop using photos of its officers.\n\n"
    "The city sent a letter on Thursday. It says the campaign broke state law by using the photos."
)


def test_the_city_of_a_place_is_taken_up_by_it() -> None:
    found = triples(CITY_TEXT)
    assert [name for name, _cue, _content in found] == ["Linford", "Linford"]


def test_a_city_never_named_stays_the_city() -> None:
    found = triples(
        "Port dispute goes on.\n\nThe city sent a letter on Thursday. It says the campaign broke state law."
    )
    assert found[0][0] == "city"


# --- "has spoken about", "spoke emotionally of": speech about a topic, like "spoke of" ------------

SPOKE_ROWS = [
    (
        "Olsen has spoken about the need for new rules at the port.",
        "spoken about",
        "the need for new rules at the port",
    ),
    (
        "Mr. Olsen spoke emotionally of his many trips to the old port.",
        "spoke emotionally of",
        "his many trips to the old port",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), SPOKE_ROWS)
def test_speaking_of_a_topic(text: str, cue: str, content: str) -> None:
    assert triples(text) == [("Olsen", cue, content)]


@pytest.mark.parametrize(
    "text", ["Olsen spoke briefly to reporters on Friday.", "Olsen spoke quietly at the meeting."]
)
def test_speaking_to_or_at_is_no_statement(text: str) -> None:
    assert triples(text) == []


# --- "took to Twitter to accuse ...": a platform verb's purpose infinitive is the report ----------

PLATFORM_ROWS = [
    (
        "Olsen took to Twitter overnight to accuse the mayor of hiding the report.",
        ("Olsen", "accuse", "the mayor of hiding the report"),
    ),
    (
        "The union held a news conference on Monday to announce that the strike was over.",
        ("union", "announce", "the strike was over"),
    ),
    ("Olsen used the speech to warn that the port would close.", ("Olsen", "warn", "the port would close")),
]


@pytest.mark.parametrize(("text", "expected"), PLATFORM_ROWS)
def test_purpose_infinitive_after_a_platform_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Olsen used to say nothing at these meetings.",
        "He went to the store to buy milk.",
        "Olsen wants to say that the port is safe.",
    ],
)
def test_other_infinitives_stay_no_statement(text: str) -> None:
    assert triples(text) == []


# --- “... “hell” ...”: a curly quotation inside a curly quotation --------------------------------

NESTED_TEXT = (
    "Readers sent us their views.\n"
    "“It was a good night for the port and for the town.” ― Vera Cruz\n"
    "“I would rather live in what he calls “hell” than live in his world.” ― Ada Rodarte\n"
    "“He answers to no one and listens to no one.” ― Tina Olidem\n"
)


def test_nested_curly_quotation_stays_inside_the_outer_one() -> None:
    found = triples(NESTED_TEXT)
    assert [name for name, _cue, _content in found] == ["Vera Cruz", "Ada Rodarte", "Tina Olidem"]
    assert found[1][2] == "I would rather live in what he calls “hell” than live in his world"


def test_stray_curly_opener_still_starts_afresh() -> None:
    # the first quotation is never closed: the second opener starts the quotation read
    found = triples("Olsen spoke first. “We were there, he said. “The port will stay open,” Olsen said.")
    assert found[-1][:2] == ("Olsen", "said")
    assert found[-1][2] == "The port will stay open"


# --- "Stealth Over Health: ...": a heading phrase before a headline's colon is no source ---------


@pytest.mark.parametrize(
    "text",
    [
        "Stealth Over Health: Mayor Was Taken to a Clinic.\n\nThe clinic is small.",
        "Fight For Ferries: Fares Will Double.\n\nThe board met.",
    ],
)
def test_heading_phrase_before_the_colon_is_no_source(text: str) -> None:
    assert triples(text) == []


# --- "A reporter spotted Olsen and reported ...": the subject walk stops at a past verb ------------


@pytest.mark.parametrize(
    "text",
    [
        "A reporter for the Dunmore Gazette spotted Olsen and her aide and reported her presence online.",
        "The guard stopped Olsen at the gate and said that she had no pass.",
    ],
)
def test_object_of_the_first_verb_is_not_the_subject(text: str) -> None:
    assert all(name != "Olsen" for name, _cue, _content in triples(text))


def test_determiner_subject_with_an_adjective_in_ed_still_speaks() -> None:
    found = triples("The elected official praised the workers and said the plant would stay.")
    assert found == [("elected official", "said", "the plant would stay")]


# --- past and -ing forms that double their consonant ---------------------------------------------

DOUBLED_ROWS = [
    ("Olsen has admitted that the port lost money.", "admitted"),
    ("Olsen fretted that the port would close.", "fretted"),
    ("Olsen rebutted that the figures were old.", "rebutted"),
    ("Olsen bragged that the port had never been busier.", "bragged"),
]


@pytest.mark.parametrize(("text", "cue"), DOUBLED_ROWS)
def test_doubled_consonant_forms_are_cues(text: str, cue: str) -> None:
    ((name, found_cue, _content),) = triples(text)
    assert (name, found_cue) == ("Olsen", cue)


# --- "reaffirmed that ..." ------------------------------------------------------------------------


def test_reaffirmed_reports() -> None:
    assert triples("Olsen reaffirmed that the port would stay open.") == [
        ("Olsen", "reaffirmed", "the port would stay open")
    ]


# --- 'said of the ruling: "..."': the topic before a colon is not the content ----------------------


def test_said_of_a_topic_then_a_colon() -> None:
    assert triples('Olsen said of the ruling: "It is a disgrace to the city."') == [
        ("Olsen", "said", "It is a disgrace to the city")
    ]


# --- a report inside another's content is not who the next "he" means -----------------------------


def test_he_after_a_nested_report_is_the_reporter() -> None:
    found = triples(
        "Port talks go on.\n\nSpokesman Jim Reyes said Monday that Mayor Tom Olsen had called for calm"
        " at the port. He said the talks would resume on Friday."
    )
    assert found[-1] == ("Jim Reyes", "said", "the talks would resume on Friday")


# --- "Officials in Dover said": people of a place speak, not the place ----------------------------

PEOPLE_IN_ROWS = [
    ("Officials in Dover said the port would stay open.", "Officials in Dover"),
    ("Voters in Ohio say the economy matters most this year.", "Voters in Ohio"),
    # a body after "in" still speaks for its people
    ("Officials in the Dover Port Authority said the port would stay open.", "Dover Port Authority"),
    ("Analysts at Goldman Sachs said the deal was weak.", "Goldman Sachs"),
]


@pytest.mark.parametrize(("text", "speaker"), PEOPLE_IN_ROWS)
def test_people_in_a_place(text: str, speaker: str) -> None:
    assert triples(text)[0][0] == speaker


# --- "The port will stay open, Olsen said, at least until May": a short clause before the cue -----


def test_short_clause_before_a_parenthetical_cue_is_split_content() -> None:
    assert triples("The port will stay open, Olsen said, at least until May.") == [
        ("Olsen", "said", "The port will stay open, Olsen said, at least until May")
    ]


def test_short_opener_before_the_cue_is_not_content() -> None:
    assert triples("Even so, Olsen said, the port will stay open.")[0][2] == "the port will stay open"


# --- "The Gazette quoted Olsen as saying ...": Olsen speaks, relayed by the Gazette --------------


def test_quoted_as_saying() -> None:
    (st,) = run("The Dunmore Gazette quoted Mayor Tom Olsen as saying that the port would stay open.")
    assert (st.speaker.name, st.cue.text, st.content.text, st.via) == (
        "Tom Olsen",
        "quoted",
        "the port would stay open",
        "Dunmore Gazette",
    )


@pytest.mark.parametrize(
    "text",
    ['"Absolutely not," Olsen said when asked about the port.', '"No," Olsen said on Friday.'],
)
def test_adverbial_after_a_short_quotation_is_no_content(text: str) -> None:
    assert triples(text) == []


# --- "a source close to Olsen said": the source, not Olsen -----------------------------------------

CLOSE_TO_ROWS = [
    ("A source close to Olsen said the port would stay open.", "source close to Olsen"),
    ("Two people familiar with Olsen said the port would stay open.", "people familiar with Olsen"),
    # held before and must still hold: a spokesman speaks for the person
    ("A spokesman for Olsen said the port would stay open.", "Olsen"),
]


@pytest.mark.parametrize(("text", "speaker"), CLOSE_TO_ROWS)
def test_source_close_to_a_name(text: str, speaker: str) -> None:
    assert triples(text)[0][0] == speaker


# --- '"It's heartbreaking," Ryan said. "And ..."': a short quotation the next sentence goes on with -


def test_short_quotation_continued_in_the_next_sentence() -> None:
    found = triples(
        'Port fight goes on.\n\n"It is heartbreaking," Olsen said. "And this town has to find new ways to heal."'
    )
    assert found == [
        ("Olsen", "said", 'It is heartbreaking," Olsen said. "And this town has to find new ways to heal')
    ]


def test_short_quotation_alone_is_no_statement() -> None:
    assert triples('Port fight goes on.\n\n"No," Olsen said. The board then voted on the plan.') == []


def test_quoted_paragraph_after_a_short_quotation_is_the_same_speaker() -> None:
    found = triples(
        'Port fight goes on.\n\n"No way," Olsen said.\n\n"We will never sell the port to anyone."'
    )
    assert found == [("Olsen", "said", "We will never sell the port to anyone")]


# --- 'joked of the museum, "..."': any cue with a topic before a quotation -------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Olsen joked of the museum, "I have not seen it yet, but I am going to."',
        'The crowd cheered Olsen, who joked of the museum, "I have not seen it yet, but I am going to."',
    ],
)
def test_topic_before_a_quotation_after_any_cue(text: str) -> None:
    assert triples(text) == [("Olsen", "joked", "I have not seen it yet, but I am going to")]


# --- "The ad claims that ...": a document before a cue that is also a plural noun ---------------

DOCUMENT_CUE_ROWS = [
    ("Port fight goes on.\n\nThe ad claims that Olsen raised taxes twice.", ("ad", "claims")),
    ("Port fight goes on.\n\nThe lawsuit claims the port broke the law.", ("lawsuit", "claims")),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_CUE_ROWS)
def test_document_before_a_plural_noun_cue(text: str, expected: tuple[str, str]) -> None:
    assert [(name, cue) for name, cue, _content in triples(text)] == [expected]


def test_document_claims_as_a_noun_is_no_statement() -> None:
    # "claims were false": the content would open on a finite verb, so "claims" is the noun
    assert triples("Port fight goes on.\n\nThe report claims were false from the start.") == []


# --- "Olsen, who called the ruling a disgrace, said ...": the relative clause ends at its comma ----


def test_relative_clause_content_ends_before_the_main_verb() -> None:
    found = triples(
        "Port fight goes on.\n\nOlsen, who argued that the port was safe, later said she would appeal."
    )
    assert found == [("Olsen", "argued", "the port was safe"), ("Olsen", "said", "she would appeal")]
