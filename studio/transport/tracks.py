"""aiortc tracks that hand pre-encoded packets from the shared LiveEncoder to a sender.

aiortc packetizes an `av.Packet` returned from `recv()` without encoding again (the
sender's `encoder.pack`). Keyframe requests from the far end (PLI/FIR) are wired to the
shared encoder by `attach_sender`."""

from __future__ import annotations

import asyncio
import fractions
import logging

import av
from aiortc import MediaStreamTrack, RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCRtpSender
from aiortc.mediastreams import MediaStreamError

from studio.encode.live import FrameFeed, LiveEncoder, PacketFeed
from studio.transport import liveness

log = logging.getLogger(__name__)


class PacketTrack(MediaStreamTrack):
    """One subscriber to the shared encoder, as a sendable track."""

    def __init__(self, encoder: LiveEncoder, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.encoder = encoder
        self._feed: PacketFeed | None = None

    @property
    def feed(self) -> PacketFeed:
        if self._feed is None:
            self._feed = self.encoder.subscribe(self.kind, asyncio.get_running_loop())
        return self._feed

    async def recv(self) -> av.Packet:  # type: ignore[override]
        if self.readyState != "live":
            raise MediaStreamError
        packet = await self.feed.get()
        if packet is None:
            self.stop()
            raise MediaStreamError
        return packet

    def stop(self) -> None:
        if self._feed is not None:
            self._feed.close()
        super().stop()


class FrameTrack(MediaStreamTrack):
    """Program pictures for a sender that encodes them itself (the VP8 fallback)."""

    kind = "video"

    def __init__(self, encoder: LiveEncoder) -> None:
        super().__init__()
        self.encoder = encoder
        self._feed: FrameFeed | None = None

    async def recv(self) -> av.VideoFrame:  # type: ignore[override]
        if self.readyState != "live":
            raise MediaStreamError
        if self._feed is None:
            self._feed = self.encoder.subscribe_frames(asyncio.get_running_loop())
        frame = await self._feed.get()
        if frame is None:
            self.stop()
            raise MediaStreamError
        # The shared H.264 encode may still be using this very frame, and aiortc's encoder
        # rebases pts/time_base in place (to 1/1e6): sharing it raced and could hand libvpx a
        # pts that went backwards, which killed the VP8 sender. The sender gets its own copy.
        return own_copy(frame)

    def stop(self) -> None:
        if self._feed is not None:
            self._feed.close()
        super().stop()


def own_copy(frame: av.VideoFrame) -> av.VideoFrame:
    """A yuv420p copy of `frame` with its own pts/time_base (~0.1 ms at 720p)."""
    if frame.format.name != "yuv420p":
        copy = frame.reformat(format="yuv420p")
    else:
        copy = av.VideoFrame(frame.width, frame.height, "yuv420p")
        try:
            for src, dst in zip(frame.planes, copy.planes, strict=True):
                dst.update(src)
        except ValueError:  # different line padding
            copy = av.VideoFrame.from_ndarray(frame.to_ndarray(), format="yuv420p")
    copy.pts, copy.time_base = frame.pts, frame.time_base
    return copy


def attach_sender(sender: RTCRtpSender, encoder: LiveEncoder) -> None:
    """Route the peer's keyframe requests to the shared encoder (rate-limited there)."""
    sender._send_keyframe = encoder.request_keyframe  # type: ignore[method-assign]


def video_time_base() -> fractions.Fraction:
    return fractions.Fraction(1, 90_000)


def new_peer(ice_servers: list[RTCIceServer] | None = None) -> RTCPeerConnection:
    """A peer connection that talks to no one it was not told about.

    Given no ICE servers, aiortc asks Google's public STUN server (stun.l.google.com) for every
    peer connection: each viewer, co-host and publish would tell a third party the show's
    addresses, and a network that resolves names but blocks UDP delays every answer by up to the
    gathering timeout. Host candidates are enough for the embedded server and for a WHIP server
    (the far side's candidates, and peer-reflexive ones, do the rest); a STUN/TURN server is used
    only when one is configured or a WHIP server announces it.

    ICE consent expires on time, not on six lost checks (studio/transport/liveness.py)."""
    liveness.install()
    return RTCPeerConnection(RTCConfiguration(iceServers=list(ice_servers or [])))


async def close_peer(pc: RTCPeerConnection) -> None:
    """`pc.close()` that also works after a refused negotiation.

    aiortc's close stops each transceiver's transport; a transceiver that an offer never bound
    to one (an m-line it rejected) has none, so close raised AttributeError half-way, left the
    other transports (UDP sockets, ICE tasks) running, and every later close() of that peer
    connection waited forever on a future nobody would resolve."""
    transceivers = pc._RTCPeerConnection__transceivers  # type: ignore[attr-defined]
    for transceiver in [t for t in transceivers if t.receiver.transport is None]:
        await transceiver.stop()
        transceivers.remove(transceiver)
    await pc.close()
