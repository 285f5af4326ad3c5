"""Opus in-band FEC decoding (studio/transport/opusfec.py) with the real libopus: packets
encoded by PyAV's libopus as our publisher does, a third of them dropped."""

from __future__ import annotations

import fractions
from types import SimpleNamespace

import av
import numpy as np
import pytest

from studio.transport import opusfec
from studio.transport.opusfec import FecOpusDecoder

pytestmark = pytest.mark.skipif(opusfec.libopus() is None, reason="libopus is not installed")


def _packets(fec: bool) -> list[bytes]:
    rng = np.random.default_rng(1)
    t = np.arange(48_000 * 2) / 48_000
    voice = np.sin(2 * np.pi * 220 * t * (1 + 0.3 * np.sin(2 * np.pi * 0.7 * t))) * 6000
    x = (voice + rng.normal(0, 300, len(t))).astype(np.int16)
    ctx = av.CodecContext.create("libopus", "w")
    ctx.sample_rate, ctx.layout, ctx.format, ctx.bit_rate = 48_000, "mono", "s16", 64_000
    ctx.time_base = fractions.Fraction(1, 48_000)
    ctx.options = {"fec": "1" if fec else "0", "packet_loss": "10", "application": "voip"}
    out = []
    for i in range(0, len(x), 960):
        frame = av.AudioFrame.from_ndarray(x[i:i + 960].reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate, frame.pts = 48_000, i
        out += [bytes(p) for p in ctx.encode(frame)]
    return out


def _decode(decoder: FecOpusDecoder, packets: list[tuple[int, bytes]]) -> dict[int, np.ndarray]:
    frames = {}
    for n, data in packets:
        for f in decoder.decode(SimpleNamespace(data=data, timestamp=(n * 960 + 12345) & 0xFFFFFFFF)):
            frames[((f.pts - 12345) & 0xFFFFFFFF) // 960] = f.to_ndarray()[0, ::2].astype(float)
    return frames


def _recovered_snr_db(fec: bool) -> tuple[float, int, dict[int, np.ndarray]]:
    packets = _packets(fec)
    full = _decode(FecOpusDecoder(), list(enumerate(packets)))
    kept = [(n, p) for n, p in enumerate(packets) if n % 3 != 1]
    lossy = _decode(FecOpusDecoder(), kept)
    lost = range(1, len(packets), 3)
    snr = [10 * np.log10(np.sum(full[n] ** 2) / max(1.0, np.sum((full[n] - lossy[n]) ** 2)))
           for n in lost if n in lossy]
    return float(np.median(snr)), len(packets), lossy


def test_lost_frames_are_rebuilt_from_the_next_packets_fec():
    before = opusfec.STATS.snapshot()
    snr, count, frames = _recovered_snr_db(fec=True)
    after = opusfec.STATS.snapshot()
    assert sorted(frames) == list(range(count))  # no hole: every 20 ms has a frame, in order
    assert after["fec"] - before["fec"] == len(range(1, count, 3))
    assert snr > 15, f"FEC-rebuilt frames are {snr:.1f} dB from the real decode"
    # without FEC in the stream the same frames are only concealment: far from the real audio
    plc_snr, _, _ = _recovered_snr_db(fec=False)
    assert plc_snr < 5, plc_snr
    print(f"lost frames: {snr:.1f} dB SNR from FEC, {plc_snr:.1f} dB from concealment")


def test_longer_holes_are_concealed_and_pauses_left_alone():
    packets = _packets(fec=True)[:60]
    decoder = FecOpusDecoder()
    before = opusfec.STATS.snapshot()
    # 3 lost in a row: two concealed, the last rebuilt from FEC; then a 1 s pause: no fill
    kept = [(n, p) for n, p in enumerate(packets[:20]) if n not in (5, 6, 7)] + [(70, packets[20])]
    frames = _decode(decoder, kept)
    after = opusfec.STATS.snapshot()
    assert sorted(frames) == list(range(20)) + [70]
    assert after["fec"] - before["fec"] == 1 and after["concealed"] - before["concealed"] == 2


def test_install_makes_aiortc_decode_opus_with_fec():
    import aiortc.rtcrtpreceiver as receiver
    from aiortc.rtcrtpparameters import RTCRtpCodecParameters

    assert opusfec.install() and opusfec.install()  # idempotent
    opus = RTCRtpCodecParameters(mimeType="audio/opus", clockRate=48000, channels=2, payloadType=111)
    vp8 = RTCRtpCodecParameters(mimeType="video/VP8", clockRate=90000, payloadType=96)
    assert isinstance(receiver.get_decoder(opus), FecOpusDecoder)
    assert not isinstance(receiver.get_decoder(vp8), FecOpusDecoder)


def test_the_audio_jitter_buffer_hands_on_every_packet_that_arrived():
    """aiortc's own buffer stalls at a hole until 16 packets pile up and drops the pile; ours
    gives a hole up once `prefetch` packets wait behind it."""
    from aiortc.jitterbuffer import JitterBuffer
    from aiortc.rtp import RtpPacket

    from studio.transport.opusfec import AudioJitterBuffer

    rng = np.random.default_rng(7)
    arrived = [n for n in range(400) if rng.random() > 0.4]  # 40 % loss

    def run(buffer) -> list[int]:
        out = []
        for n in arrived:
            packet = RtpPacket(sequence_number=(65000 + n) & 0xFFFF, timestamp=n * 960)
            packet._data = bytes([n & 0xFF])
            _pli, frame = buffer.add(packet)
            if frame is not None:
                out.append(frame.timestamp // 960)
        return out

    ours = run(AudioJitterBuffer(capacity=16, prefetch=4))
    theirs = run(JitterBuffer(capacity=16, prefetch=4))
    assert ours == arrived[: len(arrived) - 4]  # all of them, in order, 4 held back
    assert len(theirs) < 0.5 * len(arrived)
    print(f"of {len(arrived)} packets that arrived: ours hands on {len(ours)}, aiortc's {len(theirs)}")
