"""Shop window figures on loopback (prints, asserts nothing):

  pin → card painted on a Chromium viewer page (390×844), 20 pins: median and p95
  (target: p95 ≤ 300 ms), beside references measured in the same run:
  pin → the product message at a plain WebSocket client (the server's part of the path), and
  a WebSocket round trip (a comment out, its echo back) on the same server.

    PYTHONPATH=. .venv/bin/python bench/shopwindow.py      (under the heavy lock)
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import row  # noqa: E402
from studio.session import Session  # noqa: E402
from studio.settings import SessionSettings  # noqa: E402

PINS = 20
PRODUCTS = ("earbuds-pro", "silk-scarf", "matcha-set", "phin-coffee")
CHROMIUM = os.environ.get("SELLER_STUDIO_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

# Stamp the wall clock on the first animation frame after the card shows a new product: the
# moment it is painted, give or take one frame.
WATCH_CARD = """() => {
  window.painted = {};
  const card = document.getElementById('product');
  new MutationObserver(() => {
    const id = card.hidden ? '' : card.dataset.id;
    if (!id || window.painted[id + ':' + window.round] !== undefined) return;
    const key = id + ':' + window.round;
    requestAnimationFrame(() => { window.painted[key] = Date.now(); });
  }).observe(card, { attributes: true, subtree: true, childList: true, characterData: true });
}"""


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


async def socket_listener(url: str, seen: dict[str, float], stop: asyncio.Event) -> None:
    async with aiohttp.ClientSession() as http, http.ws_connect(url) as ws:
        while not stop.is_set():
            try:
                msg = await ws.receive(timeout=0.2)
            except asyncio.TimeoutError:  # noqa: UP041 (aiohttp raises the asyncio name on 3.10)
                continue
            if msg.type == aiohttp.WSMsgType.TEXT:
                data = json.loads(msg.data)
                if data.get("type") == "product" and data.get("id"):
                    seen.setdefault(data["id"], time.time() * 1000)


async def round_trips(url: str, count: int) -> list[float]:
    """A comment out, its broadcast back: the WebSocket round trip through the server."""
    times = []
    async with aiohttp.ClientSession() as http, http.ws_connect(url) as ws:
        for i in range(count):
            text = f"ping {i} {time.time()}"
            t0 = time.perf_counter()
            await ws.send_json({"type": "comment", "name": "bench", "text": text})
            while True:
                data = json.loads((await ws.receive(timeout=5)).data)
                if data.get("type") == "comment" and data.get("text") == text:
                    break
            times.append((time.perf_counter() - t0) * 1000)
            await asyncio.sleep(2.1)  # under the per-viewer comment limit
    return times


def main() -> None:
    from playwright.sync_api import sync_playwright

    session = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0))
    session.load_catalog(ROOT / "assets" / "products" / "demo.csv")
    server = session.start_server()
    ws_url = server.base_url.replace("http", "ws", 1) + "/ws/live"
    page_ms: list[float] = []
    socket_ms: list[float] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
            page.goto(server.watch_url("live"))
            page.locator("#bag-button").wait_for(timeout=10000)
            page.evaluate(WATCH_CARD)
            for i in range(PINS + 2):  # the first two warm up
                product = PRODUCTS[i % len(PRODUCTS)]
                page.evaluate(f"() => {{ window.round = {i}; }}")
                seen: dict[str, float] = {}
                stop = asyncio.Event()
                listener = session.network.submit(socket_listener(ws_url, seen, stop))
                time.sleep(0.15)  # connected
                t0 = time.time() * 1000
                session.pin_product(product)
                deadline = time.monotonic() + 5
                painted = None
                while painted is None and time.monotonic() < deadline:
                    painted = page.evaluate(f"() => window.painted['{product}:{i}']")
                    time.sleep(0.005)
                session.network.loop.call_soon_threadsafe(stop.set)
                listener.result(5)
                if i >= 2 and painted is not None and product in seen:
                    page_ms.append(painted - t0)
                    socket_ms.append(seen[product] - t0)
                session.pin_product(None)
                time.sleep(0.1)
            browser.close()
        trips = session.network.call(round_trips(ws_url, 10), timeout=60)
    finally:
        session.close()
    print(f"Shop window on loopback, {len(page_ms)} pins (clock: wall ms, shared by page and bench)")
    row("pin → card painted (Chromium 390×844)", pct(page_ms, 0.5), pct(page_ms, 0.95))
    row("pin → product message (WebSocket client)", pct(socket_ms, 0.5), pct(socket_ms, 0.95))
    row("reference: WebSocket round trip (comment)", pct(trips, 0.5), pct(trips, 0.95))
    print(f"  target p95 ≤ 300 ms: {'met' if pct(page_ms, 0.95) <= 300 else 'MISSED'}; "
          f"card p95 is {pct(page_ms, 0.95) / max(pct(trips, 0.95), 0.01):.1f}× the round trip p95")


if __name__ == "__main__":
    main()
