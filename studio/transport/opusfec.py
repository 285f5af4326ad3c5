"""Opus in-band FEC on our receivers (the server's WHIP ingest, co-hosts): a small ctypes
binding to the system libopus, since PyAV does not expose `decode_fec`.

aiortc's Opus decoder (PyAV) decodes only the packets that arrived, so a lost packet is a
hole in the audio. This decoder watches the RTP timestamps instead: when packets are
missing, the first packet after the hole is decoded twice — once with `decode_fec=1`, which
rebuilds the last missing 20 ms from the low-bitrate copy (LBRR) the sender put in it, and
once normally. Earlier missing frames in a longer hole get libopus's own concealment.
Gaps longer than `MAX_FILL_FRAMES` are a pause (the sender stopped), not loss.

aiortc's audio jitter buffer also stalls at the first missing packet until 16 more have
piled up, then throws the pile away: at 20 % loss two thirds of the packets that *arrived*
never reached the decoder. `AudioJitterBuffer` treats a hole as lost once `prefetch` later
packets are waiting (audio has no retransmission to wait for) and hands on every packet
that arrived.

`install()` makes aiortc use both for every audio receiver in the process (and decode RED
around Opus, studio/transport/red.py); `STATS` counts frames decoded from data, decoded from
a RED copy, rebuilt from FEC, and concealed."""

from __future__ import annotations

import ctypes
import ctypes.util
import fractions
import os
import threading
from dataclasses import dataclass

import av
import numpy as np
from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.utils import uint16_add

RATE = 48_000
FRAME = 960  # 20 ms at 48 kHz, the frame size every WebRTC Opus sender uses
CHANNELS = 2  # what aiortc's own decoder hands on
MAX_FILL_FRAMES = 25  # 0.5 s
TIME_BASE = fractions.Fraction(1, RATE)


@dataclass
class OpusStats:
    decoded: int = 0  # 20 ms frames from packets that arrived
    red: int = 0  # frames whose packet was lost, decoded from a later packet's RED copy (exact)
    fec: int = 0  # rebuilt from the next packet's in-band FEC
    concealed: int = 0  # libopus packet-loss concealment (no data)
    red_bytes: int = 0  # RED payloads received, all blocks and headers
    red_primary_bytes: int = 0  # of which the current frames (the rest is what RED costs)

    def snapshot(self) -> dict[str, int]:
        return {"decoded": self.decoded, "red": self.red, "fec": self.fec, "concealed": self.concealed,
                "red_bytes": self.red_bytes, "red_primary_bytes": self.red_primary_bytes}


STATS = OpusStats()
STATS_LOCK = threading.Lock()
_lib: ctypes.CDLL | None = None


def libopus() -> ctypes.CDLL | None:
    """The system libopus (None when missing: aiortc's own decoder is used then)."""
    global _lib
    if _lib is None:
        name = ctypes.util.find_library("opus") or "libopus.so.0"
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            return None
        lib.opus_decoder_create.restype = ctypes.c_void_p
        lib.opus_decoder_create.argtypes = [ctypes.c_int32, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
        lib.opus_decode.restype = ctypes.c_int
        lib.opus_decode.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int32,
                                    ctypes.POINTER(ctypes.c_int16), ctypes.c_int, ctypes.c_int]
        lib.opus_decoder_destroy.argtypes = [ctypes.c_void_p]
        _lib = lib
    return _lib


class FecOpusDecoder:
    """Same interface as aiortc's `OpusDecoder` (`decode(JitterFrame) -> [AudioFrame]`)."""

    def __init__(self, fill: bool = True) -> None:
        """`fill=False` decodes only what arrived (like aiortc's decoder; for comparisons)."""
        self.fill = fill
        lib = libopus()
        if lib is None:
            raise OSError("libopus is not installed")
        self._lib = lib
        err = ctypes.c_int()
        self._dec = lib.opus_decoder_create(RATE, CHANNELS, ctypes.byref(err))
        if err.value != 0 or not self._dec:
            raise OSError(f"opus_decoder_create failed ({err.value})")
        self._pcm = (ctypes.c_int16 * (FRAME * 6 * CHANNELS))()  # up to 120 ms
        self._next_ts: int | None = None

    def __del__(self) -> None:
        if getattr(self, "_dec", None):
            self._lib.opus_decoder_destroy(self._dec)
            self._dec = None

    def _run(self, data: bytes | None, frame_size: int, fec: bool) -> np.ndarray | None:
        n = self._lib.opus_decode(self._dec, data, len(data) if data else 0, self._pcm, frame_size,
                                  1 if fec else 0)
        if n <= 0:
            return None
        return np.ctypeslib.as_array(self._pcm)[: n * CHANNELS].copy()

    def wants(self, ts: int) -> bool:
        """True if the frame at RTP timestamp `ts` has not been played yet (a redundant copy
        of it is worth decoding); False before the first frame."""
        if self._next_ts is None:
            return False
        ahead = (ts - self._next_ts) & 0xFFFFFFFF
        return ahead < MAX_FILL_FRAMES * FRAME

    def decode(self, encoded_frame, recovered: bool = False) -> list[av.AudioFrame]:  # noqa: ANN001
        """Decode one packet (aiortc's JitterFrame: `data`, `timestamp`), filling any hole before
        it. `recovered`: the data is a lost packet's copy from RED (counted as such)."""
        data: bytes = encoded_frame.data
        ts: int = encoded_frame.timestamp
        out: list[av.AudioFrame] = []
        fec = concealed = 0
        if self._next_ts is not None:
            missing = ((ts - self._next_ts) & 0xFFFFFFFF) // FRAME
            if 0 < missing <= MAX_FILL_FRAMES and self.fill:
                for i in range(missing):
                    last = i == missing - 1
                    pcm = self._run(data if last else None, FRAME, fec=last)
                    if pcm is not None:
                        out.append(_frame(pcm, (self._next_ts + i * FRAME) & 0xFFFFFFFF))
                        fec += last
                        concealed += not last
        pcm = self._run(data, FRAME * 6, fec=False)
        if pcm is not None:
            out.append(_frame(pcm, ts))
            self._next_ts = (ts + len(pcm) // CHANNELS) & 0xFFFFFFFF
        with STATS_LOCK:
            STATS.decoded += pcm is not None and not recovered
            STATS.red += pcm is not None and recovered
            STATS.fec += fec
            STATS.concealed += concealed
        return out


class AudioJitterBuffer(JitterBuffer):
    """aiortc's jitter buffer for audio, but a hole does not block what came after it: once
    `prefetch` packets wait behind the oldest one, that one goes to the decoder and any gap
    before it is given up as lost (one RTP packet is one audio frame)."""

    def _remove_frame(self, sequence_number: int) -> JitterFrame | None:
        assert self._origin is not None
        span = uint16_add(sequence_number, -self._origin) + 1
        present = [i for i in range(min(span, self._capacity))
                   if self._packets[(self._origin + i) % self._capacity] is not None]
        if len(present) <= self._prefetch:
            return None
        first = present[0]
        packet = self._packets[(self._origin + first) % self._capacity]
        assert packet is not None
        self.remove(first + 1)
        return JitterFrame(data=packet._data, timestamp=packet.timestamp)  # type: ignore[attr-defined]


def _audio_jitter(previous: type[JitterBuffer] | object) -> object:
    """A jitter buffer factory: `AudioJitterBuffer` for audio, `previous` for video (aiortc's,
    or `videojitter`'s when that was installed first)."""

    def factory(capacity: int, prefetch: int = 0, is_video: bool = False) -> JitterBuffer:
        if is_video:
            return previous(capacity, prefetch, is_video)  # type: ignore[operator, no-any-return]
        return AudioJitterBuffer(capacity, prefetch)

    return factory


def _frame(pcm: np.ndarray, ts: int) -> av.AudioFrame:
    frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="stereo")
    frame.sample_rate = RATE
    frame.pts = ts
    frame.time_base = TIME_BASE
    return frame


def install() -> bool:
    """Make aiortc decode Opus with in-band FEC (idempotent). False without libopus."""
    import aiortc.rtcrtpreceiver as receiver

    if libopus() is None:
        return False
    original = receiver.get_decoder
    if getattr(original, "studio_fec", False):
        return True
    fill = os.environ.get("STUDIO_OPUS_FEC") != "0"  # "0": only what arrived, to compare

    def get_decoder(codec):  # noqa: ANN001, ANN202
        name = codec.name.lower()
        if name == "red":  # RFC 2198 around Opus (studio/transport/red.py)
            from studio.transport.red import RedOpusDecoder

            return RedOpusDecoder(FecOpusDecoder(fill))
        return FecOpusDecoder(fill) if name == "opus" else original(codec)

    get_decoder.studio_fec = True  # type: ignore[attr-defined]
    receiver.get_decoder = get_decoder
    if fill:
        receiver.JitterBuffer = _audio_jitter(receiver.JitterBuffer)  # type: ignore[misc, assignment]
    return True
