"""Link quality: levels and hysteresis on constructed numbers, and a real pair of aiortc peer
connections on 127.0.0.1 measured by the collector."""

from __future__ import annotations

import asyncio

from aiortc import RTCConfiguration, RTCPeerConnection, VideoStreamTrack

from studio.transport.linkstats import LevelTracker, LinkStats, QualityLevel, StatsCollector, raw_level


def stats(**kw) -> LinkStats:
    return LinkStats("publish", "send", 0.0, packets=kw.pop("packets", 100), **kw)


def test_levels_follow_the_documented_thresholds():
    assert raw_level(stats(rtt_ms=20, fraction_lost=0.0, jitter_ms=2)) == QualityLevel.EXCELLENT
    assert raw_level(stats(rtt_ms=180, fraction_lost=0.0)) == QualityLevel.GOOD
    assert raw_level(stats(rtt_ms=40, fraction_lost=0.06)) == QualityLevel.POOR
    assert raw_level(stats(rtt_ms=40, fraction_lost=0.2)) == QualityLevel.BAD
    assert raw_level(stats(rtt_ms=700, fraction_lost=0.0)) == QualityLevel.BAD
    assert raw_level(stats(rtt_ms=20, fraction_lost=0.0, freeze_ms=1200)) == QualityLevel.BAD
    assert raw_level(stats(rtt_ms=20, fraction_lost=0.0, packets=0)) == QualityLevel.DOWN
    assert raw_level(stats(connection="failed")) == QualityLevel.DOWN
    assert raw_level(stats()) == QualityLevel.UNKNOWN


def test_worse_at_once_better_after_two_samples():
    t = LevelTracker()
    assert t.update(QualityLevel.EXCELLENT) == QualityLevel.EXCELLENT
    assert t.update(QualityLevel.BAD) == QualityLevel.BAD
    assert t.update(QualityLevel.GOOD) == QualityLevel.BAD  # one good sample is not a recovery
    assert t.update(QualityLevel.GOOD) == QualityLevel.GOOD
    assert t.update(QualityLevel.POOR) == QualityLevel.POOR


async def test_a_real_link_is_measured_and_goes_down_when_the_peer_leaves():
    sender = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    receiver = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    sender.addTrack(VideoStreamTrack())
    got = []

    @receiver.on("track")
    def on_track(track):
        async def drain():
            while True:
                await track.recv()

        got.append(asyncio.ensure_future(drain()))

    await sender.setLocalDescription(await sender.createOffer())
    await receiver.setRemoteDescription(sender.localDescription)
    await receiver.setLocalDescription(await receiver.createAnswer())
    await sender.setRemoteDescription(receiver.localDescription)
    up = StatsCollector("publish", lambda: [sender], "send", interval_s=0.5)
    down = StatsCollector("viewer", lambda: [receiver], "receive", interval_s=0.5)
    samples: list = []
    up.sampled.connect(samples.append)
    up.start()
    down.start()
    try:
        for _ in range(100):
            if any(s.stats.rtt_ms for s in samples) and len(down.history.samples) >= 3:
                break
            await asyncio.sleep(0.1)
        latest = up.history.latest
        assert latest is not None and latest.stats.bitrate_kbps > 5  # a still green frame: small
        assert any(s.stats.rtt_ms and s.stats.rtt_ms > 0 for s in samples)
        assert latest.level in (QualityLevel.EXCELLENT, QualityLevel.GOOD)
        rx = down.history.latest
        assert rx is not None and rx.stats.bitrate_kbps > 5 and rx.stats.fraction_lost == 0
        await sender.close()
        for _ in range(40):
            if down.history.latest.level == QualityLevel.DOWN:
                break
            await asyncio.sleep(0.1)
        assert down.history.latest.level == QualityLevel.DOWN
    finally:
        await up.stop()
        await down.stop()
        for task in got:
            task.cancel()
        await sender.close()
        await receiver.close()
