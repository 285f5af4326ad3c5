"""One-to-one calls (studio/server/calls.py, studio/session/calls.py): call links, the buyer's
page in a real Chromium (fake camera and microphone), ringing, accepting, media both ways, the
call beside the show and never in it, refusals, recording with consent."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import numpy as np
import pytest

from studio.media.frames import AudioBlock, now_ns
from studio.processing.audio_mix import AudioMixer, RemoteInput
from studio.server.calls import CallLinkBook
from studio.server.cohost import InviteError
from studio.session import Session
from studio.settings import SessionSettings
from tests.browser import chromium, inbound_stats  # noqa: F401 (fixture)
from tests.waiting import wait_for


# -- links and the mix, without peers ----------------------------------------------------------------
def test_call_links_are_unguessable_labelled_and_refused_with_a_reason(monkeypatch):
    book = CallLinkBook()
    once = book.create_link(3600, 1, name="Nguyen Lan", order="#A-1042")
    many = book.create_link(600, 50)
    assert len(once.token) >= 32 and once.token != many.token  # 24 random bytes: 192 bits
    assert book.labels[once.token] == ("Nguyen Lan", "#A-1042")
    assert book.info(once).state == "active"
    once.uses_left -= 1
    with pytest.raises(InviteError) as used:
        book.check(once.token)
    assert used.value.reason == "used" and "already been used" in str(used.value)
    book.revoke(many.token)
    with pytest.raises(InviteError) as revoked:
        book.check(many.token)
    assert revoked.value.reason == "revoked"
    late = book.create_link(60, 1)
    monkeypatch.setattr(time, "time", lambda: late.expires + 1)
    with pytest.raises(InviteError) as expired:
        book.check(late.token)
    assert expired.value.reason == "expired" and expired.value.status == 410
    with pytest.raises(InviteError) as unknown:
        book.check("nope")
    assert unknown.value.reason == "unknown"
    with pytest.raises(ValueError):
        book.create_link(30, 1)
    with pytest.raises(ValueError):
        book.create_link(600, 1001)


def test_a_private_input_is_heard_by_the_host_and_tapped_but_never_in_the_program():
    mixer = AudioMixer()
    program, speakers, taps = [], [], []
    mixer.add_output(program.append)
    mixer.set_remote_output(speakers.append)
    mixer.add_tap(taps.append)
    cohost_minus = []
    cohost = RemoteInput("cohost")
    mixer.add_input(cohost)
    mixer.set_minus_output("cohost", cohost_minus.append)
    buyer = RemoteInput("buyer")
    mixer.add_private_input(buyer)
    tone = (np.sin(np.arange(960) / 10) * 8000).astype(np.int16)
    for _ in range(10):
        buyer.push(tone, now_ns())
        mixer.push(AudioBlock(np.zeros(960, np.int16), now_ns()))
    assert max(np.abs(b.samples).max() for b in speakers) > 7000  # the host hears the buyer
    assert max(np.abs(b.samples).max() for b in program) == 0  # the show does not
    assert max(np.abs(b.samples).max() for b in cohost_minus) == 0  # nor do co-hosts
    assert any(t.private.get("buyer") is not None for t in taps)
    mixer.remove_input("buyer")
    assert not mixer._private


# -- with a real buyer ----------------------------------------------------------------------------------
@pytest.fixture
def studio(tmp_path):
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      recordings_dir=tmp_path))
    session.start()
    session.wait_first_frame()
    yield session
    session.close()


def _ring(page, link: str, name: str = "Lan") -> int:
    page.goto(link)
    page.wait_for_function("() => !document.getElementById('call').disabled", timeout=15000)
    page.fill("#name", name)
    return page.evaluate("window.call.ring()")


def _green(image) -> float:
    """Share of Chromium's fake camera green in a BGR picture."""
    px = image.astype(np.int16)
    return float(np.mean((px[..., 1] > 120) & (px[..., 2] < 100) & (px[..., 0] < 100)))


@pytest.mark.browser
@pytest.mark.slow
def test_buyer_calls_host_accepts_and_media_flows_both_ways(chromium, studio):  # noqa: F811
    link = studio.calls.create_link(name="Order #A-1042", order="A-1042")
    rang = []
    studio.calls.ringing.connect(rang.append)
    page = chromium.new_page()
    assert _ring(page, link, "Lan") == 201
    ringing = _wait(lambda: [c for c in studio.state.calls if c.state == "ringing"], 10)
    assert ringing and ringing[0].name == "Lan" and ringing[0].order == "A-1042"
    assert ringing[0].has_video and rang and rang[0].id == ringing[0].id
    call = studio.calls.call(ringing[0].id)
    # The host sees the buyer's preview while it rings; the buyer gets nothing of the host yet.
    assert _wait(lambda: call.thumbnail() is not None, 10)
    time.sleep(0.5)
    assert (inbound_stats(page, "call.pc") or {}).get("framesDecoded", 0) == 0
    assert not call.voice.meter.level.rms_db > -80  # the host does not hear them before picking up
    t_accept = time.time()
    studio.calls.accept(call.id)
    assert _wait(lambda: page.evaluate("window.call.state") == "live", 5)
    first = _wait(lambda: page.evaluate("window.call.firstFrameAt"), 10)
    stats = _wait(lambda: (s := inbound_stats(page, "call.pc")) and s["framesDecoded"] > 30 and s, 10)
    assert stats, inbound_stats(page, "call.pc")
    assert (stats["width"], stats["height"]) == (960, 540)
    assert _wait(lambda: inbound_stats(page, "call.pc")["audioSamples"] > 48_000, 10)
    # The host receives the buyer's fake camera (green) and voice.
    frames_then = call.frames_received
    assert _wait(lambda: call.frames_received > frames_then + 20, 10)
    assert _green(call.video.peek().to_ndarray(format="bgr24")) > 0.3
    assert _wait(lambda: call.voice.meter.level.peak_db > -40, 10), call.voice.meter.level
    print(f"\naccept → first frame on the buyer's page ≈ {(first / 1000 - t_accept) * 1000:.0f} ms; "
          f"first buyer frame at the host ≈ {call.first_frame_after_accept_ms:.0f} ms "
          "(loopback; reference: 600 ms)")
    # Quality meters cover the call link.
    assert any(name.endswith("(call)") for name in studio.quality.collectors)
    # The buyer hangs up: the call ends and its media stop.
    page.evaluate("window.call.hangUp()")
    assert _wait(lambda: studio.state.active_call is None, 10)
    assert call.state == "ended"
    assert not any(name.endswith("(call)") for name in studio.quality.collectors)
    page.close()


def _wait(predicate, timeout=15.0, step=0.05):
    return wait_for(predicate, timeout, step)


def _get(url: str, token: str | None = None, data: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(data).encode() if data is not None else None,
                                     method="POST" if data is not None else "GET")
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}") if exc.code != 401 else {}
