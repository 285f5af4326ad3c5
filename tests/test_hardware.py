"""The hardware encoder probe and its libx264 fallback, with the real encoders of this FFmpeg
build (this machine has no GPU encoder: every hardware one must be refused, with a reason)."""

from __future__ import annotations

import time

import av
import numpy as np
import pytest

from studio.encode import hardware
from studio.encode.hardware import (
    HARDWARE,
    MISSING,
    NO_FORMAT,
    OPEN_FAILED,
    SOFTWARE,
    EncoderChoice,
    Refusal,
    h264_options,
    probe,
    to_frame,
    try_encoder,
)
from studio.encode.live import LiveEncoder, LiveEncoderSettings
from studio.media.frames import Frame, now_ns


def test_probe_on_this_machine_falls_back_to_libx264_and_says_why():
    choice = probe()
    assert choice.name == SOFTWARE and not choice.hardware and choice.pix_fmt == "yuv420p"
    assert [r.codec for r in choice.refused] == list(HARDWARE)
    for refusal in choice.refused:
        assert refusal.reason in (MISSING, NO_FORMAT, OPEN_FAILED, hardware.NO_OUTPUT)
        assert refusal.detail


def test_a_codec_name_that_does_not_exist_is_refused_cleanly():
    assert try_encoder("h264_nosuchthing") == Refusal("h264_nosuchthing", MISSING, "h264_nosuchthing")


def test_an_encoder_that_takes_no_yuv_picture_is_refused():
    refusal = try_encoder("png")
    assert isinstance(refusal, Refusal) and refusal.reason == NO_FORMAT


def test_the_first_candidate_that_encodes_a_test_frame_wins():
    # mpeg4 stands in for a working hardware encoder: it really opens and encodes here.
    choice = probe(("h264_nosuchthing", "png", "mpeg4", "libx264"))
    assert choice.name == "mpeg4" and choice.pix_fmt == "yuv420p"
    assert [r.codec for r in choice.refused] == ["h264_nosuchthing", "png"]


def test_nv12_frames_carry_the_same_planes():
    rng = np.random.default_rng(0)
    i420 = rng.integers(0, 256, (72 * 3 // 2, 64), dtype=np.uint8)
    frame = to_frame(i420, "nv12")
    assert frame.format.name == "nv12"
    back = frame.reformat(format="yuv420p").to_ndarray()
    assert np.array_equal(back, i420)


@pytest.mark.parametrize("name", HARDWARE)
def test_hardware_options_are_low_latency_without_b_frames(name):
    opts = h264_options(name, fps=30, keyframe_interval_s=2.0, preset="veryfast", crf=21)
    assert opts["bf"] == "0" and opts["g"] == "60"
    assert "crf" not in opts and opts.get("tune", "ll") == "ll"
    live = h264_options(name, fps=30, keyframe_interval_s=2.0, preset="superfast",
                        bitrate=2_000_000, live=True)
    assert "baseline" in live["profile"]


def test_libx264_options_keep_the_vbv_and_crf():
    live = h264_options(SOFTWARE, fps=30, keyframe_interval_s=2.0, preset="superfast",
                        bitrate=2_000_000, live=True)
    assert live["maxrate"] == "2000k" and live["bufsize"] == "500k" and live["forced-idr"] == "1"
    rec = h264_options(SOFTWARE, fps=30, keyframe_interval_s=2.0, preset="veryfast", crf=21)
    assert rec == {"preset": "veryfast", "tune": "zerolatency", "bf": "0", "g": "60", "crf": "21"}


def test_a_hardware_encoder_that_fails_in_use_hands_over_to_libx264(monkeypatch):
    # As if NVENC had passed the probe: here it really fails to open (no NVIDIA device).
    monkeypatch.setattr(hardware, "_choice", EncoderChoice("h264_nvenc", "yuv420p"))
    hardware._done.set()
    encoder = LiveEncoder(LiveEncoderSettings(width=320, height=180))
    encoder.start()
    try:
        encoder.push_video(Frame(np.full((180, 320, 3), 90, np.uint8), now_ns()))
        deadline = time.monotonic() + 5
        while encoder.frames_encoded == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        encoder.stop()
    assert encoder.frames_encoded == 1 and encoder.encoder.name == SOFTWARE
    now = hardware.probed_encoder()
    assert now is not None and now.name == SOFTWARE
    assert now.refused[-1].codec == "h264_nvenc" and now.refused[-1].reason == OPEN_FAILED


def test_the_cached_choice_is_what_encodes_use(monkeypatch):
    monkeypatch.setattr(hardware, "_choice", None)
    hardware._done.clear()
    assert hardware.probed_encoder() is None
    hardware.start_probe().join(timeout=10)
    choice = hardware.probed_encoder()
    assert choice is not None and choice.name == SOFTWARE
    assert hardware.video_encoder() is choice
    ctx = av.CodecContext.create(choice.name, "w")
    assert ctx.name == SOFTWARE
