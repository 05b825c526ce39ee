"""Export stage: statement views written as citation lists, one module per format.

``FORMATS`` maps a format name to its module; each module has
``write(views, out, options)``. Modules load on first use, so ``tracker --help`` does
not import rispy or bibtexparser.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from tracker.export.fields import FIELDS, ExportOptions, entry

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


def write(views: Iterable[StatementView], out: TextIO, fmt: str, options: ExportOptions | None = None) -> None:
    """Write ``views`` to ``out`` in format ``fmt`` (a key of FORMATS)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    options = options or ExportOptions()
    if options.group_by is not None and options.group_by not in GROUP_BY:
        raise ValueError(f"unknown --group-by {options.group_by!r} (one of: {', '.join(GROUP_BY)})")
    importlib.import_module(FORMATS[fmt]).write(views, out, options)
