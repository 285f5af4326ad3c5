"""CPU per 10 ms frame for each voice stage and for the whole chain at 48 kHz, and the delay
the chain adds (measured on the output, not just declared). The reference in the same run is
the mixer's own per-block work on the same frames. Prints figures; asserts nothing.

    .venv/bin/python bench/voice.py          # under flock /tmp/studio-heavy.lock
Targets (issue 19): the whole chain ≤ 5 % of a core, ≤ 20 ms added delay.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.media.frames import AudioBlock  # noqa: E402
from studio.processing.audio_mix import AudioMixer  # noqa: E402
from studio.processing.voice import VoiceChain, VoiceSettings  # noqa: E402
from tests.voice_signals import (  # noqa: E402
    RATE,
    active_mask,
    delay_of,
    echo_of,
    pink_noise,
    rms,
    room_impulse,
    run_chain,
    scale_to_dbfs,
    speech,
    to_int16,
)

FRAME_MS = 10.0


def scene() -> tuple[np.ndarray, np.ndarray]:
    """12 s: the host over a fan at 10 dB SNR, a co-host on the speakers echoing back."""
    host = speech("en")
    far = speech("id")
    n = min(len(host), len(far), 12 * RATE)
    host = scale_to_dbfs(host[:n], -26, active_mask(host[:n]))
    far = scale_to_dbfs(far[:n], -20, active_mask(far[:n]))
    mic = host + echo_of(far, room_impulse()) + pink_noise(n) * rms(host) / 10 ** 0.5
    return mic.astype(np.float32), far.astype(np.float32)


def per_frame_ms(settings: VoiceSettings, mic: np.ndarray, far: np.ndarray) -> tuple[float, dict[str, float]]:
    chain = VoiceChain()
    chain.update(settings)
    t0 = time.perf_counter()
    run_chain(chain, mic, far=far)
    total = (time.perf_counter() - t0) * 1000 / (len(mic) / (RATE / 100))
    return total, dict(chain.timings)


def mixer_ms(mic: np.ndarray) -> float:
    mixer = AudioMixer()
    mixer.add_output(lambda b: None)
    pcm = to_int16(mic)
    t0 = time.perf_counter()
    for i in range(0, len(pcm) - 960 + 1, 960):
        mixer.push(AudioBlock(pcm[i : i + 960], i))
    return (time.perf_counter() - t0) * 1000 / (len(pcm) / (RATE / 100))


def measured_delay_ms(settings: VoiceSettings, mic: np.ndarray) -> tuple[float, float]:
    chain = VoiceChain()
    chain.update(settings)
    out = run_chain(chain, mic)
    return delay_of(mic, out, 4800) * 1000 / RATE, chain.latency_ms


def main() -> None:
    mic, far = scene()
    reference = mixer_ms(mic)
    print(f"Voice chain at 48 kHz, {len(mic) / RATE:.0f} s of speech over a fan with a co-host's echo")
    print(f"  reference: the mixer's per-block work        {reference:7.3f} ms per 10 ms")
    configs = {
        "echo only": VoiceSettings(echo=True),
        "noise normal only": VoiceSettings(noise="normal", echo=False),
        "noise strong only": VoiceSettings(noise="strong", echo=False),
        "gain + gate only": VoiceSettings(echo=False, auto_gain=True, gate=True),
        "whole chain, normal": VoiceSettings(noise="normal", echo=True, auto_gain=True, gate=True),
        "whole chain, strong": VoiceSettings(noise="strong", echo=True, auto_gain=True, gate=True),
    }
    print(f"  {'configuration':<30} {'ms/10ms':>8} {'% core':>7} {'× mixer':>8}   per stage (ms/10 ms)")
    for name, settings in configs.items():
        ms, stages = per_frame_ms(settings, mic, far)
        parts = "  ".join(f"{k} {v:.3f}" for k, v in stages.items())
        print(f"  {name:<30} {ms:8.3f} {ms / FRAME_MS * 100:6.2f}% {ms / reference:8.1f}   {parts}")
    print("  added delay (cross-correlation of output with input / declared by the stages):")
    for name in ("noise normal only", "noise strong only", "whole chain, normal", "whole chain, strong"):
        measured, declared = measured_delay_ms(configs[name], mic)
        print(f"  {name:<30} {measured:6.1f} ms measured, {declared:4.1f} ms declared")


if __name__ == "__main__":
    main()
