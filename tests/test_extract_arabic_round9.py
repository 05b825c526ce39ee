"""Table tests for the Arabic extractor's ninth round: failure classes read off fresh tuning
sets and the unannotated corpus (not the dev set, not the held-out sets).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import arabic_triples as triples
from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic

ROWS = [
    # "اللذين أُعلن عن وفاتهما": a singular verb after a dual relative, with no subject, is the
    # passive; "أن بي سي" is the letters of NBC; a direction opens a place aside after a role.
    (
        "a passive after a dual relative inside a report",
        'ذكرت صحيفة "يديعوت أحرونوت" أنّ الأسيرين، اللذين أعلن عن وفاتهما في غزة، "قتلا بعملية للجيش".',
        [("يديعوت أحرونوت", None, 'الأسيرين، اللذين أعلن عن وفاتهما في غزة، "قتلا بعملية للجيش"')],
    ),
    (
        "the letters of NBC in a relaying network's name",
        'ونقلت شبكة "أن بي سي نيوز" الأميركية عن مسؤولين أميركيين قولهم إنّ المفاوضات تعقدت.',
        [("مسؤولون أميركيون", None, "المفاوضات تعقدت")],
    ),
    (
        "a place aside between the role and the name",
        'وأقرّ المدير العام لميناء "إيلات"، جنوبي البلاد، سامي حداد، إنّ التهديدات أدّت إلى خسائر مالية.',
        [("سامي حداد", "المدير العام لميناء إيلات", "التهديدات أدّت إلى خسائر مالية")],
    ),
    # A role met before the name ("the lead, then the body"): the one person whose role holds its
    # words is the speaker.
    (
        "a role in the lead, the named holder in the body",
        (
            "وأكد القائد السابق لشعبة العمليات أن إيران تكسب نقاطاً. "
            "أكد قائد شعبة العمليات السابق في الجيش، سامي زيف، أن البلاد تعيش أياماً متوترة."
        ),
        [
            ("سامي زيف", "قائد شعبة العمليات السابق في الجيش", "إيران تكسب نقاطاً"),
            ("سامي زيف", "قائد شعبة العمليات السابق في الجيش", "البلاد تعيش أياماً متوترة"),
        ],
    ),
    (
        "two holders of the role: it stays a role",
        (
            "وقال وزير الخارجية إن المحادثات مستمرة. وقال وزير الخارجية الأردني أيمن الصفدي إن الحل قريب. "
            "وقال وزير الخارجية المصري سامح شكري إن الحل بعيد."
        ),
        [
            ("وزير الخارجية", None, "المحادثات مستمرة"),
            ("أيمن الصفدي", "وزير الخارجية الأردني", "الحل قريب"),
            ("سامح شكري", "وزير الخارجية المصري", "الحل بعيد"),
        ],
    ),
    # "وشكر بايدن على دعمه": a transitive narrative verb with one bare name before its
    # preposition; the name is whom he thanked, and the next "وقال" continues the speaker.
    (
        "a thanked name is not the next speaker",
        "وقال نتنياهو إن إسرائيل ستنتصر. وشكر بايدن على دعمه القوي. وقال إنّ الولايات المتحدة هي الهدف التالي.",
        [("نتنياهو", None, "إسرائيل ستنتصر"), ("نتنياهو", None, "الولايات المتحدة هي الهدف التالي")],
    ),
    (
        "a narrative verb with its subject named continues that subject",
        "وقال نتنياهو إن إسرائيل ستنتصر. وأشاد بايدن بالعلاقات بين البلدين. وقال إنّ الدعم سيستمر.",
        [("نتنياهو", None, "إسرائيل ستنتصر"), ("بايدن", None, "الدعم سيستمر")],
    ),
    # "لا يزال" is an auxiliary before a fronted subject, like "كان"; "رسالة حماس" is Hamas's.
    ("'لا يزال' before the subject", "لا يزال الوزير يؤكد أن الحل قريب.", [("الوزير", None, "الحل قريب")]),
    (
        "a message of a movement named before",
        "وقالت حركة حماس إن الاتفاق قريب. وأشارت رسالة حماس، بحسب القيادي، إلى أنّ الاحتلال رفض الانسحاب.",
        [("حركة حماس", None, "الاتفاق قريب"), ("حركة حماس", None, "الاحتلال رفض الانسحاب")],
    ),
    # A demonstrative or a trailing preposition makes a clause, not a source's name; "في تلك
    # الفترة" after a source says when.
    ("a demonstrative in the subject", "أحد هذه التقارير يشير إلى أن الهيمنة الإعلامية مهمة جداً.", []),
    (
        "a time pointed at after the source",
        "وذكرت صحيفة يديعوت أحرونوت في تلك الفترة أن الحرب فرصة لإسرائيل.",
        [("صحيفة يديعوت أحرونوت", None, "الحرب فرصة لإسرائيل")],
    ),
    # "صحيفة X تنشر مقالاً للكاتب فلان، يتحدث فيه عن ...": the piece's author speaks, not the
    # newspaper; "لديها" (at it) and "البروفيسور" belong to the role before the name.
    (
        "a translated piece and its author",
        'صحيفة "هآرتس" تنشر مقالاً للمؤرخ الإسرائيلي سامي حداد، يتحدث فيه عن فشل الحكومة في الحرب.',
        [("سامي حداد", "المؤرخ الإسرائيلي", "فشل الحكومة في الحرب")],
    ),
    (
        "the piece run into the verb and the author's role after 'لل'",
        'موقع "المنبر" ينشرمقالاًللكاتب سامي حداد، يتحدث فيه عن السياسة الخارجية الأميركية.',
        [("سامي حداد", "الكاتب", "السياسة الخارجية الأميركية")],
    ),
    (
        "a visitor named before the comma, the role after the verb speaks",
        "وخلال استقباله رئيس الحكومة الكوبي، سامي حداد، أكد الرئيس الإيراني تطوير العلاقات بين البلدين.",
        [("الرئيس الإيراني", None, "تطوير العلاقات بين البلدين")],
    ),
    (
        "a report by the outlet's analyst, 'لديها' before the name",
        'صحيفة "هآرتس" تنشر تقريراً لمحلل الشؤون العسكرية لديها يوسي حداد يتحدث فيه عن الوضع في الشمال.',
        [("يوسي حداد", "محلل الشؤون العسكرية لديها", "الوضع في الشمال")],
    ),
    (
        "a professor and a second role, then the name",
        "وقال البروفيسور الإسرائيلي وأستاذ العلوم السياسية، سامي حداد، إن الاحتلال واقع.",
        [("سامي حداد", "البروفيسور الإسرائيلي وأستاذ العلوم السياسية", "الاحتلال واقع")],
    ),
    (
        "a tweet with no author named: the subject of the clause speaks",
        "نشر الوزير تغريدة قال فيها إن الحرب انتهت.",
        [("الوزير", None, "الحرب انتهت")],
    ),
    # Accusations: the accuser, then the accused with the charge after "بـ" as the content.
    # Verb first both must be there: without case endings "اتهم الوزير بالفساد" is the passive.
    (
        "verb first, the accuser and the accused",
        "واتهمت السلطات الكونغولية رواندا بدعم الحركة المتمردة في الشرق.",
        [("السلطات الكونغولية", None, "رواندا بدعم الحركة المتمردة في الشرق")],
    ),
    (
        "subject first, with a present verb",
        "الحكومة تتهم جارتها بمحاولة استغلال أراضيها الغنية.",
        [("الحكومة", None, "جارتها بمحاولة استغلال أراضيها الغنية")],
    ),
    (
        "a role and its name, then the accused",
        "واتهم الرئيس الأميركي جو بايدن دمشق باحتجاز الصحافي منذ سنوات.",
        [("جو بايدن", "الرئيس الأميركي", "دمشق باحتجاز الصحافي منذ سنوات")],
    ),
    (
        "a name the article also writes alone, then a definite accused",
        "قال المرشح تيم والز إن الحملة قوية. ومن جهته، اتهم والز الرئيس السابق بأنه يبث الفرقة بين الناس.",
        [
            ("تيم والز", "المرشح", "الحملة قوية"),
            ("تيم والز", "المرشح", "الرئيس السابق بأنه يبث الفرقة بين الناس"),
        ],
    ),
    (
        "the second verb of a clause shares its subject",
        "استدعت السلطات الكونغولية سفير رواندا، إثر الهجمات على قواتها، واتهمت رواندا بدعم المتمردين في الشرق.",
        [("السلطات الكونغولية", None, "رواندا بدعم المتمردين في الشرق")],
    ),
    (
        "an organisation head before the quoted accused",
        'اتهمت حكومة جمهورية الكونغو الديمقراطية حركة "مارس 23" بإرسال إشارات ملاحية كاذبة.',
        [("حكومة جمهورية الكونغو الديمقراطية", None, 'حركة "مارس 23" بإرسال إشارات ملاحية كاذبة')],
    ),
    ("one noun phrase before the charge: the passive", "واتهم الوزير بالفساد المالي والإداري.", []),
    (
        "a banner accuses, in a relative clause",
        "وحضرت النائبة الجلسة، ورفعت لافتةً تتهم رئيس الحكومة بارتكاب الإبادة الجماعية.",
        [],
    ),
    # "عبرية" (Hebrew) is an adjective of the outlets, not "عبر" (via) opening an aside.
    (
        "'عبرية' after the outlets",
        "وقالت وسائل إعلام عبرية إن صواريخ سقطت.",
        [("وسائل إعلام عبرية", None, "صواريخ سقطت")],
    ),
    ("'عبر' before the medium", "وقال الوزير عبر حسابه إن صواريخ سقطت.", [("الوزير", None, "صواريخ سقطت")]),
    # "وبعد أشهر على الوعد، تولى نتنياهو الحكومة، كما أوردت الصحيفة": a clause after an adverbial
    # lead is what "كما أوردت" credits; a lead alone before the aside is not.
    (
        "'كما أوردت' after a clause that an adverbial lead opens",
        "وبعد أشهر على ذلك الوعد، تولى الرئيس الحكم لكنه لم يحقق وعده، كما أوردت الصحيفة.",
        [("الصحيفة", None, "وبعد أشهر على ذلك الوعد، تولى الرئيس الحكم لكنه لم يحقق وعده")],
    ),
    # 'وقال X، رداً على سؤالٍ بشأن ...، "..."': a long aside that a known lead opens, between the
    # source and the quotation.
    (
        "a long aside before the quotation",
        'وقال بيسكوف، رداً على سؤالٍ بشأن إمكانية إجراء مفاوضات سلام، "روسيا لم تتخل أبداً عن السلام".',
        [("بيسكوف", None, "روسيا لم تتخل أبداً عن السلام")],
    ),
    # "بحسب قولها فإنها ...": the pronoun's own words, without a comma before the complementiser.
    (
        "'بحسب قولها' then 'فإنها'",
        "وقالت الحكومة إن الحوار ممكن. والوضع صعب، بحسب قولها فإنها تفرض شروطاً.",
        [("الحكومة", None, "الحوار ممكن"), ("الحكومة", None, "والوضع صعب")],
    ),
    # "تقرير للأمم المتحدة يؤكد أن": an indefinite document and its owner after "لل"; the owner
    # speaks, with its article restored; also after "إثر"/"بعد" and a comma.
    (
        "a document of an owner written with 'لل'",
        "تقرير للأمم المتحدة يؤكد أن الحركة تتلقى دعماً خارجياً.",
        [("الأمم المتحدة", None, "الحركة تتلقى دعماً خارجياً")],
    ),
    (
        "a document after 'إثر', its relative verb",
        "استدعت الوزارة السفير، إثر تقرير للأمم المتحدة يزعم أن الحركة تتلقى دعماً خارجياً.",
        [("الأمم المتحدة", None, "الحركة تتلقى دعماً خارجياً")],
    ),
    (
        "a document after 'إثر' and a comma",
        "استدعت الوزارة السفير، إثر تقرير للأمم المتحدة، زعم أن الحركة تتلقى دعماً خارجياً.",
        [("الأمم المتحدة", None, "الحركة تتلقى دعماً خارجياً")],
    ),
    (
        "a document in the accusative ('تقريراً لصحيفة'), relayed",
        'كما نقل الإعلام العبري تقريراً لصحيفة "وول ستريت جورنال" يفيد بأن القاهرة تدرس خفض العلاقات.',
        [("وول ستريت جورنال", None, "القاهرة تدرس خفض العلاقات")],
    ),
    (
        "a document after 'وجاء ذلك بعد'",
        "وجاء ذلك بعد بيان لوزارة الصحة أكد أن المستشفيات خرجت عن الخدمة.",
        [("وزارة الصحة", None, "المستشفيات خرجت عن الخدمة")],
    ),
    # A manner adverb after the verb ("بوضوح", "صراحةً", "مراراً وتكراراً") is never the speaker.
    (
        "'بوضوح' after the verb, the subject before it",
        "وأكد الوزير بوضوح أن الاتفاق انتهى.",
        [("الوزير", None, "الاتفاق انتهى")],
    ),
    ("'بوضوح' and no subject at all", "وأكد بوضوح أن الاتفاق انتهى.", []),
    (
        "'مراراً وتكراراً' before the object",
        "وأكد المسؤولون مراراً وتكراراً أهمية دعم الاستقرار في المنطقة.",
        [("المسؤولون", None, "أهمية دعم الاستقرار في المنطقة")],
    ),
    # "سعد الشاذلي، رئيس الأركان، أعلن": a fronted name with its role in apposition; a rank
    # before the name is a title, not part of it.
    (
        "a fronted name, then its role",
        "سامي حداد، وزير الطاقة، أعلن أن الوفد سيصل غداً.",
        [("سامي حداد", "وزير الطاقة", "الوفد سيصل غداً")],
    ),
    (
        "a fronted rank and name, then a long role",
        "الفريق سعد الحلبي، رئيس أركان القوات المسلحة خلال حرب عام 1973، أعلن أن الاتفاقية سيئة.",
        [("سعد الحلبي", "رئيس أركان القوات المسلحة", "الاتفاقية سيئة")],
    ),
    (
        "a rank and name before the verb's complementiser",
        "وقال الفريق ياسر الحلبي إن الحرب مستمرة.",
        [("ياسر الحلبي", "الفريق", "الحرب مستمرة")],
    ),
    (
        "'الفريق' before a definite word is a team",
        "وقال الفريق المفاوض إن الجولة انتهت.",
        [("الفريق المفاوض", None, "الجولة انتهت")],
    ),
    (
        "a subordinate clause before the role is no name",
        "وفيما يتعلّق بالتعديلات الجديدة، كان مسؤول غربي، أكد أن الاتفاق صعب.",
        [("مسؤول غربي", None, "الاتفاق صعب")],
    ),
    # "...، مع تأكيده على أنّ ...": a noun of saying with the speaker's pronoun after "with"
    # opens a second statement by the clause's speaker, like a participle.
    (
        "'مع تأكيده على أنّ' after a statement",
        "وشدّد الرئيس على أنّ الشعب لن يقبل بالاحتلال، مع تأكيده على أنّ الدولة صاحبة الولاية على القطاع.",
        [
            ("الرئيس", None, "الشعب لن يقبل بالاحتلال"),
            ("الرئيس", None, "الدولة صاحبة الولاية على القطاع"),
        ],
    ),
    (
        "'مع تأكيدها' and a quoted content, after a quote",
        'وقالت الوزيرة: "لن نتراجع"، مع تأكيدها "التمسك بالحقوق مهما طال الزمن".',
        [("الوزيرة", None, "لن نتراجع"), ("الوزيرة", None, "التمسك بالحقوق مهما طال الزمن")],
    ),
    (
        "'مع تحذيره من' after a narrative clause",
        "وحيّا الأمين العام صمود الأهالي، مع تحذيره من أن الاحتلال يخطط لتصعيد جديد.",
        [("الأمين العام", None, "الاحتلال يخطط لتصعيد جديد")],
    ),
    (
        "'إضافةً إلى تأكيدها' after a statement",
        "وأكدت وسائل إعلام عبرية سقوط صواريخ في المستوطنة، إضافةً إلى تأكيدها إطلاق صفارات الإنذار في الشمال.",
        [
            ("وسائل إعلام عبرية", None, "سقوط صواريخ في المستوطنة"),
            ("وسائل إعلام عبرية", None, "إطلاق صفارات الإنذار في الشمال"),
        ],
    ),
    ("'مع تأكيد' without the speaker's pronoun is no statement", "وجاء ذلك مع تأكيد الحاجة إلى الحوار.", []),
    # "وفي حديثه للأناضول أعرب فلان عن ...": an aside with no comma before the narrative verb;
    # the subject-less cue of the next sentence continues its subject.
    (
        "a narrative verb after an aside without a comma",
        (
            "بدأ التاجر سامر حداد جمع الطوابع قبل عشر سنوات. وفي حديثه للأناضول أعرب حداد عن "
            'رغبته بجمع المزيد. وقال: "أصبحت الطوابع شغفاً لدي".'
        ),
        [("سامر حداد", None, "أصبحت الطوابع شغفاً لدي")],
    ),
    # "القائد السابق لشعبة العمليات": "ل" and a noun before a definite word is the role's
    # genitive, not a name; the role alone later finds the person whose role has its words.
    (
        "a role with a genitive 'ل' and no name",
        "وأكد القائد السابق لشعبة العمليات أن شدة القتال كبيرة.",
        [("القائد السابق لشعبة العمليات", None, "شدة القتال كبيرة")],
    ),
    (
        "the genitive role, then the name",
        "وأكد القائد السابق لشعبة العمليات سامي زيف أن شدة القتال كبيرة.",
        [("سامي زيف", "القائد السابق لشعبة العمليات", "شدة القتال كبيرة")],
    ),
    (
        "the role in other words refers back to the named person",
        (
            "أكد قائد شعبة العمليات السابق في الجيش، سامي زيف، أن البلاد تعيش أياماً متوترة. "
            "وأكد القائد السابق لشعبة العمليات أن شدة القتال كبيرة."
        ),
        [
            ("سامي زيف", "قائد شعبة العمليات السابق في الجيش", "البلاد تعيش أياماً متوترة"),
            ("سامي زيف", "قائد شعبة العمليات السابق في الجيش", "شدة القتال كبيرة"),
        ],
    ),
    (
        "a name that starts with 'ل' after a role",
        "وقال وزير الخارجية لافروف إن الوضع مستقر.",
        [("لافروف", "وزير الخارجية", "الوضع مستقر")],
    ),
    # "قائد العمليات السابق، اللواء في الاحتياط، فلان،": a rank without a name between the role
    # and the name; the name still closes the apposition.
    (
        "a rank phrase between the role and the name",
        "أكد قائد العمليات السابق في الجيش، اللواء في الاحتياط، سامي زيف، أن البلاد تعيش أياماً صعبة.",
        [("سامي زيف", "قائد العمليات السابق في الجيش", "البلاد تعيش أياماً صعبة")],
    ),
    (
        "a rank phrase and no name after it: the role speaks",
        "وقال المتحدث باسم الجيش، العقيد في الاحتياط، إن الهجوم فشل.",
        [("المتحدث باسم الجيش", None, "الهجوم فشل")],
    ),
    # "كانت وكالة X قد نقلت عن الوزير قوله": the outlet before the verb relays; a masculine
    # follow-up goes on with the minister, not with the agency.
    (
        "a fronted outlet relays, the minister speaks on",
        (
            "وكانت وكالة رويترز قد نقلت عن وزير الطاقة سامي حداد قوله إن الوفد جاء للمناقشة. "
            "وأشار إلى أن بلاده تعلّق آمالاً كبيرة."
        ),
        [
            ("سامي حداد", "وزير الطاقة", "الوفد جاء للمناقشة"),
            ("سامي حداد", "وزير الطاقة", "بلاده تعلّق آمالاً كبيرة"),
        ],
    ),
    (
        "a fronted outlet set off by a comma",
        'صحيفة "الأيام"، قد نقلت عن مسؤول في الوزارة قوله إن الاتفاق قريب. وأضافت الصحيفة أن الوفد سيغادر.',
        [("مسؤول في الوزارة", None, "الاتفاق قريب"), ("الأيام", None, "الوفد سيغادر")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_round9_rows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected


def test_a_fronted_outlet_is_the_relay() -> None:
    text = "وكانت وكالة رويترز قد نقلت عن وزير الطاقة سامي حداد قوله إن الوفد جاء للمناقشة."
    (statement,) = extract_arabic(make_article_record(text))
    assert (statement.speaker.name, statement.via) == ("سامي حداد", "وكالة رويترز")
