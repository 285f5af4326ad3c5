"""Co-hosts: invites, green room, slots, mix-minus — with real peers (a second studio and a
headless Chromium) against the real embedded server."""

import time

import numpy as np
import pytest

from studio.media.frames import AudioBlock, now_ns
from studio.processing.audio_mix import AudioMixer, RemoteInput
from studio.processing.compositor import layout_rects
from studio.server.cohost import InviteBook, InviteError
from studio.session import Session
from studio.settings import SessionSettings
from tests.browser import chromium  # noqa: F401 (fixture)
from tests.waiting import wait_for


async def _vanish(pc):
    """The peer's network goes away: its UDP sockets close with no DTLS close_notify or
    RTCP BYE sent, as when a laptop drops off Wi-Fi."""
    for transceiver in pc.getTransceivers():
        connection = transceiver.sender.transport.transport._connection  # aioice.Connection
        for protocol in connection._protocols:
            if protocol.transport is not None:
                protocol.transport.close()




# -- invites -------------------------------------------------------------------------------------------
def test_invite_tokens_are_unguessable_and_refusals_say_why(monkeypatch):
    book = InviteBook()
    invite = book.create(ttl_s=60, uses=1)
    assert len(invite.token) >= 22  # ≥ 128 bits of urlsafe base64
    assert book.check(invite.token) is invite
    with pytest.raises(InviteError, match="not valid"):
        book.check("garbage")
    invite.uses_left = 0
    with pytest.raises(InviteError, match="already been used"):
        book.check(invite.token)
    other = book.create(ttl_s=60)
    book.revoke(other.token)
    with pytest.raises(InviteError, match="withdrawn"):
        book.check(other.token)
    late = book.create(ttl_s=60)
    monkeypatch.setattr("studio.server.cohost.time.time", lambda: late.expires + 1)
    with pytest.raises(InviteError, match="expired"):
        book.check(late.token)


# -- pure parts: layouts and mix-minus ------------------------------------------------------------------
def test_layouts_cover_the_canvas():
    assert layout_rects("pk", 1, 1280, 720) == [(0, 0, 640, 720), (640, 0, 640, 720)]
    grid = layout_rects("grid", 4, 1280, 720)
    assert len(grid) == 5 and all(w > 0 and h > 0 for _, _, w, h in grid)
    pip = layout_rects("pip", 2, 1280, 720)
    assert pip[0] == (0, 0, 1280, 720) and pip[1][2] == 320
    assert layout_rects("pk", 0, 1280, 720) == [(0, 0, 1280, 720)]
    # Every tile on the canvas (four PiP tiles once ran off the top, or the bottom upright).
    for width, height in ((1280, 720), (720, 1280)):
        for layout in ("pk", "grid", "pip"):
            for n in range(1, 5):
                for x, y, w, h in layout_rects(layout, n, width, height):
                    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (layout, n, width)


def _covers(rects, width, height):
    area = np.zeros((height, width), np.int32)
    for x, y, w, h in rects:
        area[y:y + h, x:x + w] += 1
    return bool((area == 1).all())


def test_portrait_layouts_stack_grid_and_float():
    assert layout_rects("pk", 1, 720, 1280) == [(0, 0, 720, 640), (0, 640, 720, 640)]
    assert layout_rects("grid", 3, 720, 1280) == [(0, 0, 360, 640), (360, 0, 360, 640),
                                                   (0, 640, 360, 640), (360, 640, 360, 640)]
    for n in range(1, 5):
        assert _covers(layout_rects("grid", n, 720, 1280), 720, 1280), n
        assert _covers(layout_rects("pk", n, 720, 1280), 720, 1280), n
    assert layout_rects("grid", 2, 720, 1280)[0] == (0, 0, 720, 640)  # odd: host across the top
    pip = layout_rects("pip", 2, 720, 1280)
    assert pip[0] == (0, 0, 720, 1280)
    for x, y, w, h in pip[1:]:
        assert h > w and x + w < 720 and y >= 166  # upright tiles under the top bar


def test_portrait_pk_draws_the_guest_in_the_bottom_half():
    from studio.processing.compositor import LayoutCompositor, Tile

    guest = np.full((720, 1280, 3), (0, 200, 0), np.uint8)
    comp = LayoutCompositor(720, 1280)
    comp.set_layout("pk")
    comp.set_tiles([Tile("g", "Guest", lambda _w, _h: guest, lambda: -100.0, lambda: "live")])
    out = comp.process(np.full((1280, 720, 3), (200, 0, 0), np.uint8), 0)
    assert (out[100:500, 100:600] == (200, 0, 0)).all()  # host on top
    assert (out[700:1000, 100:600] == (0, 200, 0)).all()  # guest below


def test_a_cohost_picture_is_converted_at_its_tile_size_and_the_size_is_remembered():
    import av
    import cv2

    from studio.processing.compositor import fit_cover
    from studio.server.cohost import CoHost

    image = np.zeros((720, 1280, 3), np.uint8)
    image[:, :640] = (0, 0, 255)
    image[200:520, 500:780] = (255, 255, 255)
    cohost = CoHost("Guest", InviteBook().create())
    assert cohost.picture(640, 360) is None and cohost.wanted_size() == (640, 360)
    cohost.video.put(av.VideoFrame.from_ndarray(image, format="bgr24").reformat(format="yuv420p"))
    tile = cohost.picture(320, 180)
    assert tile.shape == (180, 320, 3) and cohost.picture(320, 180) is tile  # once per frame
    reference = fit_cover(cv2.cvtColor(cohost.video.peek().to_ndarray(format="yuv420p"),
                                       cv2.COLOR_YUV2BGR_I420), 320, 180)
    assert cv2.PSNR(tile, reference) > 30
    assert cohost.picture(275, 155).shape == (155, 275, 3)
    assert cohost.picture(640, 720).shape == (720, 640, 3)  # a PK half: cropped, not squeezed
    # The largest tile of the last 2 s (a dual canvas draws two): what the co-host is asked for.
    assert cohost.wanted_size() == (640, 720)


def test_a_studio_cohost_encodes_what_the_hosts_tile_asks_for_through_format_changes():
    from studio.encode.live import LiveEncoder, LiveEncoderSettings
    from studio.transport.cohost_client import CoHostClient

    encoder = LiveEncoder(LiveEncoderSettings(width=1280, height=720, bitrate=2_500_000))
    client = CoHostClient("http://127.0.0.1:9/cohost/show?invite=abc", encoder, "Guest")
    client.follow_tile({"width": 640, "height": 720})  # a PK half: the whole picture
    assert encoder.output_size == (1280, 720) and encoder.target_bitrate == 2_500_000
    client.follow_tile({"width": 426, "height": 360})  # a 2×2 grid tile: covered by 640×360
    assert encoder.output_size == (640, 360) and 800_000 < encoder.target_bitrate < 950_000
    encoder.set_format(960, 540, 30)  # the guest's own format changes: its tile still rules
    client.follow_tile({"width": 426, "height": 360})
    assert encoder.output_size == (640, 360)
    client.follow_tile({"width": "wide"})  # nonsense from a host: nothing changes
    assert encoder.output_size == (640, 360)
    client.follow_tile(None)  # no tile named: the whole program again
    assert encoder.output_size == (960, 540)


def test_mix_minus_leaves_out_the_listeners_own_voice():
    mixer = AudioMixer()
    program, minus = [], []
    mixer.add_output(program.append)
    guest = RemoteInput("g")
    mixer.add_input(guest)
    mixer.set_minus_output("g", minus.append)
    voice = (np.sin(np.arange(960 * 10) * 0.1) * 8000).astype(np.int16)
    guest.push(voice, now_ns())
    host = np.full(960, 1000, np.int16)
    for _ in range(6):
        mixer.push(AudioBlock(host, now_ns()))
    mixed = np.concatenate([b.samples for b in program[-3:]]).astype(np.int32)
    back = np.concatenate([b.samples for b in minus[-3:]]).astype(np.int32)
    assert np.abs(mixed - 1000).max() > 5000  # the guest's voice is in the program
    assert np.all(back == 1000)  # the guest hears the host only


def test_remote_output_is_what_the_host_hears_and_the_echo_reference():
    """The speakers' feed (and so the voice chain's far-end reference) is the co-hosts only."""
    mixer = AudioMixer()
    speakers = []
    mixer.set_remote_output(speakers.append)
    host = np.full(960, 1000, np.int16)
    mixer.push(AudioBlock(host, now_ns()))
    assert np.all(speakers[-1].samples == 0)  # nobody remote: silence keeps the timeline going
    guest = RemoteInput("g")
    mixer.add_input(guest)
    voice = (np.sin(np.arange(960 * 10) * 0.1) * 8000).astype(np.int16)
    guest.push(voice, now_ns())
    for _ in range(6):
        mixer.push(AudioBlock(host, now_ns()))
    heard = np.concatenate([b.samples for b in speakers[-3:]])
    assert np.abs(heard).max() > 5000
    assert np.all(np.isin(np.unique(heard), np.unique(voice)))  # the guest's samples, no host in them
    mixer.set_remote_output(None)
    mixer.push(AudioBlock(host, now_ns()))
    assert len(speakers) == 7


# -- with real peers ------------------------------------------------------------------------------------
@pytest.fixture
def host():
    session = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0))
    session.start()
    session.wait_first_frame()
    yield session
    session.close()


def _right_half_green(session) -> float:
    img = session.program.preview.peek().image
    right = img[:, 660:1260].astype(np.int16)
    return float(np.mean((right[..., 1] > 120) & (right[..., 2] < 100) & (right[..., 0] < 100)))


@pytest.mark.browser
def test_chromium_cohost_joins_the_show(chromium, host):  # noqa: F811
    program_blocks = []
    host.mixer.add_output(program_blocks.append)
    link = host.create_invite()
    page = chromium.new_page()
    page.goto(link)
    page.wait_for_function("() => !document.getElementById('join').disabled", timeout=15000)
    page.fill("#name", "Linh")
    assert page.evaluate("window.cohost.join()") == 201
    waiting = _wait(lambda: [c for c in host.state.cohosts if c.state == "waiting"], 10)
    assert waiting and waiting[0].name == "Linh"
    cid = waiting[0].id
    assert _wait(lambda: host.cohost(cid).frames_received > 10, 10)  # green-room preview
    # Unapproved: nothing of the co-host in the picture or the sound.
    time.sleep(0.5)
    assert host.layout.slot_rects() == [(0, 0, 1280, 720)]
    assert _right_half_green(host) < 0.05
    assert not host.mixer._inputs
    host.approve_cohost(cid)
    assert _wait(lambda: page.evaluate("window.cohost.state") == "live", 10)
    # Chromium's fake camera (green, with a pac-man) fills the PK slot on the right.
    assert _wait(lambda: _right_half_green(host) > 0.5, 10), _right_half_green(host)
    assert host.layout.slot_rects()[1] == (640, 0, 640, 720)
    # Its voice is in the host's mix (the host mic is silent here) …
    program_blocks.clear()
    time.sleep(2)
    level = max(np.abs(b.samples).max() for b in program_blocks[-50:])
    assert level > 1000, level
    # … and the co-host receives the program picture but not its own voice.
    stats = page.evaluate("""async () => { const out = {};
        (await window.cohost.pc.getStats()).forEach(r => { if (r.type === 'inbound-rtp') out[r.kind] = r; });
        return {frames: out.video.framesDecoded, packets: out.audio.packetsReceived,
                energy: out.audio.totalAudioEnergy}; }""")
    assert stats["frames"] > 10 and stats["packets"] > 20
    assert stats["energy"] < 1e-6, stats
    # In a PiP tile (320×180) the page sends at most a quarter of its 1280×720 camera (the
    # browser's own rate control may send less: it starts low and climbs).
    received = host.cohost(cid).video
    assert page.evaluate("window.cohost.scale") == 1
    host.set_layout("pip")
    assert _wait(lambda: page.evaluate("window.cohost.scale") == 4, 5)
    sent = """async () => { let w = 0; (await window.cohost.pc.getStats()).forEach(r => {
        if (r.type === 'outbound-rtp' && r.kind === 'video') w = r.frameWidth; }); return w; }"""
    assert _wait(lambda: 0 < page.evaluate(sent) <= 320, 10), page.evaluate(sent)
    assert _wait(lambda: received.peek().width <= 320, 10), received.peek().width
    host.set_layout("pk")
    assert _wait(lambda: page.evaluate("window.cohost.scale") == 1, 5)
    # Removing the co-host frees the slot and kills the invite.
    host.remove_cohost(cid)
    assert _wait(lambda: page.evaluate("window.cohost.state") == "removed", 10)
    assert _wait(lambda: host.layout.slot_rects() == [(0, 0, 1280, 720)], 5)
    assert page.evaluate("window.cohost.join()") in (403, 404)
    page.close()


class PatternSource:
    """A known picture for the co-host studio: magenta with a white square."""

    @staticmethod
    def make():
        from studio.media.base import VideoInfo, VideoSource

        class Pattern(VideoSource):
            def _open(self):
                return VideoInfo("Pattern", 1280, 720, 30)

            def _read(self):
                time.sleep(1 / 30)
                img = np.zeros((720, 1280, 3), np.uint8)
                img[:] = (255, 0, 255)
                img[300:420, 580:700] = 255
                return img

        return Pattern()


def test_second_studio_joins_as_cohost(host):
    guest = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    guest.start()
    guest.use_video_source(PatternSource.make(), "pattern")
    guest.wait_first_frame()
    try:
        t0 = time.perf_counter()
        client = guest.join_as_cohost(host.create_invite(), "Guest Shop")
        waiting = _wait(lambda: host.state.cohosts, 10)
        assert waiting and waiting[0].name == "Guest Shop"
        assert _wait(lambda: guest.state.guest_state == "waiting", 5)
        t_approve = time.perf_counter()
        host.approve_cohost(waiting[0].id)

        def magenta():
            img = host.program.preview.peek().image
            x, y, w, h = host.layout.slot_rects()[-1]
            tile = img[y:y + h, x:x + w].astype(np.int16)
            return float(np.mean((tile[..., 0] > 200) & (tile[..., 2] > 200) & (tile[..., 1] < 80)))

        assert _wait(lambda: magenta() > 0.4, 10), magenta()
        first_frame_ms = (time.perf_counter() - t_approve) * 1000
        assert _wait(lambda: client.frames_received > 20, 10)  # the guest sees the host's program
        assert guest.state.guest_state == "live"
        # The host's program holds the host scene on the left and the guest on the right.
        assert host.layout.slot_rects()[1] == (640, 0, 640, 720)
        print(f"approve → first co-host frame in composite ≈ {first_frame_ms:.0f} ms "
              f"(join took {(t_approve - t0) * 1000:.0f} ms)")
        # A PK half needs the whole 720p picture; a PiP tile (320×180) a quarter of it: the
        # guest studio is asked for no more, on an encode of its own.
        received = host.cohost(waiting[0].id).video
        assert client.tile_size == (1280, 720) and received.peek().width == 1280
        host.set_layout("pip")
        assert _wait(lambda: client.tile_size == (320, 180), 5), client.tile_size
        assert _wait(lambda: received.peek().width == 320, 5), received.peek().width
        assert client.encoder.target_bitrate < 600_000
        assert _wait(lambda: magenta() > 0.4, 5), magenta()  # still the guest, in the small tile
        own = guest.feeds.lease_video()  # the guest studio's own show's encode is untouched
        assert own.encoder is not client.encoder and own.encoder.output_size == (1280, 720)
        own.release()
        host.set_layout("pk")
        assert _wait(lambda: received.peek().width == 1280, 5), received.peek().width
        guest.leave_cohost()
        assert _wait(lambda: not [c for c in host.state.cohosts if c.state == "live"], 10)
    finally:
        guest.close()


def test_dropped_cohost_keeps_the_slot_and_rejoins_it(host):
    guest = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0))
    guest.start()
    guest.wait_first_frame()
    try:
        link = host.create_invite()
        client = guest.join_as_cohost(link, "Mai")
        cid = _wait(lambda: host.state.cohosts, 10)[0].id
        host.approve_cohost(cid)
        assert _wait(lambda: guest.state.guest_state == "live", 10)
        slot = host.cohost(cid).slot
        assert _wait(lambda: host.cohost(cid).frames_received > 5, 10)  # on stage, media flowing
        # The guest's connection dies without saying goodbye (no DELETE).
        t0 = time.monotonic()
        guest.network.call(_vanish(client.pc))
        # Noticed from the media stopping (3 s), not from ICE consent (~30 s), every time.
        assert _wait(lambda: host.cohost(cid).state == "reconnecting", 5), \
            f"not noticed in {time.monotonic() - t0:.1f} s"
        assert host.layout.slot_rects()[1] == (640, 0, 640, 720)  # the slot is held
        # The same (single-use) link brings them back into the same slot, no second approval.
        guest.cohosts.guest = None
        guest.join_as_cohost(link, "Mai")
        assert _wait(lambda: host.cohost(cid).state == "live", 10)
        assert host.cohost(cid).slot == slot
        # A stranger cannot use the spent link while Mai is on the show.
        stranger = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0))
        stranger.start()
        try:
            with pytest.raises(Exception, match="already been used"):
                stranger.join_as_cohost(link, "Stranger")
        finally:
            stranger.close()
    finally:
        guest.close()


def _wait(predicate, timeout=15.0, step=0.05):
    return wait_for(predicate, timeout, step)
