"""Every session setting, declared once with its default. The UI persists these; the CLI
maps its flags onto them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def default_recordings_dir() -> Path:
    videos = Path.home() / "Videos"
    return (videos if videos.is_dir() else Path.home()) / "Seller Studio"


@dataclass(frozen=True, slots=True)
class SessionSettings:
    video_source: str = "camera:0"
    """`demo`, `camera:0`, `camera:/dev/video2` or `file:PATH`; a failure falls back to demo."""
    audio_source: str = "mic"
    """`mic`, `mic:N`, `demo` (tone) or `none`; a failure falls back to silence."""
    width: int = 1280
    height: int = 720
    fps: int = 30
    locale: str = "en_US"
    """Locale for prices and dates drawn into the picture."""
    mic_gain_db: float = 0.0
    recordings_dir: Path = field(default_factory=default_recordings_dir)
    record_preset: str = "veryfast"
    record_crf: int = 21
    adaptive_bitrate: bool = True
    """Let the live encode follow the uplink (bitrate, then 1080p → 720p → 540p → 360p)."""
    server_port: int = 8080
    """Port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose."""
    shop_dir: Path | None = None
    """The host's comment files (intents.toml, answers.toml, rules.toml, blocked-words.txt);
    None uses only the shipped ones."""
