"""The program renderer: one worker thread that ticks at the output frame rate, takes the
newest source picture, runs the processing chain and hands the program frame on.

Ticking on our own clock (as OBS does) gives outputs a constant frame rate whatever the
camera does; a late tick is skipped and counted, never queued."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from studio.media.frames import Frame, LatestSlot, now_ns
from studio.processing import VideoProcessor

log = logging.getLogger(__name__)

OPENCV_THREADS = 1
"""OpenCV's own worker pool, process-wide, set when a renderer starts. Its parallel loops
split each 720p call into slices for a second thread that mostly waits: on this 2-core
machine the enhancement chain cost 5.3 ms of CPU per frame with 2 threads against 3.8 ms
with 1 (2.7 against 3.8 ms of wall time; docs/performance.md). A show's cores are shared
with two x264 encodes and the network, so CPU, not one frame's wall time, is what counts."""


@dataclass(frozen=True, slots=True)
class ProgramStats:
    fps: float  # program frames per second over the last second
    process_ms: float  # median processing time per frame over the last second
    lagged: int  # ticks skipped because processing ran late, since start
    source_fps: float  # new source pictures per second


@dataclass(slots=True)
class ExtraCanvas:
    """A second canvas rendered from the same source picture at every tick, with its own
    chain (fit, enhancement, layout, overlays), preview and outputs (docs/canvases.md)."""

    key: str
    chain: tuple[VideoProcessor, ...]
    output: Callable[[Frame], None]
    preview: LatestSlot[Frame]


class ProgramRenderer:
    def __init__(self, fps: int = 30, width: int = 1280, height: int = 720) -> None:
        self.fps, self.width, self.height = fps, width, height
        self.preview: LatestSlot[Frame] = LatestSlot()  # what viewers see
        self.source_preview: LatestSlot[Frame] = LatestSlot()  # before processing (split view)
        self._source: LatestSlot[Frame] | None = None
        self._chain: tuple[VideoProcessor, ...] = ()
        self._outputs: tuple[Callable[[Frame], None], ...] = ()
        self._extras: tuple[ExtraCanvas, ...] = ()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._black = np.zeros((height, width, 3), np.uint8)
        self.stats = ProgramStats(0.0, 0.0, 0, 0.0)
        self._times: list[float] = []
        self._source_index = -1
        self._new_source = 0
        self.keep_source_preview = False
        self.extra_ms = 0.0  # the extra canvases' last render time

    def set_format(self, fps: int, width: int, height: int) -> None:
        """A new size or rate, in place: outputs and views stay attached to this renderer (a
        new renderer once left the live encode behind and froze every viewer)."""
        running = self._thread is not None
        if running:
            self.stop()
        self.fps, self.width, self.height = fps, width, height
        self._black = np.zeros((height, width, 3), np.uint8)
        if running:
            self.start()

    def set_source(self, slot: LatestSlot[Frame] | None) -> None:
        self._source = slot

    def set_chain(self, chain: Sequence[VideoProcessor]) -> None:
        self._chain = tuple(chain)

    def add_output(self, push: Callable[[Frame], None]) -> None:
        with self._lock:
            self._outputs = (*self._outputs, push)

    def remove_output(self, push: Callable[[Frame], None]) -> None:
        with self._lock:
            self._outputs = tuple(o for o in self._outputs if o != push)

    def add_canvas(self, key: str, chain: Sequence[VideoProcessor],
                   output: Callable[[Frame], None]) -> ExtraCanvas:
        canvas = ExtraCanvas(key, tuple(chain), output, LatestSlot())
        with self._lock:
            self._extras = (*(c for c in self._extras if c.key != key), canvas)
        return canvas

    def remove_canvas(self, key: str) -> None:
        with self._lock:
            self._extras = tuple(c for c in self._extras if c.key != key)

    def canvas_preview(self, key: str) -> LatestSlot[Frame] | None:
        return next((c.preview for c in self._extras if c.key == key), None)

    def render_extras(self, pts_ns: int, index: int = 0) -> None:
        """Render every extra canvas from the newest source picture and hand it on."""
        if not self._extras:
            return
        src = self._source.peek() if self._source is not None else None
        for canvas in self._extras:
            image = src.image.copy() if src is not None else self._black.copy()
            try:
                for stage in canvas.chain:
                    image = stage.process(image, pts_ns)
            except Exception:
                log.exception("a stage of the %s canvas failed; skipping its frame", canvas.key)
                continue
            frame = Frame(image, pts_ns, index)
            canvas.preview.put(frame)
            canvas.output(frame)

    def start(self) -> None:
        cv2.setNumThreads(OPENCV_THREADS)
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="ProgramRenderer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None

    def render_once(self, pts_ns: int, index: int = 0) -> Frame:
        """Build one program frame from the newest source picture (also used by tests)."""
        src = self._source.peek() if self._source is not None else None
        image = src.image if src is not None else self._black
        if src is not None and self.keep_source_preview:
            self.source_preview.put(src)
        image = image.copy()  # stages may draw in place; the source frame stays pristine
        for stage in self._chain:
            image = stage.process(image, pts_ns)
        if src is not None and src.index != self._source_index:
            self._source_index = src.index
            self._new_source += 1
        return Frame(image, pts_ns, index)

    def _run(self) -> None:
        period = 1_000_000_000 // self.fps
        start = now_ns()
        tick = 0
        lagged = 0
        window_start, window_frames = start, 0
        while not self._stop.is_set():
            due = start + tick * period
            delay = (due - now_ns()) / 1e9
            if delay > 0 and self._stop.wait(delay):
                break
            t0 = time.perf_counter()
            try:
                frame = self.render_once(due, tick)
            except Exception:
                log.exception("a processing stage failed; showing the unprocessed picture")
                src = self._source.peek() if self._source else None
                frame = Frame(src.image if src else self._black, due, tick)
            self._times.append((time.perf_counter() - t0) * 1000)
            self.preview.put(frame)
            for push in self._outputs:
                push(frame)
            if self._extras:
                t1 = time.perf_counter()
                self.render_extras(due, tick)
                self.extra_ms = (time.perf_counter() - t1) * 1000
                self._times[-1] += self.extra_ms
            window_frames += 1
            tick += 1
            now = now_ns()
            behind = (now - (start + tick * period)) // period
            if behind > 0:  # processing overran: skip the ticks we missed, keep the cadence
                tick += behind
                lagged += behind
            if now - window_start >= 1_000_000_000:
                secs = (now - window_start) / 1e9
                times = sorted(self._times)
                self.stats = ProgramStats(
                    window_frames / secs, times[len(times) // 2] if times else 0.0, lagged,
                    self._new_source / secs,
                )
                self._times.clear()
                window_start, window_frames, self._new_source = now, 0, 0
