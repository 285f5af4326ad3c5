"""What outputs consume: raw program pictures and audio, or leased encodes of them.

`ProgramFeeds` is attached once to the renderer and the mixer (it is one output of each) and
stays attached for the session's life, through format changes. Outputs that lease an encode
with equal settings share it: WHIP, the embedded server, co-hosts and every RTMP destination
share one H.264 encode; every RTMP destination shares one AAC encode. A format change re-opens
each encode at the new size and rate (one keyframe); leases and their subscribers carry on.

Canvases: the program may render a second canvas of the other shape (16:9 and 9:16 at once,
docs/canvases.md). Each canvas has a key — `MAIN` (the format chosen in Sources) and
`SECOND` — its own size, raw frames and encodes; audio is the same for all. An output picks
its canvas by the `canvas` of its `VideoEncodeSpec` (or of `add_frames` for raw consumers)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from studio.encode.audio import AudioEncode, AudioEncodeSettings
from studio.encode.live import LiveEncoder, LiveEncoderSettings
from studio.media.frames import AudioBlock, Frame, now_ns

log = logging.getLogger(__name__)

E = TypeVar("E", LiveEncoder, AudioEncode)
MAIN, SECOND = "main", "second"


def shape_of(width: int, height: int) -> str:
    return "portrait" if height > width else "landscape"


@dataclass(frozen=True, slots=True)
class VideoEncodeSpec:
    """The settings that make two video leases share an encode (size and rate are the program's)."""

    bitrate: int = 2_500_000
    preset: str = "superfast"
    keyframe_interval_s: float = 2.0
    """Every platform's ingest guide asks for a keyframe at least every 2 s."""
    canvas: str = MAIN
    """Which canvas this encode is of (`MAIN` or `SECOND`)."""
    share: str = ""
    """Leases with different `share` never share an encode: one that changes its own picture
    size (a co-host link sending only what the host's tile needs) takes `share="guest"`."""


class Lease(Generic[E]):
    """A share of one encode. `release()` once; the encode stops with its last lease."""

    def __init__(self, encoder: E, release: Callable[[], None]) -> None:
        self.encoder = encoder
        self._release: Callable[[], None] | None = release

    def release(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()


class ProgramFeeds:
    def __init__(self, width: int, height: int, fps: int) -> None:
        self.width, self.height, self.fps = width, height, fps
        self.epoch_ns = now_ns()  # timestamp 0 of every encode, so they line up
        self._lock = threading.Lock()
        self._sizes: dict[str, tuple[int, int]] = {MAIN: (width, height)}
        self._canvas_sinks: dict[str, tuple[Callable[[Frame], None], ...]] = {MAIN: ()}
        self._audio_sinks: tuple[Callable[[AudioBlock], None], ...] = ()
        self._video: dict[VideoEncodeSpec, tuple[LiveEncoder, int]] = {}
        self._audio: dict[AudioEncodeSettings, tuple[AudioEncode, int]] = {}

    # -- canvases ----------------------------------------------------------------------------------------
    def add_canvas(self, key: str, width: int, height: int) -> None:
        with self._lock:
            self._sizes[key] = (width, height)
            self._canvas_sinks.setdefault(key, ())

    def remove_canvas(self, key: str) -> None:
        """Forget a canvas no output uses any more (ValueError while one does)."""
        if key == MAIN:
            raise ValueError("The main canvas stays.")
        with self._lock:
            if self._canvas_sinks.get(key) or any(s.canvas == key for s in self._video):
                raise ValueError("An output is still using this canvas.")
            self._sizes.pop(key, None)
            self._canvas_sinks.pop(key, None)

    def canvases(self) -> dict[str, tuple[int, int]]:
        with self._lock:
            return dict(self._sizes)

    def canvas_for(self, shape: str) -> str | None:
        """The key of the canvas of this shape ("landscape"/"portrait"), or of the main one
        for "main"; None when no canvas has that shape."""
        if shape == MAIN:
            return MAIN
        with self._lock:
            return next((k for k, (w, h) in self._sizes.items() if shape_of(w, h) == shape), None)

    def canvas_in_use(self, key: str) -> bool:
        with self._lock:
            return bool(self._canvas_sinks.get(key)) or any(s.canvas == key for s in self._video)

    # -- from the renderer and the mixer (their threads) -------------------------------------------
    def push_video(self, frame: Frame, canvas: str = MAIN) -> None:
        for sink in self._canvas_sinks.get(canvas, ()):
            sink(frame)

    def push_second(self, frame: Frame) -> None:
        self.push_video(frame, SECOND)

    def push_audio(self, block: AudioBlock) -> None:
        for sink in self._audio_sinks:
            sink(block)

    # -- raw consumers (the recording) ---------------------------------------------------------------
    def add_frames(self, video: Callable[[Frame], None], audio: Callable[[AudioBlock], None],
                   canvas: str = MAIN) -> None:
        with self._lock:
            if canvas not in self._sizes:
                raise ValueError(f"No canvas {canvas!r} is being rendered.")
            self._canvas_sinks[canvas] = (*self._canvas_sinks[canvas], video)
            self._audio_sinks = (*self._audio_sinks, audio)

    def remove_frames(self, video: Callable[[Frame], None], audio: Callable[[AudioBlock], None]) -> None:
        with self._lock:
            for key, sinks in self._canvas_sinks.items():
                self._canvas_sinks[key] = tuple(s for s in sinks if s != video)
            self._audio_sinks = tuple(s for s in self._audio_sinks if s != audio)

    def size_of(self, canvas: str = MAIN) -> tuple[int, int]:
        with self._lock:
            return self._sizes[canvas]

    # -- leases -------------------------------------------------------------------------------------------
    def lease_video(self, spec: VideoEncodeSpec = VideoEncodeSpec()) -> Lease[LiveEncoder]:
        """A share of the program's H.264 (+ Opus for WebRTC peers) encode with these settings."""
        with self._lock:
            encoder, count = self._video.get(spec, (None, 0))
            if encoder is None:
                if spec.canvas not in self._sizes:
                    raise ValueError(f"No canvas {spec.canvas!r} is being rendered.")
                width, height = self._sizes[spec.canvas]
                encoder = LiveEncoder(LiveEncoderSettings(
                    width=width, height=height, fps=self.fps, bitrate=spec.bitrate,
                    preset=spec.preset, keyframe_interval_s=spec.keyframe_interval_s), self.epoch_ns)
                encoder.start()
                self._canvas_sinks[spec.canvas] = (*self._canvas_sinks[spec.canvas], encoder.push_video)
                self._audio_sinks = (*self._audio_sinks, encoder.push_audio)
            self._video[spec] = (encoder, count + 1)
        return Lease(encoder, lambda: self._release_video(spec))

    def _release_video(self, spec: VideoEncodeSpec) -> None:
        with self._lock:
            encoder, count = self._video[spec]
            if count > 1:
                self._video[spec] = (encoder, count - 1)
                return
            del self._video[spec]
            sinks = self._canvas_sinks.get(spec.canvas, ())
            self._canvas_sinks[spec.canvas] = tuple(s for s in sinks if s != encoder.push_video)
            self._audio_sinks = tuple(s for s in self._audio_sinks if s != encoder.push_audio)
        encoder.stop()

    def lease_audio(self, spec: AudioEncodeSettings = AudioEncodeSettings()) -> Lease[AudioEncode]:
        """A share of the program's AAC encode with these settings."""
        with self._lock:
            encoder, count = self._audio.get(spec, (None, 0))
            if encoder is None:
                encoder = AudioEncode(spec, self.epoch_ns)
                encoder.start()
                self._audio_sinks = (*self._audio_sinks, encoder.push_audio)
            self._audio[spec] = (encoder, count + 1)
        return Lease(encoder, lambda: self._release_audio(spec))

    def _release_audio(self, spec: AudioEncodeSettings) -> None:
        with self._lock:
            encoder, count = self._audio[spec]
            if count > 1:
                self._audio[spec] = (encoder, count - 1)
                return
            del self._audio[spec]
            self._audio_sinks = tuple(s for s in self._audio_sinks if s != encoder.push_audio)
        encoder.stop()

    def video_encoders(self) -> list[LiveEncoder]:
        with self._lock:
            return [encoder for encoder, _count in self._video.values()]

    @property
    def encodes(self) -> int:
        """Encodes running now (video + audio): what the outputs cost in encoding."""
        with self._lock:
            return len(self._video) + len(self._audio)

    # -- format ----------------------------------------------------------------------------------------------
    def set_format(self, width: int, height: int, fps: int, canvas: str = MAIN) -> None:
        """A canvas changed size (or the program its rate): its encodes follow (one keyframe)."""
        with self._lock:
            if canvas == MAIN:
                self.width, self.height = width, height
            self.fps = fps
            self._sizes[canvas] = (width, height)
            encoders = [(e, self._sizes[s.canvas]) for s, (e, _c) in self._video.items()
                        if s.canvas == canvas or fps != e.settings.fps]
        for encoder, (w, h) in encoders:
            encoder.set_format(w, h, fps)

    def close(self) -> None:
        with self._lock:
            video = [e for e, _c in self._video.values()]
            audio = [e for e, _c in self._audio.values()]
            self._video.clear()
            self._audio.clear()
            self._canvas_sinks = {key: () for key in self._canvas_sinks}
            self._audio_sinks = ()
        for encoder in video:
            encoder.stop()
        for aac in audio:
            aac.stop()
