"""Speed of `seller-studio report` as × real time on a 10-minute 720p30 rehearsal.

The bench makes the rehearsal itself once (the demo scene and tone through the recorder's own
encoder settings, with dimmed spans, tone pauses, a product pinned each minute and a comment
every few seconds in the sidecar) and keeps it in the temp folder for later runs. The
reference, measured in the same run on the same file, is a bare PyAV decode of every video
and audio frame: the part of the report no analysis can avoid. A second, shorter file with
camera-like sensor noise (a much higher bitrate, so a slower decode) shows the spread.

    .venv/bin/python bench/rehearsal.py [--minutes 10] [--fresh]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.encode.settings import VideoEncoderSettings, bgr_to_video_frame  # noqa: E402
from studio.media.demo import DemoVideoSource  # noqa: E402
from studio.rehearsal.report import make_report  # noqa: E402
from studio.rehearsal.sidecar import (  # noqa: E402
    CommentPosted,
    EventWriter,
    LevelSampled,
    ProductPinned,
    RecordingEnded,
    RecordingStarted,
    sidecar_path,
)

RATE = 48_000
PRODUCTS = [("earbuds-pro", "Wireless Earbuds Pro"), ("matcha-set", "抹茶ティーセット 京都"),
            ("silk-scarf", "真丝围巾 · 春季新款"), ("sunscreen-spf50", "ครีมกันแดด SPF50 ขนาดพกพา")]


def make_rehearsal(path: Path, seconds: int, noise: float = 0.0) -> Path:
    """A recording like the recorder's (H.264 veryfast CRF 21 + Opus in Matroska) and its sidecar."""
    vs = VideoEncoderSettings()
    scene = DemoVideoSource(vs.width, vs.height, vs.fps)
    rng = np.random.default_rng(1)
    shape = (vs.height, vs.width, 1)
    grain = [rng.normal(0, noise, shape).astype(np.int16) for _ in range(6)] if noise else []
    t0 = time.perf_counter()
    with av.open(str(path), "w", format="matroska") as out:
        v = out.add_stream("libx264", rate=vs.fps, options=vs.x264_options())
        v.width, v.height, v.pix_fmt = vs.width, vs.height, "yuv420p"
        v.codec_context.time_base = Fraction(1, vs.fps)
        v.thread_count = vs.threads
        a = out.add_stream("libopus", rate=RATE, layout="mono")
        a.bit_rate = 96_000
        audio_pts = 0
        for i in range(seconds * vs.fps):
            t = i / vs.fps
            image = scene.render(i, t)
            if 200 <= t % 300 < 230:  # a dark half-minute every five minutes
                image = cv2.convertScaleAbs(image, alpha=0.2)
            if grain:
                image = np.clip(image + grain[i % len(grain)], 0, 255).astype(np.uint8)
            frame = bgr_to_video_frame(image)
            frame.pts, frame.time_base = i, Fraction(1, vs.fps)
            for packet in v.encode(frame):
                out.mux(packet)
            while audio_pts < (i + 1) * RATE // vs.fps:  # the demo tone: 200 ms beeps each second
                n = np.arange(audio_pts, audio_pts + 960)
                on = ((n % RATE) < RATE // 5) & ((n // RATE) % 120 < 100)  # 20 s of dead air each 2 min
                pcm = np.where(on, np.sin(2 * np.pi * 660 * n / RATE) * 8000, 0).astype(np.int16)
                af = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="mono")
                af.sample_rate, af.pts, af.time_base = RATE, audio_pts, Fraction(1, RATE)
                for packet in a.encode(af):
                    out.mux(packet)
                audio_pts += 960
            if i % (60 * vs.fps) == 0:
                print(f"  making the rehearsal: {t / 60:4.1f} / {seconds / 60:.0f} min "
                      f"({time.perf_counter() - t0:.0f} s)", flush=True)
        for stream in (v, a):
            for packet in stream.encode(None):
                out.mux(packet)
    writer = EventWriter(sidecar_path(path))
    writer.write(RecordingStarted(t=0.0, path=str(path), wall=time.time(), width=vs.width, height=vs.height,
                                  fps=vs.fps))
    for s in range(seconds):
        if s % 60 == 0:
            pid, title = PRODUCTS[(s // 60) % len(PRODUCTS)]
            writer.write(ProductPinned(t=float(s), product_id=pid, title=title))
        if s % 7 == 3:
            writer.write(CommentPosted(t=s + 0.4, id=f"c{s}", name="Linh", text="giá bao nhiêu ạ?"))
        writer.write(LevelSampled(t=float(s), rms_db=-25.0, peak_db=-12.0))
    writer.write(RecordingEnded(t=float(seconds)))
    writer.close()
    return path


def decode_only(path: Path) -> float:
    t0 = time.perf_counter()
    with av.open(str(path)) as c:
        c.streams.video[0].thread_type = "AUTO"
        for packet in c.demux():
            for _ in packet.decode():
                pass
    return time.perf_counter() - t0


def measure(path: Path, label: str) -> None:
    reference = decode_only(path)
    t0 = time.perf_counter()
    files = make_report(path, path.parent / "report")
    took = time.perf_counter() - t0
    d = files.summary.duration_s
    size_mb = path.stat().st_size / 1e6
    print(f"\n{label}: {d / 60:.1f} min, {size_mb:.0f} MB ({size_mb * 8 / d:.1f} Mbit/s)")
    print(f"  report (analysis + plots + HTML)   {took:7.1f} s   {d / took:6.1f}× real time   (target ≥ 10×)")
    print(f"  reference: bare decode of the file {reference:7.1f} s   {d / reference:6.1f}× real time")
    print(f"  the report costs {took / reference:.2f}× a bare decode; "
          f"{len(files.summary.suggestions)} suggestions, {len(files.images)} plots", flush=True)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--noise-seconds", type=int, default=60, help="length of the sensor-noise file (0: skip)")
    p.add_argument("--fresh", action="store_true", help="make the files again")
    args = p.parse_args()
    folder = Path(tempfile.gettempdir()) / "seller-studio-bench"
    folder.mkdir(exist_ok=True)
    seconds = int(args.minutes * 60)
    clean = folder / f"rehearsal-720p-{seconds}s.mkv"
    if args.fresh or not clean.exists() or not sidecar_path(clean).exists():
        make_rehearsal(clean, seconds)
    measure(clean, "Demo scene, 720p30")
    if args.noise_seconds:
        noisy = folder / f"rehearsal-720p-noise-{args.noise_seconds}s.mkv"
        if args.fresh or not noisy.exists():
            make_rehearsal(noisy, args.noise_seconds, noise=4.0)
        measure(noisy, "Demo scene + sensor noise σ=4, 720p30")


if __name__ == "__main__":
    main()
