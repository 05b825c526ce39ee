"""Every third-party package the installed code imports is declared in pyproject.toml.

A green run in a development virtualenv can hide a missing dependency that some test tool
happens to pull in (Click came in through import-linter while recent Typer no longer
requires it), and a user's `pip install .` then fails at start-up.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"tracker", "tui"}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = set()
    for requirement in project["dependencies"]:
        names.add(re.split(r"[\s<>=!~\[;]", requirement, maxsplit=1)[0])
    return {_canonical(name) for name in names}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_top_levels() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in [*(ROOT / "tracker").rglob("*.py"), *(ROOT / "tui").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
                node.body = []  # imports only for type checkers are not needed at run time
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def test_every_runtime_import_is_a_declared_dependency() -> None:
    declared = _declared()
    distributions = packages_distributions()
    missing = {}
    for module, where in _imported_top_levels().items():
        if module in OWN or module in sys.stdlib_module_names or module == "__future__":
            continue
        owners = {_canonical(d) for d in distributions.get(module, [module])}
        if not owners & declared:
            missing[module] = where
    assert missing == {}, f"imported but not declared in pyproject dependencies: {missing}"
