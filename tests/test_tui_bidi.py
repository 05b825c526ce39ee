"""Display reordering of Arabic for terminals without bidi, and the app's small pure helpers.

Visual order is checked on the characters a terminal would receive: each Arabic token
of a reordered line, read backwards and NFKC-folded (presentation forms back to plain
letters), must give the logical words in right-to-left order.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from rich.console import Console
from rich.text import Text

from tracker.services.search import StatementFilter
from tui import bidi
from tui.data.records import sorted_by
from tui.settings import Settings, load_settings, save_settings
from tui.widgets.filter_bar import parse_date


def logical_words(visual: str) -> list[str]:
    """Undo the display transform word by word, keeping the visual word order."""
    words = []
    for token in visual.split():
        if bidi.has_rtl(token):
            token = unicodedata.normalize("NFKC", token[::-1])
        words.append(token)
    return words


@pytest.mark.parametrize(
    ("requested", "env", "expected"),
    [
        ("auto", {}, "visual"),
        ("auto", {"VTE_VERSION": "7600"}, "logical"),
        ("auto", {"KONSOLE_VERSION": "230805"}, "logical"),
        ("auto", {"MLTERM": "3.9"}, "logical"),
        ("auto", {"TRACKER_RTL": "visual", "VTE_VERSION": "7600"}, "visual"),
        ("auto", {"TRACKER_RTL": "logical"}, "logical"),
        ("auto", {"TRACKER_RTL": "sideways"}, "visual"),  # a bad override is ignored
        ("auto", {"TERM": "xterm-256color", "TMUX": "/tmp/tmux"}, "visual"),
        ("visual", {"VTE_VERSION": "7600"}, "visual"),  # an explicit mode wins
        ("logical", {}, "logical"),
    ],
)
def test_resolve_mode(requested: str, env: dict[str, str], expected: str) -> None:
    assert bidi.resolve_mode(requested, env) == expected


def test_resolve_mode_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown display mode"):
        bidi.resolve_mode("upside-down", {})


@pytest.mark.parametrize(
    ("logical", "visual_words"),
    [
        # Mixed Arabic, a Latin name and numbers: words right to left, Latin and digits left to right.
        ("قال Putin في 12 شباط 2025", ["2025", "شباط", "12", "في", "Putin", "قال"]),
        ("أعلن الوزير", ["الوزير", "أعلن"]),
        ("The minister said no", ["The", "minister", "said", "no"]),  # no Arabic: untouched
        ("Reuters: قال الناطق", ["Reuters:", "الناطق", "قال"]),  # an LTR paragraph with an Arabic run
        # After Arabic letters digits are Arabic numbers (rule W2), so "%" goes to their left.
        ("نسبة 3.5% فقط", ["فقط", "%3.5", "نسبة"]),
    ],
)
def test_visual_cell_word_order(logical: str, visual_words: list[str]) -> None:
    assert logical_words(bidi.visual_cell(logical)) == visual_words
    # The styled path (pure-Python algorithm) draws the same characters as the cell path (Rust).
    assert bidi.visual_line(Text(logical)).plain == bidi.visual_cell(logical)


@pytest.mark.parametrize(
    ("logical", "present", "absent"),
    [
        ("لا سلام", "\ufefb", "\ufedf\ufe8e"),  # lam-alef is one ligature glyph, not lam + alef
        ("سَلامٌ", "\ufefc", "\u064e"),  # harakat are not drawn (they would land on the wrong letter)
        ("قال (نعم)", ")", None),
        ("قال\u200f نعم", "\ufee7", "\u200f"),  # bidi marks are not drawn
    ],
)
def test_visual_cell_shapes(logical: str, present: str, absent: str | None) -> None:
    shown = bidi.visual_cell(logical)
    assert present in shown
    if absent is not None:
        assert absent not in shown


def test_parentheses_are_mirrored_in_rtl() -> None:
    # Logical "(نعم)" in an RTL line shows as "(معن)" read left to right: the glyphs mirror.
    shown = bidi.visual_cell("قال (نعم)")
    assert shown.index("(") < shown.index(")")


def test_visual_line_keeps_styles_on_their_letters() -> None:
    line = Text("قال Putin في 12 شباط")
    line.stylize("bold", 4, 9)  # Putin
    line.stylize("red", 0, 3)  # قال
    shown = bidi.visual_line(line)
    bold = [shown.plain[s.start : s.end] for s in shown.spans if "bold" in str(s.style)]
    red = [shown.plain[s.start : s.end] for s in shown.spans if "red" in str(s.style)]
    assert bold == ["Putin"]
    assert [logical_words(r) for r in red] == [["قال"]]
    assert shown.plain.rstrip().endswith(red[0])  # the first logical word is at the right end


def test_visual_line_without_arabic_is_the_same_object() -> None:
    line = Text("plain English")
    assert bidi.visual_line(line) is line


def render(renderable: object, width: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None, legacy_windows=False)
    console.print(renderable)
    return console.export_text().splitlines()


def test_paragraph_wraps_before_reordering_and_aligns_right() -> None:
    text = "قال الوزير إن الحكومة ستفتح المعبر صباح الغد أمام الشاحنات"
    lines = render(bidi.BidiParagraph(text, "visual"), 24)
    assert len(lines) > 1
    # The beginning of the sentence is on the first line (wrap first, then reorder) ...
    assert logical_words(lines[0])[-1] == "قال"
    assert logical_words(lines[-1])[0] == "الشاحنات"
    # ... and right-to-left lines end at the right edge.
    assert all(len(line) == 24 for line in lines if line.strip())


def test_paragraph_logical_mode_leaves_order_alone() -> None:
    text = "قال الوزير"
    (line,) = render(bidi.BidiParagraph(text, "logical"), 20)
    assert line.strip() == text
    assert line.endswith(text)


def test_paragraph_left_to_right_stays_left() -> None:
    (line,) = render(bidi.BidiParagraph("John said yes", "visual"), 30)
    assert line.startswith("John said yes")


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("safe\x1b[31m red\x1b[0m", "safe red"),
        ("clip\x1b]52;c;ZXZpbA==\x07board", "clipboard"),
        ("bell\x07 and \x9b2J", "bell and "),
        ("tab\tkept", "tab\tkept"),
    ],
)
def test_show_strips_escape_sequences(stored: str, shown: str) -> None:
    assert bidi.show(stored, "logical") == shown.replace("\t", "\t")


def test_show_cuts_in_logical_order_before_reordering() -> None:
    shown = bidi.show("الحكومة ستفتح المعبر صباح الغد أمام الشاحنات", "visual", 16)
    assert len(shown) <= 16
    words = logical_words(shown.replace("…", " "))
    assert words[-1] == "الحكومة"  # the start survives, at the right


def test_safe_styled_keeps_spans_on_the_right_letters() -> None:
    text = bidi.safe_styled("ab\x1b[31mcd\x07ef", [(7, 9, "bold")])
    assert text.plain == "abcdef"
    assert [(s.start, s.end) for s in text.spans] == [(2, 4)]


def test_settings_round_trip_and_damaged_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tui.json"
    assert load_settings(path) == Settings()
    save_settings(Settings(rtl="logical", theme="textual-light"), path)
    assert load_settings(path) == Settings(rtl="logical", theme="textual-light")
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    path.write_text('{"rtl": "diagonal"}', encoding="utf-8")
    assert load_settings(path).rtl == "auto"


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2025", False, date(2025, 1, 1)),
        ("2025", True, date(2025, 12, 31)),
        ("2024-02", True, date(2024, 2, 29)),
        ("2025-02-06", False, date(2025, 2, 6)),
        ("", False, None),
    ],
)
def test_parse_date(text: str, end: bool, expected: date | None) -> None:
    assert parse_date(text, end=end) == expected


@pytest.mark.parametrize("text", ["yesterday", "2025-13", "2025-02-30", "25-02-06"])
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message comes from date() or us
        parse_date(text, end=False)


@pytest.mark.parametrize(
    ("sort", "key", "expected"),
    [
        ("-said_on", "said_on", "said_on"),  # same column: flip
        ("said_on", "said_on", "-said_on"),
        ("-said_on", "speaker", "speaker"),  # names start A→Z
        ("speaker", "appearances", "-appearances"),  # counts start with the largest
    ],
)
def test_sorted_by(sort: str, key: str, expected: str) -> None:
    assert sorted_by(StatementFilter(sort=sort), key).sort == expected


@pytest.mark.parametrize(
    ("difference", "expected"),
    [
        (None, ""),
        ({}, ""),
        ({"negation": True}, "negation differs"),
        ({"figures": {"a": ["12"], "b": ["15"]}}, "figures: 12 ≠ 15"),
        ({"words": {"a": ["شحن"], "b": []}, "against": 3}, "words: شحن ≠ —; against statement 3"),
        ({"reordered": True, "polarity": ["لا"]}, "polarity: لا; word order differs"),
        ({"words": {"a": ["\x1b[2Jx"], "b": ["y"]}}, "words: x ≠ y"),  # stored text is cleaned
    ],
)
def test_difference_text(difference: dict | None, expected: str) -> None:  # type: ignore[type-arg]
    from tui.screens.detail import difference_text

    assert difference_text(difference) == expected


def test_order_claims_by_appearances_or_outlets() -> None:
    from tracker.services.claims import ClaimSummary
    from tui.screens.claims import order_claims

    many = ClaimSummary(1, "a", None, appearances=9, outlets=2, variants=0, misquotes=0)
    wide = ClaimSummary(2, "b", None, appearances=4, outlets=4, variants=0, misquotes=0)
    assert [c.claim_id for c in order_claims([wide, many], "appearances")] == [1, 2]
    assert [c.claim_id for c in order_claims([many, wide], "outlets")] == [2, 1]
