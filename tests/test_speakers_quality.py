"""Matching quality: the right speaker first for Latin queries over Arabic names, and few false matches.

The table is written for this project from public knowledge (names of public figures and a
few invented ordinary names). PERSONS gives each person's Latin and Arabic spellings, with
the usual variation (article or not, Abou/Abu, q/k, kh/h, ou/u, double letters, joined or
split words); every (Latin, Arabic) combination is a same-person pair. DIFFERENT pairs a
Latin name with an Arabic name of someone else, mostly sharing a first name or a surname:
the cases a careless matcher merges.
"""

from __future__ import annotations

import pytest

from tracker.speakers.scoring import MATCH_THRESHOLD, Candidate, name_form, pair_score, rank

PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "zakharova": (("Maria Zakharova", "Maria Zaharova"), ("ماريا زاخاروفا",)),
    "abu-qasra": (("Murhaf Abu Qasra", "Murhaf Abou Kasra"), ("مرهف أبو قصرة",)),
    "sharaa": (("Ahmed al-Sharaa", "Ahmad Sharaa", "Ahmed al-Shara"), ("أحمد الشرع", "احمد الشرع")),
    "lavrov": (("Sergei Lavrov", "Sergey Lavrov"), ("سيرغي لافروف", "سيرجي لافروف")),
    "shaibani": (("Asaad al-Shaibani", "Asaad Shibani"), ("أسعد الشيباني",)),
    "bashar": (("Bashar al-Assad", "Bashar Assad"), ("بشار الأسد",)),
    "nasrallah": (("Hassan Nasrallah", "Hasan Nasrallah"), ("حسن نصر الله", "حسن نصرالله")),
    "erdogan": (("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"), ("رجب طيب أردوغان", "رجب طيب إردوغان")),
    "putin": (("Vladimir Putin",), ("فلاديمير بوتين",)),
    "peskov": (("Dmitry Peskov", "Dmitri Peskov"), ("دميتري بيسكوف",)),
    "mbs": (("Mohammed bin Salman", "Muhammad bin Salman"), ("محمد بن سلمان",)),
    "sisi": (("Abdel Fattah el-Sisi", "Abdul Fattah al-Sisi"), ("عبد الفتاح السيسي",)),
    "macron": (("Emmanuel Macron",), ("إيمانويل ماكرون",)),
    "guterres": (("Antonio Guterres", "António Guterres"), ("أنطونيو غوتيريش",)),
    "fidan": (("Hakan Fidan",), ("هاكان فيدان",)),
    "araghchi": (("Abbas Araghchi", "Abbas Araqchi"), ("عباس عراقجي",)),
    "netanyahu": (("Benjamin Netanyahu",), ("بنيامين نتنياهو",)),
    "abbas": (("Mahmoud Abbas", "Mahmud Abbas"), ("محمود عباس",)),
    "haniyeh": (("Ismail Haniyeh", "Ismail Haniya"), ("إسماعيل هنية",)),
    "sinwar": (("Yahya Sinwar",), ("يحيى السنوار",)),
    "qassem": (("Naim Qassem", "Naim Kassem"), ("نعيم قاسم",)),
    "mikati": (("Najib Mikati",), ("نجيب ميقاتي",)),
    "berri": (("Nabih Berri",), ("نبيه بري",)),
    "jumblatt": (("Walid Jumblatt", "Walid Joumblatt"), ("وليد جنبلاط",)),
    "safadi": (("Ayman Safadi",), ("أيمن الصفدي",)),
    "mekdad": (("Faisal Mekdad", "Fayssal al-Miqdad"), ("فيصل المقداد",)),
    "abdi": (("Mazloum Abdi",), ("مظلوم عبدي",)),
    "khattab": (("Anas Khattab",), ("أنس خطاب",)),
    "meshaal": (("Khaled Meshaal", "Khalid Mashal"), ("خالد مشعل",)),
    "soleimani": (("Qassem Soleimani", "Qasem Soleimani"), ("قاسم سليماني",)),
    "pezeshkian": (("Masoud Pezeshkian",), ("مسعود بزشكيان",)),
    "fuad": (("Fuad Hussein", "Fouad Hussein"), ("فؤاد حسين",)),
    "sadr": (("Muqtada al-Sadr", "Moqtada Sadr"), ("مقتدى الصدر",)),
    "saied": (("Kais Saied", "Qais Saied"), ("قيس سعيد",)),
    "haftar": (("Khalifa Haftar", "Khalifa Hafter"), ("خليفة حفتر",)),
    "aoun": (("Joseph Aoun",), ("جوزاف عون",)),
    "salam": (("Nawaf Salam",), ("نواف سلام",)),
    "pedersen": (("Geir Pedersen",), ("غير بيدرسون",)),
    "zelensky": (("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("فولوديمير زيلينسكي",)),
    "rubio": (("Marco Rubio",), ("ماركو روبيو",)),
    "trump": (("Donald Trump",), ("دونالد ترامب",)),
    "biden": (("Joe Biden",), ("جو بايدن",)),
    "starmer": (("Keir Starmer",), ("كير ستارمر",)),
    "scholz": (("Olaf Scholz",), ("أولاف شولتس",)),
    "geagea": (("Samir Geagea",), ("سمير جعجع",)),
    "hariri": (("Saad Hariri", "Saad al-Hariri"), ("سعد الحريري",)),
    "rajji": (("Youssef Rajji", "Yousef Rajji"), ("يوسف رجي",)),
    "tamim": (("Tamim bin Hamad Al Thani",), ("تميم بن حمد آل ثاني",)),
    "abz": (("Abdullah bin Zayed", "Abdallah bin Zayed"), ("عبد الله بن زايد",)),
    "ansari": (("Majed al-Ansari",), ("ماجد الأنصاري",)),
    "abdelatty": (("Badr Abdelatty",), ("بدر عبد العاطي",)),
    "alimi": (("Rashad al-Alimi",), ("رشاد العليمي",)),
    "houthi": (("Abdul-Malik al-Houthi", "Abdelmalek al-Houthi"), ("عبد الملك الحوثي",)),
    "saleh": (("Raed al-Saleh", "Raed Saleh"), ("رائد الصالح",)),
    "mustafa": (("Hamza al-Mustafa", "Hamza al-Moustafa"), ("حمزة المصطفى",)),
    "khatib": (("Omar al-Khatib", "Omar Khatib"), ("عمر الخطيب",)),
    "haddad": (("Samer Haddad",), ("سامر حداد",)),
    "khoury": (("Rania Khoury", "Rania Khouri"), ("رانيا خوري",)),
    "shamy": (("Lina Shamy", "Lina al-Shami"), ("لينا الشامي",)),
    "qabbani": (("Ghassan Qabbani", "Ghassan Kabbani"), ("غسان القباني",)),
    "dahdouh": (("Wael Dahdouh", "Wael al-Dahdouh"), ("وائل الدحدوح",)),
    "mansour": (("Zeina Mansour", "Zaina Mansur"), ("زينة منصور",)),
}

DIFFERENT: list[tuple[str, str]] = [
    ("Maria Zakharova", "مارينا زاخاروفا"),
    ("Bashar al-Assad", "حافظ الأسد"),
    ("Maher al-Assad", "بشار الأسد"),
    ("Asaad al-Shaibani", "بشار الأسد"),
    ("Ahmed al-Sharaa", "فاروق الشرع"),
    ("Ahmed al-Sharaa", "أحمد الشيباني"),
    ("Sergei Lavrov", "سيرغي شويغو"),
    ("Sergei Lavrov", "سيرغي ريابكوف"),
    ("Dmitry Peskov", "دميتري ميدفيديف"),
    ("Mohammed bin Salman", "محمد بن زايد"),
    ("Mohammed bin Salman", "خالد بن سلمان"),
    ("Abdullah bin Zayed", "محمد بن زايد"),
    ("Abdel Fattah el-Sisi", "عبد الفتاح البرهان"),
    ("Hassan Nasrallah", "حسن روحاني"),
    ("Hassan Nasrallah", "نعيم قاسم"),
    ("Qassem Soleimani", "نعيم قاسم"),
    ("Naim Qassem", "نعيم الشيخ"),
    ("Mahmoud Abbas", "عباس عراقجي"),
    ("Mahmoud Abbas", "محمود الزهار"),
    ("Ismail Haniyeh", "إسماعيل بقائي"),
    ("Yahya Sinwar", "يحيى سريع"),
    ("Yahya Sinwar", "محمد السنوار"),
    ("Khaled Meshaal", "خالد العمري"),
    ("Michel Aoun", "جوزاف عون"),
    ("Saad Hariri", "رفيق الحريري"),
    ("Najib Mikati", "نجيب ساويرس"),
    ("Walid Jumblatt", "تيمور جنبلاط"),
    ("Walid Jumblatt", "وليد المعلم"),
    ("Faisal Mekdad", "فيصل بن فرحان"),
    ("Ayman Safadi", "أيمن الظواهري"),
    ("Fuad Hussein", "صدام حسين"),
    ("Saddam Hussein", "حسين الشيخ"),
    ("Muqtada al-Sadr", "محمد باقر الصدر"),
    ("Nouri al-Maliki", "رياض المالكي"),
    ("Masoud Barzani", "نيجيرفان بارزاني"),
    ("Masoud Barzani", "مسعود بزشكيان"),
    ("Kais Saied", "قيس الخزعلي"),
    ("Khalifa Haftar", "خليفة بن زايد"),
    ("Joseph Aoun", "جوزيف بايدن"),
    ("Nawaf Salam", "نواف الموسوي"),
    ("Donald Trump", "دونالد توسك"),
    ("Joe Biden", "هانتر بايدن"),
    ("Vladimir Putin", "فلاديمير زيلينسكي"),
    ("Volodymyr Zelensky", "فولوديمير بوتين"),
    ("Hakan Fidan", "هاكان شكر"),
    ("Recep Tayyip Erdogan", "بلال أردوغان"),
    ("Benjamin Netanyahu", "يائير نتنياهو"),
    ("Benny Gantz", "بيني بريت"),
    ("Yair Lapid", "يائير نتنياهو"),
    ("Omar al-Khatib", "عمر الخطاب"),
    ("Omar al-Khatib", "سامر الخطيب"),
    ("Samer Haddad", "سامي حداد"),
    ("Rania Khoury", "رانيا العبد الله"),
    ("Lina Shamy", "لينا الخطيب"),
    ("Tarek Oueida", "طارق عزيز"),
    ("Ghassan Qabbani", "غسان سلامة"),
    ("Wael Dahdouh", "وائل الأسد"),
    ("Zeina Mansour", "زينة منصوري"),
    ("Antonio Guterres", "أنطونيو كوستا"),
    ("Emmanuel Macron", "إيمانويل بون"),
    ("Marco Rubio", "ماركو أنطونيو"),
    ("Keir Starmer", "كير هاردي"),
]


def same_pairs() -> list[tuple[str, str, str]]:
    """(person, Latin, Arabic) for every spelling combination of every person."""
    return [
        (person, latin, arabic)
        for person, (latins, arabics) in PERSONS.items()
        for latin in latins
        for arabic in arabics
    ]


def _pool() -> tuple[list[str], list[Candidate]]:
    people = list(PERSONS)
    candidates = [Candidate(i, PERSONS[p][1]) for i, p in enumerate(people)]
    others = sorted({arabic for _, arabic in DIFFERENT})
    candidates += [Candidate(1000 + i, (name,)) for i, name in enumerate(others)]
    return people, candidates


def test_table_is_big_enough() -> None:
    assert len(same_pairs()) >= 60
    assert len(PERSONS) >= 60
    assert len(DIFFERENT) >= 60


def test_right_speaker_first_for_95_percent_of_same_person_queries() -> None:
    people, candidates = _pool()
    pairs = same_pairs()
    misses = []
    for person, latin, _arabic in pairs:
        ranked = rank(latin, candidates, limit=1)
        if not ranked or ranked[0].id != people.index(person):
            misses.append((latin, ranked[0].matched if ranked else None))
    assert len(misses) <= 0.05 * len(pairs), misses


def test_arabic_queries_find_latin_names_too() -> None:
    people = list(PERSONS)
    candidates = [Candidate(i, PERSONS[p][0]) for i, p in enumerate(people)]
    misses = []
    for person, (_latins, arabics) in PERSONS.items():
        for arabic in arabics:
            ranked = rank(arabic, candidates, limit=1)
            if not ranked or ranked[0].id != people.index(person):
                misses.append(arabic)
    assert len(misses) <= 0.05 * sum(len(a) for _, a in PERSONS.values()), misses


def test_different_people_rarely_reach_the_match_threshold() -> None:
    above = [
        (latin, arabic, round(score, 1))
        for latin, arabic in DIFFERENT
        if (score := pair_score(name_form(latin), name_form(arabic))) >= MATCH_THRESHOLD
    ]
    assert len(above) <= 0.02 * len(DIFFERENT), above


def test_most_same_person_pairs_reach_the_match_threshold() -> None:
    # Not a requirement of the issue but the reason cross-script search returns anything:
    # a Latin query must score an Arabic-only speaker above the threshold most of the time.
    pairs = same_pairs()
    below = [
        (latin, arabic)
        for _, latin, arabic in pairs
        if pair_score(name_form(latin), name_form(arabic)) < MATCH_THRESHOLD
    ]
    assert len(below) <= 0.15 * len(pairs), below


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Zakharova", "Zaharova"),
        ("Abu Qasra", "Abou Kasra"),
        ("Abu Qasra", "أبو قصرة"),
        ("al-Sharaa", "الشرع"),
        ("Sharaa", "al-Shara"),
        ("Lavrov", "لافروف"),
        ("Shaibani", "Shibani"),
        ("Shibani", "الشيباني"),
        ("Assad", "al-Assad"),
        ("Assad", "الأسد"),
        ("Nasrallah", "نصر الله"),
        ("Nasrallah", "نصرالله"),
        ("Erdogan", "Erdoğan"),
        ("Erdogan", "إردوغان"),
        ("Erdoğan", "أردوغان"),
        ("احمد الشرع", "أحمد الشرع"),
        ("Мария Захарова", "ماريا زاخاروفا"),
    ],
)
def test_variant_spellings_match(query: str, name: str) -> None:
    assert pair_score(name_form(query), name_form(name)) >= MATCH_THRESHOLD


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Lavrov", "لوكاشينكو"),
        ("Assad", "الشرع"),
        ("Zakharova", "زيلينسكي"),
        ("Nasrallah", "نتنياهو"),
        ("Omar al-Khatib", "عمر الخطاب"),
        ("Zeina Mansour", "زينة منصوري"),
    ],
)
def test_different_names_do_not_match(query: str, name: str) -> None:
    assert pair_score(name_form(query), name_form(name)) < MATCH_THRESHOLD
