"""The host's voice chain: echo cancellation, noise suppression, automatic gain and a gate.

One file per stage (`echo`, `noise`, `gain`), the shared interface and settings in `base`,
the chain (re-blocking, resampling, meters, monitor) in `chain`, the C libraries in `native`."""

from studio.processing.voice.base import CLI_LEVELS, OFF, PRESETS, VoiceSettings, VoiceStage
from studio.processing.voice.chain import STAGES, VoiceChain, VoiceState
from studio.processing.voice.echo import EchoCanceller, FarEndReference
from studio.processing.voice.gain import AutoGain
from studio.processing.voice.native import VoiceUnavailable
from studio.processing.voice.noise import NoiseSuppressor

__all__ = [
    "CLI_LEVELS", "OFF", "PRESETS", "STAGES", "AutoGain", "EchoCanceller", "FarEndReference",
    "NoiseSuppressor", "VoiceChain", "VoiceSettings", "VoiceStage", "VoiceState", "VoiceUnavailable",
]
