"""The viewer page as a shop window: product images and Buy taps.

Routes (added to the server by `add_routes`):
  GET  /shop/<room>/image/<id>   a product's image, resized (only products in the room's bag)
  POST /shop/<room>/tap/<id>     a Buy tap, counted per product, anonymously (per-address limit)

The product and bag messages themselves come from the stock keeper
(`studio.commerce.shop.product_info` / `bag_info`) through `Room.set_product` / `set_bag`;
`stamped` adds the server's clock so a page can correct for its own when it counts down.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np
from aiohttp import web

from studio.processing.overlays import load_picture
from studio.server.limits import PostLimiter

if TYPE_CHECKING:
    from studio.server.app import StudioServer

IMAGE_MAX_PX = 480  # the card shows it at most ~160 CSS px wide; 480 covers a 3x screen
IMAGE_CACHE = 64  # resized images kept in memory (a show has a few dozen products)
TAPS_PER_MINUTE = 20  # Buy taps one address may count in a minute
ID_LIMIT = 128


def stamped(message: dict[str, Any]) -> dict[str, Any]:
    """`message` with the server's wall clock in ms (`now_ms`), for pages that count down."""
    return {**message, "now_ms": int(time.time() * 1000)}


class ImageCache:
    """Product images as JPEG no bigger than IMAGE_MAX_PX, keyed by file and modification time."""

    def __init__(self, size: int = IMAGE_CACHE) -> None:
        self._items: OrderedDict[tuple[str, int], bytes] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, path: Path) -> bytes | None:
        try:
            key = (str(path), path.stat().st_mtime_ns)
        except OSError:
            return None
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        data = _jpeg(path)
        if data is not None:
            with self._lock:
                self._items[key] = data
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        return data


def _jpeg(path: Path) -> bytes | None:
    rgba = load_picture(path)
    if rgba is None:
        return None
    h, w = rgba.shape[:2]
    scale = min(1.0, IMAGE_MAX_PX / max(h, w))
    if scale < 1.0:
        rgba = cv2.resize(rgba, (max(1, round(w * scale)), max(1, round(h * scale))),
                          interpolation=cv2.INTER_AREA)
    alpha = rgba[:, :, 3:4].astype(np.float32) / 255.0
    white = np.full_like(rgba[:, :, :3], 255)
    rgb = (rgba[:, :, :3] * alpha + white * (1.0 - alpha)).astype(np.uint8)  # transparent → white
    ok, data = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 85])
    return data.tobytes() if ok else None


class ShopWindow:
    """The routes; one per server."""

    def __init__(self, server: StudioServer) -> None:
        self.server = server
        self.images = ImageCache()
        self.taps = PostLimiter(TAPS_PER_MINUTE)

    def add_routes(self, app: web.Application) -> None:
        app.add_routes([
            web.get("/shop/{room}/image/{product}", self.image),
            web.post("/shop/{room}/tap/{product}", self.tap),
        ])

    async def image(self, request: web.Request) -> web.Response:
        room = self.server._room_from(request)
        path = room.images.get(request.match_info["product"][:ID_LIMIT])
        if path is None:
            raise web.HTTPNotFound(text="This show has no picture of that product.")
        data = await asyncio.get_running_loop().run_in_executor(None, self.images.get, path)
        if data is None:
            raise web.HTTPNotFound(text="This product's picture cannot be read.")
        return web.Response(body=data, content_type="image/jpeg",
                            headers={"Cache-Control": "public, max-age=300"})

    async def tap(self, request: web.Request) -> web.Response:
        room = self.server._room_from(request)
        address = request.remote or "unknown"
        if request.remote not in ("127.0.0.1", "::1") and not self.taps.allow(address):
            raise web.HTTPTooManyRequests(text="Too many taps from your address; wait a minute.",
                                          headers={"Retry-After": "60"})
        if not room.tap(request.match_info["product"][:ID_LIMIT]):
            raise web.HTTPNotFound(text="That product is not in this show.")
        return web.Response(status=204)
