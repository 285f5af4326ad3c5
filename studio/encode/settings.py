"""Encoder settings, declared once with their defaults."""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from av import VideoFrame


@dataclass(frozen=True, slots=True)
class VideoEncoderSettings:
    codec: str = "libx264"
    width: int = 1280
    height: int = 720
    fps: int = 30
    preset: str = "veryfast"
    """x264 preset; veryfast ≈ 5 ms per 720p frame here, ultrafast ≈ 2 ms at lower quality."""
    crf: int | None = 21
    """Constant quality for recordings; None means bitrate mode (`bitrate`)."""
    bitrate: int = 4_000_000
    keyframe_interval_s: float = 2.0
    """Keyframes at most this far apart, so a player or viewer can join quickly."""
    threads: int = 2

    def x264_options(self) -> dict[str, str]:
        # zerolatency: no B-frames, no lookahead, no frame threading delay.
        opts = {"preset": self.preset, "tune": "zerolatency", "bf": "0",
                "g": str(int(self.fps * self.keyframe_interval_s))}
        if self.crf is not None:
            opts["crf"] = str(self.crf)
        return opts


@dataclass(frozen=True, slots=True)
class AudioEncoderSettings:
    codec: str = "libopus"
    sample_rate: int = 48_000
    bitrate: int = 96_000
    extra: dict[str, str] = field(default_factory=dict)


def bgr_to_video_frame(image: np.ndarray) -> VideoFrame:
    """BGR → yuv420p through OpenCV (≈0.3 ms at 720p; PyAV's own reformat costs ≈5 ms)."""
    i420 = cv2.cvtColor(image, cv2.COLOR_BGR2YUV_I420)
    return VideoFrame.from_ndarray(i420, format="yuv420p")
