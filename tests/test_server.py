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


async def _drain(ws, seconds=0.3):
    """Every message that arrives within `seconds`."""
    out = []
    try:
        while True:
            msg = await ws.receive(timeout=seconds)
            if msg.type != aiohttp.WSMsgType.TEXT:
                return out
            out.append(json.loads(msg.data))
    except TimeoutError:
        return out


async def test_one_address_is_limited_across_all_its_sockets(server):
    """40 sockets from one address post 200 comments in about a second: only the address's burst
    (plus what refills meanwhile) is accepted, however the comments are spread over sockets."""
    room = server.room("flood")
    got = []
    room.comment_posted.connect(got.append)
    limits = server.settings.comment_limits
    async with aiohttp.ClientSession() as http:
        sockets = [await http.ws_connect(f"{server.base_url}/ws/flood") for _ in range(40)]
        for ws in sockets:
            await ws.receive(timeout=5)  # status
        t0 = asyncio.get_running_loop().time()
        for i in range(200):
            await sockets[i % 40].send_json({"type": "comment", "name": f"bot{i % 40}", "text": f"buy {i}"})
        await asyncio.sleep(0.5)
        elapsed = asyncio.get_running_loop().time() - t0
        refusals = 0
        for ws in sockets:
            messages = await _drain(ws, 0.05)
            refusals += sum(1 for m in messages if m["type"] == "error" and "Slow down" in m["text"])
        for ws in sockets:
            await ws.close()
    ceiling = limits.address_burst + limits.address_per_s * elapsed
    assert limits.address_burst <= len(got) <= ceiling + 1, (len(got), elapsed)
    assert refusals == 200 - len(got)
    assert server.limiter.accepted("127.0.0.1") == len(got)


async def test_moderated_comments_stay_with_their_writer(server):
    room = server.room("mod")
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(f"{server.base_url}/ws/mod") as spammer, \
                http.ws_connect(f"{server.base_url}/ws/mod") as other:
            await _drain(spammer)
            await _drain(other)
            await spammer.send_json({"type": "comment", "name": "Eve", "text": "deals at www.cheap.example"})
            own = await _drain(spammer)
            assert [m["text"] for m in own if m["type"] == "comment"] == ["deals at www.cheap.example"]
            assert await _drain(other) == []  # nobody else sees it
            assert [i.filtered for i in room.feed.items("filtered")] == ["link"]
            assert "viewer" not in own[0]  # the writer's address is not sent to pages


async def test_pinned_product_reaches_pages_now_and_later(server):
    room = server.room("shop")
    room.set_product({"type": "product", "id": "earbuds-pro", "title": "Earbuds", "price": "$49.99",
                      "stock": 1})
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(f"{server.base_url}/ws/shop") as ws:
            first = await _drain(ws)
            assert [m for m in first if m["type"] == "product"][0]["stock"] == 1
            room.set_product({**room.product, "stock": 0})
            assert [m["stock"] for m in await _drain(ws) if m["type"] == "product"] == [0]
            room.set_product(None)
            assert [m for m in await _drain(ws) if m["type"] == "product"] == [{"type": "product"}]


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


async def test_server_peers_ask_no_third_party_stun_server(server):
    """aiortc given no ICE servers asks stun.l.google.com for every peer connection: the studio's
    viewers, co-hosts and publishes must not tell a third party the show's addresses."""
    from aiortc import RTCPeerConnection, RTCSessionDescription

    from studio.transport.tracks import new_peer

    encoder = LiveEncoder()
    encoder.start()
    room = server.room("nostun")
    room.attach_encoder(encoder)
    client = new_peer()
    try:
        client.addTransceiver("video", direction="recvonly")
        await client.setLocalDescription(await client.createOffer())
        async with aiohttp.ClientSession() as http, http.post(
                f"{server.base_url}/whep/nostun", data=client.localDescription.sdp,
                headers={"Content-Type": "application/sdp"}) as resp:
            assert resp.status == 201, await resp.text()
            answer = await resp.text()
        await client.setRemoteDescription(RTCSessionDescription(answer, "answer"))
        assert "typ srflx" not in answer
        (viewer,) = room.viewers.values()
        for pc in (viewer.pc, client):
            ice = pc.getTransceivers()[0].sender.transport.transport
            assert ice.iceGatherer._connection.stun_server is None
        default = RTCPeerConnection()  # what aiortc does when not told: the reason for new_peer
        default.addTransceiver("video")
        await default.setLocalDescription(await default.createOffer())
        gatherer = default.getTransceivers()[0].sender.transport.transport.iceGatherer
        assert gatherer._connection.stun_server is not None
        await default.close()
    finally:
        await client.close()
        encoder.stop()
