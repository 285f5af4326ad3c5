"""Weak networks, for real: the publisher (`seller-studio publish`) runs in its own network
namespace behind a veth pair with loss and a bandwidth cap (tests/netem.py); the server and
the viewer run on the host side."""

from __future__ import annotations

import asyncio
import statistics
import time

import pytest

from tests.netem import ImpairedLink, Publisher, serve, unavailable
from tests.webrtc_peers import whep_view

REASON = unavailable()
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(REASON is not None, reason=f"impairment harness: {REASON}")]
TOKEN = "weak-net-token"


@pytest.fixture
def link():
    link = ImpairedLink.create()
    yield link
    link.close()


@pytest.fixture
def server(link):
    proc, url = serve(link, TOKEN)
    yield url
    proc.terminate()
    proc.wait(10)


def test_the_encoder_settles_under_a_1_mbit_cap_and_climbs_back(link, server):
    pub = Publisher(link, f"{server}/whip/show", TOKEN, 60)
    try:
        pub.wait_connected()
        time.sleep(4)
        before = [r for _t, r in pub.rates_since(time.monotonic() - 3)]
        link.set_uplink_cap(1000)
        t_cap = time.monotonic()
        time.sleep(14)
        capped = pub.rates_since(t_cap)
        link.set_uplink_cap(None)
        t_lift = time.monotonic()
        time.sleep(20)
        lifted = pub.rates_since(t_lift)
        lifted_targets = pub.targets_since(t_lift)
        capped_targets = pub.targets_since(t_cap)
    finally:
        pub.stop()
    under = [t for t, r in capped if r < 1000]
    adapt_s = under[0] if under else None
    settled = [r for t, r in capped if t > 8]
    print(f"before the cap: {before} kbit/s; capped: {[int(r) for _t, r in capped]}; "
          f"under 1000 kbit/s after {adapt_s} s; after lifting: {[int(r) for _t, r in lifted]}; "
          f"targets after lifting: {[(int(r), h) for _t, r, h in lifted_targets]}")
    assert adapt_s is not None, "the encoder never went under the cap"
    # Settled: the median second under the cap (probing overshoots a second at a time, then
    # the queue's loss cuts it back; that sawtooth is how the controller finds the ceiling).
    assert settled and statistics.median(settled) < 1000, f"did not settle under the cap: {settled}"
    assert min(h for t, _r, h in capped_targets if t > 8) < 720  # the ladder stepped down
    # Lifted: the controller climbs back (8 %/s) and the encoder follows as far as the scene needs.
    assert max(r for _t, r, _h in lifted_targets) > 1500, "the target did not climb back"
    assert max(r for _t, r in lifted) > 1000, "the encoder did not follow the target back up"


def test_the_viewer_keeps_decoding_at_20_percent_loss(link, server):
    pub = Publisher(link, f"{server}/whip/show", TOKEN, 40)
    try:
        pub.wait_connected()
        time.sleep(2)
        link.set_loss(0.20)
        t_loss = time.monotonic()
        time.sleep(3)  # let the controller react
        lossy = asyncio.run(whep_view(f"{server}/whep/show", 10.0))
        link.set_loss(0)
        t_clean = time.monotonic()
        time.sleep(3)
        clean = asyncio.run(whep_view(f"{server}/whep/show", 5.0))
        levels_lossy = pub.levels_between(t_loss + 2, t_clean)
        levels_after = pub.levels_between(t_clean, time.monotonic())
    finally:
        pub.stop()
    print(f"link level under loss: {levels_lossy}; after: {levels_after}")
    assert {"poor", "bad"} & set(levels_lossy), "the quality level did not drop under 20 % loss"
    recovered = [t for t, level in pub.timed_levels(t_clean) if level in ("excellent", "good")]
    assert recovered and recovered[0] < 6, "the level did not return to good within 6 s of the loss stopping"
    fps = lossy.video_frames / 10.0
    print(f"at 20 % loss: {fps:.1f} fps decoded by the viewer, {lossy.audio_frames / 10:.0f} audio "
          f"frames/s; after loss stops: {clean.video_frames / 5:.1f} fps")
    # Floors: 20 fps still reads as fluid video to a shopper (the field target is 24, measured
    # 25.8–27.9 here; the margin absorbs this shared machine's noise). Sound: 35 of 50 frames
    # a second (measured 37–49 over runs: random loss sometimes merges holes past what
    # concealment fills); aiortc alone delivers about 14 here, so a lost concealer fails this.
    assert fps >= 20, f"the viewer fell to {fps:.1f} fps"
    assert lossy.audio_frames / 10 >= 35, f"audio fell to {lossy.audio_frames / 10:.0f} frames/s"
    assert clean.video_frames / 5 >= 24


def test_a_frozen_viewer_recovers_within_a_second_after_loss_stops(link, server):
    """All media dropped for 2 s (shorter than the reconnect watchdog's 3 s), then clean:
    PLI/keyframe and NACK bring the picture back."""
    import threading

    pub = Publisher(link, f"{server}/whip/show", TOKEN, 30)
    result = {}
    try:
        pub.wait_connected()
        time.sleep(2)
        viewer = threading.Thread(target=lambda: result.update(
            view=asyncio.run(whep_view(f"{server}/whep/show", 10.0))))
        viewer.start()
        time.sleep(3)
        link.set_loss(1.0)  # UDP only: the media path freezes
        time.sleep(2)
        link.set_loss(0)
        t_back = time.perf_counter()
        viewer.join(20)
    finally:
        pub.stop()
    arrivals = result["view"].arrivals
    after = [t for t in arrivals if t > t_back]
    assert after, "the viewer never saw a frame again"
    recovered_ms = (after[0] - t_back) * 1000
    frozen = max(b - a for a, b in zip(arrivals, arrivals[1:], strict=False))
    print(f"freeze {frozen * 1000:.0f} ms; first frame {recovered_ms:.0f} ms after the loss stopped")
    assert recovered_ms < 1000
