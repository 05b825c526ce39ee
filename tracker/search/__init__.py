"""Search stage: filters and full-text queries turned into SQL (no session here).

``tracker.services.search`` runs what this package builds and returns plain records.
"""

from tracker.search.filters import (
    FulltextMode,
    StatementFilter,
    check_filter,
    count_select,
    normalise_status,
    outlet_articles,
    statement_ids_select,
)
from tracker.search.textquery import TextQuery, parse_query

__all__ = [
    "FulltextMode",
    "StatementFilter",
    "TextQuery",
    "check_filter",
    "count_select",
    "normalise_status",
    "outlet_articles",
    "parse_query",
    "statement_ids_select",
]
