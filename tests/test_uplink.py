"""The uplink adapter (studio/transport/uplink.py): which estimate drives the shared encoder,
and how fast. A real LiveEncoder (not started: its target is what is checked) and real aiortc
senders; transport-wide feedback is handed in as the TWCC layer would."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiortc import RTCPeerConnection
from aiortc.rtp import RTCP_PSFB_APP, RtcpPsfbPacket, pack_remb_fci

from studio.encode.abr import LinkReport
from studio.encode.live import LiveEncoder, LiveEncoderSettings
from studio.server.app import ServerSettings, StudioServer
from studio.transport.tracks import PacketTrack
from studio.transport.uplink import REMB, TRANSPORT_CC, UplinkAdapter, UplinkStatus
from studio.transport.whip import WhipPublisher
from tests.test_gcc import Result
from tests.webrtc_peers import feed_demo


def _adapter(transport_cc: bool):
    encoder = LiveEncoder(LiveEncoderSettings(bitrate=2_500_000))
    statuses: list[UplinkStatus] = []
    callbacks = []

    def feedback(_pc, on_feedback) -> bool:
        callbacks.append(on_feedback)
        return transport_cc

    pc = RTCPeerConnection()
    pc.addTrack(PacketTrack(encoder, "video"))
    adapter = UplinkAdapter(encoder, lambda: pc, statuses.append, feedback=feedback)
    adapter.watch(pc)
    return adapter, encoder, pc, statuses


def _queueing(seq0: int, t0: float, ms: float, growth_ms: float) -> list[Result]:
    """A 100 ms feedback report: a 1200-byte packet every 5 ms, each 1 ms later than spacing
    alone would have it (`growth_ms`: a queue filling), all received."""
    out = []
    for i in range(int(ms / 5)):
        send = t0 + i * 5
        out.append(Result(seq0 + i, send, 1200, send + 20 + (t0 / 5 + i) * growth_ms))
    return out


async def test_transport_cc_feedback_drives_the_encoder_and_cuts_at_once():
    adapter, encoder, pc, statuses = _adapter(True)
    try:
        assert adapter.estimate == TRANSPORT_CC and adapter.gcc is not None
        seq, t = 0, 0.0
        for _ in range(10):  # a clean link, 1.9 Mbit/s arriving
            adapter.on_feedback(t + 120, _queueing(seq, t, 100, 0.0))
            seq, t = seq + 20, t + 100
        steady = encoder.target_bitrate
        cut_at = None
        for k in range(20):  # the queue grows 1 ms per packet: overuse
            adapter.on_feedback(t + 120, _queueing(seq, t, 100, 1.0))
            seq, t = seq + 20, t + 100
            if cut_at is None and encoder.target_bitrate < steady:
                cut_at = k
        assert cut_at is not None and cut_at <= 5, "the overuse did not reach the encoder at once"
        # Cut to 0.85 × what arrived (1.92 Mbit/s) less the audio, and said so, with the
        # estimate in charge.
        assert encoder.target_bitrate <= 0.85 * 1_920_000 - 64_000
        assert statuses and statuses[-1].estimate == TRANSPORT_CC and statuses[-1].reason == "overuse"
    finally:
        await pc.close()


async def test_rises_reach_the_encoder_at_most_every_200_ms():
    adapter, encoder, pc, _statuses = _adapter(True)
    try:
        adapter.controller.bitrate = 1_000_000
        assert adapter.gcc is not None
        adapter.gcc.rate.bitrate = adapter.gcc.loss.bitrate = 1_000_000 + adapter.audio_bps
        encoder.set_bitrate(1_000_000)
        seen, seq, t = [], 0, 0.0
        for _ in range(30):  # feedback every 10 ms of wall time, each 100 ms of link time
            adapter.on_feedback(t + 120, _queueing(seq, t, 100, 0.0))
            seq, t = seq + 20, t + 100
            seen.append(encoder.target_bitrate)
            await asyncio.sleep(0.01)
        changes = sum(1 for a, b in zip(seen, seen[1:], strict=False) if b != a)
        assert seen[-1] > 1_000_000 and 1 <= changes <= 3, seen
    finally:
        await pc.close()


async def test_without_transport_cc_a_lower_remb_cuts_when_it_arrives():
    adapter, encoder, pc, statuses = _adapter(False)
    try:
        assert adapter.gcc is None
        sender = pc.getSenders()[0]

        def remb(bps: int) -> RtcpPsfbPacket:
            fci = pack_remb_fci(bps, [sender._ssrc])
            return RtcpPsfbPacket(fmt=RTCP_PSFB_APP, ssrc=1, media_ssrc=0, fci=fci)

        await sender._handle_rtcp_packet(remb(2_000_000))
        assert encoder.target_bitrate == 2_500_000  # not a fall: probing above it is the rules' call
        await sender._handle_rtcp_packet(remb(900_000))
        assert encoder.target_bitrate == 855_000  # a falling REMB: 0.95 × it, at once
        assert adapter.estimate == REMB and statuses[-1].estimate == REMB
        # Once a second the loss/RTT rules run as before, capped by the REMB.
        adapter.tick(10.0, LinkReport(fraction_lost=0.05, rtt_ms=30, remb_bps=900_000))
        assert encoder.target_bitrate <= 855_000
    finally:
        await pc.close()


async def test_silent_feedback_hands_over_to_the_remb_rules():
    adapter, encoder, pc, statuses = _adapter(True)
    try:
        adapter._last_feedback -= 10  # no feedback for 10 s
        adapter.tick(time.monotonic(), LinkReport(fraction_lost=0.3, rtt_ms=30, remb_bps=600_000))
        assert encoder.target_bitrate < 2_500_000 and adapter.estimate == REMB
        assert statuses[-1].estimate == REMB
    finally:
        await pc.close()


@pytest.mark.slow
async def test_the_embedded_servers_feedback_puts_gcc_in_charge(monkeypatch):
    """End to end on loopback: our WhipPublisher, the real embedded server sending transport-cc
    feedback; GCC (opted in) takes the encoder from its 1 Mbit/s start up at its own pace."""
    monkeypatch.setenv("STUDIO_TRANSPORT_CC", "1")
    server = StudioServer(ServerSettings(port=0, token="tok"))
    await server.start()
    encoder = LiveEncoder()
    encoder.start()
    encoder.set_bitrate(1_000_000)
    feeding = asyncio.ensure_future(feed_demo(encoder, 8))
    publisher = WhipPublisher(f"{server.base_url}/whip/show", encoder, token="tok")
    statuses: list[UplinkStatus] = []
    adapter = UplinkAdapter(encoder, lambda: publisher.pc, statuses.append, interval_s=0.5)
    try:
        await publisher.start()
        adapter.start()
        await asyncio.sleep(5)
    finally:
        await adapter.stop()
        await publisher.close()
        feeding.cancel()
        encoder.stop()
        await server.stop()
    assert statuses and {s.estimate for s in statuses} == {TRANSPORT_CC}, statuses
    rates = [bps for _t, bps, _h in adapter.history]
    # A clean link: no cut, a climb at about 8 %/s from 1 Mbit/s (~1.3 Mbit/s after 4 s).
    assert all(b >= a for a, b in zip(rates, rates[1:], strict=False)), rates
    assert 1_150_000 <= rates[-1] <= 1_600_000, rates


@pytest.mark.slow
async def test_reds_redundancy_is_taken_off_the_videos_share():
    """Our publisher sends RED to the real embedded server; once the receiver reports loss the
    redundancy (about twice the Opus rate) is measured and the encoder gets that much less."""
    from studio.encode.abr import Decision
    from studio.media.demo import DemoToneSource
    from studio.transport import red

    server = StudioServer(ServerSettings(port=0, token="tok"))
    await server.start()
    encoder = LiveEncoder()
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    feeding = asyncio.ensure_future(feed_demo(encoder, 6))
    publisher = WhipPublisher(f"{server.base_url}/whip/show", encoder, token="tok")
    adapter = UplinkAdapter(encoder, lambda: publisher.pc, interval_s=0.5)
    try:
        await publisher.start()
        audio = next(s for s in publisher.pc.getSenders() if s.track is not None and s.track.kind == "audio")
        await asyncio.sleep(1)
        red_encoder = red.encoder_of(audio)
        assert red_encoder is not None, "RED was not negotiated with our own server"
        adapter.measure_red(publisher.pc, time.monotonic())
        await asyncio.sleep(1)
        adapter.measure_red(publisher.pc, time.monotonic())
        clean = adapter.red_bps
        red_encoder.policy.report(0.2)  # the receiver reports 20 % loss: redundancy on
        await asyncio.sleep(0.2)
        adapter.measure_red(publisher.pc, time.monotonic())
        primary0 = red_encoder.counters.primary_bytes
        await asyncio.sleep(1.5)
        adapter.measure_red(publisher.pc, time.monotonic())
        share = (red_encoder.counters.primary_bytes - primary0) * 8 / 1.5
        lossy = adapter.red_bps
        adapter.apply(Decision(1_200_000, adapter.controller.rung, False, "hold"), LinkReport())
        target = encoder.target_bitrate
    finally:
        tone.stop()
        await publisher.close()
        feeding.cancel()
        encoder.stop()
        await server.stop()
    print(f"redundancy clean {clean} bit/s, under loss {lossy} bit/s (Opus itself ~{share:.0f}); "
          f"video target {target}")
    assert clean < 2_000  # one byte a packet
    assert 1.5 * share <= lossy <= 2.6 * share  # two earlier frames in each packet, and headers
    assert target == 1_200_000 - lossy
