"""RTMP(S) output: the program to a selling platform's ingest (TikTok, Shopee, Lazada,
YouTube, Facebook, any RTMP server), as FLV with H.264 + AAC.

It leases the shared H.264 encode (keyframe every 2 s, capped VBV) and the shared AAC-LC
encode, and muxes their packets on its own thread through PyAV's FFmpeg (`rtmp://` and, with
TLS, `rtmps://`). A slow or dead destination only loses its own bounded backlog (reset to the
next keyframe); it never holds up the program, the recording or another destination. When the
connection drops it reconnects with a short backoff; a picture format change re-sends the
stream header on a fresh connection."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from fractions import Fraction
from urllib.parse import urlsplit

import av

from studio.encode.audio import AudioEncode, AudioEncodeSettings
from studio.encode.live import LiveEncoder, SyncPacketFeed
from studio.outputs.base import Output, OutputStatus
from studio.outputs.destinations import SECRETS, Destination, mask
from studio.outputs.feeds import Lease, ProgramFeeds, VideoEncodeSpec

log = logging.getLogger(__name__)

MS = Fraction(1, 1000)


@dataclass(frozen=True, slots=True)
class RtmpPolicy:
    backoff_s: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0)
    """Waits before successive reconnect attempts; the last repeats (back within ~3 s of the
    server returning)."""
    io_timeout_s: float = 5.0
    """A connect or write that makes no progress for this long counts as a dead link."""
    give_up_after: int = 6
    """Attempts that fail before the destination ever went live: then it is "failed" (a wrong
    URL or key); once it has been live it keeps trying."""


class RtmpOutput(Output):
    kind = "rtmp"
    consumes = "packets"

    def __init__(self, destination: Destination, key: str,
                 video: VideoEncodeSpec = VideoEncodeSpec(),
                 audio: AudioEncodeSettings = AudioEncodeSettings(),
                 policy: RtmpPolicy = RtmpPolicy()) -> None:
        super().__init__(destination.name)
        destination.validated()
        SECRETS.add(key)
        self.destination = destination
        self._url = destination.publish_url(key)
        self.host = urlsplit(destination.url).hostname or destination.url
        self.video_spec, self.audio_spec, self.policy = video, audio, policy
        self._video: Lease[LiveEncoder] | None = None
        self._audio: Lease[AudioEncode] | None = None
        self._feed: SyncPacketFeed | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.packets_sent = 0
        self.connections = 0

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self, feeds: ProgramFeeds) -> None:
        if self._thread is not None:
            raise RuntimeError(f"{self.name} is already running.")
        self._video = feeds.lease_video(self.video_spec)
        self._audio = feeds.lease_audio(self.audio_spec)
        feed = SyncPacketFeed()
        feed.attach(self._video.encoder, "video")
        feed.attach(self._audio.encoder, "audio")
        self._feed = feed
        self._stop.clear()
        self._set(OutputStatus.CONNECTING)
        self._thread = threading.Thread(target=self._run, name=f"RTMP {self.host}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._feed is not None:
            self._feed.close()
        if self._thread is not None:
            self._thread.join(timeout=self.policy.io_timeout_s + 2)
            self._thread = None
        for lease in (self._video, self._audio):
            if lease is not None:
                lease.release()
        self._video = self._audio = None
        self._feed = None
        if self.state.status != OutputStatus.FAILED:
            self._set(OutputStatus.IDLE)

    def frames_dropped(self) -> int:
        return self._feed.dropped if self._feed is not None else 0

    # -- the output's thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        failures = 0
        been_live = False
        while not self._stop.is_set():
            try:
                been_live |= self._connection()
                failures = 0
            except Exception as exc:  # noqa: BLE001 — every failure is a reconnect, said in a sentence
                if self._stop.is_set():
                    break
                failures += 1
                reason = self._sentence(exc)
                log.warning("RTMP %s: %s", self.name, mask(f"{type(exc).__name__}: {exc}"))
                if not been_live and failures >= self.policy.give_up_after:
                    self._set(OutputStatus.FAILED, reason + " Check the server URL and the stream key.")
                    return
                wait = self.policy.backoff_s[min(failures - 1, len(self.policy.backoff_s) - 1)]
                self._set(OutputStatus.RECONNECTING if been_live or failures > 1 else OutputStatus.CONNECTING,
                          reason, retry_in_s=wait, reconnects=self.state.reconnects + (1 if been_live else 0))
                if self._stop.wait(wait):
                    break
                assert self._feed is not None
                self._feed.restart()

    def _next(self) -> tuple[str, av.Packet] | None:
        """The next packet from the feed, or None when stopping."""
        assert self._feed is not None
        while not self._stop.is_set():
            item = self._feed.get(timeout=0.25)
            if item is None:
                return None
            if item is not False:
                return item  # type: ignore[return-value]
        return None

    def _connection(self) -> bool:
        """One connection: opened at a keyframe, muxed until stop (returns), a format change
        (returns, the loop reconnects at once) or an error (raises). True if it went live."""
        first = self._next()
        while first is not None and first[0] != "video":  # the feed starts at a keyframe
            first = self._next()
        if first is None:
            return False
        header = parameter_sets(bytes(first[1]))
        assert self._video is not None and self._audio is not None
        encoder, aac = self._video.encoder, self._audio.encoder
        width, height = encoder.output_size
        container = av.open(self._url, "w", format="flv", timeout=self.policy.io_timeout_s)
        live = False
        try:
            vs = container.add_stream("h264", rate=encoder.settings.fps)
            vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
            vs.time_base = MS
            vs.codec_context.extradata = header
            as_ = container.add_stream("aac", rate=48_000)
            as_.layout = "stereo" if aac.settings.channels == 2 else "mono"
            as_.time_base = MS
            as_.codec_context.extradata = aac.extradata
            as_.bit_rate = aac.settings.bitrate
            streams = {"video": vs, "audio": as_}
            base = _ms(first[1])
            last = {"video": -1, "audio": -1}
            item: tuple[str, av.Packet] | None = first
            self.connections += 1
            while item is not None:
                kind, packet = item
                if kind == "video" and packet.is_keyframe and item is not first \
                        and parameter_sets(bytes(packet)) != header:
                    # New size or rate: a fresh connection carries the new stream header.
                    assert self._feed is not None
                    with self._feed.cond:
                        self._feed.queue.appendleft(item)
                    log.info("RTMP %s: picture format changed; re-sending the stream header", self.name)
                    return live
                ts = _ms(packet) - base
                if ts >= 0:
                    ts = max(ts, last[kind] + 1)
                    last[kind] = ts
                    out = av.Packet(bytes(packet))  # the encode's packet is shared: never edit it
                    out.pts = out.dts = ts
                    out.time_base = MS
                    out.is_keyframe = packet.is_keyframe
                    out.stream = streams[kind]
                    container.mux(out)
                    self.packets_sent += 1
                    self._count_sent(packet.size)
                    if not live and kind == "video":
                        live = True
                        self._set(OutputStatus.LIVE)
                item = self._next()
            return live
        finally:
            try:
                container.close()
            except Exception:  # the link is gone already; nothing more to flush
                pass

    def _sentence(self, exc: BaseException) -> str:
        text = str(exc).lower()
        where = mask(self.host)
        if "refused" in text:
            return f"{where} refused the connection."
        if "timed out" in text or "timeout" in text or isinstance(exc, TimeoutError):
            return f"{where} stopped answering."
        if "name" in text and ("resolve" in text or "not known" in text or "address" in text):
            return f"Cannot find the server {where}: check the URL."
        if "protocol not found" in text:
            return "This computer cannot send RTMPS (TLS support is missing)."
        return f"The connection to {where} was lost."


def _ms(packet: av.Packet) -> int:
    assert packet.pts is not None and packet.time_base is not None
    return int(packet.pts * packet.time_base * 1000)


def parameter_sets(annexb: bytes) -> bytes:
    """The SPS and PPS NAL units of an Annex-B H.264 access unit (FLV's stream header)."""
    out = bytearray()
    i, n = 0, len(annexb)
    starts: list[tuple[int, int]] = []  # (start code position, NAL position)
    while i + 3 <= n:
        j = annexb.find(b"\x00\x00\x01", i)
        if j < 0:
            break
        code = j - 1 if j > 0 and annexb[j - 1] == 0 else j
        starts.append((code, j + 3))
        i = j + 3
    for k, (_code, nal) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else n
        if nal < n and annexb[nal] & 0x1F in (7, 8):
            out += b"\x00\x00\x00\x01" + annexb[nal:end]
    return bytes(out)
