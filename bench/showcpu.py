"""CPU of a plain show for the studio process (prints figures, asserts nothing).

A plain show: 720p30 demo camera and tone, auto enhancement, a pinned product, live to the
embedded server, recording, one viewer (an aiortc peer in another process that receives,
depacketizes and acknowledges but skips decoding, as in bench/live.py), and one comment a
second. Prints the studio process's cores over the window and where they go per thread
(thread names from Python; the rest are native: x264's, OpenCV's and aiortc's pools).

    .venv/bin/python bench/showcpu.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.live import VIEWERS_SCRIPT  # noqa: E402
from studio.commerce.comments import make_comment  # noqa: E402
from studio.media.demo import DemoVideoSource  # noqa: E402
from studio.processing.enhance import EnhanceSettings  # noqa: E402
from studio.session import LiveTarget, Session  # noqa: E402
from studio.settings import SessionSettings  # noqa: E402


class CameraLikeSource(DemoVideoSource):
    """The demo scene as a webcam in a dim back room gives it: 35 % darker, sensor noise
    σ = 4 (six grain patterns in turn, made once), so auto enhancement has work to do and
    x264 sees camera-like detail. Its own cost shows as the DemoVideoSource thread."""

    def __init__(self) -> None:
        super().__init__()
        self.brightness = 0.65
        rng = np.random.default_rng(1)
        self._grain = [rng.normal(0, 4.0, (720, 1280, 3)).astype(np.int16) for _ in range(6)]
        self._k = 0

    def _read(self) -> np.ndarray | None:
        image = super()._read()
        if image is None:
            return None
        self._k += 1
        noisy = cv2.add(image, self._grain[self._k % 6], dtype=cv2.CV_8U)
        return noisy


def thread_names() -> dict[int, str]:
    """Python's names, else the kernel's (/proc comm: x264, OpenCV and aiortc pools)."""
    names = {}
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            names[int(task.name)] = "native: " + (task / "comm").read_text().strip()
        except OSError:
            pass
    names.update({t.native_id: t.name for t in threading.enumerate() if t.native_id is not None})
    return names


def thread_times(proc: psutil.Process) -> dict[int, float]:
    return {t.id: t.user_time + t.system_time for t in proc.threads()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--scene", choices=("camera", "demo", "both"), default="both",
                    help="camera: the demo scene dimmed with sensor noise; demo: the clean scene")
    args = ap.parse_args()
    try:
        from studio.encode.hardware import video_encoder
        encoder = video_encoder().name
    except ImportError:  # a tree from before the probe (for a before/after run)
        encoder = "libx264"
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; H.264 encoder: {encoder}")
    for scene in ("camera", "demo") if args.scene == "both" else (args.scene,):
        show(scene, args.seconds)


def show(scene: str, seconds: float) -> None:
    folder = Path(tempfile.mkdtemp())
    s = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                recordings_dir=folder))
    s.start()
    if scene == "camera":
        s.pipeline.use_video_source(CameraLikeSource(), "demo")
    s.wait_first_frame()
    s.set_enhance(EnhanceSettings(auto=True))
    s.load_catalog(ROOT / "assets" / "products" / "demo.csv")
    s.pin_product("earbuds-pro")
    s.start_recording(folder / "show.mkv")
    s.go_live(LiveTarget("local"))
    while s.state.live_state == "connecting":
        time.sleep(0.02)
    url = s.state.watch_url.replace("/watch/", "/whep/")
    viewer = subprocess.Popen([sys.executable, "-c", VIEWERS_SCRIPT, url, "1"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert viewer.stdout is not None and viewer.stdout.readline().strip() == "ready"
    stop = threading.Event()

    def comments() -> None:
        n = 0
        while not stop.wait(1.0):
            s.shop.comments.add(make_comment(f"fan {n}", f"how much is the earbuds? #{n}"))
            n += 1

    talker = threading.Thread(target=comments, name="bench-comments", daemon=True)
    talker.start()
    time.sleep(3.0)  # warm up: encoders, overlay renders, the viewer's first keyframe
    me = psutil.Process()
    before, c0, t0 = thread_times(me), sum(me.cpu_times()[:2]), time.perf_counter()
    fps = []
    while time.perf_counter() - t0 < seconds:
        time.sleep(1.0)
        fps.append(s.program.stats.fps)
    wall = time.perf_counter() - t0
    cores = (sum(me.cpu_times()[:2]) - c0) / wall
    after, names = thread_times(me), thread_names()
    stop.set()
    viewers = s.state.viewer_count
    enhance_ms = s.pipeline.enhancer.timings.get("total", 0.0)
    picked = s.pipeline.enhancer.effective
    viewer.communicate("\n", timeout=30)
    s.stop_recording()
    s.close()
    per: collections.Counter[str] = collections.Counter()
    for tid, total in after.items():
        name = names.get(tid, "native: ended")
        key = name.split("-")[0] if name.startswith("Thread-") else name
        per[key] += (total - before.get(tid, 0.0)) / wall
    print(f"Plain show, {scene} scene, {seconds:.0f} s: live to the embedded server ({viewers} viewer), "
          "recording, "
          f"auto enhancement, pinned product, comments")
    print(f"  studio process CPU                     {cores:5.2f} cores (target <= 0.8)")
    print(f"  program fps (min of 1 s windows)       {min(fps):5.1f}")
    print(f"  enhancement, last frame                {enhance_ms:5.2f} ms  (auto picked "
          f"low light {picked.low_light:.2f}, white balance {picked.white_balance:.2f}, "
          f"denoise {picked.denoise:.2f}, sharpen {picked.sharpen:.2f})")
    for name, c in per.most_common(10):
        print(f"    {name:<36} {c:5.2f} cores")


if __name__ == "__main__":
    main()
