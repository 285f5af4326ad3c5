"""The compositor lays the host picture (and, later, co-host pictures) onto the program canvas."""

from __future__ import annotations

import cv2
import numpy as np


def fit_cover(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """Scale to fill width×height, cropping the overflow centred (no black bars)."""
    h, w = image.shape[:2]
    if (w, h) == (width, height):
        return image
    scale = max(width / w, height / h)
    new_w, new_h = max(width, round(w * scale)), max(height, round(h * scale))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    resized = cv2.resize(image, (new_w, new_h), interpolation=interp)
    x, y = (new_w - width) // 2, (new_h - height) // 2
    return resized[y : y + height, x : x + width]


class Compositor:
    """Solo layout: the host fills the canvas. Returns a frame the caller may modify."""

    def __init__(self, width: int = 1280, height: int = 720) -> None:
        self.width, self.height = width, height

    def process(self, image: np.ndarray, pts_ns: int) -> np.ndarray:
        return np.ascontiguousarray(fit_cover(image, self.width, self.height))
