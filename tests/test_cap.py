"""The show under an uplink bandwidth cap, end to end: the publisher in a network namespace
behind `tc tbf`, `seller-studio serve`, and an independent headless Chromium viewer measuring
its own frame rate and frozen time (tests/capshow.py)."""

from __future__ import annotations

import statistics

import pytest

from studio.transport.twcc import publisher_wants_twcc
from tests.browser import chromium  # noqa: F401 (fixture)
from tests.capshow import Phase, run
from tests.netem import unavailable

REASON = unavailable()
pytestmark = [pytest.mark.slow, pytest.mark.browser,
              pytest.mark.skipif(REASON is not None, reason=f"impairment harness: {REASON}")]


def test_a_1_mbit_cap_from_the_start(chromium):  # noqa: F811
    show = run(chromium, (Phase(35, 1000),))
    rates = show.rates_between(5, 35)
    viewer = show.viewer_between(5, 35)
    print(f"sender {[int(r) for _t, r in show.rates]} kbit/s; "
          f"median from 5 s {statistics.median(rates):.0f}; "
          f"over the cap at {show.over_cap(0, 35)}; worst 15 s window {show.worst_window(5, 35)} s; "
          f"viewer {viewer.fps:.1f} fps, {viewer.frozen * 100:.1f} % frozen, longest stall "
          f"{viewer.longest_stall_s:.1f} s, heights {viewer.heights}; cap drops {show.drops}; "
          f"estimate {sorted({e for _t, e in show.estimates})}")
    _assert_estimate(show)
    assert statistics.median(rates) <= 900, rates
    assert show.worst_window(5, 35) <= 1, show.over_cap(5, 35)
    assert viewer.fps >= 24, viewer
    assert viewer.frozen < 0.05, viewer


def test_a_cap_that_changes_mid_show(chromium):  # noqa: F811
    show = run(chromium, (Phase(12, 3000), Phase(15, 1000), Phase(22, 3000)))
    drop, lift = show.phase_start(1), show.phase_start(2)
    during = show.viewer_between(drop, lift)
    back = show.first_time(lift, lambda _rate, target: target > 2000)
    print(f"sender {[int(r) for _t, r in show.rates]} kbit/s; "
          f"targets {[int(r) for _t, r, _h in show.targets]}; "
          f"over the 1 Mbit/s cap at {show.over_cap(drop, lift)}; viewer under it {during.fps:.1f} fps, "
          f"{during.frozen * 100:.1f} % frozen, longest stall {during.longest_stall_s:.1f} s; target back "
          f"above 2 Mbit/s {back} s after the cap lifted; cap drops {show.drops}")
    _assert_estimate(show)
    assert during.longest_stall_s <= 1.2, during
    assert show.worst_window(drop + 3, lift) <= 1, show.over_cap(drop, lift)
    assert back is not None and back <= 15, show.targets


def _assert_estimate(show) -> None:
    """The estimate the environment asks for is the one in charge: GCC on transport-cc with
    STUDIO_TRANSPORT_CC=1 (the publisher inherits this environment), else the server's REMB +
    the loss rules (bench/network.py --cap compares both in one run)."""
    estimates = {e for _t, e in show.estimates}
    if publisher_wants_twcc():
        assert estimates == {"transport-cc"}, show.estimates
    else:
        assert "transport-cc" not in estimates, show.estimates
