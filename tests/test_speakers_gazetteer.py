"""The gazetteer files and their loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.normalize import script_of
from tracker.speakers.gazetteer import (
    GazetteerError,
    default_gazetteer,
    kind_compatible,
    load_gazetteer,
    parse_line,
)


def test_shipped_gazetteer_is_big_and_well_formed() -> None:
    gazetteer = default_gazetteer()
    assert len(gazetteer) >= 200
    kinds = {entry.kind for entry in gazetteer.entries}
    assert kinds == {"person", "organization", "media"}
    for entry in gazetteer.entries:
        assert entry.latin, entry
        assert entry.arabic, entry
        assert all(script_of(name) == "arabic" for name in entry.arabic), entry
        assert all(script_of(name) in ("latin", "mixed") for name in entry.latin), entry
        assert all(script_of(name) in ("cyrillic", "mixed", "latin") for name in entry.cyrillic), entry
    people = [e for e in gazetteer.entries if e.kind == "person"]
    assert len(people) >= 150
    assert sum(bool(e.cyrillic) for e in gazetteer.entries) >= 50
    # No entity twice: the display names are unique.
    names = [e.display_name for e in gazetteer.entries]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("ماريا زاخاروفا", "person", "Maria Zakharova"),
        ("Мария Захарова", "person", "Maria Zakharova"),
        ("Maria Zaharova", "person", "Maria Zakharova"),
        ("احمد الشرع", "person", "Ahmed al-Sharaa"),
        ("مرهف أبو قصرة", "person", "Murhaf Abu Qasra"),
        ("رجب طيب إردوغان", "person", "Recep Tayyip Erdogan"),
        ("الرئاسة الروسية", "organization", "Kremlin"),
        ("الكرملين", "media", "Kremlin"),  # bodies of any kind match each other
        ("وكالة تاس", "media", "TASS"),
        ("زاخاروفا", "person", None),  # a surname is not a full name
        ("الكرملين", "person", None),  # a body is never a person
        ("سامر الخطيب", "person", None),
    ],
)
def test_lookup(name: str, kind: str, expected: str | None) -> None:
    entry = default_gazetteer().lookup(name, kind)
    assert (entry.display_name if entry else None) == expected


@pytest.mark.parametrize(
    ("surname", "expected"),
    [
        ("زاخاروفا", "Maria Zakharova"),
        ("Zakharova", "Maria Zakharova"),
        ("أبو قصرة", "Murhaf Abu Qasra"),
        ("نصر الله", "Hassan Nasrallah"),
        ("Lavrov", "Sergei Lavrov"),
        ("الأسد", None),  # Bashar, Hafez and Maher: ambiguous
        ("Assad", None),
    ],
)
def test_lookup_surname(surname: str, expected: str | None) -> None:
    entry = default_gazetteer().lookup_surname(surname)
    assert (entry.display_name if entry else None) == expected


def test_qids_are_wikidata_ids() -> None:
    qids = [e.qid for e in default_gazetteer().entries if e.qid]
    assert qids
    assert all(q[0] == "Q" and q[1:].isdigit() for q in qids)
    assert len(qids) == len(set(qids))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("person\tQ1\tOnly Latin\n", "expected at least 4"),
        ("robot\t\tR2\tآر\t\t\n", "unknown kind"),
        ("person\tX12\tName\tاسم\t\t\n", "not a Wikidata QID"),
        ("person\t\t\t\t\t\n", "no name"),
    ],
)
def test_malformed_lines_fail_loudly_with_file_and_line(line: str, message: str) -> None:
    with pytest.raises(GazetteerError, match=rf"people\.tsv:7: .*{message}"):
        parse_line(line, source="people.tsv", number=7)


def test_comments_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# my own people\n\nperson\t\tSamer Haddad|Samer Hadad\tسامر حداد\t\tlocal mayor\n", "utf-8"
    )
    gazetteer = load_gazetteer([path])
    assert len(gazetteer) == 1
    assert gazetteer.lookup("Samer Hadad").arabic_name == "سامر حداد"
    assert gazetteer.lookup_surname("حداد").note == "local mayor"


def test_kind_families() -> None:
    assert kind_compatible("person", "person")
    assert kind_compatible("organization", "media")
    assert not kind_compatible("person", "group")
    assert kind_compatible(None, "person")
