"""A show under an uplink cap, watched by an independent Chromium: the publisher
(`seller-studio publish`) in a network namespace behind `tc tbf` (tests/netem.py), the server
(`seller-studio serve`) on the host side, and a headless Chromium on the watch page sampling
its own decoder (getStats). Used by tests/test_cap.py and bench/network.py."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from tests.browser import ViewerSample, start_sampling, summarize, viewer_samples
from tests.netem import ImpairedLink, Publisher, serve, stop_process

TOKEN = "cap-token"
_ESTIMATE = re.compile(r"estimate (\w[\w-]*)")


@dataclass(frozen=True, slots=True)
class Phase:
    seconds: float
    cap_kbit: int | None


@dataclass
class CapShow:
    """What happened, on one clock: seconds since the publisher connected."""

    phases: tuple[Phase, ...]
    rates: list[tuple[float, float]]  # (s, kbit/s the encoder produced that second)
    targets: list[tuple[float, float, int]]  # (s, controller target kbit/s, height)
    estimates: list[tuple[float, str]]  # (s, which estimate is in charge)
    viewer: list[ViewerSample]  # t re-based onto the same clock
    drops: int  # packets the cap dropped

    def phase_start(self, index: int) -> float:
        return sum(p.seconds for p in self.phases[:index])

    def cap_at(self, t: float) -> int | None:
        start = 0.0
        for phase in self.phases:
            if t < start + phase.seconds:
                return phase.cap_kbit
            start += phase.seconds
        return self.phases[-1].cap_kbit

    def rates_between(self, t0: float, t1: float) -> list[float]:
        return [r for t, r in self.rates if t0 <= t < t1]

    def over_cap(self, t0: float, t1: float) -> list[float]:
        """Times of the seconds in [t0, t1) the encoder produced more than the cap."""
        return [t for t, r in self.rates if t0 <= t < t1 and (cap := self.cap_at(t - 0.5)) and r > cap]

    def worst_window(self, t0: float, t1: float, window: float = 15.0) -> int:
        """Most seconds over the cap in any `window` s within [t0, t1)."""
        over = self.over_cap(t0, t1)
        if t1 - t0 <= window:
            return len(over)
        # The worst window starts at one of the seconds over (or ends at t1, if that is later).
        starts = [t0, *[min(t, t1 - window) for t in over]]
        return max(sum(1 for t in over if s <= t < s + window) for s in starts)

    def viewer_between(self, t0: float, t1: float):
        return summarize(self.viewer, t0, t1)

    def first_time(self, t0: float, pred) -> float | None:
        """Seconds after t0 until the first status line whose (rate, target) satisfies pred."""
        for (t, rate), (_t2, target, _h) in zip(self.rates, self.targets, strict=False):
            if t >= t0 and pred(rate, target):
                return t - t0
        return None


def run(browser, phases: tuple[Phase, ...], extra: tuple[str, ...] = (),
        env: dict[str, str] | None = None) -> CapShow:
    """Play `phases` (the first cap is on before the publisher starts), watching throughout.
    `env`: the publisher's environment on top of this one."""
    link = ImpairedLink.create()
    server = pub = page = None
    try:
        link.set_uplink_cap(phases[0].cap_kbit)
        server, url = serve(link, TOKEN)
        total = sum(p.seconds for p in phases)
        pub = Publisher(link, f"{url}/whip/show", TOKEN, int(total) + 10, extra, env)
        pub.wait_connected()
        t0 = time.monotonic()
        page = browser.new_page()
        page.goto(f"{url}/watch/show")
        page_zero = page.evaluate("() => performance.now()") / 1000 - (time.monotonic() - t0)
        start_sampling(page)
        for i, phase in enumerate(phases):
            if i:
                link.set_uplink_cap(phase.cap_kbit)
            time.sleep(max(0.0, t0 + sum(p.seconds for p in phases[:i + 1]) - time.monotonic()))
        samples = [ViewerSample(s.t - page_zero, s.frames, s.freezes, s.frozen_s, s.height)
                   for s in viewer_samples(page)]
        estimates = [(t - t0, m.group(1)) for t, line in list(pub.lines) if t >= t0
                     and (m := _ESTIMATE.search(line))]
        return CapShow(phases, pub.rates_since(t0), pub.targets_since(t0), estimates, samples,
                       link.uplink_drops())
    finally:
        if page is not None:
            page.close()
        if pub is not None:
            pub.stop()
        if server is not None:
            stop_process(server)
        link.close()
