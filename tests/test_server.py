"""The embedded server with real aiortc peers on 127.0.0.1."""

import asyncio
import json

import aiohttp
import pytest

from studio.encode.live import LiveEncoder
from studio.media.demo import DemoToneSource
from studio.server.app import ServerConfigError, ServerSettings, StudioServer
from tests.webrtc_peers import feed_demo, whep_view


@pytest.fixture
async def server():
    srv = StudioServer(ServerSettings(port=0, token="s3cret"))
    await srv.start()
    yield srv
    await srv.stop()


async def test_viewer_gets_the_shows_packets(server):
    encoder = LiveEncoder()
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    room = server.room("shop1")
    room.attach_encoder(encoder)
    feeding = asyncio.ensure_future(feed_demo(encoder, 6))
    try:
        result = await whep_view(f"{server.base_url}/whep/shop1", 4)
    finally:
        feeding.cancel()
        tone.stop()
        encoder.stop()
    assert (result.width, result.height) == (1280, 720)
    assert result.video_frames > 60, result
    assert result.audio_frames > 50, result
    assert encoder.subscribers == 0  # the viewer's feeds were released


async def test_two_viewers_one_encode(server):
    encoder = LiveEncoder()
    encoder.start()
    server.room("shop2").attach_encoder(encoder)
    feeding = asyncio.ensure_future(feed_demo(encoder, 5))
    try:
        a, b = await asyncio.gather(whep_view(f"{server.base_url}/whep/shop2", 3),
                                    whep_view(f"{server.base_url}/whep/shop2", 3))
        frames = encoder.frames_encoded
    finally:
        feeding.cancel()
        encoder.stop()
    assert a.video_frames > 40 and b.video_frames > 40
    assert frames <= 5 * 30 + 2  # one encode per program frame, whatever the viewer count


async def test_offline_room_is_404_and_bad_sdp_is_400(server):
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{server.base_url}/whep/empty", data="v=0\r\nm=video 9 UDP 0\r\n",
                             headers={"Content-Type": "application/sdp"}) as resp:
            assert resp.status == 404 and "not live" in await resp.text()
        headers = {"Content-Type": "application/sdp", "Authorization": "Bearer s3cret"}
        async with http.post(f"{server.base_url}/whip/x", data="hello", headers=headers) as resp:
            assert resp.status == 400 and "not an SDP offer" in await resp.text()
        async with http.post(f"{server.base_url}/whip/x", data="v=0\r\nm=garbage\r\n",
                             headers=headers) as resp:
            assert resp.status == 400
        async with http.post(f"{server.base_url}/whip/x", data="v=0",
                             headers={"Content-Type": "text/plain", "Authorization": "Bearer s3cret"}
                             ) as resp:
            assert resp.status == 415
        async with http.get(f"{server.base_url}/healthz") as resp:  # still serving
            assert resp.status == 200 and (await resp.json())["ok"]


async def test_wrong_token_is_401(server):
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{server.base_url}/whip/x", data="v=0\r\n",
                             headers={"Content-Type": "application/sdp",
                                      "Authorization": "Bearer nope"}) as resp:
            assert resp.status == 401


async def test_comments_broadcast_to_every_socket(server):
    room = server.room("chat")
    got = []
    room.comment_posted.connect(got.append)
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(f"{server.base_url}/ws/chat") as a, \
                http.ws_connect(f"{server.base_url}/ws/chat") as b:
            assert json.loads((await a.receive()).data)["type"] == "status"
            assert json.loads((await b.receive()).data)["type"] == "status"
            await a.send_json({"type": "comment", "name": "Mai", "text": "Còn size M không?"})
            msg = json.loads((await b.receive(timeout=5)).data)
            assert msg["type"] == "comment" and msg["name"] == "Mai" and msg["text"] == "Còn size M không?"
            await a.send_json({"type": "comment", "name": "Mai", "text": "   "})
            err = json.loads((await a.receive(timeout=5)).data)
            assert err["type"] == "comment" or err["type"] == "error"
    assert got and got[0].text == "Còn size M không?"


def test_beyond_loopback_needs_a_token():
    with pytest.raises(ServerConfigError, match="set a token"):
        StudioServer(ServerSettings(host="0.0.0.0"))


async def test_bad_cohost_tokens_are_refused_over_http():
    server = StudioServer(ServerSettings(port=0))
    await server.start()
    try:
        green = server.room("live").green_room
        revoked = green.invites.create()
        green.invites.revoke(revoked.token)
        used = green.invites.create()
        used.uses_left = 0
        offer = "v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n"
        async with aiohttp.ClientSession() as http:
            for token, status, words in (("garbage", 404, "not valid"), (revoked.token, 403, "withdrawn"),
                                         (used.token, 403, "already been used")):
                async with http.post(f"{server.base_url}/cohost/live/join?invite={token}&name=x",
                                     data=offer, headers={"Content-Type": "application/sdp"}) as resp:
                    assert resp.status == status and words in await resp.text()
                async with http.get(f"{server.base_url}/cohost/live/invite?invite={token}") as resp:
                    assert words in (await resp.json())["message"]
    finally:
        await server.stop()
