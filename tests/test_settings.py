"""Settings declared once: the declaration drives the CLI's defaults and help."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pytest

from studio import cli
from studio.settings import AppSettings, SessionSettings, check, convert, declared, default_of

ROOT = Path(__file__).resolve().parents[1]


def test_every_field_is_declared_with_a_label_group_and_scope():
    for cls, scope in ((SessionSettings, "session"), (AppSettings, "ui")):
        declarations = declared(cls)
        assert [f.name for f, _ in declarations] == [f.name for f in fields(cls)], "an undeclared field"
        for f, meta in declarations:
            assert meta.scope == scope and meta.label and meta.group, f.name


def test_the_adaptive_bitrate_preset_and_crf_are_declared():
    names = {f.name for f, _ in declared(SessionSettings)}
    assert {"adaptive_bitrate", "record_preset", "record_crf"} <= names


def test_recordings_default_to_the_videos_folder(monkeypatch, tmp_path):
    videos = tmp_path / "Videos"
    videos.mkdir()
    monkeypatch.setattr("platformdirs.user_videos_dir", lambda: str(videos))
    assert SessionSettings().recordings_dir == videos / "Seller Studio"


def test_conversion_and_range_checks():
    assert convert("bool", "false") is False and convert("bool", "true") is True
    assert convert("int", "30") == 30 and convert("float", "-3.5") == -3.5
    assert convert("Path", "/tmp/x") == Path("/tmp/x")
    with pytest.raises(ValueError):
        convert("bool", "maybe")
    with pytest.raises(ValueError):
        check(SessionSettings, "fps", 500)
    with pytest.raises(ValueError):
        check(SessionSettings, "record_preset", "placebo")
    check(SessionSettings, "fps", 60)


def test_cli_defaults_come_from_the_declaration():
    parser = cli._parser()
    rehearse = parser.parse_args(["rehearse"])
    assert rehearse.fps == default_of(SessionSettings, "fps")
    assert rehearse.locale == default_of(SessionSettings, "locale")
    assert rehearse.preset == default_of(SessionSettings, "record_preset")
    assert rehearse.crf == default_of(SessionSettings, "record_crf")
    publish = parser.parse_args(["publish", "--local"])
    assert publish.port == default_of(SessionSettings, "server_port")
    assert publish.adaptive_bitrate is True
    assert parser.parse_args(["publish", "--local", "--no-adaptive-bitrate"]).adaptive_bitrate is False
    with pytest.raises(SystemExit):
        parser.parse_args(["rehearse", "--preset", "placebo"])  # choices from the declaration


def test_no_module_lists_the_session_settings_again():
    """The store, the CLI and the dialog read the declaration; none keeps its own list of names."""
    names = {f.name for f in fields(SessionSettings)}
    for path in (ROOT / "studio/ui/settings_store.py", ROOT / "studio/ui/settings_dialog.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Dict | ast.Set | ast.Tuple | ast.List):
                listed = {e.value for e in getattr(node, "keys", None) or getattr(node, "elts", [])
                          if isinstance(e, ast.Constant)}
                assert len(listed & names) < 3, f"{path.name}:{node.lineno} lists settings again"
