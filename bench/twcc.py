"""What transport-wide congestion control costs per packet on the network loop, as a ratio to
aiortc's own work for the same packet (serialising it, `RtpPacket.serialize`), measured in the
same run. Prints figures; asserts nothing.

    .venv/bin/python bench/twcc.py [--packets 20000]

- sender, stamping: the extra work of a stamped serialise plus recording the packet in the
  send history (what `_StampingMap` and the ICE `_send` hook add);
- sender, feedback: parsing a 50-packet feedback packet and matching it with the history
  (`TwccFeedback.parse` + `TwccSender.handle`), per packet reported;
- receiver: noting an arrival (`TwccReceiver.on_packet`), and building the feedback
  (`TwccReceiver.build`), per packet.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiortc.rtcrtpparameters import RTCRtpHeaderExtensionParameters, RTCRtpParameters  # noqa: E402
from aiortc.rtp import HeaderExtensionsMap, RtpPacket  # noqa: E402

from studio.transport.twcc import (  # noqa: E402
    TWCC_URI,
    TwccFeedback,
    TwccPeer,
    TwccReceiver,
    TwccSender,
    _StampingMap,
)


class Ice:
    """Stands for aiortc's ICE transport: its `_send` is where the hook learns the size."""

    async def _send(self, data: bytes) -> None:
        return None


def drive(coro) -> None:  # noqa: ANN001
    try:
        coro.send(None)
    except StopIteration:
        pass

EXTENSIONS = [RTCRtpHeaderExtensionParameters(id=1, uri="urn:ietf:params:rtp-hdrext:sdes:mid"),
              RTCRtpHeaderExtensionParameters(id=3, uri="http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time"),
              RTCRtpHeaderExtensionParameters(id=5, uri=TWCC_URI)]


def per_packet_us(fn, n: int, rounds: int = 5) -> float:  # noqa: ANN001
    """Best of `rounds` runs of fn(n), in µs per packet."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(n)
        best = min(best, (time.perf_counter() - t0) / n * 1e6)
    return best


def packet() -> RtpPacket:
    p = RtpPacket(payload_type=102, sequence_number=1, timestamp=1234, ssrc=0x1234)
    p.payload = os.urandom(1200)
    p.extensions.mid = "0"
    p.extensions.abs_send_time = 0x123456
    return p


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--packets", type=int, default=20_000)
    n = ap.parse_args().packets

    plain = HeaderExtensionsMap()
    plain.configure(RTCRtpParameters(headerExtensions=EXTENSIONS[:2]))
    twcc = TwccSender(None, None)  # type: ignore[arg-type]
    stamping = _StampingMap(twcc, 1, HeaderExtensionsMap()._HeaderExtensionsMap__ids)  # type: ignore[attr-defined]
    stamping.configure(RTCRtpParameters(headerExtensions=EXTENSIONS))
    pkt = packet()
    plain_ice, hooked = Ice(), SimpleNamespace(transport=Ice())
    TwccPeer(None, twcc)._hook_send(hooked)  # type: ignore[arg-type]

    def reference(count: int) -> None:
        for _ in range(count):
            drive(plain_ice._send(pkt.serialize(plain)))

    def stamped(count: int) -> None:
        for _ in range(count):
            drive(hooked.transport._send(pkt.serialize(stamping)))

    ref_us = per_packet_us(reference, n)
    stamped_us = per_packet_us(stamped, n)

    # feedback: 50 packets per feedback packet, 1 in 10 lost
    total = twcc._next
    feedbacks = []
    for base in range(total - n, total, 50):
        arrivals = tuple(None if (base + i) % 10 == 0 else 1000 * 256 + 4 * (base + i - total + n)
                         for i in range(50))
        feedbacks.append(TwccFeedback(1, 2, base & 0xFFFF, 1000, 0, arrivals).pack()[4:])

    def feedback(count: int) -> None:
        twcc._state[:] = bytes(len(twcc._state))
        for data in feedbacks:
            twcc.handle(TwccFeedback.parse(data), 0.0)

    feedback_us = per_packet_us(lambda _n: feedback(_n), len(feedbacks) * 50)

    receiver = TwccReceiver(lambda data: None, 7)  # type: ignore[arg-type, return-value]
    receiver._stopped = True

    def arrivals(count: int) -> None:
        for i in range(count):
            receiver.on_packet(i & 0xFFFF, 0x1234, 1_000_000 + i * 400)
            if i % 50 == 49:
                receiver.build()

    def arrivals_only(count: int) -> None:
        for i in range(count):
            receiver.on_packet(i & 0xFFFF, 0x1234, 1_000_000 + i * 400)
        receiver._arrivals.clear()

    receive_us = per_packet_us(arrivals_only, n)
    build_us = per_packet_us(arrivals, n) - receive_us

    print(f"TWCC per packet ({n} packets, best of 5), against aiortc's serialise of the same packet")
    print(f"  {'aiortc serialise + send call (reference)':<44} {ref_us:6.2f} µs")
    def line(name: str, us: float) -> None:
        print(f"  {name:<44} {us:6.2f} µs   {us / ref_us:5.2f} × reference")

    line("sender: stamp + history (extra)", stamped_us - ref_us)
    line("sender: parse + match feedback", feedback_us)
    line("receiver: note arrival", receive_us)
    line("receiver: build feedback", build_us)

if __name__ == "__main__":
    main()
