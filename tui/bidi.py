"""Display reordering of right-to-left text for terminals without bidi support.

Textual lays text out left to right in logical order. Terminals built on VTE, Konsole and
mlterm reorder Arabic themselves; xterm, tmux, Windows Terminal and most macOS terminals
do not, and show Arabic backwards. In ``visual`` mode each *displayed line* (a table cell
or an already-wrapped paragraph line) is shaped (arabic-reshaper) and reordered (the
Unicode bidi algorithm of python-bidi) before Textual sees it; in ``logical`` mode text
is left alone for the terminal to reorder. Stored and searched text never changes: only
what is drawn does.

Wrapping happens before reordering: reordering a whole paragraph and then wrapping it
would put the end of the sentence on the first line.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import algorithm as _pybidi
from bidi import get_display
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style, StyleType
from rich.text import Span, Text

from tracker.normalize import CONTROL_RE, ESCAPE_SEQ_RE, strip_controls

MODES = ("auto", "visual", "logical")
ENV_RTL = "TRACKER_RTL"
# ECMA-48 BDSM: "8 l" = explicit mode (the application has reordered: VTE must not do it
# again), "8 h" = implicit mode (the terminal reorders), VTE's default.
TERMINAL_BIDI_OFF = "\x1b[8l"
TERMINAL_BIDI_ON = "\x1b[8h"

#: Characters drawn mirrored inside right-to-left runs: brackets, « », ‹ ›, < >, and the like.
MIRRORED_RE = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in range(0x2000) if unicodedata.mirrored(chr(c)))
    + "\u2039\u203a\u2045\u2046\u207d\u207e\u208d\u208e]"
)
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Harakat would attach to the wrong letter once a run is reversed, and bidi marks and
# joiners are zero-width controls some terminals draw as a cell: both go from the display.
_DROP_RE = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c]"
)
# Shaping without ligatures keeps one output letter per input letter (so styles follow
# the letters); the mandatory lam-alef ligature is then made by _ligate, which knows the map.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": False})
_LAM = {"\ufedf": 0, "\ufee0": 1}  # initial lam -> isolated ligature, medial lam -> final ligature
_LAM_ALEF = {"\ufe8e": "\ufefb", "\ufe82": "\ufef5", "\ufe84": "\ufef7", "\ufe88": "\ufef9"}


def resolve_mode(requested: str = "auto", env: Mapping[str, str] | None = None) -> str:
    """``visual`` or ``logical`` for a requested mode; ``auto`` looks at the environment.

    $TRACKER_RTL wins; then terminals known to reorder by themselves (VTE, Konsole, mlterm)
    get ``logical``; everything else gets ``visual``.
    """
    if requested not in MODES:
        raise ValueError(f"unknown display mode {requested!r}: choose one of {', '.join(MODES)}")
    if requested != "auto":
        return requested
    env = os.environ if env is None else env
    override = env.get(ENV_RTL, "").strip().lower()
    if override in ("visual", "logical"):
        return override
    if env.get("VTE_VERSION") or env.get("KONSOLE_VERSION") or env.get("MLTERM"):
        return "logical"
    return "visual"


def has_rtl(text: str) -> bool:
    return RTL_RE.search(text) is not None


def is_rtl_paragraph(text: str) -> bool:
    """Whether the first strong character of ``text`` is right-to-left (rule P2)."""
    return _pybidi.get_base_level(text) == 1


def clean(text: object) -> str:
    """A stored value made safe to draw: no escape sequences, no control characters."""
    return strip_controls("" if text is None else str(text))


def truncate(text: str, width: int) -> str:
    """Cut ``text`` in logical order to ``width`` cells, ending with an ellipsis."""
    text = " ".join(text.split())
    if cell_len(text) <= width:
        return text
    cut = Text(text)
    cut.truncate(width, overflow="ellipsis")
    return cut.plain


@lru_cache(maxsize=65536)
def visual_cell(text: str) -> str:
    """One line of text in the order a terminal without bidi support must receive it."""
    if not has_rtl(text):
        return text
    if MIRRORED_RE.search(text):
        # The Rust get_display does not mirror brackets (rule L4 is left to the renderer):
        # take the slower reference algorithm, which does, for the few texts that need it.
        return visual_line(Text(text)).plain
    shaped = _RESHAPER.reshape(_DROP_RE.sub("", text))
    chars, _ = _ligate(list(shaped), list(range(len(shaped))))
    return _DROP_RE.sub("", get_display("".join(chars)))


def show(text: object, mode: str, width: int | None = None) -> str:
    """A stored value as a table cell: cleaned, cut to ``width`` and reordered in visual mode."""
    cleaned = clean(text).replace("\n", " ")
    if width is not None:
        cleaned = truncate(cleaned, width)
    return visual_cell(cleaned) if mode == "visual" else cleaned


def _ligate(chars: list[str], src: list[int]) -> tuple[list[str], list[int]]:
    """Join shaped lam + alef into the lam-alef ligature, keeping the source index map."""
    out: list[str] = []
    out_src: list[int] = []
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch in _LAM and i + 1 < len(chars) and chars[i + 1] in _LAM_ALEF:
            out.append(chr(ord(_LAM_ALEF[chars[i + 1]]) + _LAM[ch]))
            out_src.append(src[i])
            i += 2
            continue
        out.append(ch)
        out_src.append(src[i])
        i += 1
    return out, out_src


def _shape_with_map(text: str) -> tuple[list[str], list[int]]:
    """Shaped display letters of ``text`` and, for each, the index of its source letter."""
    src = [i for i, ch in enumerate(text) if not _DROP_RE.match(ch)]
    kept = "".join(text[i] for i in src)
    shaped = _RESHAPER.reshape(kept) if has_rtl(kept) else kept
    if len(shaped) != len(kept):  # a shaping rule changed the length: draw it unshaped
        shaped = kept
    return _ligate(list(shaped), src)


def _visual_order(chars: list[str], base_rtl: bool) -> list[tuple[str, int]]:
    """(glyph, logical position) pairs in visual order, by python-bidi's reference algorithm.

    The pure-Python implementation is used here (the Rust one returns only a string)
    because styles must travel with their letters.
    """
    storage = _pybidi.get_empty_storage()
    storage["base_level"] = 1 if base_rtl else 0
    storage["base_dir"] = "R" if base_rtl else "L"
    _pybidi.get_embedding_levels("".join(chars), storage)
    for position, entry in enumerate(storage["chars"]):
        entry["pos"] = position
    _pybidi.explicit_embed_and_overrides(storage, False)
    _pybidi.resolve_weak_types(storage, False)
    _pybidi.resolve_neutral_types(storage, False)
    _pybidi.resolve_implicit_levels(storage, False)
    _pybidi.reorder_resolved_levels(storage, False)
    _pybidi.apply_mirroring(storage, False)
    return [(entry["ch"], entry["pos"]) for entry in storage["chars"]]


def visual_line(line: Text, base_rtl: bool | None = None) -> Text:
    """A single styled line reordered for display; every letter keeps its style."""
    plain = line.plain
    if not has_rtl(plain):
        return line
    if base_rtl is None:
        base_rtl = is_rtl_paragraph(plain)
    # Widgets render twice per layout (height, then lines): the cache makes the second free.
    runs = _visual_runs(plain, tuple(line.spans), base_rtl)
    out = Text(style=line.style, end=line.end, no_wrap=True)
    for text, style in runs:
        out.append(text, style)
    return out


@lru_cache(maxsize=4096)
def _visual_runs(plain: str, spans: tuple[Span, ...], base_rtl: bool) -> tuple[tuple[str, Style | None], ...]:
    """(text, style) runs of a line in visual order."""
    styles: list[list[StyleType]] = [[] for _ in plain]
    for span in spans:
        for i in range(max(span.start, 0), min(span.end, len(plain))):
            styles[i].append(span.style)
    chars, src = _shape_with_map(plain)
    runs: list[tuple[str, Style | None]] = []
    run: list[str] = []
    run_style: tuple[StyleType, ...] = ()
    for glyph, position in _visual_order(chars, base_rtl):
        style = tuple(styles[src[position]])
        if style != run_style and run:
            runs.append(("".join(run), Style.combine(_as_styles(run_style)) if run_style else None))
            run = []
        run_style = style
        run.append(glyph)
    if run:
        runs.append(("".join(run), Style.combine(_as_styles(run_style)) if run_style else None))
    return tuple(runs)


def _as_styles(styles: Iterable[StyleType]) -> list[Style]:
    return [Style.parse(s) if isinstance(s, str) else s for s in styles]


class BidiParagraph:
    """A Rich renderable: ``text`` wrapped in logical order, each line then reordered.

    Right-to-left paragraphs are right-aligned; ``mode`` is ``visual`` or ``logical``.
    """

    def __init__(self, text: Text | str, mode: str, *, justify_rtl: bool = True) -> None:
        self.text = Text(clean(text)) if isinstance(text, str) else text
        self.mode = mode
        self.justify_rtl = justify_rtl

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        for paragraph in self.text.split("\n", allow_blank=True):
            rtl = is_rtl_paragraph(paragraph.plain)
            lines = paragraph.wrap(console, width, justify="left", overflow="fold") or [Text("")]
            for line in lines:
                line.rstrip()
                shown = visual_line(line, rtl) if self.mode == "visual" else line
                pad = width - shown.cell_len if rtl and self.justify_rtl else 0
                if pad > 0:
                    yield Segment(" " * pad)
                yield from shown.render(console)
                yield Segment.line()


def safe_styled(text: str, spans: Iterable[tuple[int, int, StyleType]] = ()) -> Text:
    """``text`` without control characters or escape sequences, with ``spans`` (offsets into
    the original ``text``) styled on what remains."""
    removed = [False] * (len(text) + 1)
    for pattern in (ESCAPE_SEQ_RE, CONTROL_RE):
        for match in pattern.finditer(text):
            for i in range(match.start(), match.end()):
                removed[i] = True
    kept: list[str] = []
    new_offset = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        new_offset[i] = len(kept)
        if not removed[i]:
            kept.append(ch)
    new_offset[len(text)] = len(kept)
    out = Text("".join(kept))
    for start, end, style in spans:
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if end > start:
            out.stylize(style, new_offset[start], new_offset[end])
    return out
