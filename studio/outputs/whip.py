"""WHIP output: the program to any WHIP server (RFC 9725), on the network loop, with
auto-reconnect (`transport/reconnect.py`) and, when asked, the adaptive-bitrate controller
driving the shared encode from what the uplink carries (`transport/uplink.py`)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from studio.encode.live import LiveEncoder
from studio.outputs.base import Output, OutputNotice, OutputStatus
from studio.outputs.destinations import SECRETS
from studio.outputs.feeds import Lease, ProgramFeeds, VideoEncodeSpec
from studio.transport.network import NetworkThread

if TYPE_CHECKING:
    from studio.transport.reconnect import LinkEvent, ResilientPublisher
    from studio.transport.uplink import UplinkAdapter, UplinkStatus

log = logging.getLogger(__name__)


class WhipOutput(Output):
    kind = "whip"
    consumes = "packets"

    def __init__(
        self,
        url: str,
        token: str | None,
        network: NetworkThread,
        adaptive: bool = True,
        spec: VideoEncodeSpec = VideoEncodeSpec(),
    ) -> None:
        super().__init__(url)
        SECRETS.add(token)
        self.url, self.token, self.network = url, token, network
        self.adaptive, self.spec = adaptive, spec
        self.publisher: ResilientPublisher | None = None
        self._lease: Lease[LiveEncoder] | None = None
        self._uplink: UplinkAdapter | None = None
        self._lock = threading.Lock()

    @property
    def encoder(self) -> LiveEncoder | None:
        return self._lease.encoder if self._lease is not None else None

    def current_pc(self) -> Any:
        """The live peer connection, for link statistics (None between reconnects)."""
        publisher = self.publisher
        return publisher.publisher.pc if publisher is not None and publisher.publisher else None

    def start(self, feeds: ProgramFeeds) -> None:
        from studio.transport.reconnect import ResilientPublisher
        from studio.transport.whip import WhipError

        self._lease = feeds.lease_video(self.spec)
        encoder = self._lease.encoder
        if self.adaptive:  # nothing is known of the link yet: start low, climb from there
            from studio.transport.uplink import START_BPS

            encoder.set_bitrate(min(encoder.target_bitrate, START_BPS))
        publisher = ResilientPublisher(self.url, encoder, self.token, on_event=self._on_link_event)
        self.publisher = publisher
        self._set(OutputStatus.CONNECTING)
        future = self.network.submit(publisher.start())

        def done(_fut: object) -> None:  # on the network loop: never wait on it here
            try:
                result = future.result()
            except Exception as exc:
                if not isinstance(exc, WhipError):
                    log.exception("publishing over WHIP failed")
                self._set(
                    OutputStatus.FAILED,
                    str(exc) if isinstance(exc, WhipError) else f"Going live failed: {exc}.",
                )
                return
            if self.publisher is not publisher:
                return  # stopped meanwhile
            self._set(OutputStatus.LIVE, connect_ms=result.connect_ms)
            if self.adaptive:
                self._start_uplink(encoder)

        future.add_done_callback(done)

    def _start_uplink(self, encoder: LiveEncoder) -> None:
        from studio.transport.uplink import UplinkAdapter

        adapter = UplinkAdapter(encoder, self.current_pc, self._on_uplink_status)
        self._uplink = adapter
        adapter.start()

    def _on_uplink_status(self, status: UplinkStatus) -> None:
        self.state.update(uplink_kbps=status.bitrate_bps // 1000, uplink_height=status.height,
                          uplink_estimate=status.estimate)
        if status.rung_changed and status.stepped_down:
            self.notices.emit(
                OutputNotice(
                    "warning",
                    f"Your upload is unstable — lowered to {status.height}p to keep the picture moving.",
                )
            )
        elif status.rung_changed:
            self.notices.emit(OutputNotice("info", f"Your upload recovered — back to {status.height}p."))

    def _on_link_event(self, event: LinkEvent) -> None:
        if event.state == "reconnecting":
            self._set(OutputStatus.RECONNECTING, event.text, retry_in_s=event.next_attempt_in_s)
        elif event.state == "live":
            self._set(OutputStatus.LIVE, reconnects=self.state.reconnects + 1)
            text = (f"Back on air over the new network path (switched in {event.down_for_s * 1000:.0f} ms)."
                    if event.same_session
                    else f"Back on air (the connection was down for {event.down_for_s:.1f} s).")
            self.notices.emit(OutputNotice("info", text))
        else:
            self._set(OutputStatus.FAILED, event.text or "The connection was lost.")

    def stop(self) -> None:
        publisher, self.publisher = self.publisher, None
        uplink, self._uplink = self._uplink, None
        lease, self._lease = self._lease, None
        try:
            if uplink is not None:
                self.network.call(uplink.stop(), timeout=5)
            if publisher is not None:
                self.network.call(publisher.close(), timeout=10)
        except Exception:
            log.exception("ending the WHIP publication cleanly failed")
        if lease is not None:
            encoder = lease.encoder  # the ladder is this output's: others get the full picture back
            encoder.set_output_size(encoder.settings.width, encoder.settings.height)
            encoder.set_bitrate(encoder.settings.bitrate)
            lease.release()
        if self.state.status != OutputStatus.FAILED:
            self._set(OutputStatus.IDLE, uplink_kbps=None, uplink_height=None, uplink_estimate=None)
