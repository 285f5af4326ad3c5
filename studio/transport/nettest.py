"""The pre-live network test: a short WHIP publish of a test pattern to the chosen target,
stepping the bitrate up until the link shows loss or queueing. Reports the round trip, the
loss and an upload estimate, and recommends a picture size and bitrate. Within 10 s.

The pattern is noise at 360p, which no encoder can squeeze, so the bitrate asked for is the
bitrate sent. It goes to the target's stream for a few seconds before the show starts."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from studio.encode.live import LiveEncoder, LiveEncoderSettings
from studio.media.frames import Frame, now_ns
from studio.transport.uplink import tap_remb
from studio.transport.whip import WhipPublisher

log = logging.getLogger(__name__)

STEPS_BPS = (500_000, 1_000_000, 2_000_000, 3_000_000, 4_500_000, 6_000_000)


@dataclass(frozen=True, slots=True)
class Preset:
    label: str
    width: int
    height: int
    fps: int
    bitrate: int


PRESETS = (
    Preset("1080p30", 1920, 1080, 30, 4_500_000),
    Preset("720p30", 1280, 720, 30, 2_500_000),
    Preset("540p30", 960, 540, 30, 1_200_000),
    Preset("360p30", 640, 360, 30, 600_000),
)


@dataclass(frozen=True, slots=True)
class Step:
    asked_bps: int
    sent_kbps: float
    loss: float | None
    rtt_ms: float | None


@dataclass(frozen=True, slots=True)
class NetTestResult:
    connect_ms: float
    rtt_ms: float | None
    loss: float  # over the clean steps, 0..1
    uplink_kbps: int  # the most the link carried without loss or queueing
    recommended: Preset
    steps: tuple[Step, ...] = field(default_factory=tuple)

    def sentence(self) -> str:
        rtt = f"round trip {self.rtt_ms:.0f} ms" if self.rtt_ms is not None else "round trip unknown"
        r = self.recommended
        return (f"Upload ≈ {self.uplink_kbps / 1000:.1f} Mbit/s, {rtt}, {self.loss * 100:.1f} % loss. "
                f"Recommended: {r.label} at {r.bitrate / 1e6:.1f} Mbit/s.")


def recommend(uplink_kbps: float) -> Preset:
    """The largest preset that leaves 20 % of the upload free (audio, retransmissions, bursts)."""
    for preset in PRESETS:
        if preset.bitrate <= uplink_kbps * 1000 * 0.8:
            return preset
    return PRESETS[-1]


async def run_network_test(url: str, token: str | None = None, seconds: float = 8.0,
                           on_step: Callable[[Step], None] | None = None) -> NetTestResult:
    encoder = LiveEncoder(LiveEncoderSettings(width=640, height=360, fps=30, bitrate=STEPS_BPS[0],
                                              min_bitrate=100_000, max_bitrate=STEPS_BPS[-1],
                                              keyframe_interval_s=1.0, reopen_min_s=0.5))
    encoder.start()
    rng = np.random.default_rng(7)
    pattern = [rng.integers(0, 256, (360, 640, 3), dtype=np.uint8) for _ in range(16)]

    async def feed() -> None:
        t0, i = now_ns(), 0
        while True:
            due = t0 + i * 33_333_333
            await asyncio.sleep(max(0.0, (due - now_ns()) / 1e9))
            encoder.push_video(Frame(pattern[i % len(pattern)], due, i))
            i += 1

    feeding = asyncio.ensure_future(feed())
    publisher = WhipPublisher(url, encoder, token)
    steps: list[Step] = []
    try:
        result = await publisher.start(timeout=5.0)
        assert publisher.pc is not None
        video = next(s for s in publisher.pc.getSenders() if s.track is not None and s.track.kind == "video")
        remb = tap_remb(video)
        step_s = seconds / len(STEPS_BPS)
        best_rtt: float | None = None
        last_stamp = None
        counts = (0, 0)  # packets lost and sent, as of the receiver's newest report

        async def receiver_report() -> float | None:
            """The round trip in the receiver's newest report, None if no new one (or none in it)."""
            nonlocal last_stamp, counts
            stats = await video.getStats()
            remote = next((v for v in stats.values() if v.type == "remote-inbound-rtp"), None)
            if remote is None or remote.timestamp == last_stamp:
                return None
            last_stamp = remote.timestamp
            counts = (remote.packetsLost, remote.packetsLost + remote.packetsReceived)
            return remote.roundTripTime * 1000 if remote.roundTripTime is not None else None

        for asked in STEPS_BPS:
            encoder.set_bitrate(asked)
            sent0, t_step, counts0 = encoder.bytes_sent, time.perf_counter(), counts
            rtt = None
            while (left := step_s - (time.perf_counter() - t_step)) > 0:
                await asyncio.sleep(min(0.1, left))  # reports come every 0.5–1.5 s: read each one
                fresh = await receiver_report()
                if fresh is not None:
                    rtt = fresh
                    best_rtt = fresh if best_rtt is None else min(best_rtt, fresh)
            # loss over the whole step, from the reports' running counts (one report's fraction
            # jumps on a jittery path, where packets arrive out of order across its interval)
            lost, total = counts[0] - counts0[0], counts[1] - counts0[1]
            loss = max(0, lost) / total if total > 0 else None
            sent_kbps = (encoder.bytes_sent - sent0) * 8 / 1000 / (time.perf_counter() - t_step)
            step = Step(asked, sent_kbps, loss, rtt)
            steps.append(step)
            if on_step is not None:
                on_step(step)
            queueing = rtt is not None and best_rtt is not None and rtt > max(2 * best_rtt, best_rtt + 50)
            if (loss is not None and loss > 0.05) or queueing:
                break  # the link is full: the previous steps tell what it carries
        deadline = time.perf_counter() + 3.0
        while best_rtt is None and time.perf_counter() < deadline:
            # a short test on a busy machine can end before the first report with a round
            # trip in it (it needs a sender report first): wait for one, at the lowest step
            encoder.set_bitrate(STEPS_BPS[0])
            await asyncio.sleep(0.1)
            best_rtt = await receiver_report()
        clean = [s for s in steps if (s.loss or 0) <= 0.05]
        uplink = max((s.sent_kbps for s in clean), default=steps[0].sent_kbps * 0.5 if steps else 0.0)
        estimate = remb()
        if estimate and len(clean) < len(steps):  # the receiver's view, when the link saturated
            uplink = min(uplink, estimate / 1000)
        losses = [s.loss for s in clean if s.loss is not None]
        return NetTestResult(result.connect_ms, best_rtt, sum(losses) / len(losses) if losses else 0.0,
                             int(uplink), recommend(uplink), tuple(steps))
    finally:
        feeding.cancel()
        await publisher.close()
        encoder.stop()
