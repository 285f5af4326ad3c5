"""Delay and jitter through the user-space relay (tests/relay.py): the round trip the studio
measures grows by what the relay adds, and the publish link still carries the show."""

from __future__ import annotations

import pytest

from studio.transport.nettest import run_network_test
from tests.netem import ImpairedLink, serve, unavailable
from tests.relay import DelayProxy

REASON = unavailable()
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(REASON is not None, reason=f"impairment harness: {REASON}")]
TOKEN = "delay-token"


@pytest.fixture
def server():
    link = ImpairedLink.create()  # for a non-loopback address (aioice skips loopback)
    proc, url = serve(link, TOKEN)
    yield link, url
    proc.terminate()
    proc.wait(10)
    link.close()


async def test_round_trip_follows_the_relay_delay(server):
    link, url = server
    proxy = DelayProxy(url, link.host_ip)
    await proxy.start()
    try:
        direct = await run_network_test(f"{proxy.base_url}/whip/nettest", TOKEN, seconds=3.0)
        proxy.set(delay_ms=100, jitter_ms=20)
        delayed = await run_network_test(f"{proxy.base_url}/whip/nettest", TOKEN, seconds=6.0)
    finally:
        await proxy.stop()
    print(f"without delay: {direct.sentence()}\nwith 100 ± 20 ms each way: {delayed.sentence()}\n"
          f"steps: {delayed.steps}")
    assert direct.rtt_ms is not None and direct.rtt_ms < 50
    assert delayed.rtt_ms is not None and 170 <= delayed.rtt_ms <= 400
    assert delayed.uplink_kbps > 1000, delayed.steps  # delay alone does not cap the upload
