"""Real test signals for the voice chain: espeak-ng speech rendered to WAV, generated pink
noise and babble, a simulated room echo, and the measurements the tests and the benchmark
share (alignment, SNR against the clean speech, ERLE, speech activity)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from fractions import Fraction
from pathlib import Path

import numpy as np
from scipy.signal import fftconvolve, lfilter, resample_poly

RATE = 48_000

# What a host says on a show, in the three languages the tests speak.
LINES = {
    "en": ("Hello everyone and welcome back to the shop. This insulated bottle keeps your tea hot "
           "for twelve hours, and today it is only nine dollars ninety nine. Tap the basket below."),
    "zh": ("大家好，欢迎回到直播间。这款保温杯可以保温十二个小时，今天只要九十九元。"
           "喜欢的朋友赶快点击下方的购物车。"),
    "id": ("Halo semuanya, selamat datang kembali di toko kami. Botol ini menjaga teh tetap panas "
           "selama dua belas jam, dan hari ini harganya hanya sembilan puluh sembilan ribu."),
}
VOICES = {"en": "en-us", "zh": "cmn", "id": "id"}
BABBLE_LINES = (
    ("en-us", "Two for one on every scarf, come and look, the best price in the whole market today."),
    ("id", "Murah murah, ayo dibeli, baju baru harga grosir, silakan pilih yang mana saja."),
    ("cmn", "便宜啦便宜啦，新鲜的水果，十块钱三斤，快来看看吧。"),
    ("en-gb", "Fresh bread, still warm, get it while it lasts, only a few loaves left now."),
)


def speak(text: str, voice: str, speed: int = 160, pitch: int = 50) -> np.ndarray:
    """Render `text` with espeak-ng to a WAV file and return it as float32 at 48 kHz."""
    if shutil.which("espeak-ng") is None:
        raise RuntimeError("espeak-ng renders the test speech: install it (scripts/setup.sh --dev).")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "speech.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(path), text],
                       check=True, capture_output=True, timeout=60)
        with wave.open(str(path), "rb") as wav:
            rate = wav.getframerate()
            pcm = np.frombuffer(wav.readframes(wav.getnframes()), np.int16).astype(np.float32) / 32768
    ratio = Fraction(RATE, rate).limit_denominator(1000)
    return resample_poly(pcm, ratio.numerator, ratio.denominator).astype(np.float32)


def speech(lang: str, speed: int = 160, pitch: int = 50) -> np.ndarray:
    return speak(LINES[lang], VOICES[lang], speed, pitch)


def pink_noise(n: int, seed: int = 1) -> np.ndarray:
    """Fan-like noise: 1/f power (Kellet's filter on white noise), a little 100 Hz hum, unit RMS."""
    rng = np.random.default_rng(seed)
    white = rng.standard_normal(n + RATE)
    b = [0.049922035, -0.095993537, 0.050612699, -0.004408786]
    a = [1, -2.494956002, 2.017265875, -0.522189400]
    pink = lfilter(b, a, white)[RATE:]
    t = np.arange(n) / RATE
    pink = pink / np.sqrt(np.mean(pink**2)) + 0.15 * np.sin(2 * np.pi * 100 * t)
    return (pink / np.sqrt(np.mean(pink**2))).astype(np.float32)


def babble(n: int) -> np.ndarray:
    """Market babble: several other voices talking at once, looped to `n` samples, unit RMS."""
    total = np.zeros(n, np.float32)
    for i, (voice, text) in enumerate(BABBLE_LINES):
        clip = speak(text, voice, speed=150 + 15 * i, pitch=30 + 15 * i)
        reps = int(np.ceil((n + i * 7919) / len(clip)))
        total += np.tile(clip, reps)[i * 7919 : i * 7919 + n]
    return (total / np.sqrt(np.mean(total**2))).astype(np.float32)


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.asarray(x, np.float64) ** 2))) if len(x) else 0.0


def db(x: float) -> float:
    return 20 * np.log10(max(x, 1e-12))


def scale_to_dbfs(x: np.ndarray, dbfs: float, active: np.ndarray | None = None) -> np.ndarray:
    """Scale so the RMS (over `active` samples when given) is `dbfs`."""
    level = rms(x[active] if active is not None else x)
    return (x * (10 ** (dbfs / 20) / max(level, 1e-12))).astype(np.float32)


def active_mask(clean: np.ndarray, window: int = 480, below_db: float = 30.0) -> np.ndarray:
    """Samples whose 10 ms window is within `below_db` of the loudest window: where speech is."""
    n = len(clean) // window * window
    frames = clean[:n].reshape(-1, window)
    energy = 10 * np.log10(np.mean(frames.astype(np.float64) ** 2, axis=1) + 1e-12)
    mask = np.repeat(energy > energy.max() - below_db, window)
    return np.concatenate([mask, np.zeros(len(clean) - n, bool)])


def to_int16(x: np.ndarray) -> np.ndarray:
    return np.clip(np.round(x * 32768), -32768, 32767).astype(np.int16)


def from_int16(x: np.ndarray) -> np.ndarray:
    return x.astype(np.float32) / 32768


def delay_of(reference: np.ndarray, processed: np.ndarray, max_lag: int = 4800) -> int:
    """How many samples `processed` lags `reference` (cross-correlation, 0..max_lag)."""
    n = min(len(reference), len(processed))
    corr = fftconvolve(processed[:n], reference[:n][::-1], mode="full")[n - 1 : n + max_lag]
    return int(np.argmax(corr))


def aligned(reference: np.ndarray, processed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`processed` shifted back by its lag, both cut to the same length."""
    lag = delay_of(reference, processed)
    out = processed[lag:]
    n = min(len(reference), len(out))
    return reference[:n], out[:n]


def snr_against(clean: np.ndarray, processed: np.ndarray) -> tuple[float, float]:
    """(SNR dB, speech gain dB) of `processed` against the time-aligned `clean` speech.

    The speech in the output is its projection on the clean speech (the scale it kept);
    everything else — noise left over and what the processing did to the voice — counts as
    noise, so a suppressor cannot score by muffling the voice."""
    ref, out = aligned(clean, processed)
    gain = float(np.dot(out, ref) / max(np.dot(ref, ref), 1e-12))
    residual = out - gain * ref
    return db(abs(gain) * rms(ref)) - db(rms(residual)), db(abs(gain))


def room_impulse(delay_ms: float = 40.0, rt60_ms: float = 180.0, seed: int = 3) -> np.ndarray:
    """A laptop's speaker-to-microphone path: a delay, then a decaying, low-passed tail."""
    rng = np.random.default_rng(seed)
    d = int(delay_ms * RATE / 1000)
    n = int(rt60_ms * RATE / 1000)
    tail = rng.standard_normal(n) * np.exp(-6.9 * np.arange(n) / n)
    tail = lfilter([0.3], [1, -0.7], tail)  # speakers and walls eat the highs
    ir = np.zeros(d + n)
    ir[d] = 1.0
    ir[d:] += 0.5 * tail / np.max(np.abs(tail))
    return (ir / np.sqrt(np.sum(ir**2))).astype(np.float32)


def echo_of(far: np.ndarray, ir: np.ndarray, loss_db: float = 6.0) -> np.ndarray:
    """What the microphone hears of `far` played through the speakers (`loss_db` quieter)."""
    return (fftconvolve(far, ir)[: len(far)] * 10 ** (-loss_db / 20)).astype(np.float32)


def erle_db(echo: np.ndarray, residual: np.ndarray, window: int = 4800) -> float:
    """Echo return loss enhancement over the far-end-only stretch given: how much quieter the
    echo is after the canceller (energy over windows where the echo is active)."""
    n = min(len(echo), len(residual)) // window * window
    e = echo[:n].reshape(-1, window).astype(np.float64)
    r = residual[:n].reshape(-1, window).astype(np.float64)
    energy = np.mean(e**2, axis=1)
    keep = energy > energy.max() * 1e-3
    return float(10 * np.log10(np.sum(energy[keep]) / max(np.sum(np.mean(r**2, axis=1)[keep]), 1e-20)))


def sdr_against(clean: np.ndarray, processed: np.ndarray, active: np.ndarray | None = None,
                taps: int = 256) -> tuple[float, float]:
    """(SNR dB, speech kept dB) of `processed` against the time-aligned `clean` speech, where
    the speech in the output is the best `taps`-long linear filter of the clean speech (BSS
    Eval's distortion filter): a suppressor's fixed colouring and phase count as speech, its
    leftover noise and time-varying damage to the voice count as noise. Over `active` samples
    (speech) when given."""
    from scipy.linalg import solve_toeplitz
    from scipy.signal import correlate

    ref, out = aligned(clean, processed)
    half = taps // 2
    ref2 = ref[half:]
    out2 = out[: len(ref2)]
    r = correlate(ref2, ref2, mode="full", method="fft")[len(ref2) - 1 : len(ref2) - 1 + taps]
    p = correlate(out2, ref2, mode="full", method="fft")[len(ref2) - 1 : len(ref2) - 1 + taps]
    h = solve_toeplitz(r, p)
    target = fftconvolve(ref2, h)[: len(out2)]
    mask = active[half : half + len(out2)] if active is not None else np.ones(len(out2), bool)
    speech_db = db(rms(target[mask]))
    return speech_db - db(rms((out2 - target)[mask])), speech_db - db(rms(ref2[mask]))


def run_chain(chain: object, signal: np.ndarray, block: int = 960, rate: int = RATE,
              far: np.ndarray | None = None, start_ns: int = 10**12, far_ahead: int = 0) -> np.ndarray:
    """Push `signal` (float, ±1) through a VoiceChain in `block`-sized microphone blocks with
    capture times on a steady clock; `far` (what the speakers play) goes into the chain's
    reference stamped with when it plays, `far_ahead` blocks before the microphone block of
    the same time (a player queues ahead). Returns the output as float, delayed by whatever
    the chain adds."""
    from studio.media.frames import AudioBlock

    got: list[np.ndarray] = []
    chain.output = lambda b: got.append(b.samples.copy())  # type: ignore[attr-defined]
    pcm = to_int16(signal)
    far_pcm = to_int16(far) if far is not None else None
    def stamp(i: int) -> int:
        return start_ns + i * 1_000_000_000 // rate

    if far_pcm is not None:
        for j in range(0, min(far_ahead * block, len(far_pcm) - block + 1), block):
            chain.reference.push(far_pcm[j : j + block], stamp(j))  # type: ignore[attr-defined]
    for i in range(0, len(pcm) - block + 1, block):
        pts = stamp(i)
        j = i + far_ahead * block
        if far_pcm is not None and j + block <= len(far_pcm):
            chain.reference.push(far_pcm[j : j + block], stamp(j))  # type: ignore[attr-defined]
        chain.push(AudioBlock(pcm[i : i + block], pts, rate))  # type: ignore[attr-defined]
    return from_int16(np.concatenate(got)) if got else np.zeros(0, np.float32)
