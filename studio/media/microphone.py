"""Microphone capture with sounddevice (PortAudio). Importing sounddevice raises OSError
when the system PortAudio library is missing; that is reported, never raised at startup."""

from __future__ import annotations

import logging
from types import ModuleType
from typing import Any

import numpy as np

from studio.media.base import AudioCallback, AudioSource, SourceError
from studio.media.frames import AUDIO_BLOCK, AUDIO_RATE, AudioBlock, now_ns
from studio.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)
_sd: ModuleType | None = None
_sd_error: Message | None = None


def sounddevice() -> ModuleType:
    """The sounddevice module, or SourceError with the reason audio capture is off."""
    global _sd, _sd_error
    if _sd is None and _sd_error is None:
        try:
            import sounddevice as sd

            _sd = sd
        except OSError:
            _sd_error = Message(QT_TRANSLATE_NOOP(
                "Notice", "Sound capture is off: the PortAudio library is not installed "
                          "(on Debian/Ubuntu: apt-get install libportaudio2)."))
        except ImportError:
            _sd_error = Message(QT_TRANSLATE_NOOP(
                "Notice", "Sound capture is off: the sounddevice package is not installed."))
    if _sd is None:
        raise SourceError(_sd_error or Message(QT_TRANSLATE_NOOP("Notice", "Sound capture is off.")))
    return _sd


class MicrophoneSource(AudioSource):
    """48 kHz mono int16 in 20 ms blocks, timestamped at capture (ADC time on our clock)."""

    def __init__(self, device: int | str | None = None) -> None:
        super().__init__()
        self.device = device
        self.label = "Microphone"
        self._stream: Any = None

    def start(self, deliver: AudioCallback) -> None:
        sd = sounddevice()
        try:
            info = sd.query_devices(self.device, "input")
        except (ValueError, sd.PortAudioError) as exc:
            log.info("no input device %r: %s", self.device, exc)
            raise SourceError(Message(QT_TRANSLATE_NOOP("Notice", "No microphone found.")),
                              missing=True) from exc
        self.label = str(info["name"])

        def callback(indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            # Latency from the ADC to this callback, so the block's pts is when it was heard.
            latency = max(0.0, float(time_info.currentTime - time_info.inputBufferAdcTime or 0.0))
            pts = now_ns() - int(latency * 1e9) - frames * 1_000_000_000 // AUDIO_RATE
            deliver(AudioBlock(indata[:, 0].copy(), pts))

        try:
            self._stream = sd.InputStream(
                device=self.device, channels=1, samplerate=AUDIO_RATE, dtype="int16",
                blocksize=AUDIO_BLOCK, latency="low", callback=callback,
            )
            self._stream.start()
        except Exception as exc:  # PortAudioError has many faces; the host needs one sentence
            self._stream = None
            log.warning("opening the microphone %r failed: %s", self.label, exc)
            raise SourceError(Message(QT_TRANSLATE_NOOP(
                "Notice", "The microphone “{name}” could not be opened: another app may be using it."),
                name=self.label)) from exc

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
