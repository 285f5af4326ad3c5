"""Audio levels, gain and mixing. Runs in the audio source's thread: cheap per block."""

from __future__ import annotations

import math
import threading
import time
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


class RemoteInput:
    """One co-host's voice: 48 kHz mono int16 arriving in network-sized pieces, pulled in
    step with the host microphone. A jitter FIFO sized from the measured arrival jitter:
    40 ms plus three times the jitter (RFC 3550 estimator), at most 200 ms."""

    MIN_TARGET = 1920  # 40 ms
    CAP = 9600  # 200 ms: beyond this we are accumulating delay, drop the oldest

    def __init__(self, input_id: str) -> None:
        self.id = input_id
        self.muted = False
        self.meter = LevelMeter()
        self._buf = np.zeros(0, np.int16)
        self._lock = threading.Lock()
        self._primed = False
        self.underruns = 0
        self.jitter_ms = 0.0
        self._last_arrival_ns: int | None = None
        self._last_duration_ns = 0

    @property
    def target(self) -> int:
        """Samples to hold before playing (and to fall back to when too far behind)."""
        return int(min(self.CAP, self.MIN_TARGET + 3 * self.jitter_ms * 48))

    def push(self, samples: np.ndarray, pts_ns: int, arrival_ns: int | None = None) -> None:
        arrival = arrival_ns if arrival_ns is not None else time.monotonic_ns()
        if self._last_arrival_ns is not None:  # RFC 3550: J += (|D| - J) / 16
            deviation = abs((arrival - self._last_arrival_ns) - self._last_duration_ns) / 1e6
            self.jitter_ms += (deviation - self.jitter_ms) / 16
        self._last_arrival_ns, self._last_duration_ns = arrival, len(samples) * 1_000_000_000 // 48_000
        with self._lock:
            self._buf = np.concatenate((self._buf, samples.astype(np.int16, copy=False)))
            if len(self._buf) > self.CAP:
                self._buf = self._buf[-self.target :]
        self.meter.measure(AudioBlock(samples.astype(np.int16, copy=False), pts_ns))

    def pull(self, count: int) -> np.ndarray | None:
        """`count` samples, or None while priming / after an underrun (silence)."""
        with self._lock:
            if not self._primed:
                if len(self._buf) < self.target:
                    return None
                self._primed = True
            if len(self._buf) < count:
                self.underruns += 1
                self._primed = False  # re-prime: a gap now beats a stutter every block
                return None
            out, self._buf = self._buf[:count], self._buf[count:]
        return out


@dataclass(frozen=True, slots=True)
class MixTap:
    """One mixer block in parts: the host microphone (after gain), the co-hosts' voices summed
    (None when nobody spoke), and the private inputs' voices by id (int32)."""

    host: AudioBlock
    cohosts: np.ndarray | None
    private: dict[str, np.ndarray]


class AudioMixer:
    """Host microphone (gain, meter) + co-host voices → program audio outputs.

    The microphone's blocks clock the mix. Every co-host also gets a *mix-minus*: the
    program without their own voice, so nobody hears themselves come back."""

    def __init__(self) -> None:
        self._gain = 1.0
        self.meter = LevelMeter()
        self._outputs: list[Callable[[AudioBlock], None]] = []
        self._inputs: dict[str, RemoteInput] = {}
        self._minus: dict[str, Callable[[AudioBlock], None]] = {}
        self._remote_output: Callable[[AudioBlock], None] | None = None
        self._private: dict[str, RemoteInput] = {}
        self._taps: list[Callable[[MixTap], None]] = []
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

    # -- co-hosts ----------------------------------------------------------------------------
    def add_input(self, remote: RemoteInput) -> None:
        """Mix `remote` into the program (from the next block on)."""
        with self._lock:
            self._inputs = {**self._inputs, remote.id: remote}

    def remove_input(self, input_id: str) -> None:
        with self._lock:
            self._inputs = {k: v for k, v in self._inputs.items() if k != input_id}
            self._minus = {k: v for k, v in self._minus.items() if k != input_id}
            self._private = {k: v for k, v in self._private.items() if k != input_id}

    def add_private_input(self, remote: RemoteInput) -> None:
        """Let the host hear `remote` (speakers, echo reference, taps) without it ever reaching
        the program or any co-host: a one-to-one call beside the show."""
        with self._lock:
            self._private = {**self._private, remote.id: remote}

    def add_tap(self, push: Callable[[MixTap], None]) -> None:
        """Every block, the parts of the mix apart (`MixTap`): for a call's own sound."""
        with self._lock:
            self._taps = [*self._taps, push]

    def remove_tap(self, push: Callable[[MixTap], None]) -> None:
        with self._lock:
            self._taps = [t for t in self._taps if t != push]

    def set_minus_output(self, input_id: str, push: Callable[[AudioBlock], None] | None) -> None:
        """Deliver the program minus `input_id`'s own voice to `push` (None to stop)."""
        with self._lock:
            minus = dict(self._minus)
            if push is None:
                minus.pop(input_id, None)
            else:
                minus[input_id] = push
            self._minus = minus

    def set_remote_output(self, push: Callable[[AudioBlock], None] | None) -> None:
        """Deliver, every block, what the host hears on their speakers: the co-hosts' voices
        without the host's own (silence when nobody remote talks). This is the far-end tap for
        echo cancellation: whatever plays these blocks must put the very samples it plays, with
        the time they reach the speaker, into `VoiceChain.reference` (`FarEndReference.push`)."""
        self._remote_output = push

    # -- the clock: one host block in, one program block out -------------------------------------
    def push(self, block: AudioBlock) -> None:
        host = block.samples.astype(np.int32)
        if self._gain != 1.0:
            host = (host * self._gain).astype(np.int32)
        host_block = AudioBlock(np.clip(host, -32768, 32767).astype(np.int16), block.pts_ns,
                                 block.sample_rate)
        self.meter.measure(host_block)
        inputs, minus, outputs = self._inputs, self._minus, self._outputs
        voices: dict[str, np.ndarray] = {}
        for input_id, remote in inputs.items():
            pulled = remote.pull(len(host))
            if pulled is not None and not remote.muted:
                voices[input_id] = pulled.astype(np.int32)
        if voices:
            total = host + sum(voices.values())
            program = AudioBlock(np.clip(total, -32768, 32767).astype(np.int16), block.pts_ns)
        else:
            total = host
            program = host_block
        for push in outputs:
            push(program)
        private: dict[str, np.ndarray] = {}
        for input_id, remote in self._private.items():
            pulled = remote.pull(len(host))
            if pulled is not None and not remote.muted:
                private[input_id] = pulled.astype(np.int32)
        remote_output = self._remote_output
        if remote_output is not None:
            heard = [*voices.values(), *private.values()]
            remote = sum(heard) if heard else np.zeros(len(host), np.int32)
            remote_output(AudioBlock(np.clip(remote, -32768, 32767).astype(np.int16), block.pts_ns))
        if self._taps:
            tap = MixTap(host_block, sum(voices.values()) if voices else None, private)
            for push in self._taps:
                push(tap)
        for input_id, push in minus.items():
            own = voices.get(input_id)
            mm = total - own if own is not None else total
            push(AudioBlock(np.clip(mm, -32768, 32767).astype(np.int16), block.pts_ns))
