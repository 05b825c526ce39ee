"""Table tests for the Arabic extractor's fourth round: failure classes read off random corpus
articles (not the dev set).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text; negative rows expect what must not appear.
"""

from __future__ import annotations

import pytest

from tests.builders import arabic_triples as triples
from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic

ROWS = [
    # "وفقاً للوكالة": the lam of "according to", then the article with its alef elided.
    (
        "according to the agency, an anaphor written with a double lam",
        "قالت وكالة رويترز إن السلطات تفحص الملاجئ.\nووفقاً للوكالة، فإنّ القصف قد يصل إلى عمق البلاد.",
        [
            ("وكالة رويترز", None, "السلطات تفحص الملاجئ"),
            ("وكالة رويترز", None, "القصف قد يصل إلى عمق البلاد"),
        ],
    ),
    (
        "according to the ministry, resolved to the ministry named before",
        "أصدرت وزارة الصحة حصيلة جديدة للضحايا.\nووفقاً للوزارة، فإن عدد المصابين وصل إلى ألف.",
        [("وزارة الصحة", None, "عدد المصابين وصل إلى ألف")],
    ),
    # An apposition between commas after the subject is not the verb's object.
    (
        "apposition with a lam genitive before a verbal-noun object",
        "وأعلنت سرايا الفجر، الجناح العسكري لحركة النهضة في البلاد، قصفها مواقع الجيش بالقذائف.",
        [("سرايا الفجر", None, "قصفها مواقع الجيش بالقذائف")],
    ),
    # A participle after "وتابعت X، التي ...،": the verb is not part of the speaker.
    (
        "participle after a verb, its subject and a relative clause",
        "وتابعت سلمى العلي، التي التقت عائلات الأسرى، قائلةً إنّ العائلات تطالب بصفقة.",
        [("سلمى العلي", None, "العائلات تطالب بصفقة")],
    ),
    # The addressee after a person's name ("للأميركيين", "لنظيره") is not part of the name.
    (
        "addressee with a double lam after the name",
        "وأوضح نتنياهو للأميركيين أن بلاده تحميهم.",
        [("نتنياهو", None, "بلاده تحميهم")],
    ),
    (
        "addressee with a pronoun after the name",
        "وقال بوتين لنظيره إن الحوار ممكن.",
        [("بوتين", None, "الحوار ممكن")],
    ),
    # A role with a lam genitive of a definite noun is still a role; the name follows it.
    (
        "role with a definite lam genitive, then the name",
        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع خطير.",
        [("أنطونيو غوتيريش", "الأمين العام للأمم المتحدة", "الوضع خطير")],
    ),
    (
        "role with an indefinite lam genitive, then the name",
        "وقال المفوض السامي لحقوق الإنسان فولكر تورك إن الوضع خطير.",
        [("فولكر تورك", "المفوض السامي لحقوق الإنسان", "الوضع خطير")],
    ),
    (
        "role of a movement's spokesman, then the name",
        "وقال المتحدث الرسمي لحركة النهضة سامي العلي إن الحوار متوقف.",
        [("سامي العلي", "المتحدث الرسمي لحركة النهضة", "الحوار متوقف")],
    ),
    (
        "a given name that starts with lam is still a name",
        "وقال المتحدث باسم الوزارة لؤي العلي إن الحوار متوقف.",
        [("لؤي العلي", "المتحدث باسم الوزارة", "الحوار متوقف")],
    ),
    # A platform is a medium; "عبر" before a word is never a first name.
    (
        "a media platform as the subject of a verbal-noun object",
        "وأكدت منصة إعلامية محلية وجود خلاف بين الجيش والشرطة.",
        [("منصة إعلامية محلية", None, "وجود خلاف بين الجيش والشرطة")],
    ),
    (
        "a preposition is never taken for a first name",
        'وقال الوزير سامي العلي عبر منصة "إكس" إن الخطة جاهزة. وأكدت منصة محلية وجود خلاف في الحكومة.',
        [("سامي العلي", "الوزير", "الخطة جاهزة"), ("منصة محلية", None, "وجود خلاف في الحكومة")],
    ),
    # "تغريدة قال فيها": a relative clause; the subject of the main clause speaks.
    (
        "resumptive relative clause after a verb-first main clause",
        'نشر الوزير سامي العلي تغريدة قال فيها "لن نتراجع عن دعم المزارعين مهما كان الثمن".',
        [("سامي العلي", "الوزير", "لن نتراجع عن دعم المزارعين مهما كان الثمن")],
    ),
    (
        "resumptive relative clause after a fronted subject",
        "رئيس لجنة الزراعة، سامي الخطيب، دافع عن الخطة في تغريدة قال فيها إن الحكومة لن تتراجع.",
        [("سامي الخطيب", "رئيس لجنة الزراعة", "الحكومة لن تتراجع")],
    ),
    (
        "resumptive relative clause after a narrative verb with a glued conjunction",
        "وألقت الوزيرة كلمة قالت فيها إن الحكومة لن تتراجع عن الدعم.",
        [("الوزيرة", None, "الحكومة لن تتراجع عن الدعم")],
    ),
    # The conjunction glued to a name is dropped when the article writes the name without it.
    (
        "conjunction glued to a subject-first name",
        "أكد بلينكن أن بلاده تريد التهدئة.\nوبلينكن يقول إن واشنطن لا تريد تصعيداً.",
        [("بلينكن", None, "بلاده تريد التهدئة"), ("بلينكن", None, "واشنطن لا تريد تصعيداً")],
    ),
    (
        "a name that starts with waw keeps it",
        "وقال وليد جنبلاط إن الوضع صعب.",
        [("وليد جنبلاط", None, "الوضع صعب")],
    ),
    # An adverb between the verb and its subject is not a first name.
    (
        "adverb between the verb and a one-word name",
        "وذكر حينها آيزنكوت أن الصواريخ هي التهديد الرئيسي.",
        [("آيزنكوت", None, "الصواريخ هي التهديد الرئيسي")],
    ),
    (
        "a doubled waw is a conjunction before the name",
        "وقالت ووزارة الصحة إن العدد ارتفع.",
        [("وزارة الصحة", None, "العدد ارتفع")],
    ),
    # "يُتوقّع أن" / "يُرجّح أن": impersonal passives, nobody speaks.
    (
        "impersonal passive of expect is not a statement",
        "قال الوزير إن الخطة جاهزة. ويُتوقّع أن يعرض الوزير الخطة غداً.",
        [("الوزير", None, "الخطة جاهزة")],
    ),
    (
        "expect with a subject is a statement",
        "ويتوقع الخبراء أن ترتفع الأسعار.",
        [("الخبراء", None, "ترتفع الأسعار")],
    ),
    # A comma-fronted role and name before a present-tense verb ("الرئيس فلان، يؤكد أن").
    (
        "fronted role and name, comma, then the verb",
        "الرئيس الروسي فلاديمير بوتين، يؤكّد أنّ نشر الصواريخ يهدد القواعد الروسية.",
        [("فلاديمير بوتين", "الرئيس الروسي", "نشر الصواريخ يهدد القواعد الروسية")],
    ),
    # "نقلت X، عن مسؤول، قوله إن": the saying noun is not the name.
    (
        "relayed source, then a comma and the saying noun",
        'نقلت وكالة "الأنباء" الأميركية، عن مسؤول محلي، قوله إنّ المحادثات ستجرى في الدوحة.',
        [("مسؤول محلي", None, "المحادثات ستجرى في الدوحة")],
    ),
    # "نفى X صحة التقرير": the object of a denial, not part of the speaker.
    (
        "denial of a report's validity",
        "ونفى مسؤول في الحركة صحة التقرير الذي نشرته الصحيفة.",
        [("مسؤول في الحركة", None, "صحة التقرير الذي نشرته الصحيفة")],
    ),
    # The letters of "سي أن أن" are never a complementiser.
    (
        "a channel's name with the letters of an",
        'ونفى مسؤول في الحركة صحة التقرير الذي عرضته شبكة "سي أن أن" الأميركية.',
        [("مسؤول في الحركة", None, 'صحة التقرير الذي عرضته شبكة "سي أن أن" الأميركية')],
    ),
    # "من شأنها أن": a modal, not the content of a cue.
    (
        "added conditions that are likely to",
        "أكدت الصحيفة أنّ الوزير أضاف شروطاً جديدةً، من شأنها أنّ تعرقل الاتفاق.",
        [("الصحيفة", None, "الوزير أضاف شروطاً جديدةً، من شأنها أنّ تعرقل الاتفاق")],
    ),
    # "في حين أن ...، وفقاً لـY": Y is credited with the last clause only.
    (
        "a contrast clause credited to another source",
        "وقال مسؤول محلي إنّ الوسطاء سيجتمعون غداً، في حين أنّ الحكومة لم تغير شروطها، وفقاً لمسؤولين.",
        [("مسؤول محلي", None, "الوسطاء سيجتمعون غداً"), ("مسؤولون", None, "الحكومة لم تغير شروطها")],
    ),
    # "الحركة" is the movement named before, never an official "في الحركة".
    (
        "the movement as an anaphor skips an official of it",
        "وأصدرت حركة النهضة بياناً أمس. ونفى مسؤول في الحركة صحة التقرير المنشور أمس. وقالت الحركة إنّ الحوار مستمر.",
        [("مسؤول في الحركة", None, "صحة التقرير المنشور أمس"), ("حركة النهضة", None, "الحوار مستمر")],
    ),
    # Verbs of describing, explaining and tallying report a claim about their object.
    (
        "describe with its object and bi-anna",
        "ووصف مراسلنا مجزرة المدرسة بأنها أعنف المجازر منذ شهر.",
        [("مراسلنا", None, "مجزرة المدرسة بأنها أعنف المجازر منذ شهر")],
    ),
    (
        "explain with a verbal-noun object",
        "وشرح الخبير العسكري، شربل حداد، وجود أشلاء متناثرة في المكان.",
        [("شربل حداد", "الخبير العسكري", "وجود أشلاء متناثرة في المكان")],
    ),
    (
        "tally with a verbal-noun object",
        "وأحصت الهيئة الدولية ارتقاء 125 شهيداً في المدرسة.",
        [("الهيئة الدولية", None, "ارتقاء 125 شهيداً في المدرسة")],
    ),
    # Scraped text runs words together: "مراسلالميادينبأن", "ميدانيةللميادين".
    (
        "correspondent and bi-anna glued to the outlet's name",
        "وأفاد مراسلالميادينبأن مناطق وسط القطاع تتعرض لقصف جوي.",
        [("مراسل الميادين", None, "مناطق وسط القطاع تتعرض لقصف جوي")],
    ),
    (
        "addressee glued after unnamed sources",
        "وقالت مصادر ميدانيةللميادين نت إنّ الحصار مستمر منذ أسبوع.",
        [("مصادر ميدانية", None, "الحصار مستمر منذ أسبوع")],
    ),
    # "تجدر الإشارة إلى أنّ": narration before a fronted subject with a scare-quoted word.
    (
        "narrative lead before a fronted role and name",
        'تجدر الإشارة إلى أنّ المتحدث باسم "الجيش"، سامي حداد، أكد، في مؤتمر صحافي، أن القوات تتابع التطورات.',
        [("سامي حداد", "المتحدث باسم الجيش", "القوات تتابع التطورات")],
    ),
    # "مصادر الصحيفة" are the paper's sources, an unnamed source of their own.
    (
        "the newspaper's sources are not the newspaper",
        'وقالت صحيفة "الأخبار" إن التأهب ارتفع. ورجّحت مصادر الصحيفة أن تصل السفينة خلال أسبوعين.',
        [("الأخبار", None, "التأهب ارتفع"), ("مصادر الصحيفة", None, "تصل السفينة خلال أسبوعين")],
    ),
    (
        "an editor's role, a comma glued to the name",
        'وأكد محرّر الشؤون الدفاعية في مجلة "الأفق"،سامي حداد، أنّ الهدف هو الترهيب.',
        [("سامي حداد", "محرّر الشؤون الدفاعية في مجلة الأفق", "الهدف هو الترهيب")],
    ),
    # Figures and reports speak for their author.
    (
        "figures of a named ministry",
        "وتشير بيانات وزارة الصحة إلى ارتفاع عدد المصابين.",
        [("وزارة الصحة", None, "ارتفاع عدد المصابين")],
    ),
    (
        "the report, then what it showed, credited to its author",
        "كشف اتحاد المزارعين، في تقرير، أن المحصول تراجع. وأظهر التقرير أن الصادرات انخفضت بشدة.",
        [("اتحاد المزارعين", None, "المحصول تراجع"), ("اتحاد المزارعين", None, "الصادرات انخفضت بشدة")],
    ),
    ("pictures that show something are nobody's statement", "وأظهرت الصور أن المبنى دمر بالكامل.", []),
    ("a report with no author named before is nobody's statement", "وأظهر التقرير أن الوضع صعب.", []),
    # A verb-first sentence: the comma segments before a later coordinated verb are objects
    # and asides, never a fronted subject.
    (
        "coordinated verb after a verb-first clause with an aside",
        "ودانت الهيئة الدولية، بشدة، المجزرة في المدرسة، وأحصت ارتقاء 125 شهيداً في المدرسة.",
        [("الهيئة الدولية", None, "ارتقاء 125 شهيداً في المدرسة")],
    ),
    # A subject-less cue after a sentence that opens with an aside and a narrative verb.
    (
        "subject-less cue after an aside and an urging verb",
        "وفي السياق نفسه، حثّت سرايا الفجر أبناء الشعب على المشاركة. وشدّدت على أنّ النفير واجب أخلاقي.",
        [("سرايا الفجر", None, "النفير واجب أخلاقي")],
    ),
    (
        "coordinated verb after an aside and a verb-first clause",
        "من جهتها، دانت الهيئة الدولية القصف، وأعلنت تضامنها مع السكان والمزارعين.",
        [("الهيئة الدولية", None, "تضامنها مع السكان والمزارعين")],
    ),
    # A verb or an idiom's object where a subject would be is never part of the speaker.
    (
        "draw attention with an elided subject",
        "قال الوزير إن الطريق مغلق. ولفت الانتباه إلى أن الجسر يحتاج إلى صيانة.",
        [("الوزير", None, "الطريق مغلق"), ("الوزير", None, "الجسر يحتاج إلى صيانة")],
    ),
    (
        "draw attention after the subject",
        "ويلفت الخبراء الانتباه إلى أن الأسعار ترتفع.",
        [("الخبراء", None, "الأسعار ترتفع")],
    ),
    # Adverbs, dates and dash-set relative clauses end the speaker.
    (
        "an adverb between the subject and its verbal-noun object",
        "وأعلنت الصين سابقاً تخصيص مليار دولار لتنفيذ مشروع النهر.",
        [("الصين", None, "تخصيص مليار دولار لتنفيذ مشروع النهر")],
    ),
    (
        "a date after the name",
        "وقال الرئيس سامي حداد في الثاني من شباط 2021 إن الحرب يجب أن تنتهي.",
        [("سامي حداد", "الرئيس", "الحرب يجب أن تنتهي")],
    ),
    (
        "a relative clause set off by dashes",
        "وقالت المنظّمة -التي تتخذ من لندن مقراً لها- إن السجناء يتعرضون للتعذيب.",
        [("المنظّمة", None, "السجناء يتعرضون للتعذيب")],
    ),
    # Scraped text runs a past cue verb into the next word, and a plural into a definite word.
    (
        "feminine past verb glued to the speaker's name",
        "وفي السياق، قالتحركة فتح إنّ المجازر تؤكد مساعي الاحتلال.",
        [("حركة فتح", None, "المجازر تؤكد مساعي الاحتلال")],
    ),
    (
        "verb glued to the subject, complementiser glued to its end",
        "بدورها، أكّدتلجان المقاومة في فلسطينأنّ المجزرة جريمة حرب.",
        [("لجان المقاومة في فلسطين", None, "المجزرة جريمة حرب")],
    ),
    (
        "a verb with its object pronoun is not glued",
        "قال الوزير إن الطريق مغلق. وقالتها الوزيرة مراراً.",
        [("الوزير", None, "الطريق مغلق")],
    ),
    (
        "a plural glued to the adjective after it",
        "حركة المجاهدينالفلسطينية قالت إنّ اختيار التوقيت يكشف نية مبيتة.",
        [("حركة المجاهدين الفلسطينية", None, "اختيار التوقيت يكشف نية مبيتة")],
    ),
    (
        "an organisation's name with a dash and its short name, fronted before the verb",
        "حركةالمقاومة الإسلامية - حماس، قالت إن المجزرة جريمة مروعة.",
        [("حركة المقاومة الإسلامية - حماس", None, "المجزرة جريمة مروعة")],
    ),
    # "X، بدورها، وصفت في بيانٍ ...": the aside after a fronted subject and before the object.
    (
        "fronted subject, an aside, then the medium before the object",
        "وقالت حركة النهضة إن الحوار مستمر.\nحركة الفجر، بدورها، وصفت في بيانٍ استهداف المصلين بجريمة حرب.",
        [("حركة النهضة", None, "الحوار مستمر"), ("حركة الفجر", None, "استهداف المصلين بجريمة حرب")],
    ),
    # "الحركة" named one movement earlier; "حركة الفجر" is another one.
    (
        "a generic alias does not swallow another named movement",
        "أعلنت حركة النهضة موقفها من المفاوضات أمس. وأكدت الحركة أن الحوار مستمر. وقالت حركة الفجر الإسلامية إن الحوار متوقف.",
        [
            ("حركة النهضة", None, "موقفها من المفاوضات أمس"),
            ("حركة النهضة", None, "الحوار مستمر"),
            ("حركة الفجر الإسلامية", None, "الحوار متوقف"),
        ],
    ),
    # Where a role ends and a name begins after "في" + a place or an organisation.
    (
        "role with a place after fi, then the name",
        "وقال المتحدث باسم الدفاع المدني في غزّة محمود سالم إن الأشلاء ما زالت في المكان.",
        [("محمود سالم", "المتحدث باسم الدفاع المدني في غزّة", "الأشلاء ما زالت في المكان")],
    ),
    (
        "role with a movement in construct after fi, then the name",
        "وقال القيادي في حركة النهضة سامي العلي إن الحوار مستمر.",
        [("سامي العلي", "القيادي في حركة النهضة", "الحوار مستمر")],
    ),
    (
        "an unnamed official in a named area keeps the area",
        "وقال مسؤول في منطقة جوفا إن القتال مستمر منذ أسبوع.",
        [("مسؤول في منطقة جوفا", None, "القتال مستمر منذ أسبوع")],
    ),
    (
        "the outlet addressed, glued after the name",
        "وقال الخبير سامي بصلللميادين إن الوضع صعب.",
        [("سامي بصل", "الخبير", "الوضع صعب")],
    ),
    (
        "another outlet addressed, glued after the name, with its ta marbuta",
        "وقال المحلل رامي خلفللجزيرة إن الهدنة هشة.",
        [("رامي خلف", "المحلل", "الهدنة هشة")],
    ),
    (
        "media outlets report with bi and a verbal noun",
        "وأفادت وسائل إعلام محلية بإصابة عدد من الجنود خلال الاشتباكات.",
        [("وسائل إعلام محلية", None, "إصابة عدد من الجنود خلال الاشتباكات")],
    ),
    (
        "according to what, with lam glued to ma and bihi after the verb",
        "واعتقلت القوات الشاب سامي حداد، وفقاً لما أفادت به وسائل إعلام محلية.",
        [("وسائل إعلام محلية", None, "واعتقلت القوات الشاب سامي حداد")],
    ),
    (
        "according to his words: the current speaker",
        "وقال الوزير إن الاتفاق مهم. وبحسب كلامه، تضمّن الاتفاق الحد الأدنى من المشتركات.",
        [("الوزير", None, "الاتفاق مهم"), ("الوزير", None, "تضمّن الاتفاق الحد الأدنى من المشتركات")],
    ),
    (
        "a long company name with a lam genitive before the preposition of the cue",
        "أعلنت الشركة الوطنية للنقل بالسكة الحديدية في الجزائر، عن استئناف تشغيل الخط.",
        [("الشركة الوطنية للنقل بالسكة الحديدية في الجزائر", None, "استئناف تشغيل الخط")],
    ),
    (
        "according to a short source that closes the sentence, no comma",
        "ارتفع عدد ضحايا انهيار المكب إلى 26 قتيلاً بحسب الشرطة المحلية.",
        [("الشرطة المحلية", None, "ارتفع عدد ضحايا انهيار المكب إلى 26 قتيلاً")],
    ),
    (
        "according to a plan is nobody's statement",
        "وسيعقد الاجتماع في الأسبوع المقبل بحسب الخطة التي أعدتها الحكومة.",
        [],
    ),
    (
        "report with 'an' after a correspondent glued to the outlet and to fi",
        "وأفاد مراسلالميادينفي قطاع غزة، عن وصول جثامين 5 شهداء إلى المستشفى.",
        [("مراسل الميادين في قطاع غزة", None, "وصول جثامين 5 شهداء إلى المستشفى")],
    ),
    (
        "a former office inside a role before the name",
        "مفوض شكاوى الجنود سابقاً اللواء احتياط، إسحاق بريك، أكد أن الحرب تحطم البلاد.",
        [("إسحاق بريك", "مفوض شكاوى الجنود سابقاً اللواء احتياط", "الحرب تحطم البلاد")],
    ),
    (
        "fronted subject with a dash, then an apposition, then the verb; an adverb before the next object",
        (
            "كتائب المقاومة الوطنية - قوات الشهيد سامي، الجناح العسكري للجبهة الديمقراطية، أعلنت استهدافها ناقلة جند.\n"
            "وأكدت أيضاً استهدافها تجمعاً لقوات الاحتلال المتمركزة، بقذائف الهاون."
        ),
        [
            ("كتائب المقاومة الوطنية - قوات الشهيد سامي", None, "استهدافها ناقلة جند"),
            (
                "كتائب المقاومة الوطنية - قوات الشهيد سامي",
                None,
                "استهدافها تجمعاً لقوات الاحتلال المتمركزة، بقذائف الهاون",
            ),
        ],
    ),
    (
        "a two-word country after fi, then a given name shaped like a verbal noun",
        "وقال الرئيس الانتقالي في بوركينا فاسو إبراهيم تراوري إن الانقلاب فشل.",
        [("إبراهيم تراوري", "الرئيس الانتقالي في بوركينا فاسو", "الانقلاب فشل")],
    ),
    (
        "the addressee is a correspondent of an outlet",
        "وقال ترامب لمراسل أكسيوس باراك رافيد إن الحرب ستنتهي.",
        [("ترامب", None, "الحرب ستنتهي")],
    ),
    (
        "once upon a time after the name",
        "وقال وزير الخارجية السابق سامي حداد ذات يوم إن السلام ممكن.",
        [("سامي حداد", "وزير الخارجية السابق", "السلام ممكن")],
    ),
    (
        "bi-anna glued to the next word",
        "وأفادت المراسلة بأنّالمستوطنين أحرقوا عدداً من المنازل.",
        [("المراسلة", None, "المستوطنين أحرقوا عدداً من المنازل")],
    ),
    (
        "an aside after the verb, then a group and its unit in apposition",
        "وأكّدت، عقب الاقتحام، كتائب الفجر، مجموعات ليوث المجد، استهداف ضابط المنطقة بالرصاص.",
        [("كتائب الفجر", None, "استهداف ضابط المنطقة بالرصاص")],
    ),
    (
        "committees named by a quoted title",
        'وأشارت لجان "مقاومة الحي"، التي وثّقت عمليات القوات، إلى أنهم يخطفون الناس.',
        [("لجان مقاومة الحي", None, "يخطفون الناس")],
    ),
    (
        "according to a source with an apposition, then fa-inna",
        'وبحسب محللين مثل سامي حداد، رئيس قسم الاقتصاد في مجموعة "النور"، فإنّ المؤشر سيرتفع بنسبة 0.5%.',
        [("محللون مثل سامي حداد", None, "المؤشر سيرتفع بنسبة 0.5%")],
    ),
    (
        "a role with an agency in the genitive, then the name in apposition",
        "أكد المفوض العام لوكالة غوث وتشغيل اللاجئين، فيليب لازاريني، إطلاق القوات النار على المركبات.",
        [("فيليب لازاريني", "المفوض العام لوكالة غوث وتشغيل اللاجئين", "إطلاق القوات النار على المركبات")],
    ),
    (
        "an agency addressed after a role",
        "وقال الوزير لوكالة الأنباء إن الوضع صعب.",
        [("الوزير", None, "الوضع صعب")],
    ),
    (
        "a denial verb glued after a country name ending in -an",
        "والمقاومة الإسلامية في لبناننفت علاقتها بالحادث، مؤكدةً أن لا علاقة لها بالحادث.",
        [
            ("المقاومة الإسلامية في لبنان", None, "علاقتها بالحادث"),
            ("المقاومة الإسلامية في لبنان", None, "لا علاقة لها بالحادث"),
        ],
    ),
    (
        "a judgement with two objects after a fronted subject",
        "وكان وزير الدفاع سامي حداد، قد اعتبر العدوان على المدينة قتالاً ضد الإرهاب.",
        [("سامي حداد", "وزير الدفاع", "العدوان على المدينة قتالاً ضد الإرهاب")],
    ),
    (
        "headline order: a present verb after its subject, the warned party after it",
        "روسيا تحذّر أوكرانيا من تأجيل مفاوضات السلام.",
        [("روسيا", None, "تأجيل مفاوضات السلام")],
    ),
    (
        "a verb inside what looked like the subject ends it",
        "هيئة علماء فلسطين أدانت المجزرة، وشددت على أن الجريمة نفذتها ثلاث جهات.",
        [("هيئة علماء فلسطين", None, "الجريمة نفذتها ثلاث جهات")],
    ),
    # Round-5 classes: concessives, topics after "عن", passive descriptions, idioms, asides.
    (
        "a concessive clause with a vague subject is no source for what follows",
        "ومع أنّ البعض شكّك في حقيقة النص، إلا أن المؤرخين قبلوه. وقال الباحث سامي حداد إن النص أصيل.",
        [("سامي حداد", "الباحث", "النص أصيل")],
    ),
    (
        "the topic after 'an' is not a relayed source",
        'بدوره، قال مدير المركز، سامي حداد، عن تجديد الحظر: "الاحتلال يريد خنق الحقيقة".',
        [("سامي حداد", "مدير المركز", "الاحتلال يريد خنق الحقيقة")],
    ),
    ("a passive description is nobody's statement", 'وقد وصفت العملية بـ"سرقة القرن" في الصحف.', []),
    (
        "an aside with a relative clause before a resumptive cue",
        'وخلال هذه السرقة، التي كانت موضوع كتب كثيرة، تركت العصابة ملاحظة كتبت فيها "لا أسلحة ولا ضغينة بل مال فقط".',
        [("العصابة", None, "لا أسلحة ولا ضغينة بل مال فقط")],
    ),
    (
        "a relative verb that does not agree with its antecedent has another subject",
        "واستبعدت المجلة، أيضاً، أن يردع ذلك أعضاء المحور، الذين توقعت أن يضاعفوا جهودهم.",
        [("المجلة", None, "يردع ذلك أعضاء المحور"), ("المجلة", None, "يضاعفوا جهودهم")],
    ),
    (
        "the antecedent of a relative pronoun is the noun phrase before it, not the clause",
        "والتقى الوزير بالسفراء الأجانب الذين قالوا إن الوضع صعب.",
        [("السفراء الأجانب", None, "الوضع صعب")],
    ),
    (
        "fa-innahu opens a new clause with a pronoun subject",
        'وإذ أشار الوزير إلى أنّ الحرب "هي المحرك الرئيس"، فإنّه شدّد على أنّ "مسار العمليات سيتطور".',
        [("الوزير", None, 'الحرب "هي المحرك الرئيس"'), ("الوزير", None, "مسار العمليات سيتطور")],
    ),
    (
        "a plural shaped like a verbal noun inside the speaker",
        "أما عن الضفة الغربية، فأشار قائد أنصار الحزب إلى مواصلة الاحتلال اعتداءاته على المدن.",
        [("قائد أنصار الحزب", None, "مواصلة الاحتلال اعتداءاته على المدن")],
    ),
    (
        "describe with a definite name and a definite object before bi",
        'ووصف السيد الحوثي الخطاب بـ"المأزوم والمشحون بالأكاذيب"، معتبراً أنّه "يظهر المأزق".',
        [
            ("الحوثي", "السيد", 'الخطاب بـ"المأزوم والمشحون بالأكاذيب"'),
            ("الحوثي", "السيد", "يظهر المأزق"),
        ],
    ),
    (
        "estimate as a cue; a plural verb with an object pronoun takes the plural subject before",
        'ولم تعلن الشرطة عن أي توقيفات. ويقدّر المحقّقون أنّ النفق استغرق ستة أشهر، ووصفوه بأنه "عمل هندسي متقن جداً".',
        [("المحقّقون", None, "النفق استغرق ستة أشهر"), ("المحقّقون", None, "عمل هندسي متقن جداً")],
    ),
    (
        "a claimed stance, then a subject-less cue",
        'وتدّعي الوزيرة حرصها على إنهاء الحرب، وقالت إنّ "الوقت قد حان لإنهاء هذه الحرب".',
        [("الوزيرة", None, "حرصها على إنهاء الحرب"), ("الوزيرة", None, "الوقت قد حان لإنهاء هذه الحرب")],
    ),
    ("a negated announcement is nobody's statement", "ولم تعلن الشرطة عن أي توقيفات في القضية حتى الآن.", []),
    (
        "a participle after 'called on' whose subject ends before ila",
        'ودعا الرئيس الفنزويلي إلى استخدام تطبيقات أخرى، موضحاً أنّ "الأمر اختياري".',
        [("الرئيس الفنزويلي", None, "الأمر اختياري")],
    ),
    (
        "according to what a paper relayed from an official, then fa-innahu",
        'وبحسب ما نقلته الصحيفة، عن مسؤول في الإدارة، فإنه "لم يتخذ قرار نهائي بشأن الصواريخ".',
        [("مسؤول في الإدارة", None, "لم يتخذ قرار نهائي بشأن الصواريخ")],
    ),
    (
        "commented, saying",
        'عقّبت الجبهة الديمقراطية، على تصريحات الوزيرة، بقولها: "لا جديد في مثل هذه التصريحات".',
        [("الجبهة الديمقراطية", None, "لا جديد في مثل هذه التصريحات")],
    ),
    ("after as a preposition is no cue", "وصل الوزير عقب الاجتماع إلى المطار.", []),
    (
        "a fronted role and name before an aside and a narrative verb, then a participle",
        (
            'نائب نقيب الصحافيين، سامي حداد، من جهته، علّق على القرار، قائلاً: "القرار وسام شرف لنا".\n'
            "وأضاف نائب نقيب الصحافيين أن القرار يدل على نجاح القناة."
        ),
        [
            ("سامي حداد", "نائب نقيب الصحافيين", "القرار وسام شرف لنا"),
            ("سامي حداد", "نائب نقيب الصحافيين", "القرار يدل على نجاح القناة"),
        ],
    ),
    (
        "an outlet's report credited to unnamed sources after it",
        'ذكرت وكالة "الأنباء"، في تقرير، أنّ الحكومة تسعى لتجنب الحرب، بحسب عدة مصادر مطلعة.',
        [("عدة مصادر مطلعة", None, "الحكومة تسعى لتجنب الحرب")],
    ),
    (
        "a participle with a colon and no comma before it; the army's commander is not the army",
        'وقال الجيش إن الوضع هادئ. وتوجّه قائد الجيش إلى المتظاهرين قائلاً: "امنحونا بعض الوقت، وسنجد حلاً".',
        [("الجيش", None, "الوضع هادئ"), ("قائد الجيش", None, "امنحونا بعض الوقت، وسنجد حلاً")],
    ),
    (
        "an honorific before a surname is a title; the surname meets the full name",
        "أكد قائد الحركة، السيد عبد الملك الحوثي، أنّ العملية كانت ناجحة.\nوأضاف السيد الحوثي أنّ الرد قادم.",
        [
            ("عبد الملك الحوثي", "قائد الحركة", "العملية كانت ناجحة"),
            ("عبد الملك الحوثي", "قائد الحركة", "الرد قادم"),
        ],
    ),
]


def test_a_military_unit_is_an_organisation() -> None:
    text = "وأوضحت وحدة المدفعية في كتائب الشهيد أبو خالد أنّ الاستهداف جرى بقذائف الهاون."
    (statement,) = extract_arabic(make_article_record(text))
    assert statement.speaker.kind == "organization"
    assert statement.speaker.name == "وحدة المدفعية في كتائب الشهيد أبو خالد"


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_round4_classes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected


def test_a_speech_dated_in_a_later_statement_dates_the_earlier_ones() -> None:
    """Statements of one speech share its date even when only the third one gives it."""
    from datetime import UTC, datetime

    from tracker.records import ArticleRecord

    text = (
        "شدّد الوزير سامي حداد على أنّ التطورات خطيرة.\n"
        "ورأى أنّ الحل السياسي ما زال ممكناً.\n"
        "وفي خطاب متلفز، ألقاه اليوم، أشار الوزير إلى أنّ الحكومة مستعدة للحوار."
    )
    article = ArticleRecord(text=text, language="ar", published=datetime(2024, 8, 8, 15, tzinfo=UTC))
    dates = [(st.speaker.name, st.date.iso() if st.date.value else None) for st in extract_arabic(article)]
    assert dates == [("سامي حداد", "2024-08-08")] * 3
