"""Safe zones of portrait (9:16) canvases: where phone apps draw their own controls over the show.

Each preset lists the areas a viewer's app covers, as fractions of the canvas: the top bar
(host card, viewer count, close), the right-side button column (like, share, gifts, cart) and
the bottom comment area with the input bar. Overlays are laid out around them
(`OverlayStack` in portrait) and the preview draws them as guides. Where the numbers come
from is in docs/canvases.md: the apps publish no pixel figures for LIVE, so the commerce
presets are estimates from descriptions of the apps' live rooms, rounded outward (not yet
measured on a phone); Reels uses
Meta's published guidance (top 14 %, bottom 35 %, sides 6 %)."""

from __future__ import annotations

from dataclasses import dataclass

Rect = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Zone:
    name: str  # "top bar", "buttons", "comments", …
    x: float
    y: float
    w: float
    h: float

    def rect(self, width: int, height: int) -> Rect:
        x0, y0 = round(self.x * width), round(self.y * height)
        return x0, y0, round((self.x + self.w) * width) - x0, round((self.y + self.h) * height) - y0


@dataclass(frozen=True, slots=True)
class SafeZonePreset:
    id: str
    label: str
    zones: tuple[Zone, ...]

    def rects(self, width: int, height: int) -> list[Rect]:
        """Zone rectangles on a width×height canvas; none on a landscape canvas."""
        if height <= width:
            return []
        return [z.rect(width, height) for z in self.zones]


def _app(top: float, right_x: float, right_y: float, comments_y: float,
         comments_w: float) -> tuple[Zone, ...]:
    return (Zone("top bar", 0, 0, 1, top),
            Zone("buttons", right_x, right_y, 1 - right_x, 1 - right_y),
            Zone("comments", 0, comments_y, comments_w, 1 - comments_y),
            Zone("input bar", 0, 0.92, 1, 0.08))


SAFE_ZONES: dict[str, SafeZonePreset] = {p.id: p for p in (
    # The union of the three commerce apps: safe on any of them (the default).
    SafeZonePreset("phone", "Any shopping app", _app(0.14, 0.84, 0.40, 0.60, 0.74)),
    SafeZonePreset("tiktok", "TikTok LIVE", _app(0.12, 0.84, 0.40, 0.66, 0.74)),
    SafeZonePreset("shopee", "Shopee Live", _app(0.13, 0.84, 0.45, 0.62, 0.72)),
    SafeZonePreset("lazada", "Lazada LazLive", _app(0.12, 0.85, 0.42, 0.60, 0.72)),
    SafeZonePreset("reels", "Facebook / Instagram", (
        Zone("top bar", 0, 0, 1, 0.14), Zone("caption and buttons", 0, 0.65, 1, 0.35),
        Zone("left edge", 0, 0, 0.06, 1), Zone("right edge", 0.94, 0, 0.06, 1))),
    SafeZonePreset("none", "No guides", ()),
)}


def safe_zone_preset(preset_id: str) -> SafeZonePreset:
    try:
        return SAFE_ZONES[preset_id]
    except KeyError:
        raise ValueError(f"Unknown safe-zone preset {preset_id!r}: use one of "
                         f"{', '.join(SAFE_ZONES)}.") from None


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
