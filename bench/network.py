"""Weak-network figures: the publisher (`seller-studio publish`) in a network namespace with
loss / a bandwidth cap / an outage on its link (tests/netem.py), the server and an aiortc
viewer on the host side. Prints figures; asserts nothing. Needs root.

    .venv/bin/python bench/network.py [--seconds 10] [--quick]
    .venv/bin/python bench/network.py --audio   # audio at 20/40/60 % loss, Opus FEC off vs on
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.netem import ImpairedLink, Publisher, serve, unavailable  # noqa: E402
from tests.webrtc_peers import whep_view  # noqa: E402

TOKEN = "bench-token"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seconds", type=float, default=10.0, help="viewing time per loss level")
    p.add_argument("--quick", action="store_true", help="5 s per level, 5 s outage")
    p.add_argument("--audio", action="store_true", help="only audio through loss, FEC decoding off vs on")
    args = p.parse_args()
    if args.audio:
        audio_through_loss(args.seconds)
        return
    seconds = 5.0 if args.quick else args.seconds
    outage = 5.0 if args.quick else 10.0
    reason = unavailable()
    if reason:
        print(f"network benchmark skipped: {reason}")
        return
    link = ImpairedLink.create()
    server, url = serve(link, TOKEN)
    pub = Publisher(link, f"{url}/whip/show", TOKEN, 600)
    try:
        pub.wait_connected()
        time.sleep(3)
        print(f"Weak network (uplink publisher → server; viewer on the server's side), {seconds:.0f} s each")
        print("  loss   delivered fps   freeze ratio   audio continuity   controller target")
        for loss in (0.0, 0.05, 0.20, 0.40):
            link.set_loss(loss)
            time.sleep(4)  # let the controller react
            view = asyncio.run(whep_view(f"{url}/whep/show", seconds))
            targets = pub.targets_since(time.monotonic() - seconds)
            target = f"{int(targets[-1][1])} kbit/s at {targets[-1][2]}p" if targets else "–"
            print(f"  {loss * 100:3.0f} %   {view.video_frames / seconds:8.1f}      "
                  f"{view.freeze_ratio() * 100:8.1f} %      {view.audio_frames / seconds / 50 * 100:8.0f} %"
                  f"        {target}", flush=True)
        link.set_loss(0)
        time.sleep(6)

        link.set_uplink_cap(1000)
        t_cap = time.monotonic()
        time.sleep(12)
        capped = pub.rates_since(t_cap)
        under = next((t for t, r in capped if r < 1000), None)
        settled = [r for t, r in capped if t > 6]
        link.set_uplink_cap(None)
        print(f"  1 Mbit/s cap: encoder under the cap after {under:.1f} s" if under is not None
              else "  1 Mbit/s cap: never went under the cap", end="")
        print(f" (1 s status lines); then {min(settled):.0f}–{max(settled):.0f} kbit/s" if settled else "")
        time.sleep(15)

        link.set_loss(1.0, protocol="all")  # a total outage, signalling included
        time.sleep(outage)
        link.set_loss(0)
        t_back = time.monotonic()
        deadline = t_back + 30
        back = None
        while time.monotonic() < deadline and back is None:
            time.sleep(0.1)
            lines = list(pub.lines)
            after = [t for t, line in lines if t > t_back + 0.05 and line.startswith("Sending")]
            reconnecting = any(line.startswith("Reconnecting") for t, line in lines if t > t_back - outage)
            if after and reconnecting:
                back = after[0] - t_back
        if back is None:
            print(f"  {outage:.0f} s outage: not back within 30 s; the publisher said:",
                  [line for t, line in pub.lines if t > t_back - outage - 2][:40])
            return
        view = asyncio.run(whep_view(f"{url}/whep/show", 3.0))
        print(f"  {outage:.0f} s outage: back on air {back:.1f} s after the network returned "
              f"(1 s status lines); a new viewer's first frame {view.first_frame_ms:.0f} ms")
    finally:
        pub.stop()
        server.terminate()
        server.wait(10)
        link.close()


def _opus_frames(url: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{url}/healthz", timeout=5) as resp:
        return json.load(resp)["opus_frames"]


def audio_through_loss(seconds: float) -> None:
    """Audio continuity at the server's ingest and at a viewer, with the ingest's Opus FEC
    decoding off (STUDIO_OPUS_FEC=0: only what arrived, as aiortc's decoder, + the server's
    concealment) and on,
    in the same run. 'Real or FEC' counts 20 ms frames decoded from packets that arrived or
    rebuilt from in-band FEC, out of 50 a second; concealment is not counted."""
    reason = unavailable()
    if reason:
        print(f"network benchmark skipped: {reason}")
        return
    print(f"Audio through uplink loss, {seconds:.0f} s per level (ingest: of 50 frames/s; viewer: "
          "frames/s reaching an aiortc viewer, concealment included)")
    print("  FEC decode  loss   ingest real   ingest FEC   ingest real+FEC   concealed   viewer")
    for fec in ("0", "1"):
        link = ImpairedLink.create()
        server, url = serve(link, TOKEN, {"STUDIO_OPUS_FEC": fec})
        pub = Publisher(link, f"{url}/whip/show", TOKEN, 600)
        try:
            pub.wait_connected()
            time.sleep(3)
            for loss in (0.20, 0.40, 0.60):
                link.set_loss(loss)
                time.sleep(3)
                before, t0 = _opus_frames(url), time.monotonic()
                view = asyncio.run(whep_view(f"{url}/whep/show", seconds))
                after, span = _opus_frames(url), time.monotonic() - t0
                d = {k: (after[k] - before[k]) / span / 50 * 100 for k in after}
                real, rebuilt, hidden = d["decoded"], d["fec"], d["concealed"]
                print(f"  {'on ' if fec == '1' else 'off'}        {loss * 100:3.0f} %   {real:8.0f} %"
                      f"   {rebuilt:8.0f} %   {real + rebuilt:10.0f} %       {hidden:5.0f} %"
                      f"   {view.audio_frames / seconds / 50 * 100:5.0f} %", flush=True)
        finally:
            pub.stop()
            server.terminate()
            server.wait(10)
            link.close()


if __name__ == "__main__":
    main()
