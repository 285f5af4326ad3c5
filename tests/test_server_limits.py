"""Limits and headers of the embedded server, played from other loopback addresses (the
studio's own 127.0.0.1 is not limited per address)."""

from __future__ import annotations

import aiohttp
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection

from studio.encode.live import LiveEncoder
from studio.server.app import CONTENT_SECURITY_POLICY, ServerSettings, StudioServer
from studio.server.limits import PostLimiter, ServerLimits


async def _offer() -> str:
    pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    pc.addTransceiver("video", direction="recvonly")
    pc.addTransceiver("audio", direction="recvonly")
    await pc.setLocalDescription(await pc.createOffer())
    sdp = pc.localDescription.sdp
    await pc.close()
    return sdp


def _from(address: str) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)))


@pytest.fixture
async def live_server():
    servers, encoders = [], []

    async def make(**limits) -> StudioServer:
        srv = StudioServer(ServerSettings(port=0, limits=ServerLimits(**limits)))
        await srv.start()
        encoder = LiveEncoder()
        encoder.start()
        srv.room("show").attach_encoder(encoder)
        servers.append(srv)
        encoders.append(encoder)
        return srv

    yield make
    for srv in servers:
        await srv.stop()
    for encoder in encoders:
        encoder.stop()


async def test_viewers_per_address_and_in_total_are_capped_with_a_sentence(live_server):
    srv = await live_server(viewers_per_address=2, max_viewers=3)
    offer = await _offer()
    url = f"{srv.base_url}/whep/show"
    headers = {"Content-Type": "application/sdp"}
    async with _from("127.0.0.2") as a, _from("127.0.0.3") as b:
        statuses = [(await a.post(url, data=offer, headers=headers)).status for _ in range(3)]
        assert statuses == [201, 201, 429]
        refused = await a.post(url, data=offer, headers=headers)
        assert "close a tab" in await refused.text()
        assert (await b.post(url, data=offer, headers=headers)).status == 201  # another household
        full = await b.post(url, data=offer, headers=headers)  # 3 viewers: the show is full
        assert full.status == 503 and "full" in await full.text()
    # The studio's own machine is not limited per address (the total still holds).
    assert sum(len(r.viewers) for r in srv.rooms.values()) == 3


async def test_negotiations_per_address_per_minute(live_server):
    srv = await live_server(posts_per_minute=3)
    offer = await _offer()
    async with _from("127.0.0.4") as http:
        statuses = [(await http.post(f"{srv.base_url}/whep/nowhere", data=offer,
                                     headers={"Content-Type": "application/sdp"})).status for _ in range(4)]
    assert statuses == [404, 404, 404, 429]
    limiter = PostLimiter(2)
    assert limiter.allow("10.0.0.1", 0) and limiter.allow("10.0.0.1", 1) and not limiter.allow("10.0.0.1", 2)
    assert limiter.allow("10.0.0.1", 61)  # a minute later
    assert limiter.allow("2001:db8::1", 0) and limiter.allow("2001:db8::2", 0)
    assert not limiter.allow("2001:db8::3", 0)  # the same /64 is one address


async def test_sockets_per_address_and_message_size(live_server):
    srv = await live_server(sockets_per_address=2, ws_message_bytes=1024)
    url = f"{srv.base_url}/ws/show"
    async with _from("127.0.0.5") as http:
        first = await http.ws_connect(url)
        second = await http.ws_connect(url)
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(url)
        assert refused.value.status == 429
        await second.close()
        await first.receive(timeout=5)  # status
        await first.send_str('{"type": "comment", "name": "x", "text": "' + "a" * 4000 + '"}')
        closing = await first.receive(timeout=5)
        while closing.type == aiohttp.WSMsgType.TEXT:
            closing = await first.receive(timeout=5)
        assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR)
        assert first.close_code == aiohttp.WSCloseCode.MESSAGE_TOO_BIG
        async with http.get(f"{srv.base_url}/healthz") as ok:  # the server keeps serving
            assert ok.status == 200


async def test_every_response_carries_the_security_headers(live_server):
    srv = await live_server()
    async with aiohttp.ClientSession() as http:
        for path in ("/watch/show", "/cohost/show", "/healthz", "/static/watch.js", "/nope"):
            async with http.get(srv.base_url + path) as resp:
                assert resp.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, path
                assert resp.headers["X-Content-Type-Options"] == "nosniff"
                assert resp.headers["Referrer-Policy"] == "no-referrer"
                assert resp.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
