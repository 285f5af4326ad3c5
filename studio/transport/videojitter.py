"""A video jitter buffer that gives up a hole the sender can no longer fill.

aiortc's video jitter buffer hands frames to the decoder strictly in sequence order and keeps
512 packets. A hole that retransmission cannot fill (aiortc's sender keeps only its last 128
packets for NACKs; an outage loses more) blocks every frame behind it until 512 packets have
piled up: after a 2 s outage at 1.5 Mbit/s the server's ingest decoded nothing for another
1.5 s, and every viewer stayed frozen that long (at 2.5 Mbit/s the outage alone overflowed the
512 and the picture came back at once, which hid it).

Here a hole is given up once it has fallen out of the sender's retransmission history, or has
waited `HOLE_WAIT_S` while later frames arrived. The buffer then restarts at the newest packet,
asks the sender for a keyframe (PLI), and passes nothing to the decoder until a keyframe comes:
a P-frame decoded without its reference smears the picture for every viewer. The keyframe
request is repeated every `PLI_REPEAT_S` while waiting (the first may be lost too).

Installed for every aiortc receiver in the process by `install()` (the server's ingest,
co-host and call peers; a studio joined as co-host)."""

from __future__ import annotations

import time

from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtcrtpsender import RTP_HISTORY_SIZE
from aiortc.rtp import RtpPacket
from aiortc.utils import uint16_add

HOLE_WAIT_S = 0.5
"""A hole still open this long after a later frame arrived is given up (a retransmission takes
one round trip; NACKs are repeated with every new loss)."""
PLI_REPEAT_S = 0.5
VP8_KEYFRAME_START = b"\x9d\x01\x2a"


def is_keyframe(data: bytes) -> bool:
    """A depayloaded frame that starts a picture on its own: an H.264 access unit (Annex B, as
    aiortc depayloads it) holding an IDR slice, or a VP8 key frame. A frame whose first packets
    are missing is never taken for one (H.264 payloads cannot contain a start code)."""
    if data[:3] == b"\x00\x00\x01" or data[:4] == b"\x00\x00\x00\x01":
        at = data.find(b"\x00\x00\x01")
        while at != -1 and at + 3 < len(data):
            if data[at + 3] & 0x1F == 5:
                return True
            at = data.find(b"\x00\x00\x01", at + 3)
        return False
    return len(data) >= 6 and not data[0] & 1 and data[3:6] == VP8_KEYFRAME_START


class VideoJitterBuffer(JitterBuffer):
    def __init__(self, capacity: int, prefetch: int = 0, is_video: bool = True,
                 history: int = RTP_HISTORY_SIZE, hole_wait_s: float = HOLE_WAIT_S) -> None:
        super().__init__(capacity, prefetch, is_video)
        self.history = history
        self.hole_wait_s = hole_wait_s
        self.waiting_for_keyframe = False
        self.holes_given_up = 0
        self._blocked_since: float | None = None
        self._last_pli = 0.0

    def add(self, packet: RtpPacket) -> tuple[bool, JitterFrame | None]:
        if self._origin is not None and 0 < uint16_add(self._origin, -packet.sequence_number) <= self.history:
            # Late (a retransmission of a hole already given up, or of a frame already out).
            # aiortc restarts its buffer at a packet 100+ behind, which would bring the holes
            # back; a sender that really restarted its numbering lands within this window by
            # chance at most `history` packets long.
            return False, None
        pli, frame = super().add(packet)
        now = time.monotonic()
        if pli:  # aiortc restarted the buffer itself (a jump past its capacity)
            self.waiting_for_keyframe = True
            self._last_pli = now
        if frame is not None:
            self._blocked_since = None
        elif (hole := self._hole_before(packet)) is not None:
            if self._blocked_since is None:
                self._blocked_since = now
            behind = uint16_add(packet.sequence_number, -hole)
            if behind >= self.history or now - self._blocked_since >= self.hole_wait_s:
                assert self._origin is not None
                self.remove(uint16_add(packet.sequence_number, -self._origin))
                self._blocked_since = None
                self.holes_given_up += 1
                self.waiting_for_keyframe = pli = True
                self._last_pli = now
        if self.waiting_for_keyframe and frame is not None:
            if is_keyframe(frame.data):
                self.waiting_for_keyframe = False
            else:
                frame = None
        if self.waiting_for_keyframe and not pli and now - self._last_pli >= PLI_REPEAT_S:
            pli = True
            self._last_pli = now
        return pli, frame

    def _hole_before(self, packet: RtpPacket) -> int | None:
        """The first missing sequence number before `packet`, if a newer frame than the one
        at the origin has started (a frame still arriving is not a hole)."""
        origin = self._origin
        if origin is None:
            return None
        delta = uint16_add(packet.sequence_number, -origin)
        if delta == 0 or delta >= self._capacity:
            return None  # the first packet, or one older than the origin (dropped by aiortc)
        first = self._packets[origin % self._capacity]
        if first is not None and first.timestamp == packet.timestamp:
            return None
        for i in range(delta):
            if self._packets[(origin + i) % self._capacity] is None:
                return uint16_add(origin, i)
        return None


def _chain(previous: type[JitterBuffer] | object) -> object:
    def factory(capacity: int, prefetch: int = 0, is_video: bool = False) -> JitterBuffer:
        if is_video:
            return VideoJitterBuffer(capacity, prefetch, is_video)
        return previous(capacity, prefetch, is_video)  # type: ignore[operator, no-any-return]

    return factory


def install() -> None:
    """Every aiortc video receiver made from now on uses `VideoJitterBuffer` (idempotent;
    chains with the audio buffer `opusfec.install` puts in place, in either order)."""
    import aiortc.rtcrtpreceiver as receiver

    if getattr(receiver, "studio_video_jitter", False):
        return
    receiver.JitterBuffer = _chain(receiver.JitterBuffer)  # type: ignore[misc, assignment]
    receiver.studio_video_jitter = True  # type: ignore[attr-defined]
