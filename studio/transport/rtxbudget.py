"""A budget for a video sender's retransmissions.

aiortc resends a packet every time a NACK names it, and its receiver (ours and the server's)
NACKs every packet still missing each time a new one goes missing. Under a bandwidth cap,
where the queue is full and drops come in runs, that multiplies: the same packets are resent
again and again while the first copies still wait in the queue. Measured behind a 1 Mbit/s
tbf cap with the encoder at 2 Mbit/s, 65–70 % of what the publisher put on the wire was
retransmissions (docs/network.md) — traffic that fills the very queue that drops the video.

libwebrtc bounds both: a packet is not resent again within one round trip
(`RtpPacketHistory`), and retransmissions go through a rate limiter. This does the same for
an aiortc `RTCRtpSender`, per instance:

* **the same packet at most once per round trip** (`max(RTT, MIN_REPEAT_MS)`: aiortc's RTT
  is a smoothed figure that lags a queue that has just grown);
* **at most `SHARE` of the target rate over the last second** (`WINDOW_MS`): past that, a
  NACK is not answered — the receiver's jitter buffer gives the hole up and asks for a
  keyframe (`studio/transport/videojitter.py`), which costs less than a retransmission storm
  in a full queue.

`RetransmitBudget` is the rule (pure: the caller passes the time); `limit_retransmissions`
wraps a sender's `_retransmit`, chaining any wrapper already there."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

RTP_HEADER_BYTES = 12 + 16 + 2 + 10  # header, SRTP tag, RTX's original sequence number, extensions


@dataclass(slots=True)
class RetransmitStats:
    resent: int = 0
    resent_bytes: int = 0
    refused_repeat: int = 0
    """NACKs for a packet already resent within the last round trip."""
    refused_budget: int = 0
    """NACKs not answered because retransmissions had used their share of the rate."""


class RetransmitBudget:
    SHARE = 0.25
    WINDOW_MS = 1000.0
    MIN_REPEAT_MS = 50.0
    DEFAULT_RTT_MS = 100.0

    def __init__(self, share: float = SHARE, window_ms: float = WINDOW_MS) -> None:
        self.share = share
        self.window_ms = window_ms
        self.stats = RetransmitStats()
        self._sent: deque[tuple[float, int]] = deque()  # (ms, bytes) resent within the window
        self._bytes = 0
        self._last_resend: dict[int, float] = {}  # sequence number → when it was last resent

    def allow(self, seq: int, size: int, now_ms: float, target_bps: float, rtt_ms: float | None) -> bool:
        """Whether to resend packet `seq` (`size` bytes on the wire) now; counts it if so."""
        repeat_ms = max(self.DEFAULT_RTT_MS if rtt_ms is None else rtt_ms, self.MIN_REPEAT_MS)
        last = self._last_resend.get(seq)
        if last is not None and now_ms - last < repeat_ms:
            self.stats.refused_repeat += 1
            return False
        while self._sent and self._sent[0][0] <= now_ms - self.window_ms:
            self._bytes -= self._sent.popleft()[1]
        if (self._bytes + size) * 8 * 1000 / self.window_ms > self.share * target_bps:
            self.stats.refused_budget += 1
            return False
        self._sent.append((now_ms, size))
        self._bytes += size
        self._last_resend[seq] = now_ms
        if len(self._last_resend) > 1024:  # aiortc keeps 128 packets; forget the oldest
            for old in list(self._last_resend)[:512]:
                del self._last_resend[old]
        self.stats.resent += 1
        self.stats.resent_bytes += size
        return True


def limit_retransmissions(sender: Any, target_bps: Callable[[], float]) -> RetransmitBudget:
    """Answer this aiortc `RTCRtpSender`'s NACKs within a `RetransmitBudget` of `target_bps()`
    (read at each NACK). Once per sender: a second call only replaces the target reader."""
    budget: RetransmitBudget | None = getattr(sender, "_studio_rtx_budget", None)
    if budget is not None:
        sender._studio_rtx_target = target_bps
        return budget
    budget = RetransmitBudget()
    sender._studio_rtx_budget = budget
    sender._studio_rtx_target = target_bps
    original = sender._retransmit  # aiortc's, or a wrapper installed before this one

    async def retransmit(sequence_number: int) -> None:
        packet = _in_history(sender, sequence_number)
        if packet is None:
            return  # aiortc would not resend it either: no longer in its history
        rtt_s = getattr(sender, "_RTCRtpSender__rtt", None)
        size = len(packet.payload) + RTP_HEADER_BYTES
        if budget.allow(sequence_number, size, time.monotonic() * 1000, sender._studio_rtx_target(),
                        None if rtt_s is None else rtt_s * 1000):
            await original(sequence_number)

    sender._retransmit = retransmit
    return budget


def _in_history(sender: Any, sequence_number: int) -> Any:
    from aiortc.rtcrtpsender import RTP_HISTORY_SIZE

    history = getattr(sender, "_RTCRtpSender__rtp_history", {})
    packet = history.get(sequence_number % RTP_HISTORY_SIZE)
    return packet if packet is not None and packet.sequence_number == sequence_number else None
