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


def test_the_call_sound_is_the_host_mic_only_when_open_and_co_hosts_only_when_opened():
    from studio.processing.audio_mix import MixTap
    from studio.server.calls import Call
    from studio.session.calls import CallMedia
    from studio.session.notices import Notices
    from studio.session.pipeline import Pipeline

    pipeline = Pipeline(SessionSettings(video_source="demo", audio_source="none"), Notices())
    call = Call(CallLinkBook().create_link(600, 1), "Lan", "")
    media = CallMedia(pipeline, call)
    host = AudioBlock(np.full(960, 1000, np.int16), now_ns())
    cohosts = np.full(960, 300, np.int32)

    def sent() -> int:
        blocks, media.encoder._audio = media.encoder._audio, []
        return int(blocks[-1].samples.max())

    media._on_mix(MixTap(host, cohosts, {}))
    assert sent() == 1000  # the host's voice, not the co-hosts'
    media.mic_open = False
    media._on_mix(MixTap(host, cohosts, {}))
    assert sent() == 0
    media.cohosts_open = True
    media._on_mix(MixTap(host, cohosts, {}))
    assert sent() == 300


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


@pytest.mark.browser
@pytest.mark.slow
def test_the_call_runs_beside_the_live_show_never_in_it(chromium, tmp_path):  # noqa: F811
    # The host's microphone is silent here, so any sound in the show would be the buyer's.
    studio = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0,
                                     recordings_dir=tmp_path))
    studio.start()
    studio.wait_first_frame()
    try:
        from studio.session import LiveTarget

        studio.go_live(LiveTarget("local"))
        assert _wait(lambda: studio.state.live_state == "live", 10), studio.state.live_error
        viewer = chromium.new_page()
        viewer.goto(studio.state.watch_url)
        assert _wait(lambda: (s := inbound_stats(viewer)) and s["framesDecoded"] > 10, 20)
        program = []
        studio.mixer.add_output(program.append)
        buyer = chromium.new_page()
        assert _ring(buyer, studio.calls.create_link()) == 201
        call_id = _wait(lambda: [c.id for c in studio.state.calls if c.state == "ringing"], 10)[0]
        studio.calls.accept(call_id)
        call = studio.calls.call(call_id)
        assert _wait(lambda: call.voice.meter.level.peak_db > -40, 10)  # the buyer is talking …
        program.clear()
        energy0 = _audio_energy(viewer, "studio.pc")
        time.sleep(2)
        # … and neither the show's sound, nor its picture, nor a viewer has any of it.
        assert max(np.abs(b.samples).max() for b in program) == 0
        assert _audio_energy(viewer, "studio.pc") - energy0 < 1e-6
        assert _green(studio.program.preview.peek().image) < 0.02
        assert _green(call.video.peek().to_ndarray(format="bgr24")) > 0.3  # while the host sees them
        # A co-host joins the show: the buyer does not hear them …
        cohost = chromium.new_page()
        cohost.goto(studio.create_invite())
        cohost.wait_for_function("() => !document.getElementById('join').disabled", timeout=15000)
        assert cohost.evaluate("window.cohost.join()") == 201
        cid = _wait(lambda: [c.id for c in studio.state.cohosts if c.state == "waiting"], 10)[0]
        studio.approve_cohost(cid)
        assert _wait(lambda: studio.cohost(cid).voice.meter.level.peak_db > -40, 10)
        program.clear()
        time.sleep(1)
        assert max(np.abs(b.samples).max() for b in program) > 1000  # the co-host is in the show
        heard0 = _audio_energy(buyer, "call.pc")
        time.sleep(2)
        assert _audio_energy(buyer, "call.pc") - heard0 < 1e-6
        # … until the host opens the co-hosts to the call.
        studio.calls.set_cohosts_open(True)
        heard1 = _audio_energy(buyer, "call.pc")
        assert _wait(lambda: _audio_energy(buyer, "call.pc") - heard1 > 1e-4, 10)
        for page in (viewer, buyer, cohost):
            page.close()
    finally:
        studio.close()


@pytest.mark.browser
def test_an_audio_only_buyer_is_fine(chromium, studio):  # noqa: F811
    page = chromium.new_page()
    page.goto(studio.calls.create_link())
    page.wait_for_function("() => !document.getElementById('call').disabled", timeout=15000)
    page.uncheck("#use-camera")
    assert page.evaluate("window.call.ring()") == 201
    info = _wait(lambda: [c for c in studio.state.calls if c.state == "ringing"], 10)[0]
    assert not info.has_video and page.locator("#self").is_hidden()
    studio.calls.accept(info.id)
    call = studio.calls.call(info.id)
    assert _wait(lambda: call.voice.meter.level.peak_db > -40, 10)  # their voice
    assert _wait(lambda: (s := inbound_stats(page, "call.pc")) and s["framesDecoded"] > 10, 10)  # our picture
    assert call.frames_received == 0
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("locale, call, direction", [("vi-VN", "Gọi", "ltr"), ("ar-EG", "اتصال", "rtl")])
def test_the_call_page_follows_the_browser_language_under_the_servers_csp(
        chromium, studio, locale, call, direction):  # noqa: F811
    context = chromium.new_context(locale=locale)
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    try:
        response = page.goto(studio.calls.create_link())
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_function("() => !document.getElementById('call').disabled", timeout=15000)
        assert page.locator("#call").inner_text() == call
        assert page.evaluate("document.documentElement.dir") == direction
        assert not violations, violations
    finally:
        context.close()


def _audio_energy(page, pc_path: str) -> float:
    return page.evaluate("""async (path) => {
        const pc = path.split('.').reduce((o, k) => o && o[k], window);
        let energy = 0;
        (await pc.getStats()).forEach(r => { if (r.type === 'inbound-rtp' && r.kind === 'audio')
            energy = r.totalAudioEnergy || 0; });
        return energy; }""", pc_path)


@pytest.mark.browser
def test_refused_links_and_calls_get_a_sentence_and_no_media(chromium, studio):  # noqa: F811
    calls = studio.calls
    desk = calls.desk

    def refused(link: str, reason: str, sentence: str) -> None:
        page = chromium.new_page()
        page.goto(link)
        page.wait_for_function("() => window.call.refused !== null", timeout=15000)
        assert page.evaluate("window.call.refused") == reason
        assert sentence in page.locator("#status").inner_text()
        assert page.locator("#call").is_hidden() and page.evaluate("window.call.pc") is None
        page.close()

    revoked = calls.create_link()
    calls.revoke_link(revoked)
    refused(revoked, "revoked", "withdrawn")
    expired = calls.create_link()
    desk.links.get(expired.rsplit("/", 1)[-1]).expires = time.time() - 1
    refused(expired, "expired", "expired")
    refused(studio.server.base_url + "/call/not-a-token", "unknown", "not valid")
    assert {link.state for link in desk.links.all()} >= {"revoked", "expired"}

    # A declined call: a sentence, no picture, and a message for the seller.
    once = calls.create_link(name="Wholesale Co")
    page = chromium.new_page()
    assert _ring(page, once, "Budi") == 201
    call_id = _wait(lambda: [c.id for c in studio.state.calls if c.state == "ringing"], 10)[0]
    calls.decline(call_id)
    assert _wait(lambda: page.evaluate("window.call.state") == "declined", 5)
    assert "cannot take your call" in page.locator("#status").inner_text()
    page.locator("#leave-message").wait_for(state="visible", timeout=5000)
    assert page.evaluate("window.call.pc") is None
    assert page.evaluate("window.call.sendMessage('Please call me back about 200 pcs')") == 200
    assert _wait(lambda: [c for c in studio.state.calls if c.messages], 5)[0].messages == (
        "Please call me back about 200 pcs",)
    # The single-use link is spent now.
    refused(once, "used", "already been used")

    # A missed call: nobody answers in time.
    desk.ring_timeout_s = 1.0
    page = chromium.new_page()
    assert _ring(page, calls.create_link()) == 201
    assert _wait(lambda: page.evaluate("window.call.state") == "missed", 10)
    assert "did not answer" in page.locator("#status").inner_text()
    assert (inbound_stats(page, "call.pc") or {}).get("framesDecoded", 0) == 0
    page.close()


@pytest.mark.browser
@pytest.mark.slow
def test_a_call_is_recorded_only_with_consent_both_sides_in_one_file_with_its_note(
        chromium, studio, tmp_path):  # noqa: F811
    import av

    page = chromium.new_page()
    assert _ring(page, studio.calls.create_link(name="Lan", order="A-1042"), "Lan") == 201
    call_id = _wait(lambda: [c.id for c in studio.state.calls if c.state == "ringing"], 10)[0]
    studio.calls.accept(call_id)
    assert _wait(lambda: page.evaluate("window.call.state") == "live", 5)
    # The host asks; nothing is written until the buyer agrees.
    studio.calls.ask_to_record()
    page.locator("#consent").wait_for(state="visible", timeout=5000)
    time.sleep(0.5)
    assert studio.state.call_recording is None and not list(tmp_path.glob("call-*.mkv"))
    page.click("#agree")
    path = _wait(lambda: studio.state.call_recording, 5)
    assert path is not None
    page.locator("#rec").wait_for(state="visible", timeout=5000)  # the buyer sees REC
    note = json.loads(path.with_suffix(".json").read_text())  # there from the start (crash-safe)
    assert note["buyer"] == "Lan" and note["order"] == "A-1042" and note["time"]
    time.sleep(3)
    page.click("#withdraw")  # the buyer withdraws consent: the recording stops
    assert _wait(lambda: studio.state.call_recording is None, 10)
    assert _wait(lambda: page.locator("#rec").is_hidden(), 5)
    note = json.loads(path.with_suffix(".json").read_text())
    assert note["duration_s"] > 2 and note["ended"]
    with av.open(str(path)) as container:
        tags = container.metadata
        assert json.loads(tags.get("comment") or tags.get("COMMENT"))["buyer"] == "Lan"
        video = container.streams.video[0]
        assert (video.codec_context.width, video.codec_context.height) == (1920, 540)
        frames = [f.to_ndarray(format="bgr24") for f in container.decode(video=0)]
    assert len(frames) > 60
    last = frames[-1]
    # Side by side: the host's call picture (the demo scene) left, the buyer's fake camera right.
    assert _green(last[:, 960:]) > 0.3 and _green(last[:, :960]) < 0.05
    with av.open(str(path)) as container:
        samples = np.concatenate([f.to_ndarray().ravel() for f in container.decode(audio=0)])
    assert len(samples) > 48_000 * 2 and np.abs(samples).max() > 0.05  # both voices (demo tone, beep)
    page.close()


def _magenta_clip(path) -> str:
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=30)
        stream.width, stream.height, stream.pix_fmt = 640, 360, "yuv420p"
        img = np.zeros((360, 640, 3), np.uint8)
        img[:] = (255, 0, 255)
        for i in range(30):
            frame = av.VideoFrame.from_ndarray(img, format="bgr24")
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return f"file:{path}"


def _magenta(image) -> float:
    px = image.astype(np.int16)
    return float(np.mean((px[..., 0] > 200) & (px[..., 2] > 200) & (px[..., 1] < 80)))


@pytest.mark.slow
def test_in_call_controls_stay_on_the_call_picture(studio, tmp_path):
    from decimal import Decimal

    from studio.commerce.product import Product
    from studio.transport.network import NetworkThread
    from tests.call_buyer import AiortcBuyer

    loop = NetworkThread()
    buyer = AiortcBuyer(studio.calls.create_link(ttl_s=600, uses=3), "Mai")
    try:
        assert loop.call(buyer.ring()) == 201
        call_id = _wait(lambda: [c.id for c in studio.state.calls if c.state == "ringing"], 10)[0]
        studio.calls.accept(call_id)
        assert _wait(lambda: buyer.frames > 5, 10)
        media = studio.calls.media
        # A product card on the call's picture only, never the show's.
        card = Product("scarf", "Silk scarf", Decimal("19.90"), "USD")
        studio.calls.pin_product(card)
        assert _wait(lambda: "product" in media.overlays.layer_rects(), 5)
        assert "product" not in studio.overlays.layer_rects()
        # Close-ups from a second source; back to the main camera.
        studio.calls.set_picture("second", _magenta_clip(tmp_path / "closeup.mp4"))
        assert _wait(lambda: _magenta(media.renderer.preview.peek().image) > 0.5, 5)
        assert _wait(lambda: buyer.last_image is not None and _magenta(buyer.last_image) > 0.5, 10)
        assert _magenta(studio.program.preview.peek().image) < 0.01  # the show kept its camera
        studio.calls.set_picture("main")
        assert _wait(lambda: _magenta(media.renderer.preview.peek().image) < 0.01, 5)
        # The host's camera off: the buyer gets a black picture (the card stays); the microphone
        # closed: silence.
        studio.calls.set_camera_off(True)
        assert _wait(lambda: np.mean(media.renderer.preview.peek().image.max(axis=2) == 0) > 0.7, 5)
        studio.calls.set_mic_open(False)
        assert not media.mic_open and studio.state.call_mic_open is False
        # The buyer mutes and turns their camera off: the host sees it.
        assert loop.call(buyer.post("media", {"muted": True, "camera_off": True})) == 200
        info = _wait(lambda: [c for c in studio.state.calls if c.buyer_muted and c.buyer_camera_off], 5)
        assert info and studio.calls.call(call_id).voice.muted
        studio.calls.end_call()
        assert _wait(lambda: studio.state.active_call is None, 10)
    finally:
        loop.call(buyer.hang_up())
        loop.close()


def test_call_link_cli_asks_the_running_studio_with_its_control_token(studio):
    import subprocess

    from tests.conftest import studio_cmd

    studio.start_server()  # the window starts it with the Calls dock
    done = subprocess.run(studio_cmd("call-link", "--uses", "3", "--ttl", "15", "--name", "Lan",
                                     "--order", "A-7"), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    link = done.stdout.strip()
    assert link.startswith(studio.server.base_url + "/call/")
    token = link.rsplit("/", 1)[-1]
    status, body = _get(f"{link}/link")
    assert status == 200 and body["ok"] and body["name"] == "Lan"
    info = next(i for i in studio.calls.desk.links.all() if i.token == token)
    assert (info.uses_left, info.order) == (3, "A-7") and 14 * 60 < info.expires - time.time() <= 15 * 60
    assert any(i.token == token for i in studio.state.call_links)  # the dock sees it
    # Without the control token (or with a wrong one) the endpoint refuses.
    assert _get(f"{studio.server.base_url}/calls/links", None, {"uses": 1})[0] == 401
    assert _get(f"{studio.server.base_url}/calls/links", "guess", {"uses": 1})[0] == 401
    bad = subprocess.run(studio_cmd("call-link", "--uses", "0"), capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "between 1 and 1000" in bad.stderr


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM"])
def test_call_link_cli_asks_serve_too(tmp_path, stop):
    import os
    import signal
    import socket
    import subprocess

    from tests.conftest import studio_cmd

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "SELLER_STUDIO_CONTROL": str(tmp_path / "control.json")}
    # Ctrl+C as from a terminal: a suite started in the background inherits SIGINT ignored
    server = subprocess.Popen(studio_cmd("serve", "--port", str(port)), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert "Serving on" in server.stdout.readline()
        done = subprocess.run(studio_cmd("call-link", "--name", "Budi"), capture_output=True, text=True,
                              timeout=60, env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip().startswith(f"http://127.0.0.1:{port}/call/")
        status, body = _get(done.stdout.strip() + "/link")
        assert status == 200 and body["name"] == "Budi"
    finally:
        server.send_signal(getattr(signal, stop))  # Ctrl+C, or a service manager's stop
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # show where it hangs
            server.send_signal(signal.SIGUSR1)
            time.sleep(1)
            server.kill()
            pytest.fail("serve did not stop on Ctrl+C within 10 s:\n" + server.communicate()[1][-20000:])
    assert not (tmp_path / "control.json").exists()  # withdrawn when serve stops


def test_call_link_cli_without_a_running_studio_says_so(tmp_path):
    import os
    import subprocess

    from tests.conftest import studio_cmd

    env = {**os.environ, "SELLER_STUDIO_CONTROL": str(tmp_path / "none.json")}
    done = subprocess.run(studio_cmd("call-link"), capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2 and "No running studio or serve" in done.stderr
    assert "Traceback" not in done.stderr


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
