"""What libx264 sends right after it is reopened at a higher rate (the rate controller's
"probe" under a cap, docs/network.md): the first keyframe, the first 300 ms and the seconds
after, with our live options and with a lower initial VBV fill. Prints figures; asserts nothing.

    .venv/bin/python bench/reopen.py [--kbps 1250] [--vbv-init 0.9,0.5,0.3]
"""

from __future__ import annotations

import argparse
import sys
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.encode.hardware import SOFTWARE, h264_options  # noqa: E402
from studio.media.demo import DemoVideoSource  # noqa: E402

FPS = 30


def frame_sizes(pictures: list[np.ndarray], kbps: int, vbv_init: float | None) -> list[int]:
    """Bytes per frame of a fresh libx264 open at `kbps` (what a reopen is)."""
    ctx = av.CodecContext.create(SOFTWARE, "w")
    ctx.width, ctx.height, ctx.pix_fmt = 1280, 720, "yuv420p"
    ctx.time_base, ctx.framerate = Fraction(1, FPS), Fraction(FPS, 1)
    ctx.bit_rate = kbps * 1000
    options = h264_options(SOFTWARE, fps=FPS, keyframe_interval_s=2.0, preset="veryfast",
                           bitrate=kbps * 1000, live=True)
    if vbv_init is not None:
        options["x264-params"] = f"vbv-init={vbv_init}"
    ctx.options = options
    ctx.profile = "Constrained Baseline"
    ctx.open()
    sizes = []
    for i, picture in enumerate(pictures):
        frame = av.VideoFrame.from_ndarray(picture, format="bgr24").reformat(format="yuv420p")
        frame.pts = i
        sizes.append(sum(p.size for p in ctx.encode(frame)))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kbps", type=int, default=1250, help="the rate reopened at")
    parser.add_argument("--vbv-init", default="0.9,0.5,0.3",
                        help="initial VBV fills to compare (0.9 is libx264's default)")
    args = parser.parse_args()
    scene = DemoVideoSource()
    pictures = [scene.render(i, i / FPS) for i in range(3 * FPS)]
    print(f"libx264 reopened at {args.kbps} kbit/s, 1280x720 demo scene, our live options")
    print(f"{'vbv-init':>9} {'keyframe kbit':>14} {'first 300 ms kbit/s':>20}", end="")
    print(f" {'1st s':>7} {'2nd s':>7} {'3rd s':>7}")
    for fill in (float(v) for v in args.vbv_init.split(",")):
        sizes = frame_sizes(pictures, args.kbps, None if fill == 0.9 else fill)
        kbit = [s * 8 / 1000 for s in sizes]
        first = sum(kbit[: int(0.3 * FPS)]) / 0.3
        seconds = [sum(kbit[i * FPS:(i + 1) * FPS]) for i in range(3)]
        print(f"{fill:>9.1f} {kbit[0]:>14.1f} {first:>20.0f} " + " ".join(f"{s:>7.0f}" for s in seconds))


if __name__ == "__main__":
    main()
