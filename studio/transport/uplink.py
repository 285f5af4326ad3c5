"""Feeds the adaptive-bitrate controller from the publish link and applies its decisions to
the shared encoder. Runs on the network loop, once a second.

aiortc hands the receiver's REMB to an encoder object it owns (unused when we send
pre-encoded packets), so the video sender's RTCP handler is tapped to keep the estimate;
loss and RTT come from the sender's `remote-inbound-rtp` stats (RTCP receiver reports)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiortc import RTCPeerConnection, RTCRtpSender
from aiortc.rtp import RTCP_PSFB_APP, RtcpPsfbPacket, unpack_remb_fci

from studio.encode.abr import BitrateController, Decision, LinkReport
from studio.encode.live import LiveEncoder

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UplinkStatus:
    bitrate_bps: int
    height: int
    rung_changed: bool
    stepped_down: bool
    report: LinkReport
    reason: str


def tap_remb(sender: RTCRtpSender) -> Callable[[], int | None]:
    """Keep the newest REMB the receiver sent for this sender; returns a reader."""
    existing = getattr(sender, "_studio_remb", None)
    if existing is not None:
        return existing  # type: ignore[no-any-return]
    latest: dict[str, int | None] = {"bps": None}
    original = sender._handle_rtcp_packet

    async def handle(packet: Any) -> None:
        if isinstance(packet, RtcpPsfbPacket) and packet.fmt == RTCP_PSFB_APP:
            try:
                bitrate, _ssrcs = unpack_remb_fci(packet.fci)
                latest["bps"] = bitrate
            except ValueError:
                pass
        await original(packet)

    sender._handle_rtcp_packet = handle  # type: ignore[method-assign]

    def read() -> int | None:
        return latest["bps"]

    sender._studio_remb = read  # type: ignore[attr-defined]
    return read


class UplinkAdapter:
    def __init__(self, encoder: LiveEncoder, get_pc: Callable[[], RTCPeerConnection | None],
                 on_status: Callable[[UplinkStatus], None] | None = None, interval_s: float = 1.0) -> None:
        s = encoder.settings
        self.encoder = encoder
        self.get_pc = get_pc
        self.on_status = on_status or (lambda _s: None)
        self.interval_s = interval_s
        self.aspect = s.width / s.height
        self.controller = BitrateController(min(s.width, s.height), encoder.target_bitrate, s.min_bitrate)
        self.history: list[tuple[float, int, int]] = []  # (time, bitrate, height), for benchmarks
        self._task: asyncio.Task[None] | None = None
        self._last_stamp: object = None

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            pc = self.get_pc()
            if pc is None or pc.connectionState != "connected":
                log.debug("uplink: no connected peer (%s)", pc and pc.connectionState)
                continue
            try:
                report = await self.read_report(pc)

            except Exception:  # a sender torn down under us: try again next time
                log.debug("could not read uplink stats", exc_info=True)
                continue
            decision = self.controller.update(time.monotonic(), report)
            log.debug("uplink %s → %d kbit/s at %dp (%s)", report, decision.bitrate_bps // 1000,
                      decision.rung.height, decision.reason)
            self.apply(decision, report)

    def apply(self, decision: Decision, report: LinkReport) -> None:
        before = min(self.encoder.output_size)
        self.encoder.set_bitrate(decision.bitrate_bps)
        if decision.rung_changed:
            self.encoder.set_output_size(*decision.rung.size_for(self.aspect))
        self.history.append((time.monotonic(), decision.bitrate_bps, decision.rung.height))
        del self.history[:-600]
        self.on_status(UplinkStatus(decision.bitrate_bps, decision.rung.height, decision.rung_changed,
                                    decision.rung.height < before, report, decision.reason))

    async def read_report(self, pc: RTCPeerConnection) -> LinkReport:
        video = next((s for s in pc.getSenders() if s.track is not None and s.track.kind == "video"), None)
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
