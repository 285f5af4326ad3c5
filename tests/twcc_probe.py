"""A WhipPublisher at a fixed bitrate that records its transport-wide feedback, for tests that
run it inside a network namespace (tests/netem.py):

    python -m tests.twcc_probe URL TOKEN SECONDS BITRATE OUT.json

prints "Connected" once live, then writes every sent packet (seq, send_ms, size, kind) and
every PacketResult the callback got (with the time it came) to OUT.json."""

from __future__ import annotations

import asyncio
import json
import sys
import time

from studio.encode.live import LiveEncoder, LiveEncoderSettings
from studio.media.demo import DemoToneSource
from studio.transport.twcc import PacketResult
from studio.transport.whip import WhipPublisher
from tests.webrtc_peers import feed_demo


async def main(url: str, token: str, seconds: float, bitrate: int, out: str) -> None:
    encoder = LiveEncoder(LiveEncoderSettings(width=640, height=360, bitrate=bitrate, min_bitrate=bitrate,
                                              preset="ultrafast", keyframe_interval_s=1.0))
    encoder.start()
    tone = DemoToneSource()
    tone.start(encoder.push_audio)
    feedback: list[tuple[float, list[PacketResult]]] = []
    publisher = WhipPublisher(url, encoder, token=token,
                              on_twcc=lambda now, results: feedback.append((now, results)))
    feeding = asyncio.ensure_future(feed_demo(encoder, seconds + 30))
    try:
        await publisher.start(timeout=20)
        print("Connected", flush=True)
        await asyncio.sleep(seconds)
    finally:
        await publisher.close()
        feeding.cancel()
        tone.stop()
        encoder.stop()
    twcc = publisher.twcc
    assert twcc is not None
    sent = [p for p in (twcc.sent(seq) for seq in range(twcc._next)) if p is not None]
    with open(out, "w") as f:
        json.dump({"negotiated": twcc.negotiated, "end_ms": time.monotonic() * 1000,
                   "sent": [[p.seq, p.send_ms, p.size, p.kind] for p in sent],
                   "feedback": [[now, [[r.seq, r.send_ms, r.size, r.arrival_ms] for r in results]]
                                for now, results in feedback]}, f)


if __name__ == "__main__":
    url, token, seconds, bitrate, out = sys.argv[1:6]
    asyncio.run(main(url, token, float(seconds), int(bitrate), out))
