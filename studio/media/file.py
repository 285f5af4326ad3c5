"""A video file played at its own frame rate, in a loop (rehearsing with recorded footage) or
once (a clip that ends: the program shows the "be right back" slate)."""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np

from studio.media.base import SourceError, VideoInfo, VideoSource
from studio.media.frames import now_ns
from studio.messages import QT_TRANSLATE_NOOP, Message


class FileVideoSource(VideoSource):
    def __init__(self, path: str | Path, width: int | None = None, height: int | None = None,
                 loop: bool = True) -> None:
        super().__init__()
        self.path = Path(path)
        self.loop = loop
        self.ended = False
        self.size = (width, height) if width and height else None
        self._cap: cv2.VideoCapture | None = None
        self._fps = 30.0
        self._due = 0

    def _open(self) -> VideoInfo:
        if not self.path.is_file():
            raise SourceError(Message(QT_TRANSLATE_NOOP("Notice", "The video file {name} does not exist."),
                                      name=self.path.name))
        cap = cv2.VideoCapture(str(self.path))
        ok, image = cap.read() if cap.isOpened() else (False, None)
        if not ok or image is None:
            cap.release()
            raise SourceError(Message(QT_TRANSLATE_NOOP(
                "Notice", "The video file {name} could not be decoded."), name=self.path.name))
        cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
        self._cap = cap
        fps = cap.get(cv2.CAP_PROP_FPS)
        self._fps = fps if 1 <= fps <= 240 else 30.0
        w, h = self.size or (image.shape[1], image.shape[0])
        return VideoInfo(f"File {self.path.name}", w, h, self._fps)

    def _read(self) -> np.ndarray | None:
        if self._cap is None:
            raise SourceError("The video file is closed.")
        if not self._due:
            self._due = now_ns()
        self._due += int(1e9 / self._fps)
        delay = (self._due - now_ns()) / 1e9
        if delay > 0:
            time.sleep(delay)
        elif delay < -0.5:
            self._due = now_ns()
        ok, image = self._cap.read()
        if not ok and not self.loop:
            self.ended = True
            raise SourceError(Message(QT_TRANSLATE_NOOP("Notice", "The video file {name} has ended."),
                                      name=self.path.name))
        if not ok:  # end of file: loop
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, image = self._cap.read()
            if not ok:
                return None
        if self.size and (image.shape[1], image.shape[0]) != self.size:
            image = cv2.resize(image, self.size, interpolation=cv2.INTER_AREA)
        return image

    def available(self) -> bool:
        """A file that played to its end does not come back by itself."""
        return not self.ended and self.path.is_file()

    def _close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
