"""The links part: connection quality per link (Quality dock, LIVE badge) and the pre-live
network test."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from studio.events import EventedModel
from studio.session.net import Net
from studio.session.notices import Notices
from studio.transport.linkstats import LinkSample, QualityBoard, StatsCollector

if TYPE_CHECKING:
    from studio.transport.nettest import NetTestResult

SHOW_LINKS = ("publish", "viewers")


@dataclass
class LinksState(EventedModel):
    link_level: int = 0  # the show's own link (publish or viewers): linkstats.QualityLevel
    nettest: str | None = None  # "running", or the last network test's sentence


class Links:
    def __init__(self, net: Net, notices: Notices) -> None:
        self.net = net
        self.notices = notices
        self.state = LinksState()
        self.quality = QualityBoard()
        self.quality.changed.connect(self._on_link_sampled)

    def watch(self, collector: StatsCollector) -> None:
        """Start measuring a link (from any thread)."""
        old = self.quality.remove(collector.link)
        if old is not None:
            self.net.network.submit(old.stop())
        self.quality.add(collector)
        self.net.network.loop.call_soon_threadsafe(collector.start)

    def unwatch(self, name: str) -> None:
        collector = self.quality.remove(name)
        if collector is not None and self.net.running:
            self.net.network.submit(collector.stop())

    def unwatch_show(self) -> None:
        for name in SHOW_LINKS:
            self.unwatch(name)
        self.state.update(link_level=0)

    def _on_link_sampled(self, sample: LinkSample) -> None:
        if sample.stats.link in SHOW_LINKS:
            self.state.update(link_level=int(sample.level))

    def network_test(self, url: str | None, token: str | None) -> NetTestResult:
        """Test the upload to a WHIP `url` (None: this computer's server) before going live
        (blocks about 10 s). WhipError when the server refuses."""
        from studio.transport.nettest import run_network_test

        if url is None:
            server = self.net.start_server()
            url, token = f"{server.base_url}/whip/nettest", server.settings.token
        self.state.update(nettest="running")
        try:
            result = self.net.network.call(run_network_test(url, token), timeout=30)
        except Exception:
            self.state.update(nettest=None)
            raise
        self.state.update(nettest=result.sentence())
        self.notices.say("info", result.sentence())
        return result
