"""The extractors and the date grammar run compiled by mypyc, and never from a build older than
their source.

``pip install`` compiles every module of ``tracker.extract`` and ``tracker.dates`` but the
packages' ``__init__`` (pyproject.toml's mypyc hook); ``HATCH_BUILD_NO_HOOKS=true`` installs the
plain Python instead, and these tests then check that nothing compiled is left behind. In an
editable install the compiled module lies beside its source, and Python imports the compiled
one: a source edited after the build would silently not run.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import pkgutil
from pathlib import Path
from types import ModuleType

import tracker.dates
import tracker.extract

REPO = Path(__file__).resolve().parents[1]
EXTENSIONS = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def _modules() -> list[ModuleType]:
    return [
        importlib.import_module(info.name)
        for package in (tracker.extract, tracker.dates)
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + ".")
    ]


def _compiled(module: ModuleType) -> bool:
    return str(module.__file__).endswith(EXTENSIONS)


def test_the_extractor_modules_are_all_found() -> None:
    names = {m.__name__ for m in _modules()}
    assert {"tracker.extract.arabic", "tracker.extract.english", "tracker.dates.arabic"} <= names
    assert len(names) >= 45


def test_every_module_is_compiled_unless_the_hooks_were_off() -> None:
    pure_wanted = os.environ.get("HATCH_BUILD_NO_HOOKS", "").lower() in ("1", "true")
    wrong = [m.__name__ for m in _modules() if _compiled(m) == pure_wanted]
    assert not wrong, (
        f"{'compiled' if pure_wanted else 'not compiled'}: {wrong}; run `pip install -e .` again"
    )


def test_no_compiled_module_is_older_than_its_source() -> None:
    stale = []
    for module in _modules():
        built = Path(str(module.__file__))
        if not _compiled(module) or not built.is_relative_to(REPO):
            continue  # an installed wheel: its files share the install's time
        source = built.with_name(module.__name__.rsplit(".", 1)[1] + ".py")
        if source.stat().st_mtime > built.stat().st_mtime:
            stale.append(source.relative_to(REPO).as_posix())
    assert not stale, f"edited after the build, not running: {stale}; run `pip install -e .` again"
