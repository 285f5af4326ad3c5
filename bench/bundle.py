"""Start-up of the bundled app (PyInstaller one-folder, `packaging/build.sh`) against the
source install: process start → first real preview picture painted (offscreen), median of 5,
runs interleaved so both see the same machine. Prints figures only.

    bash packaging/build.sh && .venv/bin/python bench/bundle.py [--runs 5]"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ui import first_frame_ms  # noqa: E402

BUNDLE = ROOT / "dist" / "seller-studio" / "seller-studio"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--bundle", type=Path, default=BUNDLE)
    args = p.parse_args()
    if not args.bundle.exists():
        sys.exit(f"no bundle at {args.bundle}: run `bash packaging/build.sh` first")
    source: list[float] = []
    bundled: list[float] = []
    first_frame_ms(1, "offscreen", [str(args.bundle)])  # warm the page cache for both, untimed
    first_frame_ms(1, "offscreen")
    for _ in range(args.runs):
        source += first_frame_ms(1, "offscreen")
        bundled += first_frame_ms(1, "offscreen", [str(args.bundle)])
    print(f"start → first preview picture, median of {args.runs} (offscreen):")
    rows = (("source install (python -m studio)", source), ("bundled app (one folder)", bundled))
    for name, values in rows:
        if values:
            print(f"  {name:<36} {statistics.median(values):7.0f} ms   "
                  f"(min {min(values):.0f}, max {max(values):.0f}, {len(values)} runs)")
        else:
            print(f"  {name:<36} no picture painted")
    if source and bundled:
        print(f"  bundled / source: {statistics.median(bundled) / statistics.median(source):.2f}")


if __name__ == "__main__":
    main()
