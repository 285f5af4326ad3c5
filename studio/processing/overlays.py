"""Commerce overlays on the program picture: product card, flash-sale countdown, banner or
ticker, pinned comment and logo.

Drawing text and shapes costs milliseconds, a frame has ~33. So every overlay renders
its content ONCE into a cached layer and each frame only blends that layer into its
region of the BGR picture (two saturating uint8 cv2 ops on the region, no float
conversion of the frame). A layer is re-rendered only when its *key* changes: the
tuple of everything its pixels depend on (content, frame size, locale, labels, and for
the countdown the displayed second). The ticker renders its text strip once and crops
a moving window from it per frame.

Threads: setters are called from the UI/session threads, `apply` runs on the
processing worker. Setters only swap immutable content under a small lock; rendering
happens in `apply`, outside the setters' lock, so a setter never waits for a render.
"""

from __future__ import annotations

import functools
import logging
import math
import threading
from abc import ABC, abstractmethod
from collections.abc import Hashable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Literal, get_args

import cv2
import numpy as np
import segno

from studio.commerce.money import format_discount, format_price, parse_locale
from studio.commerce.product import Product
from studio.media.frames import VIDEO_HEIGHT, VIDEO_WIDTH
from studio.media.frames import now_ns as clock_ns
from studio.media.pictures import picture_problem
from studio.processing.safezones import overlaps, safe_zone_preset
from studio.processing.text import RenderedText, default_renderer

log = logging.getLogger(__name__)

Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right"]
CORNERS: tuple[Corner, ...] = get_args(Corner)
RGBA = tuple[int, int, int, int]
Rect = tuple[int, int, int, int]  # x, y, w, h

DESIGN_HEIGHT = 720  # sizes below are pixels at 720p and scale with the frame's short side
COUNTDOWN_MIN_S, COUNTDOWN_MAX_S = 10, 300
ENDED_HOLD_S = 3  # "Sale ended" stays this long, then the countdown hides
LOW_STOCK = 10  # at or below this the card says "Only n left"
TICKER_SPEED = 110  # px per second at 720p

INK: RGBA = (32, 33, 36, 255)
MUTED: RGBA = (128, 134, 139, 255)
ACCENT: RGBA = (238, 77, 45, 255)  # price, badges: the commerce orange-red
ACCENT_2: RGBA = (255, 128, 64, 255)
WHITE: RGBA = (255, 255, 255, 255)
WARN: RGBA = (230, 81, 0, 255)


@dataclass(frozen=True, slots=True)
class OverlayLabels:
    """The words drawn into the picture. English defaults; the UI passes translations.

    `only_left` is a `str.format` template with `{n}`."""

    off: str = "OFF"  # discount badge: "-33% OFF"
    flash_sale: str = "Flash sale"
    ends_in: str = "ends in"
    sale_ended: str = "Sale ended"
    only_left: str = "Only {n} left"
    sold_out: str = "Sold out"
    scan_to_buy: str = "Scan to buy"
    pinned: str = "Pinned"

    def stock_left(self, n: int) -> str:
        try:
            return self.only_left.format(n=n)
        except (KeyError, IndexError, ValueError):  # a bad translation must not stop the video
            log.warning("label only_left %r is not a template with {n}", self.only_left)
            return OverlayLabels.only_left.format(n=n)


@dataclass(frozen=True, slots=True)
class RenderContext:
    """Everything outside an overlay's own content that its pixels depend on."""

    width: int
    height: int
    locale: str
    labels: OverlayLabels

    @property
    def scale(self) -> float:
        """720p design pixels to frame pixels: by the short side, so a 720×1280 portrait
        canvas draws a card the size it has at 1280×720 (it would not fit its width else)."""
        return min(self.width, self.height) / DESIGN_HEIGHT

    @property
    def portrait(self) -> bool:
        return self.height > self.width

    def px(self, value: float) -> int:
        """A 720p design size in pixels for this frame (never below 1)."""
        return max(1, round(value * self.scale))


# ---------------------------------------------------------------- pixels


class BlendLayer:
    """A rendered overlay, stored the way per-frame blending wants it.

    `premul` is BGR already multiplied by alpha, `inv_alpha` is 255 - alpha repeated
    over three channels: a frame region then costs one multiply and one add in uint8.
    `box` is the visible shape inside the layer (the layer also holds its shadow), so
    layout aligns what the viewer sees, not the shadow's edge."""

    __slots__ = ("premul", "inv_alpha", "box")

    def __init__(self, rgba_premul: np.ndarray, box: Rect | None = None) -> None:
        # convertScaleAbs rounds and saturates in one pass (premultiplied values are >= 0).
        rgba8 = cv2.convertScaleAbs(np.ascontiguousarray(rgba_premul, np.float32), alpha=255.0)
        self.premul = cv2.cvtColor(rgba8, cv2.COLOR_RGBA2BGR)
        inv = 255 - rgba8[..., 3]
        self.inv_alpha = cv2.merge([inv, inv, inv])
        h, w = inv.shape
        self.box: Rect = box or (0, 0, w, h)

    @property
    def width(self) -> int:
        return int(self.premul.shape[1])

    @property
    def height(self) -> int:
        return int(self.premul.shape[0])

    def blend(self, image: np.ndarray, x: int, y: int, src_x: int = 0,
              src_w: int | None = None) -> Rect | None:
        """Blend columns [src_x, src_x + src_w) of the layer at (x, y), in place and clipped
        to the image. Returns the image rect touched, or None when nothing is visible."""
        src_w = self.width - src_x if src_w is None else src_w
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + src_w, image.shape[1]), min(y + self.height, image.shape[0])
        if x1 <= x0 or y1 <= y0:
            return None
        sx, sy = src_x + x0 - x, y0 - y
        roi = image[y0:y1, x0:x1]
        cv2.multiply(roi, self.inv_alpha[sy:sy + y1 - y0, sx:sx + x1 - x0], dst=roi,
                     scale=1 / 255)
        cv2.add(roi, self.premul[sy:sy + y1 - y0, sx:sx + x1 - x0], dst=roi)
        return x0, y0, x1 - x0, y1 - y0


class Canvas:
    """Premultiplied float RGBA surface (RGB order, 0..1), used only while rendering."""

    def __init__(self, width: int, height: int) -> None:
        self.px = np.zeros((max(height, 1), max(width, 1), 4), np.float32)

    @property
    def width(self) -> int:
        return int(self.px.shape[1])

    @property
    def height(self) -> int:
        return int(self.px.shape[0])

    def copy(self) -> Canvas:
        clone = Canvas.__new__(Canvas)
        clone.px = self.px.copy()
        return clone

    def over(self, premul: np.ndarray, x: int, y: int) -> None:
        """Porter-Duff "over" of a premultiplied RGBA patch at (x, y), clipped."""
        h, w = premul.shape[:2]
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + w, self.width), min(y + h, self.height)
        if x1 <= x0 or y1 <= y0:
            return
        src = premul[y0 - y:y1 - y, x0 - x:x1 - x]
        dst = self.px[y0:y1, x0:x1]
        dst *= 1.0 - src[..., 3:4]
        dst += src

    def fill(self, mask: np.ndarray, color: RGBA | np.ndarray, x: int, y: int) -> None:
        """Paint `color` (RGBA 0..255, or a straight float RGBA array of the mask's size)
        through a coverage mask (float 0..1)."""
        patch = np.empty((*mask.shape, 4), np.float32)
        if isinstance(color, np.ndarray):
            np.multiply(mask, color[..., 3], out=patch[..., 3])
            np.multiply(color[..., :3], patch[..., 3:4], out=patch[..., :3])
        else:
            straight = np.asarray(color, np.float32) / 255.0
            np.multiply(mask, straight[3], out=patch[..., 3])
            np.multiply(patch[..., 3:4], straight[:3], out=patch[..., :3])
        self.over(patch, x, y)

    def paste(self, rgba: np.ndarray, x: int, y: int, opacity: float = 1.0) -> None:
        """Straight-alpha RGBA uint8 (text, pictures)."""
        if rgba.size == 0:
            return
        straight = rgba.astype(np.float32) / 255.0
        alpha = straight[..., 3:4] * opacity
        self.over(np.concatenate([straight[..., :3] * alpha, alpha], axis=-1), x, y)

    def text(self, rendered: RenderedText, x: int, y: int) -> None:
        self.paste(rendered.image, x, y)

    def shadow(self, mask: np.ndarray, x: int, y: int, blur: float, opacity: float) -> None:
        """A soft drop shadow of `mask`; the caller leaves room for ~3 x blur around it."""
        pad = math.ceil(blur * 3)
        grown = cv2.copyMakeBorder(mask, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0)
        soft = cv2.GaussianBlur(grown, (0, 0), blur)
        self.fill(soft, (0, 0, 0, round(255 * opacity)), x - pad, y - pad)

    def layer(self, box: Rect | None = None) -> BlendLayer:
        return BlendLayer(self.px, box)


def rounded_rect_mask(width: int, height: int, radius: float) -> np.ndarray:
    """Anti-aliased coverage of a rounded rectangle, from its signed distance field."""
    radius = min(radius, width / 2, height / 2)
    ys = np.arange(height, dtype=np.float32)[:, None] + 0.5
    xs = np.arange(width, dtype=np.float32)[None, :] + 0.5
    qx = np.abs(xs - width / 2) - (width / 2 - radius)
    qy = np.abs(ys - height / 2) - (height / 2 - radius)
    outside = np.hypot(np.maximum(qx, 0), np.maximum(qy, 0))
    inside = np.minimum(np.maximum(qx, qy), 0)
    return np.clip(0.5 - (outside + inside - radius), 0, 1).astype(np.float32)


def polygon_mask(width: int, height: int, points: list[tuple[float, float]]) -> np.ndarray:
    """Anti-aliased polygon coverage (cv2 with 4 bits of sub-pixel precision)."""
    mask = np.zeros((height, width), np.uint8)
    pts = np.array([[round(x * 16), round(y * 16)] for x, y in points], np.int32)
    cv2.fillPoly(mask, [pts], 255, lineType=cv2.LINE_AA, shift=4)
    return mask.astype(np.float32) / 255.0


def horizontal_gradient(width: int, height: int, left: RGBA, right: RGBA) -> np.ndarray:
    t = np.linspace(0.0, 1.0, max(width, 1), dtype=np.float32)[None, :, None]
    a = np.asarray(left, np.float32) / 255.0
    b = np.asarray(right, np.float32) / 255.0
    return np.broadcast_to(a * (1 - t) + b * t, (height, width, 4)).astype(np.float32)


def picture_premul(rgba: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Scale a straight RGBA picture in premultiplied space, so transparent pixels do not
    bleed dark fringes into the edges; returns premultiplied float RGBA."""
    interp = cv2.INTER_AREA if size[0] < rgba.shape[1] else cv2.INTER_CUBIC
    if rgba[..., 3].min() == 255:  # opaque (most product photos): scale the small uint8 copy
        return cv2.resize(rgba, size, interpolation=interp).astype(np.float32) / 255.0
    straight = rgba.astype(np.float32) / 255.0
    premul = np.concatenate([straight[..., :3] * straight[..., 3:4], straight[..., 3:4]], -1)
    return np.clip(cv2.resize(premul, size, interpolation=interp), 0, 1)


def load_picture(path: Path) -> np.ndarray | None:
    """RGBA uint8 from any image file OpenCV reads, or None (logged) when it cannot, or when
    its header claims more pixels than we decode (`picture_problem`)."""
    problem = picture_problem(path)
    if problem is not None:
        log.warning("%s", problem)
        return None
    try:
        data = np.fromfile(path, np.uint8)  # np.fromfile + imdecode: non-ASCII paths work
    except OSError as exc:
        log.warning("cannot read image %s: %s", path, exc)
        return None
    image = cv2.imdecode(data, cv2.IMREAD_UNCHANGED) if data.size else None
    if image is None:
        log.warning("%s is not an image OpenCV can decode", path)
        return None
    if image.dtype != np.uint8:  # 16-bit PNGs
        image = (image / 257).astype(np.uint8)
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2RGBA)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2RGBA)
    return cv2.cvtColor(image, cv2.COLOR_BGR2RGBA)


@functools.lru_cache(maxsize=64)
def _qr_modules(url: str) -> np.ndarray:
    """QR modules (1 = dark) of a URL; cached, as segno scores masks in pure Python (~5 ms)
    and hosts switch between the same few products all show long."""
    # make_qr, not make: a short URL would otherwise become a Micro QR phones ignore.
    modules = np.array(segno.make_qr(url, error="m").matrix, dtype=np.uint8)
    modules.flags.writeable = False  # shared between renders
    return modules


def _text(text: str, size: int, color: RGBA, bold: bool = False, max_width: int | None = None,
          max_lines: int = 1) -> RenderedText:
    return default_renderer().render(text, size, color, bold, max_width, max_lines)


def _shadow_margins(ctx: RenderContext, blur: float, dy: float) -> tuple[int, int, int]:
    """(side, top, bottom) room a shadow needs around a shape."""
    spread = math.ceil(ctx.px(blur) * 3)
    return spread, max(spread - ctx.px(dy), 0), spread + ctx.px(dy)


# ---------------------------------------------------------------- overlays


class Overlay(ABC):
    """One layer of the stack: immutable content set from any thread, a cached render.

    Subclasses say what the pixels depend on (`_key`) and how to draw them (`_render`);
    this class re-renders only when the key changes and counts renders for tests."""

    name: ClassVar[str]

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.render_count = 0
        self._cached_key: Hashable = None
        self._cached: BlendLayer | None = None
        self._failed_key: Hashable = None

    def layer(self, ctx: RenderContext, now_ns: int) -> BlendLayer | None:
        """The layer to show now, or None when hidden. Called on the processing thread."""
        with self._lock:
            key = self._key(ctx, now_ns)
        if key is None or key == self._failed_key:
            return None
        if key != self._cached_key:
            try:
                self._cached = self._render(key)
            except Exception:  # a broken overlay must not stop the broadcast
                log.exception("%s overlay failed to render; hiding it", self.name)
                self._failed_key = key
                return None
            self._cached_key = key
            self.render_count += 1
        return self._cached

    def draw(self, image: np.ndarray, layer: BlendLayer, x: int, y: int, now_ns: int) -> None:
        layer.blend(image, x, y)

    @abstractmethod
    def _key(self, ctx: RenderContext, now_ns: int) -> Hashable:
        """Everything the pixels depend on, or None when nothing is shown. Runs under
        `self._lock`: read the content here, never in `_render`."""

    @abstractmethod
    def _render(self, key: Any) -> BlendLayer: ...


class ProductCardOverlay(Overlay):
    """Picture (or placeholder), title, price, struck-through original price, discount
    badge, low-stock line and a QR code of the product URL, on a rounded white card."""

    name = "product"
    WIDTH, WIDTH_NO_QR, HEIGHT = 500, 404, 176
    PAD, PICTURE, GAP, QR = 16, 144, 14, 96

    def __init__(self) -> None:
        super().__init__()
        self._product: Product | None = None

    def set(self, product: Product | None) -> None:
        with self._lock:
            self._product = product

    def _key(self, ctx: RenderContext, now_ns: int) -> Hashable:
        return None if self._product is None else (self._product, ctx)

    def _render(self, key: tuple[Product, RenderContext]) -> BlendLayer:
        product, ctx = key
        px = ctx.px
        card_w = px(self.WIDTH if product.url else self.WIDTH_NO_QR)
        card_h = px(self.HEIGHT)
        side, top, bottom = _shadow_margins(ctx, 10, 6)
        canvas = Canvas(card_w + 2 * side, card_h + top + bottom)
        card = rounded_rect_mask(card_w, card_h, px(18))
        canvas.shadow(card, side, top + px(6), px(10), 0.30)
        canvas.fill(card, (255, 255, 255, 248), side, top)
        pad, pic = px(self.PAD), px(self.PICTURE)
        self._picture(canvas, product, ctx, side + pad, top + pad, pic)
        column_x = side + pad + pic + px(self.GAP)
        column_right = side + card_w - pad
        if product.url:
            qr_size = px(self.QR)
            column_right -= qr_size + px(self.GAP)
            self._qr(canvas, product.url, ctx, column_right + px(self.GAP), top + pad, qr_size, pic)
        self._details(canvas, product, ctx, column_x, top + pad, column_right - column_x, pic)
        return canvas.layer((side, top, card_w, card_h))

    def _picture(self, canvas: Canvas, product: Product, ctx: RenderContext, x: int, y: int,
                 size: int) -> None:
        mask = rounded_rect_mask(size, size, ctx.px(12))
        picture = load_picture(product.image) if product.image else None
        if picture is None:
            self._placeholder(canvas, ctx, x, y, size, mask)
        else:
            h, w = picture.shape[:2]
            side = min(h, w)  # cover: centre-crop to a square, never letterbox
            square = picture[(h - side) // 2:(h + side) // 2, (w - side) // 2:(w + side) // 2]
            premul = picture_premul(square, (size, size)) * mask[..., None]
            canvas.over(premul, x, y)
        discount = product.discount_percent
        if discount:
            labels = ctx.labels
            text = _text(f"{format_discount(discount, ctx.locale)} {labels.off}", ctx.px(14), WHITE,
                         bold=True, max_width=size - ctx.px(12))
            badge_w, badge_h = text.size[0] + ctx.px(16), text.size[1] + ctx.px(2)
            bx, by = x + ctx.px(6), y + ctx.px(6)
            badge = rounded_rect_mask(badge_w, badge_h, badge_h / 2)
            canvas.shadow(badge, bx, by + ctx.px(1), ctx.px(2), 0.25)
            canvas.fill(badge, horizontal_gradient(badge_w, badge_h, ACCENT, ACCENT_2), bx, by)
            canvas.text(text, bx + ctx.px(8), by + ctx.px(1))

    def _placeholder(self, canvas: Canvas, ctx: RenderContext, x: int, y: int, size: int,
                     mask: np.ndarray) -> None:
        canvas.fill(mask, (241, 243, 244, 255), x, y)
        # A shopping bag: body plus a handle drawn as a ring's upper half.
        bag_w, bag_h = round(size * 0.42), round(size * 0.36)
        bx, by = x + (size - bag_w) // 2, y + round(size * 0.40)
        canvas.fill(rounded_rect_mask(bag_w, bag_h, ctx.px(6)), (189, 193, 198, 255), bx, by)
        ring_w = round(bag_w * 0.55)
        outer = rounded_rect_mask(ring_w, ring_w, ring_w / 2)
        thickness = ctx.px(5)
        inner = np.zeros_like(outer)
        inner[thickness:-thickness, thickness:-thickness] = rounded_rect_mask(
            ring_w - 2 * thickness, ring_w - 2 * thickness, ring_w / 2 - thickness)
        handle = np.clip(outer - inner, 0, 1)[: ring_w // 2 + 1]
        canvas.fill(handle, (189, 193, 198, 255), x + (size - ring_w) // 2, by - ring_w // 2)

    def _qr(self, canvas: Canvas, url: str, ctx: RenderContext, x: int, y: int, size: int,
            column_h: int) -> None:
        caption = _text(ctx.labels.scan_to_buy, ctx.px(12), MUTED, max_width=size + ctx.px(8))
        modules = _qr_modules(url)
        n = modules.shape[0]
        cell = max(1, size // n)  # whole pixels per module keep the code crisp and scannable
        code = cv2.resize(modules, (n * cell, n * cell), interpolation=cv2.INTER_NEAREST)
        block_h = code.shape[0] + ctx.px(4) + caption.size[1]
        top = y + max(0, (column_h - block_h) // 2)
        left = x + (size - code.shape[1]) // 2
        canvas.fill(code.astype(np.float32), INK, left, top)
        canvas.text(caption, x + (size - caption.size[0]) // 2, top + code.shape[0] + ctx.px(4))

    def _details(self, canvas: Canvas, product: Product, ctx: RenderContext, x: int, y: int,
                 width: int, height: int) -> None:
        px = ctx.px
        title = _text(product.title, px(19), INK, bold=True, max_width=width, max_lines=2)
        canvas.text(title, x + (width - title.size[0] if title.rtl else 0), y - px(4))
        cursor = y - px(4) + title.size[1] + px(2)
        price = self._fitting(format_price(product.price, product.currency, ctx.locale),
                              px(32), width, ACCENT)
        canvas.text(price, x, cursor)
        if product.discount_percent and product.original_price is not None:
            self._original_price(canvas, product.original_price, product.currency, ctx, x,
                                 cursor, width, price)
        self._stock(canvas, product.stock, ctx, x, y + height, width)

    @staticmethod
    def _fitting(text: str, size: int, width: int, color: RGBA) -> RenderedText:
        """The price, as big as possible up to `size`: VND amounts are long."""
        rendered = _text(text, size, color, bold=True)
        while rendered.size[0] > width and size > 8:
            size = max(8, round(size * 0.88))
            rendered = _text(text, size, color, bold=True)
        return rendered

    def _original_price(self, canvas: Canvas, amount: Decimal, currency: str,
                        ctx: RenderContext, x: int, price_y: int, width: int,
                        price: RenderedText) -> None:
        px = ctx.px
        text = _text(format_price(amount, currency, ctx.locale), px(16), MUTED, max_width=width)
        beside = price.size[0] + px(10) + text.size[0] <= width
        if beside:  # share the price's baseline
            ox, oy = x + price.size[0] + px(10), price_y + price.baseline - text.baseline
        else:
            ox, oy = x, price_y + price.size[1] - px(4)
        canvas.text(text, ox, oy)
        strike_y = oy + text.baseline - round(text.size[1] * 0.22)
        canvas.fill(np.ones((max(1, px(1.5)), text.size[0]), np.float32), MUTED, ox, strike_y)

    def _stock(self, canvas: Canvas, stock: int | None, ctx: RenderContext, x: int, bottom: int,
               width: int) -> None:
        if stock is None or stock > LOW_STOCK:
            return
        labels = ctx.labels
        color = MUTED if stock == 0 else WARN
        text = _text(labels.sold_out if stock == 0 else labels.stock_left(stock), ctx.px(14),
                     color, bold=True, max_width=width - ctx.px(14))
        y = bottom - text.size[1] + ctx.px(3)
        dot = ctx.px(8)
        canvas.fill(rounded_rect_mask(dot, dot, dot / 2), color, x,
                    y + text.baseline - round(text.size[1] * 0.28) - dot // 2)
        canvas.text(text, x + dot + ctx.px(6), y)


@dataclass(frozen=True, slots=True)
class _Countdown:
    end_ns: int
    total_s: int
    label: str | None


@dataclass(frozen=True, slots=True)
class _CountdownBase:
    canvas: Canvas
    box: Rect
    clock_right: int  # the clock is right-aligned here, on `baseline`
    baseline: int
    track: tuple[int, int, int, int]  # progress line x, y, full width, height


class CountdownOverlay(Overlay):
    """Flash-sale pill: label and mm:ss with a progress line; "Sale ended", then hidden.
    Re-rendered only when the displayed second changes."""

    name = "countdown"
    HEIGHT = 44

    def __init__(self) -> None:
        super().__init__()
        self._state: _Countdown | None = None
        self._base: tuple[Hashable, _CountdownBase] | None = None  # processing thread only

    def start(self, seconds: int, now_ns: int, label: str | None) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, int) or not (
                COUNTDOWN_MIN_S <= seconds <= COUNTDOWN_MAX_S):
            raise ValueError(f"A flash-sale countdown lasts {COUNTDOWN_MIN_S} to "
                             f"{COUNTDOWN_MAX_S} whole seconds, not {seconds!r}.")
        with self._lock:
            self._state = _Countdown(now_ns + seconds * 1_000_000_000, seconds, label)

    def stop(self) -> None:
        with self._lock:
            self._state = None

    def _key(self, ctx: RenderContext, now_ns: int) -> Hashable:
        state = self._state
        if state is None:
            return None
        remaining = math.ceil((state.end_ns - now_ns) / 1e9)  # 4.2 s left reads "00:05"
        if remaining <= -ENDED_HOLD_S:
            return None
        shown = max(min(remaining, state.total_s), 0)
        return (max(remaining, 0), shown, state.total_s, state.label, ctx)

    def _render(self, key: tuple[int, int, int, str | None, RenderContext]) -> BlendLayer:
        remaining, shown, total, label, ctx = key
        if remaining == 0:
            return self._ended(ctx, ctx.px(self.HEIGHT))
        base_key = (label, ctx)
        if self._base is None or self._base[0] != base_key:
            self._base = (base_key, self._render_base(label, ctx))
        base = self._base[1]
        # Per second only the clock and the progress line are drawn, on a copy of the pill.
        canvas = base.canvas.copy()
        px = ctx.px
        clock = _text(f"{shown // 60:02d}:{shown % 60:02d}", px(22), WHITE, bold=True)
        canvas.text(clock, base.clock_right - clock.size[0], base.baseline - clock.baseline)
        tx, ty, track_w, line_h = base.track
        done = max(1, round(track_w * shown / total))
        canvas.fill(np.ones((line_h, done), np.float32), ACCENT_2, tx, ty)
        return canvas.layer(base.box)

    def _render_base(self, label: str | None, ctx: RenderContext) -> _CountdownBase:
        """The pill without the changing parts: shadow, label, bolt, "ends in", track."""
        px = ctx.px
        height = px(self.HEIGHT)
        title = _text(label or ctx.labels.flash_sale, px(17), WHITE, bold=True,
                      max_width=px(220))
        ends_in = _text(ctx.labels.ends_in, px(13), (255, 255, 255, 190), max_width=px(120))
        widest = _text("00:00", px(22), WHITE, bold=True)  # room that never jitters
        bolt = px(14)
        left_w = px(14) + bolt + px(6) + title.size[0] + px(14)
        right_w = px(12) + ends_in.size[0] + px(8) + widest.size[0] + px(18)
        width = left_w + right_w
        side, top, bottom = _shadow_margins(ctx, 6, 3)
        canvas = Canvas(width + 2 * side, height + top + bottom)
        pill = rounded_rect_mask(width, height, height / 2)
        canvas.shadow(pill, side, top + px(3), px(6), 0.28)
        left_mask, right_mask = pill.copy(), pill.copy()
        left_mask[:, left_w:] = 0
        right_mask[:, :left_w] = 0
        canvas.fill(left_mask, horizontal_gradient(width, height, ACCENT, ACCENT_2), side, top)
        canvas.fill(right_mask, (32, 33, 36, 230), side, top)
        # Lightning bolt: says "flash" in any language.
        bx, by = side + px(14), top + (height - round(bolt * 1.4)) // 2
        s = bolt / 10
        points = [(6 * s, 0), (0, 8 * s), (4.5 * s, 8 * s), (3 * s, 14 * s), (10 * s, 5 * s),
                  (5.5 * s, 5 * s), (7.5 * s, 0)]
        canvas.fill(polygon_mask(bolt + 1, round(bolt * 1.4) + 1, points), (255, 236, 140, 255),
                    bx, by)
        canvas.text(title, bx + bolt + px(6), top + (height - title.size[1]) // 2)
        # "ends in" and the clock share a baseline, lifted a little for the progress line.
        baseline = top + (height - widest.size[1]) // 2 - px(2) + widest.baseline
        rx = side + left_w + px(12)
        canvas.text(ends_in, rx, baseline - ends_in.baseline)
        line_h = max(1, px(3))
        track = (side + left_w + px(10), top + height - line_h - px(4), right_w - px(28), line_h)
        canvas.fill(np.ones((line_h, track[2]), np.float32), (255, 255, 255, 50), *track[:2])
        clock_right = rx + ends_in.size[0] + px(8) + widest.size[0]
        return _CountdownBase(canvas, (side, top, width, height), clock_right, baseline, track)

    def _ended(self, ctx: RenderContext, height: int) -> BlendLayer:
        text = _text(ctx.labels.sale_ended, ctx.px(17), WHITE, bold=True, max_width=ctx.px(300))
        width = text.size[0] + ctx.px(36)
        side, top, bottom = _shadow_margins(ctx, 6, 3)
        canvas = Canvas(width + 2 * side, height + top + bottom)
        pill = rounded_rect_mask(width, height, height / 2)
        canvas.shadow(pill, side, top + ctx.px(3), ctx.px(6), 0.25)
        canvas.fill(pill, (95, 99, 104, 235), side, top)
        canvas.text(text, side + ctx.px(18), top + (height - text.size[1]) // 2)
        return canvas.layer((side, top, width, height))


@dataclass(frozen=True, slots=True)
class _Banner:
    text: str
    scrolling: bool
    generation: int  # a new banner restarts the ticker from its first letter


@dataclass(slots=True)
class _Ticker:
    strip: BlendLayer  # the text repeated with gaps, rendered once
    period: int  # pixels after which the strip repeats
    x: int  # window into the band, relative to the layer
    y: int
    width: int
    caps: tuple[tuple[BlendLayer, int, int], ...]  # band-coloured fades at (x, y) over the ends
    rtl: bool
    origin_ns: int | None = None


class BannerOverlay(Overlay):
    """A full-width band at the top: static text, or a ticker scrolling through it."""

    name = "banner"
    HEIGHT = 46

    def __init__(self) -> None:
        super().__init__()
        self._banner: _Banner | None = None
        self._generation = 0
        self._ticker: _Ticker | None = None

    def set(self, text: str | None, scrolling: bool) -> None:
        with self._lock:
            self._generation += 1
            clean = " ".join(text.split()) if text else ""  # a ticker is one line
            self._banner = _Banner(clean, scrolling, self._generation) if clean else None

    def current(self) -> tuple[str, bool] | None:
        """The banner's text and whether it scrolls, or None (a flash puts it back afterwards)."""
        banner = self._banner
        return (banner.text, banner.scrolling) if banner is not None else None

    def _key(self, ctx: RenderContext, now_ns: int) -> Hashable:
        banner = self._banner
        if banner is None:
            return None
        return (banner.text, banner.scrolling, ctx, banner.generation if banner.scrolling else 0)

    def _render(self, key: tuple[str, bool, RenderContext, int]) -> BlendLayer:
        text, scrolling, ctx, _generation = key  # generation only forces a fresh render
        px = ctx.px
        width, height = ctx.width - 2 * px(24), px(self.HEIGHT)
        side, top, bottom = _shadow_margins(ctx, 8, 4)
        canvas = Canvas(width + 2 * side, height + top + bottom)
        band = rounded_rect_mask(width, height, px(14))
        canvas.shadow(band, side, top + px(4), px(8), 0.28)
        canvas.fill(band, horizontal_gradient(width, height, (214, 36, 92, 242),
                                              (255, 111, 60, 242)), side, top)
        inner_x, inner_w = side + px(20), width - 2 * px(20)
        size = px(20)
        if not scrolling:
            self._ticker = None
            label = _text(text, size, WHITE, bold=True, max_width=inner_w)
            canvas.text(label, side + (width - label.size[0]) // 2,
                        top + (height - label.size[1]) // 2)
            return canvas.layer((side, top, width, height))
        layer = canvas.layer((side, top, width, height))
        label = _text(text, size, WHITE, bold=True)
        period = max(label.size[0] + px(90), 1)
        copies = math.ceil((inner_w + period) / period) + 1
        strip = Canvas(period * copies, label.size[1])
        for i in range(copies):
            strip.paste(label.image, i * period, 0)
        # Text fades into the band at both ends: blend the band's own pixels again over
        # the text with a ramped alpha (cut from the band rows only, not its shadow).
        cap_w = px(28)
        fade = np.linspace(1.0, 0.0, cap_w, dtype=np.float32)[None, :, None]
        left_x, right_x = inner_x - px(4), inner_x + inner_w + px(4) - cap_w
        band_rows = canvas.px[top:top + height]
        caps = (
            (BlendLayer(band_rows[:, left_x:left_x + cap_w] * fade), left_x, top),
            (BlendLayer(band_rows[:, right_x:right_x + cap_w] * fade[:, ::-1]), right_x, top),
        )
        self._ticker = _Ticker(strip.layer(), period, inner_x,
                               top + (height - label.size[1]) // 2, inner_w, caps, label.rtl)
        return layer

    def draw(self, image: np.ndarray, layer: BlendLayer, x: int, y: int, now_ns: int) -> None:
        layer.blend(image, x, y)
        ticker = self._ticker
        if ticker is None:
            return
        if ticker.origin_ns is None:
            ticker.origin_ns = now_ns
        speed = TICKER_SPEED * min(image.shape[:2]) / DESIGN_HEIGHT
        moved = int((now_ns - ticker.origin_ns) / 1e9 * speed) % ticker.period
        # Text runs the way it reads: Latin enters from the right, Arabic from the left.
        offset = (ticker.period - moved) % ticker.period if ticker.rtl else moved
        ticker.strip.blend(image, x + ticker.x, y + ticker.y, offset, ticker.width)
        for cap, cap_x, cap_y in ticker.caps:
            cap.blend(image, x + cap_x, y + cap_y)


@dataclass(frozen=True, slots=True)
class _Comment:
    author: str
    text: str


class PinnedCommentOverlay(Overlay):
    """A viewer's comment the host pinned: label chip, author, up to two lines of text."""

    name = "pinned_comment"
    MAX_WIDTH = 440

    def __init__(self) -> None:
        super().__init__()
        self._comment: _Comment | None = None

    def set(self, author: str | None, text: str | None) -> None:
        with self._lock:
            self._comment = _Comment(author or "", text) if text else None

    def _key(self, ctx: RenderContext, now_ns: int) -> Hashable:
        return None if self._comment is None else (self._comment, ctx)

    def _render(self, key: tuple[_Comment, RenderContext]) -> BlendLayer:
        comment, ctx = key
        px = ctx.px
        pad, inner = px(14), px(self.MAX_WIDTH - 28)
        chip_text = _text(ctx.labels.pinned, px(12), WHITE, bold=True, max_width=px(120))
        chip_w, chip_h = chip_text.size[0] + px(14), chip_text.size[1]
        author = _text(comment.author, px(16), (255, 209, 128, 255), bold=True,
                       max_width=max(1, inner - chip_w - px(8)))
        body = _text(comment.text, px(17), WHITE, max_width=inner, max_lines=2)
        row_h = max(chip_h, author.size[1])
        width = max(chip_w + px(8) + author.size[0], body.size[0]) + 2 * pad
        height = pad + row_h + body.size[1] + pad - px(4)
        side, top, bottom = _shadow_margins(ctx, 8, 3)
        canvas = Canvas(width + 2 * side, height + top + bottom)
        bubble = rounded_rect_mask(width, height, px(16))
        canvas.shadow(bubble, side, top + px(3), px(8), 0.22)
        canvas.fill(bubble, (22, 22, 26, 190), side, top)
        x, y = side + pad, top + pad - px(2)
        chip = rounded_rect_mask(chip_w, chip_h, chip_h / 2)
        canvas.fill(chip, ACCENT, x, y + (row_h - chip_h) // 2)
        canvas.text(chip_text, x + px(7), y + (row_h - chip_h) // 2)
        canvas.text(author, x + chip_w + px(8), y + (row_h - author.size[1]) // 2)
        body_x = x + (width - 2 * pad - body.size[0] if body.rtl else 0)
        canvas.text(body, body_x, y + row_h)
        return canvas.layer((side, top, width, height))


@dataclass(frozen=True, slots=True, eq=False)
class _Logo:
    path: Path
    pixels: np.ndarray  # RGBA, decoded once when set


class LogoOverlay(Overlay):
    """The shop's PNG logo (alpha kept), scaled to fit a small box."""

    name = "logo"
    MAX_W, MAX_H = 220, 64

    def __init__(self) -> None:
        super().__init__()
        self._logo: _Logo | None = None

    def set(self, path: Path | None) -> None:
        """Decodes the file now, so a bad path fails here, in the caller's hands."""
        logo = None
        if path is not None:
            problem = picture_problem(Path(path))
            pixels = load_picture(Path(path)) if problem is None else None
            if pixels is None:
                raise ValueError(problem or f"The logo {path} cannot be read as an image.")
            logo = _Logo(Path(path), pixels)
        with self._lock:
            self._logo = logo

    def _key(self, ctx: RenderContext, now_ns: int) -> Hashable:
        return None if self._logo is None else (self._logo, ctx)  # identity: new set, new render

    def _render(self, key: tuple[_Logo, RenderContext]) -> BlendLayer:
        logo, ctx = key
        h, w = logo.pixels.shape[:2]
        fit = min(ctx.px(self.MAX_W) / w, ctx.px(self.MAX_H) / h)
        size = (max(1, round(w * fit)), max(1, round(h * fit)))
        return BlendLayer(picture_premul(logo.pixels, size))


# ---------------------------------------------------------------- layout and stack


class OverlayLayout:
    """Where each visible layer goes. The card's corner decides the rest: the countdown
    stacks on the card's side, logo and pinned comment take the opposite side, the
    banner spans the top and pushes top-aligned layers down."""

    MARGIN, GAP = 24, 12

    def place(self, ctx: RenderContext, corner: Corner,
              layers: dict[str, BlendLayer]) -> dict[str, tuple[int, int]]:
        margin, gap = ctx.px(self.MARGIN), ctx.px(self.GAP)
        vertical, horizontal = corner.split("-")
        boxes: dict[str, tuple[int, int]] = {}  # visible box's top-left per layer
        top = margin
        if "banner" in layers:
            boxes["banner"] = (margin, margin)
            top += layers["banner"].box[3] + gap
        column = [n for n in ("product", "countdown") if n in layers]
        if vertical == "bottom":
            column.reverse()  # the countdown sits above a bottom card
            y = ctx.height - margin - sum(layers[n].box[3] for n in column) - gap * (len(column) - 1)
        else:
            y = top
        for name in column:
            boxes[name] = (self._x(ctx, layers[name], horizontal, margin), y)
            y += layers[name].box[3] + gap
        other = "right" if horizontal == "left" else "left"
        if "logo" in layers:
            boxes["logo"] = (self._x(ctx, layers["logo"], other, margin), top)
        if "pinned_comment" in layers:
            layer = layers["pinned_comment"]
            boxes["pinned_comment"] = (self._x(ctx, layer, other, margin),
                                       ctx.height - margin - layer.box[3])
        return {name: (bx - layers[name].box[0], by - layers[name].box[1])
                for name, (bx, by) in boxes.items()}

    @staticmethod
    def _x(ctx: RenderContext, layer: BlendLayer, side: str, margin: int) -> int:
        return margin if side == "left" else ctx.width - margin - layer.box[2]


class PortraitLayout:
    """Where layers go on a portrait (9:16) canvas: in the band the phone apps leave free —
    below the top bar, above the comment area, left of the button column (`safezones`).
    Banner, then countdown (left) and logo (right) hang from the top of the band; the product
    card, with the pinned comment above it, stands on its bottom. Whole layers, shadows
    included, are kept out of every zone: one that cannot fit is not drawn (least important
    first), never drawn over the apps' controls."""

    MARGIN, GAP = 24, 12
    PRIORITY = ("product", "countdown", "pinned_comment", "banner", "logo")

    def place(self, ctx: RenderContext, layers: dict[str, BlendLayer],
              zones: list[Rect]) -> dict[str, tuple[int, int]]:
        w, h = ctx.width, ctx.height
        margin, gap = ctx.px(self.MARGIN), ctx.px(self.GAP)
        top = max([zy + zh for zx, zy, zw, zh in zones if zy == 0 and zw > w // 2], default=0)
        bottom = min([zy for zx, zy, zw, zh in zones if zy > h // 3 and zx < w // 2], default=h)
        left = max([zx + zw for zx, zy, zw, zh in zones if zx == 0 and zh > h // 2], default=0)

        def x_left(layer: BlendLayer) -> int:  # visible box at the margin, shadow clear of a side zone
            return max(margin - layer.box[0], left)

        def x_right(layer: BlendLayer, y: int) -> int:
            band = (0, y, w, layer.height)
            limit = min([zx for zx, zy, zw, zh in zones if zx > w // 2 and overlaps(band, (zx, zy, zw, zh))],
                        default=w)
            return min(w - margin - layer.box[0] - layer.box[2], limit - layer.width)

        pos: dict[str, tuple[int, int]] = {}
        y = top + gap // 2
        if "banner" in layers:
            pos["banner"] = (x_left(layers["banner"]), y)
            y += layers["banner"].height
        row = y
        if "countdown" in layers:
            pos["countdown"] = (x_left(layers["countdown"]), row)
            y = row + layers["countdown"].height
        if "logo" in layers:
            pos["logo"] = (x_right(layers["logo"], row), row)
            y = max(y, row + layers["logo"].height)
        top_end = y
        y = bottom - gap // 2
        for name in ("product", "pinned_comment"):
            if name in layers:
                y -= layers[name].height
                pos[name] = (x_left(layers[name]), y)
        # Keep only layers clear of every zone and of each other, the most important first.
        kept: dict[str, tuple[int, int]] = {}
        taken: list[Rect] = []
        for name in self.PRIORITY:
            if name not in pos:
                continue
            x0, y0 = pos[name]
            rect = (x0, y0, layers[name].width, layers[name].height)
            inside = x0 >= 0 and y0 >= 0 and x0 + rect[2] <= w and y0 + rect[3] <= h
            if inside and not any(overlaps(rect, z) for z in zones) and not any(
                    overlaps(rect, t) for t in taken):
                kept[name] = pos[name]
                taken.append(rect)
            else:
                log.debug("%s overlay left out: it does not fit the free band (%d..%d)", name, top_end,
                          bottom)
        return kept


@dataclass(slots=True)
class _StackSettings:
    locale: str
    labels: OverlayLabels
    corner: Corner = "bottom-left"
    safe_zones: str = "phone"


class OverlayStack:
    """All overlays of the program picture, driven by the session. Thread-safe: setters
    from any thread, `apply` on the processing worker. Also a `VideoProcessor`."""

    def __init__(self, width: int = VIDEO_WIDTH, height: int = VIDEO_HEIGHT,
                 locale: str = "en_US", labels: OverlayLabels | None = None) -> None:
        parse_locale(locale)
        default_renderer().warm_up_in_background()
        self.width, self.height = width, height  # the design frame; `apply` follows the image
        self.product_card = ProductCardOverlay()
        self.countdown = CountdownOverlay()
        self.banner = BannerOverlay()
        self.pinned_comment = PinnedCommentOverlay()
        self.logo = LogoOverlay()
        # Drawn in this order: later ones land on top where they meet.
        self._overlays: tuple[Overlay, ...] = (self.banner, self.logo, self.pinned_comment,
                                               self.product_card, self.countdown)
        self._layout = OverlayLayout()
        self._portrait_layout = PortraitLayout()
        self._settings = _StackSettings(locale, labels or OverlayLabels())
        self._settings_lock = threading.Lock()
        self._apply_lock = threading.Lock()  # one frame at a time, even if called from two threads
        self._rects: dict[str, Rect] = {}
        self._mirrors: tuple[OverlayStack, ...] = ()

    # -- mirrors: another canvas's stack showing the same content in its own layout --

    def add_mirror(self, other: OverlayStack) -> None:
        """Make `other` show what this stack shows (now and after every setter)."""
        for mine, theirs in zip(self._overlays, other._overlays, strict=True):
            with mine._lock, theirs._lock:
                for attr in ("_product", "_state", "_banner", "_comment", "_logo"):
                    if hasattr(mine, attr):
                        setattr(theirs, attr, getattr(mine, attr))
        with self._settings_lock, other._settings_lock:
            other._settings = replace(self._settings)
        self._mirrors = (*self._mirrors, other)

    def remove_mirror(self, other: OverlayStack) -> None:
        self._mirrors = tuple(m for m in self._mirrors if m is not other)

    # -- setters: cheap, any thread --

    def set_product(self, product: Product | None, corner: Corner = "bottom-left") -> None:
        if corner not in CORNERS:
            raise ValueError(f"corner must be one of {', '.join(CORNERS)}, not {corner!r}.")
        with self._settings_lock:
            self._settings.corner = corner
        self.product_card.set(product)
        for m in self._mirrors:
            m.set_product(product, corner)

    def start_countdown(self, seconds: int, now_ns: int | None = None,
                        label: str | None = None) -> None:
        """Start a flash-sale countdown of 10–300 s (ValueError otherwise). `now_ns` is on
        the frames' clock (`studio.media.frames.now_ns`); default: now."""
        now_ns = clock_ns() if now_ns is None else now_ns
        self.countdown.start(seconds, now_ns, label)
        for m in self._mirrors:
            m.start_countdown(seconds, now_ns, label)

    def stop_countdown(self) -> None:
        self.countdown.stop()
        for m in self._mirrors:
            m.stop_countdown()

    def set_banner(self, text: str | None, scrolling: bool = False) -> None:
        self.banner.set(text, scrolling)
        for m in self._mirrors:
            m.set_banner(text, scrolling)

    def set_pinned_comment(self, author: str | None, text: str | None) -> None:
        self.pinned_comment.set(author, text)
        for m in self._mirrors:
            m.set_pinned_comment(author, text)

    def set_logo(self, path: Path | None) -> None:
        self.logo.set(path)
        for m in self._mirrors:
            m.set_logo(path)

    def set_locale(self, locale: str) -> None:
        parse_locale(locale)  # fail in the caller's thread, not in the video worker
        with self._settings_lock:
            self._settings.locale = locale
        for m in self._mirrors:
            m.set_locale(locale)

    def set_labels(self, labels: OverlayLabels) -> None:
        with self._settings_lock:
            self._settings.labels = labels
        for m in self._mirrors:
            m.set_labels(labels)

    def set_safe_zones(self, preset_id: str) -> None:
        """Which phone app's controls portrait layouts keep clear of (`safezones.SAFE_ZONES`)."""
        safe_zone_preset(preset_id)  # ValueError in the caller's thread
        with self._settings_lock:
            self._settings.safe_zones = preset_id
        for m in self._mirrors:
            m.set_safe_zones(preset_id)

    @property
    def safe_zones(self) -> str:
        return self._settings.safe_zones

    def safe_zone_rects(self, width: int, height: int) -> list[Rect]:
        """The zones overlays keep clear of on a width×height canvas (none in landscape)."""
        return safe_zone_preset(self._settings.safe_zones).rects(width, height)

    def resize(self, width: int, height: int) -> None:
        """Record a new program size (the session calls this on a format change). Layers
        follow the size of the image `apply` gets anyway, so this renders nothing now;
        the next frame of the new size re-renders each visible layer once."""
        if width <= 0 or height <= 0:
            raise ValueError(f"A picture size must be positive, not {width}x{height}.")
        with self._settings_lock:
            self.width, self.height = width, height

    # -- per frame --

    def apply(self, image: np.ndarray, now_ns: int) -> np.ndarray:
        """Blend every visible overlay onto the BGR uint8 `image` in place; returns it."""
        if image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
            raise ValueError(f"overlays need a BGR uint8 image, got {image.dtype} {image.shape}")
        with self._settings_lock:
            settings = self._settings
            ctx = RenderContext(image.shape[1], image.shape[0], settings.locale, settings.labels)
            corner = settings.corner
            zones = safe_zone_preset(settings.safe_zones).rects(ctx.width, ctx.height)
        with self._apply_lock:
            layers: dict[str, BlendLayer] = {}
            for overlay in self._overlays:
                layer = overlay.layer(ctx, now_ns)
                if layer is not None:
                    layers[overlay.name] = layer
            if ctx.portrait:
                positions = self._portrait_layout.place(ctx, layers, zones)
            else:
                positions = self._layout.place(ctx, corner, layers)
            rects: dict[str, Rect] = {}
            for overlay in self._overlays:
                if overlay.name in positions:
                    layer, (x, y) = layers[overlay.name], positions[overlay.name]
                    overlay.draw(image, layer, x, y, now_ns)
                    rect = _clip((x, y, layer.width, layer.height), ctx)
                    if rect is not None:
                        rects[overlay.name] = rect
            with self._settings_lock:
                self._rects = rects
        return image

    def process(self, image: np.ndarray, pts_ns: int) -> np.ndarray:
        """`VideoProcessor` entry point: the same as `apply`."""
        return self.apply(image, pts_ns)

    def layer_rects(self) -> dict[str, Rect]:
        """Where each visible layer (shadow included) was placed by the last `apply`."""
        with self._settings_lock:
            return dict(self._rects)


def _clip(rect: Rect, ctx: RenderContext) -> Rect | None:
    x, y, w, h = rect
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + w, ctx.width), min(y + h, ctx.height)
    return (x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None

