"""Co-host figures on loopback (prints, asserts nothing):

1. Approve → first co-host frame in the host's composite (median of 5 joins).
2. Latency with the co-host's capture time stamped in its picture (centred, so the PK crop
   keeps it): co-host capture → host composite (one way), and co-host capture → host
   composite → host encode → back at the co-host, decoded (the round trip a co-host sees).
3. Host CPU and program fps with 1, 2 and 4 co-hosts (co-host studios run in another process).

    .venv/bin/python bench/cohosts.py [--quick]
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

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.media import timecode  # noqa: E402
from studio.media.demo import DemoVideoSource  # noqa: E402
from studio.session import Session  # noqa: E402
from studio.settings import SessionSettings  # noqa: E402

CODE_X = (1280 - 640) // 2  # the PK tile keeps the centre 640 columns of a 1280-wide picture


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def wait(pred, timeout=15.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.005)
    return False


def host_session() -> Session:
    host = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    host.start()
    host.wait_first_frame()
    return host


def approve_to_first_frame(runs: int) -> None:
    print(f"Approve -> first co-host frame in the host composite ({runs} joins):")
    host = host_session()
    guest = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    guest.start()
    marker = np.zeros((720, 1280, 3), np.uint8)
    marker[:] = (255, 0, 255)
    times = []
    for _ in range(runs):
        guest.use_video_source(DemoVideoSource(), "demo")
        guest.wait_first_frame()
        guest.join_as_cohost(host.create_invite(), "Bench")
        wait(lambda: [c for c in host.state.cohosts if c.state == "waiting"])
        cid = [c for c in host.state.cohosts if c.state == "waiting"][0].id
        wait(lambda c=cid: host.cohost(c).frames_received > 0)
        t0 = time.perf_counter()
        host.approve_cohost(cid)
        wait(lambda c=cid: len(host.layout.slot_rects()) == 2
             and host.cohost(c).picture(640, 360) is not None)
        times.append((time.perf_counter() - t0) * 1000)
        guest.leave_cohost()
        wait(lambda: len(host.layout.slot_rects()) == 1)
    guest.close()
    host.close()
    print(f"  median {statistics.median(times):5.0f} ms   all {[round(t) for t in times]}"
          "   (target <= 800 ms)")


LATENCY_GUEST = textwrap.dedent("""
    import sys, time, json
    import cv2
    from studio.media import timecode
    from studio.media.demo import DemoVideoSource
    from studio.session import Session
    from studio.settings import SessionSettings
    link, seconds, code_x = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    guest = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    guest.start()
    guest.use_video_source(DemoVideoSource(timecode=True, timecode_x=code_x), "demo")
    guest.wait_first_frame()
    client = guest.join_as_cohost(link, "Bench")
    print("joined", flush=True)
    while client.frames_received < 10 or guest.state.guest_state != "live":
        time.sleep(0.01)
    round_trip, last = [], None
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        back = client.program.peek()
        if back is not None and back is not last:
            last = back
            img = cv2.cvtColor(back.to_ndarray(format="yuv420p"), cv2.COLOR_YUV2BGR_I420)
            round_trip.append(timecode.latency_ms(timecode.read(img, x0=640)))
        time.sleep(0.002)
    print(json.dumps(round_trip), flush=True)
    guest.close()
""")


def latency(seconds: float) -> None:
    import json

    print(f"Host <-> co-host latency on loopback, {seconds:.0f} s (co-host studio in its own process):")
    host = host_session()
    proc = subprocess.Popen([sys.executable, "-c", LATENCY_GUEST, host.create_invite(), str(seconds + 2),
                             str(CODE_X)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "joined"
    wait(lambda: host.state.cohosts)
    host.approve_cohost(host.state.cohosts[0].id)
    wait(lambda: host.cohost(host.state.cohosts[0].id).frames_received > 10)
    one_way, last_host = [], -1
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        frame = host.program.preview.peek()
        if frame is not None and frame.index != last_host:
            last_host = frame.index
            x, _, _, _ = host.layout.slot_rects()[-1]
            one_way.append(timecode.latency_ms(timecode.read(frame.image, x0=x)))
        time.sleep(0.002)
    round_trip = json.loads(proc.stdout.readline())
    proc.wait(timeout=30)
    host.close()
    one_way = [v for v in one_way if -50 < v < 5000]
    round_trip = [v for v in round_trip if -50 < v < 5000]
    print(f"  co-host capture -> host composite   p50 {pct(one_way, .5):4.0f} ms   "
          f"p95 {pct(one_way, .95):4.0f} ms   ({len(one_way)} frames; target one-way p95 <= 200 ms)")
    print(f"  round trip back to the co-host      p50 {pct(round_trip, .5):4.0f} ms   "
          f"p95 {pct(round_trip, .95):4.0f} ms   ({len(round_trip)} frames)")


GUESTS = textwrap.dedent("""
    import sys, time
    from studio.session import Session
    from studio.settings import SessionSettings
    link_count = int(sys.argv[1]); links = sys.argv[2:]
    guests = []
    for i, link in enumerate(links):
        g = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
        g.start(); g.wait_first_frame(); g.join_as_cohost(link, f"Guest {i + 1}")
        guests.append(g)
    print("ready", flush=True)
    sys.stdin.readline()
    for g in guests:
        g.close()
""")


def cpu_with_cohosts(seconds: float) -> None:
    print(f"Host CPU and program fps with co-hosts (720p program, {seconds:.0f} s per step; "
          "co-host studios in another process):")
    host = host_session()
    host.set_layout("grid")
    me = psutil.Process()
    # Four co-hosts twice in the same run: sending their whole 720p picture (the host names no
    # tile size: STUDIO_COHOST_TILE=0, as before co-hosts were asked for their tile's size),
    # then what their 426×360 grid tiles need (640×360).
    for n, tiles in ((0, True), (1, True), (2, True), (4, False), (4, True)):
        os.environ["STUDIO_COHOST_TILE"] = "1" if tiles else "0"
        proc = None
        if n:
            links = [host.create_invite() for _ in range(n)]
            proc = subprocess.Popen([sys.executable, "-c", GUESTS, str(n), *links], cwd=ROOT,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert proc.stdout.readline().strip() == "ready"
            wait(lambda k=n: len([c for c in host.state.cohosts if c.state == "waiting"]) >= k)
            for c in [c for c in host.state.cohosts if c.state == "waiting"]:
                host.approve_cohost(c.id)
            time.sleep(2)
        c0, t0 = sum(me.cpu_times()[:2]), time.perf_counter()
        lag0 = host.program.stats.lagged
        time.sleep(seconds)
        cores = (sum(me.cpu_times()[:2]) - c0) / (time.perf_counter() - t0)
        st = host.program.stats
        sizes = sorted({f"{f.width}x{f.height}" for c in host.state.cohosts if c.state == "live"
                        and (f := host.cohost(c.id).video.peek()) is not None})
        print(f"  {n} co-hosts ({'tile size' if tiles else 'full 720p'}: {', '.join(sizes) or '-'})   "
              f"host {cores:4.2f} cores   program {st.fps:4.1f} fps   "
              f"{st.process_ms:5.1f} ms/frame   {st.lagged - lag0} ticks skipped   "
              f"machine load {os.getloadavg()[0]:.1f}")
        if proc:
            proc.communicate("\n", timeout=60)
            wait(lambda: not [c for c in host.state.cohosts if c.state == "live"], 20)
    host.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", choices=("cpu",), help="only host CPU and program fps per co-host count")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    if args.only == "cpu":
        cpu_with_cohosts(5 if args.quick else 10)
        return
    approve_to_first_frame(3 if args.quick else 5)
    latency(10 if args.quick else 30)
    cpu_with_cohosts(5 if args.quick else 10)


if __name__ == "__main__":
    main()
