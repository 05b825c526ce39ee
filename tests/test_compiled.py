"""The extractors and the date grammar run compiled by mypyc, and never from a build older than
their source.

``pip install`` compiles every module of ``tracker.extract`` and ``tracker.dates`` but the
packages' ``__init__`` (pyproject.toml's mypyc hook); ``HATCH_BUILD_NO_HOOKS=true`` installs the
plain Python instead, and these tests then check that nothing compiled is left behind. In an
editable install the compiled module lies beside its source, and Python imports the compiled
one: a source edited after the build would silently not run.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import pkgutil
from pathlib import Path

import tracker.dates
import tracker.extract

REPO = Path(__file__).resolve().parents[1]
EXTENSIONS = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def _modules() -> dict[str, Path]:
    """Each module's name and the file the import system loads it from. The finder's answer,
    not ``__file__``: a compiled module's ``__file__`` is worked out from the shared library
    mypyc puts its code in, which an editable install also copies into site-packages."""
    found = {}
    for package in (tracker.extract, tracker.dates):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            spec = importlib.util.find_spec(info.name)
            assert spec is not None, info.name
            assert spec.origin is not None, info.name
            found[info.name] = Path(spec.origin)
    return found


def _compiled(path: Path) -> bool:
    return path.name.endswith(EXTENSIONS)


def test_the_extractor_modules_are_all_found() -> None:
    names = set(_modules())
    assert {"tracker.extract.arabic", "tracker.extract.english", "tracker.dates.arabic"} <= names
    assert len(names) >= 45


def test_every_module_is_compiled_unless_the_hooks_were_off() -> None:
    pure_wanted = os.environ.get("HATCH_BUILD_NO_HOOKS", "").lower() in ("1", "true")
    wrong = [name for name, path in _modules().items() if _compiled(path) == pure_wanted]
    assert not wrong, (
        f"{'compiled' if pure_wanted else 'not compiled'}: {wrong}; run `pip install -e .` again"
    )


def test_no_compiled_module_is_older_than_its_source() -> None:
    stale = []
    for name, built in _modules().items():
        if not _compiled(built) or not built.is_relative_to(REPO) or ".venv" in built.parts:
            continue  # an installed wheel: its files share the install's time
        source = built.with_name(name.rsplit(".", 1)[1] + ".py")
        if source.stat().st_mtime > built.stat().st_mtime:
            stale.append(source.relative_to(REPO).as_posix())
    assert not stale, f"edited after the build, not running: {stale}; run `pip install -e .` again"
