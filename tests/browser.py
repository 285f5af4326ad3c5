"""A real headless Chromium (Debian's) driven by Playwright, for viewer/publisher tests."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

CHROMIUM = os.environ.get("SELLER_STUDIO_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
    "--autoplay-policy=no-user-gesture-required",
]

STATS_JS = """async (pcPath) => {
  const pc = pcPath.split('.').reduce((o, k) => o && o[k], window);
  if (!pc) return null;
  const out = {video: {}, audio: {}};
  (await pc.getStats()).forEach(r => { if (r.type === 'inbound-rtp') out[r.kind] = r; });
  return {framesDecoded: out.video.framesDecoded || 0, width: out.video.frameWidth || 0,
          height: out.video.frameHeight || 0, audioPackets: out.audio.packetsReceived || 0,
          audioSamples: out.audio.totalSamplesReceived || 0};
}"""

# The inbound audio a page's peer connection plays: samples Chromium's NetEq played out, of
# which concealed (made up for lost/late packets) and concealment events.
AUDIO_JS = """async (pcPath) => {
  const pc = pcPath.split('.').reduce((o, k) => o && o[k], window);
  if (!pc) return null;
  let a = null;
  (await pc.getStats()).forEach(r => { if (r.type === 'inbound-rtp' && r.kind === 'audio') a = r; });
  return a && {samples: a.totalSamplesReceived || 0, concealed: a.concealedSamples || 0,
               events: a.concealmentEvents || 0, packets: a.packetsReceived || 0,
               state: pc.connectionState};
}"""


@contextlib.contextmanager
def launch_chromium() -> Iterator:
    """A headless Chromium (Playwright's sync API), for tests and benchmarks."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="studio-chromium-")
    try:
        with sync_playwright() as p:
            # Playwright gives each context a fresh profile; `profile` keeps Chromium's own
            # caches (crash dumps, shader cache) out of $HOME.
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS,
                                        env={**os.environ, "HOME": profile})
            yield browser
            browser.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def chromium():
    # Module scope: Playwright's sync API keeps an event loop on this thread while it runs,
    # which the asyncio tests of other modules must not inherit.
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium not found at {CHROMIUM} (scripts/setup.sh --dev installs it)")
    with launch_chromium() as browser:
        yield browser


def inbound_stats(page, pc_path: str = "studio.pc") -> dict | None:
    return page.evaluate(STATS_JS, pc_path)


def inbound_audio(page, pc_path: str = "studio.pc") -> dict | None:
    return page.evaluate(AUDIO_JS, pc_path)


# Samples the viewer's inbound video every 100 ms inside the page (one page.evaluate per
# sample from Python would cost more CPU than the sampling itself).
SAMPLER_JS = """(pcPath) => {
  window.__samples = [];
  window.__sampler = setInterval(async () => {
    const pc = pcPath.split('.').reduce((o, k) => o && o[k], window);
    if (!pc) return;
    let v = null;
    (await pc.getStats()).forEach(r => { if (r.type === 'inbound-rtp' && r.kind === 'video') v = r; });
    if (v) window.__samples.push([performance.now(), v.framesDecoded || 0, v.freezeCount || 0,
                                  v.totalFreezesDuration || 0, v.frameHeight || 0]);
  }, 100);
}"""


@dataclass(frozen=True, slots=True)
class ViewerSample:
    t: float  # seconds, the page's clock
    frames: int  # framesDecoded
    freezes: int  # freezeCount
    frozen_s: float  # totalFreezesDuration
    height: int


@dataclass(frozen=True, slots=True)
class ViewerSummary:
    seconds: float
    fps: float
    frozen: float  # share of the time Chromium counted as frozen
    freezes: int
    longest_stall_s: float  # longest time without a newly decoded frame (100 ms resolution)
    heights: tuple[int, ...]


def start_sampling(page, pc_path: str = "studio.pc") -> None:
    page.evaluate(SAMPLER_JS, pc_path)


def viewer_samples(page) -> list[ViewerSample]:
    return [ViewerSample(t / 1000, int(f), int(c), float(d), int(h))
            for t, f, c, d, h in page.evaluate("() => window.__samples || []")]


def summarize(samples: list[ViewerSample], t0: float | None = None, t1: float | None = None) -> ViewerSummary:
    """Figures over samples in [t0, t1] (the page's clock, seconds; default: all)."""
    span = [s for s in samples if (t0 is None or s.t >= t0) and (t1 is None or s.t <= t1)]
    if len(span) < 2:
        return ViewerSummary(0.0, 0.0, 1.0, 0, 0.0, ())
    first, last = span[0], span[-1]
    seconds = last.t - first.t
    stall, since = 0.0, first.t
    for a, b in zip(span, span[1:], strict=False):
        if b.frames > a.frames:
            since = b.t
        stall = max(stall, b.t - since)
    return ViewerSummary(seconds, (last.frames - first.frames) / seconds,
                         (last.frozen_s - first.frozen_s) / seconds, last.freezes - first.freezes,
                         stall, tuple(sorted({s.height for s in span})))
