"""A shared audio encode for outputs that cannot take Opus (RTMP wants AAC-LC).

Every RTMP destination subscribes to the same encode; the encode runs on its own small
thread, so the audio source's callback only appends a block and returns."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from fractions import Fraction

import av
import numpy as np

from studio.encode.live import SyncPacketFeed
from studio.media.frames import AudioBlock

log = logging.getLogger(__name__)

SAMPLE_RATE = 48_000
CLOCK = Fraction(1, SAMPLE_RATE)


@dataclass(frozen=True, slots=True)
class AudioEncodeSettings:
    codec: str = "aac"
    """FFmpeg's native AAC-LC encoder (the wheels carry no libfdk_aac)."""
    bitrate: int = 128_000
    """What the platforms' ingest guides ask for (128 kbit/s AAC-LC)."""
    channels: int = 2
    """Stereo (the mono program duplicated): some ingest servers reject mono AAC."""


class AudioEncode:
    """Program audio blocks in, AAC packets out to subscribers; timestamps in 1/48000 from
    `origin_ns`, the same instant the video encode counts from."""

    def __init__(self, settings: AudioEncodeSettings = AudioEncodeSettings(),
                 origin_ns: int | None = None) -> None:
        self.settings = settings
        self._origin_ns = origin_ns
        self._ctx = av.CodecContext.create(settings.codec, "w")
        self._ctx.sample_rate = SAMPLE_RATE
        self._ctx.layout = "stereo" if settings.channels == 2 else "mono"
        self._ctx.format = "fltp"
        self._ctx.bit_rate = settings.bitrate
        self._ctx.time_base = CLOCK
        self._ctx.open()
        self.extradata: bytes = bytes(self._ctx.extradata or b"")
        self.frame_size = self._ctx.frame_size or 1024
        self._fifo = av.AudioFifo()
        self._pts: int | None = None
        self._blocks: list[AudioBlock] = []
        self._cond = threading.Condition()
        self._feeds: list[SyncPacketFeed] = []
        self._stop = False
        self._thread: threading.Thread | None = None
        self.packets = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="AudioEncode", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        for feed in list(self._feeds):
            feed._deliver("audio", None)

    # -- producers / subscribers (any thread) ---------------------------------------------------
    def push_audio(self, block: AudioBlock) -> None:
        with self._cond:
            if len(self._blocks) < 50:  # 1 s; more means the thread is stuck anyway
                self._blocks.append(block)
                self._cond.notify()

    def subscribe_sync(self, feed: SyncPacketFeed, kind: str) -> None:
        with self._cond:
            self._feeds.append(feed)

    def unsubscribe_sync(self, feed: SyncPacketFeed) -> None:
        with self._cond:
            if feed in self._feeds:
                self._feeds.remove(feed)

    def request_keyframe(self) -> None:  # every AAC frame is a keyframe
        pass

    # -- encoder thread ----------------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._blocks) or self._stop)
                if self._stop:
                    return
                blocks, self._blocks = self._blocks, []
            try:
                for block in blocks:
                    self._encode(block)
            except Exception:
                log.exception("the AAC encode failed on a block")

    def _encode(self, block: AudioBlock) -> None:
        if self._origin_ns is None:
            self._origin_ns = block.pts_ns
        if self._pts is None:
            self._pts = max(0, (block.pts_ns - self._origin_ns) * SAMPLE_RATE // 1_000_000_000)
        mono = block.samples.astype(np.float32) / 32768.0
        planes = np.vstack([mono] * self.settings.channels)
        frame = av.AudioFrame.from_ndarray(planes, format="fltp", layout=self._ctx.layout.name)
        frame.sample_rate = SAMPLE_RATE
        self._fifo.write(frame)
        while self._fifo.samples >= self.frame_size:
            chunk = self._fifo.read(self.frame_size)
            chunk.pts, chunk.time_base = self._pts, CLOCK
            self._pts += self.frame_size
            for packet in self._ctx.encode(chunk):
                packet.time_base = CLOCK
                self.packets += 1
                with self._cond:
                    feeds = list(self._feeds)
                for feed in feeds:
                    feed._deliver("audio", packet)
