"""Noise suppression: "normal" runs SpeexDSP's spectral suppressor, "strong" runs RNNoise.

Chosen by measurement (docs/voice.md, `bench/voice.py`), espeak-ng speech with pink noise
at 5 dB SNR, 48 kHz: RNNoise raised the SNR against the clean speech by 6 dB and cut the
noise in pauses by 20 dB for 0.25 ms per 10 ms; SpeexDSP raised it by 4.5 dB and cut pauses
by 6 dB for 0.03 ms, but kept the voice within 1 dB with other voices in the background,
where RNNoise took 14–18 dB off it. WebRTC's suppressor (LiveKit's APM) measured between the
two but needs a 12 MB runtime; `webrtc-noise-gain` runs at 16 kHz only (it would cut
everything above 8 kHz). Both libraries run at 48 kHz natively, the chain's rate."""

from __future__ import annotations

import numpy as np

from studio.processing.voice.base import VoiceSettings, VoiceStage
from studio.processing.voice.native import FRAME, RNNoise, SpeexDenoise


class NoiseSuppressor(VoiceStage):
    name = "noise"

    def __init__(self) -> None:
        super().__init__()
        self.level = "off"
        self._backend: SpeexDenoise | RNNoise | None = None

    @property
    def latency(self) -> int:
        return {"normal": FRAME, "strong": 2 * FRAME}.get(self.level, 0) if self._active else 0

    @property
    def speech_probability(self) -> float | None:
        """RNNoise's voice activity estimate for the last frame ("strong" only)."""
        return self._backend.speech_probability if isinstance(self._backend, RNNoise) else None

    def _wants(self, settings: VoiceSettings) -> bool:
        if settings.noise != self.level:
            self.close()
            self.level = settings.noise
        return self.level != "off"

    def process(self, frame: np.ndarray, pts_ns: int) -> np.ndarray:
        if self._backend is None:
            self._backend = RNNoise() if self.level == "strong" else SpeexDenoise()
        return self._backend.run(frame)

    def reset(self) -> None:
        self.close()

    def close(self) -> None:
        backend, self._backend = self._backend, None
        if backend is not None:
            backend.close()
