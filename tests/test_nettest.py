"""The pre-live network test against the real embedded server: from the CLI on loopback,
from the window, and through a 1 Mbit/s cap (impairment harness)."""

from __future__ import annotations

import re
import subprocess
import time

import pytest

from studio.transport.nettest import PRESETS, recommend
from tests.conftest import studio_cmd
from tests.netem import ImpairedLink, serve, unavailable


def test_recommendations_leave_headroom():
    assert recommend(7000).label == "1080p30"
    assert recommend(5000).label == "720p30"  # 4.5 Mbit/s would leave only 10 % free
    assert recommend(1600).label == "540p30"
    assert recommend(300) is PRESETS[-1]


def _serve_loopback() -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(studio_cmd("serve", "--port", "0"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    m = re.search(r"Serving on (http://\S+)", proc.stdout.readline())
    assert m, proc.stderr.read()
    return proc, m.group(1)


@pytest.mark.slow
def test_cli_nettest_on_loopback_reports_within_10_seconds():
    server, url = _serve_loopback()
    try:
        t0 = time.monotonic()
        out = subprocess.run(studio_cmd("nettest", "--whip", f"{url}/whip/nettest"), capture_output=True,
                             text=True, timeout=60)
        took = time.monotonic() - t0
    finally:
        server.terminate()
        server.wait(10)
    assert out.returncode == 0, out.stderr
    last = out.stdout.strip().splitlines()[-1]
    m = re.search(r"Upload ≈ ([\d.]+) Mbit/s, round trip (\d+) ms, ([\d.]+) % loss\. "
                  r"Recommended: (\w+)", last)
    assert m, out.stdout
    print(out.stdout, f"(took {took:.1f} s including start-up)")
    assert float(m.group(1)) > 4.0  # loopback carries the top steps
    assert m.group(4) == "1080p30"
    assert took < 15  # ~10 s of test plus interpreter start-up


@pytest.mark.slow
def test_cli_nettest_refusal_is_a_sentence():
    server, url = _serve_loopback()
    try:
        out = subprocess.run(studio_cmd("nettest", "--whip", f"{url}/nowhere"), capture_output=True,
                             text=True, timeout=60)
    finally:
        server.terminate()
        server.wait(10)
    assert out.returncode == 2 and "404" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.slow
@pytest.mark.skipif(unavailable() is not None, reason=f"impairment harness: {unavailable()}")
def test_nettest_through_a_1_mbit_cap_recommends_a_small_preset():
    link = ImpairedLink.create()
    server, url = serve(link, "nt-token")
    try:
        link.set_uplink_cap(1000)
        proc = link.popen(studio_cmd("nettest", "--whip", f"{url}/whip/nettest", "--token", "nt-token"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = proc.communicate(timeout=60)
    finally:
        server.terminate()
        server.wait(10)
        link.close()
    assert proc.returncode == 0, err
    print(out)
    m = re.search(r"Upload ≈ ([\d.]+) Mbit/s.*Recommended: (\w+)", out)
    assert m, out
    assert float(m.group(1)) <= 1.3  # it measured the cap, not the loopback
    assert m.group(2) in ("540p30", "360p30")


def test_the_window_runs_the_test_and_says_the_result(make_window, qtbot):
    window = make_window()
    window.topbar.test_button.click()
    qtbot.waitUntil(lambda: window.topbar.test_button.text() == "Testing…", timeout=5000)
    qtbot.waitUntil(lambda: window.session.state.nettest not in (None, "running"), timeout=30000)
    qtbot.waitUntil(lambda: window.banner.current is not None and "Recommended" in window.banner.current[1],
                    timeout=5000)
    assert window.topbar.test_button.isEnabled()
    assert "Recommended" in window.topbar.test_button.toolTip()
