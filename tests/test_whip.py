"""The WHIP client against the real embedded server and a few small real HTTP servers."""

import asyncio

import pytest
from aiohttp import web

from studio.encode.live import LiveEncoder
from studio.media.demo import DemoToneSource
from studio.server.app import ServerSettings, StudioServer
from studio.transport.whip import WhipClient, WhipError, WhipPublisher, parse_ice_links
from tests.webrtc_peers import feed_demo, whep_view


@pytest.fixture
async def server():
    srv = StudioServer(ServerSettings(port=0, token="tok"))
    await srv.start()
    yield srv
    await srv.stop()


async def _small_server(handler) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}"


async def test_publish_to_embedded_server_and_watch(server):
    encoder = LiveEncoder()
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    feeding = asyncio.ensure_future(feed_demo(encoder, 8))
    publisher = WhipPublisher(f"{server.base_url}/whip/show", encoder, token="tok")
    try:
        result = await publisher.start()
        assert result.resource_url.startswith(f"{server.base_url}/whip/show/")
        room = server.rooms["show"]
        for _ in range(100):
            if room.live:
                break
            await asyncio.sleep(0.05)
        assert room.live
        view = await whep_view(f"{server.base_url}/whep/show", 3)
        assert view.video_frames > 30 and (view.width, view.height) == (1280, 720)
        assert view.audio_frames > 30
    finally:
        await publisher.close()
        feeding.cancel()
        tone.stop()
        encoder.stop()
    for _ in range(50):
        if not server.rooms["show"].live:
            break
        await asyncio.sleep(0.05)
    assert not server.rooms["show"].live  # DELETE ended the ingest


async def test_wrong_token_is_a_sentence_with_status(server):
    encoder = LiveEncoder()
    encoder.start()
    publisher = WhipPublisher(f"{server.base_url}/whip/show", encoder, token="wrong")
    with pytest.raises(WhipError) as err:
        await publisher.start()
    encoder.stop()
    assert err.value.status == 401
    assert "401" in str(err.value) and "token was refused" in str(err.value)


async def test_server_down_is_a_sentence():
    client = WhipClient("http://127.0.0.1:9/whip/x")
    with pytest.raises(WhipError, match="Cannot reach the WHIP server at http://127.0.0.1:9"):
        await client.post_offer("v=0\r\n")


async def test_refusals_carry_status_and_reason():
    async def handler(request):
        code = int(request.path.rsplit("/", 1)[1])
        return web.Response(status=code, text=f"room busy ({code})")

    runner, base = await _small_server(handler)
    try:
        for code, words in ((404, "no such WHIP endpoint"), (409, "already publishing"),
                            (503, "busy or down"), (500, "internal error")):
            with pytest.raises(WhipError) as err:
                await WhipClient(f"{base}/whip/{code}").post_offer("v=0\r\n")
            text = str(err.value)
            assert str(code) in text and words in text and f"room busy ({code})" in text, text
    finally:
        await runner.cleanup()


async def test_timeout_is_a_sentence():
    async def handler(request):
        await asyncio.sleep(5)
        return web.Response(status=201)

    runner, base = await _small_server(handler)
    try:
        with pytest.raises(WhipError, match="did not answer within 1 s"):
            await WhipClient(f"{base}/whip/x", timeout=1).post_offer("v=0\r\n")
    finally:
        await runner.cleanup()


async def test_redirect_is_followed_and_location_resolved():
    async def handler(request):
        if request.path == "/old":
            raise web.HTTPTemporaryRedirect("/new/endpoint")
        assert request.headers["Content-Type"] == "application/sdp"
        assert request.headers["Authorization"] == "Bearer abc"
        assert await request.text() == "v=0\r\n"
        return web.Response(status=201, text="v=0\r\nanswer", headers={
            "Location": "resource/42",
            "Link": '<stun:stun.example.net:3478>; rel="ice-server", '
                    '<turn:turn.example.net:3478?transport=udp>; rel="ice-server"; '
                    'username="user"; credential="pass"; credential-type="password"',
        })

    runner, base = await _small_server(handler)
    try:
        session = await WhipClient(f"{base}/old", token="abc").post_offer("v=0\r\n")
    finally:
        await runner.cleanup()
    assert session.resource_url == f"{base}/new/resource/42"
    assert session.answer_sdp.endswith("answer")
    assert [s.urls for s in session.ice_servers] == [
        "stun:stun.example.net:3478", "turn:turn.example.net:3478?transport=udp"]
    assert session.ice_servers[1].username == "user" and session.ice_servers[1].credential == "pass"


def test_ice_link_parsing_ignores_other_rels():
    servers = parse_ice_links(['<https://example.com/x>; rel="alternate", <stun:a.b>; rel=ice-server'])
    assert [s.urls for s in servers] == ["stun:a.b"]


def test_bad_url_is_a_sentence():
    with pytest.raises(WhipError, match="must start with http"):
        WhipClient("rtmp://example.com/live")


async def test_falls_back_to_vp8_when_the_server_refuses_h264(server):
    import aiohttp

    offers = []

    async def vp8_only(request):
        if request.method != "POST":
            return web.Response(status=204)
        sdp = await request.text()
        offers.append(sdp)
        if "H264" in sdp:
            return web.Response(status=422, text="only VP8 here")
        async with aiohttp.ClientSession() as http, http.post(
            f"{server.base_url}/whip/vp8", data=sdp,
            headers={"Content-Type": "application/sdp", "Authorization": "Bearer tok"},
        ) as resp:
            return web.Response(status=resp.status, text=await resp.text(),
                                headers={"Location": server.base_url + resp.headers["Location"]})

    runner, base = await _small_server(vp8_only)
    encoder = LiveEncoder()
    encoder.start()
    feeding = asyncio.ensure_future(feed_demo(encoder, 12))
    publisher = WhipPublisher(f"{base}/whip", encoder)
    try:
        result = await publisher.start()
        assert result.video_codec == "VP8"
        assert len(offers) == 2 and "VP8" not in offers[0] and "H264" not in offers[1]
        room = server.rooms["vp8"]
        for _ in range(200):
            if room.live:
                break
            await asyncio.sleep(0.05)
        assert room.live  # the server decoded VP8 pictures from us
        view = await whep_view(f"{server.base_url}/whep/vp8", 3)
        assert view.video_frames > 20, view
    finally:
        await publisher.close()
        feeding.cancel()
        encoder.stop()
        await runner.cleanup()


async def test_ice_restart_keeps_the_session_and_the_pictures(server):
    """RFC 9725 §4.3.2 against the embedded server: PATCH with the session's ETag renews both
    sides' ICE (new ufrags, new sockets) on the same DTLS session; the viewer's pictures go on."""
    import aiohttp

    from studio.transport.icerestart import SDPFRAG, IceFrag, ice_transport_of, ice_ufrag

    encoder = LiveEncoder()
    encoder.start()
    feeding = asyncio.ensure_future(feed_demo(encoder, 12))
    publisher = WhipPublisher(f"{server.base_url}/whip/show", encoder, token="tok")
    try:
        await publisher.start()
        room = server.rooms["show"]
        for _ in range(100):
            if room.live:
                break
            await asyncio.sleep(0.05)
        viewing = asyncio.ensure_future(whep_view(f"{server.base_url}/whep/show", 5))
        await asyncio.sleep(1.5)
        assert publisher.session is not None and publisher.session.etag
        old_etag, old_ufrag = publisher.session.etag, ice_ufrag(publisher.pc)
        old_server_ufrag = ice_ufrag(room.publisher.pc)
        dtls = ice_transport_of(publisher.pc)
        await publisher.restart_ice(5)
        assert ice_ufrag(publisher.pc) != old_ufrag and ice_ufrag(room.publisher.pc) != old_server_ufrag
        assert publisher.session.etag != old_etag and ice_transport_of(publisher.pc) is dtls
        assert publisher.pc.connectionState == "connected"
        view = await viewing
        gaps = [b - a for a, b in zip(view.arrivals, view.arrivals[1:], strict=False)]
        assert view.video_frames > 90 and max(gaps) < 0.5, max(gaps)

        # the old ETag is stale now: 412; the wrong body type: 415
        frag = IceFrag("abcd", "a" * 22).to_sdpfrag()
        headers = {"Authorization": "Bearer tok", "Content-Type": SDPFRAG, "If-Match": old_etag}
        async with aiohttp.ClientSession() as http:
            async with http.patch(publisher.session.resource_url, data=frag, headers=headers) as resp:
                assert resp.status == 412
            headers.update({"If-Match": publisher.session.etag, "Content-Type": "application/sdp"})
            async with http.patch(publisher.session.resource_url, data=frag, headers=headers) as resp:
                assert resp.status == 415
    finally:
        await publisher.close()
        feeding.cancel()
        encoder.stop()


async def test_a_server_without_ice_restart_answers_405_and_the_client_says_so():
    async def handler(request):
        return web.Response(status=405, text="no PATCH here")

    runner, base = await _small_server(handler)
    try:
        client = WhipClient(f"{base}/whip/x")
        from studio.transport.icerestart import IceFrag

        with pytest.raises(WhipError) as err:
            await client.patch_ice(f"{base}/whip/x/1", '"e"', IceFrag("abcd", "a" * 22))
        assert err.value.status == 405
    finally:
        await runner.cleanup()


async def test_mending_the_link_restarts_ice_on_the_embedded_server(server):
    """`ResilientPublisher.mend` (what the watchdog calls) uses PATCH where the server can:
    the same WHIP session, no new POST."""
    from studio.transport.reconnect import ResilientPublisher

    encoder = LiveEncoder()
    encoder.start()
    feeding = asyncio.ensure_future(feed_demo(encoder, 6))
    publisher = ResilientPublisher(f"{server.base_url}/whip/show", encoder, "tok")
    try:
        result = await publisher.start()
        peer = server.rooms["show"].publisher
        assert await publisher.mend("the network changed (test)")
        assert publisher.ice_restarts == 1 and publisher.reconnects == 0
        assert server.rooms["show"].publisher is peer
        assert publisher.publisher.session.resource_url == result.resource_url
    finally:
        await publisher.close()
        feeding.cancel()
        encoder.stop()


# -- media is always DTLS-SRTP ---------------------------------------------------------------------
SRTP_PROFILES = (b"SRTP_AEAD_AES_256_GCM", b"SRTP_AEAD_AES_128_GCM", b"SRTP_AES128_CM_SHA1_80")


def _assert_secure_sdp(sdp: str) -> None:
    """Every media section is DTLS-SRTP: UDP/TLS/RTP/SAVPF with a certificate fingerprint."""
    session_level, *sections = sdp.split("\r\nm=")
    assert sections, sdp
    for section in sections:
        assert section.split("\r\n")[0].split()[2] == "UDP/TLS/RTP/SAVPF", section[:80]
        assert "a=fingerprint:sha-" in section or "a=fingerprint:sha-" in session_level


async def _assert_secure_transport(pc) -> set[bytes]:
    """Each transceiver's DTLS transport is connected with an SRTP profile negotiated, and the
    connection's stats say the same. Returns the profiles."""
    profiles = set()
    for transceiver in pc.getTransceivers():
        dtls = transceiver.receiver.transport
        assert dtls.state == "connected"
        profile = dtls._ssl.get_selected_srtp_profile()  # aiortc keeps the OpenSSL connection here
        assert profile in SRTP_PROFILES, profile
        assert dtls._tx_srtp is not None and dtls._rx_srtp is not None  # SRTP sessions keyed
        profiles.add(profile)
    stats = [s for s in (await pc.getStats()).values() if s.type == "transport"]
    assert stats and all(s.dtlsState == "connected" for s in stats)
    return profiles


async def test_media_is_always_dtls_srtp_on_the_publish_and_the_viewer_side(server):
    """The publisher (WHIP) and a viewer (WHEP), on both ends of each connection: DTLS connected,
    an SRTP profile negotiated, the SDP offering only UDP/TLS/RTP/SAVPF with fingerprints; an
    offer for plain RTP (no DTLS) is refused."""
    import aiohttp
    from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription

    encoder = LiveEncoder()
    encoder.start()
    feeding = asyncio.ensure_future(feed_demo(encoder, 8))
    publisher = WhipPublisher(f"{server.base_url}/whip/show", encoder, token="tok")
    viewer = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    frames = []
    try:
        await publisher.start()
        room = server.rooms["show"]
        for _ in range(100):
            if room.live:
                break
            await asyncio.sleep(0.05)
        viewer.addTransceiver("video", direction="recvonly")
        viewer.addTransceiver("audio", direction="recvonly")

        @viewer.on("track")
        def on_track(track):
            async def consume():
                while True:
                    frames.append(await track.recv())
            if track.kind == "video":
                asyncio.ensure_future(consume())

        await viewer.setLocalDescription(await viewer.createOffer())
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{server.base_url}/whep/show", data=viewer.localDescription.sdp,
                                 headers={"Content-Type": "application/sdp"}) as resp:
                assert resp.status == 201
                answer = await resp.text()
            await viewer.setRemoteDescription(RTCSessionDescription(answer, "answer"))
            for _ in range(100):
                if len(frames) > 5:
                    break
                await asyncio.sleep(0.05)
            assert len(frames) > 5  # media flows, decrypted

            for pc in (publisher.pc, viewer):
                _assert_secure_sdp(pc.localDescription.sdp)
                _assert_secure_sdp(pc.remoteDescription.sdp)
            ends = [publisher.pc, room.publisher.pc, viewer, *(p.pc for p in room.viewers.values())]
            profiles = set()
            for pc in ends:
                profiles |= await _assert_secure_transport(pc)
            print(f"SRTP profiles negotiated: {sorted(p.decode() for p in profiles)}")

            # Plain RTP is not on offer: the same offer without DTLS is refused.
            plain = "\r\n".join(line for line in viewer.localDescription.sdp.split("\r\n")
                                if not line.startswith(("a=fingerprint", "a=setup")))
            plain = plain.replace("UDP/TLS/RTP/SAVPF", "RTP/AVP")
            async with http.post(f"{server.base_url}/whep/show", data=plain,
                                 headers={"Content-Type": "application/sdp"}) as resp:
                assert resp.status == 400, resp.status
                assert "must be encrypted" in await resp.text()
    finally:
        await viewer.close()
        await publisher.close()
        feeding.cancel()
        encoder.stop()
