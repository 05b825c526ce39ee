"""Arabic date grammar: tables of sentences we wrote, positive and negative rows.

The reference date throughout is Friday 14 February 2025 unless a row says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.dates import DateMention, find_dates

REF = date(2025, 2, 14)  # a Friday


def found(text: str, ref: date | None = REF) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision, m.basis) for m in find_dates(text, ref, "ar")]


EXPLICIT_ROWS = [
    ("وقال المدير في 6 من شباط إن العمل مستمر.", [("6 من شباط", "2025-02-06", "day", "explicit")]),
    ("افتتح المعرض في 6 شباط 2024.", [("6 شباط 2024", "2024-02-06", "day", "explicit")]),
    ("وصل الوفد في ٦ من شباط.", [("٦ من شباط", "2025-02-06", "day", "explicit")]),
    ("جرى الاتفاق في السادس من شباط.", [("السادس من شباط", "2025-02-06", "day", "explicit")]),
    (
        "عقدت الجلسة في الحادية عشرة من كانون الثاني.",
        [("الحادية عشرة من كانون الثاني", "2025-01-11", "day", "explicit")],
    ),
    (
        "صدر القرار في الحادي والثلاثين من كانون الأول.",
        [("الحادي والثلاثين من كانون الأول", "2024-12-31", "day", "explicit")],
    ),
    ("في الأول من شباط بدأ التسجيل.", [("الأول من شباط", "2025-02-01", "day", "explicit")]),
    (
        "وخلال الاتصال، في 12 من شباط الحالي، جرى بحث الملف.",
        [("12 من شباط الحالي", "2025-02-12", "day", "explicit")],
    ),
    ("أعلنت الوزارة في 3 آذار الماضي خطة جديدة.", [("3 آذار الماضي", "2024-03-03", "day", "explicit")]),
    ("وقع الحادث يوم 14 فبراير 2025.", [("14 فبراير 2025", "2025-02-14", "day", "explicit")]),
    ("بيان صادر في 9 إبريل 2024.", [("9 إبريل 2024", "2024-04-09", "day", "explicit")]),
    ("بيان صادر في 9 أبريل 2024.", [("9 أبريل 2024", "2024-04-09", "day", "explicit")]),
    ("قرار 2 يوليه 2023.", [("2 يوليه 2023", "2023-07-02", "day", "explicit")]),
    ("تم ذلك في 15 أغسطس 2022.", [("15 أغسطس 2022", "2022-08-15", "day", "explicit")]),
    ("الاجتماع في 20 جانفي 2025 بالعاصمة.", [("20 جانفي 2025", "2025-01-20", "day", "explicit")]),
    ("وفي 5 جويلية 2024 عاد الفريق.", [("5 جويلية 2024", "2024-07-05", "day", "explicit")]),
    ("أعلن في 12 أوت 2024 عن النتائج.", [("12 أوت 2024", "2024-08-12", "day", "explicit")]),
    ("وفي 3 ماي 2023 انطلقت الحملة.", [("3 ماي 2023", "2023-05-03", "day", "explicit")]),
    ("الاحتفال في 7 أفريل.", [("7 أفريل", "2024-04-07", "day", "explicit")]),
    ("نشر التقرير في 14 شباط/فبراير 2025.", [("14 شباط/فبراير 2025", "2025-02-14", "day", "explicit")]),
    ("نشر التقرير في 14 فبراير (شباط) 2025.", [("14 فبراير (شباط) 2025", "2025-02-14", "day", "explicit")]),
    ("التقى الطرفان في 6 من شهر شباط.", [("6 من شهر شباط", "2025-02-06", "day", "explicit")]),
    ("انتهى العمل في 8 من كانون الأول 2024.", [("8 من كانون الأول 2024", "2024-12-08", "day", "explicit")]),
    ("في 5 تشرين الثاني 2023 بدأت الأزمة.", [("5 تشرين الثاني 2023", "2023-11-05", "day", "explicit")]),
    ("وقع ذلك في 2 آب 2021.", [("2 آب 2021", "2021-08-02", "day", "explicit")]),
    ("وفي الـ6 من شباط صدر البيان.", [("الـ6 من شباط", "2025-02-06", "day", "explicit")]),
    ("وفي 6 شباط، 2025 صدر البيان.", [("6 شباط، 2025", "2025-02-06", "day", "explicit")]),
    ("وفي 6 من شباط عام 2020 صدر البيان.", [("6 من شباط عام 2020", "2020-02-06", "day", "explicit")]),
    # A day-month after the reference falls in the previous year.
    ("ستعقد الجلسة كما جرت في 20 من آذار.", [("20 من آذار", "2024-03-20", "day", "explicit")]),
    ("تاريخ الوثيقة 2025/02/14.", [("2025/02/14", "2025-02-14", "day", "explicit")]),
    ("تاريخ الوثيقة 14/02/2025.", [("14/02/2025", "2025-02-14", "day", "explicit")]),
    ("تاريخ الوثيقة 2025-02-14.", [("2025-02-14", "2025-02-14", "day", "explicit")]),
    ("تاريخ الوثيقة 14-2-2025.", [("14-2-2025", "2025-02-14", "day", "explicit")]),
    ("تاريخ الوثيقة ١٤/٠٢/٢٠٢٥.", [("١٤/٠٢/٢٠٢٥", "2025-02-14", "day", "explicit")]),
    # Explicit dates with a written year come back as written, even after the reference.
    ("موعد الانتخابات 20 أيار 2026.", [("20 أيار 2026", "2026-05-20", "day", "explicit")]),
]

MONTH_YEAR_ROWS = [
    ("في نهاية أيلول 2015 تغير كل شيء.", [("أيلول 2015", "2015-09-01", "month", "explicit")]),
    ("منذ كانون الأول 2024 لم يتغير شيء.", [("كانون الأول 2024", "2024-12-01", "month", "explicit")]),
    ("في شباط/فبراير 2025 صدر القانون.", [("شباط/فبراير 2025", "2025-02-01", "month", "explicit")]),
    ("في شباط الماضي قال الوزير ذلك.", [("شباط الماضي", "2024-02-01", "month", "relative")]),
    ("في كانون الثاني الماضي قال الوزير ذلك.", [("كانون الثاني الماضي", "2025-01-01", "month", "relative")]),
    ("وقال في شباط إن الخطة جاهزة.", [("شباط", "2025-02-01", "month", "explicit")]),
    ("ومنذ آذار تتواصل الاحتجاجات.", [("آذار", "2024-03-01", "month", "explicit")]),
    ("خلال شهر نيسان شهدت المدينة أمطاراً.", [("شهر نيسان", "2024-04-01", "month", "explicit")]),
    ("في آب قال الوزير ذلك.", [("آب", "2024-08-01", "month", "explicit")]),
    ("الشهر الماضي قال الوزير ذلك.", [("الشهر الماضي", "2025-01-01", "month", "relative")]),
    ("وتضاعف العدد منذ عام 2024.", [("عام 2024", "2024-01-01", "year", "explicit")]),
    ("وفي العام الماضي تراجعت الصادرات.", [("العام الماضي", "2024-01-01", "year", "relative")]),
    ("وخلال هذا العام ارتفعت الأسعار.", [("هذا العام", "2025-01-01", "year", "relative")]),
]

WEEKDAY_ROWS = [
    ("وقال الوزير، الثلاثاء، إن المحادثات مستمرة.", [("الثلاثاء", "2025-02-11", "day", "weekday")]),
    ("وأعلن يوم الثلاثاء عن خطة.", [("يوم الثلاثاء", "2025-02-11", "day", "weekday")]),
    ("وصرح مساء الأحد بأن الوضع هادئ.", [("مساء الأحد", "2025-02-09", "day", "weekday")]),
    ("وقال الثلاثاء الماضي إن الخطة جاهزة.", [("الثلاثاء الماضي", "2025-02-11", "day", "weekday")]),
    # The reference is a Friday: "الجمعة" is the reference itself, "الجمعة الماضية" a week before.
    ("وأكد الجمعة أن القرار نهائي.", [("الجمعة", "2025-02-14", "day", "weekday")]),
    ("وأكد الجمعة الماضية أن القرار نهائي.", [("الجمعة الماضية", "2025-02-07", "day", "weekday")]),
    ("وأكد، الإثنين، أن القرار نهائي.", [("الإثنين", "2025-02-10", "day", "weekday")]),
    ("وأكد والسبت أن القرار نهائي.", [("السبت", "2025-02-08", "day", "weekday")]),
    (
        "وقالت خلال إحاطتها الجمعة 14 من شباط إن العمل جار.",
        [("الجمعة 14 من شباط", "2025-02-14", "day", "explicit")],
    ),
    # A wrong weekday next to an explicit date: the explicit date wins.
    ("وقالت الأربعاء، 6 من شباط، إن العمل جار.", [("الأربعاء، 6 من شباط", "2025-02-06", "day", "explicit")]),
    (
        "وقالت يوم الخميس الموافق 13 شباط إن العمل جار.",
        [("يوم الخميس الموافق 13 شباط", "2025-02-13", "day", "explicit")],
    ),
    ("وتبدأ الخطة ابتداءً من الاثنين.", [("الاثنين", "2025-02-10", "day", "weekday")]),
]

RELATIVE_ROWS = [
    ("وقال الوزير اليوم إن الخطة جاهزة.", [("اليوم", "2025-02-14", "day", "relative")]),
    ("وقال الوزير أمس إن الخطة جاهزة.", [("أمس", "2025-02-13", "day", "relative")]),
    ("وقال الوزير بالأمس إن الخطة جاهزة.", [("بالأمس", "2025-02-13", "day", "relative")]),
    ("وقال الوزير أول أمس إن الخطة جاهزة.", [("أول أمس", "2025-02-12", "day", "relative")]),
    ("وقال الوزير أمس الأول إن الخطة جاهزة.", [("أمس الأول", "2025-02-12", "day", "relative")]),
    ("وقال الوزير مساء أمس إن الخطة جاهزة.", [("مساء أمس", "2025-02-13", "day", "relative")]),
    ("ويلتقي الوزير الليلة بالوفد.", [("الليلة", "2025-02-14", "day", "relative")]),
    ("وقال قبل يومين إن الخطة جاهزة.", [("قبل يومين", "2025-02-12", "day", "relative")]),
    ("وقال قبل ثلاثة أيام إن الخطة جاهزة.", [("قبل ثلاثة أيام", "2025-02-11", "day", "relative")]),
    ("وقال قبل 5 أيام إن الخطة جاهزة.", [("قبل 5 أيام", "2025-02-09", "day", "relative")]),
    ("وقال الأسبوع الماضي إن الخطة جاهزة.", [("الأسبوع الماضي", "2025-02-01", "month", "relative")]),
    ("وقال العام الماضي إن الخطة جاهزة.", [("العام الماضي", "2024-01-01", "year", "relative")]),
    ("وقال في الـ12 من الشهر الجاري إن", [("الـ12 من الشهر الجاري", "2025-02-12", "day", "explicit")]),
    ("وقال في 28 من الشهر الماضي إن", [("28 من الشهر الماضي", "2025-01-28", "day", "explicit")]),
    ("وقال في العاشر من هذا الشهر إن", [("العاشر من هذا الشهر", "2025-02-10", "day", "explicit")]),
]

HIJRI_ROWS = [
    ("وصل الحجاج في 15 رمضان 1446 هـ.", [("15 رمضان 1446 هـ", "2025-03-15", "day", "explicit")]),
    ("ويعود البناء إلى 1446هـ.", [("1446هـ", "2025-01-01", "year", "explicit")]),
]

NEGATIVE_ROWS = [
    "وأقر البرلمان القانون 6 المتعلق بالمياه.",
    "وقال إن 6 آلاف شخص نزحوا.",
    "وتحدث عن دور الآباء في تربية الأبناء.",
    "وقال إن الأب حضر الاجتماع.",
    "وأشار الأمين العام للمنظمة إلى أهمية التعاون.",
    "وجاء الاثنان معاً إلى الاجتماع، وتحدث الاثنين معاً.",
    "وسيزور الوزير المدينة الأحد المقبل.",
    "ولم يحضر أي من الاثنين.",
    "وسيعقد المؤتمر في 20 من الشهر الجاري.",
    "وتحدث عن 6 من الشهر نفسه.",
    "وقال إنه سيعود الشهر المقبل.",
    "في اليوم التالي عاد الوفد.",
    "وقال إن التنظيم مارس الضغط على السكان.",
    "وقالت مايا إن الرحلة طويلة.",
    "وقال إن نسبة 39.5 في المئة من السكان تأثروا.",
    "وسجلت 1446 حالة جديدة.",
    "الساعة 6:11 مساء.",
    "رقم الهاتف 963-11-2245.",
    "",
    "   ",
]


@pytest.mark.parametrize(("text", "expected"), EXPLICIT_ROWS + MONTH_YEAR_ROWS)
def test_explicit_and_month_dates(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_ROWS)
def test_weekdays(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE_ROWS)
def test_relative_words(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), HIJRI_ROWS)
def test_hijri(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected
    assert all(m.calendar == "hijri" for m in find_dates(text, REF))


@pytest.mark.parametrize("text", NEGATIVE_ROWS)
def test_not_dates(text: str) -> None:
    assert found(text) == []


def test_several_dates_in_a_paragraph_in_reading_order() -> None:
    text = (
        "وقال الوزير أمس إن الاتفاق وقع في 6 من شباط، بعد محادثات بدأت في كانون الثاني الماضي، "
        "وأضاف الثلاثاء أن التنفيذ يبدأ عام 2025."
    )
    assert [m.text for m in find_dates(text, REF)] == [
        "أمس",
        "6 من شباط",
        "كانون الثاني الماضي",
        "الثلاثاء",
        "عام 2025",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقال في 6 مِنْ شَباطَ إن العمل مستمر.",  # tashkeel
        "وقال في 6 من شبـــاط إن العمل مستمر.",  # tatweel
        "وقال في 6\u00a0من\u00a0شباط إن العمل مستمر.",  # no-break spaces
        "وقال في \u200f6 من \u200eشباط إن العمل مستمر.",  # bidi marks
        "وقال في 6 من\u200b شباط إن العمل مستمر.",  # zero-width space
    ],
)
def test_marks_and_invisibles_keep_exact_spans(text: str) -> None:
    (mention,) = find_dates(text, REF)
    assert mention.value == date(2025, 2, 6)
    assert text[mention.start : mention.end] == mention.text
    assert mention.text.startswith(("6", "\u200f6")) or mention.text[0] == "6"
    assert mention.text.rstrip("َ").endswith(("شباط", "شَباط", "شبـــاط"))


def test_spans_index_the_original_text() -> None:
    text = "ـــ قال الوزير أمسِ، في ٦ من آذار، إن \u200fالخطة جاهزة."
    for mention in find_dates(text, REF):
        assert isinstance(mention, DateMention)
        assert text[mention.start : mention.end] == mention.text


def test_no_reference_skips_what_needs_one() -> None:
    text = "وقال الثلاثاء أمس في 6 من شباط إن الاتفاق الموقع في 8 من كانون الأول 2024 سار."
    assert found(text, None) == [("8 من كانون الأول 2024", "2024-12-08", "day", "explicit")]


@pytest.mark.parametrize(
    ("ref", "text", "expected"),
    [
        (date(2025, 1, 10), "في 20 من كانون الأول", "2024-12-20"),
        (date(2025, 1, 10), "في 10 من كانون الثاني", "2025-01-10"),
        (date(2025, 1, 10), "في 11 من كانون الثاني", "2024-01-11"),
        (date(2025, 3, 1), "في 29 من شباط", "2024-02-29"),
        (date(2025, 2, 14), "في شباط الماضي", "2024-02-01"),
        (date(2025, 3, 2), "في شباط الماضي", "2025-02-01"),
        (date(2025, 2, 16), "يوم الأحد", "2025-02-16"),
        (date(2025, 2, 16), "الأحد الماضي", "2025-02-09"),
    ],
)
def test_year_inference_never_lands_after_the_reference(ref: date, text: str, expected: str) -> None:
    (mention,) = find_dates(text, ref)
    assert mention.value.isoformat() == expected
    assert mention.value <= ref


def test_current_month_day_after_reference_is_dropped() -> None:
    assert found("سيعقد الاجتماع في 20 من شباط الحالي", date(2025, 2, 14)) == []


@pytest.mark.parametrize(
    "junk",
    ["\x00\x01", "٦" * 500, "/" * 300, "2025/99/99", "31/02/2025", "في 40 من شباط", "شباط" * 100, "\ud800x"],
)
def test_never_raises(junk: str) -> None:
    assert isinstance(find_dates(junk, REF), list)
    assert find_dates(junk, REF) == [] or all(m.value.year >= 1900 for m in find_dates(junk, REF))


def test_random_marks_never_shift_spans() -> None:
    """Tashkeel, tatweel and invisibles sprinkled anywhere: same dates, exact spans."""
    import random

    base = (
        "وقال الوزير أمس إن الاتفاق وقع في 6 من شباط، بعد محادثات بدأت في كانون الثاني الماضي، "
        "وأضاف الثلاثاء أن التنفيذ يبدأ عام 2025."
    )
    want = [(m.value, m.precision) for m in find_dates(base, REF)]
    marks = ["\u064e", "\u0651", "\u0640", "\u200f", "\u200b", "\u0652", "\u00ad"]
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(ch + (rng.choice(marks) if ch != " " and rng.random() < 0.15 else "") for ch in base)
        mentions = find_dates(text, REF)
        assert [(m.value, m.precision) for m in mentions] == want
        assert all(text[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأوضح المسؤول أن الحكومة تعمل على تحسين الخدمات المقدمة للمواطنين.", frozenset()),
        ("وأضاف أن هذا القرار يهم الجميع.", frozenset()),
        ("وأغلق الباب أمام الجميع.", frozenset()),
        ("وقال أمسِ إن الخطة جاهزة.", frozenset({"relative"})),
        ("في شباط/فبراير", frozenset({"month"})),
        ("وبالأمس", frozenset({"relative"})),
        ("قال ٦", frozenset({"digit", "numeric", "hijri_year"})),
    ],
)
def test_gate_lets_only_candidate_texts_through(text: str, expected: frozenset[str]) -> None:
    from tracker.dates.prefilter import families

    assert families(text, english=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت اليوم الاثنين إن", [("اليوم الاثنين", "2025-02-14", "day", "relative")]),
        ("وقال أمس الخميس إن", [("أمس الخميس", "2025-02-13", "day", "relative")]),
        ("وقال أمس، الخميس، إن", [("أمس، الخميس", "2025-02-13", "day", "relative")]),
        ("وقال يوم أمس إن", [("يوم أمس", "2025-02-13", "day", "relative")]),
        # Written the day before a stamp after midnight: the weekday names the day meant.
        ("وقالت اليوم الخميس إن", [("اليوم الخميس", "2025-02-13", "day", "weekday")]),
        ("وقال أمس الأربعاء إن", [("أمس الأربعاء", "2025-02-12", "day", "weekday")]),
        # Not adjacent: two mentions.
        (
            "وقال أمس إن اجتماع الخميس كان مثمراً",
            [("أمس", "2025-02-13", "day", "relative"), ("الخميس", "2025-02-13", "day", "weekday")],
        ),
    ],
)
def test_relative_word_absorbs_its_weekday(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نزحوا منذ مطلع العام", [("مطلع العام", "2025-01-01", "year", "relative")]),
        ("نزحوا منذ بداية العام الحالي", [("بداية العام الحالي", "2025-01-01", "year", "relative")]),
        ("ارتفعت الأسعار منذ مطلع الشهر", [("مطلع الشهر", "2025-02-01", "month", "relative")]),
        ("يبدأ التسجيل مطلع العام المقبل", []),
        ("في بداية العام الدراسي", []),
    ],
)
def test_part_of_current_period(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


def test_early_month_with_hamza_on_ya() -> None:
    """ "أوائل آذار" (early March): ئ folds to ي in the matching form, so the pattern must too."""
    from datetime import date as _date

    from tracker.dates import find_dates

    (mention,) = find_dates("بدأت الأمطار في أوائل آذار الماضي.", _date(2025, 5, 10))
    assert (mention.value.year, mention.value.month, mention.precision) == (2025, 3, "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Day 1 is 7 October 2023; the article of Friday 14 February 2025 is day 497.
        (
            "وأكدت، في اليوم الـ497 من معركة طوفان الأقصى، استهداف الدبابة.",
            [("اليوم الـ497 من معركة", "2025-02-14", "day", "explicit")],
        ),
        (
            "في اليوم الـ496 للعدوان على غزة، قال المتحدث إن ...",
            [("اليوم الـ496 للعدوان", "2025-02-13", "day", "explicit")],
        ),
        # A count that does not land near the article is another war, or a slip: no date.
        ("في اليوم الـ300 من الحرب تغيّر كل شيء.", []),
        ("في اليوم الـ5 من الإضراب عاد العمال.", []),
    ],
)
def test_the_day_count_of_the_war(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected
