"""Echo cancellation: what the studio plays on the speakers, taken back out of the microphone.

`FarEndReference` is the tap: whatever plays the studio's sound on the host's speakers pushes
exactly those samples into it, stamped with when they reach the speaker (the DAC time), and
`EchoCanceller` reads the reference for each microphone frame by the frame's capture time.
Aligning by time rather than by arrival keeps the echo path short and steady however the
two audio callbacks are scheduled. Reported device latencies can be far off, so both
timelines run on their sample counts and `EchoDelayEstimator` finds where the echo really
is (−0.4..1 s from its stamps); until it has, a 20 ms margin keeps the echo after its
reference.

The canceller is SpeexDSP's MDF adaptive filter (200 ms echo tail) followed by a broadband
residual-echo suppressor that adds no delay. Chosen by measurement (docs/voice.md): on
espeak-ng speech through a simulated laptop echo path, MDF plus this suppressor reached
28 dB ERLE after 2 s and kept the host's voice within 0.3 dB in double talk; WebRTC's AEC3
(LiveKit's APM) reached 45 dB but took 6 dB off the host's voice whenever both talked."""

from __future__ import annotations

import threading
from collections import deque

import numpy as np

from studio.media.frames import now_ns
from studio.processing.voice.base import VoiceSettings, VoiceStage
from studio.processing.voice.native import FRAME, RATE, SpeexEcho

NS_PER_SAMPLE = 1_000_000_000 / RATE


class FarEndReference:
    """The last 3 s of what the speakers played, addressable by time (thread-safe).

    `push` from the playback callback; `read` from the microphone's thread."""

    SIZE = 3 * RATE
    MARGIN_NS = 20_000_000  # the echo must come after its reference: allow this much timing error
    JUMP_NS = 100_000_000  # beyond this a stamp is a gap, a restart or lost samples; within it,
    # callback jitter: the timeline runs on the sample count. PortAudio through PulseAudio's ALSA
    # plug-in calls back in bursts with near-equal stamps (measured: 58 ms off the sample count
    # after a burst, which a tighter bound turned into holes in the reference); it stalls ~1.7 s
    # at start (a gap) and, after an underrun, drops what it had queued (the count runs ahead
    # of the stamps: up to 150 ms at once, measured). The delay estimator takes care of a
    # constant offset and of slow drift.
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

    def read(self, pts_ns: int, count: int = FRAME, delay_ns: int | None = None) -> np.ndarray:
        """`count` samples of what started playing `delay_ns` (default `MARGIN_NS`) before
        `pts_ns`; silence where nothing did."""
        delay = self.MARGIN_NS if delay_ns is None else delay_ns
        out = np.zeros(count, np.float32)
        with self._lock:
            if self._anchor_ns is None:
                return out
            first = int(round((pts_ns - delay - self._anchor_ns) / NS_PER_SAMPLE))
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


class EchoDelayEstimator:
    """When the echo really comes back, relative to the reference's timestamps. Reported device
    latencies can be far off (through PulseAudio's ALSA plug-in, measured here: the echo came
    30–70 ms *before* its stamps, and the microphone's own latency estimate wandered by 150 ms),
    beyond what the adaptive filter spans. Every quarter second of far-end talk, the last
    second of microphone is cross-correlated (PHAT-weighted, at 6 kHz) with the reference over
    −0.4..1 s of delay; a delay is taken when two estimates in a row agree within 8 ms and the echo
    has left the span the adaptive filter covers."""

    DECIMATE = 8
    SPAN = RATE // DECIMATE  # 1 s of microphone at 6 kHz
    EARLIEST_NS = -400_000_000  # echoes up to 0.4 s before their stamps (a microphone whose first
    # latency estimate was 150 ms too long, measured, anchors its clock that much early) …
    LATEST_NS = 1_000_000_000  # … to 1 s after
    EVERY = 25  # frames: 0.25 s while searching …
    EVERY_SETTLED = 100  # … then once a second, to follow a changed device
    AGREE = RATE // 125  # 8 ms: a room's echo smears the peak by a few milliseconds
    WITHIN_TAIL = RATE // 10  # a later echo by up to 100 ms stays inside the 200 ms filter
    PEAK_RATIO = 8.0  # the peak against the correlation's spread: a clear echo, not chance
    # (measured: 30–46 on PulseAudio's loopback, 10–15 through a simulated room, 5–7 by chance)

    def __init__(self) -> None:
        self._mic: deque[np.ndarray] = deque(maxlen=self.SPAN // (FRAME // self.DECIMATE))
        self._frames = 0
        self._last: int | None = None
        self.delay: int | None = None  # samples at 48 kHz the echo comes after its stamps (< 0: before)

    def add(self, mic: np.ndarray, reference: FarEndReference, pts_ns: int) -> bool:
        """Feed one microphone frame captured at `pts_ns`; True when the accepted delay changed."""
        self._mic.append(mic.reshape(-1, self.DECIMATE).mean(axis=1))
        self._frames += 1
        every = self.EVERY if self.delay is None else self.EVERY_SETTLED
        if self._frames % every or len(self._mic) < (self._mic.maxlen or 0):
            return False
        lag = self._estimate(reference, pts_ns + len(mic) * 1_000_000_000 // RATE)
        agreed = lag is not None and self._last is not None and abs(lag - self._last) <= self.AGREE
        self._last = lag
        if not agreed or lag is None:
            return False
        if self.delay is not None and -self.AGREE <= lag - self.delay <= self.WITHIN_TAIL:
            return False  # still inside what the filter spans: moving would only unlearn it
        self.delay = lag
        return True

    def _estimate(self, reference: FarEndReference, end_ns: int) -> int | None:
        """The delay in samples, or None without a clear answer. The microphone holds [end − 1 s,
        end); the reference is read over stamps [end − 1 s − LATEST, end − EARLIEST)."""
        mic = np.concatenate(self._mic)
        window_ns = 1_000_000_000 + self.LATEST_NS - self.EARLIEST_NS
        count = window_ns * RATE // 1_000_000_000
        ref = reference.read(end_ns - self.EARLIEST_NS, count, window_ns)
        ref = ref[: len(ref) // self.DECIMATE * self.DECIMATE].reshape(-1, self.DECIMATE).mean(axis=1)
        if float(np.std(ref)) < 1.0 or float(np.std(mic)) < 1.0:
            return None
        n = 1 << int(np.ceil(np.log2(len(ref) + len(mic))))
        spectrum = np.fft.rfft(ref, n) * np.conj(np.fft.rfft(mic, n))
        corr = np.fft.irfft(spectrum / (np.abs(spectrum) + 1e-9), n)[: len(ref) - len(mic) + 1]
        k = int(np.argmax(corr))
        if corr[k] / (float(np.std(corr)) + 1e-12) < self.PEAK_RATIO:
            return None
        # mic[i] ~ ref[i + k]: the reference k samples into its window, i.e. LATEST - k late
        return self.LATEST_NS * RATE // 1_000_000_000 - k * self.DECIMATE

    def reset(self) -> None:
        self._mic.clear()
        self._frames = 0
        self._last = None
        self.delay = None


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
    CLOCK_JUMP_NS = 1_000_000_000  # the microphone's stamps wander 150 ms with its latency estimate
    GUARD = RATE // 100  # read the reference 10 ms earlier than the estimated delay: the echo's
    # direct path lands inside the filter even when the estimate is a little late

    def __init__(self, reference: FarEndReference, tail_ms: int = 200) -> None:
        super().__init__()
        self.reference = reference
        self.tail_ms = tail_ms
        self._filter: SpeexEcho | None = None
        self._suppressor = ResidualEchoSuppressor()
        self.delay = EchoDelayEstimator()
        self.cancelling = False  # the far end was audible on the last frame
        self._clock: tuple[int, int] | None = None  # (pts of the first frame, frames since)

    def _wants(self, settings: VoiceSettings) -> bool:
        return settings.cancels_echo

    def process(self, frame: np.ndarray, pts_ns: int) -> np.ndarray:
        self.cancelling = self.reference.audible(pts_ns)
        if not self.cancelling:  # nobody remote is audible: nothing to cancel, keep what was learnt
            return frame
        if self._filter is None:
            self._filter = SpeexEcho(self.tail_ms)
        pts_ns = self._steady(pts_ns)
        if self.delay.add(frame, self.reference, pts_ns):
            self._filter.reset()  # the echo moved: learn the new path
            self._suppressor.reset()
        found = self.delay.delay
        far = self.reference.read(pts_ns, len(frame),
                                  None if found is None else (found - self.GUARD) * 1_000_000_000 // RATE)
        return self._suppressor.process(frame, self._filter.cancel(frame, far))

    def _steady(self, pts_ns: int) -> int:
        """The frame's time on the microphone's sample clock: capture stamps jitter with the
        driver's latency estimate (150 ms over seconds, measured through PulseAudio), and the
        reference must not move with them. A jump beyond 1 s (a gap, a new source) re-anchors."""
        if self._clock is not None:
            start, frames = self._clock
            steady = start + frames * FRAME * 1_000_000_000 // RATE
            if abs(pts_ns - steady) <= self.CLOCK_JUMP_NS:
                self._clock = (start, frames + 1)
                return steady
        self._clock = (pts_ns, 1)
        return pts_ns

    def reset(self) -> None:
        if self._filter is not None:
            self._filter.reset()
        self._suppressor.reset()
        self.delay.reset()
        self._clock = None
        self.cancelling = False

    def close(self) -> None:
        filt, self._filter = self._filter, None
        if filt is not None:
            filt.close()
