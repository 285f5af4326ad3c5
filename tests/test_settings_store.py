"""The saved settings: every declared field survives a restart; bad values are ignored."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from studio.settings import AppSettings, SessionSettings, declared
from studio.ui.settings_store import SettingsStore


def changed_settings(tmp_path: Path) -> SessionSettings:
    """A value different from the default in every declared field."""
    return SessionSettings(video_source="file:/videos/demo.mp4", audio_source="mic:3", width=960, height=540,
                           fps=25, locale="id_ID", mic_gain_db=-6.0, recordings_dir=tmp_path / "shows",
                           record_preset="faster", record_crf=26, adaptive_bitrate=False, server_port=9090,
                           shop_dir=tmp_path / "my-comment-files")


def test_every_declared_field_survives_a_restart(tmp_path):
    path = tmp_path / "settings.ini"
    wanted = changed_settings(tmp_path)
    default = SessionSettings()
    assert all(getattr(wanted, f.name) != getattr(default, f.name) for f in fields(SessionSettings))
    store = SettingsStore(path)
    store.save(wanted)
    app = AppSettings(language="zh_CN", tour_done=True, safe_areas=True)
    store.save(app)
    store.sync()
    del store
    again = SettingsStore(path)
    assert again.session_settings() == wanted
    assert again.app_settings() == app


def test_adaptive_bitrate_off_stays_off(tmp_path):
    path = tmp_path / "settings.ini"
    store = SettingsStore(path)
    store.save_session_settings(replace(SessionSettings(), adaptive_bitrate=False))
    store.sync()
    assert "adaptive_bitrate=false" in path.read_text()
    assert SettingsStore(path).session_settings().adaptive_bitrate is False


def test_unreadable_and_out_of_range_values_fall_back_to_the_default(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[session]\nfps=fast\nrecord_crf=99\nwidth=960\nadaptive_bitrate=perhaps\n"
                    "[ui]\nlanguage=klingon\n")
    store = SettingsStore(path)
    settings = store.session_settings()
    assert settings.fps == 30 and settings.record_crf == 21 and settings.adaptive_bitrate is True
    assert settings.width == 960  # the readable one is kept
    assert store.app_settings().language == ""


def test_keys_are_scope_and_name(tmp_path):
    path = tmp_path / "settings.ini"
    store = SettingsStore(path)
    store.save(SessionSettings())
    store.save(AppSettings())
    store.sync()
    keys = set(store.qsettings.allKeys())
    for cls in (SessionSettings, AppSettings):
        for f, meta in declared(cls):
            assert f"{meta.scope}/{f.name}" in keys


def test_the_default_file_is_in_the_platform_config_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("SELLER_STUDIO_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    store = SettingsStore()
    assert Path(store.path) == tmp_path / "config" / "seller-studio" / "settings.ini"
