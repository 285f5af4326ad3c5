"""Changing the picture format during a show: every output keeps going (one keyframe at the
new size), with a co-host on stage, a recording and an independent Chromium viewer."""

from __future__ import annotations

import time

import pytest

from studio.session import LiveTarget, Session
from studio.settings import SessionSettings
from tests.browser import chromium, inbound_stats  # noqa: F401 (fixture)
from tests.waiting import wait_for


@pytest.mark.slow
@pytest.mark.browser
def test_format_change_while_live_recording_and_with_a_cohost(chromium, tmp_path):  # noqa: F811
    host = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    guest = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0))
    host.start()
    guest.start()
    try:
        host.wait_first_frame()
        host.start_recording(tmp_path / "show.mkv")
        host.go_live(LiveTarget("local"))
        assert _wait(lambda: host.state.live_state == "live", 10)
        guest.join_as_cohost(host.create_invite(), "Mai")
        cid = _wait(lambda: host.state.cohosts, 10)[0].id
        host.approve_cohost(cid)
        assert _wait(lambda: guest.state.guest_state == "live", 10)
        page = chromium.new_page()
        page.goto(host.state.watch_url)
        assert _wait(lambda: (s := inbound_stats(page)) and s["framesDecoded"] > 30, 20)
        guest_frames = guest.cohosts.guest.frames_received
        changed = time.monotonic()
        host.set_video_format(960, 540, 30)
        # The viewer decodes the new size within 2 s, and keeps decoding.
        resized = _wait(lambda: (s := inbound_stats(page)) and (s["width"], s["height"]) == (960, 540)
                        and s, 2.0)
        assert resized, f"the viewer still shows {inbound_stats(page)} 2 s after the change"
        print(f"viewer at 960x540 after {time.monotonic() - changed:.2f} s")
        time.sleep(1.0)
        assert inbound_stats(page)["framesDecoded"] > resized["framesDecoded"] + 15
        assert host.state.live_state == "live"
        # The co-host still receives the program; the recording still runs at its own size.
        assert _wait(lambda: guest.cohosts.guest.frames_received > guest_frames + 30, 5)
        rec_frames = host.recorder.video_frames
        assert _wait(lambda: host.recorder.video_frames > rec_frames + 20, 5)
        page.close()
        result = host.stop_recording()
        assert result.error is None
    finally:
        guest.close()
        host.close()


def _wait(predicate, timeout=15.0, step=0.05):
    return wait_for(predicate, timeout, step)
