"""The window's responsiveness: start-up to first painted preview frame, GUI event-loop lag
while rehearsing at 720p30, and the preview's painted frame rate. Prints figures only.

    .venv/bin/python bench/ui.py [--runs 5] [--seconds 15] [--platform offscreen|xcb]

`--platform xcb` needs a display (e.g. `xvfb-run -a -s "-screen 0 1600x1000x24" ...`)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def first_frame_ms(runs: int, platform: str, command: list[str] | None = None) -> list[float]:
    """Process start (`python -m studio`, or `command`) → first real preview picture on screen."""
    command = command or [sys.executable, "-m", "studio"]
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            trace = Path(tmp) / "trace"
            env = dict(os.environ, QT_QPA_PLATFORM=platform, SELLER_STUDIO_TRACE=str(trace),
                       SELLER_STUDIO_SETTINGS=str(Path(tmp) / "s.ini"), HOME=tmp)
            t0 = time.time()
            proc = subprocess.Popen(command, env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 30
            while not trace.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.05)
            if trace.exists():
                results.append((float(trace.read_text().split()[1]) - t0) * 1000)
            proc.terminate()
            proc.wait(20)
    return results


def loop_lag_and_fps(seconds: float, platform: str) -> tuple[list[float], float, float]:
    """Event-loop lag of a 5 ms timer and painted preview fps while recording 720p30."""
    os.environ["QT_QPA_PLATFORM"] = platform
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from studio.session import Session
    from studio.settings import SessionSettings
    from studio.ui.main_window import MainWindow
    from studio.ui.settings_store import SettingsStore
    from studio.ui.theme import apply_dark_theme

    app = QApplication.instance() or QApplication([])
    apply_dark_theme(app)
    tmp = tempfile.mkdtemp()
    session = Session(SessionSettings(video_source="demo", audio_source="demo",
                                      recordings_dir=Path(tmp), server_port=0))
    window = MainWindow(session, SettingsStore(Path(tmp) / "s.ini"), countdown_s=0)
    window.show()
    window.start()
    window.products.import_catalog(str(ROOT / "assets/products/demo.csv"))
    clock = QElapsedTimer()
    lags: list[float] = []
    state = {"last": 0, "painted0": 0, "t_start": 0.0}
    period_ms = 5

    def tick() -> None:
        now = clock.nsecsElapsed()
        if state["last"]:
            lags.append(max(0.0, (now - state["last"]) / 1e6 - period_ms))
        state["last"] = now

    def begin() -> None:
        window.toggle_recording()
        window.products.pin_index(1)
        clock.start()
        state["painted0"] = window.preview.painted
        state["t_start"] = time.perf_counter()
        timer.start()
        QTimer.singleShot(int(seconds * 1000), finish)

    def finish() -> None:
        timer.stop()
        state["fps"] = (window.preview.painted - state["painted0"]) / (time.perf_counter() - state["t_start"])
        state["program_fps"] = session.program.stats.fps
        window.close()

    timer = QTimer(interval=period_ms)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    QTimer.singleShot(3000, begin)  # after start-up settles
    app.exec() if not window.closed else None
    while not window.closed:
        app.processEvents()
    return lags, state["fps"], state["program_fps"]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--seconds", type=float, default=15.0)
    p.add_argument("--platform", default="offscreen")
    args = p.parse_args()
    print(f"UI benchmark ({args.platform}, {os.cpu_count()} cores)")
    starts = first_frame_ms(args.runs, args.platform)
    if starts:
        print(f"  start → first preview frame      median {statistics.median(starts):7.0f} ms   "
              f"(runs: {', '.join(f'{s:.0f}' for s in starts)})   target ≤ 1500 ms")
    else:
        print("  start → first preview frame      no frame painted within 30 s")
    lags, fps, program_fps = loop_lag_and_fps(args.seconds, args.platform)
    lags.sort()
    p95 = lags[int(len(lags) * 0.95) - 1]
    print(f"  GUI loop lag while rehearsing    p95 {p95:6.1f} ms   max {lags[-1]:6.1f} ms   "
          f"median {statistics.median(lags):5.1f} ms   target p95 ≤ 30 ms")
    print(f"  preview painted                  {fps:6.1f} fps   (program {program_fps:.1f} fps)   "
          f"target ≥ 29 fps")


if __name__ == "__main__":
    main()
