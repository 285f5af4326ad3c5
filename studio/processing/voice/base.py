"""What the host asked for (`VoiceSettings`, presets) and the one interface every voice stage
implements (`VoiceStage`), the audio counterpart of the picture chain's stages."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

NOISE_LEVELS = ("off", "normal", "strong")
MONITOR_CHOICES = ("off", "before", "after")


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    """The host's voice chain. Every field has an "off" that costs nothing."""

    noise: str = "off"
    """Noise suppression: "off", "normal" (SpeexDSP: gentle, never thins the voice) or
    "strong" (RNNoise: removes fans, traffic and hum, ~20 dB; can thin a voice with other
    people talking right beside it)."""
    echo: bool = True
    """Cancel what the studio plays on the speakers (co-hosts, a call) from the microphone.
    Works only while someone remote is audible; costs nothing otherwise."""
    headphones: bool = False
    """The host wears headphones: nothing comes back into the microphone, echo cancellation off."""
    auto_gain: bool = False
    """Keep speech near `target_lufs` (short-term loudness, EBU R 128 / BS.1770), with a
    limiter that stops the output from clipping."""
    gate: bool = False
    """Close the microphone in pauses (≥ 20 dB down) so the room does not pump up between words."""
    target_lufs: float = -16.0
    """Loudness the automatic gain aims speech at (program level for live streams)."""

    def __post_init__(self) -> None:
        if self.noise not in NOISE_LEVELS:
            choices = ", ".join(NOISE_LEVELS)
            raise ValueError(f"Noise suppression must be one of {choices}, not {self.noise!r}.")
        for name in ("echo", "headphones", "auto_gain", "gate"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be true or false.")
        if not -30.0 <= float(self.target_lufs) <= -6.0:
            raise ValueError(f"The loudness target must be between -30 and -6 LUFS, not {self.target_lufs}.")

    @property
    def cancels_echo(self) -> bool:
        return self.echo and not self.headphones

    @property
    def is_off(self) -> bool:
        return self.noise == "off" and not self.cancels_echo and not self.auto_gain and not self.gate


OFF = VoiceSettings(echo=False)

PRESETS: dict[str, VoiceSettings] = {
    # A small room, a fan or air conditioning: gentle cleaning, levelled voice.
    "quiet_room": VoiceSettings(noise="normal", echo=True, auto_gain=True, gate=True),
    # A stall or warehouse: traffic, generators, hawkers at a distance.
    "noisy_market": VoiceSettings(noise="strong", echo=True, auto_gain=True, gate=True),
    # Headphones on: nothing to cancel, so nothing is spent on it.
    "headphones": VoiceSettings(noise="normal", echo=False, headphones=True, auto_gain=True, gate=True),
}

CLI_LEVELS: dict[str, VoiceSettings] = {
    # `--voice off|normal|strong`: the whole chain at one word.
    "off": OFF,
    "normal": VoiceSettings(noise="normal", auto_gain=True, gate=True),
    "strong": VoiceSettings(noise="strong", auto_gain=True, gate=True),
}


class VoiceStage(ABC):
    """One stage of the voice chain, with the picture stages' lifecycle: made once, `configure`d
    from the settings (switching off resets it), `process`ed frame by frame on the audio thread,
    `reset` on a source switch, `close`d to free its native state.

    Frames are 10 ms of 48 kHz mono float32 in int16 scale (±32768), a new array out."""

    name: ClassVar[str] = "stage"

    def __init__(self) -> None:
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    @property
    def latency(self) -> int:
        """Samples this stage delays the sound by while active."""
        return 0

    def configure(self, settings: VoiceSettings) -> None:
        active = self._wants(settings)
        if self._active and not active:
            self.reset()
        self._active = active

    @abstractmethod
    def _wants(self, settings: VoiceSettings) -> bool:
        """Read this stage's fields from `settings`; True to run."""

    @abstractmethod
    def process(self, frame: np.ndarray, pts_ns: int) -> np.ndarray: ...

    def reset(self) -> None:  # noqa: B027 - stages without temporal state need nothing
        """Forget temporal state (adaptive filters, estimates)."""

    def close(self) -> None:  # noqa: B027 - stages without native state need nothing
        """Free native state; the stage may be configured again afterwards."""
