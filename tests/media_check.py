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


# -- A/V sync and continuity of a stream or file, from the demo scene's marker and beep ----------
@dataclass
class StreamCheck:
    video_codec: str = ""
    audio_codec: str = ""
    width: int = 0
    height: int = 0
    video_pts: list[float] = None  # type: ignore[assignment]  seconds
    marker_onsets: list[float] = None  # type: ignore[assignment]
    beep_onsets: list[float] = None  # type: ignore[assignment]

    def max_gap_ms(self, start: float = float("-inf"), end: float = float("inf")) -> float:
        """The largest hole between consecutive pictures whose times fall in [start, end]."""
        pts = sorted(t for t in self.video_pts if start <= t <= end)
        return max((b - a for a, b in zip(pts, pts[1:], strict=False)), default=0.0) * 1000

    def gaps(self, over_ms: float = 100) -> list[tuple[float, float]]:
        """(time, length in ms) of each hole longer than `over_ms`."""
        pts = sorted(self.video_pts)
        return [(a, (b - a) * 1000) for a, b in zip(pts, pts[1:], strict=False) if (b - a) * 1000 > over_ms]

    def sync_offsets_ms(self) -> list[float]:
        """Beep onset minus marker onset, for each marker onset with a beep within 0.5 s."""
        out = []
        for m in self.marker_onsets:
            near = [b for b in self.beep_onsets if abs(b - m) < 0.5]
            if near:
                out.append((min(near, key=lambda b: abs(b - m)) - m) * 1000)
        return out


def check_stream(source: str, seconds: float | None = None, timeout: float = 10.0,
                 marker: tuple[float, float] = (1 - 60 / 1280, 60 / 720)) -> StreamCheck:
    """Decode a file or a live URL (for `seconds` of its own time): codecs, size, video
    timestamps, and onsets of the demo scene's sync marker (lit green) and of its beep."""
    import numpy as np

    check = StreamCheck(video_pts=[], marker_onsets=[], beep_onsets=[])
    # None until the first picture / block: a read that starts mid-beep has no onset there.
    lit_before: bool | None = None
    loud_before: bool | None = None
    with av.open(source, timeout=timeout) as c:
        vstream = c.streams.video[0]
        astream = c.streams.audio[0] if c.streams.audio else None
        check.video_codec = vstream.codec_context.name
        check.audio_codec = astream.codec_context.name if astream else ""
        first = None
        for packet in c.demux(*([vstream, astream] if astream else [vstream])):
            for frame in packet.decode():
                t = float(frame.time) if frame.time is not None else None
                if t is None:
                    continue
                first = t if first is None else first
                if isinstance(frame, av.VideoFrame):
                    check.width, check.height = frame.width, frame.height
                    check.video_pts.append(t)
                    img = frame.to_ndarray(format="bgr24")
                    x, y = int(marker[0] * frame.width), int(marker[1] * frame.height)
                    b, g, r = (int(v) for v in img[y, x])
                    lit = g > 200 and r < 160 and b < 160
                    if lit and lit_before is False:
                        check.marker_onsets.append(t)
                    lit_before = lit
                else:
                    samples = frame.to_ndarray().astype(np.float32)
                    mono = samples[0][: frame.samples] if samples.ndim > 1 else samples
                    block = max(1, frame.sample_rate // 200)  # 5 ms blocks
                    peak = np.abs(mono).max() if mono.size else 0
                    scale = 1.0 if peak <= 1.5 else 32768.0
                    for i in range(0, len(mono) - block + 1, block):
                        loud = float(np.sqrt(np.mean((mono[i:i + block] / scale) ** 2))) > 0.02
                        if loud and loud_before is False:
                            check.beep_onsets.append(t + i / frame.sample_rate)
                        loud_before = loud
            if seconds is not None and first is not None and check.video_pts and \
                    check.video_pts[-1] - first >= seconds:
                break
    return check
