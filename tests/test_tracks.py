"""FrameTrack (the VP8 fallback's picture feed) hands every sender a frame of its own.

aiortc's encoders rebase the pts/time_base of the frame they encode in place, while the shared
H.264 encode may still be using the same picture; found publishing VP8 into Janus
(tests/test_interop_janus.py), where the race now and then killed the VP8 sender."""

from __future__ import annotations

import asyncio
from fractions import Fraction

import numpy as np
from aiortc.codecs.vpx import Vp8Encoder

from studio.encode.live import LiveEncoder
from studio.media.demo import DemoVideoSource
from studio.media.frames import Frame, now_ns
from studio.transport.tracks import FrameTrack


async def test_each_vp8_sender_gets_its_own_frame():
    encoder = LiveEncoder()
    encoder.start()
    first, second = FrameTrack(encoder), FrameTrack(encoder)
    try:
        receiving = asyncio.gather(first.recv(), second.recv())
        await asyncio.sleep(0.05)  # both tracks subscribe on their first recv()
        encoder.push_video(Frame(DemoVideoSource().render(0, 0.0), now_ns(), 0))
        a, b = await asyncio.wait_for(receiving, 10)
        assert a is not b
        assert (a.pts, a.time_base) == (b.pts, b.time_base) and b.time_base == Fraction(1, 90_000)
        assert np.array_equal(a.to_ndarray(), b.to_ndarray())
        pts = b.pts
        Vp8Encoder().encode(a)  # rebases `a` in place to the codec's 1/1e6 time base
        assert a.time_base == Fraction(1, 1_000_000)
        assert (b.pts, b.time_base) == (pts, Fraction(1, 90_000))  # the other sender's is untouched
    finally:
        first.stop()
        second.stop()
        encoder.stop()
