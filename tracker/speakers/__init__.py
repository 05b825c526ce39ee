"""Speaker identity, the pure part: romanisation keys, name forms, scoring and the gazetteer.

No database here (that is :mod:`tracker.services.speakers`). The pieces, in the order a
name goes through them:

* :mod:`tracker.speakers.keys` - the cross-script romanisation key (design in its docstring);
* :mod:`tracker.speakers.names` - folded forms, surnames, "first surname" forms, role phrases;
* :mod:`tracker.speakers.scoring` - pair scores and ranking with rapidfuzz;
* :mod:`tracker.speakers.gazetteer` - prominent people and bodies in three scripts.
"""

from __future__ import annotations

from tracker.speakers.gazetteer import Gazetteer, GazetteerEntry, default_gazetteer, load_gazetteer
from tracker.speakers.keys import key_tokens, search_key, vowel_shape
from tracker.speakers.names import is_role_phrase, match_form, name_norm, short_form, surname_of
from tracker.speakers.scoring import (
    MATCH_THRESHOLD,
    SUGGEST_THRESHOLD,
    Candidate,
    Match,
    name_form,
    pair_score,
    rank,
)

__all__ = [
    "MATCH_THRESHOLD",
    "SUGGEST_THRESHOLD",
    "Candidate",
    "Gazetteer",
    "GazetteerEntry",
    "Match",
    "default_gazetteer",
    "is_role_phrase",
    "key_tokens",
    "load_gazetteer",
    "match_form",
    "name_form",
    "name_norm",
    "pair_score",
    "rank",
    "search_key",
    "short_form",
    "surname_of",
    "vowel_shape",
]
