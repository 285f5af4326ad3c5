"""Helpers that decode real files back with PyAV."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av


@dataclass
class Decoded:
    video_frames: int
    width: int
    height: int
    video_duration: float
    audio_duration: float
    has_audio: bool


def decode(path: Path) -> Decoded:
    frames, width, height, last_v = 0, 0, 0, 0.0
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            frames += 1
            width, height = f.width, f.height
            last_v = float(f.time)
    audio_samples, rate, has_audio = 0, 48000, False
    with av.open(str(path)) as c:
        if c.streams.audio:
            has_audio = True
            rate = c.streams.audio[0].rate
            for f in c.decode(audio=0):
                audio_samples += f.samples
    fps = 30
    return Decoded(frames, width, height, last_v + 1 / fps, audio_samples / rate, has_audio)
