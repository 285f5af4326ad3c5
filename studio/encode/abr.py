"""Adaptive bitrate: the shared live encode follows what the uplink can carry.

Inputs, once a second, from the publish link: the receiver's bandwidth estimate (REMB),
the fraction of packets lost (RTCP receiver reports) and the round-trip time. Output: a
video bitrate and a rung of the resolution ladder (1080p → 720p → 540p → 360p).

The rules are those of Google Congestion Control's loss-based controller, capped by the
receiver's delay-based estimate: above 10 % loss, cut by half the loss; below 2 %, grow 8 % a
second (12 % once 6 s have passed without a cut and the rate is past the one that cut came
at, 16 % after 10 s: a link that stays clean gets its rate back sooner); in between, hold.
A round-trip time well above the best seen (2x, and at least +50 ms) means queues are
filling: cut 15 % before loss appears. The receiver's estimate caps the rate when the link
shows congestion; on a clean link probing may run up to 1.5x of it, because a receiver's
estimate lags behind a link that has just freed up.

The resolution steps down at once when the bitrate falls below what a rung needs, and back
up only after the bitrate has allowed the next rung for 8 s (hysteresis), so the picture
does not flap between sizes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rung:
    height: int
    min_bps: int  # below this, the picture is better one rung down
    max_bps: int  # no gain above this at this size

    @property
    def label(self) -> str:
        return f"{self.height}p"

    def width_for(self, aspect: float) -> int:
        return int(round(self.height * aspect / 2)) * 2

    def size_for(self, aspect: float) -> tuple[int, int]:
        """(width, height) at this rung for a picture of `aspect` = width / height. A rung
        names the short side, as "720p" does on phones: a 9:16 show at 720p is 720×1280."""
        if aspect >= 1:
            return self.width_for(aspect), self.height
        return self.height, int(round(self.height / aspect / 2)) * 2


LADDER: tuple[Rung, ...] = (
    Rung(1080, 2_500_000, 6_000_000),
    Rung(720, 1_000_000, 3_000_000),
    Rung(540, 400_000, 1_500_000),
    Rung(360, 150_000, 800_000),
)


@dataclass(frozen=True, slots=True)
class LinkReport:
    fraction_lost: float | None = None  # 0..1, from the receiver's last report
    rtt_ms: float | None = None
    remb_bps: int | None = None  # the receiver's estimate, when it sends one


@dataclass(frozen=True, slots=True)
class Decision:
    bitrate_bps: int
    rung: Rung
    rung_changed: bool
    reason: str  # "loss", "delay", "estimate", "probe", "hold"


class BitrateController:
    LOSS_HIGH = 0.10
    LOSS_LOW = 0.02
    GROWTH = 1.08
    GROWTH_CLEAN = ((6.0, 1.08), (10.0, 1.12), (float("inf"), 1.16))
    """Growth per second by how long since the last cut, once the rate has passed the one the
    last cut came at without trouble: 8 % while a cut is recent or the rate is still below
    where the link failed (under a cap the sawtooth stays in this band), faster the longer
    the link stays clean beyond it — after a cap lifts, 8 %/s alone needs 14 s to go from 0.7
    to 2 Mbit/s (libwebrtc closes that gap with probes we cannot send without a pacer)."""
    DELAY_CUT = 0.85
    UP_AFTER_S = 8.0
    CUT_HOLD_S = 2.0

    def __init__(self, program_height: int = 720, start_bps: int = 2_500_000, min_bps: int = 150_000) -> None:
        self.rungs = tuple(r for r in LADDER if r.height <= program_height) or LADDER[-1:]
        self.min_bps = min_bps
        self.max_bps = self.rungs[0].max_bps
        self.bitrate = max(min_bps, min(start_bps, self.max_bps))
        self.rung_index = 0
        while self.rung_index < len(self.rungs) - 1 and self.bitrate < self.rung.min_bps:
            self.rung_index += 1
        self.min_rtt_ms: float | None = None
        self._prev_rtt_ms: float | None = None
        self._last_cut: float | None = None
        self._cut_from: int | None = None  # the rate the last cut came at
        self._started: float | None = None
        self._up_since: float | None = None

    @property
    def rung(self) -> Rung:
        return self.rungs[self.rung_index]

    def update(self, now_s: float, report: LinkReport) -> Decision:
        target = float(self.bitrate)
        loss = report.fraction_lost
        delay = self._queue_building(report.rtt_ms)
        # Reports describe the second before: right after a cut they still show the old rate's
        # trouble. One cut per CUT_HOLD_S, or stale reports would cut again and again.
        may_cut = self._last_cut is None or now_s - self._last_cut >= self.CUT_HOLD_S
        if loss is not None and loss > self.LOSS_HIGH:
            if may_cut:
                target *= 1 - 0.5 * loss
                self._cut(now_s)
            reason = "loss"
        elif delay:
            if may_cut:
                target *= self.DELAY_CUT
                self._cut(now_s)
            reason = "delay"
        elif loss is None or loss < self.LOSS_LOW:
            target *= self.growth(now_s)
            reason = "probe"
        else:
            reason = "hold"
        if report.remb_bps:
            # The receiver's delay-based estimate lags behind a link that has just freed up
            # (aiortc's grows a few % a second near its last maximum). Trust it fully when the
            # link shows congestion; on a clean link let probing run up to 1.5x of it.
            congested = delay or (loss is not None and loss >= self.LOSS_LOW)
            cap = report.remb_bps * (0.95 if congested else 1.5)
            if target > cap:
                target = cap
                reason = "estimate"
        self.bitrate = int(max(self.min_bps, min(self.max_bps, target)))
        changed = self._step_rung(now_s)
        return Decision(self.bitrate, self.rung, changed, reason)

    def growth(self, now_s: float) -> float:
        if self._started is None:
            self._started = now_s
        if self._cut_from is not None and self.bitrate <= self._cut_from:
            return self.GROWTH
        clean_s = now_s - (self._last_cut if self._last_cut is not None else self._started)
        return next(g for limit, g in self.GROWTH_CLEAN if clean_s < limit)

    def _cut(self, now_s: float) -> None:
        self._last_cut = now_s
        self._cut_from = self.bitrate

    def follow(self, now_s: float, bps: float, reason: str) -> Decision:
        """Take the bitrate from an outside estimate (GCC's delay-based estimator on
        transport-wide feedback, or a receiver's REMB that fell below the rate), keeping the
        ladder and its hysteresis. A cut counts as one for the loss rules' 2 s hold."""
        if bps < self.bitrate:
            self._cut(now_s)
        self.bitrate = int(max(self.min_bps, min(self.max_bps, bps)))
        changed = self._step_rung(now_s)
        return Decision(self.bitrate, self.rung, changed, reason)

    def _queue_building(self, rtt_ms: float | None) -> bool:
        """RTT well above the best seen *and still rising*. aiortc smooths RTT heavily, so a
        drained queue shows as a slowly falling RTT for seconds: falling is not congestion."""
        if rtt_ms is None:
            return False
        previous, self._prev_rtt_ms = self._prev_rtt_ms, rtt_ms
        if self.min_rtt_ms is None or rtt_ms < self.min_rtt_ms:
            self.min_rtt_ms = rtt_ms
            return False
        rising = previous is not None and rtt_ms > previous * 1.05
        return rising and rtt_ms > max(2 * self.min_rtt_ms, self.min_rtt_ms + 50)

    def _step_rung(self, now_s: float) -> bool:
        if self.rung_index < len(self.rungs) - 1 and self.bitrate < self.rung.min_bps:
            self.rung_index += 1
            self._up_since = None
            return True
        if self.rung_index > 0 and self.bitrate >= self.rungs[self.rung_index - 1].min_bps:
            if self._up_since is None:
                self._up_since = now_s
            elif now_s - self._up_since >= self.UP_AFTER_S:
                self.rung_index -= 1
                self._up_since = None
                return True
        else:
            self._up_since = None
        return False
