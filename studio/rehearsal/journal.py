"""The session journal: listens to the session's models and writes the event sidecar of
every recording, and marks a chapter in the recording at every product pin.

It is a part of its own: it is given the evented models and signals it listens to, opens
`<recording>.events.jsonl` when the session's `recording_path` is set and closes it when it
is cleared. Nothing in the core calls into it. New signals (comment intents, answers,
claims from the comment pipeline) are added with `watch`.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

from studio.events import FieldChange, Signal
from studio.media.frames import AudioBlock, now_ns
from studio.processing.audio_mix import CLIP_LEVEL, dbfs
from studio.rehearsal.sidecar import (
    CoHostJoined,
    CoHostLeft,
    CommentPinned,
    CommentPosted,
    Event,
    EventWriter,
    FlashSaleEnded,
    FlashSaleStarted,
    LevelSampled,
    LiveChanged,
    ProductPinned,
    ProductUnpinned,
    QualitySampled,
    RecordingEnded,
    RecordingStarted,
    sidecar_path,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
NS = 1_000_000_000


class _Evented(Protocol):
    changed: Signal[FieldChange]


class _ChapterSink(Protocol):
    def mark_chapter(self, title: str | None, at_ns: int) -> None: ...


class _AudioTap(Protocol):
    def add_output(self, push: Callable[[AudioBlock], None]) -> None: ...
    def remove_output(self, push: Callable[[AudioBlock], None]) -> None: ...


class SessionJournal:
    """Writes what happens during each recording into its sidecar.

    `state` is the session's evented state (recording_path, pinned_product, pinned_comment,
    countdown_ends_ns, live_state, cohosts…); `comments` a signal of new comments; `quality`
    a signal of link samples; `audio` the mixer (a level sample per second is taken from the
    program sound while recording); `product_title` names a product id; `recorder` returns
    the running recorder, which gets a chapter per pin."""

    def __init__(self, state: _Evented, comments: Signal[Any] | None = None,
                 quality: Signal[Any] | None = None, audio: _AudioTap | None = None,
                 product_title: Callable[[str], str | None] = lambda _id: None,
                 recorder: Callable[[], _ChapterSink | None] = lambda: None) -> None:
        self.state = state
        self.audio = audio
        self.product_title = product_title
        self.recorder = recorder
        self._lock = threading.RLock()
        self._writer: EventWriter | None = None
        self._origin_ns = 0
        self._cohosts: dict[str, str] = {}
        self._level_second = -1
        self._level_sum = 0.0
        self._level_count = 0
        self._level_peak = 0
        self._level_clipped = 0
        self._watched: list[tuple[Signal[Any], Callable[[Any], None]]] = []
        self._watch(state.changed, self._on_state_changed)
        if comments is not None:
            self._watch(comments, self._on_comment)
        if quality is not None:
            self._watch(quality, self._on_link_sampled)

    # -- lifecycle -----------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        writer = self._writer
        return writer.path if writer else None

    def watch(self, signal: Signal[T], make: Callable[[T, float], Event | None]) -> None:
        """Also journal `signal`: `make(payload, t)` turns each emission into an event (or None)."""
        def on_emit(value: T) -> None:
            if self._writer is not None:
                event = make(value, self._t())
                if event is not None:
                    self.write(event)
        self._watch(signal, on_emit)

    def close(self) -> None:
        """Stop listening (and end a sidecar still open)."""
        for signal, callback in self._watched:
            signal.disconnect(callback)
        self._watched.clear()
        self._end()

    def write(self, event: Event) -> None:
        writer = self._writer
        if writer is not None:
            writer.write(event)

    def _watch(self, signal: Signal[Any], callback: Callable[[Any], None]) -> None:
        signal.connect(callback)
        self._watched.append((signal, callback))

    def _t(self, at_ns: int | None = None) -> float:
        return ((now_ns() if at_ns is None else at_ns) - self._origin_ns) / NS

    # -- the recording's start and end ----------------------------------------------------------
    def _begin(self, recording: Path, started_ns: int | None) -> None:
        with self._lock:
            self._end()
            self._origin_ns = started_ns or now_ns()
            try:
                self._writer = EventWriter(sidecar_path(recording))
            except OSError:
                log.exception("cannot write the events next to %s", recording)
                return
            st: Any = self.state
            width, height, fps = getattr(st, "video_format", (0, 0, 0))
            wall = time.time() - (now_ns() - self._origin_ns) / NS
            self.write(RecordingStarted(t=0.0, path=str(recording), wall=round(wall, 3),
                                        width=width, height=height, fps=fps))
            # What is already on screen and on air counts from t = 0.
            if getattr(st, "pinned_product", None):
                self._pinned(st.pinned_product, 0.0)
            if getattr(st, "live_state", "offline") not in ("offline", ""):
                self.write(LiveChanged(t=0.0, state=st.live_state, reconnects=st.reconnects))
            self._cohosts = {}
            self._on_cohosts(getattr(st, "cohosts", ()), 0.0)
            self._level_second = -1
            if self.audio is not None:
                self.audio.add_output(self._on_audio)

    def _end(self) -> None:
        with self._lock:
            writer = self._writer
            if writer is None:
                return
            if self.audio is not None:
                self.audio.remove_output(self._on_audio)
            self._flush_level()
            writer.write(RecordingEnded(t=self._t()))
            self._writer = None
            writer.close()

    # -- listeners (any thread) ------------------------------------------------------------------
    def _on_state_changed(self, change: FieldChange) -> None:
        name = change.name
        if name == "recording_path":
            if change.new is not None:
                self._begin(Path(change.new), getattr(self.state, "recording_started_ns", None))
            else:
                self._end()
            return
        if self._writer is None:
            return
        t = self._t()
        if name == "pinned_product":
            if change.old:
                self.write(ProductUnpinned(t=t, product_id=change.old))
            if change.new:
                self._pinned(change.new, t)
            else:
                self._mark(None, t)
        elif name == "pinned_comment" and change.new:
            self.write(CommentPinned(t=t, id=change.new))
        elif name == "countdown_ends_ns":
            if change.new is not None:
                self.write(FlashSaleStarted(t=t, seconds=round((change.new - now_ns()) / NS, 1),
                                            product_id=getattr(self.state, "pinned_product", None)))
            else:
                self.write(FlashSaleEnded(t=t))
        elif name == "live_state":
            st: Any = self.state
            self.write(LiveChanged(t=t, state=change.new, reason=getattr(st, "live_error", None),
                                   reconnects=getattr(st, "reconnects", 0)))
        elif name == "cohosts":
            self._on_cohosts(change.new, t)

    def _pinned(self, product_id: str, t: float) -> None:
        title = self.product_title(product_id) or product_id
        self.write(ProductPinned(t=t, product_id=product_id, title=title))
        self._mark(title, t)

    def _mark(self, title: str | None, t: float) -> None:
        recorder = self.recorder()
        if recorder is not None:
            recorder.mark_chapter(title, self._origin_ns + int(t * NS))

    def _on_cohosts(self, cohosts: tuple[Any, ...], t: float) -> None:
        live = {c.id: c.name for c in cohosts if getattr(c, "state", "") == "live"}
        for cid, name in live.items():
            if cid not in self._cohosts:
                self.write(CoHostJoined(t=t, id=cid, name=name))
        for cid, name in self._cohosts.items():
            if cid not in live:
                self.write(CoHostLeft(t=t, id=cid, name=name))
        self._cohosts = live

    def _on_comment(self, comment: Any) -> None:
        if self._writer is None:
            return
        self.write(CommentPosted(
            t=self._t(), id=comment.id, name=comment.name, text=comment.text,
            host=bool(getattr(comment, "host", False)), language=getattr(comment, "language", None),
            intent=getattr(comment, "intent", None)
            or ",".join(sorted(getattr(comment, "intents", ()))) or None))

    def _on_link_sampled(self, sample: Any) -> None:
        if self._writer is None:
            return
        s = sample.stats
        self.write(QualitySampled(
            t=self._t(), link=s.link, level=int(sample.level),
            rtt_ms=_round(s.rtt_ms), loss=_round(s.fraction_lost, 4), bitrate_kbps=_round(s.bitrate_kbps)))

    def _on_audio(self, block: AudioBlock) -> None:
        """In the audio thread: cheap sums per block, one event per second of sound."""
        second = int((block.pts_ns - self._origin_ns) // NS)
        if second != self._level_second:
            self._flush_level()
            self._level_second = second
        samples = block.samples
        if not len(samples):
            return
        wide = samples.astype(np.float32)
        self._level_sum += float(np.dot(wide, wide))
        self._level_count += len(samples)
        self._level_peak = max(self._level_peak, int(np.max(np.abs(samples.astype(np.int32)))))
        self._level_clipped += int(np.count_nonzero(np.abs(samples.astype(np.int32)) >= CLIP_LEVEL))

    def _flush_level(self) -> None:
        if self._level_second >= 0 and self._level_count:
            rms = math.sqrt(self._level_sum / self._level_count)
            self.write(LevelSampled(t=float(self._level_second), rms_db=round(dbfs(rms), 1),
                                    peak_db=round(dbfs(self._level_peak), 1), clipped=self._level_clipped))
        self._level_sum, self._level_count, self._level_peak, self._level_clipped = 0.0, 0, 0, 0


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(float(value), digits)
