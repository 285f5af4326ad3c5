"""Where Seller Studio keeps things, as each platform expects (platformdirs): settings in the
user's config folder, logs (rotated) in the log folder, recordings in the Videos folder; and
where the read-only resources (translations, demo products) are, in a source checkout or
inside a PyInstaller bundle."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

APP = "seller-studio"
LOG_BYTES = 1_000_000
LOG_FILES = 5


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def settings_file() -> Path:
    """The settings file; `SELLER_STUDIO_SETTINGS` points elsewhere (tests, a second profile)."""
    override = os.environ.get("SELLER_STUDIO_SETTINGS")
    return Path(override) if override else config_dir() / "settings.ini"


def column_maps_file() -> Path:
    """The catalogue column maps a host chose, one per spreadsheet layout; beside the settings."""
    return settings_file().with_name("catalogue-columns.json")


def control_file() -> Path:
    """How local tools reach the running studio or `serve` (its address and a control token);
    `SELLER_STUDIO_CONTROL` points elsewhere (tests, a second studio)."""
    override = os.environ.get("SELLER_STUDIO_CONTROL")
    return Path(override) if override else config_dir() / "control.json"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_shop_dir() -> Path:
    """Where a host keeps their own comment files (intents.toml, answers.toml, rules.toml,
    blocked-words.txt); read when the folder exists."""
    return config_dir() / "shop"


def default_recordings_dir() -> Path:
    """`Videos/Seller Studio` (the platform's Videos folder), or the home folder's when there is none."""
    try:
        videos = Path(platformdirs.user_videos_dir())
    except Exception:  # an unusual desktop set-up must not stop the app
        videos = Path.home() / "Videos"
    return (videos if videos.is_dir() else Path.home()) / "Seller Studio"


def resource_root() -> Path:
    """The folder holding `i18n/` and `assets/`: the bundle's own folder when frozen by
    PyInstaller, else the source checkout."""
    bundled = getattr(sys, "_MEIPASS", None)
    return Path(bundled) if bundled else Path(__file__).resolve().parents[1]


def i18n_dir() -> Path:
    return resource_root() / "i18n"


def assets_dir() -> Path:
    return resource_root() / "assets"


def icon_file(size: int = 256) -> Path:
    """The app icon (packaging/icons, drawn by packaging/make_icons.py)."""
    hicolor = resource_root() / "packaging" / "icons" / "hicolor"
    return hicolor / f"{size}x{size}" / "apps" / "seller-studio.png"


def log_to_file(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Add a rotating log file (1 MB × 5) to the root logger; returns its path, or None
    when the folder cannot be written (the app still runs, logging to stderr only)."""
    folder = folder or log_dir()
    path = folder / "seller-studio.log"
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_FILES,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        for other in root.handlers:  # the console keeps saying only what it said before
            if other.level == logging.NOTSET:
                other.setLevel(root.level or logging.WARNING)
        root.setLevel(level)
    return path
