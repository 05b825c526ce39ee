"""CSV export: one row per statement, safe to open in a spreadsheet.

Written with the standard ``csv`` module. A cell that starts with ``=``, ``+``, ``-``,
``@``, tab or carriage return would be read as a formula by Excel, LibreOffice or
Google Sheets (CSV injection), so it gets a leading apostrophe. ``--bom`` writes a
UTF-8 byte order mark, which Excel needs to read Arabic from a CSV correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from tracker.export.fields import FIELDS, ExportOptions, entry, grouped

if TYPE_CHECKING:
    from tracker.services.search import StatementView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = " | "


def cell(value: Any) -> str:
    """A spreadsheet-safe cell: lists joined, booleans as true/false, formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write(views: Iterable[StatementView], out: TextIO, options: ExportOptions) -> None:
    if options.bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for view in grouped(views, options.group_by):
        row = entry(view)
        writer.writerow([cell(row[name]) for name in FIELDS])
