"""Comment pipeline throughput on one core, and draft latency with 50 comments/s flowing.
Prints figures; asserts nothing.

    .venv/bin/python bench/comments.py [--quick]

* Throughput: the labelled comments (tests/data) through the whole pipeline (duplicates,
  spam, blocked words, language, intents, product, claims, drafts, rules), pinned to one CPU.
  References measured in the same run: the old feed (store and notify only) and language
  detection alone, so the figure reads as a ratio on any machine.
* Latency: comments paced at 50/s, (a) handed to the pipeline directly and (b) sent over a
  WebSocket to the embedded server; time from sending to the draft being ready.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import threading
import time
from collections import deque
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.commerce.catalog import load_catalog  # noqa: E402
from studio.commerce.comments import make_comment  # noqa: E402
from studio.commerce.feed import CommentPipeline, FeedItem  # noqa: E402
from studio.commerce.language import detect_language, warm_up  # noqa: E402
from studio.commerce.moderation import SpamSettings  # noqa: E402

DATA = ROOT / "tests" / "data" / "comments_labelled.tsv"
CATALOG = ROOT / "assets" / "products" / "demo.csv"
BLOCKED = [f"blocked{i}" for i in range(490)] + ["scam", "idiot", "ngu", "傻逼", "ควาย", "바보", "غبي",
                                                  "bodoh", "estafa", "バカ"]
QUESTION_WORDS = ("berapa", "how much", "多少", "ราคา", "giá", "precio")


def texts() -> list[str]:
    rows = [line.split("\t")[2] for line in DATA.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return rows


def make_feed() -> CommentPipeline:
    products = [replace(p, stock=10**9) if p.stock is not None else p for p in load_catalog(CATALOG).products]
    feed = CommentPipeline(products)
    feed.set_blocked_words(BLOCKED)  # a full host list: 500 terms
    feed.pin_product("earbuds-pro")
    return feed


def throughput(n: int) -> None:
    samples = texts()
    comments = [make_comment(f"viewer {i}", f"{samples[i % len(samples)]} {i // len(samples)}")
                for i in range(n)]

    def timed(fn) -> float:
        t0 = time.perf_counter()
        for c in comments:
            fn(c)
        return n / (time.perf_counter() - t0)

    feed = make_feed()
    timed(feed.add)  # warm caches (fold, regex) once, then measure on a fresh feed
    feed = make_feed()
    pipeline = timed(feed.add)
    items = feed.items("all")
    drafts = sum(1 for i in items if i.draft is not None)
    store: deque = deque(maxlen=500)  # the old CommentFeed: keep and notify, nothing else
    old = timed(lambda c: store.append(c))
    language = timed(lambda c: detect_language(c.text))
    print(f"Throughput on one core, {n} comments ({drafts} drafted, {feed.state.filtered} filtered):")
    print(f"  whole pipeline                       {pipeline:10.0f} comments/s   "
          f"({1e6 / pipeline:6.1f} µs each)")
    print(f"  reference: language detection only   {language:10.0f} comments/s   "
          f"(pipeline costs {language / pipeline:.1f}× that)")
    print(f"  reference: old feed (store + notify) {old:10.0f} comments/s")


def percentiles(values: list[float]) -> str:
    values = sorted(values)
    return (f"p50 {statistics.median(values):6.2f} ms   p95 {values[int(len(values) * 0.95) - 1]:6.2f} ms   "
            f"max {values[-1]:6.2f} ms   (n={len(values)})")


def paced(feed: CommentPipeline, rate: float, seconds: float) -> list[float]:
    """Hand comments to the pipeline at `rate`/s from another thread; ms from hand-over to draft."""
    samples = [t for t in texts() if any(k in t for k in QUESTION_WORDS)]
    latencies: list[float] = []
    sent: dict[str, float] = {}

    def on_added(item: FeedItem) -> None:
        if item.draft is not None and item.id in sent:
            latencies.append((time.perf_counter() - sent[item.id]) * 1000)

    feed.added.connect(on_added)
    start = time.perf_counter()
    for i in range(int(rate * seconds)):
        due = start + i / rate
        time.sleep(max(0.0, due - time.perf_counter()))
        comment = make_comment(f"fan {i}", f"{samples[i % len(samples)]} #{i}")
        sent[comment.id] = time.perf_counter()
        feed.add(comment)
    feed.added.disconnect(on_added)
    return latencies


async def paced_server(rate: float, seconds: float) -> list[float]:
    """The same through the embedded server: WebSocket send → draft ready in the room's feed."""
    import aiohttp

    from studio.server.app import ServerSettings, StudioServer
    from studio.server.limits import CommentLimits

    server = StudioServer(ServerSettings(port=0, comment_limits=CommentLimits(10**6, 10**6, 10**6, 10**6)))
    await server.start()
    room = server.room("live")
    room.feed = make_feed()
    room.feed.spam.settings = SpamSettings(flood_count=10**6)
    samples = [t for t in texts() if any(k in t for k in QUESTION_WORDS)]
    sent: dict[str, float] = {}
    latencies: list[float] = []

    def on_added(item: FeedItem) -> None:
        key = item.text
        if item.draft is not None and key in sent:
            latencies.append((time.perf_counter() - sent[key]) * 1000)

    room.feed.added.connect(on_added)
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{server.base_url}/ws/live") as ws:
        loop = asyncio.get_running_loop()
        start = loop.time()
        for i in range(int(rate * seconds)):
            await asyncio.sleep(max(0.0, start + i / rate - loop.time()))
            text = f"{samples[i % len(samples)]} #{i}"
            sent[text] = time.perf_counter()
            await ws.send_json({"type": "comment", "name": f"fan {i}", "text": text})
        await asyncio.sleep(0.5)
    await server.stop()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the target says
    warm_up()
    throughput(2000 if args.quick else 10000)
    seconds = 4 if args.quick else 10
    print(f"Draft latency with 50 comments/s flowing for {seconds} s (price questions, product pinned):")
    feed = make_feed()
    feed.spam.settings = SpamSettings(flood_count=10**6)
    print(f"  pipeline, from another thread        {percentiles(paced(feed, 50, seconds))}")
    result: list[float] = []
    thread = threading.Thread(target=lambda: result.extend(asyncio.run(paced_server(50, seconds))))
    thread.start()
    thread.join()
    print(f"  WebSocket → server → draft           {percentiles(result)}")


if __name__ == "__main__":
    main()
