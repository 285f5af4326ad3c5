"""Light and sound measurements on files made here with known content (encoded, decoded back)."""

from __future__ import annotations

import shutil
import subprocess
import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from studio.rehearsal.analysis import analyse_media, analyse_sound

RATE = 48_000


def write_clip(path: Path, seconds: float, tone_gap: tuple[float, float] | None = (3.0, 7.5),
               dark: tuple[float, float] | None = None, face: bool = False,
               audio: np.ndarray | None = None, size: tuple[int, int] = (320, 180), fps: int = 10) -> Path:
    """A Matroska file like a recording: H.264 + Opus. The picture is mid-grey (luma ~128), black
    inside `dark`; with `face`, a skin-coloured oval in the upper half. The sound is a steady
    997 Hz tone at -20 dBFS (peak, the BS.1770 test tone), silent inside `tone_gap`, unless
    `audio` (int16) is given."""
    w, h = size
    with av.open(str(path), "w", format="matroska") as out:
        vs = out.add_stream("libx264", rate=fps, options={"preset": "ultrafast"})
        vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
        vs.codec_context.time_base = Fraction(1, fps)
        as_ = out.add_stream("libopus", rate=RATE, layout="mono")
        for i in range(int(seconds * fps)):
            t = i / fps
            img = np.full((h, w, 3), 128, np.uint8)
            if face:
                import cv2

                cv2.ellipse(img, (w // 2, h // 4), (w // 10, h // 7), 0, 0, 360, (120, 150, 210), -1)
            if dark and dark[0] <= t < dark[1]:
                img[:] = 15
            frame = av.VideoFrame.from_ndarray(img, format="bgr24")
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for packet in vs.encode(frame):
                out.mux(packet)
        for packet in vs.encode(None):
            out.mux(packet)
        if audio is None:
            n = np.arange(int(seconds * RATE))
            audio = (np.sin(2 * np.pi * 997 * n / RATE) * 3277).astype(np.int16)  # -20 dBFS peak
            if tone_gap:
                audio[int(tone_gap[0] * RATE):int(tone_gap[1] * RATE)] = 0
        block = 960
        for k in range(len(audio) // block):
            frame = av.AudioFrame.from_ndarray(audio[k * block:(k + 1) * block].reshape(1, -1),
                                               format="s16", layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = RATE, k * block, Fraction(1, RATE)
            for packet in as_.encode(frame):
                out.mux(packet)
        for packet in as_.encode(None):
            out.mux(packet)
    return path


def test_dead_air_loudness_and_dark_span(tmp_path):
    clip = write_clip(tmp_path / "a.mkv", seconds=12, tone_gap=(3.0, 7.5), dark=(5.0, 9.0))
    m = analyse_media(clip)
    assert abs(m.duration_s - 12.0) < 0.15
    assert m.sound is not None and m.light is not None
    assert len(m.sound.dead_air) == 1
    gap = m.sound.dead_air[0]
    assert abs(gap.start_s - 3.0) < 0.15 and abs(gap.end_s - 7.5) < 0.15, gap
    # A steady sine at -20 dBFS peak is -23 LUFS (BS.1770: a full-scale sine reads -3.01 LUFS).
    # Windows of steady tone (0–3 s, 10.5–12 s) read that; those over the gap read less.
    loud = m.sound.lufs[np.isfinite(m.sound.lufs)]
    assert abs(float(loud.max()) + 23.0) < 0.3 and abs(float(loud[0]) + 23.0) < 0.3, loud
    assert not m.sound.clips
    assert len(m.light.dark) == 1 and not m.light.bright
    dark = m.light.dark[0]
    assert abs(dark.start_s - 5.0) < 0.3 and abs(dark.end_s - 9.0) < 0.3, dark
    assert not m.light.on_face.any()  # a grey picture has no skin: measured on the centre
    assert abs(float(np.median(m.light.brightness)) - 128) < 6


def test_brightness_is_measured_on_the_face_when_there_is_one(tmp_path):
    clip = write_clip(tmp_path / "f.mkv", seconds=3, face=True)
    m = analyse_media(clip)
    assert m.light is not None and m.light.on_face.all()
    # The oval's luma: 0.299·210 + 0.587·150 + 0.114·120 ≈ 164, brighter than the grey around it.
    assert abs(float(np.median(m.light.brightness)) - 164) < 10


def test_clipping_events_are_found_and_grouped(tmp_path):
    audio = np.zeros(6 * RATE, np.int16)
    n = np.arange(RATE // 5)
    burst = (np.sign(np.sin(2 * np.pi * 200 * n / RATE)) * 32767).astype(np.int16)
    for at in (1.0, 4.0):
        audio[int(at * RATE):int(at * RATE) + len(burst)] = burst
    m = analyse_media(write_clip(tmp_path / "c.mkv", seconds=6, audio=audio))
    assert m.sound is not None
    assert [round(c.t) for c in m.sound.clips] == [1, 4], m.sound.clips


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng (Debian) speaks the test voice")
def test_speaking_share_follows_the_voice(tmp_path):
    """Real synthetic speech (espeak-ng) for a known span of a silent recording."""
    wav = tmp_path / "voice.wav"
    subprocess.run(["espeak-ng", "-w", str(wav), "-s", "150",
                    "Hello everyone, welcome to the show. Today we have wireless earbuds, a matcha tea set "
                    "and a silk scarf for you. Ask me anything in the comments."], check=True, timeout=30)
    with wave.open(str(wav)) as f:
        rate, voice = f.getframerate(), np.frombuffer(f.readframes(f.getnframes()), np.int16)
    # To 16 kHz (espeak writes 22 050 Hz) with a plain linear interpolation: VAD does not mind.
    target = 16_000
    voice16 = np.interp(np.arange(int(len(voice) * target / rate)) * rate / target, np.arange(len(voice)),
                        voice).astype(np.int16)
    pcm = np.zeros(20 * target, np.int16)
    start = 5 * target
    pcm[start:start + len(voice16)] = voice16
    sound = analyse_sound(pcm, target)
    # Voiced frames inside the utterance (pauses between words count as non-speech).
    talk_s = len(voice16) / target
    assert 0.6 * talk_s / 20 <= sound.speaking_share <= 1.1 * talk_s / 20, (sound.speaking_share, talk_s)
    assert sound.speech[:4].max() == 0 and sound.speech[6:int(5 + talk_s) - 1].mean() > 0.5
    assert len(sound.dead_air) == 2, sound.dead_air  # before and after the voice
    assert sound.dead_air[0].start_s == 0 and abs(sound.dead_air[0].end_s - 5.0) < 0.2
    assert abs(sound.dead_air[1].start_s - (5 + talk_s)) < 0.5
