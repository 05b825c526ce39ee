"""Where the bundled files are: the sample corpus and the gazetteer.

A wheel ships the repository's ``data/`` folder inside the package as ``tracker/_data``
(see pyproject.toml); a source checkout or editable install reads ``data/`` directly.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The bundled data folder (sample articles, gazetteer)."""
    for candidate in (_PACKAGE / "_data", _PACKAGE.parent / "data"):
        if candidate.is_dir():
            return candidate
    raise RuntimeError("the bundled data folder is missing from this installation")


def sample_articles_dir() -> Path:
    return data_dir() / "articles"
