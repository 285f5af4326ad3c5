"""Does going live stall the picture? Prints the longest interval between program frames in
the 2 s before Go Live (the reference, same run), across going live (until 1 s after "live"),
and after; and how long going live took. Prints figures, asserts nothing.

    .venv/bin/python bench/golive.py [--target local|whip] [--runs 3] [--busy 2]

`--busy N` runs N busy-looping processes beside it, like a laptop with other work on it.
Before the session imported the network stack at start, the interval across going live was
82–101 ms against 38–51 ms before it (two busy processes, 720p30 recording)."""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.session import LiveTarget, Session  # noqa: E402
from studio.settings import SessionSettings  # noqa: E402


def longest(times: list[float], a: float, b: float) -> float:
    ts = [t for t in times if a <= t <= b]
    return max((y - x for x, y in zip(ts, ts[1:], strict=False)), default=float("nan")) * 1000


def one_run(target: str) -> tuple[float, float, float, float]:
    server = None
    if target == "whip":
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "studio", "serve", "--port", str(port)],
                                  stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert server.stdout is not None
        server.stdout.readline()
    session = Session(SessionSettings(video_source="demo", audio_source="demo"))
    times: list[float] = []
    session.pipeline.feeds.add_frames(lambda _f: times.append(time.perf_counter()), lambda _b: None)
    session.start()
    try:
        assert session.wait_first_frame()
        session.start_recording(Path(tempfile.mkdtemp()) / "golive.mkv")
        time.sleep(3.0)  # what a host does before pressing Go Live: look at the preview
        t_live = time.perf_counter()
        session.go_live(LiveTarget(kind="whip", url=f"http://127.0.0.1:{port}/whip/show") if server
                        else LiveTarget(kind="local", room="show"))
        while session.state.live_state != "live" and time.perf_counter() - t_live < 10:
            time.sleep(0.005)
        t_on = time.perf_counter()
        time.sleep(2.0)
    finally:
        session.close()
        if server is not None:
            server.terminate()
            server.wait(10)
    return ((t_on - t_live) * 1000, longest(times, t_live - 2, t_live), longest(times, t_live, t_on + 1),
            longest(times, t_on + 1, t_on + 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=("local", "whip"), default="local")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--busy", type=int, default=2)
    args = parser.parse_args()
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    try:
        print(f"target {args.target}, {args.busy} busy processes beside it; longest frame interval (ms)")
        for i in range(args.runs):
            took, before, across, after = one_run(args.target)
            print(f"run {i + 1}: live after {took:.0f} ms; before {before:.0f}, "
                  f"across going live {across:.0f} "
                  f"({across / before:.2f}x), after {after:.0f}")
    finally:
        for proc in busy:
            proc.kill()


if __name__ == "__main__":
    main()
