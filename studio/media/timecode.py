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


def stamp(image: np.ndarray, wall_ms: int | None = None, x0: int = 0) -> int:
    """Draw the code into `image` (BGR, in place) from column `x0`; return the value."""
    value = (int(time.time() * 1000) if wall_ms is None else wall_ms) & 0xFFFFFFFF
    for bit in range(BITS):
        on = (value >> (BITS - 1 - bit)) & 1
        image[:BLOCK_H, x0 + bit * BLOCK_W:x0 + (bit + 1) * BLOCK_W] = 255 if on else 0
    return value


def read(image: np.ndarray, x0: int = 0, y0: int = 0) -> int:
    """Read the code back from a (decoded) BGR picture whose code starts at (x0, y0)."""
    value = 0
    y = y0 + BLOCK_H // 2
    for bit in range(BITS):
        x = x0 + bit * BLOCK_W + BLOCK_W // 2
        value = (value << 1) | int(image[y, x].mean() > 128)
    return value


def latency_ms(value: int) -> int:
    """Now minus a read code, in ms (the code wraps every 49 days)."""
    delta = (int(time.time() * 1000) & 0xFFFFFFFF) - value
    return delta + (1 << 32) if delta < -(1 << 31) else delta
