"""What outputs consume: raw program pictures and audio, or leased encodes of them.

`ProgramFeeds` is attached once to the renderer and the mixer (it is one output of each) and
stays attached for the session's life, through format changes. Outputs that lease an encode
with equal settings share it: WHIP, the embedded server, co-hosts and every RTMP destination
share one H.264 encode; every RTMP destination shares one AAC encode. A format change re-opens
each encode at the new size and rate (one keyframe); leases and their subscribers carry on."""

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


@dataclass(frozen=True, slots=True)
class VideoEncodeSpec:
    """The settings that make two video leases share an encode (size and rate are the program's)."""

    bitrate: int = 2_500_000
    preset: str = "superfast"
    keyframe_interval_s: float = 2.0
    """Every platform's ingest guide asks for a keyframe at least every 2 s."""


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
        self._frame_sinks: tuple[Callable[[Frame], None], ...] = ()
        self._audio_sinks: tuple[Callable[[AudioBlock], None], ...] = ()
        self._video: dict[VideoEncodeSpec, tuple[LiveEncoder, int]] = {}
        self._audio: dict[AudioEncodeSettings, tuple[AudioEncode, int]] = {}

    # -- from the renderer and the mixer (their threads) -------------------------------------------
    def push_video(self, frame: Frame) -> None:
        for sink in self._frame_sinks:
            sink(frame)

    def push_audio(self, block: AudioBlock) -> None:
        for sink in self._audio_sinks:
            sink(block)

    # -- raw consumers (the recording) ---------------------------------------------------------------
    def add_frames(self, video: Callable[[Frame], None], audio: Callable[[AudioBlock], None]) -> None:
        with self._lock:
            self._frame_sinks = (*self._frame_sinks, video)
            self._audio_sinks = (*self._audio_sinks, audio)

    def remove_frames(self, video: Callable[[Frame], None], audio: Callable[[AudioBlock], None]) -> None:
        with self._lock:
            self._frame_sinks = tuple(s for s in self._frame_sinks if s != video)
            self._audio_sinks = tuple(s for s in self._audio_sinks if s != audio)

    # -- leases -------------------------------------------------------------------------------------------
    def lease_video(self, spec: VideoEncodeSpec = VideoEncodeSpec()) -> Lease[LiveEncoder]:
        """A share of the program's H.264 (+ Opus for WebRTC peers) encode with these settings."""
        with self._lock:
            encoder, count = self._video.get(spec, (None, 0))
            if encoder is None:
                encoder = LiveEncoder(LiveEncoderSettings(
                    width=self.width, height=self.height, fps=self.fps, bitrate=spec.bitrate,
                    preset=spec.preset, keyframe_interval_s=spec.keyframe_interval_s), self.epoch_ns)
                encoder.start()
                self._frame_sinks = (*self._frame_sinks, encoder.push_video)
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
            self._frame_sinks = tuple(s for s in self._frame_sinks if s != encoder.push_video)
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
    def set_format(self, width: int, height: int, fps: int) -> None:
        """The program changed size or rate: every encode follows (one keyframe)."""
        with self._lock:
            self.width, self.height, self.fps = width, height, fps
            encoders = [encoder for encoder, _count in self._video.values()]
        for encoder in encoders:
            encoder.set_format(width, height, fps)

    def close(self) -> None:
        with self._lock:
            video = [e for e, _c in self._video.values()]
            audio = [e for e, _c in self._audio.values()]
            self._video.clear()
            self._audio.clear()
            self._frame_sinks = self._audio_sinks = ()
        for encoder in video:
            encoder.stop()
        for aac in audio:
            aac.stop()
