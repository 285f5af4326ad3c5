"""Listing cameras and microphones, and opening a source from its spec string."""

from __future__ import annotations

import glob
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from studio.media.base import AudioSource, SilenceSource, SourceError, VideoSource
from studio.media.camera import CameraSource
from studio.media.demo import DemoToneSource, DemoVideoSource
from studio.media.file import FileVideoSource
from studio.media.microphone import MicrophoneSource, sounddevice
from studio.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Device:
    spec: str  # what `--source` / `--mic` takes, e.g. "camera:0", "mic:3"
    name: str


@dataclass(frozen=True, slots=True)
class Opened:
    """A source that is ready, plus the sentence to show when it is a fallback."""

    source: VideoSource | AudioSource
    notice: Message | None = None


def parse_video_spec(spec: str) -> tuple[str, str]:
    """`demo`, `camera:0`, `camera:/dev/video2`, `file:PATH` → (kind, argument)."""
    kind, _, arg = spec.partition(":")
    kind = kind.strip().lower()
    if kind == "demo" and not arg:
        return "demo", ""
    if kind in ("camera", "file") and arg:
        return kind, arg
    raise ValueError(
        f"Unknown video source {spec!r}: use demo, camera:0, camera:/dev/video2 or file:PATH."
    )


def make_video_source(spec: str, width: int = 1280, height: int = 720, fps: float = 30.0) -> VideoSource:
    kind, arg = parse_video_spec(spec)
    if kind == "demo":
        return DemoVideoSource(width, height, fps)
    if kind == "camera":
        return CameraSource(int(arg) if arg.isdigit() else arg, width, height, fps)
    return FileVideoSource(arg, width, height)


def open_video_source(spec: str, width: int = 1280, height: int = 720, fps: float = 30.0) -> Opened:
    """Open `spec`; if it fails, open the demo scene and say why in one sentence."""
    source = make_video_source(spec, width, height, fps)
    try:
        source.open()
        return Opened(source)
    except SourceError as exc:
        demo = DemoVideoSource(width, height, fps)
        demo.open()
        return Opened(demo, video_fallback(exc))


def video_fallback(exc: SourceError) -> Message:
    """What the host reads when the picture falls back to the demo scene."""
    if exc.missing:
        return Message(QT_TRANSLATE_NOOP(
            "Notice", "No camera found: showing the demo scene. Plug one in and pick it under Sources."))
    return Message(QT_TRANSLATE_NOOP("Notice", "{reason} Showing the demo scene instead."),
                   reason=exc.sentence)


def audio_fallback(exc: SourceError) -> Message:
    """What the host reads when the sound falls back to silence."""
    if exc.missing:
        return Message(QT_TRANSLATE_NOOP(
            "Notice", "No microphone found: recording silence. Plug one in and pick it under Sources."))
    return Message(QT_TRANSLATE_NOOP("Notice", "{reason} Recording silence instead."),
                   reason=exc.sentence)


def make_audio_source(spec: str) -> AudioSource:
    """`demo` (tone), `none` (silence), `mic` (default microphone), `mic:N` or `mic:NAME`."""
    kind, _, arg = spec.partition(":")
    kind = kind.strip().lower()
    if kind == "demo":
        return DemoToneSource()
    if kind in ("none", "silence"):
        return SilenceSource()
    if kind == "mic":
        return MicrophoneSource(int(arg) if arg.isdigit() else (arg or None))
    raise ValueError(f"Unknown audio source {spec!r}: use mic, mic:N, demo or none.")


def list_cameras() -> list[Device]:
    """Cameras that open and deliver a picture. On Linux, V4L2 capture nodes by path."""
    if sys.platform.startswith("linux"):
        candidates: list[int | str] = sorted(glob.glob("/dev/video*"), key=_natural)
    else:
        candidates = list(range(4))
    found = []
    for device in candidates:
        if isinstance(device, str) and not os.access(device, os.R_OK):
            continue
        cam = CameraSource(device)
        try:
            info = cam.open()
        except SourceError:
            continue
        finally:
            cam.stop()
        name = _v4l2_name(device) if isinstance(device, str) else f"Camera {device}"
        found.append(Device(f"camera:{device}", f"{name} ({info.width}x{info.height})"))
    return found


def list_microphones() -> list[Device]:
    """Input devices PortAudio knows; raises SourceError when audio capture is off."""
    sd = sounddevice()
    devices = []
    for index, info in enumerate(sd.query_devices()):
        if info["max_input_channels"] > 0:
            devices.append(Device(f"mic:{index}", str(info["name"])))
    return devices


def _natural(path: str) -> int:
    digits = "".join(c for c in path if c.isdigit())
    return int(digits or 0)


def _v4l2_name(device: str) -> str:
    name_file = Path("/sys/class/video4linux") / Path(device).name / "name"
    try:
        return name_file.read_text().strip()
    except OSError:
        return device
