"""Which H.264 encoder this machine uses: a hardware one where it works, otherwise libx264.

At start (on a background thread, see `start_probe`) each hardware encoder PyAV knows is
tried in turn: it must exist in this FFmpeg build, open at a small size and turn a test frame
into a packet. The first that does is used by every H.264 encode (live and recording); each
refused one is kept with the reason, for the log and docs/performance.md. The answer is
cached for the process: a laptop's GPU does not come and go during a show.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from fractions import Fraction

import av
import numpy as np

log = logging.getLogger(__name__)

SOFTWARE = "libx264"
HARDWARE = ("h264_vaapi", "h264_nvenc", "h264_qsv", "h264_videotoolbox")
"""Tried in this order: VA-API (Intel/AMD on Linux), NVENC (NVIDIA), Quick Sync (Intel),
VideoToolbox (macOS)."""

# Why an encoder was refused (stable codes; the UI words them, the log shows `detail`).
MISSING = "missing"  # not in this FFmpeg build
NO_FORMAT = "no-format"  # takes no picture format we can hand it from system memory
OPEN_FAILED = "open-failed"  # no device, no driver, or the driver refused the settings
NO_OUTPUT = "no-output"  # opened but gave no packet for a test frame


@dataclass(frozen=True, slots=True)
class Refusal:
    codec: str
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class EncoderChoice:
    name: str
    """The FFmpeg encoder name, e.g. "libx264" or "h264_nvenc"."""
    pix_fmt: str
    """What it is fed: "yuv420p" or "nv12"."""
    refused: tuple[Refusal, ...] = ()

    @property
    def hardware(self) -> bool:
        return self.name != SOFTWARE


def _input_format(codec: av.codec.Codec) -> str | None:
    formats = [f.name for f in (codec.video_formats or ())]
    for name in ("yuv420p", "nv12"):
        if name in formats:
            return name
    return None


def test_frame(width: int, height: int, pix_fmt: str) -> av.VideoFrame:
    """A gray picture with a gradient, in `pix_fmt` ("yuv420p" or "nv12")."""
    y = np.tile(np.linspace(16, 235, width, dtype=np.uint8), (height, 1))
    chroma = np.full((height // 2, width), 128, np.uint8)  # U/V halves or interleaved UV
    return to_frame(np.vstack([y, chroma]), pix_fmt)


def to_frame(i420: np.ndarray, pix_fmt: str) -> av.VideoFrame:
    """An (H·3/2, W) I420 buffer as a VideoFrame in `pix_fmt`; NV12 interleaves U and V."""
    if pix_fmt == "nv12":
        h = i420.shape[0] * 2 // 3
        w = i420.shape[1]
        flat = i420.reshape(-1)
        n, q = h * w, h * w // 4
        nv12 = np.empty_like(i420)
        nv12[:h] = i420[:h]
        uv = nv12[h:].reshape(-1)
        uv[0::2] = flat[n : n + q]
        uv[1::2] = flat[n + q : n + 2 * q]
        return av.VideoFrame.from_ndarray(nv12, format="nv12")
    return av.VideoFrame.from_ndarray(i420, format="yuv420p")


def try_encoder(name: str, width: int = 320, height: int = 180) -> EncoderChoice | Refusal:
    """Open `name` and encode one test frame: the encoder it gives, or why it was refused."""
    try:
        codec = av.codec.Codec(name, "w")
    except (av.codec.codec.UnknownCodecError, ValueError) as exc:
        return Refusal(name, MISSING, str(exc))
    pix_fmt = _input_format(codec)
    if pix_fmt is None:
        formats = ", ".join(f.name for f in (codec.video_formats or ())) or "none listed"
        return Refusal(name, NO_FORMAT, f"takes {formats}")
    try:
        ctx = av.CodecContext.create(codec, "w")
        ctx.width, ctx.height, ctx.pix_fmt = width, height, pix_fmt
        ctx.time_base = Fraction(1, 30)
        ctx.framerate = Fraction(30, 1)
        ctx.bit_rate = 1_000_000
        ctx.open()
    except (av.FFmpegError, OSError, ValueError) as exc:
        return Refusal(name, OPEN_FAILED, str(exc))
    try:
        packets = []
        for pts in range(2):
            frame = test_frame(width, height, pix_fmt)
            frame.pts = pts
            packets += ctx.encode(frame)
        packets += ctx.encode(None)
    except (av.FFmpegError, OSError, ValueError) as exc:
        return Refusal(name, NO_OUTPUT, str(exc))
    if not any(p.size for p in packets):
        return Refusal(name, NO_OUTPUT, "no packet for two test frames")
    return EncoderChoice(name, pix_fmt)


def probe(candidates: tuple[str, ...] = HARDWARE) -> EncoderChoice:
    """The first of `candidates` that works, else libx264; refusals are kept in order."""
    refused: list[Refusal] = []
    for name in candidates:
        result = try_encoder(name)
        if isinstance(result, EncoderChoice):
            log.info("H.264 encoder: %s (hardware)", name)
            return EncoderChoice(result.name, result.pix_fmt, tuple(refused))
        log.info("H.264 encoder %s refused (%s): %s", name, result.reason, result.detail)
        refused.append(result)
    return EncoderChoice(SOFTWARE, "yuv420p", tuple(refused))


_lock = threading.Lock()
_done = threading.Event()
_choice: EncoderChoice | None = None


def video_encoder() -> EncoderChoice:
    """The encoder for every H.264 encode of this process (probed once, then cached)."""
    global _choice
    with _lock:
        if _choice is None:
            _choice = probe()
            _done.set()
        return _choice


def probed_encoder() -> EncoderChoice | None:
    """The choice if the probe has finished, else None (never blocks: for the UI)."""
    return _choice if _done.is_set() else None


def start_probe() -> threading.Thread:
    """Probe on a background thread so the window and camera do not wait for drivers."""
    thread = threading.Thread(target=video_encoder, name="EncoderProbe", daemon=True)
    thread.start()
    return thread


def fall_back(failed: str, detail: str) -> EncoderChoice:
    """A hardware encoder that passed the probe failed in use: libx264 from now on."""
    global _choice
    with _lock:
        previous = _choice.refused if _choice is not None else ()
        _choice = EncoderChoice(SOFTWARE, "yuv420p", (*previous, Refusal(failed, OPEN_FAILED, detail)))
        _done.set()
        log.warning("H.264 encoder %s failed in use, using libx264: %s", failed, detail)
        return _choice


def h264_options(name: str, *, fps: int, keyframe_interval_s: float, preset: str,
                 bitrate: int | None = None, crf: int | None = None,
                 live: bool = False) -> dict[str, str]:
    """Encoder options for `name`, in one place for the live encode and the recorder.

    libx264: `preset`, zerolatency, no B-frames, a keyframe every interval, and either `crf`
    or (live) a VBV of a quarter second at `bitrate`: a keyframe then takes at most about a
    quarter second of the link, under the queue a capped uplink holds before it drops.
    Hardware encoders get their own low-latency switches, no B-frames, the same keyframe
    interval, and constant quality where they have it (NVENC `cq`, Quick Sync
    `global_quality`, VA-API `qp`), else the bitrate.
    """
    gop = str(int(fps * keyframe_interval_s))
    if name == SOFTWARE:
        opts = {"preset": preset, "tune": "zerolatency", "bf": "0", "g": gop}
        if live:
            opts["forced-idr"] = "1"
        if live and bitrate is not None:
            kbit = bitrate // 1000
            opts |= {"maxrate": f"{kbit}k", "bufsize": f"{kbit // 4}k"}
        if crf is not None:
            opts["crf"] = str(crf)
        return opts
    opts = {"bf": "0", "g": gop}
    if live:
        opts["profile"] = "constrained_baseline" if name == "h264_vaapi" else "baseline"
    if name == "h264_nvenc":
        opts |= {"preset": "p3", "tune": "ll", "zerolatency": "1", "forced-idr": "1"}
        opts |= {"rc": "vbr", "cq": str(crf)} if crf is not None else {"rc": "cbr"}
    elif name == "h264_qsv":
        opts |= {"preset": "veryfast", "look_ahead": "0", "async_depth": "1"}
        if crf is not None:
            opts["global_quality"] = str(crf)
    elif name == "h264_vaapi":
        opts |= {"rc_mode": "CQP", "qp": str(crf)} if crf is not None else {"rc_mode": "CBR"}
    elif name == "h264_videotoolbox":
        opts |= {"realtime": "1", "allow_sw": "0"}
    return opts
