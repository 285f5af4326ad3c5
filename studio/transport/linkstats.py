"""Connection quality, per link: numbers from aiortc's stats every 2 s, a level 0–5 the host
can read at a glance, and two minutes of history for the graphs.

Links: the publish uplink (WHIP), each co-host in each direction, the embedded server's
viewers in aggregate. Levels (thresholds in docs/quality.md):

    0 unknown · 1 excellent · 2 good · 3 poor · 4 bad · 5 down

Worsening shows at once; improving by a level needs two samples in a row (no flapping)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from studio.events import Signal

log = logging.getLogger(__name__)

HISTORY_S = 120.0


class QualityLevel(IntEnum):
    UNKNOWN = 0
    EXCELLENT = 1
    GOOD = 2
    POOR = 3
    BAD = 4
    DOWN = 5

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class LinkStats:
    link: str  # "publish", "cohost:<name> up", "viewers"…
    direction: str  # "send" or "receive"
    timestamp: float  # time.monotonic() of the sample
    rtt_ms: float | None = None
    fraction_lost: float | None = None  # 0..1 over the last interval
    jitter_ms: float | None = None
    bitrate_kbps: float | None = None  # sent or received, media only
    packets: int = 0  # packets in the last interval (0 with a live link = down)
    frames: int | None = None  # video frames in the last interval, where known
    fps: float | None = None
    freeze_ms: float = 0.0  # time without a new frame beyond 500 ms, in the interval
    width: int | None = None
    height: int | None = None
    connection: str = "connected"


# (loss, rtt ms, jitter ms, freeze ms) at or above which a level applies; checked worst first.
THRESHOLDS: tuple[tuple[QualityLevel, float, float, float, float], ...] = (
    (QualityLevel.BAD, 0.15, 600, 100, 1000),
    (QualityLevel.POOR, 0.05, 300, 50, 300),
    (QualityLevel.GOOD, 0.01, 150, 20, 1),
)


def raw_level(s: LinkStats) -> QualityLevel:
    if s.connection in ("failed", "closed", "disconnected") or s.packets == 0:
        return QualityLevel.DOWN
    if s.fraction_lost is None and s.rtt_ms is None and s.jitter_ms is None:
        return QualityLevel.UNKNOWN  # media flows, but no report says how well yet
    for level, loss, rtt, jitter, freeze in THRESHOLDS:
        if ((s.fraction_lost or 0) >= loss or (s.rtt_ms or 0) >= rtt or (s.jitter_ms or 0) >= jitter
                or s.freeze_ms >= freeze):
            return level
    return QualityLevel.EXCELLENT


class LevelTracker:
    """Applies the hysteresis: worse at once, better after two samples in a row."""

    def __init__(self) -> None:
        self.level = QualityLevel.UNKNOWN
        self._better_streak = 0

    def update(self, raw: QualityLevel) -> QualityLevel:
        if self.level == QualityLevel.UNKNOWN or raw >= self.level:
            self.level, self._better_streak = raw, 0
        else:
            self._better_streak += 1
            if self._better_streak >= 2:
                self.level, self._better_streak = raw, 0
        return self.level


@dataclass(frozen=True, slots=True)
class LinkSample:
    stats: LinkStats
    level: QualityLevel


class LinkHistory:
    """Two minutes of samples for one link."""

    def __init__(self, seconds: float = HISTORY_S) -> None:
        self.seconds = seconds
        self.samples: deque[LinkSample] = deque()

    def add(self, sample: LinkSample) -> None:
        self.samples.append(sample)
        while self.samples and sample.stats.timestamp - self.samples[0].stats.timestamp > self.seconds:
            self.samples.popleft()

    @property
    def latest(self) -> LinkSample | None:
        return self.samples[-1] if self.samples else None


class StatsCollector:
    """Polls one peer connection (or a group, for viewers) on the network loop."""

    def __init__(self, link: str, get_pcs: Callable[[], Iterable[Any]], direction: str = "send",
                 interval_s: float = 2.0, frames: Callable[[], int] | None = None) -> None:
        self.link, self.direction, self.interval_s = link, direction, interval_s
        self.get_pcs = get_pcs
        self.frames = frames  # a frame counter when the caller has one (co-host pictures)
        self.sampled: Signal[LinkSample] = Signal()
        self.history = LinkHistory()
        self._tracker = LevelTracker()
        self._prev: dict[str, tuple[int, int, int]] = {}  # stats id → (bytes, packets, lost)
        self._prev_frames: int | None = None
        self._last_frame_change = time.monotonic()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            try:
                sample = await self.sample()
            except Exception:
                log.debug("stats for %s failed", self.link, exc_info=True)
                continue
            if sample is not None:
                self.history.add(sample)
                self.sampled.emit(sample)

    async def sample(self) -> LinkSample | None:
        pcs = [pc for pc in self.get_pcs() if pc is not None]
        now = time.monotonic()
        if not pcs:
            return None
        primed = bool(self._prev)
        parts = [await self._stats_of(pc, now) for pc in pcs]
        if not primed:
            return None  # counters are cumulative: the first read only sets the baseline
        stats = _combine(self.link, self.direction, now, parts)
        if self.frames is not None:
            count = self.frames()
            new = count - self._prev_frames if self._prev_frames is not None else None
            self._prev_frames = count
            if new:
                self._last_frame_change = now
            stalled = (now - self._last_frame_change) * 1000
            stats = replace(stats, frames=new, fps=new / self.interval_s if new is not None else None,
                            freeze_ms=min(stalled, self.interval_s * 1000) if stalled > 500 else 0.0)
        return LinkSample(stats, self._tracker.update(raw_level(stats)))

    async def _stats_of(self, pc: Any, now: float) -> LinkStats:
        report = await pc.getStats()
        sent_bytes = recv_bytes = packets = 0
        rtts: list[float] = []
        losses: list[float] = []
        jitters: list[float] = []
        for s in report.values():
            key = s.id
            if s.type == "outbound-rtp" and self.direction == "send":
                b0, p0, _ = self._prev.get(key, (s.bytesSent, s.packetsSent, 0))
                sent_bytes += s.bytesSent - b0
                packets += s.packetsSent - p0
                self._prev[key] = (s.bytesSent, s.packetsSent, 0)
            elif s.type == "remote-inbound-rtp" and self.direction == "send":
                if s.roundTripTime is not None:
                    rtts.append(s.roundTripTime * 1000)
                losses.append((s.fractionLost or 0) / 256)
                jitters.append(s.jitter / (90 if s.kind == "video" else 48))
            elif s.type == "transport" and self.direction == "receive":
                b0, _, _ = self._prev.get(key, (s.bytesReceived, 0, 0))
                recv_bytes += s.bytesReceived - b0
                self._prev[key] = (s.bytesReceived, 0, 0)
        if self.direction == "receive":
            for receiver in pc.getReceivers():
                for ssrc, received, lost_total, jitter_ms in _media_streams(receiver):
                    key = f"rx{id(receiver)}:{ssrc}"
                    _, p0, l0 = self._prev.get(key, (0, received, lost_total))
                    got, missing = received - p0, max(0, lost_total - l0)
                    packets += got
                    if got + missing:
                        losses.append(missing / (got + missing))
                    jitters.append(jitter_ms)
                    self._prev[key] = (0, received, lost_total)
        moved = sent_bytes if self.direction == "send" else recv_bytes
        return LinkStats(self.link, self.direction, now,
                         rtt_ms=max(rtts) if rtts else None,
                         fraction_lost=max(losses) if losses else None,
                         jitter_ms=max(jitters) if jitters else None,
                         bitrate_kbps=moved * 8 / 1000 / self.interval_s,
                         packets=packets, connection=pc.connectionState)


def _media_streams(receiver: Any) -> list[tuple[int, int, int, float]]:
    """(ssrc, packets received, lost, jitter ms) per media SSRC of one receiver.

    aiortc files every stream of a receiver under one `inbound-rtp` id, so once
    retransmissions arrive its public report shows the RTX stream instead of the media; its
    per-stream table (private) is read instead, RTX streams left out."""
    table = getattr(receiver, "_RTCRtpReceiver__remote_streams", None)
    rtx = getattr(receiver, "_RTCRtpReceiver__rtx_ssrc", None) or {}
    if not isinstance(table, dict):
        return []
    kind = getattr(getattr(receiver, "track", None), "kind", "video")
    rows = []
    for ssrc, stream in list(table.items()):
        if ssrc in rtx or getattr(stream, "max_seq", None) is None:
            continue
        clock = getattr(stream, "_clockrate", None) or (90_000 if kind == "video" else 48_000)
        rows.append((ssrc, stream.packets_received, stream.packets_lost, stream.jitter * 1000 / clock))
    return rows


def _combine(link: str, direction: str, now: float, parts: list[LinkStats]) -> LinkStats:
    """One link's numbers from several peers (viewers): the worst of each, summed rates."""
    if len(parts) == 1:
        return parts[0]

    def worst(values: Iterable[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return max(known) if known else None

    connected = [p for p in parts if p.connection == "connected"]
    return LinkStats(link, direction, now,
                     rtt_ms=worst(p.rtt_ms for p in connected),
                     fraction_lost=worst(p.fraction_lost for p in connected),
                     jitter_ms=worst(p.jitter_ms for p in connected),
                     bitrate_kbps=sum(p.bitrate_kbps or 0 for p in parts),
                     packets=sum(p.packets for p in parts),
                     connection="connected" if connected else parts[0].connection)


class QualityBoard:
    """Every link the session has, for the Quality dock and the LIVE badge (thread-safe reads)."""

    def __init__(self) -> None:
        self.collectors: dict[str, StatsCollector] = {}
        self.changed: Signal[LinkSample] = Signal()

    def add(self, collector: StatsCollector) -> None:
        self.collectors[collector.link] = collector
        collector.sampled.connect(self.changed.emit)

    def remove(self, link: str) -> StatsCollector | None:
        return self.collectors.pop(link, None)

    def snapshot(self) -> dict[str, LinkSample | None]:
        return {name: c.history.latest for name, c in list(self.collectors.items())}

    def history(self, link: str) -> list[LinkSample]:
        collector = self.collectors.get(link)
        return list(collector.history.samples) if collector else []
