"""Transport-wide congestion control (TWCC) on aiortc peers, both sides of the wire.

draft-holmer-rmcat-transport-wide-cc-extensions-01: the sender stamps one sequence number,
shared by every RTP packet of a peer connection (audio, video, retransmissions), in a header
extension; the receiver notes when each one arrived and sends back, every 50 ms, an RTCP
transport feedback packet (RTPFB, FMT=15) that says for each number whether it arrived and
when (a 64 ms reference time, then deltas in 250 µs units). The sender matches the report with
its own send times: one-way delay growth is what a delay-based estimator (`gcc.py`) needs.

aiortc parses and writes the extension but neither offers it, stamps it, nor sends or reads
the feedback. This module adds all of it to the peer connections it is given, and only those:

- `enable_twcc(pc)`: offer/accept transport-cc (the extmap and `a=rtcp-fb:<pt> transport-cc`
  on audio and video) and, as a receiver, send feedback for every packet that carries the
  extension (and no REMB for such streams, as libwebrtc). The embedded server's WHIP ingest
  uses it.
- `attach_twcc(pc, on_feedback)`: the same, plus, as a sender, stamp every outgoing packet,
  keep a bounded send history and hand the parsed feedback to `on_feedback(now_ms, results)`
  as `PacketResult`s. `WhipPublisher` uses it.

How it reaches into aiortc (pinned by tests/test_twcc.py: an aiortc upgrade that changes it
fails there): negotiation reads aiortc's module tables `CODECS`/`HEADER_EXTENSIONS` through a
view that adds transport-cc only while an enabled connection negotiates (a context variable, so
another connection negotiating at the same moment is not affected); a sender's header-extension
map stamps the number as the packet is serialised; the ICE transport's `_send` learns its size
on the wire (after SRTP) and the send time; the DTLS transport's RTCP handler takes the
feedback out before aiortc parses the rest; its RTP router sees every arriving packet."""

from __future__ import annotations

import asyncio
import contextvars
import copy
import logging
import os
import struct
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from aiortc import RTCPeerConnection
from aiortc.rtcrtpparameters import RTCRtcpFeedback, RTCRtpCodecParameters, RTCRtpHeaderExtensionParameters
from aiortc.rtp import HeaderExtensionsMap, RtpPacket

log = logging.getLogger(__name__)

TWCC_URI = "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01"
TWCC_EXTENSION_ID = 5  # aiortc uses 1-3; ids are shared across media under BUNDLE
TRANSPORT_CC = RTCRtcpFeedback(type="transport-cc")
RTCP_RTPFB = 205
TWCC_FMT = 15
TICK_US = 250  # receive deltas are in 250 µs units
REFERENCE_TICKS = 256  # the reference time is in 64 ms units = 256 ticks
FEEDBACK_INTERVAL_S = 0.05
HISTORY = 1 << 14  # sent packets remembered (~16 s at 1000 packets/s)
MAX_RECEIVED = 400  # arrivals per feedback packet: its deltas and chunks stay under an MTU
BACK_WINDOW = 1000  # a late packet this far behind the next report is still reported


@dataclass(frozen=True, slots=True)
class PacketResult:
    """One sent packet as the receiver's feedback reports it."""

    seq: int
    """Transport-wide sequence number, unwrapped (a monotonic int)."""
    send_ms: float
    """Our send time, monotonic ms."""
    size: int
    """Bytes on the wire (the SRTP packet; IP/UDP headers not counted)."""
    arrival_ms: float | None
    """The receiver's arrival time in ms on ITS clock (reference time + deltas); None = reported
    lost. A packet reported lost may be reported again, received, by a later feedback."""


# --- the feedback packet --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TwccFeedback:
    """One transport feedback packet (draft §3.1), in plain numbers."""

    sender_ssrc: int
    media_ssrc: int
    base_seq: int
    """16-bit transport sequence number of the first packet reported."""
    reference_time: int
    """24-bit, in 64 ms units."""
    fb_count: int
    """8-bit feedback packet count."""
    arrivals: tuple[int | None, ...]
    """Per packet from `base_seq`: its arrival in 250 µs ticks on the receiver's clock
    (`reference_time` × 256 + the deltas so far), or None when not received."""

    def pack(self) -> bytes:
        """The whole RTCP packet (header, FCI, padding). Raises ValueError when a delta does not
        fit in 16 bits or the packet reports no packet or more than 65535."""
        count = len(self.arrivals)
        if not 0 < count <= 0xFFFF:
            raise ValueError(f"a feedback packet reports 1–65535 packets, not {count}")
        symbols = bytearray(count)
        deltas = bytearray()
        previous = self.reference_time * REFERENCE_TICKS
        for i, tick in enumerate(self.arrivals):
            if tick is None:
                continue
            delta = tick - previous
            previous = tick
            if 0 <= delta <= 0xFF:
                symbols[i] = 1
                deltas.append(delta)
            elif -0x8000 <= delta <= 0x7FFF:
                symbols[i] = 2
                deltas += delta.to_bytes(2, "big", signed=True)
            else:
                raise ValueError(f"receive delta {delta} does not fit in 16 bits")
        body = struct.pack("!IIHHI", self.sender_ssrc, self.media_ssrc, self.base_seq & 0xFFFF, count,
                           ((self.reference_time & 0xFFFFFF) << 8) | (self.fb_count & 0xFF))
        body += encode_chunks(symbols) + deltas
        padding = -len(body) % 4
        if padding:
            body += bytes(padding - 1) + bytes([padding])
        return struct.pack("!BBH", 0x80 | (0x20 if padding else 0) | TWCC_FMT, RTCP_RTPFB,
                           len(body) // 4) + body

    @classmethod
    def parse(cls, fci: bytes) -> TwccFeedback:
        """From the packet's body after the 4-byte RTCP header, padding removed. Raises
        ValueError when it is truncated or uses the reserved symbol."""
        if len(fci) < 16:
            raise ValueError("transport feedback is shorter than its fixed fields")
        sender, media, base, count, ref_fb = struct.unpack_from("!IIHHI", fci)
        symbols: list[int] = []
        pos = 16
        end = len(fci)
        while len(symbols) < count:
            if pos + 2 > end:
                raise ValueError("transport feedback status chunks are truncated")
            chunk = (fci[pos] << 8) | fci[pos + 1]
            pos += 2
            if not chunk & 0x8000:  # run length: symbol, 13-bit run
                run = chunk & 0x1FFF
                symbols.extend([(chunk >> 13) & 3] * min(run, count - len(symbols)))
            elif not chunk & 0x4000:  # status vector, 14 one-bit symbols
                symbols.extend((chunk >> (13 - i)) & 1 for i in range(14))
            else:  # status vector, 7 two-bit symbols
                symbols.extend((chunk >> (12 - 2 * i)) & 3 for i in range(7))
        reference = ref_fb >> 8
        tick = reference * REFERENCE_TICKS
        arrivals: list[int | None] = []
        for symbol in symbols[:count]:
            if symbol == 0:
                arrivals.append(None)
            elif symbol == 1:
                if pos >= end:
                    raise ValueError("transport feedback receive deltas are truncated")
                tick += fci[pos]
                pos += 1
                arrivals.append(tick)
            elif symbol == 2:
                if pos + 2 > end:
                    raise ValueError("transport feedback receive deltas are truncated")
                tick += int.from_bytes(fci[pos:pos + 2], "big", signed=True)
                pos += 2
                arrivals.append(tick)
            else:
                raise ValueError("transport feedback uses the reserved status symbol")
        return cls(sender, media, base, reference, ref_fb & 0xFF, tuple(arrivals))


def encode_chunks(symbols: bytes | bytearray) -> bytes:
    """Packet status chunks for symbols 0 (not received), 1 (small delta), 2 (large or negative
    delta): a run-length chunk for a run, else a one-bit vector of 14 when no large delta is
    among them, else a two-bit vector of 7. A last vector is padded with "not received",
    which the status count makes the reader ignore."""
    out = bytearray()
    n = len(symbols)
    i = 0
    while i < n:
        symbol = symbols[i]
        run = 1
        while i + run < n and symbols[i + run] == symbol and run < 0x1FFF:
            run += 1
        window = symbols[i:i + 14]
        if run >= 14 or (run >= 7 and max(window) == 2) or i + run == n:
            out += ((symbol << 13) | run).to_bytes(2, "big")
            i += run
        elif max(window) <= 1:
            value = 0x8000
            for k, s in enumerate(window):
                value |= s << (13 - k)
            out += value.to_bytes(2, "big")
            i += 14
        else:
            value = 0xC000
            for k, s in enumerate(symbols[i:i + 7]):
                value |= s << (12 - 2 * k)
            out += value.to_bytes(2, "big")
            i += 7
    return bytes(out)


def rtcp_packets(data: bytes) -> Iterator[tuple[int, int, int, int, int]]:
    """(packet type, count/FMT, start of body, end of body without padding, end of packet) of
    each packet of a compound RTCP packet; stops at the first malformed one."""
    pos = 0
    size = len(data)
    while pos + 4 <= size:
        first = data[pos]
        end = pos + 4 + ((data[pos + 2] << 8) | data[pos + 3]) * 4
        if first >> 6 != 2 or end > size:
            return
        body_end = end
        if first & 0x20:
            pad = data[end - 1]
            if not 0 < pad <= end - pos - 4:
                return
            body_end -= pad
        yield data[pos + 1], first & 0x1F, pos + 4, body_end, end
        pos = end


# --- sender side --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SentPacket:
    seq: int
    send_ms: float
    size: int
    kind: str


@dataclass
class TwccSenderStats:
    stamped: int = 0
    feedback_packets: int = 0
    reported_received: int = 0
    reported_lost: int = 0
    malformed: int = 0


class TwccSender:
    """One peer connection's transport-wide numbering, send history and feedback reader."""

    KINDS = ("audio", "video", "rtx")

    def __init__(self, pc: RTCPeerConnection,
                 on_feedback: Callable[[float, list[PacketResult]], None] | None = None) -> None:
        self.pc = pc
        self.on_feedback = on_feedback
        self.stats = TwccSenderStats()
        self._next = 0  # the next sequence number (unwrapped)
        self._pending = -1  # stamped, not yet on the wire
        self._pending_kind = 0
        self._seq = [-1] * HISTORY
        self._send_ms = [0.0] * HISTORY
        self._size = [0] * HISTORY
        self._kind = bytearray(HISTORY)
        self._state = bytearray(HISTORY)  # 0 no feedback yet, 1 reported lost, 2 reported received
        self._ref_raw: int | None = None
        self._ref: int = 0
        self._rtx_types: frozenset[int] = frozenset()  # payload types of retransmissions

    @property
    def negotiated(self) -> bool:
        """True once the remote description accepted transport-cc for a stream we send (False:
        fall back to REMB and receiver reports)."""
        if self.pc.remoteDescription is None:
            return False
        for t in self.pc.getTransceivers():
            if t.direction in ("sendonly", "sendrecv") and \
                    any(e.uri == TWCC_URI for e in t._headerExtensions):
                return True
        return False

    def sent(self, seq: int) -> SentPacket | None:
        """What the history holds for `seq` (None once pruned or never sent)."""
        slot = seq & (HISTORY - 1)
        if self._seq[slot] != seq:
            return None
        return SentPacket(seq, self._send_ms[slot], self._size[slot], self.KINDS[self._kind[slot]])

    def _stamp(self, kind: int) -> int:
        seq = self._next
        self._next = seq + 1
        self._pending = seq
        self._pending_kind = kind
        self.stats.stamped += 1
        return seq & 0xFFFF

    def _on_wire(self, size: int, payload_type: int) -> None:
        seq = self._pending
        self._pending = -1
        slot = seq & (HISTORY - 1)
        self._seq[slot] = seq
        self._send_ms[slot] = time.monotonic() * 1000.0
        self._size[slot] = size
        self._kind[slot] = 2 if payload_type in self._rtx_types else self._pending_kind
        self._state[slot] = 0

    def handle(self, feedback: TwccFeedback, now_ms: float | None = None) -> list[PacketResult]:
        """Match one feedback packet with the history; hand the results on (and return them).
        Packets already reported are left out (duplicate feedback), except a packet first
        reported lost and now received."""
        now_ms = time.monotonic() * 1000.0 if now_ms is None else now_ms
        self.stats.feedback_packets += 1
        last = self._next - 1
        if last < 0:
            return []
        base = last - ((last - feedback.base_seq) & 0xFFFF)
        # the reference time wraps every 2^24 × 64 ms: unwrap it against the last one seen
        raw = feedback.reference_time
        if self._ref_raw is None:
            self._ref = raw
        else:
            step = (raw - self._ref_raw) & 0xFFFFFF
            self._ref += step - (1 << 24) if step >= 1 << 23 else step
        self._ref_raw = raw
        shift = (self._ref - raw) * REFERENCE_TICKS
        results: list[PacketResult] = []
        append = results.append
        seqs, send_ms, sizes, states = self._seq, self._send_ms, self._size, self._state
        mask = HISTORY - 1
        received = lost = 0
        for i, tick in enumerate(feedback.arrivals):
            seq = base + i
            if seq > last:
                break
            slot = seq & mask
            if seqs[slot] != seq:
                continue
            state = states[slot]
            if tick is None:
                if state:
                    continue
                states[slot] = 1
                append(PacketResult(seq, send_ms[slot], sizes[slot], None))
                lost += 1
            elif state != 2:
                states[slot] = 2
                append(PacketResult(seq, send_ms[slot], sizes[slot], (tick + shift) * 0.25))
                received += 1
        self.stats.reported_received += received
        self.stats.reported_lost += lost
        if results and self.on_feedback is not None:
            try:
                self.on_feedback(now_ms, results)
            except Exception:  # the estimator's bug must not stop RTCP handling
                log.exception("TWCC feedback callback failed")
        return results


class _StampingMap(HeaderExtensionsMap):
    """A sender's header-extension map that stamps the next transport-wide number as aiortc
    serialises each packet (retransmissions too: each is a new packet on the wire)."""

    def __init__(self, twcc: TwccSender, kind: int, ids: Any) -> None:
        super().__init__()
        self._HeaderExtensionsMap__ids = ids  # shared with the map it replaces: configure() fills it
        self._twcc = twcc
        self._kind_code = kind

    def set(self, values: Any) -> tuple[int, bytes]:
        if self._HeaderExtensionsMap__ids.transport_sequence_number:
            values.transport_sequence_number = self._twcc._stamp(self._kind_code)
        return super().set(values)


# --- receiver side ------------------------------------------------------------------------


class TwccReceiver:
    """Arrival times of one DTLS transport's packets, fed back every `interval` seconds."""

    def __init__(self, send: Callable[[bytes], Awaitable[None]], sender_ssrc: int,
                 interval: float = FEEDBACK_INTERVAL_S) -> None:
        self._send = send
        self.sender_ssrc = sender_ssrc
        self.interval = interval
        self.feedback_sent = 0
        self._arrivals: dict[int, int] = {}  # unwrapped seq → arrival tick (250 µs)
        self._start: int | None = None  # first sequence number the next feedback reports
        self._max = -1
        self._last_wire = -1
        self._last = 0
        self._media_ssrc = 0
        self._fb_count = 0
        self._task: asyncio.Task[None] | None = None
        self._stopped = False

    def on_packet(self, wire_seq: int, ssrc: int, now_us: int) -> None:
        if self._last_wire < 0:
            seq = (1 << 16) + wire_seq  # room below for reordered first packets
            self._last, self._last_wire = seq, wire_seq
        else:
            step = ((wire_seq - self._last_wire + 0x8000) & 0xFFFF) - 0x8000
            seq = self._last + step
            if step > 0:
                self._last, self._last_wire = seq, wire_seq
        self._media_ssrc = ssrc
        start = self._start
        if start is None:
            self._start = seq
        elif seq < start:
            if start - seq > BACK_WINDOW:
                return
            self._start = seq
        self._arrivals.setdefault(seq, now_us // TICK_US)
        if seq > self._max:
            self._max = seq
        if self._task is None and not self._stopped:
            self._task = asyncio.ensure_future(self._run())

    def build(self) -> list[bytes]:
        """Feedback packets for everything since the last feedback ([] if nothing arrived)."""
        if not self._arrivals or self._start is None:
            return []
        arrivals, self._arrivals = self._arrivals, {}
        start, end = max(self._start, self._max - 0x7FFF), self._max
        self._start = end + 1
        packets: list[bytes] = []
        seq = start
        while seq <= end:
            first_seq = seq
            while first_seq <= end and first_seq not in arrivals:
                first_seq += 1
            if first_seq > end:
                break
            reference = arrivals[first_seq] // REFERENCE_TICKS
            shift = (reference - (reference & 0xFFFFFF)) * REFERENCE_TICKS
            base = seq
            ticks: list[int | None] = []
            previous = reference * REFERENCE_TICKS
            received = 0
            while seq <= end and received < MAX_RECEIVED:
                tick = arrivals.get(seq)
                if tick is None:
                    ticks.append(None)
                elif -0x8000 <= tick - previous <= 0x7FFF:
                    previous = tick
                    ticks.append(tick - shift)
                    received += 1
                else:  # too far from the last one: the next packet starts here
                    break
                seq += 1
            while ticks[-1] is None:  # lost packets at the end go into the next one
                ticks.pop()
            seq = base + len(ticks)
            packets.append(TwccFeedback(self.sender_ssrc, self._media_ssrc, base & 0xFFFF,
                                        reference & 0xFFFFFF, self._fb_count, tuple(ticks)).pack())
            self._fb_count = (self._fb_count + 1) & 0xFF
        return packets

    async def _run(self) -> None:
        try:
            while True:
                await asyncio.sleep(self.interval)
                for packet in self.build():
                    await self._send(packet)
                    self.feedback_sent += 1
        except ConnectionError:  # the transport closed
            pass
        except asyncio.CancelledError:
            pass

    def stop(self) -> None:
        self._stopped = True
        if self._task is not None:
            self._task.cancel()
            self._task = None


def publisher_wants_twcc() -> bool:
    """Whether our publishers offer transport-cc and run GCC on its feedback (opt-in for now,
    `STUDIO_TRANSPORT_CC=1`). Our server stops sending REMB on a stream that negotiated
    transport-cc (as libwebrtc does), so offering it by default would leave the default
    REMB + loss controller without its estimate; see `studio.transport.uplink.attach_feedback`."""
    return os.environ.get("STUDIO_TRANSPORT_CC") == "1"


# --- wiring into aiortc -------------------------------------------------------------------

_NEGOTIATING: contextvars.ContextVar[bool] = contextvars.ContextVar("studio_twcc", default=False)


class _TwccTable(dict):  # type: ignore[type-arg]
    """aiortc's CODECS or HEADER_EXTENSIONS as rtcpeerconnection reads it: the same entries,
    plus transport-cc while an enabled connection negotiates."""

    def __init__(self, base: dict[str, list[Any]], add: Callable[[str, list[Any]], list[Any]]) -> None:
        super().__init__(base)
        self.base = base
        self._add = add

    def __getitem__(self, kind: str) -> list[Any]:
        items = self.base[kind]
        return self._add(kind, items) if _NEGOTIATING.get() else items


def _with_extension(kind: str, items: list[RTCRtpHeaderExtensionParameters]) -> list[Any]:
    if kind not in ("audio", "video") or any(e.uri == TWCC_URI for e in items):
        return items
    return [*items, RTCRtpHeaderExtensionParameters(id=TWCC_EXTENSION_ID, uri=TWCC_URI)]


def _with_feedback(kind: str, codecs: list[RTCRtpCodecParameters]) -> list[Any]:
    out = []
    for codec in codecs:
        if codec.mimeType.lower().endswith("/rtx") or TRANSPORT_CC in codec.rtcpFeedback:
            out.append(codec)
            continue
        codec = copy.copy(codec)
        codec.rtcpFeedback = [*codec.rtcpFeedback, TRANSPORT_CC]
        out.append(codec)
    return out


def _install_tables() -> None:
    import aiortc.rtcpeerconnection as rtcpc

    if not isinstance(rtcpc.HEADER_EXTENSIONS, _TwccTable):
        rtcpc.HEADER_EXTENSIONS = _TwccTable(rtcpc.HEADER_EXTENSIONS, _with_extension)  # type: ignore[assignment]
    if not isinstance(rtcpc.CODECS, _TwccTable):
        rtcpc.CODECS = _TwccTable(rtcpc.CODECS, _with_feedback)  # type: ignore[assignment]


@dataclass
class TwccPeer:
    """What `enable_twcc` added to one peer connection."""

    pc: RTCPeerConnection
    sender: TwccSender | None = None
    receivers: list[TwccReceiver] = field(default_factory=list)
    _receiving: set[int] = field(default_factory=set)
    _sending: set[int] = field(default_factory=set)

    @property
    def feedback_sent(self) -> int:
        return sum(r.feedback_sent for r in self.receivers)

    def _scan(self) -> None:
        """Hook every transport and sender the connection has now (idempotent)."""
        if self.sender is not None:
            self.sender._rtx_types = frozenset(c.payloadType for t in self.pc.getTransceivers()
                                               for c in t._codecs if c.mimeType.lower().endswith("/rtx"))
        remote = self.pc.remoteDescription is not None
        for t in self.pc.getTransceivers():
            if remote and any(e.uri == TWCC_URI for e in t._headerExtensions):
                # As libwebrtc does: no REMB for a stream with transport-cc. The sender treats
                # REMB as a cap, and aiortc's (1.5 × what arrives, from abs-send-time) held a
                # Chromium publisher at 140 kbit/s while its own estimate from this feedback said
                # 1.5 Mbit/s (tests/test_twcc.py).
                t.receiver._RTCRtpReceiver__remote_bitrate_estimator = None
            dtls = t.receiver.transport
            if dtls is not None and id(dtls) not in self._receiving:
                self._receiving.add(id(dtls))
                self._hook_receive(dtls, t.sender._ssrc)
            if self.sender is not None:
                if dtls is not None and id(dtls) not in self._sending:
                    self._sending.add(id(dtls))
                    self._hook_send(dtls)
                self._hook_sender(t.sender)

    def _hook_receive(self, dtls: Any, sender_ssrc: int) -> None:
        router = dtls._rtp_router
        route = router.route_rtp
        receiver: TwccReceiver | None = None
        clock = time.monotonic_ns

        def route_rtp(packet: RtpPacket) -> Any:
            nonlocal receiver
            seq = packet.extensions.transport_sequence_number
            if seq is not None:
                if receiver is None:
                    receiver = TwccReceiver(dtls._send_rtp, sender_ssrc)
                    self.receivers.append(receiver)
                receiver.on_packet(seq, packet.ssrc, clock() // 1000)
            return route(packet)

        router.route_rtp = route_rtp
        handle_rtcp = dtls._handle_rtcp_data

        async def handle_rtcp_data(data: bytes) -> None:
            rest = None
            for packet_type, fmt, start, body_end, end in rtcp_packets(data):
                if packet_type == RTCP_RTPFB and fmt == TWCC_FMT:
                    if rest is None:
                        rest = bytearray(data[:start - 4])
                    self._on_feedback(data[start:body_end])
                elif rest is not None:
                    rest += data[start - 4:end]
            if rest is None:
                await handle_rtcp(data)
            elif rest:
                await handle_rtcp(bytes(rest))

        dtls._handle_rtcp_data = handle_rtcp_data

    def _on_feedback(self, fci: bytes) -> None:
        if self.sender is None:
            return
        try:
            feedback = TwccFeedback.parse(fci)
        except (ValueError, struct.error):
            self.sender.stats.malformed += 1
            return
        self.sender.handle(feedback)

    def _hook_send(self, dtls: Any) -> None:
        ice = dtls.transport
        if getattr(ice, "_studio_twcc", None) is not None:
            return
        send = ice._send
        twcc = self.sender
        assert twcc is not None

        async def _send(data: bytes) -> None:
            # SRTP (not SRTCP) right after a stamp: the packet aiortc just serialised
            if twcc._pending >= 0 and 127 < data[0] < 192 and not 191 < data[1] < 224:
                twcc._on_wire(len(data), data[1] & 0x7F)
            await send(data)

        ice._send = _send
        ice._studio_twcc = twcc

    def _hook_sender(self, sender: Any) -> None:
        current = sender._RTCRtpSender__rtp_header_extensions_map
        if isinstance(current, _StampingMap):
            return
        assert self.sender is not None
        sender._RTCRtpSender__rtp_header_extensions_map = _StampingMap(
            self.sender, 0 if sender.kind == "audio" else 1, current._HeaderExtensionsMap__ids)

    def _stop(self) -> None:
        for receiver in self.receivers:
            receiver.stop()


def enable_twcc(pc: RTCPeerConnection) -> TwccPeer:
    """Negotiate transport-cc on `pc` and send feedback for what arrives (idempotent). Call it
    before the first createOffer / setRemoteDescription."""
    peer: TwccPeer | None = getattr(pc, "_studio_twcc", None)
    if peer is not None:
        return peer
    _install_tables()
    peer = TwccPeer(pc)
    pc._studio_twcc = peer  # type: ignore[attr-defined]
    create_offer, set_remote = pc.createOffer, pc.setRemoteDescription

    async def createOffer() -> Any:
        token = _NEGOTIATING.set(True)
        try:
            return await create_offer()
        finally:
            _NEGOTIATING.reset(token)
            peer._scan()

    async def setRemoteDescription(description: Any) -> None:
        token = _NEGOTIATING.set(True)
        try:
            await set_remote(description)
        finally:
            _NEGOTIATING.reset(token)
            peer._scan()  # bundling has settled the transports; senders start after this

    pc.createOffer = createOffer  # type: ignore[method-assign]
    pc.setRemoteDescription = setRemoteDescription  # type: ignore[method-assign]

    @pc.on("connectionstatechange")
    def _on_state() -> None:
        if pc.connectionState == "closed":  # not "failed": an ICE restart may bring it back
            peer._stop()

    return peer


def attach_twcc(pc: RTCPeerConnection,
                on_feedback: Callable[[float, list[PacketResult]], None] | None = None) -> TwccSender:
    """`enable_twcc`, and stamp what `pc` sends: `on_feedback(now_ms, results)` gets each
    feedback packet's results. Call it before the first createOffer / setRemoteDescription
    (transceivers added later are picked up there)."""
    peer = enable_twcc(pc)
    if peer.sender is None:
        peer.sender = TwccSender(pc, on_feedback)
        peer._scan()
    elif on_feedback is not None:
        peer.sender.on_feedback = on_feedback
    return peer.sender


def twcc_peer(pc: RTCPeerConnection) -> TwccPeer | None:
    return getattr(pc, "_studio_twcc", None)
