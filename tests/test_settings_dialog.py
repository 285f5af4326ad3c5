"""The Settings dialog is built from the declaration and applies what the host changes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

from studio.settings import AppSettings, SessionSettings, declared
from studio.ui.settings_dialog import SettingsDialog


def test_one_editor_per_editable_declared_field(qtbot):
    dialog = SettingsDialog(SessionSettings(), AppSettings())
    qtbot.addWidget(dialog)
    wanted = {f.name for cls in (SessionSettings, AppSettings) for f, m in declared(cls) if m.editable}
    assert set(dialog.editors) == wanted
    for name, editor in dialog.editors.items():
        assert editor.accessibleName(), name  # labelled for screen readers too


def test_changes_come_back_as_settings(qtbot, tmp_path):
    dialog = SettingsDialog(SessionSettings(), AppSettings())
    qtbot.addWidget(dialog)
    adaptive = dialog.editors["adaptive_bitrate"]
    assert isinstance(adaptive, QCheckBox) and adaptive.isChecked()
    adaptive.setChecked(False)
    crf = dialog.editors["record_crf"]
    assert isinstance(crf, QSpinBox)
    crf.setValue(25)
    preset = dialog.editors["record_preset"]
    assert isinstance(preset, QComboBox)
    preset.setCurrentIndex(preset.findData("faster"))
    dialog.editors["recordings_dir"].line.setText(str(tmp_path))
    session = dialog.session_settings()
    assert (session.adaptive_bitrate, session.record_crf, session.record_preset) == (False, 25, "faster")
    assert session.recordings_dir == tmp_path
    assert dialog.app_settings() == AppSettings()


def test_applied_settings_reach_the_session_and_the_file(make_window, qtbot, tmp_path):
    window = make_window(store_path=tmp_path / "s.ini")
    dialog = window.open_settings()
    dialog.editors["adaptive_bitrate"].setChecked(False)
    dialog.editors["record_crf"].setValue(28)
    dialog.accept()
    qtbot.waitUntil(lambda: window.session.settings.record_crf == 28, timeout=5000)
    assert window.session.settings.adaptive_bitrate is False
    assert window.session.settings.video_source == "demo"  # the dock's choice is kept
    assert window.store.session_settings().adaptive_bitrate is False
