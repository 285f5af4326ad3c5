"""Camera capture with OpenCV on its own thread (`VideoCapture.read` blocks)."""

from __future__ import annotations

import os
import sys

import cv2
import numpy as np

from studio.media.base import SourceError, VideoInfo, VideoSource
from studio.messages import QT_TRANSLATE_NOOP, Message

# OpenCV prints its own warnings for a missing camera; we say it once, in a sentence.
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


class CameraSource(VideoSource):
    """A camera by index (`0`) or device path (`/dev/video2`). Asks for a size and rate,
    and reports what the driver actually gave in `info`."""

    def __init__(self, device: int | str, width: int = 1280, height: int = 720, fps: float = 30.0) -> None:
        super().__init__()
        self.device = device
        self.want = (width, height, fps)
        self._cap: cv2.VideoCapture | None = None

    def _open(self) -> VideoInfo:
        backend = cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY
        cap = cv2.VideoCapture(self.device, backend)
        if not cap.isOpened():
            cap.release()
            if not self._exists():
                raise SourceError(Message(QT_TRANSLATE_NOOP("Notice", "No camera found.")), missing=True)
            raise SourceError(Message(QT_TRANSLATE_NOOP(
                "Notice", "Camera {name} could not be opened: another app may be using it."),
                name=self.device))
        width, height, fps = self.want
        # MJPG lets most USB webcams deliver 720p30; raw YUYV often tops out at 10 fps there.
        cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        cap.set(cv2.CAP_PROP_FPS, fps)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # never hand on a stale frame from the driver queue
        ok, image = cap.read()
        if not ok or image is None:
            cap.release()
            raise SourceError(Message(QT_TRANSLATE_NOOP(
                "Notice", "Camera {name} opened but gives no picture."), name=self.device))
        self._cap = cap
        got_fps = cap.get(cv2.CAP_PROP_FPS) or fps
        return VideoInfo(f"Camera {self.device}", image.shape[1], image.shape[0], float(got_fps))

    def available(self) -> bool:
        """On Linux, whether the device node is back (hot-plug); elsewhere, try opening."""
        return self._exists() if sys.platform.startswith("linux") else True

    def _exists(self) -> bool:
        """Whether the device is there at all (only Linux can tell without opening it)."""
        if not sys.platform.startswith("linux"):
            return False
        path = self.device if isinstance(self.device, str) else f"/dev/video{self.device}"
        return os.path.exists(path)

    def _read(self) -> np.ndarray | None:
        if self._cap is None:
            raise SourceError("The camera is closed.")
        ok, image = self._cap.read()
        return image if ok else None

    def _close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
