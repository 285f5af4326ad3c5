"""The retransmission budget (studio/transport/rtxbudget.py): the rule on its own, then on a
real aiortc sender connected to a real receiver, NACKed through its own RTCP handler."""

from __future__ import annotations

import asyncio

import pytest
from aiortc import RTCPeerConnection, VideoStreamTrack
from aiortc.rtp import RTCP_RTPFB_NACK, RtcpRtpfbPacket

from studio.transport.rtxbudget import RetransmitBudget, limit_retransmissions


def test_a_packet_is_resent_at_most_once_per_round_trip():
    b = RetransmitBudget()
    assert b.allow(7, 1200, 0.0, 2_000_000, rtt_ms=120)
    assert not b.allow(7, 1200, 60.0, 2_000_000, rtt_ms=120)  # NACKed again with the next loss
    assert b.allow(7, 1200, 121.0, 2_000_000, rtt_ms=120)  # its resend was lost too: once more
    assert b.allow(8, 1200, 1.0, 2_000_000, rtt_ms=120)  # another packet is not held back
    # A LAN's round trip of 2 ms is no guard against a queue that has just grown: 50 ms at least.
    assert b.allow(9, 1200, 0.0, 2_000_000, rtt_ms=2)
    assert not b.allow(9, 1200, 20.0, 2_000_000, rtt_ms=2)
    assert b.stats.refused_repeat == 2 and b.stats.resent == 4


def test_retransmissions_stay_within_a_share_of_the_target_over_a_sliding_second():
    b = RetransmitBudget(share=0.25)
    target = 1_000_000  # 250 kbit/s of retransmissions a second: 26 packets of 1200 bytes
    resent = [seq for seq in range(200) if b.allow(seq, 1200, seq * 2.0, target, rtt_ms=10)]
    assert len(resent) == 26, resent
    assert b.stats.refused_budget == 200 - 26
    # A second later the window has slid: resending resumes, within the same share.
    later = [seq for seq in range(1000, 1100) if b.allow(seq, 1200, 1500 + (seq - 1000) * 2.0, target, 10)]
    assert len(later) == 26
    assert b.stats.resent_bytes * 8 <= 2 * 0.25 * target


def test_a_higher_target_allows_proportionally_more():
    low, high = RetransmitBudget(), RetransmitBudget()
    n_low = sum(low.allow(s, 1200, s * 1.0, 500_000, 10) for s in range(500))
    n_high = sum(high.allow(s, 1200, s * 1.0, 2_000_000, 10) for s in range(500))
    assert n_high == pytest.approx(4 * n_low, abs=1)


async def test_an_aiortc_sender_answers_repeated_nacks_once_and_within_its_budget():
    sender_pc, receiver_pc = RTCPeerConnection(), RTCPeerConnection()
    try:
        sender = sender_pc.addTrack(VideoStreamTrack())
        receiver_pc.addTransceiver("video", direction="recvonly")
        await receiver_pc.setLocalDescription(await receiver_pc.createOffer())
        await sender_pc.setRemoteDescription(receiver_pc.localDescription)
        await sender_pc.setLocalDescription(await sender_pc.createAnswer())
        await receiver_pc.setRemoteDescription(sender_pc.localDescription)
        history = sender._RTCRtpSender__rtp_history
        await asyncio.wait_for(wait_for_async(lambda: len(history) >= 40), 20)

        # An earlier wrapper (another module's) stays in the chain and sees what is resent.
        answered: list[int] = []
        earlier = sender._retransmit

        async def counting(seq: int) -> None:
            answered.append(seq)
            await earlier(seq)

        sender._retransmit = counting
        target = {"bps": 10_000_000}
        budget = limit_retransmissions(sender, lambda: target["bps"])
        assert limit_retransmissions(sender, lambda: target["bps"]) is budget  # once per sender
        seqs = sorted(p.sequence_number for p in list(history.values()))[-20:]
        nack = RtcpRtpfbPacket(fmt=RTCP_RTPFB_NACK, ssrc=1, media_ssrc=sender._ssrc, lost=seqs)
        for _ in range(5):  # the receiver repeats every missing packet with each new loss
            await sender._handle_rtcp_packet(nack)
        assert sorted(answered) == seqs, answered
        assert budget.stats.refused_repeat == 4 * len(seqs)

        # A small target: what is left of its second's share, and no more.
        answered.clear()
        target["bps"] = 100_000
        newer = sorted(p.sequence_number for p in list(history.values()) if p.sequence_number not in seqs)
        await sender._handle_rtcp_packet(RtcpRtpfbPacket(fmt=RTCP_RTPFB_NACK, ssrc=1,
                                                         media_ssrc=sender._ssrc, lost=newer))
        assert len(answered) < len(newer) and budget.stats.refused_budget >= len(newer) - len(answered)
        assert budget.stats.resent_bytes * 8 <= 0.25 * 10_000_000
    finally:
        await sender_pc.close()
        await receiver_pc.close()


async def wait_for_async(pred) -> None:  # noqa: ANN001
    while not pred():
        await asyncio.sleep(0.05)
