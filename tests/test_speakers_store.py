"""Speaker resolution, roles over time, search, merges and conflicts, on SQLite and PostgreSQL.

Articles and sentences are written for these tests (builders), never taken from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from tests.builders import add_article, make_statement_record
from tracker.db import Store
from tracker.models import Speaker, SpeakerAlias, SpeakerMerge, SpeakerRole, Statement
from tracker.services.speakers import (
    SpeakerConflict,
    SpeakerError,
    add_alias,
    add_speaker,
    merge_speakers,
    role_as_of,
    search_speakers,
    speaker_ids_matching,
    split_speaker,
    suggest_merges,
)
from tracker.services.speakers_detail import speaker_detail

SPOKESWOMAN = "الناطقة باسم الخارجية الروسية"
DEFENCE = "وزير الدفاع السوري"


def _briefing(session, day: date = date(2025, 3, 2)) -> list[int]:  # type: ignore[no-untyped-def]
    text = (
        f"قالت {SPOKESWOMAN} ماريا زاخاروفا إن المحادثات مستمرة مع الجانب السوري. "
        "وأضافت زاخاروفا أن وفدا سيزور العاصمة قريبا. "
        f"وبحسب {SPOKESWOMAN} فإن الاتفاق لم يكتمل بعد."
    )
    statements = [
        make_statement_record(
            text,
            "المحادثات مستمرة مع الجانب السوري",
            speaker="ماريا زاخاروفا",
            role=SPOKESWOMAN,
            mention="ماريا زاخاروفا",
            said_on=day,
        ),
        make_statement_record(
            text,
            "وفدا سيزور العاصمة قريبا",
            speaker="ماريا زاخاروفا",
            role=SPOKESWOMAN,
            mention="زاخاروفا",
            said_on=day,
        ),
        make_statement_record(
            text,
            "الاتفاق لم يكتمل بعد",
            speaker=SPOKESWOMAN,
            role=SPOKESWOMAN,
            mention=SPOKESWOMAN,
            cue="بحسب",
            said_on=day,
        ),
    ]
    return list(add_article(session, text, statements, url=f"https://example.test/a/{day}").statement_ids)


def _minister(session, name: str, role: str, day: date, content: str, url: str) -> int:  # type: ignore[no-untyped-def]
    text = f"وقال {role} {name} إن {content}."
    record = make_statement_record(text, content, speaker=name, role=role, mention=name, said_on=day)
    return add_article(session, text, [record], url=url).statement_ids[0]


def _one(session, text: str, speaker: str, content: str, **kw) -> int:  # type: ignore[no-untyped-def]
    record = make_statement_record(text, content, speaker=speaker, **kw)
    return add_article(session, text, [record], url=f"https://example.test/{abs(hash(text))}").statement_ids[
        0
    ]


def test_one_speaker_for_full_name_surname_and_role_mentions(store: Store) -> None:
    with store.sessions.begin() as session:
        ids = _briefing(session)
    with store.sessions.begin() as session:
        speakers = {session.get(Statement, i).speaker_id for i in ids}
        assert len(speakers) == 1
        assert None not in speakers
        speaker = session.get(Speaker, speakers.pop())
        assert speaker.name == "ماريا زاخاروفا"
        # The gazetteer knows her: Latin name and spellings in three scripts.
        assert speaker.latin_name == "Maria Zakharova"
        aliases = {a.alias for a in speaker.aliases}
        assert {"Maria Zakharova", "Мария Захарова", "زاخاروفا", SPOKESWOMAN} <= aliases


def test_later_articles_attach_by_surname_and_by_latin_name(store: Store) -> None:
    with store.sessions.begin() as session:
        first = _briefing(session)[0]
        surname_only = _one(
            session,
            "وقالت زاخاروفا إن موسكو لن تغير موقفها.",
            "زاخاروفا",
            "موسكو لن تغير موقفها",
            said_on=date(2025, 4, 1),
        )
        english = _one(
            session,
            "Maria Zakharova said the visit was postponed.",
            "Maria Zakharova",
            "the visit was postponed",
            said_on=date(2025, 4, 2),
            language="en",
        )
    with store.sessions.begin() as session:
        owner = session.get(Statement, first).speaker_id
        assert session.get(Statement, surname_only).speaker_id == owner
        assert session.get(Statement, english).speaker_id == owner
        assert session.scalar(select(Speaker.id).where(Speaker.id != owner)) is None


def test_role_only_mention_in_a_later_article_attaches_when_unambiguous(store: Store) -> None:
    with store.sessions.begin() as session:
        first = _briefing(session)[0]
        later = _one(
            session,
            f"وذكرت {SPOKESWOMAN} أن اللقاء تأجل.",
            SPOKESWOMAN,
            "اللقاء تأجل",
            role=SPOKESWOMAN,
            said_on=date(2025, 5, 10),
        )
        far = _one(
            session,
            f"وذكرت {SPOKESWOMAN} أن الموعد تغير.",
            SPOKESWOMAN,
            "الموعد تغير",
            role=SPOKESWOMAN,
            said_on=date(2029, 1, 1),
        )
    with store.sessions.begin() as session:
        assert session.get(Statement, later).speaker_id == session.get(Statement, first).speaker_id
        # Years after anyone was seen in the role: nobody is credited.
        assert session.get(Statement, far).speaker_id is None


def test_role_held_by_two_people_is_ambiguous(store: Store) -> None:
    with store.sessions.begin() as session:
        _minister(
            session, "علي محمود", DEFENCE, date(2024, 6, 1), "الجيش يعيد تنظيم صفوفه", "https://e.test/1"
        )
        _minister(session, "مرهف أبو قصرة", DEFENCE, date(2024, 7, 1), "الوحدات تنتشر", "https://e.test/2")
        anon = _one(
            session,
            f"وأكد {DEFENCE} أن التدريب مستمر.",
            DEFENCE,
            "التدريب مستمر",
            role=DEFENCE,
            said_on=date(2024, 6, 20),
        )
    with store.sessions.begin() as session:
        assert session.get(Statement, anon).speaker_id is None


def test_roles_over_time_and_role_as_of(store: Store) -> None:
    with store.sessions.begin() as session:
        a = _minister(
            session, "سامر الخطيب", "وزير الإعلام", date(2023, 1, 5), "الصحف ستصدر", "https://e.test/3"
        )
        _minister(session, "سامر الخطيب", "وزير الإعلام", date(2023, 9, 1), "البث مستمر", "https://e.test/4")
        _minister(
            session, "سامر الخطيب", "رئيس الوزراء", date(2024, 3, 1), "الحكومة باقية", "https://e.test/5"
        )
    with store.sessions.begin() as session:
        speaker_id = session.get(Statement, a).speaker_id
        roles = session.scalars(select(SpeakerRole).where(SpeakerRole.speaker_id == speaker_id)).all()
        media = next(r for r in roles if r.title == "وزير الإعلام")
        assert (media.first_seen, media.last_seen) == (date(2023, 1, 5), date(2023, 9, 1))
        assert role_as_of(session, speaker_id, date(2023, 5, 1)) == "وزير الإعلام"
        assert role_as_of(session, speaker_id, date(2024, 6, 1)) == "رئيس الوزراء"
        assert role_as_of(session, speaker_id, date(2022, 1, 1)) is None


def test_two_different_full_names_are_never_merged_but_suggested(store: Store) -> None:
    with store.sessions.begin() as session:
        a = _one(
            session, "قال سامر حداد إن الطريق مفتوح.", "سامر حداد", "الطريق مفتوح", said_on=date(2025, 1, 1)
        )
        b = _one(
            session, "قال سامر الحداد إن الجسر مغلق.", "سامر الحداد", "الجسر مغلق", said_on=date(2025, 1, 2)
        )
        c = _one(
            session, "قال سامي حداد إن المعبر مغلق.", "سامي حداد", "المعبر مغلق", said_on=date(2025, 1, 3)
        )
    with store.sessions.begin() as session:
        ids = [session.get(Statement, i).speaker_id for i in (a, b, c)]
        assert len(set(ids)) == 3
        pairs = {(s.first_id, s.second_id) for s in suggest_merges(session)}
        assert tuple(sorted(ids[:2])) in pairs
        assert tuple(sorted((ids[0], ids[2]))) not in pairs


def test_ambiguous_surname_is_not_attached(store: Store) -> None:
    with store.sessions.begin() as session:
        a = _one(
            session, "قال بشار الأسد إن الجيش صامد.", "بشار الأسد", "الجيش صامد", said_on=date(2015, 1, 1)
        )
        b = _one(
            session, "قال حافظ الأسد إن السلام خيار.", "حافظ الأسد", "السلام خيار", said_on=date(1995, 1, 1)
        )
        c = _one(session, "وقال الأسد إن الحرب طويلة.", "الأسد", "الحرب طويلة", said_on=date(2016, 1, 1))
    with store.sessions.begin() as session:
        owner = session.get(Statement, c).speaker_id
        assert owner not in {session.get(Statement, a).speaker_id, session.get(Statement, b).speaker_id}
        assert set(speaker_ids_matching(session, "Assad")) >= {
            session.get(Statement, a).speaker_id,
            session.get(Statement, b).speaker_id,
        }


SEARCHES = [
    ("Zakharova", "ماريا زاخاروفا"),
    ("Zaharova", "ماريا زاخاروفا"),
    ("زاخاروفا", "ماريا زاخاروفا"),
    ("Abu Qasra", "مرهف أبو قصرة"),
    ("Abou Kasra", "مرهف أبو قصرة"),
    ("ابو قصره", "مرهف أبو قصرة"),
    ("احمد الشرع", "أحمد الشرع"),
    ("al-Shara", "أحمد الشرع"),
    ("Sharaa", "أحمد الشرع"),
    ("Kamal Nassif", "كمال ناصيف"),  # not in the gazetteer: the key alone finds him
    ("Nassif", "كمال ناصيف"),
    ("كمال ناصيف", "كمال ناصيف"),
]


def test_search_across_scripts_ranks_the_right_speaker_first(store: Store) -> None:
    with store.sessions.begin() as session:
        _briefing(session)
        _minister(session, "مرهف أبو قصرة", DEFENCE, date(2025, 2, 6), "الموقف تحسن", "https://e.test/6")
        _one(
            session,
            "وقال أحمد الشرع إن البلاد تتعافى.",
            "أحمد الشرع",
            "البلاد تتعافى",
            said_on=date(2025, 2, 1),
        )
        _one(session, "وقال كمال ناصيف إن السوق هادئ.", "كمال ناصيف", "السوق هادئ", said_on=date(2025, 2, 2))
    with store.sessions.begin() as session:
        for query, expected in SEARCHES:
            hits = search_speakers(session, query)
            assert hits, query
            assert hits[0].name == expected, (query, hits[:2])
            assert hits[0].matched, query
            assert hits[0].score >= 85, (query, hits[0])
            assert speaker_ids_matching(session, query)[0] == hits[0].speaker_id, query


def test_unknown_name_finds_nothing(store: Store) -> None:
    with store.sessions.begin() as session:
        _briefing(session)
        assert speaker_ids_matching(session, "Lukashenko") == []
        assert speaker_ids_matching(session, "بوتين") == []


def test_merge_and_split_restore_exactly(store: Store) -> None:
    with store.sessions.begin() as session:
        a = _one(
            session,
            "قال سامر حداد إن الطريق مفتوح.",
            "سامر حداد",
            "الطريق مفتوح",
            role="مدير الطرق",
            said_on=date(2025, 1, 1),
        )
        b = _one(
            session,
            "قال Samer Haddad إن الجسر مغلق.",
            "Samer Haddad",
            "الجسر مغلق",
            role="مدير الجسور",
            said_on=date(2025, 1, 2),
        )
    with store.sessions.begin() as session:
        kept_id, merged_id = session.get(Statement, a).speaker_id, session.get(Statement, b).speaker_id

        def snapshot() -> tuple:  # type: ignore[type-arg]
            return (
                sorted(session.execute(select(Statement.id, Statement.speaker_id)).all()),
                sorted(session.execute(select(SpeakerAlias.id, SpeakerAlias.speaker_id)).all()),
                sorted(session.execute(select(SpeakerRole.id, SpeakerRole.speaker_id)).all()),
            )

        before = snapshot()
    with store.sessions.begin() as session:
        merge = merge_speakers(session, kept_id, merged_id, merged_by="tester")
        merge_id = merge.id
    with store.sessions.begin() as session:
        assert session.get(Statement, b).speaker_id == kept_id
        assert session.get(Speaker, merged_id).merged_into_id == kept_id
        assert speaker_ids_matching(session, "Samer Haddad") == [kept_id]
        assert role_as_of(session, kept_id, date(2025, 1, 2)) == "مدير الجسور"
        detail = speaker_detail(session, kept_id)
        assert detail.statement_count == 2
        assert detail.merges[0].merge_id == merge_id
    with store.sessions.begin() as session:
        split_speaker(session, merge_id=merge_id)
    with store.sessions.begin() as session:
        assert snapshot() == before
        assert session.get(Speaker, merged_id).merged_into_id is None
        assert session.get(SpeakerMerge, merge_id).undone_at is not None
        with pytest.raises(SpeakerError):
            split_speaker(session, merge_id=merge_id)


def test_split_by_speaker_id_and_reverse_order(store: Store) -> None:
    with store.sessions.begin() as session:
        ids = [add_speaker(session, name).id for name in ("نادر سليم", "نادر السليم", "Nader Salim")]
    with store.sessions.begin() as session:
        merge_speakers(session, ids[0], ids[1])
        merge_speakers(session, ids[2], ids[0])
    with store.sessions.begin() as session, pytest.raises(SpeakerError, match="split that first"):
        split_speaker(session, speaker_id=ids[1])
    with store.sessions.begin() as session:
        split_speaker(session, speaker_id=ids[0])  # undoes the latest merge of ids[0]
        split_speaker(session, speaker_id=ids[1])
    with store.sessions.begin() as session:
        assert all(session.get(Speaker, i).merged_into_id is None for i in ids)


def test_stale_versions_raise_a_clear_conflict(store: Store) -> None:
    with store.sessions.begin() as session:
        speaker = add_speaker(session, "ليلى عيسى")
        other = add_speaker(session, "هدى قاسم")
        speaker_id, other_id, version = speaker.id, other.id, speaker.version
    with store.sessions.begin() as session:
        add_alias(session, speaker_id, "Layla Issa", expected_version=version)
    with store.sessions.begin() as session, pytest.raises(SpeakerConflict, match="changed by someone else"):
        add_alias(session, speaker_id, "Leila Issa", expected_version=version)
    with store.sessions.begin() as session, pytest.raises(SpeakerConflict):
        merge_speakers(session, speaker_id, other_id, expected_versions=(version, None))
    with store.sessions.begin() as session:
        assert speaker_ids_matching(session, "Layla Issa") == [speaker_id]
        with pytest.raises(SpeakerError):
            add_alias(session, speaker_id, "layla  ISSA")


def test_concurrent_edits_conflict(store: Store) -> None:
    with store.sessions.begin() as session:
        speaker_id = add_speaker(session, "رامي نصار").id
    with store.sessions.begin() as session:  # the second editor sees version 1 ...
        seen = session.get(Speaker, speaker_id).version
    with store.sessions.begin() as session:  # ... the first one saves an alias ...
        add_alias(session, speaker_id, "Rami Nassar", expected_version=seen)
    with pytest.raises(SpeakerConflict), store.sessions.begin() as session:  # ... the second is refused.
        add_alias(session, speaker_id, "Rami Nasar", expected_version=seen)


def test_a_write_racing_in_underneath_is_a_conflict_not_an_overwrite(store: Store) -> None:
    with store.sessions.begin() as session:
        speaker_id = add_speaker(session, "رامي نصار").id
    with store.sessions.begin() as session:
        loaded = session.get(Speaker, speaker_id)  # held: the identity map keeps only live objects
        assert loaded is not None
        assert loaded.version == 1
        # Another writer bumps the row between our read and our write.
        table = Speaker.__table__
        session.execute(update(table).where(table.c.id == speaker_id).values(version=table.c.version + 1))
        with pytest.raises(SpeakerConflict):
            add_alias(session, speaker_id, "Rami Nasar")
        session.rollback()
    with store.sessions.begin() as session:
        assert {a.alias for a in session.get(Speaker, speaker_id).aliases} == {"رامي نصار", "نصار"}
