"""The live encoder: one H.264 + Opus encode of the program, fanned out as packets.

Every WebRTC peer (WHIP upload, each viewer of the embedded server) and every other
consumer subscribes to the same packets, so a new viewer never costs a new encode.
Encoding runs on its own thread; subscribers live on an asyncio loop and receive packets
through bounded queues (a subscriber that falls behind is cut back to the next keyframe)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Protocol

import av
import numpy as np

from studio.encode.hardware import SOFTWARE, EncoderChoice, fall_back, h264_options, video_encoder
from studio.encode.settings import bgr_to_video_frame
from studio.media.frames import AudioBlock, Frame, LatestSlot, now_ns

log = logging.getLogger(__name__)

VIDEO_CLOCK = Fraction(1, 90_000)
AUDIO_CLOCK = Fraction(1, 48_000)
QUEUE_LIMIT = 90  # packets a slow subscriber may lag before it is reset to a keyframe


@dataclass(frozen=True, slots=True)
class LiveEncoderSettings:
    width: int = 1280
    height: int = 720
    fps: int = 30
    bitrate: int = 2_500_000
    """Video target in bit/s; the adaptive controller moves it within min/max."""
    min_bitrate: int = 300_000
    max_bitrate: int = 6_000_000
    preset: str = "superfast"
    keyframe_interval_s: float = 2.0
    audio_bitrate: int = 64_000
    threads: int = 2
    reopen_min_s: float = 2.0
    """libx264 lowers its bitrate in place but barely raises it (its ABR averages over the
    whole stream), so a target 25 % above the rate the encoder was opened at reopens it (one
    keyframe), at most this often."""
    cut_reopen_min_s: float = 1.0
    """A cut in place takes libx264 about 2 s to reach (its VBV stays at the rate it was
    opened at), which a capped link fills with queue and drops: a target 20 % below the rate at
    open reopens the encoder at once, at most this often."""


def admit(feed: PacketFeed | SyncPacketFeed, kind: str, packet: av.Packet, backlog: int) -> str:
    """What a subscriber does with the next packet, given its backlog: "queue", "skip" (waiting
    for a keyframe), "reset" (too far behind: drop the backlog, wait for the next keyframe) or
    "drop-oldest" (audio only: shed the oldest packet)."""
    if kind == "video":
        if feed.waiting_for_keyframe:
            if not packet.is_keyframe:
                return "skip"
            feed.waiting_for_keyframe = False
            return "queue"
        if backlog >= feed.limit:
            feed.waiting_for_keyframe = True
            feed.request_keyframe()
            return "reset"
        return "queue"
    if feed.kind == "both" and feed.waiting_for_keyframe:
        return "skip"  # a muxed consumer starts its audio with the picture
    return "drop-oldest" if backlog >= feed.limit else "queue"


class PacketFeed:
    """One subscriber's view of the encoder's packets, read on its asyncio loop."""

    def __init__(self, encoder: LiveEncoder, kind: str, loop: asyncio.AbstractEventLoop) -> None:
        self.encoder = encoder
        self.kind = kind
        self.loop = loop
        self.queue: asyncio.Queue[av.Packet | None] = asyncio.Queue()
        self.waiting_for_keyframe = kind == "video"
        self.closed = False
        self.limit = QUEUE_LIMIT

    def request_keyframe(self) -> None:
        self.encoder.request_keyframe()

    def _deliver(self, packet: av.Packet | None) -> None:  # on the subscriber's loop
        if self.closed:
            return
        if packet is None:
            self.queue.put_nowait(None)
            return
        action = admit(self, self.kind, packet, self.queue.qsize())
        if action == "reset":
            while not self.queue.empty():
                self.queue.get_nowait()
            return
        if action == "skip":
            return
        if action == "drop-oldest":
            self.queue.get_nowait()
        self.queue.put_nowait(packet)

    async def get(self) -> av.Packet | None:
        """The next packet, or None when the encoder stopped."""
        return await self.queue.get()

    def close(self) -> None:
        self.closed = True
        self.encoder.unsubscribe(self)


class SyncPacketFeed:
    """Packets for a consumer on its own thread (an RTMP output): video and audio, possibly
    from two encoders, in one bounded queue in arrival order. A consumer that falls behind (a
    slow or dead destination) loses its own backlog and restarts at the next keyframe; the
    encoders never wait for it."""

    kind = "both"

    def __init__(self, limit: int = 2 * QUEUE_LIMIT) -> None:
        self.queue: deque[tuple[str, av.Packet] | None] = deque()
        self.cond = threading.Condition()
        self.waiting_for_keyframe = True
        self.closed = False
        self.limit = limit
        self.dropped = 0  # packets this consumer lost to its own backlog
        self._video: LiveEncoder | None = None
        self._sources: list[PacketSource] = []

    def attach(self, source: PacketSource, kind: str) -> None:
        """Receive `kind` packets ("video" or "audio") from `source`."""
        if kind == "video":
            self._video = source  # type: ignore[assignment]
        self._sources.append(source)
        source.subscribe_sync(self, kind)

    def request_keyframe(self) -> None:
        if self._video is not None:
            self._video.request_keyframe()

    def _deliver(self, kind: str, packet: av.Packet | None) -> None:  # on an encoder thread
        with self.cond:
            if self.closed:
                return
            if packet is None:
                self.queue.append(None)
            else:
                action = admit(self, kind, packet, len(self.queue))
                if action == "skip":
                    return
                if action == "reset":
                    self.dropped += len(self.queue)
                    self.queue.clear()
                    return
                if action == "drop-oldest":
                    self.queue.popleft()
                    self.dropped += 1
                self.queue.append((kind, packet))
            self.cond.notify()

    def get(self, timeout: float) -> tuple[str, av.Packet] | None | bool:
        """The next (kind, packet); None when an encoder stopped; False on timeout."""
        with self.cond:
            if not self.cond.wait_for(lambda: bool(self.queue) or self.closed, timeout):
                return False
            if not self.queue:
                return None
            return self.queue.popleft()

    def restart(self) -> None:
        """Forget the backlog and start again at a keyframe (after a reconnect)."""
        with self.cond:
            self.queue.clear()
            self.waiting_for_keyframe = True
        self.request_keyframe()

    def close(self) -> None:
        with self.cond:
            self.closed = True
            self.cond.notify_all()
        for source in self._sources:
            source.unsubscribe_sync(self)
        self._sources.clear()


class PacketSource(Protocol):
    """An encode that hands packets to thread consumers (the live encode, the AAC encode)."""

    def subscribe_sync(self, feed: SyncPacketFeed, kind: str) -> None: ...
    def unsubscribe_sync(self, feed: SyncPacketFeed) -> None: ...
    def request_keyframe(self) -> None: ...


class FrameFeed:
    """Latest-wins program pictures (yuv420p VideoFrames) for a peer that encodes itself,
    e.g. a VP8-only WHIP server. One per such peer; most shows have none."""

    def __init__(self, encoder: LiveEncoder, loop: asyncio.AbstractEventLoop) -> None:
        self.encoder = encoder
        self.loop = loop
        self.queue: asyncio.Queue[av.VideoFrame | None] = asyncio.Queue(maxsize=1)
        self.closed = False

    def _deliver(self, frame: av.VideoFrame | None) -> None:
        if self.closed:
            return
        if self.queue.full():
            self.queue.get_nowait()  # latest wins: a slow VP8 encoder skips, never lags
        self.queue.put_nowait(frame)

    async def get(self) -> av.VideoFrame | None:
        return await self.queue.get()

    def close(self) -> None:
        self.closed = True
        self.encoder.unsubscribe_frames(self)


class LiveEncoder:
    """Accepts program frames (BGR numpy via `push_video`, or av.VideoFrame via `push_av_frame`)
    and audio blocks; never blocks the caller (video is latest-wins, audio is queued briefly)."""

    def __init__(self, settings: LiveEncoderSettings = LiveEncoderSettings(),
                 origin_ns: int | None = None) -> None:
        """`origin_ns`: the clock instant that is timestamp 0 (shared with other encodes of the
        same program, so their packets line up); by default the first picture's."""
        self.settings = settings
        self._video_slot: LatestSlot[Frame | av.VideoFrame] = LatestSlot()
        self._audio: list[AudioBlock] = []
        self._audio_lock = threading.Lock()
        self._feeds: list[PacketFeed] = []
        self._frame_feeds: list[FrameFeed] = []
        self._sync_feeds: list[tuple[SyncPacketFeed, str]] = []
        self._feeds_lock = threading.Lock()
        self._keyframe = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._target_bitrate = settings.bitrate
        self._out_size = (settings.width, settings.height)  # the ladder may send less than the program
        self._origin_ns: int | None = origin_ns
        self._last_vpts = -1
        self._apts: int | None = None
        self._reopen = False
        self.frames_encoded = 0
        self.bytes_sent = 0
        self.keyframes = 0
        self.encode_ms = 0.0
        self.encoder = EncoderChoice(SOFTWARE, "yuv420p")  # the one in use once started

    # -- lifecycle -----------------------------------------------------------------------------
    def _open_video(self, width: int, height: int) -> None:
        """Open the probed H.264 encoder (`studio.encode.hardware`); a hardware encoder that
        fails here hands over to libx264 for good."""
        choice = video_encoder()
        try:
            self._open_codec(choice, width, height)
        except (av.FFmpegError, OSError, ValueError) as exc:
            if not choice.hardware:
                raise
            self._open_codec(fall_back(choice.name, str(exc)), width, height)

    def _open_codec(self, choice: EncoderChoice, width: int, height: int) -> None:
        s = self.settings
        ctx = av.CodecContext.create(choice.name, "w")
        ctx.width, ctx.height = width, height
        ctx.pix_fmt = choice.pix_fmt
        ctx.time_base = VIDEO_CLOCK
        ctx.framerate = Fraction(s.fps, 1)
        ctx.bit_rate = self._target_bitrate
        ctx.thread_count = s.threads
        ctx.options = self._options(self._target_bitrate, choice.name)
        if not choice.hardware:
            ctx.profile = "Constrained Baseline"  # what browsers and aiortc decode everywhere
        ctx.open()
        self._vctx, self.encoder = ctx, choice
        self._opened_bitrate = self._target_bitrate
        self._opened_at = time.monotonic()

    def start(self) -> None:
        s = self.settings
        self._open_video(*self._out_size)
        self._actx = av.CodecContext.create("libopus", "w")
        self._actx.sample_rate = 48_000
        self._actx.layout = "mono"
        self._actx.format = "s16"
        self._actx.bit_rate = s.audio_bitrate
        self._actx.time_base = AUDIO_CLOCK
        # In-band FEC and a loss hint: audio survives lossy uplinks (decoders use it when present).
        self._actx.options = {"fec": "1", "packet_loss": "10", "application": "voip"}
        self._afifo = av.AudioFifo()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="LiveEncoder", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._video_slot.put(None)  # type: ignore[arg-type]
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        with self._feeds_lock:
            feeds = list(self._feeds)
            sync = list(self._sync_feeds)
        for feed in feeds:
            self._send(feed, None)
        for sync_feed, kind in sync:
            sync_feed._deliver(kind, None)

    def _options(self, bitrate: int, codec: str = SOFTWARE) -> dict[str, str]:
        s = self.settings
        # A VBV of a quarter second keeps bursts (keyframes) from building queueing delay.
        return h264_options(codec, fps=s.fps, keyframe_interval_s=s.keyframe_interval_s,
                            preset=s.preset, bitrate=bitrate, live=True)

    # -- subscribers (any thread; feeds read on their loop) ----------------------------------------
    def subscribe(self, kind: str, loop: asyncio.AbstractEventLoop | None = None) -> PacketFeed:
        feed = PacketFeed(self, kind, loop or asyncio.get_running_loop())
        with self._feeds_lock:
            self._feeds.append(feed)
        if kind == "video":
            self.request_keyframe()  # a new viewer gets a picture at once, not in ≤ 2 s
        return feed

    def subscribe_frames(self, loop: asyncio.AbstractEventLoop | None = None) -> FrameFeed:
        feed = FrameFeed(self, loop or asyncio.get_running_loop())
        with self._feeds_lock:
            self._frame_feeds.append(feed)
        return feed

    def unsubscribe_frames(self, feed: FrameFeed) -> None:
        with self._feeds_lock:
            if feed in self._frame_feeds:
                self._frame_feeds.remove(feed)

    def subscribe_sync(self, feed: SyncPacketFeed, kind: str) -> None:
        with self._feeds_lock:
            self._sync_feeds.append((feed, kind))
        if kind == "video":
            self.request_keyframe()

    def unsubscribe_sync(self, feed: SyncPacketFeed) -> None:
        with self._feeds_lock:
            self._sync_feeds = [(f, k) for f, k in self._sync_feeds if f is not feed]

    def unsubscribe(self, feed: PacketFeed) -> None:
        with self._feeds_lock:
            if feed in self._feeds:
                self._feeds.remove(feed)

    @property
    def subscribers(self) -> int:
        with self._feeds_lock:
            return len(self._feeds) + len(self._sync_feeds)

    def set_format(self, width: int, height: int, fps: int) -> None:
        """Follow a program format change: reopen at the next frame at the new size and rate,
        starting with a keyframe. Subscribers keep their feeds; decoders follow the new SPS."""
        width, height = width // 2 * 2, height // 2 * 2
        if (width, height, fps) == (self.settings.width, self.settings.height, self.settings.fps):
            return
        self.settings = replace(self.settings, width=width, height=height, fps=fps)
        self._out_size = (width, height)
        self._reopen = True
        self._keyframe.set()

    def request_keyframe(self) -> None:
        self._keyframe.set()

    @property
    def target_bitrate(self) -> int:
        return self._target_bitrate

    def set_bitrate(self, bitrate: int) -> None:
        """Applied at the next frame: in place (libx264 reconfigures rate control), or by
        reopening the encoder when the target moved far from the rate it was opened at."""
        s = self.settings
        self._target_bitrate = max(s.min_bitrate, min(s.max_bitrate, int(bitrate)))

    @property
    def output_size(self) -> tuple[int, int]:
        return self._out_size

    def set_output_size(self, width: int, height: int) -> None:
        """Send a smaller picture (adaptive ladder). The encoder reopens at the next frame and
        starts with a keyframe; receivers follow the new size from its SPS."""
        width, height = min(width, self.settings.width) // 2 * 2, min(height, self.settings.height) // 2 * 2
        if (width, height) != self._out_size:
            self._out_size = (width, height)
            self._keyframe.set()

    # -- producers ----------------------------------------------------------------------------------
    def push_video(self, frame: Frame) -> None:
        self._video_slot.put(frame)

    def push_av_frame(self, frame: av.VideoFrame) -> None:
        self._video_slot.put(frame)

    def push_audio(self, block: AudioBlock) -> None:
        with self._audio_lock:
            if len(self._audio) < 50:  # 1 s; beyond that the encoder thread is stuck anyway
                self._audio.append(block)

    # -- encoder thread -------------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            item = self._video_slot.take(timeout=0.02)
            self._drain_audio()
            if item is None:
                continue
            try:
                self._encode_video(item)
            except Exception:
                log.exception("live video encode failed")

    def _encode_video(self, item: Frame | av.VideoFrame) -> None:
        t0 = time.perf_counter()
        if isinstance(item, Frame):
            pts_ns = item.pts_ns
            vf = bgr_to_video_frame(item.image, self.encoder.pix_fmt)
        else:
            pts_ns = now_ns()
            pix_fmt = self.encoder.pix_fmt
            vf = item if item.format.name == pix_fmt else item.reformat(format=pix_fmt)
        width, height = self._out_size
        since_open = time.monotonic() - self._opened_at
        keyframe_due = self._keyframe.is_set()  # a reopen then costs no extra keyframe
        climbing = (self._target_bitrate > self._opened_bitrate * 1.25
                    and (since_open >= self.settings.reopen_min_s or keyframe_due))
        cutting = (self._target_bitrate < self._opened_bitrate * 0.8
                   and (since_open >= self.settings.cut_reopen_min_s or keyframe_due))
        if (self._vctx.width, self._vctx.height) != (width, height) or climbing or cutting or self._reopen:
            self._reopen = False
            self._open_video(width, height)
        if vf.width != width or vf.height != height:
            vf = vf.reformat(width=width, height=height)
        if self._origin_ns is None:
            self._origin_ns = pts_ns
        pts = (pts_ns - self._origin_ns) * 90_000 // 1_000_000_000
        if pts <= self._last_vpts:
            pts = self._last_vpts + 1
        self._last_vpts = pts
        vf.pts, vf.time_base = pts, VIDEO_CLOCK
        with self._feeds_lock:
            frame_feeds = list(self._frame_feeds)
        for frame_feed in frame_feeds:
            try:
                frame_feed.loop.call_soon_threadsafe(frame_feed._deliver, vf)
            except RuntimeError:
                frame_feed.closed = True
        if self._keyframe.is_set():
            self._keyframe.clear()
            vf.pict_type = av.video.frame.PictureType.I
        if self._vctx.bit_rate != self._target_bitrate:
            self._vctx.bit_rate = self._target_bitrate
        for packet in self._vctx.encode(vf):
            packet.time_base = VIDEO_CLOCK
            if packet.is_keyframe:
                self.keyframes += 1
            self.bytes_sent += packet.size
            self._fan_out("video", packet)
        self.frames_encoded += 1
        self.encode_ms = (time.perf_counter() - t0) * 1000

    def _drain_audio(self) -> None:
        with self._audio_lock:
            blocks, self._audio = self._audio, []
        with self._feeds_lock:
            listening = any(f.kind == "audio" for f in self._feeds) or any(
                k == "audio" for _f, k in self._sync_feeds)
        if not listening:  # nobody takes Opus (e.g. RTMP only): skip the encode, re-anchor later
            self._apts = None
            return
        for block in blocks:
            if self._origin_ns is None:
                continue  # audio timestamps count from the first picture
            if self._apts is None:
                self._apts = max(0, (block.pts_ns - self._origin_ns) * 48_000 // 1_000_000_000)
            af = av.AudioFrame.from_ndarray(block.samples.reshape(1, -1), format="s16", layout="mono")
            af.sample_rate = 48_000
            self._afifo.write(af)
            while self._afifo.samples >= 960:
                chunk = self._afifo.read(960)
                chunk.pts, chunk.time_base = self._apts, AUDIO_CLOCK
                self._apts += 960
                for packet in self._actx.encode(chunk):
                    packet.time_base = AUDIO_CLOCK
                    self._fan_out("audio", packet)

    def _fan_out(self, kind: str, packet: av.Packet) -> None:
        with self._feeds_lock:
            feeds = [f for f in self._feeds if f.kind == kind]
            sync = [f for f, k in self._sync_feeds if k == kind]
        for feed in feeds:
            self._send(feed, packet)
        for sync_feed in sync:
            sync_feed._deliver(kind, packet)

    @staticmethod
    def _send(feed: PacketFeed, packet: av.Packet | None) -> None:
        try:
            feed.loop.call_soon_threadsafe(feed._deliver, packet)
        except RuntimeError:  # the subscriber's loop is closed
            feed.closed = True


def silence_block(pts_ns: int, samples: int = 960) -> AudioBlock:
    return AudioBlock(np.zeros(samples, np.int16), pts_ns)
