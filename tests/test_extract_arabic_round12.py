"""Table tests for the Arabic extractor's twelfth round: failure classes read off the tuning
sets and the unannotated corpus (not the dev set, not the held-out sets).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import arabic_triples as triples

ROWS = [
    # "اتهم" with commas between the accuser and the accused: a time or a place of saying, the
    # accuser's name after a role, or a one-word accuser; the accused and the charge are the
    # content. A comma right before the charge leaves the accused unsure: nothing.
    (
        "a time between commas after the accuser",
        "اتهمت الحركة، اليوم، الاحتلال بارتكاب مجزرة في المدينة.",
        [("الحركة", None, "الاحتلال بارتكاب مجزرة في المدينة")],
    ),
    (
        "'في بيان' between commas after the accuser",
        "واتهمت النقابة، في بيان، الشركة بتسريح العمال دون تعويض.",
        [("النقابة", None, "الشركة بتسريح العمال دون تعويض")],
    ),
    (
        "a role, its name between commas, then the accused",
        "بدوره، اتهم وزير الداخلية السابق، سامر حداد، الوزيرة في البرلمان باستخدام أرقام مختلقة.",
        [("سامر حداد", "وزير الداخلية السابق", "الوزيرة في البرلمان باستخدام أرقام مختلقة")],
    ),
    (
        "a one-word accuser and a comma",
        "وفي سياق متصل، اتهم غالانت، نتنياهو بإضاعة فرصة التوصل إلى اتفاق.",
        [("غالانت", None, "نتنياهو بإضاعة فرصة التوصل إلى اتفاق")],
    ),
    (
        "the accused's name between commas before the charge: nothing",
        "واتهم الرئيس وزير المالية في حكومته، حداد، بإخفاء العجز.",
        [],
    ),
    (
        "a clause between commas, not a name: nothing",
        "واتهم الوزير، وهو من أشد المعارضين، الحكومة بالفساد المالي.",
        [],
    ),
    # Without case endings two definite words after "اتهم" may be noun and adjective; where they
    # cannot agree, the second is the accused: a feminine singular takes a feminine adjective,
    # a nominative plural a nominative one.
    (
        "a feminine accuser, a masculine definite accused",
        "اتهمت الحركة الاحتلال بارتكاب مجزرة في المدينة.",
        [("الحركة", None, "الاحتلال بارتكاب مجزرة في المدينة")],
    ),
    (
        "a nominative plural accuser, an accusative plural accused",
        "وبالفعل، يتهم الجمهوريون الديمقراطيين بإجبار الرئيس على التنحي.",
        [("الجمهوريون", None, "الديمقراطيين بإجبار الرئيس على التنحي")],
    ),
    (
        "a feminine noun and its adjective: the accused is unsure, nothing",
        "اتهمت الوزيرة الجديدة الحكومة السابقة بإخفاء الحقائق.",
        [],
    ),
    # The antecedent of "الذي"/"التي" after a long segment is the definite noun phrase that ends
    # it: back over adjectives, genitives after "ل" and a place after "في", to the construct head
    # that agrees with the pronoun; after an indefinite noun, "لـ" and a name, the name.
    (
        "a place after the antecedent, a masculine construct head before it",
        "وأثارت تصريحات المسؤول الأخيرة غضب السلطات في دولة مالي، التي قالت إن الجيش هاجم القرية.",
        [("السلطات في دولة مالي", None, "الجيش هاجم القرية")],
    ),
    (
        "a name after an indefinite noun and 'ل'",
        "لا شك أن الأحداث الأخيرة شكلت مصدر قلق لبكين، التي قالت إنها تتابع الأوضاع من كثب.",
        [("بكين", None, "تتابع الأوضاع من كثب")],
    ),
    (
        "a genitive after 'ل' inside the antecedent",
        "وكذلك فعلت اللجنة الرئاسية العليا لشؤون الكنائس في فلسطين، والتي أكدت أن الاقتحامات مستمرة.",
        [("اللجنة الرئاسية العليا لشؤون الكنائس في فلسطين", None, "الاقتحامات مستمرة")],
    ),
    (
        "a feminine construct head",
        "وجدت النائبة نفسها في مرمى نيران لجنة الشؤون العامة الأميركية، التي زعمت أن النائبة معادية لها.",
        [("لجنة الشؤون العامة الأميركية", None, "النائبة معادية لها")],
    ),
    (
        "'إلى' before the antecedent, no comma",
        "عبارة وصل صداها سريعاً إلى البيت الأبيض الذي قال إن الحرائق كثيرة.",
        [("البيت الأبيض", None, "الحرائق كثيرة")],
    ),
    # An indefinite document in the accusative after a verb and its subject ("نشرت X تحقيقاً
    # يفيد", "أصدرت X تقريراً، يؤكد"): the imperfect verb is the document's, in a relative clause
    # without "الذي"; the subject between, its publisher, speaks.
    (
        "a newspaper published an investigation",
        'ونشرت صحيفة "الأيام" المحلية تحقيقاً يفيد بوفاة عشرة عمال في المصنع منذ بداية العام.',
        [("الأيام", None, "وفاة عشرة عمال في المصنع منذ بداية العام")],
    ),
    (
        "an organisation issued a report, with 'أن'",
        "وأصدرت منظمة حقوقية محلية تقريراً يؤكد أن عشرة عمال توفوا في المصنع منذ بداية العام.",
        [("منظمة حقوقية محلية", None, "عشرة عمال توفوا في المصنع منذ بداية العام")],
    ),
    (
        "a comma between the report and its verb",
        "وأصدرت النقابة تقريراً، يؤكد أن عشرة عمال توفوا في المصنع منذ بداية العام.",
        [("النقابة", None, "عشرة عمال توفوا في المصنع منذ بداية العام")],
    ),
    # The one warned after the subject: a quantifier and a definite noun ("كل المواطنين",
    # "جميع الدول"), or a long plural after a singular subject it cannot qualify ("الوزير
    # المواطنين"). A quantifier after an indefinite head is its genitive ("ممثلو كل الفصائل").
    (
        "'كل' and a definite noun after the subject",
        "وحذّرت الوزارة كل المواطنين من السفر إلى المنطقة في الأيام المقبلة.",
        [("الوزارة", None, "كل المواطنين من السفر إلى المنطقة في الأيام المقبلة")],
    ),
    (
        "'جميع' and a definite noun after a role",
        "وحذّر الوزير جميع المواطنين من السفر إلى المنطقة في الأيام المقبلة.",
        [("الوزير", None, "جميع المواطنين من السفر إلى المنطقة في الأيام المقبلة")],
    ),
    (
        "a plural after a singular role, then 'من أن'",
        "وحذّر الوزير المواطنين من أن السفر إلى المنطقة خطير.",
        [("الوزير", None, "السفر إلى المنطقة خطير")],
    ),
    (
        "'كل' after an indefinite head stays in the subject",
        "وحذّر ممثلو كل الفصائل من السفر إلى المنطقة في الأيام المقبلة.",
        [("ممثلو كل الفصائل", None, "السفر إلى المنطقة في الأيام المقبلة")],
    ),
    # An indefinite subject closed by an indefinite adjective ("وسائل إعلام إسرائيلية", "مصادر
    # عسكرية إسرائيلية"): a definite word after it cannot be its adjective and opens the object;
    # a day's name does not, nor a word after a role's or a body's head ("وزير مالية الاحتلال").
    (
        "a definite object after an indefinite adjective ('وصف')",
        "ووصفت وسائل إعلام عبرية التهديدات الأخيرة للحزب بأنها بلا وزن.",
        [("وسائل إعلام عبرية", None, "التهديدات الأخيرة للحزب بأنها بلا وزن")],
    ),
    (
        "a definite object after two indefinite adjectives",
        "ونفت مصادر عسكرية إسرائيلية الأنباء عن وقوع قتلى في الهجوم.",
        [("مصادر عسكرية إسرائيلية", None, "الأنباء عن وقوع قتلى في الهجوم")],
    ),
    (
        "a day's name after the indefinite adjective",
        "وأكد مسؤول أميركي الأحد أن المفاوضات مستمرة.",
        [("مسؤول أميركي", None, "المفاوضات مستمرة")],
    ),
    (
        "a genitive after a role's head",
        "من جهته، انتقد وزير مالية الاحتلال، سامر حداد، الاتفاق، مؤكداً أنه يمثل ضغطاً على الحكومة.",
        [("سامر حداد", "وزير مالية الاحتلال", "يمثل ضغطاً على الحكومة")],
    ),
    # A surname the article closed a personal name with ("الصحافي، بن كسبيت،") is the whole
    # subject when it comes back after the verb: a name heads no construct, so a bare noun after
    # it opens the object. A first name ("سامر" of "سامر حداد") is not closed anywhere.
    (
        "a surname, then the object of 'وصف'",
        (
            "وقال الصحافي، بن كسبيت، إن البلاد في خضم الفوضى. ووصف كسبيت مقاطع الفيديو، التي ظهر "
            "فيها المتظاهرون، بأنها رمز تفكك البلاد، معقباً أن الفوضى عمت."
        ),
        [
            ("بن كسبيت", "الصحافي", "البلاد في خضم الفوضى"),
            ("بن كسبيت", "الصحافي", "مقاطع الفيديو، التي ظهر فيها المتظاهرون، بأنها رمز تفكك البلاد"),
            ("بن كسبيت", "الصحافي", "الفوضى عمت"),
        ],
    ),
    (
        "a surname, then the object of 'نفى'",
        "وقال الرئيس، سامر حداد، إن الوضع مستقر. بدوره، نفى حداد تهم المعارضين له بشأن الفساد في الحكومة.",
        [
            ("سامر حداد", "الرئيس", "الوضع مستقر"),
            ("سامر حداد", "الرئيس", "تهم المعارضين له بشأن الفساد في الحكومة"),
        ],
    ),
    (
        "a first name and its surname stay one subject",
        "وقال الرئيس، سامر حداد، إن الوضع مستقر. بدوره، نفى سامر حداد اتهامات المعارضة بالفساد.",
        [
            ("سامر حداد", "الرئيس", "الوضع مستقر"),
            ("سامر حداد", "الرئيس", "اتهامات المعارضة بالفساد"),
        ],
    ),
    # An aside between commas right after the verb ("وأكدت، في بيان،", "كما أعلنت، في بيان
    # آخر،"): news writes no subject after it, so the subject is elided and what follows is the
    # object (a verbal noun, a possessed noun or a quotation); a body's name there is the subject.
    (
        "a verbal noun after 'في بيان' between commas",
        "وقالت الحركة إن الوضع خطير. وأكدت، خلال مؤتمر صحافي، تواصلها المنتظم مع الوسطاء.",
        [("الحركة", None, "الوضع خطير"), ("الحركة", None, "تواصلها المنتظم مع الوسطاء")],
    ),
    (
        "a body's name after the aside is the subject",
        "وأكّدت، عقب الاقتحام، كتائب الفجر استهداف ضابط المنطقة بالرصاص.",
        [("كتائب الفجر", None, "استهداف ضابط المنطقة بالرصاص")],
    ),
    (
        "'على أن' after the aside stays the cue's",
        "وقالت الحركة إن الوضع خطير. وشددت، في بيان، على أن الاحتلال يختلق الذرائع.",
        [("الحركة", None, "الوضع خطير"), ("الحركة", None, "الاحتلال يختلق الذرائع")],
    ),
    # A definite feminine word ("الفلسطينية", "الخارجية", "الجديدة") takes only a feminine
    # adjective after it: a definite word of another ending opens the object ("الشهداء",
    # "المجتمع", "الهجوم"); a plural adjective ("العسكريون") or a number ("الـ13") does not.
    (
        "a definite object after a feminine adjective, then a participle",
        "ونعت لجان المقاومة الفلسطينية الشهداء الذين ارتقوا في البلدة، قائلةً إن دماءهم لن تذهب هدراً.",
        [("لجان المقاومة الفلسطينية", None, "دماءهم لن تذهب هدراً")],
    ),
    (
        "the addressee after a ministry's name",
        "ودعت الوزارة الخارجية المجتمع الدولي إلى التحرك، مؤكّدةً أن الاحتلال يهدد المنظومة الدولية.",
        [("الوزارة الخارجية", None, "الاحتلال يهدد المنظومة الدولية")],
    ),
    (
        "a masculine object after a feminine adjective that is not a nisba",
        "ودانت الحكومة الفلسطينية الجديدة الهجوم، مؤكدةً أن الاحتلال يتحمل المسؤولية.",
        [("الحكومة الفلسطينية الجديدة", None, "الاحتلال يتحمل المسؤولية")],
    ),
    # "المجلة", and "الصحيفة" for a magazine, refer back to the outlet named before; a head
    # before a quoted outlet already named alone ('"فورين أفيرز" ... مجلة "فورين أفيرز"') adds
    # nothing to its name.
    (
        "'المجلة' refers back to a magazine",
        (
            'قالت مجلة "ذا ويك" الأميركية إن الحرب ستطول. وأكدت المجلة أن الاقتصاد سيتراجع كثيراً. '
            "وأشارت الصحيفة إلى أن الاستثمارات تتراجع."
        ),
        [
            ("ذا ويك", None, "الحرب ستطول"),
            ("ذا ويك", None, "الاقتصاد سيتراجع كثيراً"),
            ("ذا ويك", None, "الاستثمارات تتراجع"),
        ],
    ),
    (
        "an outlet named alone, then with its head, then 'المجلة'",
        (
            '"ذا ويك" تتحدث عن حرب طويلة. وقالت مجلة "ذا ويك" إن الحرب ستطول. '
            "وأكدت المجلة أن الاقتصاد سيتراجع كثيراً."
        ),
        [
            ("ذا ويك", None, "حرب طويلة"),
            ("ذا ويك", None, "الحرب ستطول"),
            ("ذا ويك", None, "الاقتصاد سيتراجع كثيراً"),
        ],
    ),
    # "اتهم" in a relative clause: the antecedent of "التي"/"الذي" accuses, and a quoted
    # accused right after the verb is the content's start.
    (
        "a body accuses in a relative clause, a quoted accused",
        'وجاء نشر القوات بناءً على طلب من حكومة البلاد، التي اتهمت "مجموعة الجيران" بدعم المتمردين بدلاً من محاربتهم.',
        [("حكومة البلاد", None, '"مجموعة الجيران" بدعم المتمردين بدلاً من محاربتهم')],
    ),
    (
        "a person accuses in a relative clause",
        "وجاء ذلك بعد تصريحات الوزير سامر حداد، الذي اتهم المعارضة بالتآمر على البلاد.",
        [("سامر حداد", "الوزير", "المعارضة بالتآمر على البلاد")],
    ),
    # A definite verbal noun with its "ل" complement after a time between commas ("أعلن الرئيس
    # فلان، الجمعة، الترشح للانتخابات") is the object: neither a name after the role nor a
    # description of the subject ("الجناح العسكري لحركة ...").
    (
        "a definite verbal noun after a role, a name and a day",
        "وأعلن الرئيس سامر حداد، الجمعة، الترشح للانتخابات الرئاسية.",
        [("سامر حداد", "الرئيس", "الترشح للانتخابات الرئاسية")],
    ),
    (
        "a definite verbal noun after a role alone and a day",
        "وأعلن الوزير، الجمعة، الترشح للانتخابات الرئاسية.",
        [("الوزير", None, "الترشح للانتخابات الرئاسية")],
    ),
    (
        "a description after the subject stays one",
        "أعلنت كتائب الفجر، الجناح العسكري لحركة النهضة، قصفها مواقع الاحتلال في المدينة.",
        [("كتائب الفجر", "الجناح العسكري لحركة النهضة", "قصفها مواقع الاحتلال في المدينة")],
    ),
    # A participle's clause names its subject: a body named before is taken again only by its
    # name, never by a place after "في" that both share ("حركة الجهاد في فلسطين" and "الجبهة
    # الشعبية لتحرير فلسطين"); a person's surname alone still names the person.
    (
        "a second body whose name ends in the same place",
        (
            "ونعت حركة المقاومة في فلسطين شهداء المدينة، مؤكدة أن الجرائم لن تثنيها عن المقاومة. "
            "ونعت الجبهة الشعبية لتحرير فلسطين، أيضاً، شهداء المدينة، مؤكدةً أن العدوان لن يخمد المقاومة."
        ),
        [
            ("حركة المقاومة في فلسطين", None, "الجرائم لن تثنيها عن المقاومة"),
            ("الجبهة الشعبية لتحرير فلسطين", None, "العدوان لن يخمد المقاومة"),
        ],
    ),
    # An unnamed source or a role after "أنّ" or "عن" is in the accusative ("قيادياً",
    # "مصدراً"); its name is given in the nominative, like a plural source's.
    (
        "an accusative role after 'أنّ'",
        "يُذكر أنّ قيادياً في الحركة أكد للصحافيين أنّ الوفد لن يشارك في اجتماعات الخميس.",
        [("قيادي في الحركة", None, "الوفد لن يشارك في اجتماعات الخميس")],
    ),
    (
        "an accusative source and its adjective",
        "وكان مصدراً مطلعاً قد أكد أنّ الوفد لن يشارك في اجتماعات الخميس.",
        [("مصدر مطلع", None, "الوفد لن يشارك في اجتماعات الخميس")],
    ),
    # Definite nisba adjectives used as a noun before a bare name ("الفرنسي السويسري فلان") are
    # the person's nationality: the role, not part of the name.
    (
        "two nationalities before a name, a relative clause after it",
        'وقال الفرنسي السويسري سامر حداد، الذي يمضي إجازة في البلاد: "أراد أطفالي رؤية الحيوانات".',
        [("سامر حداد", "الفرنسي السويسري", "أراد أطفالي رؤية الحيوانات")],
    ),
    (
        "one nationality before a name",
        "وقال البريطاني جون سميث إن الوضع خطير.",
        [("جون سميث", "البريطاني", "الوضع خطير")],
    ),
    # The idiom "كشف النقاب عن" (lifted the veil): "النقاب" is its object, never a speaker;
    # after "تم" the verbal noun makes a passive and nobody speaks.
    (
        "the idiom after a subject",
        "وكشف الوزير النقاب عن أن الحكومة ستستقيل قريباً.",
        [("الوزير", None, "الحكومة ستستقيل قريباً")],
    ),
    (
        "the idiom with an elided subject: nothing",
        "وكشف النقاب عن أن الحكومة ستستقيل قريباً.",
        [],
    ),
    (
        "the idiom in the passive with 'تم': nothing",
        "لقد تم كشف النقاب عن الحكومة وراعيتها على المستوى الدولي بشكل لم يسبق له مثيل.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_round12_rows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected
