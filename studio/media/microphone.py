"""Microphone capture with sounddevice (PortAudio). Importing sounddevice raises OSError
when the system PortAudio library is missing; that is reported, never raised at startup."""

from __future__ import annotations

import logging
import threading
import time
from types import ModuleType
from typing import Any

import numpy as np

from studio.media.base import AudioCallback, AudioSource, SilenceSource, SourceError
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


STALL_S = 0.5  # no block for this long from a running stream: the microphone is gone
FIRST_BLOCK_S = 5.0  # a freshly opened stream may take this long to deliver (PulseAudio)
RETRY_S = 1.0  # while it is gone: how often to try opening it again
WATCH_S = 0.1


class MicrophoneSource(AudioSource):
    """48 kHz mono int16 in 20 ms blocks, timestamped at capture (ADC time on our clock).

    A watchdog notices a microphone that goes away (the stream ends with an error, or stops
    delivering): it emits `failed`, delivers silence in its place so the mix, the encodes and
    A/V sync go on, tries to open the same device again every second and, once it delivers
    again, stops the silence and emits `resumed`."""

    def __init__(self, device: int | str | None = None) -> None:
        super().__init__()
        self.device = device
        self.label = "Microphone"
        self._stream: Any = None
        self._lock = threading.Lock()
        self._deliver: AudioCallback | None = None
        self._stop = threading.Event()
        self._watchdog: threading.Thread | None = None
        self._silence: SilenceSource | None = None
        self._live = True  # callbacks deliver (False while a reopened stream is being proven)
        self._opened_at = 0.0
        self._last_block = 0.0  # monotonic time of the newest callback (0: none since opening)
        self._ended = False  # the stream ended on its own (PortAudio's finished callback)
        self.losses = 0  # times the microphone went away (tests, the report)

    def start(self, deliver: AudioCallback) -> None:
        sd = sounddevice()
        try:
            info = sd.query_devices(self.device, "input")
        except (ValueError, sd.PortAudioError) as exc:
            log.info("no input device %r: %s", self.device, exc)
            raise SourceError(Message(QT_TRANSLATE_NOOP("Notice", "No microphone found.")),
                              missing=True) from exc
        self.label = str(info["name"])
        self._deliver = deliver
        try:
            self._open()
        except Exception as exc:  # PortAudioError has many faces; the host needs one sentence
            log.warning("opening the microphone %r failed: %s", self.label, exc)
            raise SourceError(Message(QT_TRANSLATE_NOOP(
                "Notice", "The microphone “{name}” could not be opened: another app may be using it."),
                name=self.label)) from exc
        self._stop.clear()
        self._watchdog = threading.Thread(target=self._watch, name="MicrophoneWatchdog", daemon=True)
        self._watchdog.start()

    def _open(self) -> None:
        sd = sounddevice()

        def callback(indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            self._last_block = time.monotonic()
            if status:
                log.debug("microphone status: %s", status)
            if not self._live or self._deliver is None:
                return
            # Latency from the ADC to this callback, so the block's pts is when it was heard.
            latency = max(0.0, float(time_info.currentTime - time_info.inputBufferAdcTime or 0.0))
            pts = now_ns() - int(latency * 1e9) - frames * 1_000_000_000 // AUDIO_RATE
            self._deliver(AudioBlock(indata[:, 0].copy(), pts))

        def finished() -> None:
            self._ended = True

        self._ended, self._last_block = False, 0.0
        self._opened_at = time.monotonic()
        stream = sd.InputStream(
            device=self.device, channels=1, samplerate=AUDIO_RATE, dtype="int16",
            blocksize=AUDIO_BLOCK, latency="low", callback=callback, finished_callback=finished,
        )
        try:
            stream.start()
        except Exception:
            _close_quietly(stream)
            raise
        with self._lock:
            self._stream = stream

    def _watch(self) -> None:
        retry_at = 0.0
        while not self._stop.wait(WATCH_S):
            now = time.monotonic()
            if self._silence is None:  # running: is it still delivering?
                if self._gone(now):
                    self._lose()
                    retry_at = now + RETRY_S
                continue
            if self._stream is not None:  # reopened: wait for its first block
                if self._last_block:
                    self._resume()
                elif self._gone(now):
                    self._close_stream()
                    retry_at = now + RETRY_S
                continue
            if now >= retry_at:
                retry_at = now + RETRY_S
                try:
                    self._open()
                except Exception as exc:
                    log.debug("the microphone %r is not back yet: %s", self.label, exc)

    def _gone(self, now: float) -> bool:
        if self._ended:
            return True
        if self._last_block:
            return now - self._last_block > STALL_S
        return now - self._opened_at > FIRST_BLOCK_S

    def _lose(self) -> None:
        log.warning("the microphone %r stopped delivering sound", self.label)
        self.losses += 1
        self._live = False
        self._close_stream()
        assert self._deliver is not None
        self._silence = SilenceSource()
        self._silence.start(self._deliver)
        self.failed.emit(Message(QT_TRANSLATE_NOOP(
            "Notice", "The microphone “{name}” stopped: viewers hear silence until it is back."),
            name=self.label))

    def _resume(self) -> None:
        silence, self._silence = self._silence, None
        if silence is not None:
            silence.stop()  # joined before the microphone delivers again: one producer at a time
        self._live = True
        log.info("the microphone %r is back", self.label)
        self.resumed.emit(Message(QT_TRANSLATE_NOOP("Notice", "The microphone “{name}” is back."),
                                  name=self.label))

    def _close_stream(self) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            _close_quietly(stream)

    def stop(self) -> None:
        self._stop.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout=3)
            self._watchdog = None
        silence, self._silence = self._silence, None
        if silence is not None:
            silence.stop()
        self._close_stream()
        self._live = True


def _close_quietly(stream: Any) -> None:
    """Stop and close a stream whose device may be gone (PortAudio then raises)."""
    try:
        stream.abort()
    except Exception as exc:
        log.debug("aborting the microphone stream: %s", exc)
    try:
        stream.close()
    except Exception as exc:
        log.debug("closing the microphone stream: %s", exc)
