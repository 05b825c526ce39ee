"""Table tests for the Arabic extractor's eleventh round: failure classes read off the tuning
sets and the unannotated corpus (not the dev set, not the held-out sets).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import arabic_triples as triples

ROWS = [
    # An indefinite statement and its owner after "ل", then a verb with no subject of its own
    # (a relative clause without "الذي"): the owner speaks, across a time set between commas
    # and an adjective of the statement.
    (
        "a statement's owner, a time between commas, then the verb",
        "وجاء الطلب في أعقاب بيان لوزارة الخارجية الفرنسية، يوم الثلاثاء، أكد ضرورة وقف الحرب.",
        [("وزارة الخارجية الفرنسية", None, "ضرورة وقف الحرب")],
    ),
    (
        "a statement's owner, a time between commas, then the verb and 'أن'",
        "وجاء الطلب في أعقاب بيان لوزارة الخارجية الفرنسية، يوم الثلاثاء، أكد أن الحرب يجب أن تتوقف.",
        [("وزارة الخارجية الفرنسية", None, "الحرب يجب أن تتوقف")],
    ),
    (
        "an earlier statement of a body, with a resumptive 'فيه'",
        "ويتعارض البيان مع تصريح سابق للجيش، أكد فيه أن الصاروخ سقط في البحر.",
        [("الجيش", None, "الصاروخ سقط في البحر")],
    ),
    (
        "a joint statement of two bodies",
        "وجاء ذلك بعد بيان مشترك للوزارتين، قالتا فيه إن الوضع خطير.",
        [("الوزارتين", None, "الوضع خطير")],
    ),
    # The object of the main clause's verb is the subject's own statement: "ل" there names
    # whom it is for, or the subject itself.
    (
        "a statement the subject issued for an addressee",
        "وأصدرت الحركة بياناً للرأي العام، قالت فيه إن الاحتلال يتحمل المسؤولية.",
        [("الحركة", None, "الاحتلال يتحمل المسؤولية")],
    ),
    (
        "a statement of its own ('لها')",
        "ونشرت الوزارة بياناً لها، قالت فيه إن الوضع خطير.",
        [("الوزارة", None, "الوضع خطير")],
    ),
    (
        "a statement of a person answered by the subject",
        "وردّ الوزير على تصريح لرئيس الحكومة سامر حداد، قال فيه إن الحرب ستطول.",
        [("سامر حداد", "رئيس الحكومة", "الحرب ستطول")],
    ),
    # The writer's according-to right after a closing quotation mark, without a comma, is not
    # the speaker's: the content ends at the mark (and a content that is one quotation loses
    # its marks); inside the quotation it stays.
    (
        "'وفق ما ذكرت' after a quotation",
        'وقال الوزير إن "الحرب ستنتهي قريباً بلا شك" وفق ما ذكرت الوكالة.',
        [("الوزير", None, "الحرب ستنتهي قريباً بلا شك")],
    ),
    (
        "'بحسب ما أورد' after a quotation",
        'وأشارت اللجنة إلى أن "الأسعار ارتفعت كثيراً هذا الشهر" بحسب ما أورد التقرير.',
        [("اللجنة", None, "الأسعار ارتفعت كثيراً هذا الشهر")],
    ),
    (
        "'وفق ما' inside a quotation stays",
        'وقال الوزير: "سننتصر وفق ما وعدنا شعبنا، ولن نتراجع أبداً".',
        [("الوزير", None, "سننتصر وفق ما وعدنا شعبنا، ولن نتراجع أبداً")],
    ),
    # A particle or subordinator run into the reporting verb after it by the scraper
    # ("فيمانفت", "بينماأكد", "قدتوعّد") is split at the verb; "قدرات" stays a word.
    (
        "'فيما' run into the verb",
        "واعتقلت الشرطة عدداً من المحتجين، فيمانفت السفارة أي تورط لها في الاحتجاجات.",
        [("السفارة", None, "أي تورط لها في الاحتجاجات")],
    ),
    (
        "'بينما' run into the verb",
        "وقصفت الطائرات المدينة، بينماأكد الجيش أنه استهدف مواقع عسكرية.",
        [("الجيش", None, "استهدف مواقع عسكرية")],
    ),
    (
        "'قدرات' is no 'قد' before a verb",
        "وتمتلك المقاومة قدرات كبيرة، كما قال الخبير.",
        [("الخبير", None, "وتمتلك المقاومة قدرات كبيرة")],
    ),
    # "وكان X قد VERB Y": the subject stands between the auxiliary and "قد", so the noun after
    # the verb is its object (the one threatened or warned), never the speaker.
    (
        "'قد' run into the verb after a subject between commas",
        "وكان الأمين العام للحزب، سامر حداد، قدتوعّد الاحتلال بالرد.",
        [("سامر حداد", "الأمين العام للحزب", "الرد")],
    ),
    (
        "the one warned after 'كانت X قد حذّرت'",
        "وكانت الحركة قد حذّرت الاحتلال من الرد.",
        [("الحركة", None, "الرد")],
    ),
    (
        "'كان قد' with the subject after the verb",
        "وكان قد أعلن وزير الخارجية سامر حداد أن الحرب ستنتهي.",
        [("سامر حداد", "وزير الخارجية", "الحرب ستنتهي")],
    ),
    (
        "an outlet before 'قد نقلت عن'",
        "وكانت وكالة رويترز قد نقلت عن الوزير قوله إن الحرب ستنتهي.",
        [("الوزير", None, "الحرب ستنتهي")],
    ),
    # A bare indefinite "مراسل" after the article has named its correspondent is that
    # correspondent, as "المراسل" and "مراسلنا" are.
    (
        "a bare 'مراسل' after the correspondent was named",
        "وأفاد مراسل الميادين بسقوط صاروخ في المدينة. وفي الشمال، أكد مراسل أن القصف استمر طوال الليل.",
        [
            ("مراسل الميادين", None, "سقوط صاروخ في المدينة"),
            ("مراسل الميادين", None, "القصف استمر طوال الليل"),
        ],
    ),
    # A sentence-initial according-to answered by "فإنّ" or "فقد": the source ends there, even
    # when the content has commas of its own or opens on a quotation.
    (
        "'فقد' after the source",
        'ووفقاً لصحيفة "الأفق" المحلية فقد ظلت المدارس مغلقة طوال الأسبوع.',
        [("الأفق", None, "ظلت المدارس مغلقة طوال الأسبوع")],
    ),
    (
        "'فقد' after the source and a comma",
        "وبحسب الوزارة، فقد ارتفع عدد الضحايا إلى 40.",
        [("الوزارة", None, "ارتفع عدد الضحايا إلى 40")],
    ),
    (
        "'فإنه' before a content with commas",
        "ووفق ما ذكرته الوكالة فإنه لم يرد وزير الإعلام، سامر حداد، على طلب للتعليق.",
        [("الوكالة", None, "لم يرد وزير الإعلام، سامر حداد، على طلب للتعليق")],
    ),
    (
        "'فإن' before a quotation",
        'ووفق ما ذكر الموقع فإن "الأسعار ترتفع هذا العام"، وأن "المنتجين لجأوا إلى المخزون".',
        [("الموقع", None, '"الأسعار ترتفع هذا العام"، وأن "المنتجين لجأوا إلى المخزون"')],
    ),
    (
        "a comma before 'فإن' keeps its place",
        "ووفقاً لوزارة الصحة، فإن عدد الضحايا ارتفع إلى 40.",
        [("وزارة الصحة", None, "عدد الضحايا ارتفع إلى 40")],
    ),
    # A name in quotation marks after the verb is one unit of the subject, and a verbal noun
    # right after its closing mark is the verb's object ("إلحاق", folded, reads like a
    # definite word).
    (
        "a quoted outlet, then a verbal noun",
        'أكّدت "بلومبرغ" إلحاق الحزب أضراراً كبيرة في الشمال.',
        [("بلومبرغ", None, "إلحاق الحزب أضراراً كبيرة في الشمال")],
    ),
    (
        "a quoted name of two words after its head, then a verbal noun",
        'وأعلنت شركة "موانئ دبي" انخفاض أرباحها نحو 60%.',
        [("شركة موانئ دبي", None, "انخفاض أرباحها نحو 60%")],
    ),
    (
        "an adjective after a quoted name stays in the subject",
        'وأعلن حزب "الوفاق الوطني" الليبي رفضه للقرار الجديد.',
        [("حزب الوفاق الوطني الليبي", None, "رفضه للقرار الجديد")],
    ),
    (
        "a quoted object after the subject's adjective",
        'وأكدت وزارة الخارجية السورية "الجريمة البشعة التي ارتكبها الاحتلال".',
        [("وزارة الخارجية السورية", None, "الجريمة البشعة التي ارتكبها الاحتلال")],
    ),
    # The one warned or threatened ("حذّر X Y من", "توعّد X Y بـ"), a definite noun after the
    # subject, is the verb's object and opens what is said, never part of the speaker's name.
    (
        "'الجميع' warned after a surname",
        "وحذّر حداد الجميع في لبنان والجولان إلى الحذر من أي انزلاق نحو الفتنة.",
        [("حداد", None, "الجميع في لبنان والجولان إلى الحذر من أي انزلاق نحو الفتنة")],
    ),
    (
        "a definite noun warned after a role and a name",
        "وحذّر وزير الخارجية الإيراني سامر حداد الاحتلال من مغبة التصعيد في لبنان.",
        [("سامر حداد", "وزير الخارجية الإيراني", "الاحتلال من مغبة التصعيد في لبنان")],
    ),
    (
        "a definite noun threatened after a role and a name",
        "وتوعّد الأمين العام للحزب سامر حداد الاحتلال بالرد القاسي.",
        [("سامر حداد", "الأمين العام للحزب", "الاحتلال بالرد القاسي")],
    ),
    (
        "a warning with no one warned",
        "وحذّر المتحدث باسم الخارجية الإيرانية ناصر كنعاني من أي مغامرة جديدة.",
        [("ناصر كنعاني", "المتحدث باسم الخارجية الإيرانية", "أي مغامرة جديدة")],
    ),
    (
        "a body's warning with no one warned",
        "وحذّرت وزارة الصحة الفلسطينية من انهيار المنظومة الصحية في القطاع.",
        [("وزارة الصحة الفلسطينية", None, "انهيار المنظومة الصحية في القطاع")],
    ),
    # A time, place or circumstance between a participle and its complementiser, without a
    # comma ("مضيفاً في وقت لاحق أنّ", "مؤكداً أمام الدبلوماسيين أن", "مضيفاً بعدما ... أنّ"),
    # opens no content of its own; every statement running over the participle ends before it.
    (
        "a time between the participle and 'أنّ'",
        "وقال الوزير إن الوضع صعب، مضيفاً في وقت لاحق أنّ الحكومة ستتدخل.",
        [("الوزير", None, "الوضع صعب"), ("الوزير", None, "الحكومة ستتدخل")],
    ),
    (
        "a place between the participle and 'أن'",
        (
            "وحذّر الوزير من التدخل الخارجي في شؤون البلاد الداخلية، مؤكداً أمام عدد من الدبلوماسيين "
            "الأجانب أن الحكومة ستتخذ الإجراءات المناسبة."
        ),
        [
            ("الوزير", None, "التدخل الخارجي في شؤون البلاد الداخلية"),
            ("الوزير", None, "الحكومة ستتخذ الإجراءات المناسبة"),
        ],
    ),
    (
        "a clause of time between the participle and 'أنّ'",
        "وقال الزائر إن أطفاله أرادوا رؤية الحيوانات، مضيفاً بعدما اجتاز طابوراً طويلاً أنّ نجليه تأثرا جداً.",
        [("الزائر", None, "أطفاله أرادوا رؤية الحيوانات"), ("الزائر", None, "نجليه تأثرا جداً")],
    ),
    (
        "the verb of 'قائلاً' ends before the next participle too",
        (
            'وأعلن الوزير سامر حداد قائلاً: "سننتصر في هذه الحرب مهما طالت"، مضيفاً في وقت لاحق أنّ '
            "الجيش سيواصل القتال."
        ),
        [
            ("سامر حداد", "الوزير", "سننتصر في هذه الحرب مهما طالت"),
            ("سامر حداد", "الوزير", "الجيش سيواصل القتال"),
        ],
    ),
    # A clause that opens on a participle of calling ("مطالباً X") goes on from the sentence
    # before: the one called on is the object, not the speaker of the participle after it.
    (
        "a sentence that opens on 'مطالباً'",
        (
            "وأضاف حداد أن ما جرى في المدينة جريمة كبرى. مطالباً المجتمع الدولي بالتحرك العاجل، "
            "مضيفاً في هذا الصدد أن الدعوة موجهة إلى كل الدول."
        ),
        [("حداد", None, "ما جرى في المدينة جريمة كبرى"), ("حداد", None, "الدعوة موجهة إلى كل الدول")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_round11_rows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected
