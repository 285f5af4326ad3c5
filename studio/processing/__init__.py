"""Per-frame processing stages: enhancement, overlays, compositor, audio levels."""

from __future__ import annotations

from typing import Protocol

import numpy as np


class VideoProcessor(Protocol):
    """One stage of the picture chain. May modify `image` in place; returns the result."""

    def process(self, image: np.ndarray, pts_ns: int) -> np.ndarray: ...
