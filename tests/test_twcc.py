"""Transport-wide congestion control: the feedback packet's wire format, and both sides of the
wire on real aiortc peers (our WhipPublisher against the real embedded server)."""

from __future__ import annotations

import asyncio
import statistics
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.encode.live import LiveEncoder
from studio.media.demo import DemoToneSource
from studio.server.app import ServerSettings, StudioServer
from studio.transport.twcc import (
    TWCC_URI,
    PacketResult,
    TwccFeedback,
    TwccReceiver,
    encode_chunks,
    rtcp_packets,
    twcc_peer,
)
from studio.transport.whip import WhipPublisher
from tests.webrtc_peers import feed_demo


def roundtrip(feedback: TwccFeedback) -> TwccFeedback:
    data = feedback.pack()
    assert len(data) % 4 == 0
    [(packet_type, fmt, start, body_end, end)] = list(rtcp_packets(data))
    assert (packet_type, fmt, end) == (205, 15, len(data))
    return TwccFeedback.parse(data[start:body_end])


def chunk_kinds(symbols: list[int]) -> set[str]:
    kinds = set()
    data = encode_chunks(bytes(symbols))
    for i in range(0, len(data), 2):
        chunk = int.from_bytes(data[i:i + 2], "big")
        kinds.add("run" if not chunk & 0x8000 else "vector1" if not chunk & 0x4000 else "vector2")
    return kinds


def test_round_trip_uses_each_chunk_kind():
    ref = 1000
    base = ref * 256
    # a long run received with small deltas, then losses and large/negative deltas mixed in
    run = tuple(base + 4 * i for i in range(40))
    mixed_small = (base + 200, None, base + 201, None, None, base + 210, None, base + 211, base + 212,
                   None, base + 213, None, None, base + 214)
    mixed_large = (base + 5000, base + 4000, None, base + 4001, base - 300, None, base + 70_000 // 4)
    lost_run = (None,) * 9000  # longer than one run-length chunk holds (8191)
    arrivals = run + mixed_small + mixed_large + lost_run + (base + 70_000 // 4 + 1,)
    feedback = TwccFeedback(0x1234, 0x5678, 65000, ref, 255, arrivals)
    assert roundtrip(feedback) == feedback
    assert chunk_kinds([1] * 40) == {"run"}
    assert chunk_kinds([1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1]) == {"vector1"}
    assert chunk_kinds([2, 2, 0, 1, 2, 0, 1]) == {"vector2"}


def test_deltas_beyond_16_bits_are_refused_and_bad_input_is_an_error():
    with pytest.raises(ValueError):
        TwccFeedback(1, 2, 0, 0, 0, (0, 0x8000)).pack()
    with pytest.raises(ValueError):
        TwccFeedback(1, 2, 0, 0, 0, ()).pack()
    good = TwccFeedback(1, 2, 7, 3, 1, (3 * 256 + 1, None, 3 * 256 + 900)).pack()
    for cut in range(4, len(good) - 4):
        with pytest.raises(ValueError):
            TwccFeedback.parse(good[4:cut])
    reserved = bytearray(good[4:])
    reserved[16:18] = (0xC000 | (3 << 12)).to_bytes(2, "big")  # two-bit vector, symbol 3
    with pytest.raises(ValueError):
        TwccFeedback.parse(bytes(reserved))


arrival_lists = st.lists(st.one_of(st.none(), st.integers(-0x8000, 0x7FFF)), min_size=1, max_size=400)


@settings(max_examples=300, deadline=None)
@given(steps=arrival_lists, ref=st.integers(0, 0xFFFFFF), base=st.integers(0, 0xFFFF),
       count=st.integers(0, 255), ssrcs=st.tuples(st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1)))
def test_round_trip_property(steps, ref, base, count, ssrcs):
    tick = ref * 256
    arrivals = []
    for step in steps:
        if step is None:
            arrivals.append(None)
        else:
            tick += step
            arrivals.append(tick)
    feedback = TwccFeedback(*ssrcs, base, ref, count, tuple(arrivals))
    assert roundtrip(feedback) == feedback


@settings(max_examples=200, deadline=None)
@given(arrivals=st.lists(st.tuples(st.integers(0, 900), st.integers(0, 2_000_000)), min_size=1,
                         max_size=300),
       first=st.integers(0, 0xFFFF), clock=st.integers(0, 2**40))
def test_receiver_reports_every_packet_once_through_wrap_and_reordering(arrivals, first, clock):
    """What the receiver builds, read back, says exactly which packets arrived and when
    (to the 250 µs tick), however they were reordered, across the 16-bit wrap."""
    sent: list[bytes] = []
    receiver = TwccReceiver(lambda data: None, sender_ssrc=9)  # type: ignore[arg-type, return-value]
    receiver._stopped = True  # no feedback task: build() is called here
    expected: dict[int, int] = {}
    for offset, us in sorted(arrivals, key=lambda a: a[1]):
        receiver.on_packet((first + offset) & 0xFFFF, 42, clock + us)
        expected.setdefault(offset, (clock + us) // 250)
    sent = receiver.build()
    assert receiver.build() == []  # nothing new arrived
    seen: dict[int, int] = {}
    lost: set[int] = set()
    for data in sent:
        [(_pt, _fmt, start, body_end, _end)] = list(rtcp_packets(data))
        feedback = TwccFeedback.parse(data[start:body_end])
        assert feedback.media_ssrc == 42 and feedback.sender_ssrc == 9
        for i, tick in enumerate(feedback.arrivals):
            offset = (feedback.base_seq + i - first) & 0xFFFF
            if tick is None:
                lost.add(offset)
            else:
                assert offset not in seen
                seen[offset] = tick + (clock // 250 // 256 - (clock // 250 // 256 & 0xFFFFFF)) * 256
    # ticks are compared modulo the 24-bit reference wrap
    wrap = (1 << 24) * 256
    assert {k: v % wrap for k, v in seen.items()} == {k: v % wrap for k, v in expected.items()}
    assert lost.isdisjoint(seen)
    assert lost | set(seen) == set(range(min(expected), max(expected) + 1))


def test_sender_history_dedups_feedback_and_unwraps():
    from aiortc import RTCPeerConnection

    from studio.transport.twcc import TwccSender

    got: list[list[PacketResult]] = []
    twcc = TwccSender(RTCPeerConnection(), lambda now, results: got.append(results))
    for i in range(70_000):  # wraps the 16-bit number
        twcc._stamp(1)
        twcc._on_wire(100 + i % 7)
    last = twcc._next - 1
    base = (last - 9) & 0xFFFF
    ref = 0xFFFFFF  # about to wrap
    arrivals = tuple(None if i % 3 == 0 else ref * 256 + 4 * i for i in range(10))
    results = twcc.handle(TwccFeedback(1, 2, base, ref, 0, arrivals))
    assert [r.seq for r in results] == list(range(last - 9, last + 1))
    assert [r.arrival_ms is None for r in results] == [i % 3 == 0 for i in range(10)]
    assert results[1].size == twcc.sent(last - 8).size and results[1].arrival_ms == (ref * 256 + 4) / 4
    assert twcc.handle(TwccFeedback(1, 2, base, ref, 0, arrivals)) == []  # duplicate feedback
    # a packet reported lost arrives late: reported again, received; the reference time wrapped
    late = (0 * 256 + 1,) + (None,) * 9
    again = twcc.handle(TwccFeedback(1, 2, base, 0, 1, late))
    assert [(r.seq, r.arrival_ms) for r in again] == [(last - 9, ((1 << 24) * 256 + 1) / 4)]
    assert twcc.sent(last - 20_000) is None  # pruned: the history is bounded
    assert len(got) == 2


# --- end to end against the real embedded server ------------------------------------------


@pytest.fixture
async def server():
    srv = StudioServer(ServerSettings(port=0, token="tok"))
    await srv.start()
    yield srv
    await srv.stop()


@pytest.mark.slow
async def test_publisher_gets_feedback_from_embedded_server(server):
    encoder = LiveEncoder()
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    feeding = asyncio.ensure_future(feed_demo(encoder, 6))
    feedback: list[tuple[float, list[PacketResult]]] = []
    publisher = WhipPublisher(f"{server.base_url}/whip/show", encoder, token="tok",
                              on_twcc=lambda now, results: feedback.append((now, results)))
    try:
        await publisher.start()
        assert publisher.twcc is not None and publisher.twcc.negotiated
        assert publisher.pc is not None
        for sdp in (publisher.pc.localDescription.sdp, publisher.pc.remoteDescription.sdp):
            assert sdp.count(TWCC_URI) == 2 and "transport-cc" in sdp, sdp
        room = server.rooms["show"]
        assert room.publisher is not None
        ingest = twcc_peer(room.publisher.pc)
        assert ingest is not None
        sent_before = ingest.feedback_sent
        await asyncio.sleep(3.5)
        # one feedback packet every 50 ms (a few more when one holds too many packets)
        assert 3.5 / 0.1 <= ingest.feedback_sent - sent_before <= 3.5 / 0.05 * 1.5
        cutoff = time.monotonic() * 1000 - 1000
    finally:
        await publisher.close()
        feeding.cancel()
        tone.stop()
        encoder.stop()
    twcc = publisher.twcc
    sent = [twcc.sent(seq) for seq in range(twcc._next)]
    due = [p for p in sent if p is not None and p.send_ms < cutoff]
    assert len(due) > 300 and {p.kind for p in due} == {"audio", "video"}
    first_report: dict[int, float] = {}
    for now, results in feedback:
        for r in results:
            if r.arrival_ms is not None:
                first_report.setdefault(r.seq, now - r.send_ms)
    in_time = [p for p in due if first_report.get(p.seq, 1e9) <= 1000]
    assert len(in_time) >= 0.95 * len(due), (len(in_time), len(due))
    # On loopback the one-way delay barely moves: arrival deltas follow send deltas.
    received = sorted((r for _now, rs in feedback for r in rs if r.arrival_ms is not None),
                      key=lambda r: r.seq)
    offsets = [r.arrival_ms - r.send_ms for r in received]  # type: ignore[operator]
    floor = min(offsets)
    spread = [o - floor for o in offsets]
    assert statistics.median(spread) < 10, statistics.median(spread)
    assert max(r.size for r in received) <= 1500 and min(r.size for r in received) > 12
    assert twcc.stats.malformed == 0


async def test_peers_without_twcc_do_not_offer_it():
    from aiortc import RTCPeerConnection

    from studio.transport.twcc import enable_twcc

    plain, enabled = RTCPeerConnection(), RTCPeerConnection()
    enable_twcc(enabled)
    try:
        for pc in (plain, enabled):
            pc.addTransceiver("video", direction="sendonly")
            pc.addTransceiver("audio", direction="sendonly")
        plain_offer = await plain.createOffer()
        enabled_offer = await enabled.createOffer()
        assert TWCC_URI not in plain_offer.sdp and "transport-cc" not in plain_offer.sdp
        assert enabled_offer.sdp.count(TWCC_URI) == 2
        assert enabled_offer.sdp.count("transport-cc") >= 4  # opus + each video codec
        assert twcc_peer(enabled) is not None and twcc_peer(plain) is None
    finally:
        await plain.close()
        await enabled.close()

