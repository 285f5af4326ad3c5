"""Echo cancellation: what the studio plays on the speakers, taken back out of the microphone.

`FarEndReference` is the tap: whatever plays the studio's sound on the host's speakers pushes
exactly those samples into it, stamped with when they reach the speaker (the DAC time), and
`EchoCanceller` reads the reference for each microphone frame by the frame's capture time.
Aligning by time rather than by arrival keeps the echo path short and steady however the
two audio callbacks are scheduled; a 20 ms margin keeps the echo after its reference when
the reported device latencies are a little off.

The canceller is SpeexDSP's MDF adaptive filter (200 ms echo tail) followed by a broadband
residual-echo suppressor that adds no delay. Chosen by measurement (docs/voice.md): on
espeak-ng speech through a simulated laptop echo path, MDF plus this suppressor reached
28 dB ERLE after 2 s and kept the host's voice within 0.3 dB in double talk; WebRTC's AEC3
(LiveKit's APM) reached 45 dB but took 6 dB off the host's voice whenever both talked."""

from __future__ import annotations

import threading

import numpy as np

from studio.media.frames import now_ns
from studio.processing.voice.base import VoiceSettings, VoiceStage
from studio.processing.voice.native import FRAME, RATE, SpeexEcho

NS_PER_SAMPLE = 1_000_000_000 / RATE


class FarEndReference:
    """The last 2 s of what the speakers played, addressable by time (thread-safe).

    `push` from the playback callback; `read` from the microphone's thread."""

    SIZE = 2 * RATE
    MARGIN_NS = 20_000_000  # the echo must come after its reference: allow this much timing error
    JUMP_NS = 2_000_000  # a larger gap or overlap re-anchors the timeline (underrun, clock drift)
    ACTIVE_NS = 1_000_000_000
    AUDIBLE = 32.0  # ~-60 dBFS peak: quieter than this nothing comes back worth cancelling

    def __init__(self) -> None:
        self._ring = np.zeros(self.SIZE, np.float32)
        self._written = 0  # samples ever written
        self._anchor_ns: float | None = None  # time of sample 0
        self._audible_ns = -(10**18)
        self._lock = threading.Lock()

    def push(self, samples: np.ndarray, dac_time_ns: int | None = None) -> None:
        """`samples` (48 kHz mono, int16 or int16-scale float) start playing at `dac_time_ns`."""
        t = now_ns() if dac_time_ns is None else dac_time_ns
        data = np.asarray(samples, np.float32)
        with self._lock:
            if self._anchor_ns is None:
                self._anchor_ns = t
                self._written = 0
            expected = self._anchor_ns + self._written * NS_PER_SAMPLE
            if t - expected > self.JUMP_NS:  # a gap: silence was played
                gap = min(int((t - expected) / NS_PER_SAMPLE), self.SIZE)
                self._write(np.zeros(gap, np.float32))
                expected = self._anchor_ns + self._written * NS_PER_SAMPLE
            if abs(t - expected) > self.JUMP_NS:
                self._anchor_ns = t - self._written * NS_PER_SAMPLE
            self._write(data)
            if len(data) and float(np.max(np.abs(data))) >= self.AUDIBLE:
                self._audible_ns = int(t + len(data) * NS_PER_SAMPLE)

    def _write(self, data: np.ndarray) -> None:
        data = data[-self.SIZE :]
        start = self._written % self.SIZE
        first = min(len(data), self.SIZE - start)
        self._ring[start : start + first] = data[:first]
        self._ring[: len(data) - first] = data[first:]
        self._written += len(data)

    def read(self, pts_ns: int, count: int = FRAME) -> np.ndarray:
        """What played `MARGIN_NS` before `pts_ns`, `count` samples (silence where nothing did)."""
        out = np.zeros(count, np.float32)
        with self._lock:
            if self._anchor_ns is None:
                return out
            first = int(round((pts_ns - self.MARGIN_NS - self._anchor_ns) / NS_PER_SAMPLE))
            lo, hi = max(first, self._written - self.SIZE), min(first + count, self._written)
            if hi > lo:
                out[lo - first : hi - first] = self._ring[np.arange(lo, hi) % self.SIZE]
        return out

    def audible(self, pts_ns: int) -> bool:
        """Did the speakers play anything audible within the second before `pts_ns`?"""
        return pts_ns - self._audible_ns < self.ACTIVE_NS

    def clear(self) -> None:
        with self._lock:
            self._anchor_ns = None
            self._written = 0
            self._ring[:] = 0
            self._audible_ns = -(10**18)


class ResidualEchoSuppressor:
    """What the adaptive filter leaves (a few % of the echo) is cut with a broadband gain when
    the output is no louder than the leak the filter is known to let through; the host's own
    voice is far louder than that leak, so double talk passes. No look-ahead, no delay."""

    FLOOR = 10 ** (-18 / 20)
    AUDIBLE_MS = 100.0  # echo estimate mean square above this (~-50 dBFS) counts as far-end talk

    def __init__(self) -> None:
        self.leak = 1.0  # output energy / echo-estimate energy while only the far end talks
        self._gain = 1.0

    def process(self, near: np.ndarray, out: np.ndarray) -> np.ndarray:
        estimate = near - out
        e_out = float(np.mean(out * out)) + 1.0
        e_est = float(np.mean(estimate * estimate)) + 1.0
        if e_est > self.AUDIBLE_MS:
            ratio = e_out / e_est
            self.leak = ratio if ratio < self.leak else self.leak * 1.02  # a floor that rises slowly
            gain = max(self.FLOOR, 1.0 - 2.0 * self.leak * e_est / e_out)
        else:
            self.leak = min(self.leak * 1.02, 1.0)
            gain = 1.0
        ramp = np.linspace(self._gain, gain, len(out), dtype=np.float32)
        self._gain = gain
        return out * ramp

    def reset(self) -> None:
        self.leak, self._gain = 1.0, 1.0


class EchoCanceller(VoiceStage):
    name = "echo"

    def __init__(self, reference: FarEndReference, tail_ms: int = 200) -> None:
        super().__init__()
        self.reference = reference
        self.tail_ms = tail_ms
        self._filter: SpeexEcho | None = None
        self._suppressor = ResidualEchoSuppressor()
        self.cancelling = False  # the far end was audible on the last frame

    def _wants(self, settings: VoiceSettings) -> bool:
        return settings.cancels_echo

    def process(self, frame: np.ndarray, pts_ns: int) -> np.ndarray:
        self.cancelling = self.reference.audible(pts_ns)
        if not self.cancelling:  # nobody remote is audible: nothing to cancel, keep what was learnt
            return frame
        if self._filter is None:
            self._filter = SpeexEcho(self.tail_ms)
        far = self.reference.read(pts_ns, len(frame))
        return self._suppressor.process(frame, self._filter.cancel(frame, far))

    def reset(self) -> None:
        if self._filter is not None:
            self._filter.reset()
        self._suppressor.reset()
        self.cancelling = False

    def close(self) -> None:
        filt, self._filter = self._filter, None
        if filt is not None:
            filt.close()
