"""A real headless Chromium (Debian's) driven by Playwright, for viewer/publisher tests."""

from __future__ import annotations

import os
import shutil
import tempfile

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


@pytest.fixture(scope="module")
def chromium():
    # Module scope: Playwright's sync API keeps an event loop on this thread while it runs,
    # which the asyncio tests of other modules must not inherit.
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium not found at {CHROMIUM} (scripts/setup.sh --dev installs it)")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="studio-chromium-")
    with sync_playwright() as p:
        # Playwright gives each context a fresh profile; `profile` keeps Chromium's own
        # caches (crash dumps, shader cache) out of $HOME.
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS,
                                    env={**os.environ, "HOME": profile})
        yield browser
        browser.close()
    shutil.rmtree(profile, ignore_errors=True)


def inbound_stats(page, pc_path: str = "studio.pc") -> dict | None:
    return page.evaluate(STATS_JS, pc_path)


def inbound_audio(page, pc_path: str = "studio.pc") -> dict | None:
    return page.evaluate(AUDIO_JS, pc_path)
