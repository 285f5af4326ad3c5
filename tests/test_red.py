"""RED (RFC 2198) for Opus (studio/transport/red.py) and the link-liveness rules
(studio/transport/liveness.py): packing, real libopus packets through RED at 40 % loss, the
SDP negotiation with real aiortc peers, and the whole path — our publisher in a network
namespace at 40 % random loss to `seller-studio serve`, a headless Chromium watching."""

from __future__ import annotations

import asyncio
import fractions
import time
from types import SimpleNamespace

import av
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.transport import opusfec, red
from studio.transport.red import RedEncoder, RedOpusDecoder, RedPolicy, pack, unpack
from tests.browser import chromium, inbound_audio  # noqa: F401
from tests.netem import ImpairedLink, Publisher, opus_frames, serve, unavailable
from tests.test_opusfec import _packets
from tests.waiting import wait_for

needs_libopus = pytest.mark.skipif(opusfec.libopus() is None, reason="libopus is not installed")


# -- packing ------------------------------------------------------------------------------------------
frames = st.lists(st.binary(min_size=0, max_size=red.MAX_BLOCK), min_size=0, max_size=4)


@given(st.integers(0, 127), st.integers(0, 0xFFFFFFFF), st.binary(max_size=1500), frames,
       st.lists(st.integers(1, 4000), min_size=4, max_size=4))
@settings(max_examples=300, deadline=None)
def test_red_payloads_unpack_to_what_was_packed(pt, ts, primary, redundant, gaps):
    offsets = np.cumsum(gaps[: len(redundant)])[::-1]  # oldest first, strictly earlier
    blocks = [((ts - int(o)) & 0xFFFFFFFF, data) for o, data in zip(offsets, redundant, strict=False)]
    out = unpack(pack(pt, ts, primary, blocks), ts)
    assert [(b.timestamp, b.data) for b in out] == [*blocks, (ts, primary)]
    assert {b.pt for b in out} == {pt}


@given(st.binary(max_size=64), st.integers(0, 0xFFFFFFFF))
@settings(max_examples=500, deadline=None)
def test_any_bytes_unpack_or_raise_value_error(payload, ts):
    try:
        blocks = unpack(payload, ts)
    except ValueError:
        return
    assert sum(len(b.data) for b in blocks) <= len(payload) and blocks[-1].timestamp == ts


def test_a_block_red_cannot_describe_is_refused():
    with pytest.raises(ValueError):
        pack(111, 100_000, b"x", [(100_000 - red.MAX_OFFSET - 1, b"y")])
    with pytest.raises(ValueError):
        pack(111, 100_000, b"x", [(99_040, b"y" * (red.MAX_BLOCK + 1))])


def test_redundancy_follows_the_receivers_reports():
    policy = RedPolicy()
    assert policy.distance == 0  # a clean link pays nothing
    policy.report(0.01, now=1.0)
    assert policy.distance == 0
    policy.report(0.05, now=2.0)
    assert policy.distance == 2
    policy.report(0.0, now=2.0 + red.HOLD_S - 1)
    assert policy.distance == 2  # held through a clean report or two
    policy.report(0.0, now=2.0 + red.HOLD_S + 1)
    assert policy.distance == 0


# -- real Opus through RED at 40 % loss ------------------------------------------------------------------
def _as_packets(payloads: list[bytes], start: int = 0) -> list[av.Packet]:
    out = []
    for n, data in enumerate(payloads, start):
        p = av.Packet(data)
        p.pts, p.time_base = n * 960, fractions.Fraction(1, 48_000)
        out.append(p)
    return out


def _decode(decoder, packets: list[tuple[int, bytes]]) -> dict[int, np.ndarray]:
    got = {}
    for n, data in packets:
        for f in decoder.decode(SimpleNamespace(data=data, timestamp=n * 960)):
            got[f.pts // 960] = f.to_ndarray()[0, ::2]
    return got


@needs_libopus
def test_red_recovers_lost_frames_exactly_at_40_percent_loss():
    opus = _packets(fec=True)  # 100 frames of a voice-like tone, as our publisher encodes
    encoder = RedEncoder(opus_pt=111)
    encoder.policy.report(0.4)
    wrapped = [encoder.pack(p)[0][0] for p in _as_packets(opus)]
    rng = np.random.default_rng(3)
    kept = [(n, w) for n, w in enumerate(wrapped) if n < 3 or rng.random() > 0.4]
    lost = len(wrapped) - len(kept)

    before = opusfec.STATS.snapshot()
    got = _decode(RedOpusDecoder(opusfec.FecOpusDecoder()), kept)
    after = opusfec.STATS.snapshot()
    d = {k: after[k] - before[k] for k in after}
    reference = _decode(opusfec.FecOpusDecoder(), list(enumerate(opus)))
    last = kept[-1][0]
    assert sorted(got) == list(range(last + 1))  # every 20 ms up to the last packet has audio
    assert d["decoded"] == len(kept)
    real = d["decoded"] + d["red"] + d["fec"]
    print(f"{lost} of {len(wrapped)} packets lost: {d['red']} frames from RED, {d['fec']} from FEC, "
          f"{d['concealed']} concealed; {real / (last + 1) * 100:.0f} % from real data")
    assert d["red"] > 0.8 * lost and real >= 0.95 * (last + 1)
    # a frame decoded from its RED copy is the frame itself: bit-identical audio, except after a
    # concealed or FEC-rebuilt frame (the decoder's state then differs a little)
    identical = [n for n in range(last + 1) if n not in dict(kept) and np.array_equal(got[n], reference[n])]
    print(f"{len(identical)} of {d['red']} frames from RED are bit-identical to the lossless decode")
    assert len(identical) >= 0.7 * d["red"]


def test_without_libopus_red_still_recovers_frames_with_aiortcs_decoder():
    encoder = RedEncoder(opus_pt=111)
    encoder.policy.report(0.4)
    wrapped = [encoder.pack(p)[0][0] for p in _as_packets(_packets(fec=True)[:60])]
    kept = [(n, w) for n, w in enumerate(wrapped) if n % 3 != 1 and n % 5 != 2]
    got = _decode(RedOpusDecoder(), kept)  # no FecOpusDecoder given: aiortc's OpusDecoder
    assert sorted(got) == list(range(kept[-1][0] + 1))  # every lost frame came back from RED


def test_a_clean_link_pays_one_byte_a_packet():
    encoder = RedEncoder(opus_pt=111)
    for p in _as_packets([bytes(120)] * 50):
        encoder.pack(p)
    assert encoder.counters.redundant_bytes == 50
    encoder.policy.report(0.3)  # loss reported: the two frames before ride along
    for p in _as_packets([bytes(120)] * 50, start=50):
        encoder.pack(p)
    assert encoder.counters.redundant_bytes == 50 + 50 * (1 + 2 * (4 + 120))


# -- negotiation with real aiortc peers --------------------------------------------------------------------
def _audio_lines(sdp: str) -> list[str]:
    start = sdp.index("m=audio")
    end = sdp.find("m=", start + 2)
    return [ln for ln in sdp[start:end if end > 0 else None].splitlines()
            if ln.startswith(("m=audio", "a=rtpmap", "a=fmtp"))]


def test_our_publisher_offers_red_first_and_the_server_answers_it():
    from aiortc import RTCPeerConnection
    from aiortc.mediastreams import AudioStreamTrack

    red.install()

    async def run() -> tuple[list[str], list[str], bool, list[str]]:
        pub, srv, other = RTCPeerConnection(), RTCPeerConnection(), RTCPeerConnection()
        t = pub.addTransceiver(AudioStreamTrack(), direction="sendonly")
        t.setCodecPreferences(red.red_preferences())
        await pub.setLocalDescription(await pub.createOffer())
        await srv.setRemoteDescription(pub.localDescription)
        await srv.setLocalDescription(await srv.createAnswer())
        await pub.setRemoteDescription(srv.localDescription)
        other.addTransceiver("audio")  # a peer that did not ask for red
        await other.setLocalDescription(await other.createOffer())
        result = (_audio_lines(pub.localDescription.sdp), _audio_lines(srv.localDescription.sdp),
                  red.sending_red(t), _audio_lines(other.localDescription.sdp))
        for pc in (pub, srv, other):
            await pc.close()
        return result

    offer, answer, sending, plain = asyncio.run(run())
    assert offer[0].split()[3:5] == ["63", "96"] and "a=rtpmap:63 red/48000/2" in offer
    assert "a=fmtp:63 96/96" in offer
    assert answer[0].split()[3] == "63" and "a=fmtp:63 96/96" in answer
    assert sending
    assert not any("red" in ln for ln in plain)


def test_our_whip_publisher_sends_red_to_the_embedded_server():
    """The real WHIP exchange (no media yet): the server's answer leads with red, our sender's
    codec is red and its RED encoder follows the server's receiver reports."""
    from studio.encode.live import LiveEncoder
    from studio.server.app import ServerSettings, StudioServer
    from studio.transport.whip import WhipPublisher

    async def run() -> tuple[list[str], bool, bool]:
        server = StudioServer(ServerSettings(port=0, token="t0ken"))
        await server.start()
        encoder = LiveEncoder()
        publisher = WhipPublisher(f"{server.base_url}/whip/show", encoder, "t0ken")
        try:
            await publisher.start()
            assert publisher.session is not None and publisher.pc is not None
            audio = next(t for t in publisher.pc.getTransceivers() if t.kind == "audio")
            following = audio.sender._handle_rtcp_packet.__qualname__.startswith("follow_reports")
            return _audio_lines(publisher.session.answer_sdp), red.sending_red(audio), following
        finally:
            await publisher.close()
            await server.stop()

    answer, sending, following = asyncio.run(run())
    assert answer[0].split()[3] == "63" and "a=rtpmap:63 red/48000/2" in answer, answer
    assert sending and following


CHROMIUM_OFFER_AUDIO = """m=audio 9 UDP/TLS/RTP/SAVPF {order} 0
c=IN IP4 0.0.0.0
a=rtcp:9 IN IP4 0.0.0.0
a=ice-ufrag:abcd
a=ice-pwd:abcdefghijklmnopqrstuvwx
a=fingerprint:sha-256 {fp}
a=setup:actpass
a=mid:0
a=sendonly
a=rtcp-mux
{codecs}a=rtpmap:0 PCMU/8000
"""
CODEC_LINES = {"111": "a=rtpmap:111 opus/48000/2\na=fmtp:111 minptime=10;useinbandfec=1\n",
               "63": "a=rtpmap:63 red/48000/2\na=fmtp:63 111/111\n"}


@pytest.mark.parametrize("order, red_answered", [("111 63", False), ("63 111", True)])
def test_a_browser_offer_gets_red_only_when_it_puts_red_first(order, red_answered):
    """Chromium lists red after Opus: it would only ever receive red from us, and no aiortc
    peer of ours sends it, so it is left out. An offer that leads with red is answered with
    red and the offerer's own fmtp (its Opus payload type, 111)."""
    from aiortc import RTCPeerConnection, RTCSessionDescription

    red.install()
    fp = ":".join(["AB"] * 32)
    media = CHROMIUM_OFFER_AUDIO.format(order=order, fp=fp,
                                        codecs="".join(CODEC_LINES[pt] for pt in order.split()))
    sdp = ("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n"
           + media.replace("\n", "\r\n"))

    async def run() -> list[str]:
        pc = RTCPeerConnection()
        await pc.setRemoteDescription(RTCSessionDescription(sdp, "offer"))
        await pc.setLocalDescription(await pc.createAnswer())
        lines = _audio_lines(pc.localDescription.sdp)
        await pc.close()
        return lines

    answer = asyncio.run(run())
    assert ("a=fmtp:63 111/111" in answer) is red_answered, answer
    assert ("a=rtpmap:63 red/48000/2" in answer) is red_answered
    assert answer[0].split()[3] == ("63" if red_answered else "111")


def _browser_offer(order: str) -> str:
    media = CHROMIUM_OFFER_AUDIO.format(order=order, fp=":".join(["AB"] * 32),
                                        codecs="".join(CODEC_LINES[pt] for pt in order.split()))
    return "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n" + media.replace("\n", "\r\n")


def test_the_ingest_moves_red_first_in_a_browser_offer():
    from studio.server.sdp import red_first

    moved = red_first(_browser_offer("111 63"))
    audio = _audio_lines(moved)
    assert audio[0].split()[3:] == ["63", "111", "0"]
    assert audio[1:3] == ["a=rtpmap:63 red/48000/2", "a=fmtp:63 111/111"]
    assert red_first(moved) == moved
    same = sorted(ln for ln in _browser_offer("111 63").splitlines() if not ln.startswith("m="))
    assert sorted(ln for ln in moved.splitlines() if not ln.startswith("m=")) == same  # only reordered
    plain = _browser_offer("111")
    assert red_first(plain) == plain
    not_opus = _browser_offer("111 63").replace("a=fmtp:63 111/111", "a=fmtp:63 0/0")
    assert red_first(not_opus) == not_opus  # red around PCMU: left alone


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_moving_red_first_never_fails_on_hostile_sdp(text):
    from studio.server.sdp import red_first

    lines = ["m=audio 9 UDP/TLS/RTP/SAVPF 111 63", *text.split("\n"), "a=rtpmap:63 red/48000/2",
             "a=fmtp:63 111/111", "a=rtpmap:111 opus/48000/2"]
    out = red_first("\r\n".join(lines))
    assert isinstance(out, str)


# -- the whole path at 40 % loss -------------------------------------------------------------------------
REASON = unavailable()
TOKEN = "red-token"


@pytest.mark.slow
@needs_libopus
@pytest.mark.skipif(REASON is not None, reason=f"impairment harness: {REASON}")
def test_audio_through_40_percent_uplink_loss_at_the_ingest_and_a_chromium_viewer(chromium):  # noqa: F811
    """Our publisher in a network namespace, 40 % random loss each way on its link, to
    `seller-studio serve`; a headless Chromium watches. Targets: ≥ 90 % of 20 ms frames from
    real data, RED or FEC at the ingest, ≥ 90 % of the samples Chromium plays not concealed,
    and the show is never declared dead (no reconnect, the viewer's connection stays)."""
    link = ImpairedLink.create()
    server, url = serve(link, TOKEN)
    pub = Publisher(link, f"{url}/whip/show", TOKEN, 60)
    page = None
    try:
        pub.wait_connected()
        clean0 = opus_frames(url)
        page = chromium.new_page()
        page.goto(f"{url}/watch/show")
        assert wait_for(lambda: (s := inbound_audio(page)) and s["samples"] > 48_000, 20), \
            "Chromium played no audio"
        clean1 = opus_frames(url)
        link.set_loss(0.4)
        time.sleep(3)  # the server's first lossy reports turn the publisher's redundancy on
        before, seen_before, t0 = opus_frames(url), inbound_audio(page), time.monotonic()
        time.sleep(15)
        after, seen_after, span = opus_frames(url), inbound_audio(page), time.monotonic() - t0
        link.set_loss(0)
        viewer_state = seen_after["state"]
    finally:
        if page is not None:
            page.close()
        pub.stop()
        server.terminate()
        server.wait(10)
        link.close()
    d = {k: after[k] - before[k] for k in after}
    ingest = (d["decoded"] + d["red"] + d["fec"]) / (span * 50)
    samples = seen_after["samples"] - seen_before["samples"]
    concealed = seen_after["concealed"] - seen_before["concealed"]
    viewer = 1 - concealed / max(1, samples)
    cost = d["red_bytes"] / max(1, d["red_primary_bytes"]) - 1
    clean = {k: clean1[k] - clean0[k] for k in clean1}
    clean_cost = clean["red_bytes"] / max(1, clean["red_primary_bytes"]) - 1
    down = [line for t, line in pub.lines if t >= t0 - 3 and "Reconnect" in line]
    print(f"\n40 % uplink loss, {span:.1f} s: ingest {ingest * 100:.1f} % of 20 ms frames from real data "
          f"({d['decoded'] / span / 50 * 100:.0f} %), RED ({d['red'] / span / 50 * 100:.0f} %) or FEC "
          f"({d['fec'] / span / 50 * 100:.0f} %), {d['concealed'] / span / 50 * 100:.0f} % concealed; "
          f"RED costs +{cost * 100:.0f} % audio bytes (+{clean_cost * 100:.1f} % on the clean link before: "
          f"{clean['red_bytes'] - clean['red_primary_bytes']} bytes for {clean['decoded']} frames); "
          f"Chromium viewer {viewer * 100:.1f} % not concealed "
          f"({concealed} of {samples} samples, {seen_after['events'] - seen_before['events']} events); "
          f"viewer {viewer_state}; publisher reconnects: {down}")
    assert not down, "the show was declared dead at 40 % loss"
    assert viewer_state == "connected"
    assert d["red"] > 0, "no frame came from RED: was it negotiated?"
    # a clean link pays RED's one-byte header a packet, nothing more (a redundant block: 4 + ~70)
    assert clean["red_primary_bytes"] > 0
    assert clean["red_bytes"] - clean["red_primary_bytes"] <= 1.2 * clean["decoded"]
    assert cost > 1.5  # under loss each packet carries the two frames before it
    assert ingest >= 0.90
    assert viewer >= 0.90


@pytest.mark.slow
@needs_libopus
def test_a_chromium_publisher_sends_red_to_the_ingest(chromium):  # noqa: F811
    """Chromium offers red after Opus; the WHIP ingest moves it first (`red_first`), answers
    with red leading, and Chromium sends its audio in RED, which the ingest decodes."""
    from studio.server.app import ServerSettings, StudioServer
    from studio.transport.network import NetworkThread

    net = NetworkThread()
    server = StudioServer(ServerSettings(port=0, token="t0ken"))
    net.call(server.start())
    page = chromium.new_page()
    try:
        page.goto(f"{server.base_url}/publish/shop")
        assert page.evaluate("window.whip.start('t0ken')") == 201
        assert wait_for(lambda: server.rooms["shop"].live, 15), "ingest produced no picture"
        before = opusfec.STATS.snapshot()
        time.sleep(3)
        after = opusfec.STATS.snapshot()
        page.evaluate("window.whip.stop('t0ken')")
    finally:
        page.close()
        net.call(server.stop())
        net.close()
    d = {k: after[k] - before[k] for k in after}
    print(f"\nChromium publisher, 3 s: {d['decoded']} Opus frames decoded, RED payloads "
          f"{d['red_bytes']} bytes "
          f"of which {d['red_primary_bytes']} current frames")
    assert d["decoded"] >= 100  # 20 ms frames: the audio flows
    assert d["red_primary_bytes"] > 0  # it came in RED
    assert d["red_bytes"] > 1.5 * d["red_primary_bytes"]  # with the frame before in each packet
