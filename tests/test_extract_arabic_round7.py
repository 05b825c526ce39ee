"""Table tests for the Arabic extractor's seventh round: failure classes read off fresh blind
sets and the unannotated corpus (not the dev set).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import make_article_record
from tracker.extract.ar_text import find_quotes
from tracker.extract.arabic import extract_arabic


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (st.speaker.name, st.speaker.role, st.content.text)
        for st in extract_arabic(make_article_record(text))
    ]


ROWS = [
    # A subject-less follow-up continues the subject of a sentence that rejected or renewed
    # something ("ورفض فلان ...", "وجدّد فلان ..."), not an older speaker.
    (
        "follow-up after a rejection names its subject",
        (
            "قال الوزير سامر الحلبي إن الاتفاق قريب. ورفض المتحدث باسم الحركة، خليل العمري، "
            'في تصريحات صحافية، قرار الحكومة الأخير. وأضاف أن "هذا القرار مرفوض تماماً".'
        ),
        [
            ("سامر الحلبي", "الوزير", "الاتفاق قريب"),
            ("خليل العمري", "المتحدث باسم الحركة", "هذا القرار مرفوض تماماً"),
        ],
    ),
    (
        "follow-up after a renewal names its subject",
        (
            "قالت الوزيرة هدى سالم إن الاتفاق قريب. وجدد الرئيس كمال حداد دعمه للمبادرة. "
            "وأضاف أن الحل السياسي هو الوحيد."
        ),
        [
            ("هدى سالم", "الوزيرة", "الاتفاق قريب"),
            ("كمال حداد", "الرئيس", "الحل السياسي هو الوحيد"),
        ],
    ),
    (
        "a definite object that cannot agree with a feminine subject ends it",
        "قالت الوزيرة هدى سالم إن الاتفاق قريب. ورفضت الحكومة الطلب. وأضافت أن الحل السياسي هو الوحيد.",
        [("هدى سالم", "الوزيرة", "الاتفاق قريب"), ("الحكومة", None, "الحل السياسي هو الوحيد")],
    ),
    (
        "a feminine adjective stays with its feminine subject",
        "قال الوزير سامي حداد إن الاتفاق قريب. ورفضت الحكومة المؤقتة الطلب. وأضافت أن الحل السياسي هو الوحيد.",
        [("سامي حداد", "الوزير", "الاتفاق قريب"), ("الحكومة المؤقتة", None, "الحل السياسي هو الوحيد")],
    ),
    (
        "the organisation after 'المتحدث باسم' is its genitive, not the verb's object",
        "أشاد المتحدث باسم الحركة، خليل العمري، بالقرار. وأضاف أن الحل السياسي هو الوحيد.",
        [("خليل العمري", "المتحدث باسم الحركة", "الحل السياسي هو الوحيد")],
    ),
    (
        "a construct subject keeps its genitive",
        (
            "قالت الوزيرة هدى سالم إن الاتفاق قريب. واستنكر رئيس مجلس النواب القرار. "
            "وأضاف أن الحل السياسي هو الوحيد."
        ),
        [("هدى سالم", "الوزيرة", "الاتفاق قريب"), ("رئيس مجلس النواب", None, "الحل السياسي هو الوحيد")],
    ),
    # "صرّح الوزير باتهامات كاذبة قائلاً": the verb's ba-object, plural verbal nouns, is no name.
    (
        "a plural verbal noun after ba is the verb's object, not the speaker's name",
        "وصرّح وزير المالية بادعاءات كاذبة قائلاً إنّه يجب خفض الأجور.",
        [("وزير المالية", None, "يجب خفض الأجور")],
    ),
    (
        "the role so named resolves to the person named with it before",
        (
            "قال وزير خارجية الاحتلال، سامي حداد، إن الاتفاق قريب. ثم صرّح وزير خارجية الاحتلال "
            "باتهامات كاذبة قائلاً إنّه يجب خفض الأجور."
        ),
        [
            ("سامي حداد", "وزير خارجية الاحتلال", "الاتفاق قريب"),
            ("سامي حداد", "وزير خارجية الاحتلال", "يجب خفض الأجور"),
        ],
    ),
    (
        "a name may start like a ba-word",
        "قال الرئيس باراك أوباما إن الاتفاق قريب.",
        [("باراك أوباما", "الرئيس", "الاتفاق قريب")],
    ),
    (
        "'بأعمال' after 'القائم' is part of the role",
        "وقال القائم بأعمال السفارة إن الاتفاق قريب.",
        [("القائم بأعمال السفارة", None, "الاتفاق قريب")],
    ),
    # Names of the "عبد X" kind are two words; a verbal-noun-shaped last name goes on them.
    (
        "an 'عبد' name with a last name shaped like a verbal noun",
        (
            "وقد زار الرئيس الجزائري عبد المجيد تبون موسكو في حزيران الماضي، حيث تحدّث عن "
            "التوجّه نحو علاقات استراتيجية."
        ),
        [("عبد المجيد تبون", "الرئيس الجزائري", "التوجّه نحو علاقات استراتيجية")],
    ),
    (
        "an 'عبد' name before a verbal-noun object",
        "وأكد الوزير عبد الله حداد تعزيز العلاقات، مشيراً إلى أن الاتفاق قريب.",
        [("عبد الله حداد", "الوزير", "تعزيز العلاقات"), ("عبد الله حداد", "الوزير", "الاتفاق قريب")],
    ),
    (
        "a verbal-noun object after a plain name still ends it",
        "وأكد الوزير سامي حداد تعزيز العلاقات، مشيراً إلى أن الاتفاق قريب.",
        [("سامي حداد", "الوزير", "تعزيز العلاقات"), ("سامي حداد", "الوزير", "الاتفاق قريب")],
    ),
    # A role's head run into the definite word after it.
    (
        "a role's head glued to its adjective",
        "وقال الرئيسالجزائري عبد المجيد تبون إن العلاقات قوية.",
        [("عبد المجيد تبون", "الرئيس الجزائري", "العلاقات قوية")],
    ),
    (
        "an indefinite role's head glued to its genitive",
        "وقال وزيرالخارجية سامي حداد إن العلاقات قوية.",
        [("سامي حداد", "وزير الخارجية", "العلاقات قوية")],
    ),
    # A role with a lam genitive and a second region ("لشؤون الشرق الأوسط وشمال أفريقيا").
    (
        "a lam genitive continues a narrative verb's subject",
        'زار المبعوث الأممي لشؤون الشرق الأوسط سامي الخطيب القاهرة، مؤكداً "عمق العلاقات بين البلدين".',
        [("سامي الخطيب", "المبعوث الأممي لشؤون الشرق الأوسط", "عمق العلاقات بين البلدين")],
    ),
    (
        "a second region joined by wa stays in the role",
        "قال المبعوث الأممي لشؤون الشرق الأوسط وشمال أفريقيا سامي الخطيب إن العلاقات قوية.",
        [("سامي الخطيب", "المبعوث الأممي لشؤون الشرق الأوسط وشمال أفريقيا", "العلاقات قوية")],
    ),
    (
        "a name starting with wa after a role is still a name",
        "قال وزير الخارجية وليد المعلم إن العلاقات قوية.",
        [("وليد المعلم", "وزير الخارجية", "العلاقات قوية")],
    ),
    # A quotation left unclosed before a new one opens ends before the new one's lead-in.
    (
        "an unclosed quotation does not swallow the participle after it",
        (
            'حذّرت الحركة، اليوم الاثنين، من أنّها "غير ملزمة بأي قيود"، إذا ما "عادت القوات إلى '
            'استهداف المدنيين، أو استغلال الأجواء لتنفيذ اعتداءات، مؤكّدةً أنّ ردها حينها "لن توقفه حدود".'
        ),
        [
            (
                "الحركة",
                None,
                (
                    '"غير ملزمة بأي قيود"، إذا ما "عادت القوات إلى استهداف المدنيين، أو استغلال الأجواء '
                    "لتنفيذ اعتداءات"
                ),
            ),
            ("الحركة", None, 'ردها حينها "لن توقفه حدود"'),
        ],
    ),
    # "بالقول إنّ", "بقوله إنّ": the verbal noun with ba said by the clause's subject.
    (
        "'علّق ... بالقول إنّ'",
        "وعلق الوزير سامي حداد على القرار بالقول إنّ الاتفاق قريب.",
        [("سامي حداد", "الوزير", "الاتفاق قريب")],
    ),
    (
        "'بالقول' then a participle: two statements",
        (
            'وعلق الصحافي الإسرائيلي، سامي حداد، على التراشق بين الوزيرين، بالقول إنّ "العلاقة بينهما '
            'خطر على الأمن"، مضيفاً أن "الوزير يرى أن رئيسه يضلل الجمهور".'
        ),
        [
            ("سامي حداد", "الصحافي الإسرائيلي", "العلاقة بينهما خطر على الأمن"),
            ("سامي حداد", "الصحافي الإسرائيلي", "الوزير يرى أن رئيسه يضلل الجمهور"),
        ],
    ),
    (
        "'اكتفت ... بالقول:' with a feminine subject",
        'واكتفت الوزيرة هدى سالم بالقول: "لا تعليق".',
        [("هدى سالم", "الوزيرة", "لا تعليق")],
    ),
    (
        "'بقولها إنّ'",
        "وعقبت الحركة على ذلك بقولها إنّ الاحتلال يكذب.",
        [("الحركة", None, "الاحتلال يكذب")],
    ),
    (
        "a particle, an adverb and a demonstrative object around the subject",
        "وقد برر مؤخراً مسؤول أوروبي ذلك بالقول: من دون ذلك التواصل لن نحقق أهدافنا.",
        [("مسؤول أوروبي", None, "من دون ذلك التواصل لن نحقق أهدافنا")],
    ),
    (
        "'بالقول' with nothing said after it is no statement",
        "واكتفى الوزير بالقول المأثور.",
        [],
    ),
    # The subject of a participle's clause comes before the verb's object.
    (
        "a source named in the verb's object does not speak",
        (
            "قال الرئيس سامر بايدن إن الاتفاق قريب. في المقابل، علّق سامي حداد على انسحاب بايدن "
            'من السباق، مؤكداً أنّ "بايدن أسوأ رئيس".'
        ),
        [("سامر بايدن", "الرئيس", "الاتفاق قريب"), ("سامي حداد", None, "بايدن أسوأ رئيس")],
    ),
    (
        "a source named after the verb's preposition does not speak",
        (
            "قال الجيش إن العملية انتهت. من جانبه، علّق المحلل العسكري سامي حداد على ذريعة الجيش، "
            'متسائلاً: "ما الفائدة من العملية؟".'
        ),
        [("الجيش", None, "العملية انتهت"), ("سامي حداد", "المحلل العسكري", "ما الفائدة من العملية؟")],
    ),
    (
        "a ba-object after the subject ends it",
        "أشاد الرئيس الفلسطيني بالإجماع الدولي، مؤكداً أن الاعتراف بالدولة قريب.",
        [("الرئيس الفلسطيني", None, "الاعتراف بالدولة قريب")],
    ),
    (
        "'على' after a definite subject is the verb's preposition",
        'وانتقد الوزير ذلك، فيما تؤكد الإدارة الأميركية على التزامها "بالدفاع عن حلفائها أمام الإرهابيين".',
        [("الإدارة الأميركية", None, 'التزامها "بالدفاع عن حلفائها أمام الإرهابيين"')],
    ),
    # "الوكالة" after 'وكالة "فيتش"': the quoted name after the head is the antecedent.
    (
        "'الوكالة' resolves to the agency named in quotes before",
        'وخفضت وكالة "فيتش" التصنيف الائتماني. وخفضت الوكالة التصنيف، مشيرةً إلى "الحرب المستمرة كعامل دافع".',
        [("وكالة فيتش", None, "الحرب المستمرة كعامل دافع")],
    ),
    (
        "'الوكالة' resolves to the agency named in guillemets before",
        "وخفضت وكالة «موديز» التصنيف الائتماني. وقالت الوكالة إن الحرب مستمرة.",
        [("وكالة موديز", None, "الحرب مستمرة")],
    ),
    (
        "a masculine definite object does not end a short masculine subject's name",
        "وقالت القناة الـ13 الإسرائيلية إن القصف مستمر.",
        [("القناة الـ13 الإسرائيلية", None, "القصف مستمر")],
    ),
    # A relative time phrase ends the speaker slot.
    (
        "'الأسبوع الماضي' after the subject",
        "وقال الوزير الأسبوع الماضي إن العجز اتسع.",
        [("الوزير", None, "العجز اتسع")],
    ),
    (
        "'الشهر الماضي' after a fronted subject's verb",
        "وكان الوزير قد أعلن الشهر الماضي أنّ العجز اتسع.",
        [("الوزير", None, "العجز اتسع")],
    ),
    (
        "'الأسبوع الماضي' between commas after the verb",
        "وكان كيان الاحتلال، قد أعلن الأسبوع الماضي، أنّ العجز في الميزانية اتسع.",
        [("كيان الاحتلال", None, "العجز في الميزانية اتسع")],
    ),
    (
        "'مطلع الشهر الجاري' after the subject",
        "وأكدت الوزارة مطلع الشهر الجاري أنّ العجز اتسع.",
        [("الوزارة", None, "العجز اتسع")],
    ),
    # "وكان X، ...، أشار": a subject fronted after the auxiliary, with a description after it.
    (
        "'وكان X، أشار'",
        "قال الوزير سامي حداد إن الاتفاق قريب. وكان المرصد الوطني، أشار إلى أن الجوع ينتشر.",
        [("سامي حداد", "الوزير", "الاتفاق قريب"), ("المرصد الوطني", None, "الجوع ينتشر")],
    ),
    (
        "'وكان X، وهو ...، أشار'",
        "قال الوزير سامي حداد إن الاتفاق قريب. وكان المرصد الوطني، وهو مبادرة أممية، أشار إلى أن الجوع ينتشر.",
        [("سامي حداد", "الوزير", "الاتفاق قريب"), ("المرصد الوطني", None, "الجوع ينتشر")],
    ),
    # "عبّر" (expressed) is spelled like "عبر" (via).
    (
        "'عبّر الرئيس عن ...، مؤكداً' is the president's",
        "من جانبه، عبّر الرئيس الإيراني عن سعادته باستقبال الوفد، مؤكداً الموقف الراسخ لبلاده.",
        [("الرئيس الإيراني", None, "الموقف الراسخ لبلاده")],
    ),
    (
        "'عبر الحدود،' is still an aside",
        "وعبر الحدود، قال المتحدث إن القوات انسحبت.",
        [("المتحدث", None, "القوات انسحبت")],
    ),
    # A verbal-noun object ends before a time set off by commas; that time dates it.
    (
        "an object ends before the time aside after it",
        "وكان الوزير سامي حداد، قد أعلن استقالته من الحكومة، في 25 آذار/مارس الماضي، بعد رفض طلبه.",
        [("سامي حداد", "الوزير", "استقالته من الحكومة")],
    ),
    (
        "a time aside before the object does not end it",
        "أعلنت المقاومة الإسلامية - حزب الله، اليوم الأربعاء، عن تنفيذها سلسلة من العمليات.",
        [("المقاومة الإسلامية - حزب الله", None, "تنفيذها سلسلة من العمليات")],
    ),
    (
        "a count after the comma is no time aside",
        "وأعلنت الكتائب استهدافها دبابة، 3 مرات في عمليات منفصلة.",
        [("الكتائب", None, "استهدافها دبابة، 3 مرات في عمليات منفصلة")],
    ),
    # "إذ"، "حيث" open a clause of their own, comma or not.
    (
        "'إذ أكّد' after an object starts a new statement",
        "وأعلنت الحركة تعليق الاحتجاجات لمدة يومين إذ أكّد قائدها أنها لا تسعى إلى الإصلاح.",
        [("الحركة", None, "تعليق الاحتجاجات لمدة يومين"), ("قائدها", None, "لا تسعى إلى الإصلاح")],
    ),
    (
        "'حيث أكد' continues the narrative subject",
        "وصل الوزير سامي حداد إلى بيروت حيث أكد أن الاتفاق قريب.",
        [("سامي حداد", "الوزير", "الاتفاق قريب")],
    ),
    # "عبر" (via) after the verb is the medium, not the verb "عبّر".
    (
        "'وقالت عبر موقعها' continues the speaker",
        "قالت المنظمة إن الوضع خطير. وقالت عبر موقعها الإلكتروني إن 143 طفلاً قتلوا.",
        [("المنظمة", None, "الوضع خطير"), ("المنظمة", None, "143 طفلاً قتلوا")],
    ),
    # "خلص إلى أنّ": concluded.
    (
        "'خلصت إلى أنّ' then a participle",
        'وخلُصت "هآرتس" إلى أنّ نتنياهو لم ينجح في تحديث نموذجه، مشددةً على أنّ ذلك أوصله إلى هذا الوضع.',
        [("هآرتس", None, "نتنياهو لم ينجح في تحديث نموذجه"), ("هآرتس", None, "ذلك أوصله إلى هذا الوضع")],
    ),
    (
        "'تخلّص من' is no cue",
        "وتخلّص الجيش من الأسلحة القديمة.",
        [],
    ),
    (
        "the body that issued a report concludes, without the month after it",
        "وخلص تقرير أصدرته وكالة الأونروا في نيسان الماضي إلى أن المعتقلين تعرضوا للضرب.",
        [("وكالة الأونروا", None, "المعتقلين تعرضوا للضرب")],
    ),
    (
        "a month after 'في' ends the speaker",
        "وقال الوزير في تموز الماضي إن الحرب طويلة.",
        [("الوزير", None, "الحرب طويلة")],
    ),
    # Documents between an according-to cue and their author.
    (
        "a document with an adjective, then a ministry written with و",
        "وأضيف الشهداء إلى الحصيلة، بحسب الإحصائية الأخيرة لوزارة الصحة في قطاع غزة.",
        [("وزارة الصحة في قطاع غزة", None, "وأضيف الشهداء إلى الحصيلة")],
    ),
    (
        "the latest figures a ministry published; one clause around the aside",
        "وارتفع عدد الشهداء، وفق آخر المعطيات التي نشرتها وزارة الصحة في غزّة، إلى 39 ألفاً.",
        [
            (
                "وزارة الصحة في غزّة",
                None,
                "وارتفع عدد الشهداء، وفق آخر المعطيات التي نشرتها وزارة الصحة في غزّة، إلى 39 ألفاً",
            )
        ],
    ),
    (
        "a quoted name in apposition to the according-to source",
        'ووفق معطيات وحدة الأبحاث في شركة البرمجيات، "نوفا"، شهدت البلاد قفزة في الهجمات الإلكترونية.',
        [("نوفا", None, "شهدت البلاد قفزة في الهجمات الإلكترونية")],
    ),
    (
        "a sentence-initial according-to before a long quotation",
        'وبحسب الصحيفة، "تشعر الدول العربية بالإحباط بسبب اغتيال القائدين، وهي منزعجة من تهديدات طهران".',
        [("الصحيفة", None, "تشعر الدول العربية بالإحباط بسبب اغتيال القائدين، وهي منزعجة من تهديدات طهران")],
    ),
    # Counted groups and descriptions.
    (
        "'نحو 60 شخصاً' is a group that speaks",
        "وأعلن نحو 60 شخصاً من العاملين في مجال الفنون، بينهم مغنون وممثلون، أنّهم لن يقبلوا أي دعوة.",
        [("60 شخصاً من العاملين في مجال الفنون", None, "لن يقبلوا أي دعوة")],
    ),
    (
        "'واصفين' with what was described",
        "واحتجّ الفنانون على المشاركة، واصفين توجيه الدعوة بأنّه أمر غير أخلاقي.",
        [("الفنانون", None, "توجيه الدعوة بأنّه أمر غير أخلاقي")],
    ),
    (
        "'واصفين إياها بـ' with what she was called",
        'وقال مسؤولان إن نتنياهو فوجئ بالتصريح، واصفين إياها بـ"الأكثر انتقاداً من نبرة الرئيس".',
        [("مسؤولان", None, "نتنياهو فوجئ بالتصريح"), ("مسؤولان", None, "الأكثر انتقاداً من نبرة الرئيس")],
    ),
    (
        "'واصفاً إياه بأنّه' as before",
        'وعلّق الوزير على الخطاب، واصفاً إياه بأنّه "حفلة أكاذيب".',
        [("الوزير", None, "حفلة أكاذيب")],
    ),
    # A name set between commas after a long role: the cue's preposition comes later.
    (
        "a long role, a short name in apposition, then 'إلى'",
        "أشار مدير مستشفى الشفاء في شمال غزّة، الطبيب سامي حداد، إلى انتشار واسع للأمراض.",
        [("سامي حداد", "مدير مستشفى الشفاء في شمال غزّة", "انتشار واسع للأمراض")],
    ),
    (
        "a possessed object keeps its own preposition",
        "وأعلنت الكتائب مسؤوليتها عن العملية قرب المستوطنة.",
        [("الكتائب", None, "مسؤوليتها عن العملية قرب المستوطنة")],
    ),
    (
        "'في دراستهم' is an aside before the cue's preposition",
        "وأشار الباحثون في دراستهم إلى وجود فوارق بين البلدان.",
        [("الباحثون", None, "وجود فوارق بين البلدان")],
    ),
    (
        "'بتعرّضهم' carries the cue's own ba",
        "وأفاد عدد من المعتقلين بتعرّضهم للضرب على أيدي الحراس.",
        [("عدد من المعتقلين", None, "تعرّضهم للضرب على أيدي الحراس")],
    ),
    # The conjunction before a known head is no part of the name, and a correspondent run
    # into the verb before it is split off.
    (
        "'ومراسل' in a headline and 'أكّدمراسل' in the body are one correspondent",
        (
            "الاحتلال يقلّص المنطقة الآمنة، ومراسل الميادين يتحدث عن عشرات الشهداء. "
            "شنّ الجيش غارات، وفق ما أكّدمراسل الميادين."
        ),
        [("مراسل الميادين", None, "عشرات الشهداء"), ("مراسل الميادين", None, "شنّ الجيش غارات")],
    ),
    (
        "'ورئيس' is the conjunction and a role",
        "وقال ورئيس الحكومة إن الاتفاق قريب.",
        [("رئيس الحكومة", None, "الاتفاق قريب")],
    ),
    # "أن" after wanting, trying or being able to is that verb's own complement.
    (
        "'يريد أن' inside a verbal-noun object is not the cue's complementiser",
        'وأعلنت إحدى الشركات تقديمها خدمة تصوير لأي زائر يريد أن "يشعر كأنه ملك".',
        [("إحدى الشركات", None, 'تقديمها خدمة تصوير لأي زائر يريد أن "يشعر كأنه ملك"')],
    ),
    (
        "'حاول أن' is no speech either",
        "وأكدت البلدية استمرار العمل رغم أن المقاول حاول أن يوقف المشروع.",
        [("البلدية", None, "استمرار العمل رغم أن المقاول حاول أن يوقف المشروع")],
    ),
    # A cue under "إذا"/"لو" is a condition, not a report; "إذ" (as, since) still reports.
    (
        "a verb of opinion under 'إذا' reports nothing",
        "وإذا رأى الناخبون أن المرشح ضعيف فقد يغيّرون رأيهم.",
        [],
    ),
    (
        "a verb of saying under 'لو' reports nothing",
        "ولو قال الوزير إن الخطة فشلت لما صدّقه أحد.",
        [],
    ),
    (
        "'إذ قال' is a report, and the main clause after the comma is narration",
        "وإذ قال الوزير إن الخطة نجحت، رحّب النواب بالنتائج.",
        [("الوزير", None, "الخطة نجحت")],
    ),
    (
        "a main clause with a verb of saying after 'عندما' is a statement of its own",
        "وعندما أعلن الوزير أن الخطة نجحت، قال النواب إن النتائج ضعيفة.",
        [("الوزير", None, "الخطة نجحت"), ("النواب", None, "النتائج ضعيفة")],
    ),
    # Subject first: the conjunction before an unnamed source, and the addressee between the
    # verb and its verbal-noun object.
    (
        "'ومصدر ... يؤكد للقناة' drops the conjunction and the addressee",
        "ومصدر قيادي في الحركة يؤكد للميادين رفض أي مقترحات جديدة.",
        [("مصدر قيادي في الحركة", None, "رفض أي مقترحات جديدة")],
    ),
    (
        "a quoted network as the addressee",
        'ومسؤول أوروبي يؤكد لشبكة "الأفق" وجود خلافات كبيرة مع الحكومة.',
        [("مسؤول أوروبي", None, "وجود خلافات كبيرة مع الحكومة")],
    ),
    (
        "'للمرة الأولى' is when, not what",
        "والوزارة تعلن للمرة الأولى ارتفاع عدد الإصابات في المدينة.",
        [("الوزارة", None, "ارتفاع عدد الإصابات في المدينة")],
    ),
    (
        "a counterpart named in apposition is the addressee",
        "والرئيس يؤكد لنظيره الفرنسي، جان دوبون، حق بلاده في الرد.",
        [("الرئيس", None, "حق بلاده في الرد")],
    ),
    # After "لمحاولة"/"بهدف" a cue's letters spell a verbal noun ("لمحاولة كشف ...").
    (
        "'لمحاولة كشف' is no verb of saying",
        "ولمحاولة كشف آفاق الدفاع الأوروبي، لا بد من ملاحظة أن الصورة متغيرة.",
        [],
    ),
    # An unnamed source set off by a comma before its verb ("مصدر ... للقناة، يؤكد").
    (
        "'مصدر ... للميادين، يؤكد': the whole source",
        "مصدر فلسطيني قيادي للميادين، يؤكد أن الحركة ثابتة على موقفها.",
        [("مصدر فلسطيني قيادي", None, "الحركة ثابتة على موقفها")],
    ),
    # "كشفت X عن تقرير أنّ ...": the report's proposition follows the complementiser.
    (
        "'عن تقرير ... أنّ': the content is what the report says",
        "وكشفت وسائل إعلام محلية عن تقرير رسمي أنّ حوادث السير ارتفعت بنسبة الثلث.",
        [("وسائل إعلام محلية", None, "حوادث السير ارتفعت بنسبة الثلث")],
    ),
    (
        "'كشف عن خطة' keeps its object",
        "وكشف الوزير عن خطة جديدة لإعادة إعمار المدينة.",
        [("الوزير", None, "خطة جديدة لإعادة إعمار المدينة")],
    ),
    # "أبلغ X Y أنّ": the informer, then the one informed.
    (
        "'أبلغ' an organisation: the informer speaks",
        "وأبلغت الوزارة مكتب المحاسبة أنه تم العثور على أخطاء إضافية.",
        [("الوزارة", None, "تم العثور على أخطاء إضافية")],
    ),
    (
        "'أبلغ' a counterpart: a named role speaks",
        "وأبلغ الرئيس الفرنسي جان دوبون نظيره الأميركي أن الاتفاق قريب.",
        [("جان دوبون", "الرئيس الفرنسي", "الاتفاق قريب")],
    ),
    (
        "'أبلغ' an outlet",
        "وأبلغ مصدر مطلع الميادين أن الاتفاق قريب.",
        [("مصدر مطلع", None, "الاتفاق قريب")],
    ),
    # A first name shaped like a verbal noun ("إيمانويل") before a surname is a name.
    (
        "a role, then a first name with a masdar's shape",
        "وقال الرئيس الفرنسي إيمانويل دوبون إن الاتفاق قريب.",
        [("إيمانويل دوبون", "الرئيس الفرنسي", "الاتفاق قريب")],
    ),
    (
        "a possessed verbal noun after the subject is no name",
        'وجدّدت الحكومة ترحيبها بالمبادرات "التي تحفظ سيادة البلاد"، مشدّدةً على أن الحوار هو الحل.',
        [("الحكومة", None, "الحوار هو الحل")],
    ),
    # "، علماً أنّ ...": the writer's aside ends the content and reports nothing.
    (
        "'علماً أنّ' after a statement is the writer's",
        "وأضاف الوزير أن الجزيرة فريدة، علماً أنه تم البناء على خمس مساحتها.",
        [("الوزير", None, "الجزيرة فريدة")],
    ),
    # Inside a closed quotation, a relative tail or a participle is the speaker's own.
    (
        "'وهذا ما ...' inside a closed quotation stays",
        'وأكد القائد أنّ "الرد واجب علينا، وهذا ما شدّد عليه المرشد".',
        [("القائد", None, "الرد واجب علينا، وهذا ما شدّد عليه المرشد")],
    ),
    (
        "'وهو ما ...' after an unclosed quotation is still cut",
        'وأكد القائد أنّ "الرد واجب علينا، وهو ما يعرفه الجميع.',
        [("القائد", None, "الرد واجب علينا")],
    ),
    # A report with an adjective before its owner ("التقرير الجديد لمكتب X"), and a report
    # with adjectives only and a time aside after it.
    (
        "'التقرير الجديد لـX': X speaks",
        "وأوضح التقرير الجديد لمكتب المحاسبة الحكومية أن الوزارة واجهت تحديات كبيرة.",
        [("مكتب المحاسبة الحكومية", None, "الوزارة واجهت تحديات كبيرة")],
    ),
    (
        "'نقلاً عن تقرير حكومي، أمس': the report speaks",
        'وارتفعت القيمة إلى 8 مليارات، بحسب ما نشرت وكالة "الأنباء"، نقلاً عن تقرير حكومي أميركي، أمس.',
        [("تقرير حكومي أميركي", None, "وارتفعت القيمة إلى 8 مليارات")],
    ),
    # "ووصف X بـ"..."": one noun before its "بـ" is what was described; the subject is elided.
    (
        "'ووصف X بـ' with the subject elided",
        'وقال الرئيس إن البرلمان يصفق لقاتل. ووصف الزائر بـ"مجرم الحرب".',
        [("الرئيس", None, "البرلمان يصفق لقاتل"), ("الرئيس", None, 'الزائر بـ"مجرم الحرب"')],
    ),
    # A surname alone takes both given names the article wrote after a role and a comma.
    (
        "two given names after a role and a comma",
        "واستنكر الرئيس التركي، رجب طيب أوغلو، الزيارة. وقال أوغلو إن البرلمان أخطأ.",
        [("رجب طيب أوغلو", None, "البرلمان أخطأ")],
    ),
    # A long noun before "رأي" ("استطلاعات رأي") still makes it the noun "opinion".
    (
        "'استطلاعات رأي' is no verb of opinion",
        "وحصل المرشح على 15 بالمئة في 3 استطلاعات رأي (وزعم المرشح أن هذا غير عادل).",
        [("المرشح", None, "هذا غير عادل")],
    ),
    # A fronted subject, then an adverbial lead, then the verb; the role may run long.
    (
        "'فلان، وتعليقاً على ...، شدّد'",
        (
            "وأعلن مجلس الوزراء عقد جلسة طارئة غداً.\n"
            "رئيس حكومة تصريف الأعمال اللبنانية سامي حداد، وتعليقاً على الاعتداء، "
            'شدّد على أنّ "لبنان يحتفظ بحقه في الرد".'
        ),
        [
            ("مجلس الوزراء", None, "عقد جلسة طارئة غداً"),
            ("سامي حداد", "رئيس حكومة تصريف الأعمال اللبنانية", "لبنان يحتفظ بحقه في الرد"),
        ],
    ),
    # "وفق" before a surname is no first name.
    (
        "'وفق بورغ': the surname alone",
        "الجيش، وفق كارلسون، ما زال يحمل اسم جيش الدفاع.",
        [("كارلسون", None, "الجيش، وفق كارلسون، ما زال يحمل اسم جيش الدفاع")],
    ),
    # A quotation right after a number is what was counted, not what was said.
    (
        "a quotation after a number: the object goes on",
        'أعلنت السلطات انتشال جثث 25 "مهاجراً غير شرعي" وإنقاذ 103 آخرين.',
        [("السلطات", None, 'انتشال جثث 25 "مهاجراً غير شرعي" وإنقاذ 103 آخرين')],
    ),
    # "ندّد" is narration: its subject is no part of a later speaker's name.
    (
        "'وندّدت X بـ... ووصفتها': the subject of the narrative verb",
        'وندّدت وزارة الخارجية بالدعوات الخارجية ووصفتها بأنها "اعتداء على السيادة".',
        [("وزارة الخارجية", None, "اعتداء على السيادة")],
    ),
    # A document someone signed speaks for its signatory; one named alone speaks for itself.
    (
        "'وثيقة وقّعها X': X",
        "وقد حذّرت وثيقة وقّعها رئيس جهاز الأمن، في أواخر الشهر، من أنّ الظروف قد تنتهك الاتفاقية.",
        [("رئيس جهاز الأمن", None, "الظروف قد تنتهك الاتفاقية")],
    ),
    (
        "'الوثيقة' alone",
        "وأشارت الوثيقة إلى أن الظروف صعبة.",
        [("الوثيقة", None, "الظروف صعبة")],
    ),
    (
        "a definite document with a definite adjective",
        "وتذكر الوثيقة الجمهورية أن الحلفاء سيدفعون أكثر.",
        [("الوثيقة الجمهورية", None, "الحلفاء سيدفعون أكثر")],
    ),
    (
        "'وبيان X يحذر': the conjunction is no part of the statement's name",
        "تصعيد في الجنوب، وبيان بريطاني فرنسي ألماني يحذر من تصعيد التوترات الإقليمية.",
        [("بيان بريطاني فرنسي ألماني", None, "تصعيد التوترات الإقليمية")],
    ),
    # "بصورة أوضح": the comparative "clearer", not the verb "أوضح".
    (
        "'بصورة أوضح' is no cue",
        "وبصورة أوضح، فإن الاحتلال لن ينتصر بقتل المدنيين.",
        [],
    ),
    # A quotation mark left open before an outlet's name does not hide the relay's "عن".
    (
        "an outlet's quotation mark left open before 'عن مسؤول': the official speaks",
        'نقلت شبكة "الأفق الإخبارية عن مسؤول كبير في الوزارة أنّ الاتفاق لن يكون جاهزاً.',
        [("مسؤول كبير في الوزارة", None, "الاتفاق لن يكون جاهزاً")],
    ),
    # A name after "مسؤول في إدارة الرئيس" is the president's, not the official's.
    (
        "an unnamed official of a named president stays unnamed",
        "وقال مسؤول كبير في إدارة الرئيس الأميركي، جون سميث، إنّ الاتفاق لن يكون جاهزاً.",
        [("مسؤول كبير في إدارة الرئيس الأميركي", None, "الاتفاق لن يكون جاهزاً")],
    ),
    (
        "an official of a ministry may be named",
        "وقال مسؤول كبير في وزارة الخارجية، جون سميث، إنّ الاتفاق لن يكون جاهزاً.",
        [("جون سميث", "مسؤول كبير في وزارة الخارجية", "الاتفاق لن يكون جاهزاً")],
    ),
    # "فالأردن والسعودية أعلنتا": the "ف" before a country, and a new clause after the comma.
    (
        "'، فالأردن والسعودية أعلنتا' is a statement of its own",
        'ولفتت الصحيفة إلى أنّ المخاوف واضحة، فالأردن والسعودية أعلنتا أنهما "لا تريدان الحرب".',
        [("الصحيفة", None, "المخاوف واضحة"), ("الأردن والسعودية", None, "لا تريدان الحرب")],
    ),
    # After "وحثّ زيف القادةَ" the definite noun is the object; the surname alone, written
    # elsewhere after a first name, is the subject a later cue continues.
    (
        "'وحثّ فلان القادةَ ...' then a subject-less cue",
        (
            "وقال يوسي زيف إن الحرب ستؤثر في الاقتصاد. وحث زيف القادة الإسرائيليين على الحذر، "
            'معرباً عن قلقه. وتوقع أيضاً أنّ "تواجه إسرائيل صعوبات".'
        ),
        [("يوسي زيف", None, "الحرب ستؤثر في الاقتصاد"), ("يوسي زيف", None, "تواجه إسرائيل صعوبات")],
    ),
    (
        "'وحثّ أحد المتظاهرين' is a construct, not a name and its object",
        "وحث أحد المتظاهرين الشرطة على الانسحاب. وقال إن الشرطة تستهدف السلميين.",
        [("أحد المتظاهرين", None, "الشرطة تستهدف السلميين")],
    ),
    # "ل" before a name the article also writes bare is the addressee.
    (
        "'وقال أوستن لغالانت إنّ'",
        "وناقش الوزير غالانت الخطة مع أوستن. وقال أوستن لغالانت إنّ المقاتلات وصلت إلى المنطقة.",
        [("أوستن", None, "المقاتلات وصلت إلى المنطقة")],
    ),
    # An organisation's head with its name in construct, then the person's name.
    (
        "'المتحدث الرسمي لحركة حماس فلان'",
        "وقال المتحدث الرسمي لحركة حماس حازم قاسم إن الوضع كارثي.",
        [("حازم قاسم", "المتحدث الرسمي لحركة حماس", "الوضع كارثي")],
    ),
    # The medium and a time between the speaker and the cue's preposition.
    (
        "'أعلنت X في بيان لها بداية هذا الأسبوع، عن ...'",
        'وأعلنت "القيادة المركزية" في بيان لها بداية هذا الأسبوع، عن تصاعد نشاط التنظيم في سوريا.',
        [("القيادة المركزية", None, "تصاعد نشاط التنظيم في سوريا")],
    ),
    (
        "'تحدث، خلال كلمة في ...، عن ...'",
        "وكان الأمين العام تحدث، خلال كلمة في الاحتفال التكريمي للقائد، عن الرد القادم على الاعتداءات.",
        [("الأمين العام", None, "الرد القادم على الاعتداءات")],
    ),
    # A first name with a masdar's shape before "بن"/"أبو".
    (
        "'وزير الأمن إيتمار بن غفير عن نيته'",
        "وقد أعلن وزير الأمن إيتمار بن غفير عن نيته تشديد أوضاع الأسرى.",
        [("إيتمار بن غفير", "وزير الأمن", "نيته تشديد أوضاع الأسرى")],
    ),
    # "وختمت X مقالها بالقول إنّ": the participle carries the statement, not the verb.
    (
        "a quoted paper, its article, then 'بالقول'",
        'وختمت "وول ستريت جورنال" مقالها بالقول إنّ السنوار كان من أقوى المؤيدين.',
        [("وول ستريت جورنال", None, "السنوار كان من أقوى المؤيدين")],
    ),
    # A name's other form in brackets, "غير" before a definite adjective, and "مراراً".
    (
        "an organisation with its name in brackets and 'غير الحكومية' before the object",
        "وأعلنت منظمة المطبخ العالمي (ورلد سنترال كيتشن) الإغاثية غير الحكومية، اليوم، استشهاد أحد موظفيها.",
        [("منظمة المطبخ العالمي", None, "استشهاد أحد موظفيها")],
    ),
    (
        "'مراراً وتكراراً' ends the subject",
        "وأكدت الصين مراراً وتكراراً أن السبب المباشر للتدهور هو استمرار الحرب.",
        [("الصين", None, "السبب المباشر للتدهور هو استمرار الحرب")],
    ),
    # A dash joins a body's short name ("- حزب الله", "- قوات الشهيد عمر القاسم،") to the subject.
    (
        "'المقاومة الإسلامية في لبنان - حزب الله، الخميس، شنّ ...'",
        "وأعلنت المقاومة الإسلامية في لبنان - حزب الله، الخميس، شنّ مجاهديها هجوماً بالمسيرات.",
        [("المقاومة الإسلامية في لبنان - حزب الله", None, "شنّ مجاهديها هجوماً بالمسيرات")],
    ),
    (
        "a dash, a four-word name up to the comma, then an apposition",
        (
            "وأعلنت كتائب المقاومة الوطنية - قوات الشهيد عمر القاسم، الجناح العسكري للجبهة، "
            "قصفها مقر قيادة للعدو بقذائف الهاون."
        ),
        [
            (
                "كتائب المقاومة الوطنية - قوات الشهيد عمر القاسم",
                "الجناح العسكري للجبهة",
                "قصفها مقر قيادة للعدو بقذائف الهاون",
            )
        ],
    ),
    (
        "a dash and a short name before the object",
        "وأعلنت حركة المقاومة الإسلامية - حماس الإدارة الجديدة للمكتب.",
        [("حركة المقاومة الإسلامية - حماس", None, "الإدارة الجديدة للمكتب")],
    ),
    # "كتائب X، الجناح العسكري لحركة Y، حماس، إطلاقها ...": the body's short name after the
    # apposition, then the object.
    (
        "a short name after an apposition is no object",
        "أعلنت كتائب القسام، الجناح العسكري لحركة المقاومة الإسلامية، حماس، إطلاقها طائرة مسيرة.",
        [("كتائب القسام", "الجناح العسكري لحركة المقاومة الإسلامية", "إطلاقها طائرة مسيرة")],
    ),
    # The cue's preposition before a quotation opens the content ("شدّد X على ضرورة "...").
    (
        "the cue's preposition before a quotation ends the speaker",
        'وشدّد المستشار شولتز على ضرورة "الوقف الفوري للحرب" في غزة.',
        [("شولتز", "المستشار", 'ضرورة "الوقف الفوري للحرب" في غزة')],
    ),
    # How an anonymous source asked to be named is neither its name nor a statement.
    (
        "'مسؤول، طلب عدم الكشف عن هويته، قوله إنّ'",
        'وينقل الموقع، عن مسؤول كبير في الاتحاد، طلب عدم الكشف عن هويته، قوله إن "المهمة الجديدة ستنجح".',
        [("مسؤول كبير في الاتحاد", None, "المهمة الجديدة ستنجح")],
    ),
    (
        "'مسؤول، تحدّث شريطة عدم الكشف عن هويته، لصحيفة X: ...'",
        'وقال مسؤول كبير، تحدّث شريطة عدم الكشف عن هويته، لصحيفة "الأفق": "لقد اضطر كل رئيس إلى المواجهة".',
        [("مسؤول كبير", None, "لقد اضطر كل رئيس إلى المواجهة")],
    ),
    # A possessed verbal noun before a quotation has opened the object already.
    (
        "a possessed verbal noun, then a quotation: the object",
        'وأعلنت المقاومة الإسلامية استهدافها "التجهيزات التجسسية في موقع السماقة".',
        [("المقاومة الإسلامية", None, 'استهدافها "التجهيزات التجسسية في موقع السماقة"')],
    ),
    (
        "'موجّهاً التحية' is no participle of saying",
        "وختم السفير كلمته موجهاً التحية إلى غزة، معرباً عن ثقته. وقال إن النصر قريب.",
        [("السفير", None, "النصر قريب")],
    ),
    # An addressee after a role and its name ("لرؤساء ...", "للوزير ...") is no part of the name.
    (
        "'وزير التربية فلان لرؤساء المستوطنات إنّ'",
        "وقال وزير التربية يوسي كيش لرؤساء مستوطنات الشمال إنّ الشمال أصبح ساحة حرب.",
        [("يوسي كيش", "وزير التربية", "الشمال أصبح ساحة حرب")],
    ),
    (
        "'باستمرار' ends the subject",
        "وقال أغلب الأميركيين باستمرار إنهم لا يعتقدون أن الرئيس يستطيع القيادة.",
        [("أغلب الأميركيين", None, "لا يعتقدون أن الرئيس يستطيع القيادة")],
    ),
    # "وسوف يذكر ..." is a report still to come.
    ("'وسوف يذكر' reports nothing yet", "وسوف يذكر التاريخ أن هذا يوم غير مسبوق.", []),
    # "قال إنّ X، تشير إلى أنّ ...": a present verb after a short subject inside the content
    # goes on with what the speaker said; "وأشار" after it is a statement of its own.
    (
        "a present verb of figures inside a content is one statement",
        'وذكرت الصحيفة، أنّ تقديرات "الجيش"، تشير إلى أنّ الأسيرين "قتلا بعملية للجيش".',
        [("الصحيفة", None, 'تقديرات "الجيش"، تشير إلى أنّ الأسيرين "قتلا بعملية للجيش"')],
    ),
    (
        "'قال X ...، وأشار إلى' stays two statements",
        "وقال الرئيس إنه لا يخشى الاحتجاجات، وأشار إلى أنه يشعر بالقلق إزاء الأضرار.",
        [
            ("الرئيس", None, "لا يخشى الاحتجاجات"),
            ("الرئيس", None, "يشعر بالقلق إزاء الأضرار"),
        ],
    ),
    # A narrative verb in the present after its subject ends the subject ("يرفضون", "يهاجم").
    (
        "'وأهالي البلدة يرفضون استقبال الوزير ويصفونه بـ'",
        "وأهالي البلدة يرفضون استقبال الوزير ويصفونه بمجرم الحرب وقاتل الأطفال.",
        [("أهالي البلدة", None, "بمجرم الحرب وقاتل الأطفال")],
    ),
    (
        "'الوزير يهاجم رئيس الحكومة ... ويحذّر من أنّ'",
        "الوزير يهاجم رئيس الحكومة بحديثه عن طبول الحرب ويحذّر من أنّ الظروف القائمة عكس ما كانت عليه.",
        [("الوزير", None, "الظروف القائمة عكس ما كانت عليه")],
    ),
    # After "لل" a name is written without its article's alif; it is cited with it, unless the
    # article also writes the name whole with its own "ل" ("لوكاشينكو").
    (
        "'وفقاً للرئيس الفرنسي' cites 'الرئيس الفرنسي'",
        "وارتفع العدد إلى عشرة، وفقاً للرئيس الفرنسي.",
        [("الرئيس الفرنسي", None, "وارتفع العدد إلى عشرة")],
    ),
    (
        "'وفقاً للوكاشينكو' cites 'لوكاشينكو'",
        "وقال لوكاشينكو إن الوضع صعب. وارتفع العدد إلى عشرة، وفقاً للوكاشينكو.",
        [("لوكاشينكو", None, "الوضع صعب"), ("لوكاشينكو", None, "وارتفع العدد إلى عشرة")],
    ),
    # "من أمام البرلمان": where the speaker stood ends the role and name.
    (
        "'الرئيس فلان من أمام البرلمان'",
        "وقال الرئيس الفلسطيني محمود عباس من أمام البرلمان التركي إنّ الشعب لن يرحل.",
        [("محمود عباس", "الرئيس الفلسطيني", "الشعب لن يرحل")],
    ),
    # Role and name before the verb, with a conjunction or a quoted party name in the role.
    (
        "'ووزير الخارجية فلان يؤكد': role and name",
        "ووزير الخارجية سامر الحلبي يؤكد أن الضغوط لن تنجح.",
        [("سامر الحلبي", "وزير الخارجية", "الضغوط لن تنجح")],
    ),
    (
        "a party named in quotes closes the role before the name",
        'وقال رئيس حزب "الأمل الجديد" كريم منصور إن الضغوط لن تنجح.',
        [("كريم منصور", "رئيس حزب الأمل الجديد", "الضغوط لن تنجح")],
    ),
    (
        "a party named in quotes with no name after it is the role alone",
        'وقال رئيس حركة "النهضة" إن الضغوط لن تنجح.',
        [("رئيس حركة النهضة", None, "الضغوط لن تنجح")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_round7_rows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Alternating marks pair as before.
        ('قال "نعم" ثم "لا".', ["نعم", "لا"]),
        # A mark between a space and a word opens: the open quotation was left unclosed and
        # ends at the last comma before the new one.
        ('أكد "أولاً، ثانياً، ثم قال "ثالثاً".', ["أولاً، ثانياً", "ثالثاً"]),
        # A quotation inside another: only the outer one is kept.
        ('قال "قصفوا بقذائف "أر بي جي"، ونحن صمدنا".', ['قصفوا بقذائف "أر بي جي"، ونحن صمدنا']),
        # A stray closing mark before the first opening one is ignored.
        ('مفقودين". وانتقد "السلطات" بشدة "اليوم".', ["السلطات", "اليوم"]),
    ],
)
def test_straight_quote_marks_pair_by_where_they_stand(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in find_quotes(text, 0, len(text))] == expected


def test_a_time_aside_after_the_object_dates_the_statement() -> None:
    text = "وكان الوزير سامي حداد، قد أعلن استقالته من الحكومة، في 25 آذار/مارس الماضي، بعد رفض طلبه."
    (statement,) = extract_arabic(make_article_record(text))
    assert (statement.date.iso(), statement.date.basis) == ("2024-03-25", "explicit")


def test_a_date_that_starts_a_period_does_not_date_the_statement() -> None:
    """The article is of Sunday 9 March 2025: "أمس" is the 8th; "منذ ... الـ7 من تشرين الأول" is
    when the war began, not when the army spoke."""
    text = (
        "وأمس، أقرّ الجيش بمقتل جندي، وبهذا يرتفع عدد القتلى منذ بداية الحرب "
        "في الـ7 من تشرين الأول/أكتوبر الماضي."
    )
    (statement,) = extract_arabic(make_article_record(text))
    assert (statement.date.iso(), statement.date.basis) == ("2025-03-08", "relative")


def test_a_date_that_names_an_event_does_not_date_the_speech() -> None:
    """The speech is of Thursday ("الخميس"); "عملية الـ7 من تشرين الأول" names an event after a
    quotation, so it dates none of the speech's statements."""
    text = (
        "وقال الزعيم، في خطاب الخميس، إن الهجوم كان ناجحاً. "
        'وتحدث أيضاً عن تناول الإعلام "العملية"، حيث ذكروا أنّ العملية "هي الأخطر"، '
        "بعد عملية الـ7 من تشرين الأول/أكتوبر الماضي، كما تابع. "
        "وأضاف أن المرحلة المقبلة ستكون أصعب."
    )
    dates = [st.date.iso() for st in extract_arabic(make_article_record(text))]
    assert dates == ["2025-03-06"] * 4


def test_a_date_well_inside_a_since_phrase_does_not_date_the_statement() -> None:
    """ "قبل يومين" dates the statement (the article is of 9 March 2025); the date after "منذ"
    and a quoted name six words on starts a period."""
    text = (
        'وقبل يومين، قال نادي الأسرى إنّ "حصيلة الاعتقالات بلغت تسعة آلاف"، وذلك منذ "الحرب '
        'المستمرة" على قطاع غزة في 7 تشرين الأول/أكتوبر 2023.'
    )
    (statement,) = extract_arabic(make_article_record(text))
    assert (statement.date.iso(), statement.date.basis) == ("2025-03-07", "relative")


def test_a_day_right_at_the_verb_dates_the_speech_before_an_event_date() -> None:
    """The article is of Sunday 9 March 2025: "قال اليوم" is the 9th; "في 27 شباط" dates the
    debate the clause before it speaks of."""
    text = (
        'وبعد أداء ضعيف في المناظرة في 27 شباط/فبراير، قال الرئيس اليوم إنّ "الشعب وحده هو القادر على إقناعه".'
    )
    (statement,) = extract_arabic(make_article_record(text))
    assert (statement.date.iso(), statement.date.basis) == ("2025-03-09", "relative")


def test_what_happened_on_a_date_is_an_event() -> None:
    """ "ما حصل في 7 تشرين الأول" names an event: it dates neither statement of the sentence."""
    text = (
        'ويقرّ القائد أن ما حصل في 7 تشرين الأول/أكتوبر "عار"، فيما كشفت قناة "كان" عن إخفاق في إدارة الذخيرة.'
    )
    statements = extract_arabic(make_article_record(text))
    assert statements
    assert all(st.date.iso() is None for st in statements)


def test_an_event_named_before_its_date_is_an_event() -> None:
    """ "عقب عملية طوفان الأقصى في السابع من تشرين الأول": the operation's date, not the report's."""
    text = (
        'وعملت عشرات الشركات في المستوطنة، بحسب ما نقله موقع "كالكاليست"، الأمر الذي تغيّر عقب '
        "عملية طوفان الأقصى في السابع من تشرين الأول/أكتوبر."
    )
    (statement,) = extract_arabic(make_article_record(text))
    assert statement.date.iso() is None
