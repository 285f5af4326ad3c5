"""Our WHIP client against an independent WHIP server: Janus 1.1.2's VideoRoom behind a small
WHIP adapter (tests/janus_whip.py). Janus terminates ICE/DTLS/SRTP and forwards our RTP to an
aiortc subscriber, which decodes it: the stream really went through somebody else's stack."""

from __future__ import annotations

import asyncio

import pytest

from studio.encode.live import LiveEncoder
from studio.media.demo import DemoToneSource, DemoVideoSource
from studio.media.frames import Frame, now_ns
from studio.transport.whip import WhipError, WhipPublisher
from tests.janus_whip import JANUS, WhipAdapter, list_publishers, start_janus, watch_room

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(JANUS is None, reason="janus is not installed "
                                 "(bash scripts/setup.sh --dev installs it via scripts/install-janus.sh)")]

ROOM = 4242


@pytest.fixture(scope="module")
def janus(tmp_path_factory):
    proc = start_janus(tmp_path_factory.mktemp("janus"))
    yield proc
    proc.stop()


@pytest.fixture
async def adapter(janus):
    whip = WhipAdapter(janus.api, token="interop-token")
    await whip.start()
    yield whip
    await whip.stop()


async def _feed(encoder: LiveEncoder, seconds: float) -> None:
    scene = DemoVideoSource()
    t0 = now_ns()
    for i in range(int(seconds * 30)):
        due = t0 + i * 33_333_333
        await asyncio.sleep(max(0, (due - now_ns()) / 1e9))
        encoder.push_video(Frame(scene.render(i, due / 1e9), due, i))


async def test_our_whip_client_publishes_through_janus(janus, adapter):
    encoder = LiveEncoder()
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    feeding = asyncio.ensure_future(_feed(encoder, 12))
    publisher = WhipPublisher(f"{adapter.base_url}/whip/{ROOM}", encoder, token="interop-token")
    try:
        result = await publisher.start()
        assert result.video_codec == "H264"
        print(f"connected to Janus via WHIP in {result.connect_ms:.0f} ms")
        assert len(await list_publishers(janus.api, ROOM)) == 1
        watched = await watch_room(janus.api, ROOM, 4.0)
        print(f"through Janus: {watched.video_frames} video frames at {watched.width}x{watched.height}, "
              f"{watched.audio_frames} audio frames in 4 s")
        assert (watched.width, watched.height) == (1280, 720)
        assert watched.video_frames >= 60  # ≥ 15 fps after the subscriber's first keyframe
        assert watched.audio_frames >= 100  # Opus, 20 ms frames: ≥ 2 s of sound
        # DELETE ends the session: Janus no longer lists a publisher
        await publisher.close()
        for _ in range(50):
            if not await list_publishers(janus.api, ROOM):
                break
            await asyncio.sleep(0.1)
        assert not await list_publishers(janus.api, ROOM)
        assert not adapter.resources
    finally:
        await publisher.close()
        feeding.cancel()
        tone.stop()
        encoder.stop()


async def test_refusals_from_the_independent_server_are_sentences(adapter):
    encoder = LiveEncoder()
    encoder.start()
    try:
        wrong = WhipPublisher(f"{adapter.base_url}/whip/{ROOM}", encoder, token="wrong")
        with pytest.raises(WhipError) as info:
            await wrong.start()
        assert info.value.status == 401 and "401" in str(info.value) and "token" in str(info.value).lower()
        nowhere = WhipPublisher(f"{adapter.base_url}/whip/not-a-room", encoder, token="interop-token")
        with pytest.raises(WhipError) as info:
            await nowhere.start()
        assert info.value.status == 404 and "404" in str(info.value)
    finally:
        encoder.stop()
