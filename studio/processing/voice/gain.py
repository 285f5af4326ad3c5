"""Automatic gain toward a short-term loudness target, a noise gate, and a limiter.

Loudness is BS.1770's: K-weighted mean square, here over the last 3 s of *speech* (frames
the gate's detector calls speech), so pauses neither drag the estimate down nor let the
gain creep up: in a pause the gain holds and the gate closes, and the room does not pump.
The gate's detector compares each 10 ms frame with the noise floor (the quietest 50 ms
average of the last 3 s) and holds open 250 ms after the last speech frame. A peak limiter
at −1 dBFS (instant attack, 50 ms release, no look-ahead) keeps the output from clipping;
none of this delays the sound."""

from __future__ import annotations

import math
from collections import deque

import numpy as np

from studio.processing.voice.base import VoiceSettings, VoiceStage

FULL_SCALE_MS = 32768.0**2
# BS.1770-4 K-weighting at 48 kHz: high shelf, then the RLB high-pass (second-order sections).
K_WEIGHTING = np.array([
    [1.53512485958697, -2.69169618940638, 1.19839281085285, 1.0, -1.69065929318241, 0.73248077421585],
    [1.0, -2.0, 1.0, 1.0, -1.99004745483398, 0.99007225036621],
])


def _db(mean_square: float) -> float:
    return 10 * math.log10(max(mean_square, 1e-3) / FULL_SCALE_MS)


class AutoGain(VoiceStage):
    name = "gain"

    WINDOW = 300  # speech frames in the loudness estimate: 3 s
    MIN_FRAMES = 40  # 0.4 s of speech before the first estimate
    FAST_FRAMES = 100  # the first second of speech may move the gain fast
    MAX_GAIN_DB = 30.0
    MIN_GAIN_DB = -20.0
    STEP_DB = 0.1  # per speech frame: 10 dB/s
    FAST_STEP_DB = 1.0
    OPEN_DB = 9.0  # above the noise floor: speech
    SILENCE_DB = -70.0
    FLOOR_FRAMES = 300  # the noise floor: the quietest (50 ms smoothed) level of the last 3 s
    HOLD = 25  # frames the gate stays open after speech: 250 ms
    GATE_DEPTH = 10 ** (-30 / 20)
    GATE_RELEASE = 0.85  # per frame toward the depth: ~60 ms time constant
    CEILING = 32768 * 10 ** (-1 / 20)
    LIMIT_RELEASE = 0.8  # per frame back toward unity: ~45 ms

    def __init__(self) -> None:
        super().__init__()
        self.auto = False
        self.gate = False
        self.target_lufs = -16.0
        self._sos: np.ndarray | None = None
        self.reset()

    def _wants(self, settings: VoiceSettings) -> bool:
        self.auto, self.gate = settings.auto_gain, settings.gate
        self.target_lufs = float(settings.target_lufs)
        return self.auto or self.gate

    def reset(self) -> None:
        self.gain_db = 0.0
        self.floor_db = -50.0
        self.speaking = False  # the detector's view of the last frame
        self.limiting = False
        self.loudness: float | None = None  # short-term speech loudness in LUFS (input)
        self._hold = 0
        self._gate_gain = 1.0
        self._limit_gain = 1.0
        self._last_gain = 1.0
        self._speech_frames = 0
        self._weighted: deque[float] = deque(maxlen=self.WINDOW)
        self._levels: deque[float] = deque(maxlen=self.FLOOR_FRAMES)
        self._smoothed: float | None = None
        self._zi: np.ndarray | None = None

    @property
    def gate_open(self) -> bool:
        return self._hold > 0

    def process(self, frame: np.ndarray, pts_ns: int) -> np.ndarray:
        power = float(np.mean(frame * frame))
        level = _db(power)
        self._smoothed = power if self._smoothed is None else 0.8 * self._smoothed + 0.2 * power
        self._levels.append(max(_db(self._smoothed), self.SILENCE_DB - 20))
        self.floor_db = min(self._levels)
        self.speaking = level > max(self.floor_db + self.OPEN_DB, self.SILENCE_DB)
        self._hold = self.HOLD if self.speaking else max(0, self._hold - 1)

        if self.auto:
            self._follow_loudness(frame)
        gain = 10 ** (self.gain_db / 20) if self.auto else 1.0

        if self.gate and not self.gate_open:
            self._gate_gain = self.GATE_DEPTH + (self._gate_gain - self.GATE_DEPTH) * self.GATE_RELEASE
        else:
            self._gate_gain = 1.0
        total = gain * self._gate_gain
        out = frame * np.linspace(self._last_gain, total, len(frame), dtype=np.float32)
        self._last_gain = total

        peak = float(np.max(np.abs(out))) if len(out) else 0.0
        wanted = min(1.0, self.CEILING / peak) if peak > 0 else 1.0
        if wanted < self._limit_gain:
            self._limit_gain = wanted  # instant attack: this frame's peak lands on the ceiling
        else:
            self._limit_gain = min(wanted, 1.0 - (1.0 - self._limit_gain) * self.LIMIT_RELEASE)
        self.limiting = self._limit_gain < 0.99
        if self._limit_gain < 1.0:
            out *= self._limit_gain
        return out

    def _follow_loudness(self, frame: np.ndarray) -> None:
        from scipy.signal import sosfilt, sosfilt_zi

        if self._zi is None:
            self._zi = sosfilt_zi(K_WEIGHTING) * 0.0
        weighted, self._zi = sosfilt(K_WEIGHTING, frame, zi=self._zi)
        if not self.speaking:
            return  # hold the gain in pauses
        self._weighted.append(float(np.mean(weighted * weighted)))
        self._speech_frames += 1
        if len(self._weighted) < self.MIN_FRAMES:
            return
        self.loudness = -0.691 + _db(sum(self._weighted) / len(self._weighted))
        wanted = min(self.MAX_GAIN_DB, max(self.MIN_GAIN_DB, self.target_lufs - self.loudness))
        step = self.FAST_STEP_DB if self._speech_frames < self.FAST_FRAMES else self.STEP_DB
        self.gain_db += max(-step, min(step, wanted - self.gain_db))
