"""Source lifecycles: a video source captures on its own thread into a latest-wins slot;
an audio source delivers every block to one callback (audio is small and must not drop)."""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from studio.events import Signal
from studio.media.frames import AudioBlock, Frame, LatestSlot, now_ns
from studio.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)


class SourceError(Exception):
    """A source could not be opened or read; the message is one sentence for the host (never
    a library's error text: that goes to the log). `missing`: there is no such device at all."""

    def __init__(self, message: str, missing: bool = False) -> None:
        super().__init__(message)
        self.missing = missing

    @property
    def sentence(self) -> str:
        """The sentence itself (a `Message` when it can be translated)."""
        return self.args[0] if self.args else ""


@dataclass(frozen=True, slots=True)
class VideoInfo:
    label: str  # what the host sees, e.g. "Demo scene", "Camera 0 (/dev/video0)"
    width: int
    height: int
    fps: float


class VideoSource(ABC):
    """Open synchronously (so a failure can fall back at once), then capture on a thread."""

    def __init__(self) -> None:
        self.slot: LatestSlot[Frame] = LatestSlot()
        self.failed: Signal[str] = Signal()  # one sentence, when capture stops on its own
        self.info: VideoInfo | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.frames_captured = 0

    def open(self) -> VideoInfo:
        self.info = self._open()
        return self.info

    def start(self) -> None:
        if self.info is None:
            self.open()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None
        self._close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def available(self) -> bool:
        """Whether opening again may work now (after `failed`): a camera whose device node is
        back, a file that is there. Cheap: it is asked twice a second while the slate shows."""
        return True

    def reopen(self) -> VideoInfo:
        """Open and start again after `failed` (same object, same slot: the program keeps
        reading it). Raises SourceError while the device is still gone."""
        self.stop()
        self.info = None
        info = self.open()
        self.start()
        return info

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                image = self._read()
            except SourceError as exc:
                self.failed.emit(exc.sentence)
                return
            except Exception:  # a driver or decoder error: the host gets a sentence, the log the rest
                log.exception("reading %s failed", self.info.label if self.info else type(self).__name__)
                image = None
            if image is None:
                failures += 1
                if failures > 30:  # ~1 s of failed reads: the device is gone
                    label = self.info.label if self.info else type(self).__name__
                    self.failed.emit(Message(QT_TRANSLATE_NOOP(
                        "Notice", "{name} stopped delivering pictures."), name=label))
                    return
                continue
            failures = 0
            self.slot.put(Frame(image, now_ns(), self.frames_captured))
            self.frames_captured += 1

    @abstractmethod
    def _open(self) -> VideoInfo: ...

    @abstractmethod
    def _read(self) -> np.ndarray | None:
        """Block until the next picture (BGR uint8) or return None for a failed read."""

    def _close(self) -> None:  # noqa: B027 - optional hook
        pass


AudioCallback = Callable[[AudioBlock], None]


class AudioSource(ABC):
    label: str = "audio"

    def __init__(self) -> None:
        self.failed: Signal[str] = Signal()  # one sentence: the device stopped (silence follows)
        self.resumed: Signal[str] = Signal()  # one sentence: it is back

    @abstractmethod
    def start(self, deliver: AudioCallback) -> None: ...

    @abstractmethod
    def stop(self) -> None: ...


class PacedAudioSource(AudioSource):
    """Generates 20 ms blocks on a thread, paced by the session clock so it never drifts."""

    block = 960

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, deliver: AudioCallback) -> None:
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(deliver,), name=type(self).__name__, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None

    def _run(self, deliver: AudioCallback) -> None:
        start = now_ns()
        produced = 0
        while not self._stop.is_set():
            pts = start + produced * 1_000_000_000 // 48_000
            wait = (pts - now_ns()) / 1e9
            if wait > 0 and self._stop.wait(wait):
                break
            deliver(AudioBlock(self._generate(produced, self.block, pts), pts))
            produced += self.block

    @abstractmethod
    def _generate(self, first_sample: int, count: int, pts_ns: int) -> np.ndarray: ...


class SilenceSource(PacedAudioSource):
    """Keeps an audio track (and A/V sync) alive when there is no microphone."""

    label = Message(QT_TRANSLATE_NOOP("Notice", "Silence"))

    def _generate(self, first_sample: int, count: int, pts_ns: int) -> np.ndarray:
        return np.zeros(count, np.int16)
