"""Playback on the host's speakers or headphones (sounddevice/PortAudio), and the far-end tap
for echo cancellation: every sample this plays goes into the voice chain's reference, stamped
with the time PortAudio says it reaches the speaker."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Protocol

import numpy as np

from studio.events import Signal
from studio.media.base import SourceError
from studio.media.frames import AUDIO_BLOCK, AUDIO_RATE, AudioBlock, now_ns
from studio.media.microphone import sounddevice

log = logging.getLogger(__name__)
AUDIBLE = 32  # peak sample: quieter than about -60 dBFS there is nothing to hear


class ReferenceTap(Protocol):
    """Where played samples go for echo cancellation (`studio.processing.voice.FarEndReference`)."""

    def push(self, samples: np.ndarray, dac_time_ns: int | None = None) -> None: ...


class _Fifo:
    """Samples waiting to play; beyond `cap` the oldest go (the player is behind its feed)."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self._buf = np.zeros(0, np.int16)
        self._lock = threading.Lock()

    def put(self, samples: np.ndarray) -> None:
        with self._lock:
            self._buf = np.concatenate((self._buf, samples.astype(np.int16, copy=False)))[-self.cap :]

    def take(self, count: int) -> np.ndarray:
        with self._lock:
            out, self._buf = self._buf[:count], self._buf[count:]
        return out if len(out) == count else np.concatenate((out, np.zeros(count - len(out), np.int16)))

    def clear(self) -> None:
        with self._lock:
            self._buf = np.zeros(0, np.int16)


class SpeakerOutput:
    """48 kHz mono to an output device. `play` takes what the host should hear from others
    (`AudioMixer.set_remote_output`), `monitor` takes the host's own voice (the voice chain's
    before/after tap, for headphones); both are mixed and played, and exactly the mix is
    pushed into `reference` (the voice chain's `FarEndReference`) for echo cancellation."""

    CAP = 9600  # 200 ms queued at most per feed

    def __init__(self, device: int | str | None = None, reference: ReferenceTap | None = None) -> None:
        self.device = device
        self.reference = reference
        self.label = "Speakers"
        self._remote = _Fifo(self.CAP)
        self._own = _Fifo(self.CAP)
        self._stream: Any = None
        self.played = 0  # samples handed to the device

    def play(self, block: AudioBlock) -> None:
        self._remote.put(block.samples)

    def monitor(self, block: AudioBlock) -> None:
        self._own.put(block.samples)

    def start(self) -> None:
        sd = sounddevice()
        try:
            info = sd.query_devices(self.device, "output")
        except (ValueError, sd.PortAudioError) as exc:
            raise SourceError(f"No speakers or headphones found ({exc}).") from exc
        self.label = str(info["name"])

        def callback(outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            mixed = self._remote.take(frames).astype(np.int32) + self._own.take(frames)
            pcm = np.clip(mixed, -32768, 32767).astype(np.int16)
            outdata[:, 0] = pcm
            ahead = max(0.0, float(time_info.outputBufferDacTime - time_info.currentTime or 0.0))
            if self.reference is not None:
                self.reference.push(pcm, now_ns() + int(ahead * 1e9))  # the far-end tap
            self.played += frames

        try:
            self._stream = sd.OutputStream(device=self.device, channels=1, samplerate=AUDIO_RATE,
                                           dtype="int16", blocksize=AUDIO_BLOCK, latency=0.1,
                                           callback=callback)
            self._stream.start()
        except Exception as exc:  # PortAudioError has many faces; the host needs one sentence
            self._stream = None
            raise SourceError(f"The speakers {self.label!r} could not be opened: {exc}.") from exc

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
        self._remote.clear()
        self._own.clear()


class HostListening:
    """What the host hears: the co-hosts (the mixer's remote output) and, when they switch the
    monitor on, their own voice before or after the voice chain. The speakers open on a helper
    thread the first time there is something to hear — never from the audio thread, never for
    a show without co-hosts — and stay open until `close`."""

    RETRY_S = 30.0

    def __init__(self, mixer: Any, voice: Any, device: int | str | None = None) -> None:
        self.speakers = SpeakerOutput(device, reference=voice.reference)
        self.failed: Signal[str] = Signal()  # one sentence, when the speakers cannot open
        self._mixer, self._voice = mixer, voice
        self._state = "closed"  # closed, opening, open, failed
        self._failed_at = 0.0
        self._lock = threading.Lock()
        mixer.set_remote_output(self._on_remote)
        voice.monitor_output = self._on_monitor

    @property
    def is_open(self) -> bool:
        return self._state == "open"

    def _on_remote(self, block: AudioBlock) -> None:
        if self._state == "open":
            self.speakers.play(block)
        elif len(block.samples) and int(np.max(np.abs(block.samples.astype(np.int32)))) >= AUDIBLE:
            self._open()

    def _on_monitor(self, block: AudioBlock) -> None:
        if self._state == "open":
            self.speakers.monitor(block)
        else:
            self._open()

    def _open(self) -> None:
        with self._lock:
            if self._state in ("opening", "open"):
                return
            if self._state == "failed" and time.monotonic() - self._failed_at < self.RETRY_S:
                return
            self._state = "opening"
        threading.Thread(target=self._run_open, name="SpeakerOpen", daemon=True).start()

    def _run_open(self) -> None:
        try:
            self.speakers.start()
        except SourceError as exc:
            with self._lock:
                self._state, self._failed_at = "failed", time.monotonic()
            self.failed.emit(f"{exc} Co-hosts cannot be heard on this computer.")
            return
        with self._lock:
            self._state = "open" if self._state == "opening" else self._state
        if self._state != "open":  # closed while opening
            self.speakers.stop()

    def close(self) -> None:
        with self._lock:
            self._state = "closed"
        self._mixer.set_remote_output(None)
        self._voice.monitor_output = None
        self.speakers.stop()
