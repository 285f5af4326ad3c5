"""A capture-time code drawn into the picture, for measuring glass-to-glass latency.

32 blocks along the top edge carry the low 32 bits of the wall clock in milliseconds
(white = 1), big enough to survive H.264 at low bitrates. The viewer side reads it back
(bench/live.py does it in Chromium with a canvas)."""

from __future__ import annotations

import time

import numpy as np

BITS = 32
BLOCK_W = 20
BLOCK_H = 16


def stamp(image: np.ndarray, wall_ms: int | None = None) -> int:
    """Draw the code into `image` (BGR, in place) and return the stamped value."""
    value = (int(time.time() * 1000) if wall_ms is None else wall_ms) & 0xFFFFFFFF
    for bit in range(BITS):
        on = (value >> (BITS - 1 - bit)) & 1
        image[:BLOCK_H, bit * BLOCK_W:(bit + 1) * BLOCK_W] = 255 if on else 0
    return value


def read(image: np.ndarray) -> int:
    """Read the code back from a (decoded) BGR picture."""
    value = 0
    y = BLOCK_H // 2
    for bit in range(BITS):
        x = bit * BLOCK_W + BLOCK_W // 2
        value = (value << 1) | int(image[y, x].mean() > 128)
    return value
