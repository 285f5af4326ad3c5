"""The window's rehearsal-coach hooks, on a real window and session (offscreen)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt


@pytest.mark.slow
def test_window_offers_the_report_when_a_rehearsal_ends(make_window, qtbot):
    window = make_window()
    window.audience_action.trigger()  # the practice audience, through the real feed
    qtbot.waitUntil(lambda: window.session.state.practice_audience, timeout=3000)
    window.session.audience.say("question", "th")
    window.toggle_recording()
    qtbot.waitUntil(lambda: window.session.state.recording_path is not None, timeout=5000)
    path = window.session.state.recording_path
    window.session.audience.say("question", "zh")
    qtbot.wait(2500)
    window.toggle_recording()
    offer = window.report_offer
    qtbot.waitUntil(lambda: offer.box is not None and offer.box.isVisible(), timeout=10000)
    assert path.name in offer.box.text()
    offer.open_in_browser = False
    make = next(b for b in offer.box.buttons() if b.text() == "Make report")
    qtbot.mouseClick(make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offer.last is not None, timeout=30000)
    assert offer.dialog is None  # the progress dialog closed itself
    data = json.loads(offer.last.json.read_text(encoding="utf-8"))
    assert data["comments"]["comments"] >= 1 and 2.0 < data["duration_s"] < 6.0
    assert offer.last.html.is_file()
    window.audience_action.trigger()
    qtbot.waitUntil(lambda: not window.session.state.practice_audience, timeout=3000)
