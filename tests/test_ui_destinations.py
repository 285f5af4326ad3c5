"""The Destinations dialog in the real window: add a platform, go live to it and a local
viewer at once, see its status row, change the picture format while live."""

from __future__ import annotations

import asyncio
import threading

import pytest

from studio.outputs.destinations import KeyStore
from studio.session import LiveTarget
from studio.ui.destinations import DestinationEditor
from tests.media_check import check_stream
from tests.rtmp_server import nginx_rtmp  # noqa: F401 (fixture)
from tests.webrtc_peers import whep_view

KEY = "live_8f3Kq2LmN7xYz"


@pytest.mark.slow
def test_add_a_destination_go_live_and_change_format_while_live(make_window, qtbot, nginx_rtmp, tmp_path):  # noqa: F811
    server = nginx_rtmp(tls=False)
    store_path = tmp_path / "settings.ini"
    window = make_window(store_path=store_path)
    window.session.outputs.keys = KeyStore(use_keyring=False)
    dialog = window.show_destinations()
    editor = DestinationEditor(None, False, dialog)
    editor.platform.setCurrentIndex(editor.platform.findData("custom"))
    editor.name.setText("Shopee test")
    editor.url.setText("http://wrong")
    editor._check()
    assert "rtmp://" in editor.error.text() and not editor.result()  # refused in a sentence
    editor.url.setText(server.url("live"))
    editor._check()
    assert "stream key" in editor.error.text()
    editor.key.setText(KEY)
    editor._check()
    assert editor.result() == editor.DialogCode.Accepted
    dialog.apply(editor, None)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "Ready"
    assert "Destinations (1)" in window.topbar.destinations.text()
    assert KEY not in store_path.read_text(errors="replace") if store_path.exists() else True

    window.set_target(LiveTarget("local"))
    window.session.go_live(window.target)
    qtbot.waitUntil(lambda: window.session.state.live_state == "live", timeout=10000)
    qtbot.waitUntil(lambda: dialog.table.item(0, 3).text().startswith("Live"), timeout=10000)
    assert "1/1 live" in window.topbar.destinations.text()
    assert not dialog.add_button.isEnabled()  # no edits while live
    check = check_stream(server.play_url("live", KEY), 1.0, timeout=10)
    assert (check.video_codec, check.width) == ("h264", 1280)

    # Sources → Format while live: the viewer and the platform follow after one keyframe.
    got: dict = {}
    url = window.session.state.watch_url.replace("/watch/", "/whep/")
    viewer = threading.Thread(target=lambda: got.update(v=asyncio.run(whep_view(url, 5.0))), daemon=True)
    viewer.start()
    qtbot.wait(1500)
    index = window.sources.size.findData("960x540")
    window.sources.size.setCurrentIndex(index)
    window.sources.size.activated.emit(index)
    qtbot.waitUntil(lambda: window.session.state.video_format == (960, 540, 30), timeout=10000)
    viewer.join(20)
    assert got["v"].width == 960 and got["v"].video_frames > 100, got["v"]
    assert window.session.state.live_state == "live"
    after = check_stream(server.play_url("live", KEY), 1.0, timeout=10)
    assert after.width == 960
    window.end_live()
    qtbot.waitUntil(lambda: window.session.state.live_state == "offline", timeout=10000)
    dialog.reject()
    window.close()
    qtbot.waitUntil(lambda: window.closed, timeout=20000)
    again = make_window(store_path=store_path)  # the destination is remembered (its key is not in the ini)
    assert [d.name for d in again.session.outputs.destinations] == ["Shopee test"]
    assert KEY not in store_path.read_text(errors="replace")


def test_destination_picks_its_picture_shape_and_remembers_it(make_window, qtbot):
    from studio.ui.destinations import load_destinations, save_destinations

    window = make_window()
    editor = DestinationEditor(None, has_key=False)
    editor.platform.setCurrentIndex(editor.platform.findData("tiktok"))
    assert editor.canvas.currentData() == "portrait"  # phones watch upright
    editor.platform.setCurrentIndex(editor.platform.findData("youtube"))
    assert editor.canvas.currentData() == "main"
    editor.platform.setCurrentIndex(editor.platform.findData("tiktok"))
    editor.url.setText("rtmp://push.example.com/live")
    dest = editor.destination()
    assert dest.canvas == "portrait"
    window.session.outputs.set_destination(dest)
    save_destinations(window.store, window.session)
    window.session.outputs.remove_destination(dest.id)
    load_destinations(window.store, window.session)
    assert [d.canvas for d in window.session.outputs.destinations if d.id == dest.id] == ["portrait"]
    window.close()
    qtbot.waitUntil(lambda: window.closed, timeout=20000)
