"""The demo source: an animated product-table scene and a tone with regular pauses.

Used on machines with no camera or microphone, in tests and in benchmarks. The tone
beeps for the first 200 ms of every second while a marker in the picture is lit,
so A/V sync can be checked by eye or by code.
"""

from __future__ import annotations

import math
import time

import cv2
import numpy as np

from studio.media import timecode
from studio.media.base import PacedAudioSource, VideoInfo, VideoSource
from studio.media.frames import AUDIO_RATE, now_ns
from studio.messages import QT_TRANSLATE_NOOP, Message

BEEP_MS = 200


class DemoVideoSource(VideoSource):
    def __init__(self, width: int = 1280, height: int = 720, fps: float = 30.0,
                 timecode: bool = False, timecode_x: int = 0) -> None:
        super().__init__()
        self.width, self.height, self.fps = width, height, fps
        self.timecode = timecode  # stamp the capture time along the top edge (latency benchmarks)
        self.timecode_x = timecode_x
        self.brightness = 1.0  # < 1 dims the scene (a dark room, for rehearsal tests and demos)
        self._background = _table_scene(width, height)
        self._next_ns = 0
        self._start_ns = 0
        self._n = 0

    def _open(self) -> VideoInfo:
        label = Message(QT_TRANSLATE_NOOP("Notice", "Demo scene"))
        return VideoInfo(label, self.width, self.height, self.fps)

    def _read(self) -> np.ndarray | None:
        if self._n == 0:
            self._start_ns = now_ns()
        due = self._start_ns + int(self._n * 1e9 / self.fps)
        delay = (due - now_ns()) / 1e9
        if delay > 0:
            time.sleep(delay)
        elif delay < -0.5:  # far behind (machine stalled): skip ahead instead of bursting
            self._n = int((now_ns() - self._start_ns) * self.fps / 1e9)
        image = self.render(self._n, now_ns() / 1e9)
        if self.brightness != 1.0:
            image = cv2.convertScaleAbs(image, alpha=self.brightness)
        if self.timecode:
            timecode.stamp(image, x0=self.timecode_x)
        self._n += 1
        return image

    def render(self, n: int, t: float) -> np.ndarray:
        """Draw frame `n` at clock time `t` seconds (pure: used by tests and benchmarks too).

        The sync marker is lit while `t % 1 < 0.2`, the same rule the tone follows."""
        img = self._background.copy()
        w, h = self.width, self.height
        s = h / 720
        # Three "products" gliding on the table.
        for i, colour in enumerate(((60, 90, 230), (60, 200, 250), (200, 140, 60))):
            phase = t * (0.6 + 0.25 * i) + i * 2.1
            cx = int(w * (0.25 + 0.25 * i) + math.sin(phase) * 90 * s)
            cy = int(h * 0.66 + math.cos(phase * 1.3) * 25 * s)
            size = int((70 + 10 * i) * s)
            if i == 0:
                box = cv2.boxPoints(((cx, cy), (size * 1.4, size), math.degrees(phase) % 180))
                cv2.fillConvexPoly(img, box.astype(np.int32), colour, cv2.LINE_AA)
            elif i == 1:
                cv2.circle(img, (cx, cy), size // 2 + 10, colour, -1, cv2.LINE_AA)
                cv2.circle(img, (cx - size // 6, cy - size // 6), size // 8, (255, 255, 255), -1, cv2.LINE_AA)
            else:
                pts = np.array([[cx, cy - size], [cx - size, cy + size // 2], [cx + size, cy + size // 2]])
                cv2.fillConvexPoly(img, pts.astype(np.int32), colour, cv2.LINE_AA)
        # Clock, frame counter and the sync marker (lit while the tone beeps).
        clock = time.strftime("%H:%M:%S") + f".{int((time.time() % 1) * 1000):03d}"
        cv2.putText(img, clock, (int(40 * s), int(70 * s)), cv2.FONT_HERSHEY_SIMPLEX, 1.4 * s,
                    (255, 255, 255), max(1, int(3 * s)), cv2.LINE_AA)
        cv2.putText(img, f"frame {n:06d}", (int(40 * s), int(115 * s)), cv2.FONT_HERSHEY_SIMPLEX,
                    0.9 * s, (200, 220, 255), max(1, int(2 * s)), cv2.LINE_AA)
        lit = (t % 1.0) < BEEP_MS / 1000
        cv2.circle(img, (w - int(60 * s), int(60 * s)), int(24 * s),
                   (80, 255, 80) if lit else (40, 60, 40), -1, cv2.LINE_AA)
        return img


def _table_scene(width: int, height: int) -> np.ndarray:
    """The static part, drawn once: a warm wall gradient and a wooden table."""
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    x = np.linspace(0, 1, width, dtype=np.float32)[None, :]
    wall = np.empty((height, width, 3), np.float32)
    wall[..., 0] = 120 + 40 * x - 30 * y
    wall[..., 1] = 110 + 30 * (1 - x) - 20 * y
    wall[..., 2] = 95 + 20 * y
    img = np.clip(wall, 0, 255).astype(np.uint8)
    top = int(height * 0.55)
    table = np.zeros((height - top, width, 3), np.uint8)
    table[:] = (60, 100, 150)
    grain = (np.sin(np.linspace(0, 60, width))[None, :] * 10 + np.arange(height - top)[:, None] * 0.05)
    table = np.clip(table.astype(np.float32) + grain[..., None], 0, 255).astype(np.uint8)
    img[top:] = table
    cv2.line(img, (0, top), (width, top), (40, 70, 110), max(2, height // 180), cv2.LINE_AA)
    return img


class DemoToneSource(PacedAudioSource):
    """A 660 Hz tone for the first 200 ms of every second, silence otherwise."""

    label = Message(QT_TRANSLATE_NOOP("Notice", "Demo tone"))

    def __init__(self, frequency: float = 660.0, level_dbfs: float = -12.0) -> None:
        super().__init__()
        self.frequency = frequency
        self.amplitude = 32767 * 10 ** (level_dbfs / 20)
        self.muted = False  # a pause in the beeps (dead air, for rehearsal tests and demos)

    def _generate(self, first_sample: int, count: int, pts_ns: int) -> np.ndarray:
        if self.muted:
            return np.zeros(count, np.int16)
        n = np.arange(first_sample, first_sample + count)
        # Beep by the session clock (not by sample count) so it lines up with the picture.
        t_ns = pts_ns + (n - first_sample) * 1_000_000_000 // AUDIO_RATE
        on = (t_ns % 1_000_000_000) < BEEP_MS * 1_000_000
        tone = np.sin(2 * np.pi * self.frequency * n / AUDIO_RATE) * self.amplitude
        return np.where(on, tone, 0).astype(np.int16)
