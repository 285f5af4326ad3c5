"""Platform folders and the rotated log file."""

from __future__ import annotations

import logging
import logging.handlers

from studio import paths


def test_log_file_rotates(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    try:
        path = paths.log_to_file(folder=tmp_path)
        assert path == tmp_path / "seller-studio.log"
        assert paths.log_to_file(folder=tmp_path) == path  # once, however often it is asked
        handler = next(h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler))
        handler.maxBytes = 2000
        log = logging.getLogger("studio.test")
        for i in range(200):
            log.info("line %d of a long start-up", i)
        handler.flush()
        assert (tmp_path / "seller-studio.log.1").exists()
        assert len(list(tmp_path.glob("seller-studio.log*"))) <= paths.LOG_FILES + 1
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
        root.setLevel(level)


def test_an_unwritable_log_folder_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert paths.log_to_file(folder=blocker / "logs") is None


def test_settings_file_override(monkeypatch, tmp_path):
    monkeypatch.setenv("SELLER_STUDIO_SETTINGS", str(tmp_path / "x.ini"))
    assert paths.settings_file() == tmp_path / "x.ini"


def test_resources_are_found_from_the_source_tree():
    assert (paths.assets_dir() / "products" / "demo.csv").is_file()


def test_column_maps_live_beside_the_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("SELLER_STUDIO_SETTINGS", str(tmp_path / "profile" / "settings.ini"))
    assert paths.column_maps_file() == tmp_path / "profile" / "catalogue-columns.json"
    monkeypatch.delenv("SELLER_STUDIO_SETTINGS")
    assert paths.column_maps_file() == paths.config_dir() / "catalogue-columns.json"
