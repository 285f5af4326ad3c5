"""Our WHIP client against an independent WHIP server: Janus 1.1.2's VideoRoom behind a small
WHIP adapter (tests/janus_whip.py). Janus terminates ICE/DTLS/SRTP and forwards our RTP to an
aiortc subscriber, which decodes it: the stream really went through somebody else's stack."""

from __future__ import annotations

import asyncio
import re
import statistics
import sys

import pytest

from studio.encode.live import LiveEncoder
from studio.media.demo import DemoToneSource
from studio.transport import red
from studio.transport.whip import WhipError, WhipPublisher
from tests.conftest import ROOT, studio_cmd
from tests.janus_whip import (
    JANUS,
    Mountpoint,
    WhipAdapter,
    create_mountpoint,
    create_room,
    free_udp_port,
    janus_whip,
    list_publishers,
    rtp_forward,
    start_janus,
    watch_mountpoint,
    watch_room,
)
from tests.webrtc_peers import feed_demo

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(JANUS is None, reason="janus is not installed "
                                 "(bash scripts/setup.sh --dev installs it via scripts/install-janus.sh)")]

TOKEN = "interop-token"


@pytest.fixture
async def janus(tmp_path):
    """A fresh Janus (starts in ~0.1 s) and the WHIP adapter in front of it."""
    async with janus_whip(tmp_path / "janus", token=TOKEN) as (proc, adapter):
        yield proc, adapter




async def _until_no_publishers(api: str, room: int) -> list[dict]:
    for _ in range(50):
        if not (left := await list_publishers(api, room)):
            break
        await asyncio.sleep(0.1)
    return left


async def _publish_and_watch(api: str, url: str, room: int, seconds: float = 12) -> tuple:
    encoder = LiveEncoder()
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    feeding = asyncio.ensure_future(feed_demo(encoder, seconds))
    publisher = WhipPublisher(url, encoder, token=TOKEN)
    try:
        result = await publisher.start()
        assert len(await list_publishers(api, room)) == 1
        # we offer Opus in RED first; a Janus room without opusred answers Opus: plain Opus is sent
        audio = next(t for t in publisher.pc.getTransceivers() if t.kind == "audio")
        assert "red/48000" not in publisher.session.answer_sdp and not red.sending_red(audio)
        watched = await watch_room(api, room, 4.0)
        print(f"\n{result.video_codec}: connected to Janus via WHIP in {result.connect_ms:.0f} ms; "
              f"through Janus: {watched.video_frames} video frames at {watched.width}x{watched.height}, "
              f"{watched.audio_frames} audio frames in 4 s")
        # DELETE ends the session: Janus no longer lists a publisher
        await publisher.close()
        left = await _until_no_publishers(api, room)
        return result, watched, left
    finally:
        await publisher.close()
        feeding.cancel()
        tone.stop()
        encoder.stop()


async def test_our_whip_client_publishes_h264_through_janus(janus):
    proc, adapter = janus
    result, watched, left = await _publish_and_watch(proc.api, f"{adapter.base_url}/whip/4242", 4242)
    assert result.video_codec == "H264"  # the shared encode, no per-peer re-encode
    assert (watched.width, watched.height) == (1280, 720)
    assert watched.video_frames >= 60  # ≥ 15 fps after the subscriber's first keyframe
    assert watched.audio_frames >= 100  # Opus, 20 ms frames: ≥ 2 s of sound
    assert not left, f"Janus still lists a publisher after DELETE: {left}"
    assert not adapter.resources


async def test_vp8_fallback_when_the_janus_room_refuses_h264(janus):
    """A VP8-only room: Janus rejects our H.264 video m-line, so the client offers VP8 again."""
    proc, adapter = janus
    await create_room(proc.api, 4343, videocodec="vp8", audiocodec="opus", bitrate=2_000_000)
    result, watched, left = await _publish_and_watch(proc.api, f"{adapter.base_url}/whip/4343", 4343)
    assert result.video_codec == "VP8"
    assert (watched.width, watched.height) == (1280, 720)
    assert watched.video_frames >= 30  # aiortc's VP8 encode on 2 shared cores is slower
    assert watched.audio_frames >= 100
    assert not left


async def test_cli_publishes_demo_to_janus(janus):
    proc, adapter = janus
    url = f"{adapter.base_url}/whip/4444"
    cli = await asyncio.create_subprocess_exec(
        *studio_cmd("publish", "--source", "demo", "--whip", url, "--token", TOKEN, "--duration", "8"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, cwd=ROOT)
    lines: list[str] = []
    try:
        assert cli.stdout is not None
        connected = None
        async with asyncio.timeout(60):
            while connected is None:
                line = (await cli.stdout.readline()).decode()
                assert line, "the CLI ended before connecting:\n" + "".join(lines)
                lines.append(line)
                connected = re.search(r"Connected after (\d+) ms", line)
        watched = await watch_room(proc.api, 4444, 4.0)
        async with asyncio.timeout(60):
            rest, _ = await cli.communicate()
        lines.append(rest.decode())
    finally:
        if cli.returncode is None:
            cli.kill()
            await cli.wait()
    output = "".join(lines)
    print(f"\nCLI: connected in {connected.group(1)} ms; through Janus: {watched.video_frames} video "
          f"frames at {watched.width}x{watched.height}, {watched.audio_frames} audio frames in 4 s")
    sys.stdout.write(output)
    assert cli.returncode == 0, output
    assert "Ended the live session." in output
    assert "Reconnecting" not in output  # Janus's RTCP keeps our link watchdog content
    assert (watched.width, watched.height) == (1280, 720)
    assert watched.video_frames >= 60 and watched.audio_frames >= 100
    assert not await _until_no_publishers(proc.api, 4444)  # the CLI's exit DELETEs the resource
    assert not adapter.resources


async def test_refusals_from_the_independent_server_are_sentences(janus):
    proc, adapter = janus
    encoder = LiveEncoder()
    encoder.start()
    try:
        # The adapter's own refusals: wrong token, a room that cannot exist.
        wrong = WhipPublisher(f"{adapter.base_url}/whip/4545", encoder, token="wrong")
        with pytest.raises(WhipError) as info:
            await wrong.start()
        assert info.value.status == 401
        assert str(info.value).startswith("The WHIP server refused the stream: 401 Invalid token")
        assert "token was refused" in str(info.value) and str(info.value).endswith(".")
        nowhere = WhipPublisher(f"{adapter.base_url}/whip/not-a-room", encoder, token=TOKEN)
        with pytest.raises(WhipError) as info:
            await nowhere.start()
        assert info.value.status == 404 and "404 Not Found" in str(info.value)
        assert "no such WHIP endpoint" in str(info.value)
        # Janus's own refusal (a PIN-protected room) reaches the host in Janus's words.
        await create_room(proc.api, 4646, pin="secret")
        locked = WhipPublisher(f"{adapter.base_url}/whip/4646", encoder, token=TOKEN)
        with pytest.raises(WhipError) as info:
            await locked.start()
        print(f"\n{info.value}")
        assert info.value.status == 400 and "400 Bad Request" in str(info.value)
        assert "Missing mandatory element (pin)" in str(info.value)
        assert not adapter.resources and not await list_publishers(proc.api, 4646)
    finally:
        encoder.stop()


async def _feed_timecoded(encoder: LiveEncoder, seconds: float) -> None:
    """The demo scene at 30 fps with its capture-time code stamped in (studio/media/timecode)."""
    from studio.media import timecode
    from studio.media.demo import DemoVideoSource
    from studio.media.frames import Frame, now_ns

    scene = DemoVideoSource()
    t0 = now_ns()
    for i in range(int(seconds * 30)):
        due = t0 + i * 33_333_333
        await asyncio.sleep(max(0, (due - now_ns()) / 1e9))
        image = scene.render(i, due / 1e9)
        timecode.stamp(image)
        encoder.push_video(Frame(image, due, i))


async def test_two_node_cascade_a_viewer_on_node_b_receives_the_show(tmp_path):
    """Scale-out with a real engine: the studio publishes over WHIP to Janus node A (VideoRoom),
    A forwards the show over RTP (`rtp_forward`) into a Streaming mountpoint on Janus node B,
    and an aiortc viewer on B decodes it. A viewer on A watches at the same time; both read
    the capture-time code in the picture, so the difference is what the hop adds."""
    node_a = start_janus(tmp_path / "a", ("videoroom",), rtp_ports="20000-24999")
    node_b = start_janus(tmp_path / "b", ("streaming",), rtp_ports="25000-29999")
    adapter = WhipAdapter(node_a.api, token=TOKEN)
    encoder = LiveEncoder()
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    feeding = asyncio.ensure_future(_feed_timecoded(encoder, 30))
    publisher = None
    try:
        await adapter.start()
        publisher = WhipPublisher(f"{adapter.base_url}/whip/5151", encoder, token=TOKEN)
        await publisher.start()
        mount = Mountpoint(1, free_udp_port(), free_udp_port())
        await create_mountpoint(node_b.api, mount)
        [published] = await list_publishers(node_a.api, 5151)
        forwarded = await rtp_forward(node_a.api, 5151, published["id"], mount)
        assert forwarded["rtp_stream"]["video"] == mount.video_port, forwarded
        direct_ms: list[int] = []
        hop_ms: list[int] = []
        on_a, on_b = await asyncio.gather(watch_room(node_a.api, 5151, 8.0, direct_ms),
                                          watch_mountpoint(node_b.api, mount.id, 8.0, hop_ms))
    finally:
        if publisher is not None:
            await publisher.close()
        feeding.cancel()
        tone.stop()
        encoder.stop()
        await adapter.stop()
        node_a.stop()
        node_b.stop()
    direct, hop = statistics.median(direct_ms), statistics.median(hop_ms)
    print(f"\ncascade: node A viewer {on_a.video_frames} frames, median {direct:.0f} ms capture→decoded; "
          f"node B viewer {on_b.video_frames} frames at {on_b.width}x{on_b.height}, {on_b.audio_frames} "
          f"audio frames, median {hop:.0f} ms; the hop adds {hop - direct:+.0f} ms (median)")
    assert (on_b.width, on_b.height) == (1280, 720)
    assert on_b.video_frames >= 100 and on_b.audio_frames >= 150  # 8 s: most of the show crossed
    assert on_a.video_frames >= 100
    assert 0 <= hop < 1000  # the codes were read (a garbled code would be far off)


async def test_ice_restart_falls_back_to_a_new_post_when_janus_refuses_patch(janus):
    """The adapter in front of Janus has no PATCH (405, as many WHIP servers): mending the
    link publishes again with a new POST, quickly, and the stream goes on through Janus."""
    import time

    from studio.transport.reconnect import ResilientPublisher

    proc, adapter = janus
    encoder = LiveEncoder()
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    feeding = asyncio.ensure_future(feed_demo(encoder, 14))
    publisher = ResilientPublisher(f"{adapter.base_url}/whip/4747", encoder, TOKEN)
    try:
        await publisher.start()
        t0 = time.perf_counter()
        assert await publisher.mend("the network changed (test)")
        mend_ms = (time.perf_counter() - t0) * 1000
        assert publisher.ice_restarts == 0 and publisher.reconnects == 1
        assert len(await list_publishers(proc.api, 4747)) == 1 and len(adapter.resources) == 1
        watched = await watch_room(proc.api, 4747, 3.0)
        print(f"\nPATCH refused (405) → new POST: on air again after {mend_ms:.0f} ms; through Janus "
              f"{watched.video_frames} video frames, {watched.audio_frames} audio frames in 3 s")
        assert watched.video_frames >= 45 and watched.audio_frames >= 75
    finally:
        await publisher.close()
        feeding.cancel()
        tone.stop()
        encoder.stop()
