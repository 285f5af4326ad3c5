"""WHIP (RFC 9725): publish a WebRTC session to any WHIP endpoint.

POST the SDP offer as application/sdp (optionally with a Bearer token) → 201 Created with
the SDP answer and a Location for the session; ICE servers may come in `Link:
<…>; rel="ice-server"` headers; DELETE the Location to end. Every refusal is one sentence
that names the status and the server's reason."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin

import aiohttp
from aiortc import RTCIceServer, RTCPeerConnection, RTCSessionDescription
from aiortc.rtcrtpsender import RTCRtpSender

from studio.encode.live import LiveEncoder
from studio.secrets import SECRETS
from studio.transport import red
from studio.transport.icerestart import SDPFRAG, IceFrag, IceRestart, ice_transport_of
from studio.transport.tracks import FrameTrack, PacketTrack, attach_sender, new_peer
from studio.transport.twcc import PacketResult, TwccSender, attach_twcc, publisher_wants_twcc

log = logging.getLogger(__name__)

REASONS = {
    400: "the server could not read our offer",
    401: "the token was refused",
    403: "this stream is not allowed",
    404: "there is no such WHIP endpoint (check the URL)",
    405: "that URL does not accept WHIP",
    409: "someone is already publishing to this stream",
    415: "the server did not accept an SDP offer",
    422: "the server could not use any of our codecs",
    429: "the server is rate-limiting us; try again in a moment",
    503: "the server is busy or down for maintenance",
}


# Statuses with which a server may say "not this codec": try the fallback offer.
CODEC_REFUSALS = (400, 406, 415, 422, 488)


class WhipError(Exception):
    """A WHIP exchange failed; `str()` is one sentence for the host."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class WhipSession:
    resource_url: str
    answer_sdp: str
    ice_servers: list[RTCIceServer] = field(default_factory=list)
    etag: str | None = None


def parse_ice_links(headers: list[str]) -> list[RTCIceServer]:
    """RFC 9725 §4.6: `Link: <stun:host>; rel="ice-server"` (+ username/credential)."""
    servers = []
    for header in headers:
        for part in _split_links(header):
            m = re.match(r'\s*<([^>]+)>\s*(.*)', part)
            if not m:
                continue
            params = dict(
                (k.lower(), v.strip('"'))
                for k, v in re.findall(r';\s*([\w-]+)\s*=\s*("[^"]*"|[^;]*)', m.group(2))
            )
            if params.get("rel", "").lower() != "ice-server":
                continue
            servers.append(RTCIceServer(urls=m.group(1), username=params.get("username"),
                                        credential=params.get("credential")))
    return servers


def _split_links(header: str) -> list[str]:
    parts, depth, current = [], False, ""
    for ch in header:
        if ch == '"':
            depth = not depth
        if ch == "," and not depth:
            parts.append(current)
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current)
    return parts


class WhipClient:
    """The HTTP side of WHIP only (tested on its own against real servers)."""

    def __init__(self, url: str, token: str | None = None, timeout: float = 10.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise WhipError(f"The WHIP URL must start with http:// or https://, not {url!r}.")
        self.url = url
        self.token = token
        SECRETS.add(token)
        self.timeout = aiohttp.ClientTimeout(total=timeout)

    def _headers(self, content_type: str | None = None) -> dict[str, str]:
        h = {}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        if content_type:
            h["Content-Type"] = content_type
        return h

    async def ice_servers(self) -> list[RTCIceServer]:
        """OPTIONS pre-flight some servers answer with Link headers (optional, best effort)."""
        try:
            async with aiohttp.ClientSession(timeout=self.timeout) as http, http.options(
                self.url, headers=self._headers()
            ) as resp:
                return parse_ice_links(resp.headers.getall("Link", []))
        except (TimeoutError, aiohttp.ClientError):
            return []

    async def post_offer(self, sdp: str) -> WhipSession:
        try:
            async with aiohttp.ClientSession(timeout=self.timeout) as http, http.post(
                self.url, data=sdp.encode(), headers=self._headers("application/sdp"),
                allow_redirects=True, max_redirects=5,
            ) as resp:
                body = await resp.text(errors="replace")
                if resp.status != 201:
                    raise WhipError(self._refusal(resp.status, resp.reason, body), resp.status)
                location = resp.headers.get("Location")
                if not location:
                    raise WhipError("The WHIP server answered 201 without a Location header, "
                                    "so the stream could not be ended cleanly later.", 201)
                base = str(resp.url)  # after redirects, relative Locations resolve against it
                return WhipSession(urljoin(base, location), body,
                                   parse_ice_links(resp.headers.getall("Link", [])),
                                   resp.headers.get("ETag"))
        except TimeoutError:
            raise WhipError(f"The WHIP server at {self.url} did not answer within "
                            f"{self.timeout.total:.0f} s.") from None
        except aiohttp.ClientConnectorError as exc:
            raise WhipError(f"Cannot reach the WHIP server at {self.url} ({exc.os_error or exc}).") from None
        except aiohttp.TooManyRedirects:
            raise WhipError(f"The WHIP server at {self.url} redirected too many times.") from None
        except aiohttp.ClientError as exc:
            raise WhipError(f"Talking to the WHIP server at {self.url} failed: {exc}.") from None

    async def patch_ice(self, resource_url: str, etag: str | None, frag: IceFrag,
                        timeout: float = 3.0) -> tuple[IceFrag, str | None]:
        """RFC 9725 §4.3.2 ICE restart: our new ICE fragment in, the server's out (200), with
        the session's new ETag. A server that cannot restart answers 405 or 501 (WhipError
        with that status: publish again with POST)."""
        headers = self._headers(SDPFRAG)
        headers["If-Match"] = etag or "*"
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as http, \
                    http.patch(resource_url, data=frag.to_sdpfrag().encode(), headers=headers) as resp:
                body = await resp.text(errors="replace")
                if resp.status != 200:
                    raise WhipError(self._refusal(resp.status, resp.reason, body), resp.status)
                try:
                    return IceFrag.parse(body), resp.headers.get("ETag")
                except ValueError as exc:
                    raise WhipError(f"The WHIP server's ICE restart answer could not be used: {exc}.",
                                    resp.status) from None
        except TimeoutError:
            raise WhipError("The WHIP server did not answer the ICE restart in time.") from None
        except aiohttp.ClientError as exc:
            raise WhipError(f"The ICE restart request failed: {exc}.") from None

    async def delete(self, resource_url: str, timeout: float | None = None) -> bool:
        """End a session. True when the server no longer has it (2xx, or 404: already gone)."""
        limit = aiohttp.ClientTimeout(total=timeout) if timeout else self.timeout
        try:
            async with aiohttp.ClientSession(timeout=limit) as http, http.delete(
                resource_url, headers=self._headers()
            ) as resp:
                if resp.status >= 400 and resp.status != 404:
                    log.warning("WHIP DELETE answered %s %s", resp.status, resp.reason)
                    return False
                return True
        except (TimeoutError, aiohttp.ClientError) as exc:
            log.warning("WHIP DELETE failed: %s", exc)
            return False

    def _refusal(self, status: int, reason: str | None, body: str) -> str:
        server_says = " ".join(body.split())[:200] if body and "<html" not in body.lower() else ""
        why = REASONS.get(status) or ("the server had an internal error" if status >= 500
                                       else "the request was refused")
        text = f"The WHIP server refused the stream: {status} {reason or ''}".rstrip()
        text += f" — {why}"
        if server_says:
            text += f" (server says: {server_says})"
        return text + "."


@dataclass(frozen=True, slots=True)
class PublishResult:
    resource_url: str
    connect_ms: float
    video_codec: str


class WhipPublisher:
    """Publishes the shared encoder's packets to a WHIP endpoint."""

    def __init__(self, url: str, encoder: LiveEncoder, token: str | None = None,
                 on_twcc: Callable[[float, list[PacketResult]], None] | None = None) -> None:
        self.client = WhipClient(url, token)
        self.encoder = encoder
        self.pc: RTCPeerConnection | None = None
        self.session: WhipSession | None = None
        self.state_changed: asyncio.Event = asyncio.Event()
        self.on_twcc = on_twcc
        """Transport-wide feedback from the server, `(now_ms, results)` (`twcc.py`); settable
        while live. `twcc.negotiated` says whether the server sends it at all."""
        self.twcc: TwccSender | None = None

    async def start(self, timeout: float = 10.0) -> PublishResult:
        """Offer H.264 (the shared encode); if the server cannot take H.264, offer VP8,
        which aiortc encodes from the program pictures for this one peer."""
        t0 = time.perf_counter()
        ice = await self.client.ice_servers()
        try:
            codec = await self._negotiate(ice, "video/H264")
        except WhipError as exc:
            if exc.status not in CODEC_REFUSALS:
                raise
            log.info("WHIP server refused H.264 (%s); offering VP8", exc.status)
            codec = await self._negotiate(ice, "video/VP8")
        connected = asyncio.Event()
        assert self.pc is not None
        pc = self.pc

        @pc.on("connectionstatechange")
        def _on_state() -> None:
            if pc.connectionState in ("connected", "failed", "closed"):
                connected.set()
            self.state_changed.set()

        if pc.connectionState != "connected":
            try:
                await asyncio.wait_for(connected.wait(), timeout)
            except TimeoutError:
                await self.close()
                raise WhipError("The WHIP server answered, but no media connection could be made "
                                f"within {timeout:.0f} s (a firewall may block UDP).") from None
        if pc.connectionState != "connected":
            await self.close()
            raise WhipError("The media connection to the WHIP server failed (ICE could not connect).")
        assert self.session is not None
        return PublishResult(self.session.resource_url, (time.perf_counter() - t0) * 1000,
                             codec.split("/")[1])

    async def _negotiate(self, ice: list[RTCIceServer], video_codec: str) -> str:
        self.pc = new_peer(ice)
        shared = video_codec == "video/H264"
        track = PacketTrack(self.encoder, "video") if shared else FrameTrack(self.encoder)
        video = self.pc.addTransceiver(track, direction="sendonly")
        audio = self.pc.addTransceiver(PacketTrack(self.encoder, "audio"), direction="sendonly")
        caps = RTCRtpSender.getCapabilities("video").codecs
        video.setCodecPreferences([c for c in caps if c.mimeType in (video_codec, "video/rtx")])
        red.install()  # offer Opus in RED first (RFC 2198); a server without red answers Opus
        audio.setCodecPreferences(red.red_preferences())
        if shared:
            attach_sender(video.sender, self.encoder)
        attach_sender(audio.sender, self.encoder)
        if self.on_twcc is not None or publisher_wants_twcc():  # else the server sends REMB
            self.twcc = attach_twcc(self.pc, self._on_twcc)
        await self.pc.setLocalDescription(await self.pc.createOffer())
        try:
            self.session = await self.client.post_offer(self.pc.localDescription.sdp)
            if video_codec.split("/")[1].lower() not in self.session.answer_sdp.lower():
                await self.client.delete(self.session.resource_url)
                self.session = None
                raise WhipError(f"The WHIP server's answer has no {video_codec.split('/')[1]} video.",
                                422)
            await self.pc.setRemoteDescription(RTCSessionDescription(self.session.answer_sdp, "answer"))
            if red.sending_red(audio):
                red.follow_reports(audio.sender)  # redundancy only while the server reports loss
        except WhipError:
            await self.pc.close()
            self.pc = None
            raise
        except ValueError as exc:  # aiortc rejects the answer
            await self.close()
            raise WhipError(f"The WHIP server's answer could not be used: {exc}.") from None
        return video_codec

    async def restart_ice(self, timeout: float = 5.0) -> None:
        """ICE restart on the live session (same DTLS, encoder, RTP streams; a new network
        path): renew our ICE side, PATCH it to the server, check the new pairs. Raises
        WhipError — with the server's status when it refused (405/501: it cannot restart)."""
        if self.pc is None or self.session is None:
            raise WhipError("There is no WHIP session to restart.")
        ice = ice_transport_of(self.pc)
        if ice is None or ice.state != "completed":
            raise WhipError("This connection cannot restart ICE.", 501)
        mid = next((t.mid for t in self.pc.getTransceivers() if t.mid is not None), "0")
        restart = IceRestart(ice)
        local = await restart.begin(mid)
        try:
            remote, etag = await self.client.patch_ice(self.session.resource_url, self.session.etag, local,
                                                       timeout=min(timeout, 3.0))
        except WhipError:
            await restart.abort()  # the caller publishes again (closing this connection)
            raise
        self.session = replace(self.session, etag=etag or self.session.etag)
        try:
            await restart.finish(remote, timeout)
        except (ConnectionError, TimeoutError):
            raise WhipError("The ICE restart found no working network path to the server.") from None

    def _on_twcc(self, now_ms: float, results: list[PacketResult]) -> None:
        if self.on_twcc is not None:
            self.on_twcc(now_ms, results)

    @property
    def connection_state(self) -> str:
        return self.pc.connectionState if self.pc else "closed"

    async def close(self) -> None:
        if self.session is not None:
            await self.client.delete(self.session.resource_url)
            self.session = None
        if self.pc is not None:
            await self.pc.close()
            self.pc = None
