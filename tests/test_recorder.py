import time

import numpy as np

from studio.encode.recorder import (
    GAP_TITLE,
    Chapter,
    Recorder,
    RecorderError,
    chapters_from_marks,
    read_chapters,
)
from studio.media.demo import DemoToneSource, DemoVideoSource
from studio.media.frames import AudioBlock, Frame, now_ns
from tests.media_check import decode


def _record(path, seconds=2.0, make_mp4=False, with_audio=True, marks=None):
    scene = DemoVideoSource()
    rec = Recorder(path, make_mp4=make_mp4)
    rec.start()
    tone = DemoToneSource()
    if with_audio:
        tone.start(rec.push_audio)
    t0 = now_ns()
    n = int(seconds * 30)
    for i in range(n):
        due = t0 + i * 1_000_000_000 // 30
        while now_ns() < due:
            time.sleep(0.002)
        if marks and i in marks:
            rec.mark_chapter(marks[i], due)
        rec.push_video(Frame(scene.render(i, due / 1e9), due, i))
    if with_audio:
        tone.stop()
    return rec.stop()


def test_records_video_and_audio_in_sync(tmp_path):
    result = _record(tmp_path / "r.mkv", make_mp4=True)
    assert result.error is None and result.video_frames == 60
    for path in (result.path, result.mp4_path):
        d = decode(path)
        assert d.video_frames == 60
        assert (d.width, d.height) == (1280, 720)
        assert d.has_audio
        assert abs(d.audio_duration - d.video_duration) < 0.1, d


def test_audio_gap_is_filled_with_silence(tmp_path):
    rec = Recorder(tmp_path / "gap.mkv")
    rec.start()
    t0 = now_ns()
    img = np.full((720, 1280, 3), 80, np.uint8)
    for i in range(30):
        rec.push_video(Frame(img, t0 + i * 33_333_333, i))
    tone = np.full(960, 1000, np.int16)
    # 0.0–0.4 s of audio, then a 0.4 s hole, then 0.8–1.0 s.
    for k in list(range(20)) + list(range(40, 50)):
        rec.push_audio(AudioBlock(tone, t0 + k * 20_000_000))
    result = rec.stop()
    d = decode(result.path)
    assert abs(d.audio_duration - 1.0) < 0.05


def test_refuses_non_matroska_name(tmp_path):
    rec = Recorder(tmp_path / "x.avi")
    try:
        rec.start()
    except RecorderError as exc:
        assert "Matroska" in str(exc)
    else:
        raise AssertionError("expected RecorderError")


def test_unwritable_path_is_a_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    rec = Recorder(blocker / "sub" / "r.mkv")
    try:
        rec.start()
    except RecorderError as exc:
        assert "cannot be written" in str(exc) and "Errno" not in str(exc)
    else:
        raise AssertionError("expected RecorderError")


def test_pins_become_chapters_in_the_mkv_and_the_mp4(tmp_path):
    # Pinned at 0.5 s, switched at 1.5 s, unpinned at 2.5 s, pinned again at 3.0 s until the end.
    marks = {15: "Matcha set", 45: "Earbuds 耳机", 75: None, 90: "Matcha set"}
    result = _record(tmp_path / "c.mkv", seconds=4.0, make_mp4=True, marks=marks)
    want = [("Matcha set", 0.5, 1.5), ("Earbuds 耳机", 1.5, 2.5), ("Matcha set", 3.0, 4.0)]
    for path in (result.path, result.mp4_path):
        got = [c for c in read_chapters(path) if c.title != GAP_TITLE]
        assert [c.title for c in got] == [w[0] for w in want], path
        for chapter, (_, start, _end) in zip(got, want, strict=True):
            assert abs(chapter.start_s - start) < 0.05, (path, got)
    # Matroska keeps the gap after an unpin; MP4 chapters have only starts, so gaps get "—".
    assert abs(read_chapters(result.path)[1].end_s - 2.5) < 0.05
    assert [c.title for c in read_chapters(result.mp4_path)] == [
        GAP_TITLE, "Matcha set", "Earbuds 耳机", GAP_TITLE, "Matcha set"]


def test_chapters_from_marks():
    marks = [(-1.0, "A"), (2.0, None), (3.0, "B"), (3.0, "C"), (9.0, "D")]
    assert chapters_from_marks(marks, 5.0) == [Chapter("A", 0.0, 2.0), Chapter("C", 3.0, 5.0)]


def test_a_disk_without_room_is_said_before_recording_starts(tmp_path):
    rec = Recorder(tmp_path / "r.mkv", reserve_bytes=1 << 60)  # more than any disk has free
    try:
        rec.start()
    except RecorderError as exc:
        assert "The disk is full" in str(exc) and exc.args[0].template  # a translatable sentence
    else:
        raise AssertionError("expected RecorderError")
    assert not (tmp_path / "r.mkv").exists()
