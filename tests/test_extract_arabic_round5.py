"""Table tests for the Arabic extractor's fifth round: failure classes read off random corpus
articles and fresh blind sets (not the dev set).

Every sentence here was written for these tests. A row's expected value is the full list of
(speaker name, role, content) triples of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import arabic_triples as triples
from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic


def test_bodies_joined_by_and_are_a_group() -> None:
    text = "وأوضح كل من نادي الأسير وهيئة شؤون الأسرى أنّ الاعتقالات تركزت في نابلس."
    (statement,) = extract_arabic(make_article_record(text))
    assert statement.speaker.kind == "group"


def test_a_list_of_sources_is_a_group() -> None:
    text = "قال كل من رئيس الحكومة، سامي نور، والرئيس، فادي حداد، إنّ الهجمات ستزيد التوتر."
    (statement,) = extract_arabic(make_article_record(text))
    assert statement.speaker.kind == "group"


def test_a_speech_dated_in_the_narration_dates_the_quotes_after_it() -> None:
    """The article is of Sunday 9 March 2025: "today" dates the first statement; the speech
    "last Friday" (7 March), named after it, dates what the same speaker says in it."""
    text = (
        "قال الرئيس سامي حداد اليوم إن الحرية مسؤولية.\n"
        "وكان حداد قد انتقد، في كلمة له يوم الجمعة الماضي، استقبال الوفد.\n"
        'وقال حداد إن "الاستقبال خطأ كبير".'
    )
    dates = [st.date.iso() for st in extract_arabic(make_article_record(text))]
    assert dates == ["2025-03-09", "2025-03-07"]


def test_a_role_never_repeats_the_name() -> None:
    text = "قال رئيس كينيا وليام روتو إن الاحتجاجات يجب أن تتوقف. وأضاف روتو أن الحوار ممكن."
    roles = {(st.speaker.name, st.speaker.role) for st in extract_arabic(make_article_record(text))}
    assert roles == {("وليام روتو", "رئيس كينيا")}


def test_the_verbs_object_is_not_part_of_the_name() -> None:
    """ "أعلنت كتائب القسّام مسؤوليتها": the object with its pronoun ends the source's name."""
    text = "وأعلنت كتائب القسّام مسؤوليتها عن العملية، مؤكدةً أنّ العملية تأتي انتقاماً للشهداء."
    names = {st.speaker.name for st in extract_arabic(make_article_record(text))}
    assert names == {"كتائب القسّام"}


def test_a_counted_source_is_a_group() -> None:
    (statement,) = extract_arabic(make_article_record("وقال 5 أشخاص مطلعين إن الرياض هددت بخفض الدعم."))
    assert statement.speaker.kind == "group"


def test_a_state_speaks_as_an_institution() -> None:
    (statement,) = extract_arabic(make_article_record("وأكدت الصين أن الدورية لا تستهدف طرفاً ثالثاً."))
    assert (statement.speaker.name, statement.speaker.kind) == ("الصين", "organization")


ROWS = [
    # A surname that ends like a narrative verb with a suffix ("شكري" is not "شكر" + ya).
    (
        "a surname spelled like a narrative verb",
        "قال المبعوث الأممي فتحي شكري إن الحوار هو الحل الوحيد.",
        [("فتحي شكري", "المبعوث الأممي", "الحوار هو الحل الوحيد")],
    ),
    (
        "a narrative verb's subject named with such a surname, then a subject-less cue",
        "والتقى المبعوث الأممي فتحي شكري الوفد الحكومي. وقال إن الحوار هو الحل.",
        [("فتحي شكري", "المبعوث الأممي", "الحوار هو الحل")],
    ),
    # The given name Ali folds like the preposition "على".
    (
        "role, then the name Ali between commas, then a present verb",
        "القائم بأعمال وزارة الخارجية، علي حسن منصوري، يؤكد أنّ الرد حق مشروع.",
        [("علي حسن منصوري", "القائم بأعمال وزارة الخارجية", "الرد حق مشروع")],
    ),
    (
        "role and the name Ali without commas, subject first",
        "وزير الداخلية علي حسن منصوري يؤكد أن الحدود مغلقة.",
        [("علي حسن منصوري", "وزير الداخلية", "الحدود مغلقة")],
    ),
    (
        "role and the name Ali without commas, verb first",
        "قال وزير الداخلية علي حسن إن الحدود مغلقة.",
        [("علي حسن", "وزير الداخلية", "الحدود مغلقة")],
    ),
    (
        "a preposition after a role is not a name",
        "وقال المتحدث باسم الجيش على منصة إكس إن القصف مستمر.",
        [("المتحدث باسم الجيش", None, "القصف مستمر")],
    ),
    # "القائم بأعمال" is one role: "بأعمال" links it to what follows.
    (
        "acting chargé d'affaires as a role before a name",
        "قال القائم بأعمال السفارة الأميركية جون سميث إن الزيارة ألغيت.",
        [("جون سميث", "القائم بأعمال السفارة الأميركية", "الزيارة ألغيت")],
    ),
    # The fullest name wins even when it goes on after the shorter one.
    (
        "a two-word name, then the same name with one more word",
        "قال وزير الداخلية سامر حسن إن الحدود مغلقة.\nوأضاف سامر حسن منصوري أن المعابر ستفتح قريباً.",
        [
            ("سامر حسن منصوري", "وزير الداخلية", "الحدود مغلقة"),
            ("سامر حسن منصوري", "وزير الداخلية", "المعابر ستفتح قريباً"),
        ],
    ),
    # "قولهما": the dual of "قوله" ends the source, it is not part of it.
    (
        "relayed speech from two sources with the dual saying noun",
        "ونقلت الوكالة عن مسؤول محلي وشاهد عيان قولهما إن الاشتباكات توقفت.",
        [("مسؤول محلي وشاهد عيان", None, "الاشتباكات توقفت")],
    ),
    # Unnamed sources and groups written before their verb.
    (
        "unnamed sources with a place, a comma, then the verb",
        "مصادر خاصة في المقاومة، تؤكد أنّ المفاوضات متوقفة.",
        [("مصادر خاصة في المقاومة", None, "المفاوضات متوقفة")],
    ),
    (
        "unnamed sources speaking to an outlet, then the verb",
        "مصادر خاصة للميادين، تؤكد أنّ المفاوضات متوقفة.",
        [("مصادر خاصة", None, "المفاوضات متوقفة")],
    ),
    (
        "officials first, then a plural verb",
        "مسؤولون أوروبيون قالوا إنّ القرار مخيب للآمال.",
        [("مسؤولون أوروبيون", None, "القرار مخيب للآمال")],
    ),
    # "أمّا X فـ...": the topic before the fa is the subject of the verb glued to it.
    (
        "a fronted topic with amma and a fa-verb names a new source",
        "وقالت حركة الجهاد إن الاقتحام تصعيد خطير.\nأمّا الجبهة الديمقراطية فصرّحت بأنّ الاقتحام إشعال للأوضاع.",
        [
            ("حركة الجهاد", None, "الاقتحام تصعيد خطير"),
            ("الجبهة الديمقراطية", None, "الاقتحام إشعال للأوضاع"),
        ],
    ),
    (
        "a preacher as a role, subject first with an aside after the verb",
        "وقالت حركة فتح إن الاقتحام تصعيد.\nخطيب المسجد الأقصى الشيخ سامي نور، أكّد من جهته، أنّ الصلوات تجاوزت الخطوط الحمر.",
        [
            ("حركة فتح", None, "الاقتحام تصعيد"),
            ("سامي نور", "خطيب المسجد الأقصى الشيخ", "الصلوات تجاوزت الخطوط الحمر"),
        ],
    ),
    # A guessed subject that runs into a complementiser is a clause, never a name.
    (
        "the subject of the sentence before is not stretched over its content",
        # The masculine verb does not agree with the movement, and no other source is named.
        "وقالت حركة فتح إن الاقتحام تصعيد. وأضاف أن الرد قادم.",
        [("حركة فتح", None, "الاقتحام تصعيد")],
    ),
    # A role with a lam genitive ("لحركة X") goes on past the organisation to the name.
    (
        "a participle after a narrative verb whose subject is a role of a movement and a name",
        "وقالت حركة حماس إن الخطاب كاذب.\nبدوره، علّق عضو المكتب السياسي لحركة حماس، سامي نور، على الخطاب، واصفاً إياه بأنّه كاذب.",
        [
            ("حركة حماس", None, "الخطاب كاذب"),
            ("سامي نور", "عضو المكتب السياسي لحركة حماس", "كاذب"),
        ],
    ),
    (
        "a name ending in taa marbuta closes its apposition with a comma",
        "دعا رئيس المكتب السياسي لحركة حماس، سامي حمزة، إلى يوم غضب، مشدداً على أهمية المشاركة الشعبية.",
        [("سامي حمزة", "رئيس المكتب السياسي لحركة حماس", "أهمية المشاركة الشعبية")],
    ),
    # Connectors that open a clause ("هذا و", "وقد", "وإذ") are skipped wherever the clause starts.
    (
        "a narrative verb after 'هذا و' names the source a later cue continues",
        "وقالت حركة حماس إن الخطاب كاذب.\nهذا ودانت حركة المجاهدين بشدة استقبال الوزير، وقالت إنّ الاستقبال تأكيد على التورط.",
        [
            ("حركة حماس", None, "الخطاب كاذب"),
            ("حركة المجاهدين", None, "الاستقبال تأكيد على التورط"),
        ],
    ),
    (
        "the object of a narrative verb after 'وإذ' is not its subject",
        'وقال السفير إن العلاقات ممتازة. وإذ رحّب بالملتقى، أكد "تمتين العلاقات بين البلدين".',
        [("السفير", None, "العلاقات ممتازة"), ("السفير", None, "تمتين العلاقات بين البلدين")],
    ),
    # A body "in" a place is not the place, even when the place spoke before.
    (
        "a committee in a country is not the country named before",
        "وقالت فنزويلا إنها ترفض التدخل. وأعلنت اللجنة الانتخابية في فنزويلا أن مادورو فاز بالانتخابات.",
        [
            ("فنزويلا", None, "ترفض التدخل"),
            ("اللجنة الانتخابية في فنزويلا", None, "مادورو فاز بالانتخابات"),
        ],
    ),
    (
        "a ministry in a place is the same ministry with a longer name",
        "وقالت وزارة الصحة في قطاع غزة إن الحصيلة ارتفعت. وأكدت وزارة الصحة الفلسطينية في قطاع غزة أن المستشفيات مكتظة.",
        [
            ("وزارة الصحة الفلسطينية في قطاع غزة", None, "الحصيلة ارتفعت"),
            ("وزارة الصحة الفلسطينية في قطاع غزة", None, "المستشفيات مكتظة"),
        ],
    ),
    # An inflected verb before a one-word name is not its first name.
    (
        "a verb before a country is not a first name",
        "في غضون ذلك، أعربت فنزويلا عن رفضها للتدخل. وأضافت أنّ الحكومة سحبت دبلوماسييها.",
        [("فنزويلا", None, "الحكومة سحبت دبلوماسييها")],
    ),
    # A role with a possessive ("زعيمها") is a role; the name in apposition is the speaker.
    (
        "a possessed role head with a name in apposition",
        "انتقدت المعارضة الخطاب، إذ أكد زعيمها، سامي نور، أنّه من العار تجاهل الأسرى.",
        [("سامي نور", "زعيمها", "من العار تجاهل الأسرى")],
    ),
    # An outlet spoken to after the verb is not the subject; the subject came before the verb.
    (
        "subject first, then the verb and the outlet spoken to",
        "حزب الشعب الفلسطيني أكد للميادين أنّ هناك قراراً في مجلس الأمن.",
        [("حزب الشعب الفلسطيني", None, "هناك قراراً في مجلس الأمن")],
    ),
    # What can never name a source: a clause, a verb, a connector.
    (
        "a later subject-less cue does not stretch the source over the first content",
        "وقالت المجلة إن الاقتصاد ضعيف. ويبدو أنّ الحكومة تفضّل عدم التدخل، كما يرى أنّ الوضع سينهار.",
        [("المجلة", None, "الاقتصاد ضعيف")],
    ),
    (
        "a present verb with no subject found is not a speaker's name",
        "وقالت الحركة إن الحصار جريمة. ويصرّح أن الوفد لن يسافر.",
        [("الحركة", None, "الحصار جريمة")],
    ),
    (
        "an according-to phrase is not part of the source it names",
        "قال مراسل الميادين إن القصف مستمر.\nوقصفت المدفعية بلدة دبلان، بحسب ما نقل مراسل الميادين، الذي أكد أن قوات العشائر تقدمت.",
        [
            ("مراسل الميادين", None, "القصف مستمر"),
            ("مراسل الميادين", None, "قصفت المدفعية بلدة دبلان"),
            ("مراسل الميادين", None, "قوات العشائر تقدمت"),
        ],
    ),
    # "بيّن" is spelled like the preposition "بين" once the shadda is gone: a cue only before
    # the complementiser, and not before "أن" with a verb ("بين أن تكون ... وبين ...").
    (
        "'وبيّن أنّ' after a narrative verb with the same subject",
        "وتطرق رئيس المحكمة، إلى التوسع في المستوطنات، وبيّن أنّ نقل المستوطنين يتناقض مع المعاهدة.",
        [("رئيس المحكمة", None, "نقل المستوطنين يتناقض مع المعاهدة")],
    ),
    (
        "the preposition 'بين' before 'أن' and a verb is no cue",
        "وقال المحلل إن الخيار صعب. والخيار بين أن تكون الغلبة للتيار الانعزالي، وبين التيار الآخر.",
        [("المحلل", None, "الخيار صعب")],
    ),
    (
        "a time is never a source a later cue continues",
        "وقال الوزير إن الحدود مغلقة. وفي الأسبوع الماضي، أعلنت الحكومة خطة جديدة. وأضاف أن المعابر ستفتح.",
        [("الوزير", None, "الحدود مغلقة"), ("الوزير", None, "المعابر ستفتح")],
    ),
    # Forums, missions and embassies are organisations, so "البيان"/"التقرير" refer back to them.
    (
        "a report refers back to the forum that published it",
        "قال المنتدى الاقتصادي العالمي إن أفريقيا مهيأة للنمو.\nوذكر التقرير أن القارة تملك ثلث المعادن الحيوية.",
        [
            ("المنتدى الاقتصادي العالمي", None, "أفريقيا مهيأة للنمو"),
            ("المنتدى الاقتصادي العالمي", None, "القارة تملك ثلث المعادن الحيوية"),
        ],
    ),
    (
        "a statement refers back to the mission that issued it",
        "وذكرت البعثة الدائمة لدى الأمم المتحدة، في بيان، أن الشراكة قائمة.\nوأضاف البيان أن بلاده لا ترسل أسلحة.",
        [
            ("البعثة الدائمة لدى الأمم المتحدة", None, "الشراكة قائمة"),
            ("البعثة الدائمة لدى الأمم المتحدة", None, "بلاده لا ترسل أسلحة"),
        ],
    ),
    (
        "a preposition's phrase is never the source a cue continues",
        "وقالت الممثلية إن الرد مشروع. وبشأن ما يثار عن المفاوضات، أوضحت أن الرد لن يضر بها.",
        [("الممثلية", None, "الرد مشروع"), ("الممثلية", None, "الرد لن يضر بها")],
    ),
    # A one-word definite subject, then an indefinite verbal-noun object, even with asides after it.
    (
        "a verbal-noun object after a one-word definite subject, asides after the object",
        "وأكدت السرايا هبوط طائرة مروحية للاحتلال، مع إطلاق قنابل دخانية، في مكان العملية.",
        [("السرايا", None, "هبوط طائرة مروحية للاحتلال، مع إطلاق قنابل دخانية، في مكان العملية")],
    ),
    (
        "a role and a name before the comma stay the subject",
        "أعلن الوزير سامي حداد، اليوم، إطلاق خطة جديدة للمياه.",
        [("سامي حداد", "الوزير", "إطلاق خطة جديدة للمياه")],
    ),
    (
        "a second indefinite adjective belongs to the source, not to the object",
        "وأكدت منصة إعلامية إسرائيلية انقطاع التيار الكهربائي في المستوطنات.",
        [("منصة إعلامية إسرائيلية", None, "انقطاع التيار الكهربائي في المستوطنات")],
    ),
    (
        "an auxiliary run into the subject after it",
        "وكانتالمقاومة الإسلامية أعلنت أنّ مجاهديها استهدفوا الموقع.",
        [("المقاومة الإسلامية", None, "مجاهديها استهدفوا الموقع")],
    ),
    (
        "a dual subject, then a definite object that does not agree with it",
        "أكد الرئيسان الشراكة الدائمة بين البلدين، وأعربا عن التزامهما بتعزيز العلاقات.",
        [("الرئيسان", None, "الشراكة الدائمة بين البلدين، وأعربا عن التزامهما بتعزيز العلاقات")],
    ),
    (
        "an auxiliary run into an indefinite subject",
        "وكانتبعثة إيران لدى الأمم المتحدة قد أكّدت أنّها تسعى لوقف النار.",
        [("بعثة إيران لدى الأمم المتحدة", None, "تسعى لوقف النار")],
    ),
    (
        "'أورد' reports what a publication wrote",
        "وأوردت المجلة، في تقرير بعنوان الحماقة، أنّ الخطاب سيلقى تصفيقاً حاراً.",
        [("المجلة", None, "الخطاب سيلقى تصفيقاً حاراً")],
    ),
    (
        "'أورد' with a saying noun leaves the source to the noun",
        "وأوردت الوكالة تأكيد محللين أنّ الدعم سيبقى راسخاً.",
        [("محللون", None, "الدعم سيبقى راسخاً")],
    ),
    (
        "an editorial speaks for its newspaper",
        "قالت افتتاحية صحيفة هآرتس إن الحرب يجب أن تتوقف. وأضافت الصحيفة أن الصفقة ضرورية.",
        [("صحيفة هآرتس", None, "الحرب يجب أن تتوقف"), ("صحيفة هآرتس", None, "الصفقة ضرورية")],
    ),
    # "كل من X، وY": several sources speak together; the list is the source, as a group.
    (
        "a joint statement by several named leaders",
        "وفي بيان مشترك، قال كل من رئيس الحكومة، سامي نور، والرئيس، فادي حداد، إنّ الهجمات ستزيد التوتر.",
        [("رئيس الحكومة، سامي نور، والرئيس، فادي حداد", None, "الهجمات ستزيد التوتر")],
    ),
    # "وبحسب ما أردفت، ...": an according-to phrase whose verb has no subject continues the source.
    (
        "according to what she added, with the subject named before",
        "وقالت المجلة إن الخلافات خطيرة. وبحسب ما أردفت، انتقد الرئيس المحكمة الدولية.",
        [("المجلة", None, "الخلافات خطيرة"), ("المجلة", None, "انتقد الرئيس المحكمة الدولية")],
    ),
    (
        "according to what she went on, after a connector",
        "وقالت المجلة إن الخلافات خطيرة. ولكن، وفق ما تابعت، ففي كل منعطف قاوم الوزير الضغوط.",
        [("المجلة", None, "الخلافات خطيرة"), ("المجلة", None, "ففي كل منعطف قاوم الوزير الضغوط")],
    ),
    (
        "a source's name never ends with a preposition",
        'ولهذا السبب، فإنّ رأي اللجنة في "كتاباتها غير المسؤولة" ليس أكثر من "عمل دعائي يخدم المتطرفين".',
        [("اللجنة", None, '"كتاباتها غير المسؤولة" ليس أكثر من "عمل دعائي يخدم المتطرفين"')],
    ),
    (
        "a relative clause after the source is not its name",
        'وقال المسؤول الأميركي، الذي رفض الكشف عن هويته، في مكالمة هاتفية: "لا يزال هناك عمل كبير".',
        [("المسؤول الأميركي", None, "لا يزال هناك عمل كبير")],
    ),
    # Two bodies joined by "و" speak together; the first alone is not widened to both.
    (
        "a club alone, then the club and a commission together",
        "قال نادي الأسير إن الاحتلال اعتقل أربعين شخصاً.\nوأوضح كل من نادي الأسير وهيئة شؤون الأسرى أنّ الاعتقالات تركزت في نابلس.",
        [
            ("نادي الأسير", None, "الاحتلال اعتقل أربعين شخصاً"),
            ("نادي الأسير وهيئة شؤون الأسرى", None, "الاعتقالات تركزت في نابلس"),
        ],
    ),
    # Relayed speech whose object is a verbal noun after the source's comma.
    (
        "relayed with a verbal-noun object after a comma",
        "نقلت وكالة سبوتنيك عن وزارة الخارجية الروسية، استعداد موسكو لاستضافة لقاء بين الرئيسين.",
        [("وزارة الخارجية الروسية", None, "استعداد موسكو لاستضافة لقاء بين الرئيسين")],
    ),
    (
        "relayed with a noun that is not a verbal noun after the comma: nothing",
        "نقلت وكالة سبوتنيك عن وزارة الخارجية الروسية، موسكو مستعدة للقاء.",
        [],
    ),
    (
        "a report in a newspaper speaks for the newspaper",
        "وذكر تقرير في صحيفة معاريف الإسرائيلية، أنّ رئيس الحكومة يتملص من مسؤوليته.",
        [("صحيفة معاريف الإسرائيلية", None, "رئيس الحكومة يتملص من مسؤوليته")],
    ),
    (
        "a participle, an aside, then a colon and the quotation",
        'ووجّه الرئيس تعليماتٍ إلى الوزارة، قائلاً، في هذا الصدد: "لا أفهم لماذا تأخرتم".',
        [("الرئيس", None, "لا أفهم لماذا تأخرتم")],
    ),
    # A statement ("بيان") speaks for its owner, even with an adjective between them.
    (
        "a conference's final statement, then the statement alone",
        "أعلن البيان الختامي لمؤتمر نداء الأقصى دعم المؤتمر للشعب الفلسطيني. ورأى البيان أنّ الثورة ستبقى حدثاً أساسياً.",
        [
            ("مؤتمر نداء الأقصى", None, "دعم المؤتمر للشعب الفلسطيني"),
            ("مؤتمر نداء الأقصى", None, "الثورة ستبقى حدثاً أساسياً"),
        ],
    ),
    (
        "a ministry's statement",
        "وأكد بيان وزارة الدفاع أن القوات صدت الهجوم.",
        [("وزارة الدفاع", None, "القوات صدت الهجوم")],
    ),
    (
        "one of the sources is another source than the sources",
        "نقلت الصحيفة، عن مصادر مطلعة، أنّ التأهب ارتفع.\nونقلت الصحيفة، عن أحد المصادر المطلعة، أنّ الهجوم قد يحدث الليلة.",
        [
            ("مصادر مطلعة", None, "التأهب ارتفع"),
            ("أحد المصادر المطلعة", None, "الهجوم قد يحدث الليلة"),
        ],
    ),
    (
        "a correspondent in the south of a country is a role, not a place's name",
        "وأفادت مراسلة الميادين في جنوب لبنان باعتداء مدفعي على أطراف بلدة شبعا.",
        [("مراسلة الميادين في جنوب لبنان", None, "اعتداء مدفعي على أطراف بلدة شبعا")],
    ),
    (
        "a saying noun with a pronoun ends the relayed source",
        "ونقلت الصحيفة عن مسؤولين أميركيين إقرارهم أنّ احتمال إضعاف الحركة تضاءل.",
        [("مسؤولون أميركيون", None, "احتمال إضعاف الحركة تضاءل")],
    ),
    (
        "the adjective of 'وسائل إعلام' belongs to the source",
        "وأكدت وسائل إعلام إسرائيلية سقوط صاروخين في شتولا.",
        [("وسائل إعلام إسرائيلية", None, "سقوط صاروخين في شتولا")],
    ),
    (
        "content before an according-to phrase drops the conjunction of its verb",
        "وقصفت طائرات الاحتلال منزلاً في المخيم، بحسب ما أفاد مراسل الميادين.",
        [("مراسل الميادين", None, "قصفت طائرات الاحتلال منزلاً في المخيم")],
    ),
    (
        "a verb whose root starts with waw keeps it",
        "وافقت الحركة على المقترح، بحسب ما أفاد مراسل الميادين.",
        [("مراسل الميادين", None, "وافقت الحركة على المقترح")],
    ),
    # "كلمة لـX، أكد فيها": the speech's owner speaks in it.
    (
        "a speech by a named representative, then what he stressed in it",
        "وتخللت المراسم كلمة لممثل الحركة في طهران، سامي نور، أكد فيها أنّ المسألة ليست الانتقام فقط.",
        [("سامي نور", "ممثل الحركة في طهران", "المسألة ليست الانتقام فقط")],
    ),
    (
        "a name ends before a time preposition",
        "وقالت كوسا بعد تتويجها إن الفوز للجميع.",
        [("كوسا", None, "الفوز للجميع")],
    ),
    (
        "a number of observers are a group source",
        "وقال الوزير إن الانتخابات قريبة. ويتوقع عدد من المراقبين أن تفوز المعارضة.",
        [("الوزير", None, "الانتخابات قريبة"), ("عدد من المراقبين", None, "تفوز المعارضة")],
    ),
    (
        "the surname 'الخطيب' is not the role 'preacher'",
        "قال وزير المياه سامر الخطيب إن المخزون تراجع. وأضاف الخطيب أن الأولوية للمستشفيات.",
        [
            ("سامر الخطيب", "وزير المياه", "المخزون تراجع"),
            ("سامر الخطيب", "وزير المياه", "الأولوية للمستشفيات"),
        ],
    ),
    (
        "a name that starts with waw keeps it",
        "وقال الفنان روجر ووترز إن الانتخابات نزيهة. وأضاف ووترز أن الشعب قال كلمته.",
        [
            ("روجر ووترز", "الفنان", "الانتخابات نزيهة"),
            ("روجر ووترز", "الفنان", "الشعب قال كلمته"),
        ],
    ),
    (
        "'الأخير' is the source named last",
        "قال حزب المعارضة إن السلطات حظرت المسيرة. ونفى الأخير أن يكون قد نظمها.",
        [("حزب المعارضة", None, "السلطات حظرت المسيرة"), ("حزب المعارضة", None, "يكون قد نظمها")],
    ),
    (
        "an adverb is never a source",
        "وقال الوزير إن المخزون تراجع. وأعلن سابقاً أن الخطة جاهزة.",
        [("الوزير", None, "المخزون تراجع"), ("الوزير", None, "الخطة جاهزة")],
    ),
    (
        "an adverb between the verb and the complementiser, subject before the verb",
        "وكانت صحيفة معاريف أشارت سابقاً إلى أنّ الجيش يخسر كل يوم.",
        [("صحيفة معاريف", None, "الجيش يخسر كل يوم")],
    ),
    (
        "an adverb after the subject is not part of its name",
        "وأشارت صحيفة معاريف سابقاً إلى أنّ الجيش يخسر كل يوم.",
        [("صحيفة معاريف", None, "الجيش يخسر كل يوم")],
    ),
    (
        "instructions are not a source after 'وفق'",
        "وقالت الصحيفة إن الجيش كان مستعداً لمناورة برية، وفق توجيهات رئيس الأركان.",
        [("الصحيفة", None, "الجيش كان مستعداً لمناورة برية، وفق توجيهات رئيس الأركان")],
    ),
    # A report with no owner named speaks itself, and "التقرير" refers back to it.
    (
        "an official report with adjectives only, then 'the report'",
        "كشف تقرير أميركي رسمي أنّ الجيش ليس مستعداً لحرب كبرى. وأضاف التقرير أنّ الصين تتفوق.",
        [
            ("تقرير أميركي رسمي", None, "الجيش ليس مستعداً لحرب كبرى"),
            ("تقرير أميركي رسمي", None, "الصين تتفوق"),
        ],
    ),
    # A body's head may look like a verbal noun ("ائتلاف", "اتحاد"); with a quoted name and an
    # apposition after it, it is still the subject.
    (
        "a coalition with a quoted name and an apposition, then its verbal-noun object",
        'أعلن ائتلاف "الجبهة الوطنية الجديدة" اليساري، المسيطر على أغلبية المقاعد، ترشيح الموظفة الكبيرة لرئاسة الحكومة.',
        [("ائتلاف الجبهة الوطنية الجديدة اليساري", None, "ترشيح الموظفة الكبيرة لرئاسة الحكومة")],
    ),
    (
        "'في' run into the speech after it",
        "قال عبد الملك الحوثي إن الحكومة تشكلت. وأضاف، فيكلمة له، أنّ الوزارات ملغمة.",
        [
            ("عبد الملك الحوثي", None, "الحكومة تشكلت"),
            ("عبد الملك الحوثي", None, "الوزارات ملغمة"),
        ],
    ),
    (
        "'وجاء، في بيان للائتلاف، أنّ': the coalition named before speaks",
        'أعلن ائتلاف "الجبهة الشعبية" ترشيح الموظفة لمنصب رئيس الحكومة. وجاء، في بيان للائتلاف، أنّ الجبهة سلّمت الرئيس مقترحاً.',
        [
            ("ائتلاف الجبهة الشعبية", None, "ترشيح الموظفة لمنصب رئيس الحكومة"),
            ("ائتلاف الجبهة الشعبية", None, "الجبهة سلّمت الرئيس مقترحاً"),
        ],
    ),
    # Sources listed together speak together; a later mention of one of them is that one.
    (
        "listed unnamed sources, then one of them, then another pair",
        "أكد مسؤول غربي، مصدر فلسطيني، ومصدران مصريان، أنّ إسرائيل تسعى لإدخال تعديلات. وذكر المسؤول الغربي أنّ المفاوضين يريدون السيطرة. وقال المسؤول الغربي والمصدران المصريان إنّ المسؤولين طرحوا المطلب.",
        [
            ("مسؤول غربي، مصدر فلسطيني، ومصدران مصريان", None, "إسرائيل تسعى لإدخال تعديلات"),
            ("المسؤول الغربي", None, "المفاوضين يريدون السيطرة"),
            ("المسؤول الغربي والمصدران المصريان", None, "المسؤولين طرحوا المطلب"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_round5_rows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(text) == expected
