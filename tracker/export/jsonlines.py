"""JSON Lines export: one object per statement, with its id, version and review status.

Scripts read it to review in bulk (``tracker review ID --expect-version N``), so every
line carries what such a script needs. ``ensure_ascii=False`` keeps Arabic readable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from tracker.export.fields import ExportOptions, entry, grouped

if TYPE_CHECKING:
    from tracker.services.search import StatementView


def write(views: Iterable[StatementView], out: TextIO, options: ExportOptions) -> None:
    dumps = json.dumps
    out.writelines(dumps(entry(view), ensure_ascii=False) + "\n" for view in grouped(views, options.group_by))
