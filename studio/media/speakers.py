"""Playback on the host's speakers or headphones (sounddevice/PortAudio), and the far-end tap
for echo cancellation: every sample this plays goes into a `FarEndReference`, stamped with
the time PortAudio says it reaches the speaker."""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np

from studio.media.base import SourceError
from studio.media.frames import AUDIO_BLOCK, AUDIO_RATE, AudioBlock, now_ns
from studio.media.microphone import sounddevice
from studio.processing.voice.echo import FarEndReference

log = logging.getLogger(__name__)


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
    pushed into `reference` for echo cancellation."""

    CAP = 9600  # 200 ms queued at most per feed

    def __init__(self, device: int | str | None = None, reference: FarEndReference | None = None) -> None:
        self.device = device
        self.reference = reference or FarEndReference()
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
            self.reference.push(pcm, now_ns() + int(ahead * 1e9))  # the far-end tap
            self.played += frames

        try:
            self._stream = sd.OutputStream(device=self.device, channels=1, samplerate=AUDIO_RATE,
                                           dtype="int16", blocksize=AUDIO_BLOCK // 2, latency="high",
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
