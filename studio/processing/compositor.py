"""Composition: the host picture fitted to the program, then laid out with co-host pictures.

`Compositor` (the fit stage) scales the host's camera to the program size before
enhancement. `LayoutCompositor` runs after enhancement and before overlays: solo, side-by-
side PK (2), grid (host + up to 4) and picture-in-picture, with each co-host's name and
audio level on their tile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from studio.processing.text import render_text

LAYOUTS = ("solo", "pk", "grid", "pip")
MAX_COHOSTS = 4


def fit_cover(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """Scale to fill width×height, cropping the overflow centred (no black bars)."""
    h, w = image.shape[:2]
    if (w, h) == (width, height):
        return image
    scale = max(width / w, height / h)
    new_w, new_h = max(width, round(w * scale)), max(height, round(h * scale))
    if (new_w, new_h) != (w, h):
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        image = cv2.resize(image, (new_w, new_h), interpolation=interp)
    x, y = (new_w - width) // 2, (new_h - height) // 2
    return image[y : y + height, x : x + width]


def fit_contain(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """Scale to fit inside width×height, centred on black (nothing cropped): a recording that
    keeps its size through a program format change of another shape."""
    h, w = image.shape[:2]
    if (w, h) == (width, height):
        return image
    scale = min(width / w, height / h)
    new_w, new_h = max(2, round(w * scale)), max(2, round(h * scale))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    scaled = cv2.resize(image, (new_w, new_h), interpolation=interp)
    if (new_w, new_h) == (width, height):
        return scaled
    canvas = np.zeros((height, width, 3), np.uint8)
    x, y = (width - new_w) // 2, (height - new_h) // 2
    canvas[y : y + new_h, x : x + new_w] = scaled
    return canvas


def capture_size(width: int, height: int) -> tuple[int, int]:
    """What to ask a camera for to fill a width×height canvas. Cameras are landscape: a
    portrait canvas asks for the landscape size of the same class (720×1280 → 1280×720) and
    the fit stage crops the upright slice out of it (never letterboxing)."""
    return (height, width) if height > width else (width, height)


class Compositor:
    """Fit stage: the host fills the canvas. Returns a frame the caller may modify."""

    def __init__(self, width: int = 1280, height: int = 720) -> None:
        self.width, self.height = width, height

    def resize(self, width: int, height: int) -> None:
        self.width, self.height = width, height

    def process(self, image: np.ndarray, pts_ns: int) -> np.ndarray:
        return np.ascontiguousarray(fit_cover(image, self.width, self.height))


@dataclass(frozen=True, slots=True)
class Tile:
    """What the layout needs from one co-host, read once per program frame."""

    id: str
    name: str
    picture: Callable[[int, int], np.ndarray | None]
    """The newest BGR picture for a tile of (width, height) — ideally already that size, cover
    fitted (the co-host converts and scales once, and learns the size its tile needs) — or None
    (none yet / frozen)."""
    level_db: Callable[[], float]
    status: Callable[[], str]  # "live", "reconnecting", "muted"


Rect = tuple[int, int, int, int]  # x, y, w, h


def layout_rects(layout: str, count: int, width: int, height: int) -> list[Rect]:
    """Rectangles for the host (first) and `count` co-hosts on a width×height canvas."""
    if count == 0 or layout == "solo":
        return [(0, 0, width, height)]
    if height > width:
        return _portrait_rects(layout, count, width, height)
    if layout == "pk":
        half = width // 2
        rects = [(0, 0, half, height), (half, 0, width - half, height)]
        return rects[: 1 + min(count, 1)]
    if layout == "pip":
        w, h = width // 4, height // 4
        margin = height // 36
        if count * (h + margin) + margin > height:  # four don't fit a quarter high: shrink
            h = (height - margin) // count - margin
            w = h * width // height
        rects = [(0, 0, width, height)]
        for i in range(count):
            rects.append((width - w - margin, height - (h + margin) * (i + 1), w, h))
        return rects
    # grid: host + up to 4 → 2×2 for up to 4 tiles, 3×2 for 5
    tiles = 1 + count
    cols = 2 if tiles <= 4 else 3
    rows = 1 if tiles <= 2 else 2
    tw, th = width // cols, height // rows
    rects = []
    for i in range(tiles):
        r, c = divmod(i, cols)
        rects.append((c * tw, r * th, tw, th))
    if tiles == 3:  # host on the left half, two co-hosts stacked on the right
        rects = [(0, 0, tw, height), (tw, 0, width - tw, th), (tw, th, width - tw, height - th)]
    return rects


def _portrait_rects(layout: str, count: int, width: int, height: int) -> list[Rect]:
    """Portrait (9:16) layouts: PK stacked top/bottom, a 2×2 grid (host across the top when the
    tiles are odd), picture-in-picture tiles down the right under the phone apps' top bar."""
    if layout == "pk":
        half = height // 2
        return [(0, 0, width, half), (0, half, width, height - half)][: 1 + min(count, 1)]
    if layout == "pip":
        w = width // 3
        h = w * 4 // 3
        margin, top = width // 30, round(height * 0.13)
        room = height - top - round(height * 0.08)  # between the top bar and the input bar
        if count * h + (count - 1) * margin > room:  # four don't fit at a third wide: shrink
            h = (room - (count - 1) * margin) // count
            w = h * 3 // 4
        return [(0, 0, width, height)] + [(width - w - margin, top + (h + margin) * i, w, h)
                                          for i in range(count)]
    tiles = 1 + count
    if tiles == 2:
        return _portrait_rects("pk", 1, width, height)
    rows = (tiles + 1) // 2
    th = height // rows
    tw = width // 2
    rects: list[Rect] = []
    if tiles % 2:  # odd: the host spans the first row
        rects.append((0, 0, width, th))
    for i in range(len(rects), tiles):
        slot = i + (tiles % 2)  # skip the second cell of a spanned first row
        r, c = divmod(slot, 2)
        rects.append((c * tw, r * th, tw if c == 0 else width - tw, th if r < rows - 1 else height - r * th))
    return rects


class LayoutCompositor:
    """Lays the host picture and approved co-hosts' pictures out. Thread-safe setters."""

    def __init__(self, width: int = 1280, height: int = 720,
                 follows: LayoutCompositor | None = None) -> None:
        """`follows`: another canvas's compositor whose layout and co-hosts this one shows
        (a second canvas lays out the same guests for its own shape)."""
        self.width, self.height = width, height
        self._follows = follows
        self._layout = "pk"
        self._tiles: tuple[Tile, ...] = ()
        self._lock = threading.Lock()
        self._labels: dict[str, np.ndarray] = {}
        self._rects: list[Rect] = [(0, 0, width, height)]

    def resize(self, width: int, height: int) -> None:
        with self._lock:
            self.width, self.height = width, height
            self._labels.clear()
            self._rects = [(0, 0, width, height)]

    @property
    def layout(self) -> str:
        return self._layout

    def set_layout(self, layout: str) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"Unknown layout {layout!r}: use one of {', '.join(LAYOUTS)}.")
        self._layout = layout

    def set_tiles(self, tiles: list[Tile]) -> None:
        if len(tiles) > MAX_COHOSTS:
            raise ValueError(f"At most {MAX_COHOSTS} co-hosts fit in the picture.")
        with self._lock:
            self._tiles = tuple(tiles)

    def slot_rects(self) -> list[Rect]:
        """Where the host (index 0) and each co-host were drawn in the last frame."""
        return list(self._rects)

    def process(self, image: np.ndarray, pts_ns: int) -> np.ndarray:
        source = self._follows or self
        with source._lock:
            tiles = source._tiles
        layout = source._layout if tiles else "solo"
        h, w = image.shape[:2]
        rects = layout_rects(layout, len(tiles), w, h)
        self._rects = rects
        if len(rects) == 1:
            return image
        if layout == "pip":
            canvas = image  # host stays full frame; co-hosts float on top
        else:
            canvas = np.empty_like(image)
            x, y, rw, rh = rects[0]
            canvas[y : y + rh, x : x + rw] = fit_cover(image, rw, rh)
        for tile, rect in zip(tiles, rects[1:], strict=False):
            self._draw_tile(canvas, tile, rect, border=layout == "pip")
        if layout != "pip":  # dividers between tiles
            for x, y, rw, rh in rects[1:]:
                if x > 0:
                    cv2.line(canvas, (x, y), (x, y + rh), (20, 20, 20), 2)
                if y > 0:
                    cv2.line(canvas, (x, y), (x + rw, y), (20, 20, 20), 2)
        return canvas

    def _draw_tile(self, canvas: np.ndarray, tile: Tile, rect: Rect, border: bool) -> None:
        x, y, w, h = rect
        picture = tile.picture(w, h)
        roi = canvas[y : y + h, x : x + w]
        if picture is None:
            roi[:] = (38, 34, 30)
        else:
            roi[:] = fit_cover(picture, w, h)  # a no-op when the tile gave its own size
        status = tile.status()
        if status == "reconnecting":
            roi[:] = (roi.astype(np.uint16) * 2 // 5).astype(np.uint8)
            self._blit(roi, self._label("Reconnecting…", int(h * 0.09)), "center")
        self._blit(roi, self._label(tile.name, max(14, int(min(h, 720) * 0.045))), "bottom-left")
        self._level_bar(roi, tile.level_db(), muted=status == "muted")
        if border:
            cv2.rectangle(canvas, (x, y), (x + w - 1, y + h - 1), (255, 255, 255), 2)

    def _label(self, text: str, size: int) -> np.ndarray:
        key = f"{size}:{text}"
        label = self._labels.get(key)
        if label is None:
            glyphs = render_text(text, size)
            pad = max(4, size // 4)
            label = np.zeros((glyphs.shape[0] + 2 * pad, glyphs.shape[1] + 2 * pad, 4), np.uint8)
            label[..., 3] = 150  # a dark pill behind the name, readable on any picture
            gy, gx = slice(pad, pad + glyphs.shape[0]), slice(pad, pad + glyphs.shape[1])
            a = glyphs[..., 3:4].astype(np.float32) / 255
            label[gy, gx, :3] = (glyphs[..., :3] * a).astype(np.uint8)
            label[gy, gx, 3] = np.maximum(label[gy, gx, 3], glyphs[..., 3])
            if len(self._labels) > 64:
                self._labels.clear()
            self._labels[key] = label
        return label

    @staticmethod
    def _blit(roi: np.ndarray, rgba: np.ndarray, where: str) -> None:
        h, w = roi.shape[:2]
        lh, lw = min(rgba.shape[0], h), min(rgba.shape[1], w)
        m = max(6, h // 40)
        if where == "center":
            y, x = (h - lh) // 2, (w - lw) // 2
        else:
            y, x = h - lh - m, m
        dst = roi[y : y + lh, x : x + lw]
        a = rgba[:lh, :lw, 3:4].astype(np.uint16)
        rgb = rgba[:lh, :lw, 2::-1].astype(np.uint16)  # RGBA → BGR
        dst[:] = ((rgb * a + dst.astype(np.uint16) * (255 - a)) // 255).astype(np.uint8)

    @staticmethod
    def _level_bar(roi: np.ndarray, level_db: float, muted: bool) -> None:
        h, w = roi.shape[:2]
        bar_h = max(40, h // 4)
        x0, y1 = w - max(10, w // 40) - 6, h - max(6, h // 40)
        fill = 0.0 if muted else max(0.0, min(1.0, (level_db + 60) / 60))
        cv2.rectangle(roi, (x0, y1 - bar_h), (x0 + 6, y1), (40, 40, 40), -1)
        top = y1 - int(bar_h * fill)
        colour = (80, 80, 255) if muted else (90, 220, 90)
        cv2.rectangle(roi, (x0, top), (x0 + 6, y1), colour, -1)
