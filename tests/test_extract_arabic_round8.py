"""Table tests for the Arabic extractor's eighth round: failure classes read off fresh tuning
sets and the unannotated corpus (not the dev set, not the blind sets).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import arabic_triples as triples
from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic

ROWS = [
    # After a role, "لوكالة/لصحيفة X" is the role's genitive when a person's name (two to four
    # bare words) closes it; with no name after it, it is the outlet spoken to.
    (
        "a name after the agency a role heads is the speaker",
        "وقال المفوض العام لوكالة الغوث فيليب لازاريني إن الوضع في القطاع كارثي.",
        [("فيليب لازاريني", "المفوض العام لوكالة الغوث", "الوضع في القطاع كارثي")],
    ),
    (
        "the name after the agency, before an aside",
        "وقال المفوض العام لوكالة الغوث فيليب لازاريني في بيان إن المخازن فارغة.",
        [("فيليب لازاريني", "المفوض العام لوكالة الغوث", "المخازن فارغة")],
    ),
    (
        "an agency spoken to, with no name after it",
        "وقال وزير الخارجية لوكالة الأنباء الفرنسية إن المفاوضات متوقفة.",
        [("وزير الخارجية", None, "المفاوضات متوقفة")],
    ),
    (
        "an outlet's two-word name after the role is an addressee",
        "وقالت المراسلة لموقع الميادين نت إن القصف مستمر.",
        [("المراسلة", None, "القصف مستمر")],
    ),
    (
        "an outlet spoken to, then the time of day",
        "وقال المتحدث باسم الوزارة لقناة الجزيرة مساء الأحد إن الهدنة صامدة.",
        [("المتحدث باسم الوزارة", None, "الهدنة صامدة")],
    ),
    # "رأي" after "له/لها" is the noun "opinion"; a past verb after "يمكن" is a verbal noun.
    (
        "'له رأي' holds an opinion, nobody says anything",
        "وإذا فازت بالترشيح فستفعل ذلك بدعم كامل لحزب كان له رأي، وأن المنافسة مفيدة.",
        [],
    ),
    ("the verb 'رأى' with its subject", "ورأى الوزير أن الحل قريب.", [("الوزير", None, "الحل قريب")]),
    ("'يمكن وصفها' describes, nobody speaks", "شكل الخطاب صدمة كبرى يمكن وصفها بالزلزال السياسي.", []),
    (
        "'وصفها' as a verb with its subject",
        "ووصفها الوزير بأنها زلزال سياسي.",
        [("الوزير", None, "زلزال سياسي")],
    ),
    # "في تقرير" between the source and the cue's preposition is the medium, not the object.
    (
        "the medium between commas before 'عن'",
        'تحدثت صحيفة "واشنطن بوست"، في تقرير، عن مخاوف تسود العاصمة من هجوم واسع.',
        [("واشنطن بوست", None, "مخاوف تسود العاصمة من هجوم واسع")],
    ),
    (
        "the medium without commas before 'عن'",
        "وتحدثت الصحيفة في تقرير عن مخاوف تسود العاصمة من هجوم واسع.",
        [("الصحيفة", None, "مخاوف تسود العاصمة من هجوم واسع")],
    ),
    (
        "the medium after a verb run into the outlet's head",
        'تحدّثتصحيفة "واشنطن بوست"، في تقرير، عن مخاوف تسود العاصمة.',
        [("واشنطن بوست", None, "مخاوف تسود العاصمة")],
    ),
    (
        "a place after 'في' in the role does not open the content",
        "وأكد قائد القوة البحرية في إيران، علي رضا حسيني، أن المقاومة مستمرة.",
        [("علي رضا حسيني", "قائد القوة البحرية في إيران", "المقاومة مستمرة")],
    ),
    # "بحسب تقرير سابق لـ X": an earlier document of X's; X is the source.
    (
        "an earlier report of an outlet",
        'وبحسب تقرير سابق لـ "واشنطن بوست" أيضاً، فإنّ "الدول المجاورة تشعر بالإحباط".',
        [("واشنطن بوست", None, "الدول المجاورة تشعر بالإحباط")],
    ),
    (
        "an earlier study of a university",
        "وبحسب دراسة سابقة لجامعة هارفارد، فإنّ الأسعار سترتفع.",
        [("جامعة هارفارد", None, "الأسعار سترتفع")],
    ),
    # "في إشارة إلى": a verbal noun after "في" (folded like "أشار" + pronoun) is the aside's,
    # not a new cue that would end the first verb's reach.
    (
        "an aside 'في إشارة إلى' between commas after a subject-less verb",
        "وقال الوزير إن الوضع صعب. وأضاف، في إشارة إلى صعوبة الوضع، أنّ المعونات لا تكفي.",
        [("الوزير", None, "الوضع صعب"), ("الوزير", None, "المعونات لا تكفي")],
    ),
    (
        "the aside after the subject, without commas",
        "وأضاف الوزير في إشارة إلى الحكومة أنّ المعونات لا تكفي.",
        [("الوزير", None, "المعونات لا تكفي")],
    ),
    (
        "the verb 'أشار' itself still opens its statement",
        "وقال الوزير إن الوضع صعب، وأشار إلى أن المعونات لا تكفي.",
        [("الوزير", None, "الوضع صعب"), ("الوزير", None, "المعونات لا تكفي")],
    ),
    # "وجاء ذلك على لسان X": a clause of coming before the according-to cue is how a statement
    # came, not one; a real proposition before the cue still is.
    (
        "'جاء ذلك على لسان' credits nothing new",
        "قال الوزير إن الوضع صعب. وجاء ذلك على لسان المتحدث باسم الوزارة.",
        [("الوزير", None, "الوضع صعب")],
    ),
    (
        "'أتت ... على لسان', then the relative clause's statement",
        'وآخر هذه الدعوات أتت أمس الخميس، على لسان الأمين العام للمنظمة، كمال حداد، الذي اعتبر أنّ الوضع "كارثة".',
        [("كمال حداد", "الأمين العام للمنظمة", 'الوضع "كارثة"')],
    ),
    (
        "a proposition before 'وفق' is still a statement",
        "ارتفع عدد الضحايا إلى 30، وفق الوزارة.",
        [("الوزارة", None, "ارتفع عدد الضحايا إلى 30")],
    ),
    # "والز" is a name, not "و" + a definite word: a definite noun's stem has two letters at least.
    (
        "a surname that starts like 'وال' after a verb",
        "وقدّمت المرشحة حاكم الولاية تيم والز في تجمع انتخابي. ومن جهته، أكد والز أن الانتخابات حاسمة.",
        [("تيم والز", None, "الانتخابات حاسمة")],
    ),
    (
        "a surname that starts like 'وال' before its verb",
        "وقدّمت المرشحة حاكم الولاية تيم والز في تجمع انتخابي. والز قال إن الانتخابات حاسمة.",
        [("تيم والز", None, "الانتخابات حاسمة")],
    ),
    (
        "a surname that starts like 'وال' after 'بحسب'",
        "التقى الرئيس بالحاكم تيم والز. وبحسب والز، فإن الانتخابات حاسمة.",
        [("تيم والز", None, "الانتخابات حاسمة")],
    ),
    # "جاء في بيان لحزب الله": the genitive's lam before an organisation is not its name's, and
    # the document's adjective ("بيانين منفصلين", "بيان مشترك") is no source.
    (
        "the lam before an organisation after 'جاء في بيان'",
        'وأتت الضربات، بحسب ما جاء في بيان لحزب الله، "رداً على الاعتداءات التي نفذها العدو".',
        [("حزب الله", None, "رداً على الاعتداءات التي نفذها العدو")],
    ),
    (
        "a dual document with its adjective",
        'وأتت الضربات، بحسب ما جاء في بيانين منفصلين لحزب الله، "رداً على الاعتداءات التي نفذها العدو".',
        [("حزب الله", None, "رداً على الاعتداءات التي نفذها العدو")],
    ),
    (
        "a construct that starts with lam keeps it",
        "وجاء في بيان لجنة المتابعة أن الإضراب مستمر.",
        [("لجنة المتابعة", None, "الإضراب مستمر")],
    ),
    # "وختمت الصحيفة بالتأكيد أنّ": the verbal noun with "بال" says how, it ends the subject.
    (
        "'بالتأكيد' after the subject",
        "وختمت الصحيفة بالتأكيد أنّ الرجل القوي كان سيهاجم في وقت مبكر.",
        [("الصحيفة", None, "الرجل القوي كان سيهاجم في وقت مبكر")],
    ),
    # "صرّح ... بعدم ثقته": the declared thing after "ب" is the content; a plural object
    # ("بادعاءات كاذبة") is not, what was said follows it.
    (
        "'صرّح ب' with a verbal noun",
        "صرّح الرئيس الأميركي، جو بايدن، بعدم ثقته في حصول انتقال سلمي للسلطة.",
        [("جو بايدن", "الرئيس الأميركي", "عدم ثقته في حصول انتقال سلمي للسلطة")],
    ),
    ("'صرّح بأن' still opens its clause", "وصرح الوزير بأن الحل قريب.", [("الوزير", None, "الحل قريب")]),
    (
        "'صرّح' with a plural object, then what was said",
        "وصرّح الوزير بادعاءات كاذبة قائلاً إنه يجب إخلاء المخيم.",
        [("الوزير", None, "يجب إخلاء المخيم")],
    ),
    # "نقلت الوكالة عن الوزير قوله": the verb's gender is the outlet's; the relayed source keeps
    # its own, so a following masculine verb continues the minister.
    (
        "a masculine follow-up after a feminine outlet relayed a man",
        "نقلت وكالة فرانس برس عن الوزير سامر حداد قوله إن الوفد جاء. وأشار إلى أن بلاده متفائلة.",
        [("سامر حداد", "الوزير", "الوفد جاء"), ("سامر حداد", "الوزير", "بلاده متفائلة")],
    ),
    (
        "a follow-up that names the outlet is the outlet's",
        "نقلت وكالة رويترز عن الوزيرة هدى سالم قولها إن الوفد جاء. وأضافت الوكالة أن الزيارة تستمر يومين.",
        [("هدى سالم", "الوزيرة", "الوفد جاء"), ("وكالة رويترز", None, "الزيارة تستمر يومين")],
    ),
    # "المعاون السياسي لرئيس البرلمان، فلان،": an aide's role names whom he serves with "لـ";
    # the name in apposition after it is the speaker's.
    (
        "an aide's role with its genitive, then the name in apposition",
        "ورأى المعاون السياسي لرئيس البرلمان، علي حسن خليل، أنّ ما جرى هو عدوان.",
        [("علي حسن خليل", "المعاون السياسي لرئيس البرلمان", "ما جرى هو عدوان")],
    ),
    ("'معاون' heads a role", "وقال معاون الوزير إن الوضع خطير.", [("معاون الوزير", None, "الوضع خطير")]),
    # After a closed quotation of the speaker's own words, ', في خطاب ...' and ', حيث ...' are the
    # writer's narration; after a quoted name they may be part of the proposition.
    (
        "the medium after a closed quotation",
        'صرّح الرئيس جو بايدن بأنه "يمرّر الشعلة إلى جيل جديد"، في خطاب مصوّر في المكتب البيضاوي.',
        [("جو بايدن", "الرئيس", "يمرّر الشعلة إلى جيل جديد")],
    ),
    (
        "'حيث' after a closed quotation",
        'وأكد الوزير أنه "سيواصل العمل من أجل إنهاء الحرب"، حيث من المقرر أن يلتقي بالرئيس.',
        [("الوزير", None, "سيواصل العمل من أجل إنهاء الحرب")],
    ),
    (
        "'حيث' after a quoted place name stays in the content",
        'وقال مصدر في المقاومة إن إطلاق الصاروخين نحو "تل أبيب"، حيث سمع دوي انفجارين، تم من قلب المنطقة.',
        [
            (
                "مصدر في المقاومة",
                None,
                'إطلاق الصاروخين نحو "تل أبيب"، حيث سمع دوي انفجارين، تم من قلب المنطقة',
            )
        ],
    ),
    # "النائب فلان، وهو العضو الأقدم ...،": a clause about the source closes its name.
    (
        "'وهو ...' after a name in a verb-first clause",
        'بدوره، أصدر النائب جيرولد نادلر (ديمقراطي من نيويورك)، وهو العضو الأقدم في مجلس النواب، اليوم بياناً قبيل الخطاب، واصفاً الأخير بأنه "أسوأ زعيم في التاريخ".',
        [("جيرولد نادلر", "النائب", "أسوأ زعيم في التاريخ")],
    ),
    # "رئيس مجلس النواب الأميركي مايك جونسون مقاطعةَ ...": the organisation after a role head is
    # its genitive, and a name after the role's definite words is the speaker's; a present verb
    # after the role ("يتوعّد") is no name.
    (
        "a name after a role's genitive chain, before the verb's object",
        'واعتبر رئيس مجلس النواب الأميركي مايك جونسون مقاطعة الجلسة "خطوة مهينة وغير مبررة"، قائلاً إنه "كان يجب عليها أن تحضر".',
        [("مايك جونسون", "رئيس مجلس النواب الأميركي", "كان يجب عليها أن تحضر")],
    ),
    (
        "a present verb after a subject-first role",
        'رئيس مجلس الشورى الإيراني يتوعّد الاحتلال بعقاب شديد، ويؤكّد أنّ "الاحتلال لا يفهم إلا لغة القوة".',
        [("رئيس مجلس الشورى الإيراني", None, "الاحتلال لا يفهم إلا لغة القوة")],
    ),
    # "ديفيد أ. كرينغ": a one-letter word before a full stop is an initial, not a sentence end.
    (
        "an initial inside a name",
        'وقال ديفيد أ. كرينغ، الباحث في المعهد: "إن اكتشاف المعدن لأمر رائع".',
        [("ديفيد أ. كرينغ", "الباحث في المعهد", "اكتشاف المعدن لأمر رائع")],
    ),
    # "كما استهدفت المقاومة ...، مؤكدةً": "كما" opens the clause, the verb's subject follows it; a
    # bare noun right after a role there may be the verb's object, not a name.
    (
        "a participle after 'كما' and a verb-first clause",
        'كما استهدفت المقاومة، اليوم، موقع "جل العلام" بالقذائف، مؤكدةً إصابته إصابةً مباشرةً.',
        [("المقاومة", None, "إصابته إصابةً مباشرةً")],
    ),
    (
        "the name apposed to a role after 'كما'",
        "كما طالب رئيس اللجنة في المجلس، مايك روجرز، الإدارة بإغلاق الرصيف، واصفاً العملية بأنها فاشلة.",
        [("مايك روجرز", "رئيس اللجنة في المجلس", "العملية بأنها فاشلة")],
    ),
    (
        "the object after a role after 'كما' is no name",
        "وقال السفير الهندي إن العلاقات عميقة. كما تناول السفير الهندي علاقات التعاون، مؤكداً أهمية تفعيل الاتفاقيات.",
        [("السفير الهندي", None, "العلاقات عميقة"), ("السفير الهندي", None, "أهمية تفعيل الاتفاقيات")],
    ),
    # "...، وفق ما نقل مراسلنا، وقالت مصادر ...": a verb after the source's comma opens a new
    # clause; the source ends at the comma.
    (
        "a new clause after a content-first source",
        (
            "وفي المنطقة الوسطى، أطلق الاحتلال النار على مناطق شمالي المخيم، وفق ما نقل مراسلنا، "
            "وقالت مصادر في الدفاع المدني إن قصفاً استهدف منزلاً، ما أسفر عن إصابة عدد من السكان."
        ),
        [
            ("مراسلنا", None, "أطلق الاحتلال النار على مناطق شمالي المخيم"),
            ("مصادر في الدفاع المدني", None, "قصفاً استهدف منزلاً، ما أسفر عن إصابة عدد من السكان"),
        ],
    ),
    # "نقلت الصحيفة عن مسؤولين قولهم إن القرار مخيب، ويشير إلى أنّ ...": a present verb joined to
    # a relayed content goes on with that content's subject; after the speaker's own report, it
    # is the speaker going on.
    (
        "a present verb inside a relayed content",
        'ونقلت صحيفة "تلغراف" عن مسؤولين إسرائيليين قولهم إن قرار الوزيرة "مخيب للآمال"، ويشير إلى أنها "غير قادرة على التمييز".',
        [
            (
                "مسؤولون إسرائيليون",
                None,
                'قرار الوزيرة "مخيب للآمال"، ويشير إلى أنها "غير قادرة على التمييز"',
            )
        ],
    ),
    (
        "a present verb after the speaker's own report is the speaker's",
        "وأشار الخبير سامر حداد إلى أنه يمكن هزيمة المرشح، ويرى أنّ المعركة طويلة.",
        [("سامر حداد", "الخبير", "يمكن هزيمة المرشح"), ("سامر حداد", "الخبير", "المعركة طويلة")],
    ),
    # "وبيّن المراسل أنّه، خلال ...": the complementiser with its pronoun before a comma still
    # makes "وبين" the verb, not the preposition.
    (
        "'وبيّن' with a definite subject and 'أنّه،'",
        "وبيّن المراسل أنّه، خلال ليل الإثنين، كان هناك حدث استثنائي نسبياً.",
        [("المراسل", None, "خلال ليل الإثنين، كان هناك حدث استثنائي نسبياً")],
    ),
    ("the preposition 'بين' is no cue", "وبين الطرفين أن يتفقا على موعد.", []),
    # "أكّدت الوزارة دعمَها الكاملَ للجهود الرامية إلى "..."": a possessed verbal noun of five
    # letters opens the object; the quotation after it is not where the content starts.
    (
        "a short possessed verbal noun before a quotation",
        'وأكّدت الوزارة دعمَها الكاملَ للجهود الرامية إلى "تحقيق السلام والأمن".',
        [("الوزارة", None, 'دعمَها الكاملَ للجهود الرامية إلى "تحقيق السلام والأمن"')],
    ),
    (
        "a five-letter surname that starts like 'وال', written after its first name elsewhere",
        "وقال النائب مايك والتز إن الحرب طويلة. وأكد والتز أن الحل بعيد.",
        [("مايك والتز", "النائب", "الحرب طويلة"), ("مايك والتز", "النائب", "الحل بعيد")],
    ),
    (
        "'و' and a definite subject stay apart",
        "وقال الوزير إن الحرب طويلة، والجيش أكد أن الحل بعيد.",
        [("الوزير", None, "الحرب طويلة"), ("الجيش", None, "الحل بعيد")],
    ),
    # "النادي" is a club (an organisation): it names the club its narration introduced, and
    # "البيان" then points to it.
    (
        "'النادي' and then 'البيان' after a narrative verb introduced the club",
        (
            "استعرض نادي الأسرى، في بيان له، أعداد المعتقلين. وكشف النادي أن الحصيلة بلغت 9800 معتقل. "
            "وأفاد البيان بأنّ عدد الصحافيين المعتقلين بلغ 91 صحافياً."
        ),
        [
            ("نادي الأسرى", None, "الحصيلة بلغت 9800 معتقل"),
            ("نادي الأسرى", None, "عدد الصحافيين المعتقلين بلغ 91 صحافياً"),
        ],
    ),
    # "أفاد مراسلنا بشنّ ...": with no complementiser, a noun with "ب" after the subject is what
    # was reported; a name starting with "ب" before "بأن" is still the subject's.
    (
        "'أفاد' with a 'ب' noun of a doubled root",
        "وأفاد مراسلنا أيضاً، بشن الاحتلال غارة من مسيّرة، استهدفت مفرق البلدة.",
        [("مراسلنا", None, "شن الاحتلال غارة من مسيّرة، استهدفت مفرق البلدة")],
    ),
    (
        "'أفاد' with sources and 'بسماع'",
        "وأفادت مصادر محلية بسماع دوي انفجارات في القاعدة.",
        [("مصادر محلية", None, "سماع دوي انفجارات في القاعدة")],
    ),
    (
        "a name starting with 'ب' before 'بأن'",
        "وأفاد الرئيس جو بايدن بأن الحرب طويلة.",
        [("جو بايدن", "الرئيس", "الحرب طويلة")],
    ),
    # 'صحيفة "نيويورك تايمز"': a quoted name that looks like a verbal noun ("تايمز") closes the
    # subject; the cue's preposition after it opens the content, but not the relay's "نقلاً عن".
    (
        "a quoted outlet name before 'عن'",
        'كشفت صحيفة "نيويورك تايمز" الأميركية، عن تلقي وزير الدفاع طلباً غير عادي من متصل غير متوقع.',
        [("نيويورك تايمز", None, "تلقي وزير الدفاع طلباً غير عادي من متصل غير متوقع")],
    ),
    (
        "'نقلاً عن' after a quoted outlet name is the relay",
        'أفادت صحيفة "فايننشال تايمز" البريطانية، اليوم، نقلاً عن مصادر دبلوماسية أنّه "لم يعد الحزب في مزاج جيد للاستماع".',
        [("مصادر دبلوماسية", None, "لم يعد الحزب في مزاج جيد للاستماع")],
    ),
    # "في وقتٍ يؤكد الجيش أن": after "وقت" the verb's subject follows it.
    (
        "a present verb after 'في وقت' takes the subject after it",
        "وجاء ذلك في وقت يؤكد الجيش أن العملية مستمرة.",
        [("الجيش", None, "العملية مستمرة")],
    ),
    # "كما قصفت سرايا القدس ... . كذلك، أعلنت عن ...": the subject of an attack verb (قصف،
    # استهدف، دكّ) that reported nothing is the one a following subject-less cue continues.
    (
        "a subject-less cue after an attack verb's sentence",
        (
            "وأعلنت كتائب القسام عن استهداف قوات الاحتلال بقذائف الهاون. كما قصفت سرايا القدس، بوابل "
            "من قذائف الهاون، جنود الاحتلال في محيط المقبرة. كذلك، أعلنت عن قصف مدينة عسقلان برشقة صاروخية."
        ),
        [
            ("كتائب القسام", None, "استهداف قوات الاحتلال بقذائف الهاون"),
            ("سرايا القدس", None, "قصف مدينة عسقلان برشقة صاروخية"),
        ],
    ),
    # A cue inside a content after only a time lead, or in a relative clause with its own subject,
    # is part of that content; a relative clause whose antecedent speaks is still a statement.
    (
        "a cue after a time lead inside a participle's content",
        '"الصحيفة" أكّدت أنّ ما حدث "لم يكن خطأً"، لافتةً إلى أنّه خلال الحرب وحتى قبلها، أعلن الوزير نيّته "تشديد الظروف".',
        [
            ("الصحيفة", None, 'ما حدث "لم يكن خطأً"'),
            ("الصحيفة", None, 'خلال الحرب وحتى قبلها، أعلن الوزير نيّته "تشديد الظروف"'),
        ],
    ),
    (
        "a relative clause with its own subject inside a content",
        "وأشارت الصحيفة إلى أنّ العنف والإذلال، الذي وصفه عشرات المعتقلين، لا يدع مجالاً للشك.",
        [("الصحيفة", None, "العنف والإذلال، الذي وصفه عشرات المعتقلين، لا يدع مجالاً للشك")],
    ),
    (
        "a relative clause whose antecedent speaks",
        "وأكدت الخارجية عزمها تعزيز العلاقات، وهو ما أكده أيضاً المتحدث باسم الرئاسة، سامر حداد، الذي أعلن أن بلاده تعتزم تطوير العلاقات.",
        [
            ("الخارجية", None, "عزمها تعزيز العلاقات"),
            ("سامر حداد", "المتحدث باسم الرئاسة", "بلاده تعتزم تطوير العلاقات"),
        ],
    ),
    # 'إذاعة "جيش" الاحتلال': a quoted organisation head after an outlet's head takes the genitive
    # after the quote; the radio is not the army. A quoted full name stays the outlet's name.
    (
        "the army's radio is not the army",
        'وأقرّ جيش الاحتلال بمقتل جندي. وأقرّت إذاعة "جيش" الاحتلال بأنّ منفذ العملية "نفذها في 3 مواقع".',
        [
            ("جيش الاحتلال", None, "مقتل جندي"),
            ("إذاعة جيش الاحتلال", None, 'منفذ العملية "نفذها في 3 مواقع"'),
        ],
    ),
    (
        "a quoted newspaper name with its adjective",
        'وذكرت صحيفة "معاريف" الإسرائيلية أنّ الحكومة خائفة.',
        [("معاريف", None, "الحكومة خائفة")],
    ),
    # "X يُطلع نظيره على ...، ويؤكد": "أطلع" (informed) is narration; its present form ends the
    # subject-first name.
    (
        "a present 'يُطلع' after a subject-first name",
        "لويد أوستن يُطلع نظيره على التطورات، ويؤكد أن واشنطن ستدافع عن حلفائها.",
        [("لويد أوستن", None, "واشنطن ستدافع عن حلفائها")],
    ),
    # "ويعتقد المسؤولون أنّ ...": a belief with its source right after the verb is reported like
    # a saying; the impersonal "يُعتقد أن" and a belief inside another content are not.
    (
        "a belief with its source after the verb",
        "ويعتقد المسؤولون أنّ الهجوم قد يكون مفاجئاً.",
        [("المسؤولون", None, "الهجوم قد يكون مفاجئاً")],
    ),
    ("the impersonal 'يُعتقد أن'", "ويُعتقد أن الهجوم وقع ليلاً.", []),
    (
        "a belief inside another statement's content",
        "وقال الوزير إن إسرائيل تعتقد أن الحزب لن يهاجم.",
        [("الوزير", None, "إسرائيل تعتقد أن الحزب لن يهاجم")],
    ),
    # "وزير الخارجية فلان من جهته، قال": the source's own part ("من جهته", "بدوره") between a
    # fronted subject and its verb, with or without a comma before it and a "و" before the role.
    (
        "'من جهته' after a fronted role and name",
        "وقال رئيس الحكومة نجيب ميقاتي إن الاعتداء خطير. وزير الخارجية عبد الله بو حبيب من جهته، قال إن لبنان سيشتكي.",
        [
            ("نجيب ميقاتي", "رئيس الحكومة", "الاعتداء خطير"),
            ("عبد الله بو حبيب", "وزير الخارجية", "لبنان سيشتكي"),
        ],
    ),
    (
        "'، من جهته،' after 'و' and a fronted role and name",
        "وقال رئيس الحكومة نجيب ميقاتي إن الاعتداء خطير. ووزير الخارجية عبد الله بو حبيب، من جهته، قال إن لبنان سيشتكي.",
        [
            ("نجيب ميقاتي", "رئيس الحكومة", "الاعتداء خطير"),
            ("عبد الله بو حبيب", "وزير الخارجية", "لبنان سيشتكي"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_round8_rows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected


def test_todays_weekday_inside_the_content_dates_the_statement() -> None:
    """The article is of Sunday 9 March 2025: a statement reporting what happened "مساء الأحد"
    cannot have been made before that evening nor after the article, so it is dated that day."""
    text = "أعلنت الوزارة عن إصابة 12 شخصاً في الغارة التي استهدفت، مساء الأحد، حياً سكنياً."
    (statement,) = extract_arabic(make_article_record(text))
    assert (statement.date.iso(), statement.date.basis) == ("2025-03-09", "weekday")


def test_an_earlier_weekday_inside_the_content_does_not_date_the_statement() -> None:
    """ "الخميس" inside the content is the event's day, three days before the article: the
    statement may have come any day since, so it stays undated."""
    text = "أعلنت الوزارة عن إصابة 12 شخصاً في الغارة التي استهدفت، مساء الخميس، حياً سكنياً."
    (statement,) = extract_arabic(make_article_record(text))
    assert statement.date.iso() is None
