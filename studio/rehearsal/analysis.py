"""What a recording shows and sounds like, measured in one pass over the file.

Video is decoded in full (H.264 needs every reference frame) but only a few frames a
second are looked at, at ¼ size and straight from the Y/U/V planes (no colour conversion).
Audio is resampled once to 16 kHz mono: loudness (ITU-R BS.1770 via pyloudnorm), silence and
voice activity (WebRTC VAD) all work on it; clipping is counted on the decoded samples at
their own rate. A 10-minute 720p rehearsal takes a few seconds (bench/rehearsal.py).
"""

from __future__ import annotations

import math
import os
import time
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import av
import numpy as np

LIGHT_HZ = 4.0  # pictures looked at per second
ANALYSIS_RATE = 16_000  # Hz, for loudness, silence and voice activity
DARK_Y = 60.0  # face/centre mean luma (0–255) below which the picture is under-exposed
BRIGHT_Y = 220.0  # …above which it is over-exposed
BLOWN_SHARE = 0.3  # …or when this share of it is at 245 or more
MIN_LIGHT_SPAN_S = 2.0
SILENCE_DBFS = -50.0  # 100 ms blocks quieter than this count as silence
DEAD_AIR_S = 3.0
CLIP_LEVEL = 0.99  # of full scale
CLIP_GAP_S = 0.5  # clipped samples closer than this are one event
VAD_FRAME_MS = 30
VAD_MODE = 2  # 0 (lenient) … 3 (strict)
FACE_BAND = 0.55  # a host's face is in the top part of the picture; below is the table
SKIN_SHARE_MIN = 0.004
# Speed guard: past GUARD_AFTER_S of media, if the pass runs slower than GUARD_SPEED × real time
# (a high-bitrate camera file: H.264 entropy decoding dominates), only keyframes are decoded
# from then on and the light is sampled at the keyframe interval (2 s in our recordings).
GUARD_AFTER_S = 30.0
GUARD_SPEED = 12.0  # share of the ¼-size picture that must be skin to measure the face

Progress = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class Span:
    start_s: float
    end_s: float

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


@dataclass(frozen=True, slots=True)
class Clip:
    t: float
    samples: int


@dataclass
class LightAnalysis:
    times: np.ndarray  # seconds
    brightness: np.ndarray  # mean luma of the face (skin) or the centre, 0–255
    on_face: np.ndarray  # bool: measured on skin rather than the centre
    blown: np.ndarray  # share of the measured region at 245 or more
    dark: list[Span] = field(default_factory=list)
    bright: list[Span] = field(default_factory=list)


@dataclass
class SoundAnalysis:
    times: np.ndarray  # seconds, one per short-term loudness value (1 s hop)
    lufs: np.ndarray  # short-term loudness (3 s window), NaN where silent
    integrated_lufs: float | None
    speech: np.ndarray  # per second: share of it with a voice
    speaking_share: float  # of the whole recording
    dead_air: list[Span] = field(default_factory=list)
    clips: list[Clip] = field(default_factory=list)


@dataclass
class MediaAnalysis:
    path: Path
    duration_s: float
    width: int
    height: int
    fps: float
    light: LightAnalysis | None
    sound: SoundAnalysis | None
    seconds_taken: float
    keyframes_only_from_s: float | None = None  # the speed guard's switch, if it happened


def analyse_media(path: str | Path, progress: Progress | None = None) -> MediaAnalysis:
    """Measure light and sound over the whole file (a cut-off Matroska file too)."""
    path = Path(path)
    started = time.perf_counter()
    size = max(1, os.path.getsize(path))
    light = _LightMeter()
    sound = _SoundCollector()
    width = height = 0
    fps = 0.0
    last_t = 0.0
    with av.open(str(path)) as container:
        vstream = container.streams.video[0] if container.streams.video else None
        astream = container.streams.audio[0] if container.streams.audio else None
        streams = [s for s in (vstream, astream) if s is not None]
        if vstream is not None:
            vstream.thread_type = "AUTO"
            width, height = vstream.codec_context.width, vstream.codec_context.height
            fps = float(vstream.average_rate or vstream.guessed_rate or 30)
        reported = 0.0
        keyframes_from: float | None = None
        next_check = GUARD_AFTER_S
        for packet in container.demux(streams):
            if packet.dts is None and packet.size == 0:
                continue  # the flush packet at the end: decode() below drains it
            try:
                frames = packet.decode()
            except av.FFmpegError:
                continue  # a torn packet at the end of a killed recording
            for frame in frames:
                if frame.time is None:
                    continue
                t = float(frame.time)
                if isinstance(frame, av.VideoFrame):
                    light.add(frame, t)
                    last_t = max(last_t, t + 1 / (fps or 30))
                    if keyframes_from is None and t >= next_check and vstream is not None:
                        next_check = t + 10.0
                        if (time.perf_counter() - started) * GUARD_SPEED > t:
                            vstream.codec_context.skip_frame = "NONKEY"
                            keyframes_from = round(t, 1)
                else:
                    sound.add(frame, t)  # type: ignore[arg-type]
                    last_t = max(last_t, t + frame.samples / frame.sample_rate)  # type: ignore[attr-defined]
            if progress is not None and packet.pos is not None and packet.pos > 0:
                done = packet.pos / size
                if done - reported >= 0.01:
                    reported = done
                    progress(min(0.95, done * 0.95))
    duration = last_t
    result_sound = sound.finish(duration) if astream is not None else None
    if progress is not None:
        progress(1.0)
    return MediaAnalysis(path, round(duration, 3), width, height, fps,
                         light.finish() if vstream is not None else None, result_sound,
                         time.perf_counter() - started, keyframes_from)


# -- light -----------------------------------------------------------------------------------------
class _LightMeter:
    def __init__(self) -> None:
        from studio.processing.enhance import SkinSmooth

        self._skin = SkinSmooth()  # its skin mask: the face and hands are what viewers look at
        self._next_t = 0.0
        self.times: list[float] = []
        self.values: list[float] = []
        self.faces: list[bool] = []
        self.blown: list[float] = []

    def add(self, frame: av.VideoFrame, t: float) -> None:
        if t + 1e-6 < self._next_t:
            return
        self._next_t = t + 1.0 / LIGHT_HZ
        if frame.format.name not in ("yuv420p", "yuvj420p"):
            frame = frame.reformat(format="yuv420p")
        y, u, v = (_plane(frame, i) for i in range(3))
        mask, y_q = self._skin.skin_mask_quarter(types.SimpleNamespace(y=y, u=u, v=v))  # type: ignore[arg-type]
        hq, wq = y_q.shape
        mask[int(hq * FACE_BAND):] = 0  # the table and the hands on it are not the face
        on_face = np.count_nonzero(mask) >= SKIN_SHARE_MIN * hq * wq
        if on_face:
            region = y_q[mask > 0]
        else:
            region = y_q[hq // 4: hq * 3 // 4, wq // 4: wq * 3 // 4].ravel()
        self.times.append(t)
        self.values.append(float(region.mean()) if region.size else 0.0)
        self.faces.append(bool(on_face))
        self.blown.append(float(np.count_nonzero(region >= 245)) / max(1, region.size))

    def finish(self) -> LightAnalysis:
        times = np.array(self.times)
        values = np.array(self.values)
        blown = np.array(self.blown)
        step = 1.0 / LIGHT_HZ
        too_bright = (values > BRIGHT_Y) | (blown > BLOWN_SHARE)
        return LightAnalysis(times, values, np.array(self.faces, bool), blown,
                             spans(times, values < DARK_Y, step, MIN_LIGHT_SPAN_S),
                             spans(times, too_bright, step, MIN_LIGHT_SPAN_S))


def _plane(frame: av.VideoFrame, index: int) -> np.ndarray:
    plane = frame.planes[index]
    rows = plane.height
    data = np.frombuffer(plane, np.uint8).reshape(rows, plane.line_size)
    return data[:, : plane.width]


def spans(times: np.ndarray, flags: np.ndarray, step: float, min_s: float) -> list[Span]:
    """Runs of `flags` lasting at least `min_s` (each sample covers `step` seconds)."""
    out: list[Span] = []
    start: float | None = None
    for t, on in zip(times.tolist(), flags.tolist(), strict=True):
        if on and start is None:
            start = t
        elif not on and start is not None:
            if t - start >= min_s:
                out.append(Span(round(start, 2), round(t, 2)))
            start = None
    if start is not None and len(times) and times[-1] + step - start >= min_s:
        out.append(Span(round(start, 2), round(float(times[-1]) + step, 2)))
    return out


# -- sound -----------------------------------------------------------------------------------------
class _SoundCollector:
    def __init__(self) -> None:
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=ANALYSIS_RATE)
        self._parts: list[np.ndarray] = []
        self._start_t: float | None = None
        self._clip_times: list[float] = []
        self._clip_counts: list[int] = []

    def add(self, frame: av.AudioFrame, t: float) -> None:
        if self._start_t is None:
            self._start_t = t
        samples = frame.to_ndarray()
        if samples.dtype.kind == "f":
            over = np.abs(samples) >= CLIP_LEVEL
        else:
            full = float(np.iinfo(samples.dtype).max)
            over = np.abs(samples.astype(np.float32)) >= CLIP_LEVEL * full
        count = int(np.count_nonzero(over))
        if count:
            self._clip_times.append(t)
            self._clip_counts.append(count)
        frame.pts = None  # the resampler re-times; gaps are already filled with silence upstream
        for out in self._resampler.resample(frame):
            self._parts.append(out.to_ndarray().reshape(-1))

    def finish(self, duration_s: float) -> SoundAnalysis:
        for out in self._resampler.resample(None):
            self._parts.append(out.to_ndarray().reshape(-1))
        pcm = np.concatenate(self._parts) if self._parts else np.zeros(0, np.int16)
        lead = int(round((self._start_t or 0.0) * ANALYSIS_RATE))
        if lead > 0:  # audio that starts late: silence before it keeps times aligned
            pcm = np.concatenate((np.zeros(lead, np.int16), pcm))
        return analyse_sound(pcm, ANALYSIS_RATE, _clips(self._clip_times, self._clip_counts))


def _clips(times: list[float], counts: list[int]) -> list[Clip]:
    out: list[Clip] = []
    for t, n in zip(times, counts, strict=True):
        if out and t - out[-1].t < CLIP_GAP_S:
            out[-1] = Clip(out[-1].t, out[-1].samples + n)
        else:
            out.append(Clip(round(t, 2), n))
    return out


def analyse_sound(pcm: np.ndarray, rate: int, clips: list[Clip] | None = None) -> SoundAnalysis:
    """Loudness, dead air and voice activity of mono int16 `pcm` at `rate` (8/16/32/48 kHz)."""
    import pyloudnorm
    import webrtcvad

    audio = pcm.astype(np.float64) / 32768.0
    seconds = len(audio) // rate
    meter = pyloudnorm.Meter(rate)  # BS.1770-4: K-weighting, 400 ms blocks, gating
    integrated: float | None = None
    if len(audio) >= rate:
        value = meter.integrated_loudness(audio)
        integrated = round(float(value), 1) if math.isfinite(value) else None
    # Short-term loudness (EBU Tech 3341): one 3 s block every second.
    short = pyloudnorm.Meter(rate, block_size=3.0)
    times = np.arange(seconds, dtype=np.float64)
    lufs = np.full(seconds, np.nan)
    for s in range(seconds):
        lo = max(0, (s + 1) * rate - 3 * rate)
        window = audio[lo:(s + 1) * rate]
        if len(window) >= 3 * rate:
            value = short.integrated_loudness(window)
            lufs[s] = value if math.isfinite(value) else np.nan
    # Dead air: 100 ms blocks below the silence level, for longer than DEAD_AIR_S.
    block = rate // 10
    n_blocks = len(audio) // block
    ms = np.mean(audio[: n_blocks * block].reshape(n_blocks, block) ** 2, axis=1) if n_blocks else np.zeros(0)
    quiet = 10 * np.log10(np.maximum(ms, 1e-12)) < SILENCE_DBFS
    dead = spans(np.arange(n_blocks) * 0.1, quiet, 0.1, DEAD_AIR_S)
    # Voice activity per 30 ms frame, summed per second.
    vad = webrtcvad.Vad(VAD_MODE)
    frame_len = rate * VAD_FRAME_MS // 1000
    n_frames = len(pcm) // frame_len
    raw = pcm[: n_frames * frame_len].astype(np.int16).tobytes()
    step = frame_len * 2
    voiced = np.fromiter((vad.is_speech(raw[i * step:(i + 1) * step], rate) for i in range(n_frames)),
                         bool, n_frames)
    per_second = np.zeros(seconds)
    if n_frames:
        frame_s = (np.arange(n_frames) * VAD_FRAME_MS / 1000).astype(int)
        keep = frame_s < seconds
        np.add.at(per_second, frame_s[keep], voiced[keep].astype(np.float64))
        per_second /= 1000 / VAD_FRAME_MS
    share = float(voiced.mean()) if n_frames else 0.0
    return SoundAnalysis(times, lufs, integrated, np.clip(per_second, 0, 1), round(share, 3), dead,
                         clips or [])
