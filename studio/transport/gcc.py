"""Google Congestion Control's send-side estimator (draft-ietf-rmcat-gcc-02, as libwebrtc
implements it today): the rate a link carries, estimated from how one-way delay grows.

Input: transport-wide congestion control feedback (`studio/transport/twcc.py`): for each packet
we sent, its send time, size and the time it arrived at the receiver (None: lost). Output: a
target bitrate. Pure: no I/O, no clock of its own; the caller passes `now_ms`.

The parts, each as libwebrtc has it:

* **Inter-arrival grouping** — packets sent within 5 ms of a group's first are one group (a
  frame leaves as a burst); a packet that arrives within 5 ms of the group and sooner than
  its send spacing (queued behind it) joins it too. Consecutive groups give a send delta, an
  arrival delta and their difference, the delay variation.
* **Trendline filter** — the accumulated delay variation, smoothed (0.9), over a window of
  20 groups; the slope of its least-squares line is the trend (> 0: a queue is filling).
* **Overuse detector** — the trend × min(groups, 60) × 4 against an adaptive threshold
  (k_up 0.0087, k_down 0.039, 6–600, starting at 12.5): above it for 10 ms and two groups in
  a row with the trend not falling is *overuse*; below minus it is *underuse*.
* **AIMD rate control** — overuse cuts to 0.85 × the acknowledged bitrate (what the receiver
  measured arriving); normal grows multiplicatively while far from the link's known capacity
  (8 %/s; 12 %/s from 6 s after the last cut and 16 %/s from 10 s once past the estimate the
  last overuse came at) and by about one packet per 2 × (RTT + 100 ms) near it; the known
  capacity is forgotten 3 s after the last cut;
  underuse holds (the queue drains). The estimate never grows past 1.5 × the acknowledged
  bitrate + 10 kbit/s.
* **Arrivals against sends** (`QueueGrowth`; not in libwebrtc, which finds the link with
  probes) — the largest one-way delay of each 100 ms of send time, over the last 5 such
  spans: the slope of those delays as arrivals ÷ sends. Under 0.97 while they still rise, the
  estimate holds (does not grow; released above 0.99 or once they fall again: a keyframe's
  queue draining); under 0.97 for 300 ms of feedback is overuse, as the trendline's.
* **Acknowledged bitrate** — bytes that arrived over the last 500 ms of arrival time.
* **Loss backstop** — the loss-based rules that drove the rate before: above 10 % lost over
  the last second of feedback, cut by half the loss (at most once per 300 ms + RTT); below
  2 %, grow as the delay-based side does (8–16 %/s), never above the delay-based estimate.
  The target is the lower of the two.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol


class PacketFeedback(Protocol):
    """One packet as the feedback reports it (`studio.transport.twcc.PacketResult`)."""

    @property
    def seq(self) -> int: ...
    @property
    def send_ms(self) -> float: ...
    @property
    def size(self) -> int: ...
    @property
    def arrival_ms(self) -> float | None: ...


class Usage(Enum):
    NORMAL = "normal"
    OVERUSE = "overuse"
    UNDERUSE = "underuse"


# -- inter-arrival grouping ---------------------------------------------------------------------
SEND_GROUP_MS = 5.0
BURST_ARRIVAL_MS = 5.0
MAX_BURST_MS = 100.0
ARRIVAL_JUMP_MS = 3000.0  # arrival clock jumped (receiver restarted): start over


@dataclass(slots=True)
class _Group:
    first_send_ms: float
    send_ms: float
    first_arrival_ms: float
    arrival_ms: float
    size: int


@dataclass(frozen=True, slots=True)
class Delta:
    send_ms: float
    arrival_ms: float
    size_delta: int
    arrival_at_ms: float  # the later group's last arrival


class InterArrival:
    """Groups packets into send bursts and yields the deltas between complete groups."""

    def __init__(self) -> None:
        self._current: _Group | None = None
        self._previous: _Group | None = None

    def reset(self) -> None:
        self._current = self._previous = None

    def add(self, send_ms: float, arrival_ms: float, size: int) -> Delta | None:
        cur = self._current
        if cur is None:
            self._current = _Group(send_ms, send_ms, arrival_ms, arrival_ms, size)
            return None
        if send_ms < cur.first_send_ms:
            return None  # reordered from an earlier group: ignore, as libwebrtc does
        if self._belongs(cur, send_ms, arrival_ms):
            cur.send_ms = max(cur.send_ms, send_ms)
            cur.arrival_ms = max(cur.arrival_ms, arrival_ms)
            cur.size += size
            return None
        delta = None
        prev = self._previous
        if prev is not None:
            arrival_delta = cur.arrival_ms - prev.arrival_ms
            if abs(arrival_delta) > ARRIVAL_JUMP_MS:
                self.reset()
                self._current = _Group(send_ms, send_ms, arrival_ms, arrival_ms, size)
                return None
            delta = Delta(cur.send_ms - prev.send_ms, arrival_delta, cur.size - prev.size, cur.arrival_ms)
        self._previous = cur
        self._current = _Group(send_ms, send_ms, arrival_ms, arrival_ms, size)
        return delta

    @staticmethod
    def _belongs(group: _Group, send_ms: float, arrival_ms: float) -> bool:
        if send_ms - group.first_send_ms <= SEND_GROUP_MS:
            return True
        # A burst: arrives right behind the group and sooner than it was sent after it.
        arrival_delta = arrival_ms - group.arrival_ms
        send_delta = send_ms - group.send_ms
        return (arrival_delta <= BURST_ARRIVAL_MS and arrival_delta - send_delta < 0
                and arrival_ms - group.first_arrival_ms < MAX_BURST_MS)


# -- trendline filter and overuse detector ------------------------------------------------------
class TrendlineDetector:
    WINDOW = 20
    SMOOTHING = 0.9
    THRESHOLD_GAIN = 4.0
    K_UP = 0.0087
    K_DOWN = 0.039
    MAX_ADAPT_OFFSET_MS = 15.0
    OVERUSE_TIME_MS = 10.0
    MAX_DELTAS = 60

    def __init__(self) -> None:
        self.threshold = 12.5
        self.trend = 0.0
        self.modified_trend = 0.0
        self.usage = Usage.NORMAL
        self._samples: deque[tuple[float, float]] = deque(maxlen=self.WINDOW)
        self._first_arrival_ms: float | None = None
        self._accumulated = 0.0
        self._smoothed = 0.0
        self._deltas = 0
        self._last_update_ms: float | None = None
        self._overuse_ms = -1.0
        self._overuse_count = 0
        self._prev_trend = 0.0

    def update(self, delta: Delta) -> Usage:
        if self._first_arrival_ms is None:
            self._first_arrival_ms = delta.arrival_at_ms
        self._deltas = min(self._deltas + 1, 1000)
        self._accumulated += delta.arrival_ms - delta.send_ms
        self._smoothed = self.SMOOTHING * self._smoothed + (1 - self.SMOOTHING) * self._accumulated
        self._samples.append((delta.arrival_at_ms - self._first_arrival_ms, self._smoothed))
        if len(self._samples) == self.WINDOW:
            self.trend = _slope(self._samples, self.trend)
        self._detect(delta.send_ms, delta.arrival_at_ms)
        return self.usage

    def _detect(self, send_delta_ms: float, now_ms: float) -> None:
        if self._deltas < 2:
            return
        modified = min(self._deltas, self.MAX_DELTAS) * self.trend * self.THRESHOLD_GAIN
        self.modified_trend = modified
        if modified > self.threshold:
            if self._overuse_ms < 0:
                self._overuse_ms = send_delta_ms / 2  # half the delta: we may have just crossed
            else:
                self._overuse_ms += send_delta_ms
            self._overuse_count += 1
            if (self._overuse_ms > self.OVERUSE_TIME_MS and self._overuse_count > 1
                    and self.trend >= self._prev_trend):
                self._overuse_ms = 0
                self._overuse_count = 0
                self.usage = Usage.OVERUSE
        elif modified < -self.threshold:
            self._overuse_ms = -1
            self._overuse_count = 0
            self.usage = Usage.UNDERUSE
        else:
            self._overuse_ms = -1
            self._overuse_count = 0
            self.usage = Usage.NORMAL
        self._prev_trend = self.trend
        self._adapt_threshold(modified, now_ms)

    def _adapt_threshold(self, modified: float, now_ms: float) -> None:
        if self._last_update_ms is None:
            self._last_update_ms = now_ms
        if abs(modified) > self.threshold + self.MAX_ADAPT_OFFSET_MS:
            self._last_update_ms = now_ms  # a spike (a route change): do not adapt to it
            return
        k = self.K_DOWN if abs(modified) < self.threshold else self.K_UP
        dt = min(max(now_ms - self._last_update_ms, 0.0), 100.0)
        self.threshold = min(max(self.threshold + k * (abs(modified) - self.threshold) * dt, 6.0), 600.0)
        self._last_update_ms = now_ms


def _slope(points: Iterable[tuple[float, float]], fallback: float) -> float:
    pts = list(points)
    n = len(pts)
    mean_x = sum(x for x, _y in pts) / n
    mean_y = sum(y for _x, y in pts) / n
    num = sum((x - mean_x) * (y - mean_y) for x, y in pts)
    den = sum((x - mean_x) ** 2 for x, _y in pts)
    return num / den if den else fallback


# -- what arrives against what was sent --------------------------------------------------------
class QueueGrowth:
    """Whether the link has stopped carrying what we put in, seen directly: the packets sent
    over the last half second arrived more slowly than they were sent (their one-way delay
    grows). The trendline lags a slowly filling queue: in a traced cap run its trend read
    0.009 while the delays grew by 5 % of the elapsed time (smoothed, over 20 groups that
    audio packets make a quarter second long), and it fired half a second after this did,
    0.2–0.7 s after the queue began to fill; the estimate went on climbing meanwhile.

    Frames leave as bursts, so single packets say little: each `BIN_MS` of send time is
    sampled by the largest one-way delay of its packets (arrival − send, on two clocks: only
    its changes count) — when the link finished delivering what was sent in it. A bin is
    complete once a packet sent after it has been reported (the queue is served in order).
    `ratio` is arrivals ÷ sends over the last `BINS` complete bins: 1 / (1 + the slope of their
    delays). *Holding*: the ratio under `HOLD_RATIO` (once holding, under `RELEASE_RATIO`)
    and the newest bin's delay no lower than the one before (a queue still filling, not a
    keyframe's queue draining again). *Overuse*: holding, with the ratio under `HOLD_RATIO`
    for `OVERUSE_AFTER_MS` of feedback in a row (0.85 × what arrived, as the trendline's)."""

    BIN_MS = 100.0
    BINS = 5
    MIN_BINS = 4
    HOLD_RATIO = 0.97
    RELEASE_RATIO = 0.99
    OVERUSE_AFTER_MS = 300.0

    def __init__(self) -> None:
        self._bins: deque[tuple[int, float]] = deque()  # (bin by send time, largest delay)
        self._latest_bin: int | None = None
        self._last_delay: float | None = None
        self._below_since_ms: float | None = None
        self.ratio: float | None = None
        self.holding = False

    def reset(self) -> None:
        self._bins.clear()
        self._latest_bin = self._last_delay = self._below_since_ms = self.ratio = None
        self.holding = False

    def add(self, send_ms: float, arrival_ms: float) -> None:
        delay = arrival_ms - send_ms
        if self._last_delay is not None and abs(delay - self._last_delay) > ARRIVAL_JUMP_MS:
            self.reset()  # a clock jumped (the receiver restarted): start over
        self._last_delay = delay
        index = math.floor(send_ms / self.BIN_MS)
        if self._latest_bin is None or index > self._latest_bin:
            self._latest_bin = index
        bins = self._bins
        if bins and index < bins[0][0]:
            return  # older than the window
        for i in range(len(bins) - 1, -1, -1):
            b, largest = bins[i]
            if b == index:
                bins[i] = (b, max(largest, delay))
                return
            if b < index:
                bins.insert(i + 1, (index, delay))
                break
        else:
            bins.appendleft((index, delay))
        while bins[0][0] < self._latest_bin - self.BINS:
            bins.popleft()

    def update(self, now_ms: float) -> Usage:
        """After a feedback report: OVERUSE when the queue has kept filling, else NORMAL (and
        `holding` says whether the estimate must not grow)."""
        latest = self._latest_bin
        complete = [(b * self.BIN_MS, d) for b, d in self._bins if latest is not None and b < latest]
        complete = complete[-self.BINS:]
        self.ratio = None
        if len(complete) >= self.MIN_BINS:
            slope = _slope(complete, 0.0)
            self.ratio = 1 / (1 + slope) if slope > -0.5 else 2.0
        ratio = self.ratio
        filling = len(complete) >= 2 and complete[-1][1] >= complete[-2][1]
        below = ratio is not None and ratio < self.HOLD_RATIO
        if not below:
            self._below_since_ms = None
        elif self._below_since_ms is None:
            self._below_since_ms = now_ms
        limit = self.RELEASE_RATIO if self.holding else self.HOLD_RATIO
        self.holding = ratio is not None and ratio < limit and filling
        if self.holding and filling and self._below_since_ms is not None \
                and now_ms - self._below_since_ms >= self.OVERUSE_AFTER_MS:
            self._below_since_ms = now_ms  # the next cut only after as long again
            return Usage.OVERUSE
        return Usage.NORMAL


# -- acknowledged bitrate -----------------------------------------------------------------------
class AckedBitrate:
    """Bytes that arrived over the last `window_ms` of arrival time, as bit/s."""

    def __init__(self, window_ms: float = 500.0) -> None:
        self.window_ms = window_ms
        self._arrivals: deque[tuple[float, int]] = deque()
        self._bytes = 0
        self._first_ms: float | None = None
        self._latest_ms: float | None = None

    def add(self, arrival_ms: float, size: int) -> None:
        if self._latest_ms is not None and arrival_ms < self._latest_ms - self.window_ms:
            return  # older than the window: reordered far behind
        if self._first_ms is None:
            self._first_ms = arrival_ms
        self._latest_ms = arrival_ms if self._latest_ms is None else max(self._latest_ms, arrival_ms)
        self._arrivals.append((arrival_ms, size))
        self._bytes += size
        while self._arrivals and self._arrivals[0][0] <= self._latest_ms - self.window_ms:
            self._bytes -= self._arrivals.popleft()[1]

    @property
    def bps(self) -> float | None:
        """None until a full window has arrived."""
        if self._first_ms is None or self._latest_ms is None:
            return None
        if self._latest_ms - self._first_ms < self.window_ms:
            return None
        return self._bytes * 8 * 1000 / self.window_ms


# -- AIMD rate control ----------------------------------------------------------------------------
class LinkCapacity:
    """Where overuse was last seen (an average of the acknowledged rate at overuse, in kbit/s,
    with its deviation): near it, increase additively; well off it, forget it."""

    def __init__(self) -> None:
        self.estimate_kbps: float | None = None
        self._var = 0.4

    def upper_bps(self) -> float:
        assert self.estimate_kbps is not None
        return (self.estimate_kbps + 3 * self._deviation()) * 1000

    def lower_bps(self) -> float:
        assert self.estimate_kbps is not None
        return (self.estimate_kbps - 3 * self._deviation()) * 1000

    def _deviation(self) -> float:
        assert self.estimate_kbps is not None
        return math.sqrt(self._var * self.estimate_kbps)

    def on_overuse(self, acked_bps: float) -> None:
        sample = acked_bps / 1000
        if self.estimate_kbps is None:
            self.estimate_kbps = sample
        else:
            self.estimate_kbps = 0.95 * self.estimate_kbps + 0.05 * sample
        norm = max(self.estimate_kbps, 1.0)
        self._var = min(max(0.95 * self._var + 0.05 * (self.estimate_kbps - sample) ** 2 / norm, 0.4), 2.5)

    def reset(self) -> None:
        self.estimate_kbps = None


class AimdRateControl:
    BETA = 0.85
    GROWTH_PER_S = 1.08
    GROWTH_CLEAN = ((6000.0, 1.08), (10000.0, 1.12), (float("inf"), 1.16))
    """Multiplicative growth per second by how long since the last cut (or the start), once
    the estimate is past the one the last overuse came at: 8 % while a cut is recent or the
    estimate is still below that, faster the longer the link stays clean beyond it.
    libwebrtc finds a link that has freed up with probe bursts (padding at 2–3 × the
    estimate); aiortc sends none, and 8 %/s alone needs ~14 s from 0.7 to 2 Mbit/s."""
    CAPACITY_TTL_MS: float | None = 3000.0
    """The link's capacity (where overuse was seen) is forgotten this long after the last cut,
    and growth is multiplicative again. libwebrtc keeps it only until what arrives leaves its
    band, and its probes make that happen soon after a link frees up. We cannot probe, and
    libx264 sends less than its target (it keeps the rate it was opened at until the target is
    25 % above it): what arrives stays inside the band, and the estimate crawled at about one
    packet per 2 × (RTT + 100 ms) for 8–10 s after a cap lifted. Under a steady cap the
    next overuse comes within a few seconds either way."""
    PACKET_BITS = 1200 * 8
    FPS = 30

    def __init__(self, start_bps: float, min_bps: float, max_bps: float) -> None:
        self.bitrate = float(start_bps)
        self.min_bps, self.max_bps = float(min_bps), float(max_bps)
        self.capacity = LinkCapacity()
        self.state = "hold"  # hold, increase, decrease
        self.rtt_ms = 100.0
        self._last_change_ms: float | None = None
        self._last_decrease_ms: float | None = None
        self._decrease_from: float | None = None  # the estimate the last overuse came at
        self._started_ms: float | None = None
        self._held_ms: float | None = None

    def growth_per_s(self, now_ms: float) -> float:
        """The multiplicative growth factor per second (far from the link's known capacity)."""
        if self._decrease_from is not None and self.bitrate <= self._decrease_from:
            return self.GROWTH_PER_S
        since = self._last_decrease_ms if self._last_decrease_ms is not None else self._started_ms
        clean_ms = 0.0 if since is None else now_ms - since
        return next(g for limit, g in self.GROWTH_CLEAN if clean_ms < limit)

    def time_to_reduce_further(self, now_ms: float, acked_bps: float | None) -> bool:
        """After a cut, overuse keeps being reported while the queue drains: cut again only
        after one RTT (10–200 ms), or at once if what arrives is under half the estimate."""
        if self._last_change_ms is None:
            return True
        interval = min(max(self.rtt_ms, 10.0), 200.0)
        if now_ms - self._last_change_ms >= interval:
            return True
        return acked_bps is not None and acked_bps < self.bitrate / 2

    def hold(self, now_ms: float) -> None:
        """Keep the estimate where it is (what arrives stopped following what is sent): the
        next increase counts its time from here, so the hold is not made up afterwards (the
        once-per-RTT gate on cuts still counts from the last change)."""
        if self._started_ms is None:
            self._started_ms = now_ms
        if self.state == "increase":
            self.state = "hold"
        self._held_ms = now_ms

    def update(self, usage: Usage, acked_bps: float | None, now_ms: float) -> float:
        if self._started_ms is None:
            self._started_ms = now_ms
        if usage is Usage.OVERUSE:
            self.state = "decrease"
        elif usage is Usage.UNDERUSE:
            self.state = "hold"
        elif self.state == "hold":
            self.state = "increase"
        new = self.bitrate
        if self.state == "increase":
            known = self.capacity.estimate_kbps is not None
            if acked_bps is not None and known and acked_bps > self.capacity.upper_bps():
                self.capacity.reset()  # the link freed up: back to multiplicative growth
            elif (known and self.CAPACITY_TTL_MS is not None and self._last_decrease_ms is not None
                  and now_ms - self._last_decrease_ms >= self.CAPACITY_TTL_MS):
                self.capacity.reset()  # untested for long: see CAPACITY_TTL_MS
            marks = [m for m in (self._last_change_ms, self._held_ms) if m is not None]
            since = now_ms - max(marks) if marks else 0.0
            dt_s = min(max(since, 0.0), 1000.0) / 1000
            if self.capacity.estimate_kbps is not None:
                new += self._near_max_increase_bps() * dt_s
            else:
                new += max(self.bitrate * (self.growth_per_s(now_ms) ** dt_s - 1), 1000 * dt_s)
            if acked_bps is not None:
                # Do not run away from what the link has shown it carries.
                new = min(new, max(self.bitrate, 1.5 * acked_bps + 10_000))
            self._last_change_ms = now_ms
        elif self.state == "decrease":
            if acked_bps is not None:
                new = self.BETA * acked_bps
                if new > self.bitrate and self.capacity.estimate_kbps is not None:
                    new = self.BETA * self.capacity.estimate_kbps * 1000
                new = min(new, self.bitrate)
                if self.capacity.estimate_kbps is not None and acked_bps < self.capacity.lower_bps():
                    self.capacity.reset()
                self.capacity.on_overuse(acked_bps)
            else:
                new = self.bitrate * self.BETA
            # One overuse cuts once per RTT while the queue drains: the episode's first estimate
            # is the one it came from.
            episode = self._last_decrease_ms is not None and now_ms - self._last_decrease_ms < 1000
            self._decrease_from = max(self.bitrate, self._decrease_from or 0.0) if episode else self.bitrate
            self._last_change_ms = self._last_decrease_ms = now_ms
            self.state = "hold"  # one cut per overuse signal; the next normal resumes growth
        elif self._last_change_ms is None:
            self._last_change_ms = now_ms
        self.bitrate = min(max(new, self.min_bps), self.max_bps)
        return self.bitrate

    def _near_max_increase_bps(self) -> float:
        bits_per_frame = self.bitrate / self.FPS
        packets = max(1, math.ceil(bits_per_frame / self.PACKET_BITS))
        packet_bits = bits_per_frame / packets
        # The overuse detector's delay approximated as 100 ms, doubled as libwebrtc does by
        # default (its adaptive-threshold configuration): one packet per 2 × (RTT + 100 ms).
        response_s = 2 * (self.rtt_ms + 100) / 1000
        return max(4000.0, packet_bits / response_s)


# -- loss backstop ------------------------------------------------------------------------------------
class LossBackstop:
    HIGH = 0.10
    LOW = 0.02
    GROWTH_PER_S = 1.08
    WINDOW_MS = 1000.0

    def __init__(self, start_bps: float, min_bps: float) -> None:
        self.bitrate = float(start_bps)
        self.min_bps = float(min_bps)
        self.fraction_lost = 0.0
        self._packets: deque[tuple[float, bool]] = deque()  # (send time, lost)
        self._last_cut_ms: float | None = None
        self._last_ms: float | None = None

    def add(self, send_ms: float, lost: bool) -> None:
        self._packets.append((send_ms, lost))

    def update(self, now_ms: float, delay_bps: float, rtt_ms: float,
               growth_per_s: float = GROWTH_PER_S) -> float:
        """`growth_per_s`: the delay-based estimate's own multiplicative growth, which this
        follows on a clean link (else a link that freed up would climb at 8 %/s here whatever
        the delay-based side found)."""
        if self._packets:
            newest = self._packets[-1][0]
            while self._packets and self._packets[0][0] < newest - self.WINDOW_MS:
                self._packets.popleft()
        n = len(self._packets)
        self.fraction_lost = sum(lost for _t, lost in self._packets) / n if n >= 20 else 0.0
        dt_s = 0.0 if self._last_ms is None else min(max(now_ms - self._last_ms, 0.0), 1000.0) / 1000
        self._last_ms = now_ms
        if self.fraction_lost > self.HIGH:
            if self._last_cut_ms is None or now_ms - self._last_cut_ms >= 300 + rtt_ms:
                self.bitrate *= 1 - 0.5 * self.fraction_lost
                self._last_cut_ms = now_ms
                # The same losses must not cut twice: judge the next second afresh.
                self._packets.clear()
        elif self.fraction_lost < self.LOW:
            self.bitrate = self.bitrate * max(self.GROWTH_PER_S, growth_per_s) ** dt_s + 1000 * dt_s
        self.bitrate = max(self.min_bps, min(self.bitrate, delay_bps))
        return self.bitrate


# -- the estimator -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Estimate:
    target_bps: int
    delay_bps: int
    loss_bps: int
    acked_bps: int | None
    usage: Usage
    fraction_lost: float
    holding: bool = False  # what arrives stopped following what is sent (QueueGrowth)
    arrival_ratio: float | None = None  # QueueGrowth.ratio

    @property
    def reason(self) -> str:
        """What holds the target where it is: "overuse", "loss" or "delay"."""
        if self.loss_bps < self.delay_bps:
            return "loss"
        return "overuse" if self.usage is Usage.OVERUSE else "delay"


class DelayBasedEstimator:
    """Feed it every feedback report (`on_feedback`); read the target it returns."""

    def __init__(self, start_bps: float, min_bps: float = 150_000, max_bps: float = 6_000_000) -> None:
        self.inter_arrival = InterArrival()
        self.detector = TrendlineDetector()
        self.acked = AckedBitrate()
        self.queue = QueueGrowth()
        self.rate = AimdRateControl(start_bps, min_bps, max_bps)
        self.loss = LossBackstop(start_bps, min_bps)
        self._seen: set[int] = set()
        self._seen_order: deque[int] = deque()
        self.estimate = Estimate(int(start_bps), int(start_bps), int(start_bps), None, Usage.NORMAL, 0.0)

    @property
    def target_bps(self) -> int:
        return self.estimate.target_bps

    def set_rtt(self, rtt_ms: float) -> None:
        self.rate.rtt_ms = rtt_ms

    def on_feedback(self, now_ms: float, results: Iterable[PacketFeedback]) -> Estimate:
        received = []
        for r in results:
            if r.seq in self._seen:
                continue  # reported again (feedback repeats packets it had marked lost)
            if r.arrival_ms is None:
                self.loss.add(r.send_ms, True)
                continue
            self._remember(r.seq)
            self.loss.add(r.send_ms, False)
            received.append(r)
        received.sort(key=lambda r: (r.arrival_ms, r.send_ms))
        for r in received:
            assert r.arrival_ms is not None
            self.acked.add(r.arrival_ms, r.size)
            self.queue.add(r.send_ms, r.arrival_ms)
            delta = self.inter_arrival.add(r.send_ms, r.arrival_ms, r.size)
            if delta is not None:
                self.detector.update(delta)
        acked = self.acked.bps
        rate = self.rate
        usage = self.detector.usage
        queue = self.queue.update(now_ms) if received else Usage.NORMAL
        if usage is Usage.OVERUSE or queue is Usage.OVERUSE:
            # Overuse keeps being reported while the queue drains: one cut per RTT. Before a
            # full window of arrivals there is no acknowledged rate: cut the estimate itself.
            usage = Usage.OVERUSE
            if rate.time_to_reduce_further(now_ms, acked):
                rate.update(Usage.OVERUSE, acked, now_ms)
        elif received and self.queue.holding:
            rate.hold(now_ms)
        elif received:
            rate.update(usage, acked, now_ms)
        delay_bps = rate.bitrate
        loss_bps = self.loss.update(now_ms, delay_bps, rate.rtt_ms, rate.growth_per_s(now_ms))
        target = min(delay_bps, loss_bps)
        self.estimate = Estimate(int(target), int(delay_bps), int(loss_bps),
                                 None if acked is None else int(acked), usage, self.loss.fraction_lost,
                                 self.queue.holding, self.queue.ratio)
        return self.estimate

    def _remember(self, seq: int) -> None:
        self._seen.add(seq)
        self._seen_order.append(seq)
        if len(self._seen_order) > 4096:
            self._seen.discard(self._seen_order.popleft())
