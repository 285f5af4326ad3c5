"""Weak-network figures: the publisher (`seller-studio publish`) in a network namespace with
loss / a bandwidth cap / an outage on its link (tests/netem.py), the server and an aiortc
viewer on the host side. Prints figures; asserts nothing. Needs root.

    .venv/bin/python bench/network.py [--seconds 10] [--quick]
    .venv/bin/python bench/network.py --audio   # audio at 0/20/40/60 % loss, RED off vs on, Chromium
    .venv/bin/python bench/network.py --cap     # only the bandwidth caps, Chromium watching

The caps (also at the end of the full run): a 1 Mbit/s cap from the start of the show, and a
cap that changes mid-show (3 → 1 → 3 Mbit/s), each watched by an independent headless
Chromium that reports its own frame rate and frozen time (getStats; tests/capshow.py).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.capshow import CapShow, Phase, run  # noqa: E402
from tests.netem import ImpairedLink, Publisher, serve, unavailable  # noqa: E402
from tests.webrtc_peers import whep_view  # noqa: E402

TOKEN = "bench-token"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seconds", type=float, default=10.0, help="viewing time per loss level")
    p.add_argument("--quick", action="store_true", help="5 s per level, 5 s outage")
    p.add_argument("--audio", action="store_true",
                   help="only audio through loss, RED off vs on, at the ingest and a Chromium viewer")
    p.add_argument("--cap", action="store_true", help="only the bandwidth caps, watched by Chromium")
    args = p.parse_args()
    if args.audio:
        audio_through_loss(args.seconds)
        return
    if args.cap:
        caps()
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
    caps()


# Last turn's figures (issue 17, measured the same way: the publisher behind tc tbf, an
# independent Chromium watching through `seller-studio serve`), printed beside this run's.
LAST_TURN_1M = "545–1159 kbit/s, 3 s over the cap in the last 15, viewer 21.6 fps, 14.7 % frozen"


def caps() -> None:
    """Both caps, with the publisher's delay-based control on transport-wide feedback (GCC,
    `STUDIO_TRANSPORT_CC=1`) and, in the same run, the default (the server's REMB and loss)."""
    reason = unavailable()
    if reason:
        print(f"cap benchmark skipped: {reason}")
        return
    from tests.browser import launch_chromium

    print("Uplink cap, the publisher behind tc tbf, an independent Chromium watching", flush=True)
    with launch_chromium() as browser:
        for label, env in (("GCC on transport-cc (STUDIO_TRANSPORT_CC=1)", {"STUDIO_TRANSPORT_CC": "1"}),
                           ("REMB + loss (the default)", None)):
            first = run(browser, (Phase(35, 1000),), env=env)
            changing = run(browser, (Phase(12, 3000), Phase(15, 1000), Phase(22, 3000)), env=env)
            print(f"  {label}")
            _print_caps(first, changing)
    print(f"  last turn, 1 Mbit/s from the start: {LAST_TURN_1M}; 3 → 1 → 3 not measured")


def _print_caps(first: CapShow, changing: CapShow) -> None:
    rates = first.rates_between(5, 35)
    viewer = first.viewer_between(5, 35)
    windows = [len(first.over_cap(t, t + 15)) for t in range(5, 21, 5)]
    print(f"    1 Mbit/s from the start ({_estimates(first)}): sender median from 5 s "
          f"{statistics.median(rates):.0f} kbit/s (target ≤ 900), {min(rates):.0f}–{max(rates):.0f}; "
          f"seconds over the cap per 15 s window from 5 s {windows} (target ≤ 1), in the first 5 s "
          f"{len(first.over_cap(0, 5))}; viewer {viewer.fps:.1f} fps (target ≥ 24), "
          f"{viewer.frozen * 100:.1f} % frozen (target < 5), longest stall {viewer.longest_stall_s:.1f} s; "
          f"packets the cap dropped {first.drops}")
    drop, lift = changing.phase_start(1), changing.phase_start(2)
    under = changing.viewer_between(drop, lift)
    down = changing.first_time(drop, lambda rate, _target: rate < 1000)
    back = changing.first_time(lift, lambda _rate, target: target > 2000)
    back_sent = changing.first_time(lift, lambda rate, _target: rate > 2000)
    print(f"    3 → 1 → 3 Mbit/s ({_estimates(changing)}): sender under 1 Mbit/s {_s(down)} after the "
          f"drop, {len(changing.over_cap(drop, lift))} s over it of 15; viewer {under.fps:.1f} fps, "
          f"{under.frozen * 100:.1f} % frozen, longest stall {under.longest_stall_s:.1f} s (target ≤ ~1); "
          f"target above 2 Mbit/s {_s(back)} after the lift (target ≤ 15 s), the encoder's output "
          f"{_s(back_sent)}; packets the cap dropped {changing.drops}", flush=True)


def _estimates(show: CapShow) -> str:
    names = sorted({e for _t, e in show.estimates})
    return "estimate in charge: " + (", ".join(names) if names else "none reported")


def _s(seconds: float | None) -> str:
    return "never" if seconds is None else f"{seconds:.1f} s"


LAST_TURN = {0.20: (97, 99), 0.40: (84, 100), 0.60: (22, 31)}
"""Opus FEC decoding alone, 2026-12-01 (docs/network.md): ingest real + FEC %, aiortc viewer %."""
AUDIO_HEADER = ("  publisher     loss   ingest real   RED    FEC   real+RED+FEC   concealed   "
                "Chromium not concealed   RED bytes   reconnects")


def audio_through_loss(seconds: float) -> None:
    """Audio continuity at the server's ingest and at a headless Chromium viewer, with the
    publisher's RED off (STUDIO_RED=0: Opus in-band FEC only, last turn's state) and on, in the
    same run. Ingest: the share of 50 frames a second decoded from packets that arrived, from
    a later packet's RED copy, or rebuilt from in-band FEC (concealment not counted). Chromium:
    the share of samples it played that were not concealment (getStats concealedSamples /
    totalSamplesReceived). RED bytes: RED payload received per byte of current frames."""
    from playwright.sync_api import sync_playwright

    from tests.browser import ARGS, CHROMIUM, inbound_audio
    from tests.waiting import wait_for

    reason = unavailable()
    if reason:
        print(f"network benchmark skipped: {reason}")
        return
    print("Audio through uplink loss (publisher in a namespace → seller-studio serve → headless "
          f"Chromium), {seconds:.0f} s per level\n{AUDIO_HEADER}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for name, env in (("FEC only", {"STUDIO_RED": "0"}), ("RED + FEC", {})):
            link = ImpairedLink.create()
            server, url = serve(link, TOKEN)
            pub = Publisher(link, f"{url}/whip/show", TOKEN, 600, env=env)
            page = browser.new_page()
            try:
                pub.wait_connected()
                page.goto(f"{url}/watch/show")
                wait_for(lambda: (s := inbound_audio(page)) and s["samples"] > 48_000, 20)  # noqa: B023
                for loss in (0.0, 0.20, 0.40, 0.60):
                    link.set_loss(loss)
                    time.sleep(3)
                    row = _audio_row(url, page, pub, seconds)
                    print(f"  {name:<12} {loss * 100:3.0f} %{row}", flush=True)
            finally:
                page.close()
                pub.stop()
                server.terminate()
                server.wait(10)
                link.close()
        browser.close()
    print("  last turn (Opus FEC decoding only, 2026-12-01, aiortc viewer): " + ", ".join(
        f"{loss * 100:.0f} %: ingest {i} %, viewer {v} %" for loss, (i, v) in LAST_TURN.items()))


def _audio_row(url: str, page: object, pub: Publisher, seconds: float) -> str:
    from tests.browser import inbound_audio
    from tests.netem import opus_frames

    before, seen0, t0 = opus_frames(url), inbound_audio(page), time.monotonic()
    time.sleep(seconds)
    after, seen1, span = opus_frames(url), inbound_audio(page), time.monotonic() - t0
    d = {k: after[k] - before[k] for k in after}
    real, red, fec, hidden = (d[k] / span / 50 * 100 for k in ("decoded", "red", "fec", "concealed"))
    heard = "–"
    if seen0 and seen1 and seen1["samples"] > seen0["samples"]:
        played = seen1["samples"] - seen0["samples"]
        heard = f"{(1 - (seen1['concealed'] - seen0['concealed']) / played) * 100:5.1f} %"
    cost = "   –"
    if d["red_primary_bytes"]:
        cost = f"+{(d['red_bytes'] / d['red_primary_bytes'] - 1) * 100:4.0f} %"
    downs = sum(1 for t, line in pub.lines if t >= t0 - 3 and "Reconnecting" in line)
    return (f"   {real:8.0f} %   {red:3.0f} %  {fec:3.0f} %   {real + red + fec:8.1f} %      {hidden:5.0f} %"
            f"          {heard:>8}            {cost}      {downs}")


if __name__ == "__main__":
    main()
