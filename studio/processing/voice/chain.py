"""The voice chain: the host's microphone through echo cancellation, noise suppression and
automatic gain with a gate, before the mixer — so the show, the recording, co-hosts and
calls all hear the processed voice.

Runs in the audio source's thread, 10 ms frames at 48 kHz; a source at another rate is
resampled (FFmpeg's swresample, through PyAV) to 48 kHz and back. Output blocks keep their
capture timestamps, moved back by the chain's delay, so sound stays in step with pictures."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from studio.events import EventedModel
from studio.media.frames import AUDIO_RATE, AudioBlock
from studio.processing.audio_mix import LevelMeter
from studio.processing.voice.base import MONITOR_CHOICES, OFF, VoiceSettings, VoiceStage
from studio.processing.voice.echo import EchoCanceller, FarEndReference
from studio.processing.voice.gain import AutoGain
from studio.processing.voice.native import FRAME, RATE, VoiceUnavailable
from studio.processing.voice.noise import NoiseSuppressor

log = logging.getLogger(__name__)

StageFactory = Callable[["VoiceChain"], VoiceStage]

# The stages in the order sound goes through them. Echo first, while the microphone signal
# is still a linear mix of voice and echo; gain last, on the cleaned voice. A new stage is
# one new file and one line here.
STAGES: tuple[StageFactory, ...] = (
    lambda chain: EchoCanceller(chain.reference),
    lambda chain: NoiseSuppressor(),
    lambda chain: AutoGain(),
)

NEAR_CLIP = 32768 * 10 ** (-3 / 20)  # input peaks above −3 dBFS: warn before it clips
CLIPPED = 32767 * 10 ** (-0.1 / 20)
CLIP_HOLD_NS = 1_000_000_000


@dataclass
class VoiceState(EventedModel):
    settings: VoiceSettings = field(default_factory=lambda: OFF)
    monitor: str = "off"  # what the host hears of themself on headphones: off, before, after
    echo_active: bool = False  # cancelling right now (someone remote is audible)
    gate_open: bool = True
    clip: str = "ok"  # the microphone's own level: ok, near (within 3 dB of clipping), clipping
    gain_db: int = 0  # what automatic gain applies, whole dB
    problem: str | None = None  # a stage could not run: one sentence


class _RateAdapter:
    """A stream at `rate` to 48 kHz and back, with swresample's filters (state carried)."""

    def __init__(self, rate: int) -> None:
        import av

        self.rate = rate
        self._up = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        self._down = av.AudioResampler(format="s16", layout="mono", rate=rate)

    @staticmethod
    def _run(resampler: object, samples: np.ndarray, rate: int) -> np.ndarray:
        import av

        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = rate
        out = [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]  # type: ignore[attr-defined]
        return np.concatenate(out) if out else np.zeros(0, np.int16)

    def to_chain(self, samples: np.ndarray) -> np.ndarray:
        return self._run(self._up, samples, self.rate)

    def from_chain(self, samples: np.ndarray) -> np.ndarray:
        return self._run(self._down, samples, RATE)


class VoiceChain:
    """`push` a microphone block, get the processed block at `output`.

    `update` and `set_monitor` may be called from any thread; the audio thread picks them up
    at its next block."""

    def __init__(self, output: Callable[[AudioBlock], None] | None = None,
                 reference: FarEndReference | None = None) -> None:
        self.output = output
        self.reference = reference or FarEndReference()
        self.state = VoiceState()
        self.stages: tuple[VoiceStage, ...] = tuple(make(self) for make in STAGES)
        self.input_meter = LevelMeter()
        self.output_meter = LevelMeter()
        self.monitor_output: Callable[[AudioBlock], None] | None = None  # the host's headphones
        self._lock = threading.Lock()
        self._push_lock = threading.Lock()  # one block at a time, whichever thread brings it
        self._pending: VoiceSettings | None = self.state.settings
        self._reset_pending = False  # asked from another thread; done by the audio thread
        self._settings = self.state.settings
        self._inbuf = np.zeros(0, np.float32)
        self._inbuf_pts = 0
        self._adapter: _RateAdapter | None = None
        self._clip_at = -CLIP_HOLD_NS
        self._near_at = -CLIP_HOLD_NS
        self.timings: dict[str, float] = {}  # ms per 10 ms frame per active stage, smoothed

    # -- control (any thread) ----------------------------------------------------------------
    @property
    def settings(self) -> VoiceSettings:
        with self._lock:
            return self._pending or self._settings

    def update(self, settings: VoiceSettings) -> None:
        if not isinstance(settings, VoiceSettings):
            raise ValueError("settings must be a VoiceSettings")
        with self._lock:
            self._pending = settings
        self.state.update(settings=settings)

    def set_monitor(self, choice: str, push: Callable[[AudioBlock], None] | None = None) -> None:
        """Let the host hear their voice `before` or `after` the chain (or `off`) on
        `monitor_output` — `SpeakerOutput.monitor` on headphones; `push` replaces it."""
        if choice not in MONITOR_CHOICES:
            raise ValueError(f"Monitor must be one of {', '.join(MONITOR_CHOICES)}, not {choice!r}.")
        if push is not None:
            self.monitor_output = push
        self.state.update(monitor=choice)

    @property
    def latency_ms(self) -> float:
        """What the active stages add, in milliseconds."""
        return sum(s.latency for s in self.stages if s.active) * 1000 / RATE

    def close(self) -> None:
        for stage in self.stages:
            stage.close()

    def reset(self) -> None:
        """Forget everything learnt (call on a microphone switch). Any thread: the audio thread
        does it before its next block, never in the middle of one (a reset from the session's
        thread once emptied the frame a stage was working on and killed the audio thread)."""
        with self._lock:
            self._reset_pending = True

    def _take_reset(self) -> None:
        with self._lock:
            pending, self._reset_pending = self._reset_pending, False
        if pending:
            for stage in self.stages:
                stage.reset()
            self._inbuf = np.zeros(0, np.float32)
            self._adapter = None

    # -- the audio thread --------------------------------------------------------------------
    def _take_settings(self) -> VoiceSettings:
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            self._settings = pending
            problems = []
            for stage in self.stages:
                try:
                    stage.configure(pending)
                except VoiceUnavailable as exc:
                    problems.append(str(exc))
            self.state.update(problem=" ".join(problems) or None)
        return self._settings

    def push(self, block: AudioBlock) -> None:
        """One block through the chain. Blocks are taken one at a time: during a microphone
        switch the old source's thread and the new one's can both be delivering, and two blocks
        in the chain at once emptied each other's frames (an audio thread died of it)."""
        with self._push_lock:
            self._push(block)

    def _push(self, block: AudioBlock) -> None:
        self._take_reset()
        self._take_settings()
        self.input_meter.measure(block)
        self._watch_clipping(block)
        before = block
        active = [s for s in self.stages if s.active]
        if active or self._adapter is not None:
            after = self._process(block, active)
        else:
            after = block
        self._publish(active)
        if after is None:
            return
        self.output_meter.measure(after)
        monitor, push = self.state.monitor, self.monitor_output
        if push is not None and monitor != "off":
            push(before if monitor == "before" else after)
        if self.output is not None:
            self.output(after)

    def _process(self, block: AudioBlock, active: list[VoiceStage]) -> AudioBlock | None:
        samples = block.samples
        if block.sample_rate != RATE:
            if self._adapter is None or self._adapter.rate != block.sample_rate:
                self._adapter = _RateAdapter(block.sample_rate)
            samples = self._adapter.to_chain(samples.astype(np.int16, copy=False))
        else:
            self._adapter = None
        if not len(self._inbuf):
            self._inbuf_pts = block.pts_ns
        inbuf = self._inbuf = np.concatenate((self._inbuf, samples.astype(np.float32)))
        frames = len(inbuf) // FRAME
        if frames == 0:
            return None
        first_pts = self._inbuf_pts
        out = np.empty(frames * FRAME, np.float32)
        for k in range(frames):
            frame = inbuf[k * FRAME : (k + 1) * FRAME]
            pts = first_pts + k * FRAME * 1_000_000_000 // RATE
            for stage in active:
                t0 = time.perf_counter()
                try:
                    frame = stage.process(frame, pts)
                except VoiceUnavailable as exc:  # a library went missing mid-show: run without it
                    stage.configure(OFF)
                    self.state.update(problem=str(exc))
                    continue
                ms = (time.perf_counter() - t0) * 1000
                self.timings[stage.name] = 0.95 * self.timings.get(stage.name, ms) + 0.05 * ms
            out[k * FRAME : (k + 1) * FRAME] = frame
        self._inbuf = inbuf[frames * FRAME :]
        self._inbuf_pts = first_pts + frames * FRAME * 1_000_000_000 // RATE
        pcm = np.clip(np.rint(out), -32768, 32767).astype(np.int16)
        if self._adapter is not None:
            pcm = self._adapter.from_chain(pcm)
            if not len(pcm):
                return None
        delay_ns = sum(s.latency for s in active) * 1_000_000_000 // RATE
        return AudioBlock(pcm, first_pts - delay_ns, block.sample_rate if self._adapter else AUDIO_RATE)

    def _watch_clipping(self, block: AudioBlock) -> None:
        peak = int(np.max(np.abs(block.samples.astype(np.int32)))) if len(block.samples) else 0
        t = block.pts_ns
        if peak >= CLIPPED:
            self._clip_at = t
        if peak >= NEAR_CLIP:
            self._near_at = t
        clip = ("clipping" if t - self._clip_at < CLIP_HOLD_NS
                else "near" if t - self._near_at < CLIP_HOLD_NS else "ok")
        if clip != self.state.clip:
            self.state.update(clip=clip)

    def _publish(self, active: list[VoiceStage]) -> None:
        echo = next((s for s in self.stages if isinstance(s, EchoCanceller)), None)
        gain = next((s for s in self.stages if isinstance(s, AutoGain)), None)
        self.state.update(
            echo_active=bool(echo and echo.active and echo.cancelling),
            gate_open=bool(gain is None or not (gain.active and gain.gate) or gain.gate_open),
            gain_db=round(gain.gain_db) if gain and gain.active and gain.auto else 0,
        )
