"""A room: one show. Its packets come from one LiveEncoder (the app's own, or the one that
re-encodes a WHIP ingest once); every viewer subscribes to those packets."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import av
from aiortc import MediaStreamTrack, RTCPeerConnection
from aiortc.mediastreams import MediaStreamError

from studio.commerce.comments import Comment
from studio.commerce.feed import CommentPipeline, FeedItem
from studio.encode.live import LiveEncoder, LiveEncoderSettings
from studio.events import Signal
from studio.media.frames import AudioBlock, now_ns
from studio.processing.plc import LossConcealer, ReceivedAudio
from studio.server.cohost import GreenRoom
from studio.transport.tracks import close_peer

if TYPE_CHECKING:
    from studio.server.deck import DeckControl

log = logging.getLogger(__name__)


@dataclass
class Peer:
    id: str
    pc: RTCPeerConnection
    kind: str  # "viewer" or "publisher"
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    address: str = ""  # the remote address (viewer limits per address)
    etag: str = ""  # a WHIP session's entity tag; an ICE restart gives a new one


class Room:
    def __init__(self, name: str) -> None:
        self.name = name
        self.encoder: LiveEncoder | None = None
        self.concealer: LossConcealer | None = None  # the publisher's audio, holes filled
        self.publisher: Peer | None = None  # a WHIP ingest, when the show comes from outside
        self.last_media_at = 0.0  # monotonic time of the publisher's last decoded frame
        self.viewers: dict[str, Peer] = {}
        self.comments: deque[Comment] = deque(maxlen=100)  # shown comments, for a viewer who joins late
        self.comment_posted: Signal[Comment] = Signal()  # a comment every viewer should see
        # Moderation, language, intents, claims: the session sets its own feed; alone (`serve`), the
        # room makes one on the first comment.
        self.feed: CommentPipeline | None = None
        self.product: dict[str, Any] | None = None  # the pinned product as the viewer page shows it
        self.product_changed: Signal[Room] = Signal()
        # The shop window: the show's products (the page's bag), their image files (served
        # resized by id: never a path a viewer chose), and Buy taps per product, anonymous.
        self.bag: dict[str, Any] | None = None
        self.images: dict[str, Path] = {}
        self.bag_changed: Signal[Room] = Signal()
        self.taps: dict[str, int] = {}
        self.taps_changed: Signal[Room] = Signal()
        self.deck: DeckControl | None = None  # the assistant deck's way into the session, when it has one
        self.status_changed: Signal[Room] = Signal()
        self._owns_encoder = False
        self.green_room = GreenRoom(name)

    @property
    def live(self) -> bool:
        return self.encoder is not None

    @property
    def viewer_count(self) -> int:
        return sum(1 for p in self.viewers.values() if p.pc.connectionState == "connected")

    def status(self) -> dict[str, object]:
        return {"type": "status", "room": self.name, "live": self.live, "viewers": self.viewer_count}

    # -- sources -----------------------------------------------------------------------------------
    def attach_encoder(self, encoder: LiveEncoder) -> None:
        """The app serves its own show: its one encode feeds every viewer directly."""
        if self.encoder is not None:
            raise RuntimeError(f"Room {self.name!r} already has a show.")
        self.encoder = encoder
        self._owns_encoder = False
        self.status_changed.emit(self)

    async def detach_encoder(self) -> None:
        encoder, self.encoder = self.encoder, None
        if encoder is not None and self._owns_encoder:
            encoder.stop()
        await self._close_viewers()
        self.status_changed.emit(self)

    async def start_ingest(self, peer: Peer) -> None:
        """Decode the publisher's media once (aiortc does), re-encode once, fan out packets."""
        self.publisher = peer
        self.last_media_at = time.monotonic()  # a grace period for the new publisher
        self.encoder = None
        self._owns_encoder = True
        self.status_changed.emit(self)

    def ingest_track(self, track: MediaStreamTrack) -> None:
        assert self.publisher is not None
        task = asyncio.ensure_future(
            self._pump_video(track) if track.kind == "video" else self._pump_audio(track)
        )
        self.publisher.tasks.append(task)

    async def _ensure_encoder(self, width: int, height: int) -> LiveEncoder:
        if self.encoder is None:
            # Even sizes for yuv420p; keep the publisher's resolution.
            settings = LiveEncoderSettings(width=width - width % 2, height=height - height % 2)
            self.encoder = LiveEncoder(settings)
            self.encoder.start()
            self.status_changed.emit(self)
        return self.encoder

    async def _pump_video(self, track: MediaStreamTrack) -> None:
        try:
            while True:
                frame = await track.recv()
                self.last_media_at = time.monotonic()
                assert isinstance(frame, av.VideoFrame)
                encoder = await self._ensure_encoder(frame.width, frame.height)
                encoder.push_av_frame(frame)
        except MediaStreamError:
            pass

    async def _pump_audio(self, track: MediaStreamTrack) -> None:
        received = ReceivedAudio()
        self.concealer = received.concealer
        try:
            while True:
                frame = await track.recv()
                if self.encoder is None:
                    continue
                assert isinstance(frame, av.AudioFrame)
                for block in received.blocks(frame):
                    self.encoder.push_audio(AudioBlock(block, now_ns()))
        except MediaStreamError:
            pass

    def publisher_silent_for(self) -> float:
        return time.monotonic() - self.last_media_at if self.publisher is not None else 0.0

    async def end_ingest(self) -> None:
        peer, self.publisher = self.publisher, None
        if peer is not None:
            for task in peer.tasks:
                task.cancel()
            await close_peer(peer.pc)
        await self.detach_encoder()

    # -- viewers -----------------------------------------------------------------------------------------
    def add_viewer(self, pc: RTCPeerConnection) -> Peer:
        peer = Peer(uuid.uuid4().hex, pc, "viewer")
        self.viewers[peer.id] = peer

        @pc.on("connectionstatechange")
        async def _on_state() -> None:
            if pc.connectionState in ("failed", "closed"):
                await self.remove_viewer(peer.id)
            self.status_changed.emit(self)

        return peer

    async def remove_viewer(self, peer_id: str) -> bool:
        peer = self.viewers.pop(peer_id, None)
        if peer is None:
            return False
        await close_peer(peer.pc)
        self.status_changed.emit(self)
        return True

    async def _close_viewers(self) -> None:
        for peer_id in list(self.viewers):
            await self.remove_viewer(peer_id)

    async def close(self) -> None:
        await self.green_room.close()
        await self._close_viewers()
        if self.publisher is not None:
            await self.end_ingest()
        elif self.encoder is not None:
            await self.detach_encoder()

    # -- comments --------------------------------------------------------------------------------------
    def post(self, comment: Comment) -> FeedItem | None:
        """Run a comment through the feed; broadcast it unless moderation filtered it. Returns the
        feed's item (None for a copy already seen)."""
        if self.feed is None:
            self.feed = CommentPipeline()
        item = self.feed.add(comment)
        if item is not None and item.filtered is None:
            self.comments.append(comment)
            self.comment_posted.emit(comment)
        return item

    def set_bag(self, info: dict[str, Any], images: dict[str, Path]) -> None:
        """The show's products for the page's bag (`studio.commerce.shop.bag_info`)."""
        self.images = dict(images)
        if info != self.bag:
            self.bag = info
            self.bag_changed.emit(self)

    def tap(self, product_id: str) -> bool:
        """Count a Buy tap; False for a product that is not in the show."""
        if not any(item.get("id") == product_id for item in (self.bag or {}).get("items", ())) \
                and (self.product or {}).get("id") != product_id:
            return False
        self.taps[product_id] = self.taps.get(product_id, 0) + 1
        self.taps_changed.emit(self)
        return True

    def set_product(self, info: dict[str, Any] | None) -> None:
        """Show viewers the pinned product (title, price, stock); None takes it off the page."""
        if info != self.product:
            self.product = info
            self.product_changed.emit(self)
