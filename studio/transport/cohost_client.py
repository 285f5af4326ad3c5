"""Join another studio's show as a co-host from Seller Studio itself.

Sends this studio's program (camera + enhancement, one shared encode) and microphone,
receives the host's program picture and a mix-minus of its sound. The invite link is the
same one a browser co-host opens."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

import aiohttp
import av
from aiortc import MediaStreamTrack, RTCPeerConnection, RTCRtpSender, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

from studio.encode.live import LiveEncoder
from studio.events import Signal
from studio.media.frames import LatestSlot
from studio.transport import opusfec, videojitter
from studio.transport.tracks import PacketTrack, attach_sender, new_peer
from studio.transport.twcc import TwccSender, attach_twcc, publisher_wants_twcc

log = logging.getLogger(__name__)


class CoHostJoinError(Exception):
    """Joining was refused or failed; the message is one sentence."""


@dataclass(frozen=True, slots=True)
class InviteLink:
    base: str  # http://host:port
    room: str
    token: str

    @classmethod
    def parse(cls, link: str) -> InviteLink:
        parts = urlsplit(link.strip())
        segments = [p for p in parts.path.split("/") if p]
        token = parse_qs(parts.query).get("invite", [""])[0]
        if parts.scheme not in ("http", "https") or len(segments) != 2 or segments[0] != "cohost" \
                or not token:
            raise CoHostJoinError("That is not a co-host invite link (it looks like "
                                  "http://host:port/cohost/<room>?invite=…).")
        return cls(f"{parts.scheme}://{parts.netloc}", segments[1], token)


class CoHostClient:
    def __init__(self, link: str, encoder: LiveEncoder, name: str) -> None:
        opusfec.install()  # the host's voice survives loss (Opus in-band FEC)
        videojitter.install()  # and the program's picture comes back at once after an outage
        self.link = InviteLink.parse(link)
        self.encoder = encoder
        self.name = name
        self.pc: RTCPeerConnection | None = None
        self.twcc: TwccSender | None = None
        self.peer_url: str | None = None
        self.program: LatestSlot[av.VideoFrame] = LatestSlot()  # the host's program picture
        self.frames_received = 0
        self.audio_frames = 0
        self.tile_size: tuple[int, int] | None = None  # what the host's tile asked for
        self.state = "none"
        self.state_changed: Signal[str] = Signal()
        self._tasks: list[asyncio.Task[None]] = []

    async def join(self) -> None:
        """Ask to join; returns once the host has the request (state "waiting")."""
        pc = new_peer()
        self.pc = pc
        video = pc.addTransceiver(PacketTrack(self.encoder, "video"), direction="sendrecv")
        caps = RTCRtpSender.getCapabilities("video").codecs
        video.setCodecPreferences([c for c in caps if c.mimeType in ("video/H264", "video/rtx")])
        attach_sender(video.sender, self.encoder)
        pc.addTransceiver(PacketTrack(self.encoder, "audio"), direction="sendrecv")
        if publisher_wants_twcc():  # stamped; `twcc.on_feedback` is free for a rate controller
            self.twcc = attach_twcc(pc)

        @pc.on("track")
        def _on_track(track: MediaStreamTrack) -> None:
            self._tasks.append(asyncio.ensure_future(self._pump(track)))

        await pc.setLocalDescription(await pc.createOffer())
        url = (f"{self.link.base}/cohost/{self.link.room}/join?invite={quote(self.link.token)}"
               f"&name={quote(self.name)}")
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http, \
                    http.post(url, data=pc.localDescription.sdp,
                              headers={"Content-Type": "application/sdp"}) as resp:
                body = await resp.text()
                if resp.status != 201:
                    await pc.close()
                    raise CoHostJoinError(f"The host's studio refused: {body.strip()} ({resp.status}).")
                self.peer_url = self.link.base + resp.headers["Location"]
        except (aiohttp.ClientError, TimeoutError) as exc:
            await pc.close()
            raise CoHostJoinError(f"Cannot reach the host's studio at {self.link.base} ({exc}).") from None
        await pc.setRemoteDescription(RTCSessionDescription(body, "answer"))
        self._tasks.append(asyncio.ensure_future(self._poll()))

    async def _pump(self, track: MediaStreamTrack) -> None:
        try:
            while True:
                frame = await track.recv()
                if track.kind == "video":
                    self.program.put(frame)  # type: ignore[arg-type]
                    self.frames_received += 1
                else:
                    self.audio_frames += 1
        except MediaStreamError:
            pass

    async def _poll(self) -> None:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:
            while self.peer_url:
                try:
                    async with http.get(self.peer_url) as resp:
                        if resp.status == 200:
                            body = await resp.json()
                            state = body["state"]
                            self.follow_tile(body.get("tile"))
                            if state != self.state:
                                self.state = state
                                self.state_changed.emit(state)
                            if state in ("declined", "removed", "left"):
                                return
                except (aiohttp.ClientError, TimeoutError):
                    pass
                await asyncio.sleep(0.5)

    def follow_tile(self, tile: object) -> None:
        """Send no more than the host's tile shows: the largest picture of the program's shape
        that still covers the tile (`{"width", "height"}` from the host), at a bitrate scaled
        to its area; the full program when the host names no tile."""
        s = self.encoder.settings
        scale = 1.0
        if isinstance(tile, dict):
            try:
                w, h = int(tile["width"]), int(tile["height"])
            except (KeyError, TypeError, ValueError):
                return
            if w > 0 and h > 0:
                scale = max(1.0, min(s.width / w, s.height / h))
        size = (round(s.width / scale) // 2 * 2, round(s.height / scale) // 2 * 2)
        if size == self.tile_size and self.encoder.output_size == size:
            return  # (a format change resets the encoder's size: then it is applied again)
        self.tile_size = size
        self.encoder.set_output_size(*size)
        self.encoder.set_bitrate(max(s.min_bitrate, int(s.bitrate / scale ** 1.5)))

    async def leave(self) -> None:
        url, self.peer_url = self.peer_url, None
        if url:
            try:
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:
                    await http.delete(url)
            except (aiohttp.ClientError, TimeoutError):
                pass
        for task in self._tasks:
            task.cancel()
        if self.pc is not None:
            await self.pc.close()
            self.pc = None
