"""RED (RFC 2198) for Opus between our publisher and our embedded server.

Opus in-band FEC carries a low-bitrate copy of one frame back, so a frame is lost for good when
its packet and the next are both lost (16 % of frames at 40 % random loss). RED puts the
previous `DISTANCE` Opus frames, byte for byte, into each packet beside the current one; a
receiver that lost a packet decodes the frame exactly from a later packet's copy. At 40 %
random loss a frame is gone only when its packet and the next two are lost (0.4³ = 6 %), and
in-band FEC in the oldest copy reaches one frame further back.

* Negotiation, as Chromium does: `a=rtpmap:63 red/48000/2` and `a=fmtp:63 <opus>/<opus>`. Our
  publisher offers red *first* (the sender uses the first codec of the answer); the embedded
  server accepts red only when an offer puts it first, so its answer leads with red too (its
  WHIP ingest moves red first in a browser's offer: `studio.server.sdp.red_first`). A
  server that does not know red (Janus as configured in our tests, most WHIP servers) answers
  Opus alone, and the publisher sends plain Opus. No other peer (viewers, co-hosts, calls)
  negotiates red: it is dropped from every codec list that does not ask for it.
* Sending (`RedEncoder`, aiortc's encoder for `audio/red`): each packet is
  `[redundant headers][primary header][redundant data][primary data]`. Redundancy is spent
  only while the receiver reports loss (`RedPolicy`: RTCP RR fraction lost over 2 %, held
  for 10 s after the last lossy report), so a clean link pays one byte a packet.
* Receiving (`RedOpusDecoder`): the primary is decoded as usual; a redundant block whose
  frame has not been played yet (its own packet was lost) is decoded first, exactly, and
  counted in `opusfec.STATS.red`. The jitter buffer gives a hole up after 4 later packets, so
  the copy in the next packet (20 ms later) or the one after is always in time.

`install()` (idempotent) registers red with aiortc for the whole process."""

from __future__ import annotations

import os
import struct
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

import av

from studio.transport import opusfec

RED_PT = 63  # Chromium's choice; below the dynamic range, so RTP/RTCP demux stays unambiguous
DISTANCE = 2  # redundant frames per packet (the current one plus the previous two)
MAX_OFFSET = (1 << 14) - 1  # 14-bit timestamp offset of a redundant block
MAX_BLOCK = (1 << 10) - 1  # 10-bit length of a redundant block
MAX_PAYLOAD = 1000  # leave room under the MTU for SRTP and header extensions
LOSS_ON = 0.02  # RTCP fraction lost above which redundancy is spent
HOLD_S = 10.0  # redundancy stays on this long after the last lossy report


@dataclass(frozen=True, slots=True)
class RedBlock:
    pt: int
    timestamp: int  # RTP timestamp of this block's frame (mod 2³²)
    data: bytes


def pack(pt: int, timestamp: int, primary: bytes, redundant: Sequence[tuple[int, bytes]] = ()) -> bytes:
    """One RED payload: `redundant` is (RTP timestamp, Opus frame) oldest first, each earlier
    than `timestamp` by at most MAX_OFFSET and at most MAX_BLOCK bytes long."""
    headers = bytearray()
    for ts, data in redundant:
        offset = (timestamp - ts) & 0xFFFFFFFF
        if not 0 < offset <= MAX_OFFSET or len(data) > MAX_BLOCK:
            raise ValueError("a redundant block does not fit RED's 14-bit offset or 10-bit length")
        headers += struct.pack("!BH", 0x80 | pt, (offset << 2) | (len(data) >> 8)) + bytes([len(data) & 0xFF])
    headers.append(pt & 0x7F)
    return bytes(headers) + b"".join(data for _ts, data in redundant) + primary


def unpack(payload: bytes, timestamp: int) -> list[RedBlock]:
    """The blocks of a RED payload, oldest first, the primary last. ValueError when malformed."""
    headers: list[tuple[int, int, int]] = []  # (pt, offset, length)
    i = 0
    while True:
        if i >= len(payload):
            raise ValueError("RED payload ends inside its headers")
        first = payload[i]
        if not first & 0x80:  # the primary's one-byte header ends the list
            pt, i = first & 0x7F, i + 1
            break
        if i + 4 > len(payload):
            raise ValueError("RED payload ends inside a block header")
        word = int.from_bytes(payload[i + 1:i + 4], "big")
        headers.append((first & 0x7F, word >> 10, word & 0x3FF))
        i += 4
    blocks = []
    for block_pt, offset, length in headers:
        if i + length > len(payload):
            raise ValueError("a RED block is longer than the payload")
        blocks.append(RedBlock(block_pt, (timestamp - offset) & 0xFFFFFFFF, payload[i:i + length]))
        i += length
    blocks.append(RedBlock(pt, timestamp, payload[i:]))
    return blocks


class RedPolicy:
    """How many redundant frames to send, from the receiver's reports: `distance` while it
    reports loss over LOSS_ON, none after HOLD_S of clean reports (and before any report)."""

    def __init__(self, distance: int = DISTANCE) -> None:
        self.max_distance = distance
        self.distance = 0
        self._lossy_at = 0.0

    def report(self, fraction_lost: float, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        if fraction_lost > LOSS_ON:
            self.distance, self._lossy_at = self.max_distance, now
        elif self.distance and now - self._lossy_at > HOLD_S:
            self.distance = 0


@dataclass
class RedCounters:
    packets: int = 0
    primary_bytes: int = 0
    redundant_bytes: int = 0  # what redundancy (and RED's headers) cost on top


class RedEncoder:
    """aiortc's encoder for `audio/red`: Opus frames (pre-encoded packets from the shared
    encoder via `pack`, or audio frames via `encode`) wrapped in RED."""

    def __init__(self, opus_pt: int, policy: RedPolicy | None = None) -> None:
        self.opus_pt = opus_pt
        self.policy = policy or RedPolicy()
        self.counters = RedCounters()
        self._history: deque[tuple[int, bytes]] = deque(maxlen=self.policy.max_distance)
        self._opus = None  # aiortc's OpusEncoder, made on the first raw frame

    def pack(self, packet: av.Packet) -> tuple[list[bytes], int]:
        from aiortc.codecs.opus import OpusEncoder

        if self._opus is None:
            self._opus = OpusEncoder()
        payloads, ts = self._opus.pack(packet)
        return [self._wrap(p, ts) for p in payloads], ts

    def encode(self, frame: av.AudioFrame, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        from aiortc.codecs.opus import OpusEncoder

        if self._opus is None:
            self._opus = OpusEncoder()
        payloads, ts = self._opus.encode(frame, force_keyframe)
        return [self._wrap(p, ts) for p in payloads], ts

    def _wrap(self, primary: bytes, ts: int) -> bytes:
        n = self.policy.distance
        room = MAX_PAYLOAD - len(primary) - 1
        redundant: list[tuple[int, bytes]] = []
        for old_ts, data in reversed(list(self._history)[-n:] if n else []):  # newest first
            if not 0 < (ts - old_ts) & 0xFFFFFFFF <= MAX_OFFSET or not data or len(data) > MAX_BLOCK \
                    or len(data) + 4 > room:
                break
            redundant.insert(0, (old_ts, data))
            room -= len(data) + 4
        self._history.append((ts, primary))
        payload = pack(self.opus_pt, ts, primary, redundant)
        self.counters.packets += 1
        self.counters.primary_bytes += len(primary)
        self.counters.redundant_bytes += len(payload) - len(primary)
        return payload


class _PlainOpus:
    """aiortc's own Opus decoder with the interface RedOpusDecoder needs (no libopus here)."""

    def __init__(self) -> None:
        from aiortc.codecs.opus import OpusDecoder

        self._dec = OpusDecoder()
        self._next_ts: int | None = None

    def wants(self, ts: int) -> bool:
        return self._next_ts is not None and (ts - self._next_ts) & 0xFFFFFFFF < 25 * 960

    def decode(self, encoded_frame, recovered: bool = False) -> list[av.AudioFrame]:  # noqa: ANN001, ARG002
        frames = self._dec.decode(encoded_frame)
        if frames:
            self._next_ts = (encoded_frame.timestamp + sum(f.samples for f in frames)) & 0xFFFFFFFF
        return frames


class RedOpusDecoder:
    """aiortc's decoder for `audio/red`: redundant copies of frames not played yet, then the
    primary, through one Opus decoder (`FecOpusDecoder` where libopus is present)."""

    def __init__(self, opus: object | None = None) -> None:
        self.opus = opus if opus is not None else _PlainOpus()

    def decode(self, encoded_frame) -> list[av.AudioFrame]:  # noqa: ANN001 — aiortc's JitterFrame
        from aiortc.jitterbuffer import JitterFrame

        try:
            blocks = unpack(encoded_frame.data, encoded_frame.timestamp)
        except ValueError:
            return []
        with opusfec.STATS_LOCK:
            opusfec.STATS.red_bytes += len(encoded_frame.data)
            opusfec.STATS.red_primary_bytes += len(blocks[-1].data)
        out: list[av.AudioFrame] = []
        for block in blocks[:-1]:
            if block.data and self.opus.wants(block.timestamp):  # type: ignore[attr-defined]
                out += self.opus.decode(JitterFrame(block.data, block.timestamp), recovered=True)  # type: ignore[attr-defined]
        primary = blocks[-1]
        if primary.data:
            out += self.opus.decode(JitterFrame(primary.data, primary.timestamp))  # type: ignore[attr-defined]
        return out


# -- aiortc registration ---------------------------------------------------------------------------
def _is_red(codec: object) -> bool:
    return getattr(codec, "mimeType", "").lower() == "audio/red"


def primary_pt(codec: object) -> int | None:
    """The payload type red protects, from its fmtp (`111/111`)."""
    for key in getattr(codec, "parameters", {}) or {}:
        first = str(key).split("/")[0]
        if first.isdigit():
            return int(first)
    return None


def install() -> None:
    """Teach aiortc `audio/red` (idempotent): the codec, its negotiation rules, the sender's
    encoder and the receiver's decoder."""
    import aiortc.rtcpeerconnection as pcm
    import aiortc.rtcrtpreceiver as receiver
    import aiortc.rtcrtpsender as sender
    from aiortc.codecs import CODECS
    from aiortc.rtcrtpparameters import RTCRtpCodecParameters

    if getattr(pcm.filter_preferred_codecs, "studio_red", False) or os.environ.get("STUDIO_RED") == "0":
        return  # STUDIO_RED=0: plain Opus (for comparisons, bench/network.py --audio)
    opus = next(c for c in CODECS["audio"] if c.mimeType.lower() == "audio/opus")
    CODECS["audio"].append(RTCRtpCodecParameters(
        mimeType="audio/red", clockRate=48000, channels=2, payloadType=RED_PT,
        parameters={f"{opus.payloadType}/{opus.payloadType}": None}))

    find_common, filter_preferred = pcm.find_common_codecs, pcm.filter_preferred_codecs

    def find_common_codecs(local, remote):  # noqa: ANN001, ANN202
        common = find_common(local, remote)
        for codec in common:  # answer with the offerer's own fmtp (its Opus payload type)
            if _is_red(codec):
                theirs = next((c for c in remote if _is_red(c) and c.payloadType == codec.payloadType), None)
                if theirs is not None:
                    codec.parameters = dict(theirs.parameters)
        opus_pts = {c.payloadType for c in common if c.mimeType.lower() == "audio/opus"}
        return [c for c in common if not _is_red(c) or primary_pt(c) in opus_pts]

    def filter_preferred_codecs(codecs, preferred):  # noqa: ANN001, ANN202
        """Red only where asked for: in the preferences (our publisher), or first in a remote
        offer with no preferences here (our publisher, seen by the server's ingest)."""
        red = [c for c in codecs if _is_red(c)]
        asked = [p for p in preferred if _is_red(p)]
        rest = filter_preferred([c for c in codecs if not _is_red(c)],
                                [p for p in preferred if not _is_red(p)])
        if red and ((asked and _is_red(preferred[0])) or (not preferred and _is_red(codecs[0]))):
            return red[:1] + rest
        if red and asked:
            return rest + red[:1]
        return rest

    filter_preferred_codecs.studio_red = True  # type: ignore[attr-defined]
    pcm.find_common_codecs = find_common_codecs
    pcm.filter_preferred_codecs = filter_preferred_codecs

    make_encoder = sender.get_encoder

    def get_encoder(codec):  # noqa: ANN001, ANN202
        return RedEncoder(primary_pt(codec) or opus.payloadType) if _is_red(codec) else make_encoder(codec)

    sender.get_encoder = get_encoder

    if not opusfec.install():  # no libopus: red is still decoded, with aiortc's Opus decoder
        make_decoder = receiver.get_decoder

        def get_decoder(codec):  # noqa: ANN001, ANN202
            return RedOpusDecoder() if _is_red(codec) else make_decoder(codec)

        receiver.get_decoder = get_decoder


def sending_red(transceiver: object) -> bool:
    """True when the negotiated send codec of this (audio) transceiver is red."""
    codecs = getattr(transceiver, "_codecs", None) or []
    return bool(codecs) and _is_red(codecs[0])


def red_preferences() -> list[object]:
    """Codec preferences for a publisher's audio: red first, then Opus (and nothing else)."""
    from aiortc import RTCRtpSender

    caps = RTCRtpSender.getCapabilities("audio").codecs
    return [c for c in caps if _is_red(c)] + [c for c in caps if c.mimeType.lower() == "audio/opus"]


def follow_reports(rtp_sender: object) -> None:
    """Feed this sender's RTCP receiver reports to its RED encoder's policy (per instance)."""
    from aiortc.rtp import RtcpRrPacket, RtcpSrPacket

    original = rtp_sender._handle_rtcp_packet  # type: ignore[attr-defined]

    async def handle(packet) -> None:  # noqa: ANN001
        if isinstance(packet, (RtcpRrPacket, RtcpSrPacket)):
            encoder = getattr(rtp_sender, "_RTCRtpSender__encoder", None)
            if isinstance(encoder, RedEncoder):
                for report in packet.reports:
                    if report.ssrc == rtp_sender._ssrc:  # type: ignore[attr-defined]
                        encoder.policy.report(report.fraction_lost / 256)
        await original(packet)

    rtp_sender._handle_rtcp_packet = handle  # type: ignore[attr-defined]


def encoder_of(rtp_sender: object) -> RedEncoder | None:
    encoder = getattr(rtp_sender, "_RTCRtpSender__encoder", None)
    return encoder if isinstance(encoder, RedEncoder) else None
