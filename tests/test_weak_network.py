"""Weak networks, for real: the publisher (`seller-studio publish`) runs in its own network
namespace behind a veth pair with loss and a bandwidth cap (tests/netem.py); the server and
the viewer run on the host side."""

from __future__ import annotations

import asyncio
import re
import subprocess
import threading
import time

import pytest

from tests.conftest import studio_cmd
from tests.netem import ImpairedLink, unavailable
from tests.webrtc_peers import whep_view

REASON = unavailable()
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(REASON is not None, reason=f"impairment harness: {REASON}")]
TOKEN = "weak-net-token"


class Publisher:
    """`seller-studio publish` inside the namespace; its status lines, timestamped."""

    def __init__(self, link: ImpairedLink, url: str, seconds: int) -> None:
        self.proc = link.popen(studio_cmd("publish", "--source", "demo", "--whip", url, "--token", TOKEN,
                                          "--duration", str(seconds)),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append((time.monotonic(), line.strip()))

    def rates_since(self, t0: float) -> list[tuple[float, float]]:
        """(seconds since t0, kbit/s the encoder produced) from the status lines."""
        out = []
        for t, line in list(self.lines):
            m = re.match(r"Sending (\d+) kbit/s", line)
            if m and t >= t0:
                out.append((t - t0, float(m.group(1))))
        return out

    def targets_since(self, t0: float) -> list[tuple[float, float, int]]:
        """(seconds since t0, the controller's target kbit/s, picture height)."""
        out = []
        for t, line in list(self.lines):
            m = re.search(r"target (\d+) kbit/s at (\d+)p", line)
            if m and t >= t0:
                out.append((t - t0, float(m.group(1)), int(m.group(2))))
        return out

    def wait_connected(self, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(line.startswith("Connected") for _t, line in self.lines):
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"publisher did not connect: {self.lines} {self.proc.stderr.read()}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture
def link():
    link = ImpairedLink.create()
    yield link
    link.close()


@pytest.fixture
def server(link):
    proc = subprocess.Popen(studio_cmd("serve", "--host", link.host_ip, "--port", "0", "--token", TOKEN),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    m = re.search(r"Serving on (http://\S+)", line)
    assert m, line + proc.stderr.read()
    yield m.group(1)
    proc.terminate()
    proc.wait(10)


def test_the_encoder_settles_under_a_1_mbit_cap_and_climbs_back(link, server):
    pub = Publisher(link, f"{server}/whip/show", 60)
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
    assert settled and max(settled) < 1000, f"did not settle under the cap: {settled}"
    assert min(h for t, _r, h in capped_targets if t > 8) < 720  # the ladder stepped down
    # Lifted: the controller climbs back (8 %/s) and the encoder follows as far as the scene needs.
    assert max(r for _t, r, _h in lifted_targets) > 1500, "the target did not climb back"
    assert max(r for _t, r in lifted) > 1000, "the encoder did not follow the target back up"


def test_the_viewer_keeps_decoding_at_20_percent_loss(link, server):
    pub = Publisher(link, f"{server}/whip/show", 40)
    try:
        pub.wait_connected()
        time.sleep(2)
        link.set_loss(0.20)
        time.sleep(3)  # let the controller react
        lossy = asyncio.run(whep_view(f"{server}/whep/show", 10.0))
        link.set_loss(0)
        time.sleep(3)
        clean = asyncio.run(whep_view(f"{server}/whep/show", 5.0))
    finally:
        pub.stop()
    fps = lossy.video_frames / 10.0
    print(f"at 20 % loss: {fps:.1f} fps decoded by the viewer, {lossy.audio_frames / 10:.0f} audio "
          f"frames/s; after loss stops: {clean.video_frames / 5:.1f} fps")
    # Floors: 20 fps still reads as fluid video to a shopper (the field target is 24, measured
    # 25.8 here; the margin absorbs this shared machine's noise). Sound: 40 of 50 frames a
    # second with concealment filling the rest; aiortc alone delivers about 14 here.
    assert fps >= 20, f"the viewer fell to {fps:.1f} fps"
    assert lossy.audio_frames / 10 >= 40, f"audio fell to {lossy.audio_frames / 10:.0f} frames/s"
    assert clean.video_frames / 5 >= 24
