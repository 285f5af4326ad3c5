"""The video jitter buffer gives up holes retransmission cannot fill (studio/transport/videojitter.py),
fed real H.264 and VP8 streams packetised and depayloaded by aiortc and decoded back with PyAV."""

from __future__ import annotations

import time
from fractions import Fraction

import av
import numpy as np
import pytest
from aiortc.codecs import depayload, get_decoder
from aiortc.codecs.h264 import H264Encoder
from aiortc.jitterbuffer import JitterBuffer
from aiortc.rtcrtpparameters import RTCRtpCodecParameters
from aiortc.rtp import RtpPacket

from studio.transport.videojitter import VideoJitterBuffer, install, is_keyframe

H264 = RTCRtpCodecParameters(mimeType="video/H264", clockRate=90000, payloadType=102)
VP8 = RTCRtpCodecParameters(mimeType="video/VP8", clockRate=90000, payloadType=96)


def _frames(count: int) -> list[av.VideoFrame]:
    out = []
    for i in range(count):
        image = np.zeros((360, 640, 3), np.uint8)
        image[:, :, 1] = np.linspace(0, 255, 640, dtype=np.uint8)
        image[(i * 7) % 300:(i * 7) % 300 + 60, (i * 11) % 560:(i * 11) % 560 + 80] = (255, 64, 0)
        noise = np.random.default_rng(i).integers(0, 40, (360, 640, 3), dtype=np.uint8)
        out.append(av.VideoFrame.from_ndarray(image + noise, format="rgb24"))
    return out


def h264_stream(count: int, keyframes: set[int]) -> list[list[RtpPacket]]:
    """`count` frames of moving picture at ~2 Mbit/s, keyframes exactly at `keyframes`; each
    frame as the RTP packets aiortc sends, already depayloaded as its receiver does."""
    ctx = av.CodecContext.create("libx264", "w")
    ctx.width, ctx.height, ctx.pix_fmt = 640, 360, "yuv420p"
    ctx.time_base, ctx.framerate = Fraction(1, 90000), Fraction(30, 1)
    ctx.bit_rate = 2_000_000
    ctx.options = {"preset": "ultrafast", "tune": "zerolatency", "g": "1000", "keyint_min": "1000",
                   "sc_threshold": "0", "bf": "0"}
    ctx.profile = "Constrained Baseline"
    packer = H264Encoder()
    seq, out = 1000, []
    for i, frame in enumerate(_frames(count)):
        vf = frame.reformat(format="yuv420p")
        vf.pts, vf.time_base = i * 3000, Fraction(1, 90000)
        if i in keyframes:
            vf.pict_type = av.video.frame.PictureType.I
        for packet in ctx.encode(vf):
            assert packet.is_keyframe == (i in keyframes), i
            payloads, _ = packer.pack(packet)
            rtp = []
            for payload in payloads:
                p = RtpPacket(payload_type=102, sequence_number=seq % 65536, timestamp=i * 3000,
                              payload=payload)
                p._data = depayload(H264, payload)  # type: ignore[attr-defined]
                seq += 1
                rtp.append(p)
            out.append(rtp)
    return out


def decodes(frames: list[bytes]) -> int:
    """How many of these access units a fresh H.264 decoder turns into pictures, in order."""
    ctx = av.CodecContext.create("h264", "r")
    pictures = 0
    for data in frames:
        pictures += len(ctx.decode(av.Packet(data)))
    return pictures


def feed(buffer: JitterBuffer, packets: list[RtpPacket]) -> tuple[list[bool], list[bytes]]:
    plis, frames = [], []
    for packet in packets:
        pli, frame = buffer.add(packet)
        plis.append(pli)
        if frame is not None:
            frames.append(frame.data)
    return plis, frames


def test_an_outage_longer_than_the_senders_history_costs_one_keyframe_not_512_packets():
    # 2 s of a 2 Mbit/s stream lost (past aiortc's 128-packet retransmission history, short
    # of the 512 packets aiortc's own buffer waits for); the sender answers the PLI with a
    # keyframe at frame 75.
    stream = h264_stream(120, keyframes={0, 75})
    before, lost, after = stream[:10], stream[10:70], stream[70:]
    flat = lambda frames: [p for f in frames for p in f]  # noqa: E731
    assert 128 < len(flat(lost)) < 512, len(flat(lost))

    ours = VideoJitterBuffer(512)
    _, first = feed(ours, flat(before))
    plis, frames = feed(ours, flat(after))
    assert plis[0], "no keyframe asked for when the first packet after the outage arrived"
    assert frames and is_keyframe(frames[0]), "a frame without its reference reached the decoder"
    assert len(frames) == 120 - 75 - 1  # every frame from the keyframe on (the last waits for its successor)
    assert decodes(first + frames) == len(first) + len(frames)
    assert ours.holes_given_up == 1 and not ours.waiting_for_keyframe

    stock = JitterBuffer(capacity=512, is_video=True)  # what aiortc alone does
    feed(stock, flat(before))
    stock_plis, stock_frames = feed(stock, flat(after))
    # aiortc alone asks for nothing until 512 packets have piled up behind the hole: at 30
    # frames a second of this stream, most of a second more of frozen picture.
    waited = stock_plis.index(True)
    print(f"aiortc's buffer asks for a keyframe {waited} packets after the outage "
          f"({len(flat(lost))} lost); ours at once")
    assert waited >= 100


def test_a_hole_filled_by_a_retransmission_costs_nothing():
    stream = h264_stream(30, keyframes={0})
    packets = [p for f in stream for p in f]
    late = packets.pop(40)
    packets.insert(46, late)  # arrives 6 packets late, as a NACKed retransmission does
    buffer = VideoJitterBuffer(512)
    plis, frames = feed(buffer, packets)
    assert not any(plis) and buffer.holes_given_up == 0
    assert len(frames) == 29 and decodes(frames) == 29


def test_a_hole_never_filled_is_given_up_after_the_wait_and_its_retransmission_is_ignored():
    stream = h264_stream(40, keyframes={0, 20})
    packets = [p for f in stream for p in f]
    gone = stream[5][0]  # the first packet of frame 5, never resent
    buffer = VideoJitterBuffer(512, hole_wait_s=0.05)
    plis, frames = [], []
    for packet in packets:
        if packet is gone:
            continue
        if packet.timestamp == stream[8][0].timestamp:
            time.sleep(0.02)  # frames 6–8 arrive while the hole waits
        pli, frame = buffer.add(packet)
        plis.append(pli)
        frames.append(frame.data if frame else None)
        if packet is stream[25][0]:
            assert buffer.add(gone) == (False, None)  # too late: must not restart the buffer
    assert buffer.holes_given_up == 1 and any(plis)
    out = [f for f in frames if f is not None]
    # Frames 0–3, then from the keyframe at 20 on (frame 4 goes with the hole: aiortc knows a
    # frame is whole only when the next one's first packet arrives).
    assert len(out) == 4 + (40 - 20 - 1)
    assert is_keyframe(out[4]) and decodes(out) == len(out)


def test_the_keyframe_request_is_repeated_while_none_comes(monkeypatch):
    import studio.transport.videojitter as vj

    monkeypatch.setattr(vj, "PLI_REPEAT_S", 0.01)
    stream = h264_stream(60, keyframes={0})
    packets = [p for f in stream for p in f]
    buffer = VideoJitterBuffer(512)
    feed(buffer, packets[:20])
    plis = []
    for packet in packets[20 + 200:]:
        plis.append(buffer.add(packet)[0])
        time.sleep(0.002)
    assert plis[0] and sum(plis) >= 3 and buffer.waiting_for_keyframe


def test_keyframes_are_told_apart_in_h264_and_vp8():
    stream = h264_stream(3, keyframes={0})
    whole = [b"".join(p._data for p in frame) for frame in stream]  # type: ignore[attr-defined]
    assert is_keyframe(whole[0]) and not is_keyframe(whole[1])
    # The keyframe's first packets lost (parameter sets, the slice's start): the remaining
    # fragments carry no start code.
    assert len(stream[0]) > 3
    assert not is_keyframe(b"".join(p._data for p in stream[0][2:]))  # type: ignore[attr-defined]

    from aiortc.codecs.vpx import Vp8Encoder

    encoder = Vp8Encoder()
    datas = []
    for i, frame in enumerate(_frames(3)):
        frame.pts, frame.time_base = i * 3000, Fraction(1, 90000)
        payloads, _ = encoder.encode(frame, force_keyframe=i == 0)
        datas.append(b"".join(depayload(VP8, p) for p in payloads))
    assert is_keyframe(datas[0]) and not is_keyframe(datas[1]) and not is_keyframe(datas[2])


@pytest.mark.parametrize("order", ["opus first", "video first"])
def test_install_chains_with_the_audio_buffer_in_either_order(monkeypatch, order):
    import aiortc.rtcrtpreceiver as receiver

    from studio.transport import opusfec

    if opusfec.libopus() is None:
        pytest.skip("libopus is missing")
    monkeypatch.setattr(receiver, "JitterBuffer", JitterBuffer)
    monkeypatch.setattr(receiver, "get_decoder", get_decoder)  # aiortc's own, before opusfec
    monkeypatch.delattr(receiver, "studio_video_jitter", raising=False)
    monkeypatch.delenv("STUDIO_OPUS_FEC", raising=False)
    steps = [opusfec.install, install] if order == "opus first" else [install, opusfec.install]
    for step in steps + steps:  # twice: idempotent
        step()
    assert isinstance(receiver.JitterBuffer(capacity=512, is_video=True), VideoJitterBuffer)
    assert isinstance(receiver.JitterBuffer(capacity=16, prefetch=4), opusfec.AudioJitterBuffer)
