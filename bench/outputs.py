"""What each RTMP destination costs (prints, asserts nothing).

The studio (this process) publishes the demo scene at 720p30 over WHIP to a separate
`seller-studio serve`, then adds 1, 2 and 3 RTMP destinations (real nginx-rtmp servers) that
share the WHIP output's H.264 encode and one AAC encode. For each step: CPU of this process
(cores), and glass-to-glass to a Chromium viewer of the WHIP show (timecode in the picture,
read back per presented frame) at the first and last step.

    .venv/bin/python bench/outputs.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.live import READ_CODE_JS, pct  # noqa: E402
from studio.media.demo import DemoVideoSource  # noqa: E402
from studio.outputs.destinations import Destination  # noqa: E402
from studio.outputs.rtmp import RtmpOutput  # noqa: E402
from studio.session import LiveTarget, Session  # noqa: E402
from studio.settings import SessionSettings  # noqa: E402
from tests.browser import ARGS, CHROMIUM  # noqa: E402
from tests.rtmp_server import NginxRtmp  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def glass(browser, watch_url: str, seconds: float) -> list[float]:
    page = browser.new_page()
    page.goto(watch_url)
    page.wait_for_function("() => window.studio.timing.firstFrame !== null", timeout=20000)
    page.evaluate(READ_CODE_JS)
    time.sleep(seconds)
    lat = page.evaluate("window.latencies")
    page.close()
    return lat


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; 720p30, "
          f"{args.seconds:.0f} s a step")
    port = free_port()
    serve = subprocess.Popen([sys.executable, "-m", "studio", "serve", "--port", str(port)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    root = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    servers = [NginxRtmp(root / str(i), tls=False).start() for i in range(3)]
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      adaptive_bitrate=False))
    outputs: list[RtmpOutput] = []
    try:
        time.sleep(1.0)
        session.start()
        session.use_video_source(DemoVideoSource(timecode=True), "demo")
        session.wait_first_frame()
        session.go_live(LiveTarget("whip", f"http://127.0.0.1:{port}/whip/bench"))
        deadline = time.monotonic() + 15
        while session.state.live_state != "live" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert session.state.live_state == "live", session.state.live_error
        watch = f"http://127.0.0.1:{port}/watch/bench"
        me = psutil.Process()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            base = None
            for n in range(4):
                if n:
                    out = RtmpOutput(Destination(f"nginx {n}", servers[n - 1].url("live")), f"benchkey{n}")
                    out.start(session.feeds)
                    outputs.append(out)
                    while out.state.status != "live":
                        time.sleep(0.05)
                time.sleep(2.0)
                c0, t0 = sum(me.cpu_times()[:2]), time.perf_counter()
                lat = glass(browser, watch, args.seconds) if n in (0, 3) else time.sleep(args.seconds)
                cores = (sum(me.cpu_times()[:2]) - c0) / (time.perf_counter() - t0)
                base = cores if base is None else base
                extra = f"   +{(cores - base) / n * 100:4.1f} % of a core per destination" if n else ""
                encodes = session.feeds.encodes
                line = f"  WHIP + {n} RTMP   {cores:5.2f} cores   {encodes} encodes{extra}"
                if lat:
                    line += (f"   glass-to-glass p50 {pct(lat, 0.5):4.0f} ms p95 {pct(lat, 0.95):4.0f} ms "
                             f"({len(lat)} frames)")
                fps = session.program.stats.fps
                print(line + f"   program {fps:4.1f} fps", flush=True)
            drops = [o.frames_dropped() for o in outputs]
            rates = [round(o.stats().bitrate_kbps) for o in outputs]
            print(f"  destinations: sent {rates} kbit/s, dropped {drops} packets")
            print("  (targets: <= 3 % of a core per extra destination; glass-to-glass unchanged)")
            browser.close()
    finally:
        for o in outputs:
            o.stop()
        session.close()
        serve.terminate()
        serve.wait(10)
        for s in servers:
            s.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
