import time

import cv2
import numpy as np
import pytest

from studio.media.base import SourceError
from studio.media.demo import BEEP_MS, DemoToneSource, DemoVideoSource
from studio.media.devices import make_audio_source, open_video_source, parse_video_spec
from studio.media.file import FileVideoSource
from studio.media.microphone import MicrophoneSource


def test_demo_scene_moves_and_marks_sync():
    src = DemoVideoSource()
    a = src.render(0, 10.05)  # marker lit (first 200 ms of a second)
    b = src.render(15, 10.55)
    assert a.shape == (720, 1280, 3) and a.dtype == np.uint8
    assert np.mean(cv2.absdiff(a, b)) > 1.0  # things moved
    marker = (1280 - 60, 60)
    assert a[marker[1], marker[0], 1] > 200 and b[marker[1], marker[0], 1] < 100


def test_demo_source_runs_at_30_fps():
    src = DemoVideoSource()
    src.start()
    time.sleep(1.0)
    n = src.frames_captured
    src.stop()
    assert 25 <= n <= 32
    assert src.slot.peek() is not None


def test_demo_tone_beeps_on_the_clock():
    tone = DemoToneSource()
    on = tone._generate(0, 960, 5_000_000_000)  # at t = 5.000 s: beeping
    off = tone._generate(0, 960, 5_500_000_000)
    assert np.abs(on).max() > 5000 and np.abs(off).max() == 0
    assert BEEP_MS == 200


@pytest.mark.parametrize("spec,expected", [
    ("demo", ("demo", "")), ("camera:0", ("camera", "0")),
    ("camera:/dev/video2", ("camera", "/dev/video2")), ("file:/tmp/a b.mp4", ("file", "/tmp/a b.mp4")),
])
def test_parse_specs(spec, expected):
    assert parse_video_spec(spec) == expected


@pytest.mark.parametrize("spec", ["", "webcam", "camera:", "file:", "demo:1"])
def test_bad_specs_say_what_works(spec):
    with pytest.raises(ValueError, match="use demo, camera:0"):
        parse_video_spec(spec)


def test_missing_camera_falls_back_to_demo_and_says_so():
    opened = open_video_source("camera:/dev/video-nope")
    assert isinstance(opened.source, DemoVideoSource)
    assert opened.notice == ("No camera found: showing the demo scene. Plug one in and pick it "
                             "under Sources.")
    assert opened.notice.template == opened.notice  # translatable as it is


def test_file_source_loops(tmp_path):
    import av

    path = tmp_path / "clip.mp4"
    with av.open(str(path), "w") as c:
        s = c.add_stream("libx264", rate=30)
        s.width, s.height, s.pix_fmt = 320, 240, "yuv420p"
        for i in range(10):
            img = np.full((240, 320, 3), i * 20, np.uint8)
            for p in s.encode(av.VideoFrame.from_ndarray(img, format="bgr24")):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    src = FileVideoSource(path)
    info = src.open()
    assert (info.width, info.height) == (320, 240) and info.fps == pytest.approx(30, abs=0.1)
    src.start()
    time.sleep(0.7)  # 10 frames at 30 fps = 0.33 s: must have looped
    src.stop()
    assert src.frames_captured >= 15


def test_missing_file_is_a_sentence(tmp_path):
    with pytest.raises(SourceError, match="does not exist"):
        FileVideoSource(tmp_path / "nope.mp4").open()


def test_microphone_without_device_is_a_sentence():
    # No sound card here: either PortAudio is missing or it has no input device.
    mic = make_audio_source("mic:99")
    assert isinstance(mic, MicrophoneSource)
    with pytest.raises(SourceError) as caught:
        mic.start(lambda block: None)
    # Our own sentence, never the library's text ("Error querying device -1", PortAudioError …).
    assert str(caught.value) in ("No microphone found.", str(caught.value.sentence))
    assert "(" not in str(caught.value) or "apt-get" in str(caught.value)
    assert "Error" not in str(caught.value) and "querying" not in str(caught.value)


def test_no_microphone_at_first_run_is_one_plain_sentence():
    from studio.media.devices import audio_fallback

    notice = audio_fallback(SourceError("No microphone found.", missing=True))
    assert notice == "No microphone found: recording silence. Plug one in and pick it under Sources."


def test_a_clip_played_once_ends_with_a_sentence_and_does_not_come_back(tmp_path):
    import av

    path = tmp_path / "clip.mp4"
    with av.open(str(path), "w") as c:
        s = c.add_stream("libx264", rate=30)
        s.width, s.height, s.pix_fmt = 320, 240, "yuv420p"
        for _ in range(6):
            for p in s.encode(av.VideoFrame.from_ndarray(np.zeros((240, 320, 3), np.uint8), format="bgr24")):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    src = FileVideoSource(path, loop=False)
    failed = []
    src.failed.connect(failed.append)
    assert src.available()
    src.start()
    deadline = time.monotonic() + 3
    while not failed and time.monotonic() < deadline:
        time.sleep(0.02)
    src.stop()
    assert failed == ["The video file clip.mp4 has ended."] and failed[0].template  # translatable
    assert src.frames_captured == 6 and not src.available()


def test_a_camera_whose_device_node_is_gone_is_not_available():
    from studio.media.camera import CameraSource

    assert not CameraSource("/dev/video-nope").available()
