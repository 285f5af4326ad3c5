"""The recorder: program video + audio into a Matroska file that stays playable if the
process dies (small clusters, flushed per packet), and an MP4 copy on a clean stop.

Chapters (one per pinned product) are marked while recording and written when the file is
finished: Matroska takes chapters in its trailer, the MP4 copy gets them at the remux."""

from __future__ import annotations

import errno
import logging
import shutil
import threading
import time
from collections import deque
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from studio.encode.settings import AudioEncoderSettings, VideoEncoderSettings, bgr_to_video_frame
from studio.events import Signal
from studio.media.frames import AudioBlock, Frame
from studio.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

# Matroska keeps the open cluster in memory: cap it at 1 s so a crash loses ≤ ~1 s.
MKV_OPTIONS = {"cluster_time_limit": "1000", "cluster_size_limit": "4194304", "flush_packets": "1"}
QUEUE_SECONDS = 2  # bounded backlog between the program thread and the encoder thread
AUDIO_RESYNC_NS = 100_000_000  # re-anchor audio timestamps if capture drifts this far
# The recording stops cleanly (encoders flushed, index written) while the disk still has this
# much room, or 10 s of the recording's own rate if that is more: a disk filled to the last byte
# breaks the file's end, and the rest of the computer needs room too.
DISK_RESERVE_BYTES = 64 * 1024 * 1024
DISK_RESERVE_SECONDS = 10
SPACE_CHECK_S = 1.0


@dataclass(frozen=True, slots=True)
class Chapter:
    """A titled span of a recording, in seconds from its start."""

    title: str
    start_s: float
    end_s: float


def chapters_from_marks(marks: list[tuple[float, str | None]], duration_s: float) -> list[Chapter]:
    """Marks are (seconds, title or None for "nothing shown"); each titled mark runs until the
    next mark or the end. Marks at the same instant keep the last one."""
    chapters: list[Chapter] = []
    ordered = sorted(marks, key=lambda m: m[0])
    for i, (at, title) in enumerate(ordered):
        start = min(max(0.0, at), duration_s)
        end = min(ordered[i + 1][0], duration_s) if i + 1 < len(ordered) else duration_s
        if title and end > start:
            chapters.append(Chapter(title, round(start, 3), round(end, 3)))
    return chapters


GAP_TITLE = "—"


def without_gaps(chapters: list[Chapter]) -> list[Chapter]:
    """MP4 chapters have starts only (each runs to the next): spans with no product become
    chapters titled "—" so that the products' chapters keep their true starts."""
    out: list[Chapter] = []
    at = 0.0
    for c in chapters:
        if c.start_s > at:
            out.append(Chapter(GAP_TITLE, at, c.start_s))
        out.append(c)
        at = c.end_s
    return out


def av_chapters(chapters: list[Chapter]) -> list[dict[str, object]]:
    """The dicts PyAV's `set_chapters` takes (milliseconds)."""
    ms = Fraction(1, 1000)
    return [{"id": i + 1, "start": round(c.start_s * 1000), "end": round(c.end_s * 1000),
             "time_base": ms, "metadata": {"title": c.title}} for i, c in enumerate(chapters)]


def read_chapters(path: str | Path) -> list[Chapter]:
    """The chapters stored in a media file."""
    with av.open(str(path)) as container:
        return [Chapter(str(c["metadata"].get("title", "")),
                        float(c["start"] * c["time_base"]), float(c["end"] * c["time_base"]))
                for c in container.chapters()]


class RecorderError(Exception):
    """The recording could not start or continue; the message is one sentence."""


@dataclass(frozen=True, slots=True)
class RecordingResult:
    path: Path
    mp4_path: Path | None
    video_frames: int
    audio_samples: int
    duration_s: float
    dropped_frames: int
    error: str | None = None


class Recorder:
    """Consumes program frames and audio blocks on its own thread; never blocks the caller."""

    def __init__(
        self,
        path: str | Path,
        video: VideoEncoderSettings = VideoEncoderSettings(),
        audio: AudioEncoderSettings = AudioEncoderSettings(),
        make_mp4: bool = False,
        metadata: dict[str, str] | None = None,
        reserve_bytes: int = DISK_RESERVE_BYTES,
    ) -> None:
        """`metadata`: container tags (title, comment…) written into the file's header."""
        self.path = Path(path)
        self.metadata = dict(metadata or {})
        self.reserve_bytes = reserve_bytes
        self.failed: Signal[str] = Signal()  # one sentence, when the recording stops on its own
        self.video_settings = video
        self.audio_settings = audio
        self.make_mp4 = make_mp4
        self._queue: deque[Frame | AudioBlock | None] = deque()
        self._cond = threading.Condition()
        self._max_video = QUEUE_SECONDS * video.fps
        self._queued_video = 0
        self.dropped_frames = 0
        self.video_frames = 0
        self.audio_samples = 0
        self.error: str | None = None
        self._finished = False  # the encoder thread has ended (stopped, or failed on its own)
        self._space_at = 0.0  # monotonic time of the last free-space check
        self._size_at = (0.0, 0)  # (monotonic time, file size) a few seconds back: the write rate
        self.bytes_per_s = 0.0
        self._origin_ns: int | None = None
        self._last_vpts = -1
        self._next_apts: int | None = None
        self._fifo_pts: int | None = None
        self._thread: threading.Thread | None = None
        self._container: av.container.OutputContainer | None = None
        self._marks: list[tuple[int, str | None]] = []  # (session-clock ns, title or None)
        self.chapters: list[Chapter] = []  # what was written, once finished

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> None:
        if self.path.suffix.lower() not in (".mkv", ".mka", ""):
            raise RecorderError(
                f"Recordings are written as Matroska (.mkv) so they survive a crash; "
                f"got {self.path.name}. Use --mp4 to also get an MP4 copy."
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            free = shutil.disk_usage(self.path.parent).free
        except OSError as exc:
            log.warning("cannot write %s: %s", self.path, exc)
            raise RecorderError(Message(QT_TRANSLATE_NOOP(
                "Notice", "The recordings folder {folder} cannot be written: choose another one "
                          "in Settings."),
                folder=self.path.parent)) from exc
        if free < self.reserve_bytes:
            raise RecorderError(Message(QT_TRANSLATE_NOOP(
                "Notice", "The disk is full ({free} MB free): free some space or choose another "
                          "recordings folder in Settings."), free=free // 1_000_000))
        try:
            self._container = av.open(str(self.path), "w", format="matroska", options=MKV_OPTIONS)
            self._container.metadata.update(self.metadata)
        except (OSError, av.FFmpegError) as exc:
            log.warning("cannot write %s: %s", self.path, exc)
            raise RecorderError(Message(QT_TRANSLATE_NOOP(
                "Notice", "The recording {name} cannot be written: choose another recordings folder "
                          "in Settings."), name=self.path.name)) from exc
        vs = self.video_settings
        self._encoder = vs.encoder()
        self._vstream = self._container.add_stream(self._encoder.name, rate=vs.fps,
                                                   options=vs.options(self._encoder.name))
        self._vstream.width, self._vstream.height = vs.width, vs.height
        self._vstream.pix_fmt = self._encoder.pix_fmt
        self._vstream.codec_context.time_base = Fraction(1, vs.fps)
        self._vstream.thread_count = vs.threads
        if vs.crf is None:
            self._vstream.bit_rate = vs.bitrate
        au = self.audio_settings
        self._astream = self._container.add_stream(au.codec, rate=au.sample_rate, layout="mono")
        self._astream.bit_rate = au.bitrate
        self._afifo = av.AudioFifo()
        self._thread = threading.Thread(target=self._run, name="Recorder", daemon=True)
        self._thread.start()

    def stop(self) -> RecordingResult:
        with self._cond:
            self._queue.append(None)
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout=30)
        mp4: Path | None = None
        if self.make_mp4 and self.error is None and self.video_frames:
            mp4 = self.path.with_suffix(".mp4")
            try:
                remux_to_mp4(self.path, mp4, self.chapters)
            except (OSError, av.FFmpegError) as exc:
                self.error = f"The MP4 copy could not be written ({exc}); the .mkv is complete."
                mp4 = None
        return RecordingResult(
            self.path, mp4, self.video_frames, self.audio_samples,
            self.video_frames / self.video_settings.fps, self.dropped_frames, self.error,
        )

    def mark_chapter(self, title: str | None, at_ns: int) -> None:
        """From `at_ns` (session clock) on, the recording shows `title` (None: no product)."""
        with self._cond:
            self._marks.append((at_ns, title))

    def _chapters(self) -> list[Chapter]:
        with self._cond:
            marks = list(self._marks)
        origin = self._origin_ns or 0
        duration = self.video_frames / self.video_settings.fps
        return chapters_from_marks([((at - origin) / 1e9, title) for at, title in marks], duration)

    # -- producers (any thread) ----------------------------------------------------------
    def push_video(self, frame: Frame) -> None:
        if self._finished:
            return
        with self._cond:
            if self._queued_video >= self._max_video:
                self.dropped_frames += 1  # encoder is behind: shed video, never grow the backlog
                return
            self._queued_video += 1
            self._queue.append(frame)
            self._cond.notify()

    def push_audio(self, block: AudioBlock) -> None:
        if self._finished:
            return
        with self._cond:
            if len(self._queue) < 4 * self._max_video:
                self._queue.append(block)
                self._cond.notify()

    # -- encoder thread --------------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                with self._cond:
                    self._cond.wait_for(lambda: bool(self._queue))
                    item = self._queue.popleft()
                    if isinstance(item, Frame):
                        self._queued_video -= 1
                if item is None:
                    break
                if isinstance(item, Frame):
                    self._encode_video(item)
                else:
                    self._encode_audio(item)
                if self._disk_almost_full():
                    self.error = self._disk_full_sentence()
                    break
            self._flush()
        except Exception as exc:  # disk full, encoder error: keep what is written, say why
            log.exception("recording failed")
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
                self.error = self.error or self._disk_full_sentence()
            else:
                self.error = self.error or Message(QT_TRANSLATE_NOOP(
                    "Notice", "The recording stopped: the file could not be written any more. "
                              "What was recorded until now is saved in {name}."), name=self.path.name)
        finally:
            self._finished = True
            if self._container is not None:
                try:
                    self.chapters = self._chapters()
                    if self.chapters:  # Matroska writes chapters with its trailer
                        self._container.set_chapters(av_chapters(self.chapters))  # type: ignore[arg-type]
                    self._container.close()
                except Exception:
                    log.exception("closing the recording failed")
            with self._cond:
                self._queue.clear()
                self._queued_video = 0
            if self.error:
                self.failed.emit(self.error)

    def _disk_full_sentence(self) -> Message:
        return Message(QT_TRANSLATE_NOOP(
            "Notice", "The disk is almost full, so the recording stopped; the show goes on. What was "
                      "recorded until now is saved in {name}: free some space to record again."),
            name=self.path.name)

    def _disk_almost_full(self) -> bool:
        """Checked once a second: stop while the index and the rest of the computer still fit."""
        now = time.monotonic()
        if now - self._space_at < SPACE_CHECK_S:
            return False
        self._space_at = now
        try:
            size = self.path.stat().st_size
            free = shutil.disk_usage(self.path.parent).free
        except OSError:
            return False  # the next write says what is wrong
        then, size_then = self._size_at
        if then and now - then >= 3 * SPACE_CHECK_S:
            self.bytes_per_s = max(0.0, (size - size_then) / (now - then))
            self._size_at = (now, size)
        elif not then:
            self._size_at = (now, size)
        reserve = max(self.reserve_bytes, DISK_RESERVE_SECONDS * self.bytes_per_s)
        if free < reserve:
            log.warning("%d bytes free on the recording's disk (reserve %d): stopping the recording",
                        free, reserve)
            return True
        return False

    def _encode_video(self, frame: Frame) -> None:
        if self._origin_ns is None:
            self._origin_ns = frame.pts_ns
        fps = self.video_settings.fps
        pts = round((frame.pts_ns - self._origin_ns) * fps / 1e9)
        if pts <= self._last_vpts:
            return  # two program ticks mapped to one slot (clock jitter): keep the first
        self._last_vpts = pts
        vs = self.video_settings
        image = frame.image
        if image.shape[1] != vs.width or image.shape[0] != vs.height:
            # The program changed format mid-recording: the file keeps its size and shape.
            from studio.processing.compositor import fit_contain

            image = fit_contain(image, vs.width, vs.height)
        vf = bgr_to_video_frame(image, self._encoder.pix_fmt)
        vf.pts = pts
        vf.time_base = Fraction(1, fps)
        for packet in self._vstream.encode(vf):
            self._container.mux(packet)  # type: ignore[union-attr]
        self.video_frames += 1

    def _encode_audio(self, block: AudioBlock) -> None:
        if self._origin_ns is None:
            return  # audio starts with the first picture
        rate = self.audio_settings.sample_rate
        samples = block.samples
        start = round((block.pts_ns - self._origin_ns) * rate / 1e9)
        if self._next_apts is None or abs(start - self._next_apts) * 1e9 / rate > AUDIO_RESYNC_NS:
            if start < 0:  # block began before the first picture: keep only its tail
                samples = samples[-start:]
                start = 0
            if self._next_apts is None and start > 0:
                self._next_apts = 0  # audio began after the first picture: lead in with silence
            if self._next_apts is not None and start > self._next_apts:
                # A capture gap: fill with silence so audio stays aligned with the picture.
                self._write_audio(np.zeros(start - self._next_apts, np.int16), self._next_apts)
            elif self._next_apts is not None:
                start = self._next_apts  # overlap: continue where we are
            self._next_apts = start
        if len(samples):
            self._write_audio(samples, self._next_apts)

    def _write_audio(self, samples: np.ndarray, pts: int) -> None:
        af = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        af.sample_rate = self.audio_settings.sample_rate
        af.pts = None  # the fifo re-chunks; we stamp what comes out (it is contiguous)
        if self._fifo_pts is None:
            self._fifo_pts = pts
        self._afifo.write(af)
        self._next_apts = pts + len(samples)
        self.audio_samples += len(samples)
        size = self._astream.codec_context.frame_size or 960
        while self._afifo.samples >= size:
            chunk = self._afifo.read(size)
            chunk.pts = self._fifo_pts
            chunk.time_base = Fraction(1, af.sample_rate)
            self._fifo_pts += size
            for packet in self._astream.encode(chunk):
                self._container.mux(packet)  # type: ignore[union-attr]

    def _flush(self) -> None:
        assert self._container is not None
        for packet in self._vstream.encode(None):
            self._container.mux(packet)
        if self._afifo.samples:
            chunk = self._afifo.read()
            chunk.pts = self._fifo_pts
            chunk.time_base = Fraction(1, self.audio_settings.sample_rate)
            for packet in self._astream.encode(chunk):
                self._container.mux(packet)
        for packet in self._astream.encode(None):
            self._container.mux(packet)


def remux_to_mp4(src: Path, dst: Path, chapters: list[Chapter] | None = None) -> None:
    """Copy the streams into an MP4 (moov up front) without re-encoding."""
    remux(src, dst, "mp4", without_gaps(chapters or []), {"movflags": "+faststart"})


def remux(src: Path, dst: Path, fmt: str, chapters: list[Chapter] | None = None,
          options: dict[str, str] | None = None) -> None:
    """Copy the audio and video streams into `dst` as `fmt` without re-encoding, with `chapters`
    (None keeps the source's own). Also how a cut-off Matroska file gets its index back."""
    with av.open(str(src)) as inp, av.open(str(dst), "w", format=fmt, options=options or {}) as out:
        out.set_chapters(av_chapters(chapters) if chapters is not None  # type: ignore[arg-type]
                         else inp.chapters())
        mapping = {}
        for stream in inp.streams:
            if stream.type in ("video", "audio"):
                mapping[stream.index] = out.add_stream_from_template(stream)
        for packet in inp.demux():
            if packet.dts is None or packet.stream.index not in mapping:
                continue
            packet.stream = mapping[packet.stream.index]
            out.mux(packet)
