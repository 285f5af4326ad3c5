"""The Output interface: one lifecycle for everything the program goes out to.

As in OBS (`obs-output.h`), an output is told what to consume, owns its own thread or loop,
reports its state (idle / connecting / live / reconnecting / failed, with a reason sentence)
and never calls back up into the session. Encodes are not the output's: it leases them from
`ProgramFeeds` (`studio/outputs/feeds.py`), so outputs that ask for the same settings share
one encode."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from studio.events import EventedModel, Signal
from studio.outputs.feeds import ProgramFeeds


class OutputStatus(StrEnum):
    IDLE = "idle"
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    FAILED = "failed"


@dataclass
class OutputState(EventedModel):
    """What a view shows for one output. `reason` is a sentence for the host (never a key)."""

    status: OutputStatus = OutputStatus.IDLE
    reason: str | None = None
    started_at: float | None = None  # monotonic, while running
    reconnects: int = 0
    retry_in_s: float | None = None  # while reconnecting: the wait before the next attempt
    connect_ms: float | None = None  # the last connection's set-up time
    uplink_kbps: int | None = None  # an adaptive output's current video bitrate
    uplink_height: int | None = None  # and its rung on the ladder
    uplink_estimate: str | None = None  # which estimate drives it: "transport-cc", "remb", "loss"


@dataclass(frozen=True, slots=True)
class OutputNotice:
    """Something an output wants the host told (a sentence), besides its state."""

    level: str  # "info", "warning", "error"
    text: str


@dataclass(frozen=True, slots=True)
class OutputStats:
    bitrate_kbps: float = 0.0  # sent over the last few seconds
    frames_dropped: int = 0  # by this output alone (its own backlog), since start
    uptime_s: float = 0.0  # since it last went live


class Output(ABC):
    """One destination of the program. `start` returns at once; progress comes through
    `state`. `stop` waits until the output's thread or tasks have ended."""

    kind: ClassVar[str]
    consumes: ClassVar[str]  # "frames" (raw program pictures + audio) or "packets" (leased encodes)

    def __init__(self, name: str) -> None:
        self.name = name
        self.state = OutputState()
        self.notices: Signal[OutputNotice] = Signal()
        self._meter = _RateMeter()

    @abstractmethod
    def start(self, feeds: ProgramFeeds) -> None: ...

    @abstractmethod
    def stop(self) -> None: ...

    def stats(self) -> OutputStats:
        started = self.state.started_at
        uptime = time.monotonic() - started if started is not None and self.state.status == "live" else 0.0
        return OutputStats(self._meter.kbps(), self.frames_dropped(), uptime)

    def frames_dropped(self) -> int:
        return 0

    @property
    def running(self) -> bool:
        return self.state.status not in (OutputStatus.IDLE, OutputStatus.FAILED)

    # -- for implementations ---------------------------------------------------------------------
    def _set(self, status: OutputStatus, reason: str | None = None, **extra: object) -> None:
        fields: dict[str, object] = {"status": status, "reason": reason, **extra}
        if status == OutputStatus.LIVE and self.state.status != OutputStatus.LIVE:
            fields["started_at"] = time.monotonic()
            fields["retry_in_s"] = None
        elif status in (OutputStatus.IDLE, OutputStatus.FAILED):
            fields["started_at"] = None
        self.state.update(**fields)

    def _count_sent(self, nbytes: int) -> None:
        self._meter.add(nbytes)


class _RateMeter:
    """Bytes sent over the last 3 s, as kbit/s (cheap: one bucket per second)."""

    WINDOW = 3

    def __init__(self) -> None:
        self._buckets: dict[int, int] = {}

    def add(self, nbytes: int) -> None:
        second = int(time.monotonic())
        self._buckets[second] = self._buckets.get(second, 0) + nbytes
        if len(self._buckets) > self.WINDOW + 2:
            for old in sorted(self._buckets)[: -(self.WINDOW + 1)]:
                self._buckets.pop(old, None)

    def kbps(self) -> float:
        now = int(time.monotonic())
        total = sum(v for k, v in list(self._buckets.items()) if now - self.WINDOW <= k < now)
        return total * 8 / 1000 / self.WINDOW
