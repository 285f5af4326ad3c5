"""Auto-reconnect: the WHIP server (a real `seller-studio serve` process) is killed mid-show
and started again; the publisher comes back by itself, viewers see frames again, and the
recording runs straight through the outage."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import time

import av
import pytest

from studio.session import LiveTarget, Session
from studio.settings import SessionSettings
from tests.conftest import studio_cmd
from tests.webrtc_peers import whep_view

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(port: int) -> subprocess.Popen:
    proc = subprocess.Popen(studio_cmd("serve", "--port", str(port)), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert "Serving on" in line, line + proc.stderr.read()
    return proc


def _watch(url: str, seconds: float):
    """A WHEP viewer; the room turns live with the publisher's first media, so retry briefly."""
    deadline = time.monotonic() + 5
    while True:
        try:
            return asyncio.run(whep_view(url, seconds))
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _wait(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())


def test_publisher_reconnects_after_the_server_restarts(tmp_path):
    port = _free_port()
    server = _serve(port)
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      recordings_dir=tmp_path))
    session.start()
    notices = []
    session.notices.connect(notices.append)
    try:
        assert session.wait_first_frame()
        path = session.start_recording(tmp_path / "show.mkv")
        session.go_live(LiveTarget(kind="whip", url=f"http://127.0.0.1:{port}/whip/show"))
        assert _wait(lambda: session.state.live_state == "live", 10), session.state.live_error
        before = _watch(f"http://127.0.0.1:{port}/whep/show", 2.0)
        assert before.video_frames > 20

        server.kill()  # the server dies without a word (crash, reboot, pulled cable)
        server.wait()
        t_down = time.monotonic()
        # noticed from the server's RTCP reports stopping (3 s of silence), well within 5 s
        assert _wait(lambda: session.state.live_state == "reconnecting", 5)
        detect_s = time.monotonic() - t_down
        assert session.state.reconnect_at_ns is not None
        assert any(n.level == "warning" and "Reconnecting" in n.text for n in notices)
        time.sleep(max(0.0, 3.0 - (time.monotonic() - t_down)))  # a 3 s outage

        server = _serve(port)
        t_back = time.monotonic()
        assert _wait(lambda: session.state.live_state == "live", 15), session.state.live_error
        reconnect_s = time.monotonic() - t_back
        assert session.state.reconnects == 1
        t_viewer = time.monotonic()
        after = _watch(f"http://127.0.0.1:{port}/whep/show", 2.0)
        assert after.video_frames > 20 and (after.width, after.height) == (1280, 720)
        print(f"outage detected after {detect_s:.2f} s; back on air {reconnect_s:.2f} s after the "
              f"server returned; a new viewer's first frame {after.first_frame_ms:.0f} ms after its POST "
              f"({(time.monotonic() - t_viewer - 2.0) * 1000:.0f} ms of retries)")
        result = session.stop_recording()
        assert result is not None and not result.error
    finally:
        session.close()
        server.kill()
        server.wait()

    # the recording never stopped: no gap in the picture longer than a frame or two
    with av.open(str(path)) as container:
        times = [float(f.time) for f in container.decode(video=0)]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert max(gaps) < 0.2, f"the recording has a {max(gaps):.2f} s gap"
    assert times[-1] - times[0] > 7
