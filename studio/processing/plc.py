"""Packet-loss concealment for received audio.

aiortc's audio receiver emits only the frames whose packets arrived: a lost packet is a
20 ms hole, and a stream with holes, re-encoded and counted forward, plays short and
choppy. Received frames carry their RTP timestamp (48 kHz clock), so the holes can be
seen and filled: the last good 20 ms is repeated, 6 dB quieter each time (the ear hears a
smooth dip, not a click), fading to silence for longer gaps. After a gap of more than half
a second the stream is simply resynchronised (the sender paused or restarted)."""

from __future__ import annotations

from dataclasses import dataclass

import av
import numpy as np

RATE = 48_000
MAX_FILL = RATE // 2  # longer gaps are a pause or a restart, not loss


@dataclass
class ConcealStats:
    frames: int = 0
    concealed_samples: int = 0
    gaps: int = 0

    @property
    def concealed_ms(self) -> float:
        return self.concealed_samples * 1000 / RATE


class LossConcealer:
    def __init__(self) -> None:
        self.next_pts: int | None = None
        self._last: np.ndarray | None = None
        self.stats = ConcealStats()

    def push(self, samples: np.ndarray, pts: int | None) -> list[np.ndarray]:
        """`samples`: int16 mono at 48 kHz; `pts` on the 48 kHz RTP clock (None: unknown).
        Returns the blocks to play: concealment for any hole before this frame, then it."""
        out: list[np.ndarray] = []
        if pts is not None and self.next_pts is not None:
            gap = pts - self.next_pts
            if gap < 0 and pts + len(samples) <= self.next_pts:
                return out  # a duplicate or a packet that came after its hole was filled
            if 0 < gap <= MAX_FILL:
                out.extend(self._fill(gap))
        self.stats.frames += 1
        out.append(samples)
        self._last = samples
        if pts is not None:
            self.next_pts = pts + len(samples)
        return out

    def _fill(self, count: int) -> list[np.ndarray]:
        self.stats.gaps += 1
        self.stats.concealed_samples += count
        blocks = []
        last = self._last if self._last is not None and len(self._last) else np.zeros(960, np.int16)
        gain = 1.0
        remaining = count
        while remaining > 0:
            gain *= 0.5
            n = min(remaining, len(last))
            block = last[:n].astype(np.float32) * gain if gain > 0.01 else np.zeros(n, np.float32)
            blocks.append(block.astype(np.int16))
            remaining -= n
        return blocks


class ReceivedAudio:
    """A received audio track's frames → 48 kHz mono int16 blocks, holes concealed.
    One per incoming track (the resampler and the concealer keep state)."""

    def __init__(self) -> None:
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        self.concealer = LossConcealer()

    def blocks(self, frame: av.AudioFrame) -> list[np.ndarray]:
        pts = frame.pts if frame.sample_rate == RATE else None  # RTP clock = sample clock
        out: list[np.ndarray] = []
        for resampled in self._resampler.resample(frame):
            samples = resampled.to_ndarray().reshape(-1).astype(np.int16, copy=False)
            out.extend(self.concealer.push(samples, pts))
            if pts is not None:  # a resampler may split one frame
                pts += len(samples)
        return out
