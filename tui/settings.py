"""The app's saved settings: the right-to-left display mode and the theme.

A small JSON file in the platformdirs user config dir ($TRACKER_TUI_CONFIG overrides the
path, which the tests use). A damaged file is ignored rather than stopping the app.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

ENV_CONFIG = "TRACKER_TUI_CONFIG"


@dataclass
class Settings:
    rtl: str = "auto"
    theme: str = "textual-dark"


def settings_path() -> Path:
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("claims-tracker", appauthor=False)) / "tui.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    settings = Settings()
    if raw.get("rtl") in ("auto", "visual", "logical"):
        settings.rtl = raw["rtl"]
    if isinstance(raw.get("theme"), str):
        settings.theme = raw["theme"]
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(settings), indent=2) + "\n", encoding="utf-8")
    return path
