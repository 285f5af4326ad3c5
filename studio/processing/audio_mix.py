"""Audio levels, gain and mixing. Runs in the audio source's thread: cheap per block."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from studio.media.frames import AudioBlock

SILENCE_DB = -90.0
CLIP_LEVEL = 32000  # samples at or beyond this count as clipping


@dataclass(frozen=True, slots=True)
class AudioLevel:
    rms_db: float
    peak_db: float
    peak_hold_db: float
    clipping: bool  # clipped within the last second


def dbfs(value: float) -> float:
    return 20 * math.log10(value / 32768) if value > 0 else SILENCE_DB


class LevelMeter:
    """RMS and peak in dBFS with a 1.5 s peak hold and a 1 s clip indicator."""

    HOLD_NS = 1_500_000_000
    CLIP_NS = 1_000_000_000

    def __init__(self) -> None:
        self.level = AudioLevel(SILENCE_DB, SILENCE_DB, SILENCE_DB, False)
        self._hold = SILENCE_DB
        self._hold_at = 0
        self._clip_at = -self.CLIP_NS

    def measure(self, block: AudioBlock) -> AudioLevel:
        samples = block.samples.astype(np.float32)
        peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
        rms = float(np.sqrt(np.mean(samples * samples))) if len(samples) else 0.0
        peak_db = dbfs(peak)
        t = block.pts_ns
        if peak_db >= self._hold or t - self._hold_at > self.HOLD_NS:
            self._hold, self._hold_at = peak_db, t
        if peak >= CLIP_LEVEL:
            self._clip_at = t
        self.level = AudioLevel(dbfs(rms), peak_db, self._hold, t - self._clip_at < self.CLIP_NS)
        return self.level


class AudioMixer:
    """Host microphone (gain, meter) → program audio outputs. Co-host inputs join later."""

    def __init__(self) -> None:
        self._gain = 1.0
        self.meter = LevelMeter()
        self._outputs: list[Callable[[AudioBlock], None]] = []
        self._lock = threading.Lock()

    @property
    def gain_db(self) -> float:
        return 20 * math.log10(self._gain)

    def set_gain_db(self, gain_db: float) -> None:
        if not -30.0 <= gain_db <= 30.0:
            raise ValueError(f"Microphone gain must be between -30 and +30 dB, not {gain_db}.")
        self._gain = 10 ** (gain_db / 20)

    def add_output(self, push: Callable[[AudioBlock], None]) -> None:
        with self._lock:
            self._outputs = [*self._outputs, push]

    def remove_output(self, push: Callable[[AudioBlock], None]) -> None:
        with self._lock:
            self._outputs = [o for o in self._outputs if o != push]

    def push(self, block: AudioBlock) -> None:
        if self._gain != 1.0:
            scaled = np.clip(block.samples.astype(np.float32) * self._gain, -32768, 32767)
            block = AudioBlock(scaled.astype(np.int16), block.pts_ns, block.sample_rate)
        self.meter.measure(block)
        for push in self._outputs:
            push(block)
