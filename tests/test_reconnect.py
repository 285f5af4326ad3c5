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
        session.go_live(LiveTarget(kind="whip", url=f"http://127.0.0.1:{port}/whip/show"))
        assert _wait(lambda: session.state.live_state == "live", 10), session.state.live_error
        # Recording from here: this test is about the outage. Going live itself stalls the
        # picture for 0.2–0.3 s under load (a separate, known defect: the live encode opens
        # while the renderer runs), which once put a 0.20 s gap at the start of this file.
        path = session.start_recording(tmp_path / "show.mkv")
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


@pytest.mark.parametrize("gap_s", [0.0, 0.6], ids=["new-address-at-once", "a-moment-without-address"])
def test_the_show_survives_the_publishers_address_changing(tmp_path, gap_s):
    """The publisher (`seller-studio publish --record`, in its own network namespace) loses
    its address mid-show and gets another (Wi-Fi to hotspot, a new DHCP lease): it restarts
    ICE on the same WHIP session (PATCH), a viewer watching throughout sees the show resume
    within 2 s, and the recording runs straight through. Between the two the computer may
    have no address for a moment: the restart waits for one (gathered with none, it had
    nothing to offer and fell back to a new session; 1 run in 10 caught the few ms between
    the two `ip` commands)."""
    import threading

    from tests.netem import ImpairedLink, Publisher, serve, unavailable

    reason = unavailable()
    if reason:
        pytest.skip(f"impairment harness: {reason}")
    link = ImpairedLink.create()
    server, base = serve(link, "move-token")
    path = tmp_path / "show.mkv"
    pub = Publisher(link, f"{base}/whip/show", "move-token", 14, ("--record", str(path)))
    try:
        pub.wait_connected()
        seen = {}
        viewer = threading.Thread(target=lambda: seen.update(v=_watch(f"{base}/whep/show", 9.0)))
        viewer.start()
        time.sleep(3.5)
        new_ip = link.ns_ip.rsplit(".", 1)[0] + ".3"
        t_move = time.perf_counter()
        link.exec("ip", "addr", "del", f"{link.ns_ip}/24", "dev", link.ns_if)
        time.sleep(gap_s)
        link.exec("ip", "addr", "add", f"{new_ip}/24", "dev", link.ns_if)
        viewer.join(20)
        view = seen["v"]
        pub.proc.wait(30)
        notices = pub.proc.stderr.read()
    finally:
        pub.stop()
        server.terminate()
        server.wait(10)
        link.close()
    after = [t for t in view.arrivals if t > t_move]
    gaps = [b - a for a, b in zip(view.arrivals, view.arrivals[1:], strict=False)]
    resume_s = max(gaps)
    print(f"address moved; the viewer's longest gap {resume_s * 1000:.0f} ms; {len(after)} frames after "
          f"the move; publisher said: {[n for n in notices.splitlines() if 'air' in n or 'ICE' in n]}")
    assert "Back on air over the new network path" in notices, notices  # an ICE restart, not a new POST
    assert after and resume_s < 2.0, f"the show resumed only after {resume_s:.2f} s"
    assert len(after) > 90  # and then kept going

    with av.open(str(path)) as container:
        times = [float(f.time) for f in container.decode(video=0)]
    rec_gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert max(rec_gaps) < 0.2, f"the recording has a {max(rec_gaps):.2f} s gap"
    assert times[-1] - times[0] > 12
