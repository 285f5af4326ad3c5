"""Feeds the adaptive-bitrate controller from the publish link and applies its decisions to
the shared encoder. Runs on the network loop.

Which estimate is in charge depends on what the receiver sends:

* **transport-cc** (opt-in for now: `STUDIO_TRANSPORT_CC=1`, see `attach_feedback`) — the
  receiver negotiated transport-wide congestion control and sends feedback for every packet
  (`studio/transport/twcc.py`; Chromium and our own server do): GCC's delay-based estimator
  (`studio/transport/gcc.py`) runs here, on every feedback report. A lower estimate reaches
  the encoder at once; a higher one at most every 200 ms, at GCC's pace. The once-a-second
  tick only reads the round-trip time for it, and takes over with the rules below if feedback
  stops for 3 s. The video sender's retransmissions are held to a budget meanwhile
  (`studio/transport/rtxbudget.py`).
* **remb** — the default where the receiver sends REMB: its own delay-based estimate (aiortc
  computes it from abs-send-time), with the loss and RTT rules of `BitrateController` once a
  second. A REMB that falls below the current rate cuts at once, when it arrives.
* **loss** — neither: loss and RTT alone.

aiortc hands the receiver's REMB to an encoder object it owns (unused when we send
pre-encoded packets), so the video sender's RTCP handler is tapped to keep the estimate;
loss and RTT come from the sender's `remote-inbound-rtp` stats (RTCP receiver reports)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiortc import RTCPeerConnection, RTCRtpSender
from aiortc.rtp import RTCP_PSFB_APP, RtcpPsfbPacket, unpack_remb_fci

from studio.encode.abr import BitrateController, Decision, LinkReport
from studio.encode.live import LiveEncoder
from studio.transport.gcc import DelayBasedEstimator, PacketFeedback
from studio.transport.rtxbudget import limit_retransmissions

log = logging.getLogger(__name__)

TRANSPORT_CC = "transport-cc"
REMB = "remb"
LOSS = "loss"
START_BPS = 1_000_000
"""The rate a publish starts at, before anything is known of the link (the 720p floor): a
show that started at 2.5 Mbit/s behind a 1 Mbit/s uplink lost its first keyframes to the queue
and froze for its first 5 s. The estimators climb from here at 8 %/s on a clean link."""
FEEDBACK_SILENCE_S = 3.0
RISE_EVERY_S = 0.2


@dataclass(frozen=True, slots=True)
class UplinkStatus:
    bitrate_bps: int
    height: int
    rung_changed: bool
    stepped_down: bool
    report: LinkReport
    reason: str
    estimate: str = LOSS  # which estimate is in charge: "transport-cc", "remb" or "loss"


def tap_remb(sender: RTCRtpSender, listener: Callable[[int], None] | None = None) -> Callable[[], int | None]:
    """Keep the newest REMB the receiver sent for this sender; returns a reader. `listener`,
    if given, is also called with each REMB as it arrives (on the sender's loop)."""
    listeners: list[Callable[[int], None]] | None = getattr(sender, "_studio_remb_listeners", None)
    if listeners is None:
        listeners = []
        latest: dict[str, int | None] = {"bps": None}
        original = sender._handle_rtcp_packet

        async def handle(packet: Any) -> None:
            if isinstance(packet, RtcpPsfbPacket) and packet.fmt == RTCP_PSFB_APP:
                try:
                    bitrate, _ssrcs = unpack_remb_fci(packet.fci)
                except ValueError:
                    pass
                else:
                    latest["bps"] = bitrate
                    for call in list(listeners):
                        call(bitrate)
            await original(packet)

        sender._handle_rtcp_packet = handle  # type: ignore[method-assign]

        def read() -> int | None:
            return latest["bps"]

        sender._studio_remb = read  # type: ignore[attr-defined]
        sender._studio_remb_listeners = listeners  # type: ignore[attr-defined]
    if listener is not None and listener not in listeners:
        listeners.append(listener)
    return sender._studio_remb  # type: ignore[attr-defined, no-any-return]


FeedbackCallback = Callable[[float, Sequence[PacketFeedback]], None]


def attach_feedback(pc: RTCPeerConnection, on_feedback: FeedbackCallback) -> bool:
    """Also deliver this peer's transport-wide feedback to `on_feedback(now_ms, results)`;
    False when the peer does not stamp packets (`twcc.attach_twcc`, done by `WhipPublisher`
    before its offer) or the receiver did not negotiate transport-cc.

    Off unless `STUDIO_TRANSPORT_CC=1` is in the environment: behind a token-bucket cap GCC on
    transport-cc still went 2 s over the cap in a 15 s window in 2 of 13 test runs, where
    REMB + loss meets every target (docs/network.md), so REMB + loss stays in charge where the
    receiver sends REMB."""
    from studio.transport.twcc import publisher_wants_twcc, twcc_peer

    if not publisher_wants_twcc():
        return False

    peer = twcc_peer(pc)
    sender = peer.sender if peer is not None else None
    if sender is None or not sender.negotiated:
        return False
    previous = sender.on_feedback

    def both(now_ms: float, results: list[Any]) -> None:
        if previous is not None:
            previous(now_ms, results)
        on_feedback(now_ms, results)

    sender.on_feedback = both
    return True


class UplinkAdapter:
    def __init__(self, encoder: LiveEncoder, get_pc: Callable[[], RTCPeerConnection | None],
                 on_status: Callable[[UplinkStatus], None] | None = None, interval_s: float = 1.0,
                 feedback: Callable[[RTCPeerConnection, FeedbackCallback], bool] = attach_feedback) -> None:
        s = encoder.settings
        self.encoder = encoder
        self.get_pc = get_pc
        self.on_status = on_status or (lambda _s: None)
        self.interval_s = interval_s
        self.aspect = s.width / s.height
        self.controller = BitrateController(min(s.width, s.height), encoder.target_bitrate, s.min_bitrate)
        self.history: list[tuple[float, int, int]] = []  # (time, bitrate, height), for benchmarks
        self.estimate = LOSS  # which estimate is in charge (UplinkStatus.estimate)
        self.gcc: DelayBasedEstimator | None = None
        # GCC estimates everything the link carries (the feedback covers audio too); the
        # encoder gets that less the audio and its packets' headers (50 a second).
        self.audio_bps = s.audio_bitrate + 50 * 60 * 8
        # What RED's redundancy costs on top of the audio while it is on (the receiver reports
        # loss): about twice the Opus rate at distance 2. Measured each second from the audio
        # sender's RED encoder and taken off the video's share of the link.
        self.red_bps = 0
        self._red_mark: tuple[float, int] | None = None
        self._feedback = feedback
        self._task: asyncio.Task[None] | None = None
        self._last_stamp: object = None
        self._pc: RTCPeerConnection | None = None
        self._report = LinkReport()
        self._last_feedback = 0.0
        self._last_rise = 0.0
        self._last_remb: int | None = None

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        self._pc = self.gcc = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            pc = self.get_pc()
            if pc is None or pc.connectionState != "connected":
                log.debug("uplink: no connected peer (%s)", pc and pc.connectionState)
                continue
            try:
                self.watch(pc)
                self.measure_red(pc, time.monotonic())
                report = await self.read_report(pc)
            except Exception:  # a sender torn down under us: try again next time
                log.debug("could not read uplink stats", exc_info=True)
                continue
            self._report = report
            self.tick(time.monotonic(), report)

    def watch(self, pc: RTCPeerConnection) -> None:
        """Listen to a (new) peer connection's feedback: transport-cc if it was negotiated,
        else the receiver's REMB."""
        if pc is self._pc:
            return
        self._pc = pc
        if self._feedback(pc, self.on_feedback):
            c = self.controller
            self.gcc = DelayBasedEstimator(c.bitrate + self.audio_bps, c.min_bps + self.audio_bps,
                                           c.max_bps + self.audio_bps)
            self.estimate = TRANSPORT_CC
            self._last_feedback = time.monotonic()
            video = _video_sender(pc)
            if video is not None:
                # aiortc resends on every NACK: under a cap that alone can be several times
                # the link (studio/transport/rtxbudget.py).
                limit_retransmissions(video, lambda: self.controller.bitrate)
            return
        self.gcc = None
        self.estimate = LOSS
        video = _video_sender(pc)
        if video is not None:
            tap_remb(video, self.on_remb)

    def tick(self, now_s: float, report: LinkReport) -> None:
        """Once a second: the round trip for GCC, or the REMB/loss rules when it is not in
        charge (no transport-cc, or its feedback stopped)."""
        gcc = self.gcc
        if gcc is not None and now_s - self._last_feedback < FEEDBACK_SILENCE_S:
            if report.rtt_ms is not None:
                gcc.set_rtt(report.rtt_ms)
            decision = self.controller.follow(now_s, gcc.target_bps - self.audio_bps, gcc.estimate.reason)
            self.apply(decision, report)
            return
        if gcc is None and report.remb_bps:
            self.estimate = REMB
        elif gcc is not None:
            self.estimate = REMB if report.remb_bps else LOSS  # feedback stopped: fall back
        decision = self.controller.update(now_s, report)
        if gcc is not None:
            gcc.rate.bitrate = gcc.loss.bitrate = float(decision.bitrate_bps + self.audio_bps)  # resume here
        log.debug("uplink %s → %d kbit/s at %dp (%s)", report, decision.bitrate_bps // 1000,
                  decision.rung.height, decision.reason)
        self.apply(decision, report)

    def on_feedback(self, now_ms: float, results: Sequence[PacketFeedback]) -> None:
        """Transport-wide feedback (on the network loop): GCC's estimate to the encoder, cuts
        at once, rises at most every RISE_EVERY_S."""
        gcc = self.gcc
        if gcc is None:
            return
        now = time.monotonic()
        self._last_feedback = now
        self.estimate = TRANSPORT_CC
        estimate = gcc.on_feedback(now_ms, results)
        target = estimate.target_bps - self.audio_bps
        cut = target < self.controller.bitrate
        if not cut and (target == self.controller.bitrate or now - self._last_rise < RISE_EVERY_S):
            return
        if not cut:
            self._last_rise = now
        decision = self.controller.follow(now, target, estimate.reason)
        self.apply(decision, self._report, announce=cut or decision.rung_changed)

    def on_remb(self, bps: int) -> None:
        """A REMB as it arrives (no transport-cc): below the current rate, cut at once."""
        if self.gcc is not None and time.monotonic() - self._last_feedback < FEEDBACK_SILENCE_S:
            return
        self.estimate = REMB
        previous, self._last_remb = self._last_remb, bps
        # Only a falling REMB is the receiver seeing overuse: on a clean link the once-a-second
        # rules may probe above a REMB that lags behind (BitrateController).
        falling = previous is not None and bps < previous * 0.97
        cap = int(bps * 0.95)
        if falling and cap < self.controller.bitrate:
            decision = self.controller.follow(time.monotonic(), cap, "estimate")
            self.apply(decision, self._report)

    def measure_red(self, pc: RTCPeerConnection, now_s: float) -> None:
        """RED's redundancy over the last interval, in bits per second (0 without RED)."""
        from studio.transport import red

        audio = next((s for s in pc.getSenders() if s.track is not None and s.track.kind == "audio"), None)
        encoder = red.encoder_of(audio) if audio is not None else None
        if encoder is None:
            self.red_bps, self._red_mark = 0, None
            return
        sent = encoder.counters.redundant_bytes
        if self._red_mark is not None and now_s > self._red_mark[0]:
            self.red_bps = int((sent - self._red_mark[1]) * 8 / (now_s - self._red_mark[0]))
        self._red_mark = (now_s, sent)

    def apply(self, decision: Decision, report: LinkReport, announce: bool = True) -> None:
        """The decision is the video's share of the link; the encoder gets it less what RED's
        redundancy takes while it is on."""
        before = min(self.encoder.output_size)
        video_bps = max(self.controller.min_bps, decision.bitrate_bps - self.red_bps)
        self.encoder.set_bitrate(video_bps)
        if decision.rung_changed:
            self.encoder.set_output_size(*decision.rung.size_for(self.aspect))
        self.history.append((time.monotonic(), video_bps, decision.rung.height))
        del self.history[:-600]
        if announce:
            stepped_down = decision.rung.height < before
            self.on_status(UplinkStatus(video_bps, decision.rung.height, decision.rung_changed,
                                        stepped_down, report, decision.reason, self.estimate))

    async def read_report(self, pc: RTCPeerConnection) -> LinkReport:
        video = _video_sender(pc)
        if video is None:
            return LinkReport()
        remb = tap_remb(video)()
        stats = await video.getStats()
        remote = next((v for v in stats.values() if v.type == "remote-inbound-rtp"), None)
        if remote is None or remote.timestamp == self._last_stamp:
            return LinkReport(remb_bps=remb)  # no fresh receiver report this second
        self._last_stamp = remote.timestamp
        rtt = remote.roundTripTime * 1000 if remote.roundTripTime is not None else None
        return LinkReport(fraction_lost=(remote.fractionLost or 0) / 256, rtt_ms=rtt, remb_bps=remb)


def _video_sender(pc: RTCPeerConnection) -> RTCRtpSender | None:
    return next((s for s in pc.getSenders() if s.track is not None and s.track.kind == "video"), None)
