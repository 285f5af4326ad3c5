"""A long show against the embedded server, with figures every minute (prints, asserts nothing).

The studio (this process) runs the demo camera and microphone, records throughout, serves
the show to 3 viewers (aiortc peers, each in its own process, which also chat) and takes a
co-host (an aiortc co-host client with its own encode, in another process). Every 10 s the
pinned product changes, every minute a countdown starts and a viewer's comment is pinned.
Every minute it prints: RSS of the studio process, program fps (min and mean of the 1 s
figures), ticks dropped, the network loop's lag (max of a 100 ms probe), errors logged (and
exceptions in threads), CPU of the studio process (% of one core), the pictures per second
each viewer and the co-host received (the program, back), and the recording's size. At the end: RSS growth
after minute 5 as %/hour and the recording decoded back with PyAV.

    flock /tmp/studio-heavy.lock .venv/bin/python bench/soak.py --minutes 10 [--viewers 3]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.session import LiveTarget, Session  # noqa: E402
from studio.settings import SessionSettings  # noqa: E402

VIEWER_SCRIPT = textwrap.dedent("""
    import asyncio, json, sys, time
    import aiohttp
    from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
    from aiortc.codecs import h264, opus
    # A viewer that receives, depacketizes, NACKs and reports like a real one; it counts the
    # complete pictures it would decode (decoding 3 × 720p30 would take a core by itself).
    counts = {"video": 0, "audio": 0}
    def count(kind):
        def decode(self, frame):
            counts[kind] += 1
            return []
        return decode
    h264.H264Decoder.decode = count("video")
    opus.OpusDecoder.decode = count("audio")

    async def main(base, room, index, report_s):
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        pc.addTransceiver("video", direction="recvonly")
        pc.addTransceiver("audio", direction="recvonly")
        await pc.setLocalDescription(await pc.createOffer())
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{base}/whep/{room}", data=pc.localDescription.sdp,
                                 headers={"Content-Type": "application/sdp"}) as r:
                assert r.status == 201, await r.text()
                answer = await r.text()
            await pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))
            ws = await http.ws_connect(f"{base}/ws/{room}")
            sent = {"comments": 0}

            async def report():
                while True:
                    await asyncio.sleep(report_s)
                    print(json.dumps({**counts, **sent, "state": pc.connectionState}), flush=True)

            reporting = asyncio.ensure_future(report())
            while True:
                await asyncio.sleep(5 + index)  # each viewer its own pace
                sent["comments"] += 1
                await ws.send_str(json.dumps({"type": "comment", "name": f"Viewer {index}",
                                              "text": f"Còn size M không? #{sent['comments']} 多少钱"}))

    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
""")

COHOST_SCRIPT = textwrap.dedent("""
    import asyncio, json, sys, time
    import numpy as np
    from studio.encode.live import LiveEncoder, LiveEncoderSettings
    from studio.media.demo import DemoVideoSource
    from studio.media.frames import AudioBlock, Frame, now_ns
    from studio.transport.cohost_client import CoHostClient

    async def main(link, report_s):
        encoder = LiveEncoder(LiveEncoderSettings(width=640, height=360, fps=15, bitrate=500_000))
        encoder.start()
        client = CoHostClient(link, encoder, "Soak guest")
        await client.join()
        scene = DemoVideoSource(640, 360, 15)
        t0, i = now_ns(), 0
        tone = (np.sin(np.arange(960) * 2 * np.pi * 440 / 48000) * 3000).astype(np.int16)
        while True:
            due = t0 + i * 66_666_666
            await asyncio.sleep(max(0, (due - now_ns()) / 1e9))
            encoder.push_video(Frame(scene.render(i, due / 1e9), due, i))
            for k in range(3):  # 60 ms of sound per picture, in 20 ms blocks
                encoder.push_audio(AudioBlock(tone, due + k * 20_000_000))
            i += 1
            if i % (15 * report_s) == 0:
                print(json.dumps({"state": client.state, "video": client.frames_received,
                                  "audio": client.audio_frames}), flush=True)

    asyncio.run(main(sys.argv[1], float(sys.argv[2])))
""")


class ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.first: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if len(self.first) < 5:
            self.first.append(f"{record.name}: {record.getMessage()[:200]}")


class LoopLag:
    """Max delay of a callback scheduled on the network loop every 100 ms."""

    def __init__(self, loop) -> None:
        self.loop = loop
        self.worst_ms = 0.0
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            t0 = time.perf_counter()
            done = threading.Event()

            def probe(t0: float = t0, done: threading.Event = done) -> None:
                self.worst_ms = max(self.worst_ms, (time.perf_counter() - t0) * 1000)
                done.set()

            self.loop.call_soon_threadsafe(probe)
            done.wait(5)

    def take(self) -> float:
        worst, self.worst_ms = self.worst_ms, 0.0
        return worst

    def stop(self) -> None:
        self._stop.set()


class Child:
    """A helper process whose last JSON line is kept."""

    def __init__(self, args: list[str]) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True,
                                     env=env)
        self.last: dict = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            try:
                self.last = json.loads(line)
            except ValueError:
                pass

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def wait(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--viewers", type=int, default=3)
    parser.add_argument("--report-s", type=float, default=60)
    args = parser.parse_args()
    errors = ErrorCounter()
    logging.getLogger().addHandler(errors)
    threading.excepthook = lambda a: (errors.emit(logging.makeLogRecord(
        {"levelno": logging.ERROR, "name": "thread", "msg": repr(a.exc_value)})))
    folder = Path(tempfile.mkdtemp(prefix="studio-soak-"))
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      recordings_dir=folder))
    session.start()
    session.wait_first_frame()
    catalog = session.load_catalog(ROOT / "assets" / "products" / "demo.csv")
    products = list(catalog.products)
    session.start_recording(folder / "soak.mkv")
    session.go_live(LiveTarget("local"))
    wait(lambda: session.state.live_state == "live", 15)
    room = session.state.watch_url.rsplit("/", 1)[1]
    base = session.state.watch_url.split("/watch/")[0]
    me = psutil.Process()
    me.cpu_percent()
    lag = LoopLag(session.net.network.loop)
    viewers = [Child([VIEWER_SCRIPT, base, room, str(i), "2"]) for i in range(args.viewers)]
    cohost = Child([COHOST_SCRIPT, session.create_invite(), "2"])
    if wait(lambda: session.state.cohosts, 30):
        session.approve_cohost(session.state.cohosts[0].id)
    else:
        print("the co-host never asked to join")
    program = session.pipeline.program
    print(f"soak: {args.minutes:g} min, {args.viewers} viewers, 1 co-host, recording to {folder}")
    print(f"{'min':>4} {'RSS MB':>7} {'fps min':>7} {'fps avg':>7} {'dropped':>7} {'lag ms':>7} "
          f"{'errors':>6} {'CPU %':>6} {'viewer fps':>16} {'co-host, fps':>14} {'rec MB':>7}")
    rss: list[float] = []
    fps_all: list[float] = []
    last_lagged = program.stats.lagged
    last_counts = [0] * len(viewers)
    last_cohost = 0
    t_start = time.monotonic()
    tick = 0
    minute = 0
    while time.monotonic() - t_start < args.minutes * 60:
        time.sleep(1)
        tick += 1
        fps_all.append(program.stats.fps)
        if tick % 10 == 0 and products:  # overlays keep changing
            session.pin_product(products[(tick // 10) % len(products)])
        if tick % 60 == 30:
            session.start_countdown(20, "Flash sale")
            comments = [c for c in session.comments.items() if not c.host]
            if comments:
                session.pin_comment(comments[-1])
        if tick % int(args.report_s) == 0:
            minute += 1
            recent = fps_all[-int(args.report_s):]
            rss.append(me.memory_info().rss / 2**20)
            lagged = program.stats.lagged
            counts = [v.last.get("video", 0) for v in viewers]
            per_viewer = [(c - p) / args.report_s for c, p in zip(counts, last_counts, strict=True)]
            last_counts = counts
            record = folder / "soak.mkv"
            size = record.stat().st_size / 2**20 if record.exists() else 0
            co = cohost.last
            co_fps = (co.get("video", 0) - last_cohost) / args.report_s
            last_cohost = co.get("video", 0)
            print(f"{minute:>4} {rss[-1]:>7.0f} {min(recent):>7.1f} {sum(recent) / len(recent):>7.2f} "
                  f"{lagged - last_lagged:>7} {lag.take():>7.0f} {errors.count:>6} {me.cpu_percent():>6.0f} "
                  f"{'/'.join(f'{f:.1f}' for f in per_viewer):>16} "
                  f"{co.get('state', '?')[:7]:>7} {co_fps:>6.1f} {size:>7.0f}", flush=True)
            last_lagged = lagged
    for child in [*viewers, cohost]:
        child.stop()
    lag.stop()
    result = session.stop_recording()
    session.close()
    print(f"errors logged: {errors.count}" + ("".join(f"\n  {e}" for e in errors.first)))
    print(f"program fps: min {min(fps_all[5:]):.1f}, mean {sum(fps_all) / len(fps_all):.2f} "
          f"(1 s figures after the first 5 s)")
    if len(rss) > 5:
        settled = rss[4:]  # from minute 5 on
        hours = (len(settled) - 1) * args.report_s / 3600
        growth = (settled[-1] - settled[0]) / settled[0] * 100
        print(f"RSS after minute 5: {settled[0]:.0f} → {settled[-1]:.0f} MB ({growth:+.1f} %; "
              f"{growth / hours if hours else 0:+.1f} %/hour extrapolated), "
              f"range {min(settled):.0f}–{max(settled):.0f} MB")
    if result is not None:
        import av
        path = Path(getattr(result, "path", folder / "soak.mkv"))
        with av.open(str(path)) as c:
            frames = sum(1 for _ in c.decode(video=0))
        print(f"recording {path.name}: {frames} frames decoded = {frames / 30:.0f} s of "
              f"{args.minutes * 60:.0f} s shown")


if __name__ == "__main__":
    main()
