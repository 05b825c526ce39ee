"""Export stage: statement views written as citation lists, one module per format.

``FORMATS`` maps a format name to its module; each module has
``write(views, out, options)``. Modules load on first use, so ``tracker --help`` does
not import rispy or bibtexparser.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from tracker.export.fields import FIELDS, ExportOptions, entry
from tracker.normalize import strip_controls

if TYPE_CHECKING:
    from tracker.services.search import StatementView

FORMATS: dict[str, str] = {
    "csv": "tracker.export.tabular",
    "jsonl": "tracker.export.jsonlines",
    "md": "tracker.export.markdown",
    "csl-json": "tracker.export.csl",
    "bibtex": "tracker.export.bibtex",
    "ris": "tracker.export.ris",
    "claimreview": "tracker.export.claimreview",
}
GROUP_BY = ("speaker", "claim")

__all__ = ["FIELDS", "FORMATS", "GROUP_BY", "ExportOptions", "entry", "write"]


class _Clean:
    """A text stream that drops terminal escape sequences and control characters.

    Article text is hostile input: an ESC sequence inside a quote must not reach a
    terminal (``tracker export`` writes to standard output by default) nor sit in a file
    someone will ``cat``. Tab, newline and carriage return pass (CSV needs CRLF).
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        return self._out.write(_clean(text))

    def writelines(self, lines: Iterable[str]) -> None:
        self._out.writelines(_clean(line) for line in lines)


# Every escape sequence starts with a control character (ESC, or the 8-bit CSI): one scan
# finds the rare text that needs the full strip_controls.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clean(text: str) -> str:
    return strip_controls(text) if _CONTROL_RE.search(text) else text


def write(
    views: Iterable[StatementView], out: TextIO, fmt: str, options: ExportOptions | None = None
) -> None:
    """Write ``views`` to ``out`` in format ``fmt`` (a key of FORMATS), control characters removed."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    options = options or ExportOptions()
    if options.group_by is not None and options.group_by not in GROUP_BY:
        raise ValueError(f"unknown --group-by {options.group_by!r} (one of: {', '.join(GROUP_BY)})")
    importlib.import_module(FORMATS[fmt]).write(views, _Clean(out), options)  # type: ignore[arg-type]
