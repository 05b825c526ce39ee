"""Table tests for the Arabic extractor's third round: failure classes found on a new blind set.

Every sentence here was written for these tests. Each class has positive rows (what must be
found, with which speaker and content) and negative rows (what must not be reported).
A row's expected value is the full list of (speaker name, content) pairs of the text.
"""

from __future__ import annotations

import pytest

from tests.builders import make_article_record
from tracker.extract.arabic import extract_arabic


def pairs(text: str) -> list[tuple[str, str]]:
    return [(st.speaker.name, st.content.text) for st in extract_arabic(make_article_record(text))]


ROWS = [
    # An indefinite role head governs a plural noun: "كبير مستشاري" is one role.
    (
        "role head in construct with a plural",
        "أعلن كبير مستشاري الرئيس، سامي حداد، الثلاثاء، تأجيل الانتخابات المحلية.",
        [("سامي حداد", "تأجيل الانتخابات المحلية")],
    ),
    (
        "definite role head then its verbal-noun object",
        "أكد الوزير أهمية الحوار بين الأطراف كلها.",
        [("الوزير", "أهمية الحوار بين الأطراف كلها")],
    ),
    # A quotation right after a subject-less verb is the content, the speaker is the current one.
    (
        "quotation straight after the verb",
        'قال سامي حداد إن الطريق مغلق. وقال "لن نفتح الطريق قبل انتهاء أعمال الصيانة".',
        [("سامي حداد", "الطريق مغلق"), ("سامي حداد", "لن نفتح الطريق قبل انتهاء أعمال الصيانة")],
    ),
    (
        "a quoted outlet name after the verb stays the speaker",
        'وقالت "هيئة البث الإسرائيلية" إن المفاوضات متعثرة.',
        [("هيئة البث الإسرائيلية", "المفاوضات متعثرة")],
    ),
    (
        "a short quoted name after the verb, then an aside, is the speaker",
        'أعلن "منتدى عائلات الأسرى"، في بيان، وجود "أزمة ثقة" مع الحكومة.',
        [("منتدى عائلات الأسرى", 'وجود "أزمة ثقة" مع الحكومة')],
    ),
    (
        "a quotation that opens with the complementiser",
        'قال سامي حداد إن الطريق مغلق. وقال "إن الطريق سيفتح بعد أسبوع".',
        [("سامي حداد", "الطريق مغلق"), ("سامي حداد", "الطريق سيفتح بعد أسبوع")],
    ),
    (
        "a quoted verbal noun after the verb is content, never the speaker",
        'قال سامي حداد إن الطريق مغلق. وأكد "أهمية تفعيل الاتفاقيات بين البلدين".',
        [("سامي حداد", "الطريق مغلق"), ("سامي حداد", "أهمية تفعيل الاتفاقيات بين البلدين")],
    ),
    # "، وفق ما ذكرت X،" between the subject and a verbal-noun object is an aside.
    (
        "according-to aside before a verbal-noun object",
        "وأكد السفير الفرنسي، وفق ما ذكرت وكالة الأنباء الوطنية، أهمية العلاقات بين البلدين.",
        [("السفير الفرنسي", "أهمية العلاقات بين البلدين")],
    ),
    (
        "according-to aside before a complementiser (unchanged)",
        "وأكد السفير الفرنسي، بحسب ما نقلت وكالة الأنباء، أن السفارة تعمل منذ أيار.",
        [("السفير الفرنسي", "السفارة تعمل منذ أيار")],
    ),
    # A narrative verb (praise, meeting) names the source a later subject-less cue continues.
    (
        "praise then a subject-less cue in the same sentence",
        "من جهته، أشاد وزير المالية سامي حداد بالعلاقات بين البلدين، وأكد أن التعاون سيتوسع.",
        [("سامي حداد", "التعاون سيتوسع")],
    ),
    (
        "a meeting sentence, then a subject-less cue",
        "التقى رئيس الوزراء سامي حداد وفد البنك الدولي. وقال إن الإصلاحات مستمرة.",
        [("سامي حداد", "الإصلاحات مستمرة")],
    ),
    (
        "a narrative sentence without a source keeps the earlier speaker",
        "قال سامي حداد إن الطريق مغلق. وانهار جزء من الجسر أمس. وأضاف أن الإصلاح سيبدأ غداً.",
        [("سامي حداد", "الطريق مغلق"), ("سامي حداد", "الإصلاح سيبدأ غداً")],
    ),
    (
        "after a reported sentence the pronoun keeps its speaker",
        "قالت ليلى نصار إن المدارس ستفتح. والتقى الوزير كريم عيسى المعلمين. وأضافت أن الكتب جاهزة.",
        [("ليلى نصار", "المدارس ستفتح"), ("ليلى نصار", "الكتب جاهزة")],
    ),
    (
        "a definite object after the narrative subject is cut off",
        'وفي بيان له، استنكر مجلس الأمة القرار، معرباً عن قلقه، حيث اعتبره "سوء تقدير وإفلاس تدبير".',
        [("مجلس الأمة", "سوء تقدير وإفلاس تدبير")],
    ),
    (
        "an institution name ending in a definite adjective stays whole",
        "رحب مكتب الأمم المتحدة بالاتفاق. وقال إن الهدنة صامدة.",
        [("مكتب الأمم المتحدة", "الهدنة صامدة")],
    ),
    (
        "a short name in apposition is not taken for a verbal-noun object",
        "أكد نائب رئيس الحزب، إلهان أوزغال، في مقابلة مع القناة، عدم قبول تصدير السلاح.",
        [("إلهان أوزغال", "عدم قبول تصدير السلاح")],
    ),
    (
        "the narrative subject stops at a preposition with a relative",
        "ورحّب حاكم الولاية غافن نيوسوم بما وصفه بالحدث التاريخي. وأوضح أنّ الاحتفال مهم جداً.",
        [("غافن نيوسوم", "الاحتفال مهم جداً")],
    ),
    # A subject-less verb followed at once by a verbal noun ("وأكد أهمية ...").
    (
        "elided subject and a verbal-noun object",
        "قال سامي حداد إن الطريق مغلق. وأكد ضرورة إصلاح الجسر قبل الشتاء.",
        [("سامي حداد", "الطريق مغلق"), ("سامي حداد", "ضرورة إصلاح الجسر قبل الشتاء")],
    ),
    ("elided subject with no source anywhere", "وأكد ضرورة الحوار بين الأطراف.", []),
    # "بحسب X فإنّ ..." with no comma after the source.
    (
        "according-to closed by fa-inna",
        "وبحسب المتحدث باسم الشرطة فإن بين المفقودين عشرة من السكان.",
        [("المتحدث باسم الشرطة", "بين المفقودين عشرة من السكان")],
    ),
    ("according-to estimates is no source", "وبحسب التقديرات فإن الخسائر كبيرة جداً.", []),
    # A bare definite topic before a mid-sentence according-to stays with the proposition after
    # the aside: together they are the claim (round 6; it was the proposition alone before).
    (
        "short topic, aside, then the proposition",
        'هذا القرار، وفق الوكالة، "ينهي خلافاً قديماً بين البلدين".',
        [("الوكالة", 'هذا القرار، وفق الوكالة، "ينهي خلافاً قديماً بين البلدين"')],
    ),
    (
        "clause then a final according-to (unchanged)",
        "ارتفعت الأسعار في الأسواق، وفق الوزارة.",
        [("الوزارة", "ارتفعت الأسعار في الأسواق")],
    ),
    (
        "a relative clause after the aside is not the source",
        "الوضع خطير، بحسب الوزير، الذي أضاف أن الحكومة ستتحرك.",
        [("الوزير", "الوضع خطير"), ("الوزير", "الحكومة ستتحرك")],
    ),
    # Present-tense "يقرّ" is a cue only with its ب-object.
    ("acknowledges with bi", "ويقر المسؤولون بأن الخطة تأخرت كثيراً.", [("المسؤولون", "الخطة تأخرت كثيراً")]),
    ("approves a law", "ويقر البرلمان القانون الجديد غداً.", []),
    # A cue inside a concession: the content ends where the main clause turns.
    (
        "concession then the main clause",
        "ورغم أن الوزير أكد أن الطريق آمن، إلا أن السكان رفضوا العودة إلى منازلهم.",
        [("الوزير", "الطريق آمن")],
    ),
    # Straight quotes nested in a quotation do not end the content (which, being one whole
    # quotation, is shown without its outer marks).
    (
        "inner quoted name inside an open quotation",
        'وتضيف الوكالة أن "البنك المركزي دعم عملته الجديدة "الدينار"، بعد ضعفها أمام الدولار".',
        [("الوكالة", 'البنك المركزي دعم عملته الجديدة "الدينار"، بعد ضعفها أمام الدولار')],
    ),
    (
        "a closed quotation then narration after the comma",
        'وقال الوزير إن الوضع "صعب جداً"، بعد أن زار المدينة.',
        [("الوزير", 'الوضع "صعب جداً"')],
    ),
    # Scraped text runs the particle qad into the verb.
    (
        "qad glued to the reporting verb",
        "وكان الوزير سامي حداد قدأعلن استقالته من الحكومة في آذار الماضي.",
        [("سامي حداد", "استقالته من الحكومة في آذار الماضي")],
    ),
    (
        "qad glued to a verb with an object pronoun is left alone",
        "وقد قال الوزير إن الطريق مغلق، وهو قدقالها مراراً.",
        [("الوزير", "الطريق مغلق، وهو قدقالها مراراً")],
    ),
    # "الشركة" refers back to the company named before ("لشركة النور" too).
    (
        "the company as an anaphor",
        "انخفضت مبيعات شركة النور هذا العام. وقالت الشركة إن الطلب تراجع كثيراً.",
        [("شركة النور", "الطلب تراجع كثيراً")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_round3_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_stray_glued_letter_is_never_a_speaker() -> None:
    """Scraped text sometimes glues the last letter of a word to the verb ("ةأعلنت")."""
    from tracker.extract.arabic import extract_arabic
    from tracker.records import ArticleRecord

    alone = "ةأعلنت أن الدعم سيتوقف الشهر المقبل."
    assert extract_arabic(ArticleRecord(text=alone, language="ar")) == ()
    after = "قالت الوزارة إن الأسعار ارتفعت.\n" + alone
    names = [st.speaker.name for st in extract_arabic(ArticleRecord(text=after, language="ar"))]
    assert names == ["الوزارة"]
