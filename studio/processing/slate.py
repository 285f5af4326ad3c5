"""The "be right back" slate: while the camera is gone (unplugged, a clip that ended) the
program shows a drawn picture in its own size instead of a frozen or black frame.

It is a stage of the picture chain placed after the camera's stages (fit, enhancement) and
before the co-host layout and the overlays, so the product card, the countdown and the banner
stay on screen over it and co-hosts keep their tiles. One instance serves every canvas (it
draws once per size)."""

from __future__ import annotations

import threading

import cv2
import numpy as np

from studio.processing.text import default_renderer

BACKGROUND_TOP = (48, 30, 22)  # BGR: the studio's dark blue-grey
BACKGROUND_BOTTOM = (22, 14, 10)
ACCENT = (45, 77, 238)  # BGR of the commerce orange-red


class Slate:
    """`show()` / `hide()` from any thread; `process` runs on the renderer's thread."""

    def __init__(self, title: str = "Be right back", subtitle: str = "The show goes on in a moment") -> None:
        self._lock = threading.Lock()
        self._texts = (title, subtitle)
        self._active = False
        self._cache: dict[tuple[int, int, str, str], np.ndarray] = {}
        self.frames = 0  # program frames that showed the slate (tests, the report)

    @property
    def active(self) -> bool:
        return self._active

    def show(self) -> None:
        self._active = True

    def hide(self) -> None:
        self._active = False

    def set_text(self, title: str, subtitle: str) -> None:
        """The words on the slate (the window passes them in the host's language)."""
        with self._lock:
            if (title, subtitle) != self._texts:
                self._texts = (title, subtitle)
                self._cache.clear()

    def process(self, image: np.ndarray, pts_ns: int) -> np.ndarray:
        if not self._active:
            return image
        self.frames += 1
        return self.picture(image.shape[1], image.shape[0]).copy()  # later stages draw in place

    def picture(self, width: int, height: int) -> np.ndarray:
        """The slate at `width`×`height` (BGR), drawn once per size and text."""
        with self._lock:
            title, subtitle = self._texts
            key = (width, height, title, subtitle)
            cached = self._cache.get(key)
            if cached is None:
                if len(self._cache) > 8:
                    self._cache.clear()
                cached = self._cache[key] = _draw(width, height, title, subtitle)
        return cached


def _draw(width: int, height: int, title: str, subtitle: str) -> np.ndarray:
    ramp = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    top, bottom = np.array(BACKGROUND_TOP, np.float32), np.array(BACKGROUND_BOTTOM, np.float32)
    image = np.ascontiguousarray(np.broadcast_to(top * (1 - ramp) + bottom * ramp, (height, width, 3))
                                 .astype(np.uint8))
    unit = min(width, height) / 720  # 720p design pixels, by the short side (as the overlays)
    cx, cy = width // 2, int(height * 0.40)
    # A paused camera: a rounded body with a lens, in the accent colour.
    body_w, body_h = int(150 * unit), int(96 * unit)
    x0, y0 = cx - body_w // 2, cy - body_h // 2 - int(70 * unit)
    cv2.rectangle(image, (x0, y0), (x0 + body_w, y0 + body_h), ACCENT, -1, cv2.LINE_AA)
    cv2.circle(image, (cx, y0 + body_h // 2), int(30 * unit), BACKGROUND_BOTTOM, -1, cv2.LINE_AA)
    cv2.circle(image, (cx, y0 + body_h // 2), int(16 * unit), (255, 255, 255), -1, cv2.LINE_AA)
    renderer = default_renderer()
    y = y0 + body_h + int(40 * unit)
    for text, size, colour, bold in ((title, 56, (255, 255, 255, 255), True),
                                     (subtitle, 26, (200, 205, 210, 255), False)):
        if not text:
            continue
        rendered = renderer.render(text, max(8, int(size * unit)), colour, bold=bold,
                                   max_width=int(width * 0.86), max_lines=2)
        rgba = rendered.image
        h, w = rgba.shape[:2]
        if w and h:
            x = max(0, (width - w) // 2)
            _paste(image, rgba, x, y)
        y += h + int(18 * unit)
    return image


def _paste(image: np.ndarray, rgba: np.ndarray, x: int, y: int) -> None:
    """Straight-alpha RGBA (RGB order) over BGR, clipped to the image."""
    h = min(rgba.shape[0], image.shape[0] - y)
    w = min(rgba.shape[1], image.shape[1] - x)
    if h <= 0 or w <= 0:
        return
    patch = rgba[:h, :w].astype(np.float32)
    alpha = patch[..., 3:4] / 255.0
    region = image[y:y + h, x:x + w].astype(np.float32)
    image[y:y + h, x:x + w] = (region * (1 - alpha) + patch[..., 2::-1] * alpha).astype(np.uint8)
