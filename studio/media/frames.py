"""Frame types, the session clock and the latest-wins hand-off slot."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

T = TypeVar("T")

VIDEO_WIDTH = 1280
VIDEO_HEIGHT = 720
VIDEO_FPS = 30
AUDIO_RATE = 48_000
AUDIO_BLOCK = 960  # 20 ms at 48 kHz: one Opus frame


def now_ns() -> int:
    """The one clock every timestamp in a session is taken from (monotonic, ns)."""
    return time.monotonic_ns()


@dataclass(frozen=True, slots=True)
class Frame:
    """One video picture. `image` is BGR uint8 (H, W, 3), owned by whoever holds the frame."""

    image: np.ndarray
    pts_ns: int  # capture time on `now_ns()`'s clock
    index: int = 0

    @property
    def size(self) -> tuple[int, int]:
        return self.image.shape[1], self.image.shape[0]


@dataclass(frozen=True, slots=True)
class AudioBlock:
    """Mono int16 PCM at 48 kHz; `pts_ns` is the capture time of the first sample."""

    samples: np.ndarray  # shape (n,), int16
    pts_ns: int
    sample_rate: int = AUDIO_RATE

    @property
    def duration_ns(self) -> int:
        return len(self.samples) * 1_000_000_000 // self.sample_rate


class LatestSlot(Generic[T]):
    """A one-item mailbox: `put` replaces what is there, so a slow reader skips, never lags."""

    def __init__(self) -> None:
        self._item: T | None = None
        self._seq = 0
        self._cond = threading.Condition()
        self.dropped = 0

    def put(self, item: T) -> None:
        with self._cond:
            if self._item is not None:
                self.dropped += 1
            self._item = item
            self._seq += 1
            self._cond.notify_all()

    def take(self, timeout: float | None = None) -> T | None:
        """Remove and return the newest item, waiting up to `timeout` seconds for one."""
        with self._cond:
            if self._item is None and timeout:
                self._cond.wait_for(lambda: self._item is not None, timeout)
            item, self._item = self._item, None
            return item

    def peek(self) -> T | None:
        with self._cond:
            return self._item

    @property
    def seq(self) -> int:
        return self._seq
