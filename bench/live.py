"""WebRTC publishing figures on loopback (prints, asserts nothing):

1. Go Live → first frame presented in a headless Chromium viewer that already has the page
   open (median of 5), and viewer POST → first frame.
2. Glass-to-glass latency: the demo source stamps its capture time (wall-clock ms) into
   the picture; Chromium reads it back from each presented frame (p50/p95 over 30 s).
3. CPU of publisher + embedded server (this process) with 1, 5 and 10 viewers. The viewers
   are aiortc peers in a separate process that receive, depacketize and acknowledge
   everything but skip decoding (10 decoding viewers would saturate 2 cores by themselves).

    .venv/bin/python bench/live.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.media.demo import DemoVideoSource  # noqa: E402
from studio.session import LiveTarget, Session  # noqa: E402
from studio.settings import SessionSettings  # noqa: E402
from tests.browser import ARGS, CHROMIUM  # noqa: E402

READ_CODE_JS = """() => {
  const video = document.getElementById('video');
  const canvas = document.createElement('canvas');
  canvas.width = 640; canvas.height = 16;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  window.latencies = [];
  const step = (now, meta) => {
    ctx.drawImage(video, 0, 0, 640, 16, 0, 0, 640, 16);
    const px = ctx.getImageData(0, 8, 640, 1).data;
    let v = 0;
    for (let b = 0; b < 32; b++) { v = (v * 2) + (px[(b * 20 + 10) * 4 + 1] > 128 ? 1 : 0); }
    const shown = performance.timeOrigin + (meta.expectedDisplayTime || now);
    const sent = v;
    let lat = (Math.floor(shown) % 4294967296) - sent;
    if (lat < -2147483648) lat += 4294967296;
    if (lat > -50 && lat < 10000) window.latencies.push(lat);
    video.requestVideoFrameCallback(step);
  };
  video.requestVideoFrameCallback(step);
}"""


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def first_frame(browser, runs: int) -> None:
    print(f"Go Live -> first frame presented in Chromium (page already open), {runs} runs:")
    go_to_frame, post_to_frame, post_to_answer = [], [], []
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    session.start()
    session.wait_first_frame()
    server = session.start_server()
    page = browser.new_page()
    page.goto(server.watch_url("live"))
    time.sleep(1)
    for _ in range(runs):
        page.evaluate("window.studio.timing.firstFrameWall = null")
        t0 = time.time() * 1000
        session.go_live(LiveTarget("local"))
        page.wait_for_function("() => window.studio.timing.firstFrameWall !== null", timeout=15000)
        t = page.evaluate("window.studio.timing")
        go_to_frame.append(t["firstFrameWall"] - t0)
        post_to_frame.append(t["firstFrame"] - t["post"])
        post_to_answer.append(t["answer"] - t["post"])
        session.end_live()
        page.wait_for_function("() => document.getElementById('state').textContent === 'OFFLINE'")
        time.sleep(0.5)
    page.close()
    session.close()
    print(f"  Go Live -> first frame        median {statistics.median(go_to_frame):6.0f} ms   "
          f"all {[round(v) for v in go_to_frame]}")
    print(f"  viewer POST -> first frame    median {statistics.median(post_to_frame):6.0f} ms   "
          f"(target <= 500 ms)")
    print(f"  viewer POST -> answer applied median {statistics.median(post_to_answer):6.0f} ms")


def glass_to_glass(browser, seconds: int) -> None:
    print(f"Glass-to-glass, demo capture -> Chromium presentation, {seconds} s:")
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    session.start()
    session.use_video_source(DemoVideoSource(timecode=True), "demo")
    session.wait_first_frame()
    session.go_live(LiveTarget("local"))
    while session.state.live_state == "connecting":
        time.sleep(0.02)
    page = browser.new_page()
    page.goto(session.state.watch_url)
    page.wait_for_function("() => window.studio.timing.firstFrame !== null", timeout=15000)
    page.evaluate(READ_CODE_JS)
    time.sleep(seconds)
    lat = page.evaluate("window.latencies")
    page.close()
    session.close()
    if not lat:
        print("  no timecodes read")
        return
    print(f"  frames read {len(lat)}   p50 {pct(lat, 0.5):5.0f} ms   p95 {pct(lat, 0.95):5.0f} ms   "
          f"max {max(lat):5.0f} ms   (targets p50 <= 120, p95 <= 200)")


VIEWERS_SCRIPT = textwrap.dedent("""
    import asyncio, sys
    import aiohttp
    from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
    from aiortc.codecs import h264, opus
    # Receive, depacketize, NACK and report like a real viewer, but skip decoding.
    h264.H264Decoder.decode = lambda self, frame: []
    opus.OpusDecoder.decode = lambda self, frame: []

    async def viewer(url):
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        pc.addTransceiver("video", direction="recvonly")
        pc.addTransceiver("audio", direction="recvonly")
        await pc.setLocalDescription(await pc.createOffer())
        async with aiohttp.ClientSession() as http:
            async with http.post(url, data=pc.localDescription.sdp,
                                 headers={"Content-Type": "application/sdp"}) as r:
                answer = await r.text()
        await pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))
        return pc

    async def main(url, n):
        pcs = [await viewer(url) for _ in range(n)]
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        for pc in pcs:
            await pc.close()

    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
""")


def cpu_per_viewers(seconds: int) -> None:
    print(f"CPU of publisher + embedded server (this process), {seconds} s per step:")
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    session.start()
    session.wait_first_frame()
    session.go_live(LiveTarget("local"))
    while session.state.live_state == "connecting":
        time.sleep(0.02)
    me = psutil.Process()
    url = session.state.watch_url.replace("/watch/", "/whep/")
    base = None
    for n in (0, 1, 5, 10):
        proc = None
        if n:
            proc = subprocess.Popen([sys.executable, "-c", VIEWERS_SCRIPT, url, str(n)],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert proc.stdout.readline().strip() == "ready"
            time.sleep(2)
        c0, t0 = sum(me.cpu_times()[:2]), time.perf_counter()
        time.sleep(seconds)
        cores = (sum(me.cpu_times()[:2]) - c0) / (time.perf_counter() - t0)
        viewers = session.state.viewer_count
        base = cores if base is None else base
        extra = f"   +{(cores - base) / n * 100:4.1f} % of a core per viewer" if n else ""
        print(f"  {n:2d} viewers ({viewers:2d} connected)   {cores:5.2f} cores{extra}")
        if proc:
            proc.communicate("\n", timeout=30)
    session.close()
    print("  (target: <= 10 % of one core per extra viewer)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        first_frame(browser, 3 if args.quick else 5)
        glass_to_glass(browser, 10 if args.quick else 30)
        browser.close()
    cpu_per_viewers(5 if args.quick else 10)


if __name__ == "__main__":
    main()
