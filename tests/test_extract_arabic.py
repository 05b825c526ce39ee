"""Table tests of the Arabic attribution extractor on short sentences written for the tests.

Each row is a tiny article and the statements it must (or must not) yield: speaker name,
a piece of the content, sometimes the role, kind, via or date. Negative rows check that
narration, scare quotes and calls are not reported as statements.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic
from tracker.records import StatementRecord


def run(text: str) -> tuple[StatementRecord, ...]:
    return extract_arabic(make_article_record(text))


# (id, text, [(speaker name, piece of the content)])
POSITIVE = [
    (
        "verb-first role and name in apposition",
        "قالت المتحدثة باسم وزارة الزراعة، ليلى منصور، إن موسم القمح سيكون وفيراً هذا العام.",
        [("ليلى منصور", "موسم القمح سيكون وفيراً هذا العام")],
    ),
    (
        "subject first",
        "منصور قالت إن الأسعار ستنخفض قريباً.",
        [("منصور", "الأسعار ستنخفض قريباً")],
    ),
    (
        "subject-less follow-up keeps the speaker",
        "قال وزير الري سامر الحلبي إن السدود ممتلئة.\n\nوأضاف أن المياه تكفي حتى الصيف المقبل.",
        [("سامر الحلبي", "السدود ممتلئة"), ("سامر الحلبي", "المياه تكفي حتى الصيف المقبل")],
    ),
    (
        "feminine follow-up skips a masculine speaker",
        (
            "قالت الباحثة ريم عيسى إن التضخم يتراجع. وقال الخبير نادر سليم إن البطالة ترتفع.\n\n"
            "وأضافت أن الأجور لم تتحسن بعد."
        ),
        [
            ("ريم عيسى", "التضخم يتراجع"),
            ("نادر سليم", "البطالة ترتفع"),
            ("ريم عيسى", "الأجور لم تتحسن بعد"),
        ],
    ),
    (
        "surname alone resolves to the full name",
        "أكد رئيس البلدية كريم داوود أن الطريق سيفتح غداً.\n\nوأوضح داوود أن الأشغال انتهت.",
        [("كريم داوود", "الطريق سيفتح غداً"), ("كريم داوود", "الأشغال انتهت")],
    ),
    (
        "role alone resolves to the named speaker",
        (
            "قالت المتحدثة باسم البلدية، هدى ناصر، إن الحديقة ستفتح.\n\n"
            "كما تجري دراسة مشروع المكتبة العامة الجديدة، وفق المتحدثة باسم البلدية."
        ),
        [("هدى ناصر", "الحديقة ستفتح"), ("هدى ناصر", "تجري دراسة مشروع المكتبة العامة الجديدة")],
    ),
    (
        "participle starts a second statement",
        "قال المدير إن المصنع سيغلق يوماً واحداً، مضيفاً أن العمال سيتقاضون أجورهم كاملة.",
        [("المدير", "المصنع سيغلق يوماً واحداً"), ("المدير", "العمال سيتقاضون أجورهم كاملة")],
    ),
    (
        "two clauses under one cue stay one statement",
        "قال الوزير إن المدارس ستفتح الأحد، كما أن الجامعات ستفتح الاثنين.",
        [("الوزير", "المدارس ستفتح الأحد، كما أن الجامعات ستفتح الاثنين")],
    ),
    (
        "according-to at the end of the sentence",
        "ارتفعت أسعار الخبز بنسبة عشرة في المئة، بحسب وزارة الاقتصاد.",
        [("وزارة الاقتصاد", "ارتفعت أسعار الخبز بنسبة عشرة في المئة")],
    ),
    (
        "according-to at the start of the sentence",
        "ووفقاً لوكالة الأنباء المحلية، سيبدأ تشغيل القطار الجديد في الربيع المقبل.",
        [("وكالة الأنباء المحلية", "سيبدأ تشغيل القطار الجديد في الربيع المقبل")],
    ),
    (
        "direct quote after a colon",
        'وقال سامر الحلبي: "لن نرفع الأسعار مهما حصل في الأسواق".',
        [("سامر الحلبي", "لن نرفع الأسعار مهما حصل في الأسواق")],
    ),
    (
        "guillemets and mismatched marks",
        "قال المتحدث باسم الشركة، عماد يوسف، إن الإنتاج ”سيتضاعف خلال عامين على الأقل”.",
        [("عماد يوسف", "الإنتاج ”سيتضاعف خلال عامين على الأقل”")],
    ),
    (
        "relayed speech credits the original source",
        'نقلت وكالة "الشرق" عن مسؤول في الوزارة أن الاتفاق سيوقع الأسبوع المقبل.',
        [("مسؤول في الوزارة", "الاتفاق سيوقع الأسبوع المقبل")],
    ),
    (
        "organisation announcing a verbal noun",
        "أعلنت وزارة الصحة، اليوم الأحد، افتتاح ثلاثة مستشفيات جديدة في الشمال.",
        [("وزارة الصحة", "افتتاح ثلاثة مستشفيات جديدة في الشمال")],
    ),
    (
        "preposition cue",
        "وأشار المحافظ إلى أن الطرقات ستبقى مغلقة حتى المساء.",
        [("المحافظ", "الطرقات ستبقى مغلقة حتى المساء")],
    ),
    (
        "unclosed quote runs to the paragraph end",
        'وقالت الناشطة سلمى حداد: "نريد مدارس آمنة لأطفالنا في كل القرى',
        [("سلمى حداد", "نريد مدارس آمنة لأطفالنا في كل القرى")],
    ),
    (
        "tashkeel, tatweel and invisible marks",
        "قــالَ الوزيرُ\u200f إنَّ الميزانيةَ\u00a0ستُقَرُّ قريباً.",
        [("الوزير", "الميزانيةَ\u00a0ستُقَرُّ قريباً")],
    ),
    (
        "complementiser glued to the next word",
        "وأكد الناطق أنّمئات العائلات عادت إلى منازلها.",
        [("الناطق", "مئات العائلات عادت إلى منازلها")],
    ),
    (
        "came-in: a statement's text",
        "أصدرت النقابة بياناً مساء السبت.\n\nوجاء في بيان النقابة أن الإضراب سيستمر حتى تلبية المطالب.",
        [("النقابة", "الإضراب سيستمر حتى تلبية المطالب")],
    ),
    (
        "pluperfect with the subject before a comma",
        "وكان مسؤول في البلدية، قال أمس، إن المياه ستعود.",
        [("مسؤول في البلدية", "المياه ستعود")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in POSITIVE], ids=[r[0] for r in POSITIVE])
def test_positive_rows(text: str, expected: list[tuple[str, str]]) -> None:
    got = run(text)
    assert len(got) == len(expected), [(s.speaker.name, s.content.text) for s in got]
    for st, (name, piece) in zip(got, expected, strict=True):
        assert st.speaker.name == name
        assert piece in st.content.text or st.content.text in piece
        assert text[st.content.start : st.content.end] == st.content.text
        assert text[st.cue.start : st.cue.end] == st.cue.text


NEGATIVE = [
    ("narration", "وكانت روسيا من أبرز الداعمين للحكومة السابقة، ومنحت رئيسها حق اللجوء."),
    ("scare quotes", 'وتقع قاعدة "النجمة" قرب المدينة، وتسميها الصحافة "القلعة".'),
    ("a call is not reported", "ودعا الرئيس الوزراء إلى زيارة المدينة الأسبوع المقبل."),
    ("praise is not reported", "وأشاد الوزير بجهود فرق الإطفاء في المنطقة."),
    ("passive it-is-mentioned", "يذكر أن المدينة شهدت أمطاراً غزيرة العام الماضي."),
    ("according to a plan", "وستجري الانتخابات في موعدها وفق الدستور."),
    ("transport, not speech", "ونقل المصابون إلى المستشفى القريب."),
    ("empty text", "   \n\n  "),
]


@pytest.mark.parametrize("text", [r[1] for r in NEGATIVE], ids=[r[0] for r in NEGATIVE])
def test_negative_rows(text: str) -> None:
    assert run(text) == ()


def test_role_kind_and_direct_quotes() -> None:
    text = 'قال المتحدث باسم الجيش، العقيد فادي سالم، إن القوات "انسحبت من المواقع الثلاثة" صباحاً.'
    (st,) = run(text)
    assert st.speaker.role == "المتحدث باسم الجيش"
    assert st.speaker.kind == "person"
    assert [q.text for q in st.direct_quotes] == ["انسحبت من المواقع الثلاثة"]
    assert st.kind == "mixed"
    assert st.method == "verb:قال"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("قالت وزارة النقل إن الجسر سيغلق.", "organization"),
        ("ذكرت صحيفة الأيام أن الحكومة ستستقيل.", "media"),
        ("قال مسؤولون إن المفاوضات توقفت.", "group"),
        ("قال مصدر مطلع إن المفاوضات توقفت.", "unnamed"),
    ],
)
def test_speaker_kinds(text: str, kind: str) -> None:
    (st,) = run(text)
    assert st.speaker.kind == kind


def test_via_is_the_relaying_outlet() -> None:
    (st,) = run('ونقل موقع "المرصد" عن مصدر أمني أن الحدود ستفتح.')
    assert st.speaker.name == "مصدر أمني"
    assert st.via == "المرصد"


def test_dates_explicit_relative_and_shared() -> None:
    # The test article is dated Sunday 9 March 2025.
    text = (
        "قال الوزير في 6 من آذار إن الموازنة جاهزة.\n\n"
        "وأضاف أن الرواتب سترتفع.\n\n"
        "وقالت النائبة سعاد حمود اليوم إن الجلسة ستعقد.\n\n"
        "وقال رئيس اللجنة إن الأرقام منذ كانون الثاني 2024 تغيرت."
    )
    got = run(text)
    assert [s.date.value for s in got[:3]] == [date(2025, 3, 6), date(2025, 3, 6), date(2025, 3, 9)]
    assert [s.date.basis for s in got[:3]] == ["explicit", "report", "relative"]
    # A date inside the content is about the past event, not the statement.
    assert got[3].date.value != date(2024, 1, 1)


def test_no_date_when_the_article_gives_none() -> None:
    (st,) = run("قال الخبير إن السوق مستقرة.")
    assert st.date.value is None
    assert st.date.basis == "none"


def test_repeated_lead_paragraph_reported_once() -> None:
    lead = "قالت الوزارة إن المعبر سيفتح."
    got = run(f"{lead}\n\nوأضافت أن الشاحنات ستعبر.\n\n{lead}")
    assert [s.content.text for s in got] == ["المعبر سيفتح", "الشاحنات ستعبر"]


MORE_POSITIVE = [
    (
        "subject with a relative clause before its verb",
        "يُذكر أن مجلس النقابة، الذي اجتمع أمس، أكد رفض الاقتراح الجديد بالكامل.",
        [("مجلس النقابة", "رفض الاقتراح الجديد بالكامل")],
    ),
    (
        "noun of saying with its author",
        "وجاء ذلك بعد إعلان الحزب أنه سيقاطع الانتخابات البلدية المقبلة.",
        [("الحزب", "سيقاطع الانتخابات البلدية المقبلة")],
    ),
    (
        "as-said credits the clause before",
        "ستغلق المدارس ثلاثة أيام بسبب العاصفة، كما أعلنت وزارة التربية.",
        [("وزارة التربية", "ستغلق المدارس ثلاثة أيام بسبب العاصفة")],
    ),
    (
        "participle glued to its verb",
        'وتابع الوزير قائلاً: "لن نتراجع عن هذا القرار أبداً".',
        [("الوزير", "لن نتراجع عن هذا القرار أبداً")],
    ),
    (
        "subject-first headline with a present-tense verb",
        "وزارة المالية تعلن زيادة الرواتب بنسبة خمسة في المئة.",
        [("وزارة المالية", "زيادة الرواتب بنسبة خمسة في المئة")],
    ),
    (
        "relative pronoun after the named speaker",
        "ردّ المتحدث باسم الحكومة، مازن عطا، الذي أعلن أن الوفد سيصل غداً.",
        [("مازن عطا", "الوفد سيصل غداً")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in MORE_POSITIVE], ids=[r[0] for r in MORE_POSITIVE]
)
def test_more_positive_rows(text: str, expected: list[tuple[str, str]]) -> None:
    test_positive_rows(text, expected)


MORE_NEGATIVE = [
    ("noun after a preposition", "وقع الحادث برغم نفي الشركة مسؤوليتها عن العطل."),
    ("what-clause is not a new cue", "وهذا ما أكده التقرير السنوي."),
    ("demonstrative subject", "وهذا بدوره يشير إلى أن الأسعار سترتفع."),
    ("cue inside a quotation", 'ورفع المحتجون لافتة كتب عليها "قال الشعب كلمته".'),
]


@pytest.mark.parametrize("text", [r[1] for r in MORE_NEGATIVE], ids=[r[0] for r in MORE_NEGATIVE])
def test_more_negative_rows(text: str) -> None:
    assert run(text) == ()


def test_outlet_named_by_its_quoted_title_and_brackets() -> None:
    (st,) = run('وذكرت صحيفة "الصباح" المحلية أن الميناء سيغلق.')
    assert st.speaker.name == "الصباح"
    assert st.speaker.kind == "media"
    (st,) = run("وأكدت الرئاسة الفرنسية (الإليزيه) أن القمة ستعقد في موعدها.")
    assert st.speaker.name == "الإليزيه"
    assert "الرئاسة الفرنسية" in st.speaker.aliases


def test_surname_gets_the_first_name_given_elsewhere() -> None:
    text = "التقى الرئيس وزير المالية جميل عودة صباحاً.\n\nوقال عودة إن العجز سيتقلص."
    (st,) = run(text)
    assert st.speaker.name == "جميل عودة"
    assert st.speaker.mention == "عودة"


def test_second_cue_after_comma_splits_but_nested_speech_does_not() -> None:
    text = 'قال النائب إن الحكومة "ستسقط قريباً"، وأضاف أن المعارضة جاهزة.'
    got = run(text)
    assert [s.content.text for s in got] == ['الحكومة "ستسقط قريباً"', "المعارضة جاهزة"]
    nested = run("قال المسؤول إن الوزير أكد أن الخطة جاهزة.")
    assert len(nested) == 1
    assert nested[0].content.text == "الوزير أكد أن الخطة جاهزة"


def test_chain_is_named_and_ordered() -> None:
    from tracker.extract.ar_rules import CHAIN

    names = [name for name, _ in CHAIN]
    assert names[:3] == ["quote-first", "came-in", "verbal-noun"]
    assert names[-1] == "lead-colon"
    assert "reporting-verb" in names
    assert "participle" in names


def test_chain_gates_name_found_cue_words() -> None:
    """A gated strategy runs only where one of its words was found: each must be a word the
    article scan looks for, or the strategy would never run."""
    from tracker.extract.ar_resources import NON_VERB_CUES
    from tracker.extract.ar_rules import CHAIN, NEEDS

    assert set(NEEDS) <= {name for name, _ in CHAIN}
    assert all(set(words) <= set(NON_VERB_CUES) for words in NEEDS.values())


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأشارت الوزارة إلىأن المخزون يكفي شهرين.", "المخزون يكفي شهرين"),
        ("وقالت الهيئة الوطنيةإن التسجيل مفتوح حتى الخميس.", "التسجيل مفتوح حتى الخميس"),
        ("انتهى الاجتماع.وقال الرئيس إن الجلسة المقبلة في أيار.", "الجلسة المقبلة في أيار"),
    ],
    ids=["glued after alef maqsura", "glued after ta marbuta", "full stop without a space"],
)
def test_words_run_together(text: str, content: str) -> None:
    (st,) = run(text)
    assert st.content.text == content
    assert text[st.content.start : st.content.end] == content
