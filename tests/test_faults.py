"""Faults a show survives (issue 15, docs/reliability.md): the camera goes away mid-show (a
device pulled out, a clip that ends), the microphone goes away, the disk fills while
recording. Each time the program goes on, viewers keep getting frames, the recording keeps
what it has, and the host is told in a sentence."""

from __future__ import annotations

import asyncio
import os
import select
import subprocess
import threading
import time
from pathlib import Path

import av
import numpy as np
import pytest

from studio.media.base import SourceError, VideoInfo, VideoSource
from studio.media.file import FileVideoSource
from studio.session import LiveTarget, Session
from studio.settings import SessionSettings
from tests.conftest import ROOT
from tests.waiting import wait_for
from tests.webrtc_peers import whep_view

W, H = 320, 240


# -- a camera whose device node can be pulled out ------------------------------------------------
class FifoCamera(VideoSource):
    """A camera device node that is a FIFO: a writer (the "driver") delivers raw BGR pictures;
    pulling the camera out closes the writer and removes the node. A read that gets nothing
    returns None, as OpenCV's `read` does when a V4L2 device is gone, so the failure takes the
    same road as a camera's: ~1 s of failed reads in `VideoSource._run`, `failed`, the slate,
    `available()` polled until the node is back, `reopen()`."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._fd: int | None = None
        self._buf = bytearray()

    def available(self) -> bool:
        return self.path.exists()

    def _open(self) -> VideoInfo:
        if not self.path.exists():
            raise SourceError("No camera found.", missing=True)
        self._fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
        self._buf.clear()
        if self._picture(timeout=3.0) is None:
            self._close()
            raise SourceError("The camera opened but gives no picture.")
        return VideoInfo("Camera fifo", W, H, 30.0)

    def _read(self) -> np.ndarray | None:
        return self._picture(timeout=0.1)

    def _picture(self, timeout: float) -> np.ndarray | None:
        need = W * H * 3
        deadline = time.monotonic() + timeout
        while len(self._buf) < need:
            left = deadline - time.monotonic()
            if self._fd is None or left <= 0 or not select.select([self._fd], [], [], left)[0]:
                return None
            chunk = os.read(self._fd, need - len(self._buf))
            if not chunk:  # no writer: the device is gone
                time.sleep(1 / 30)
                return None
            self._buf += chunk
        image = np.frombuffer(bytes(self._buf[:need]), np.uint8).reshape(H, W, 3).copy()
        del self._buf[:need]
        return image

    def _close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class Driver:
    """Writes solid pictures of `colour` into the node at 30 fps until pulled out."""

    def __init__(self, path: Path, colour: tuple[int, int, int]) -> None:
        self.path = path
        os.mkfifo(path)
        self.picture = np.full((H, W, 3), colour, np.uint8).tobytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        fd = os.open(self.path, os.O_WRONLY)  # waits for the camera to open the node
        try:
            while not self._stop.wait(1 / 30):
                os.write(fd, self.picture)
        except BrokenPipeError:
            pass
        finally:
            os.close(fd)

    def pull_out(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)
        self.path.unlink(missing_ok=True)


GREEN, BLUE = (0, 200, 0), (200, 0, 0)  # BGR


def _kind(image: np.ndarray, slate: np.ndarray) -> str:
    """What a program frame shows, judged away from the product card (top right)."""
    h, w = image.shape[:2]
    patch = image[h // 10:h // 4, w - w // 4:w - w // 10].astype(np.float32)
    mean = patch.reshape(-1, 3).mean(axis=0)
    if abs(patch - slate[h // 10:h // 4, w - w // 4:w - w // 10]).mean() < 8:
        return "slate"
    if mean[1] > 120 and mean[0] < 80:
        return "green"
    if mean[0] > 120 and mean[1] < 80:
        return "blue"
    return "other"


def _session(tmp_path: Path, audio: str = "demo") -> Session:
    return Session(SessionSettings(video_source="demo", audio_source=audio, server_port=0,
                                   recordings_dir=tmp_path, width=640, height=360))


def _watch_in_thread(url: str, seconds: float) -> tuple[threading.Thread, list]:
    out: list = []
    thread = threading.Thread(target=lambda: out.append(asyncio.run(whep_view(url, seconds))), daemon=True)
    thread.start()
    return thread, out


def _recorded_kinds(path: Path, slate: np.ndarray) -> tuple[list[str], list[float]]:
    kinds, times = [], []
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            kinds.append(_kind(frame.to_ndarray(format="bgr24"), slate))
            times.append(float(frame.time))
    return kinds, times


def _runs(kinds: list[str]) -> list[str]:
    """The order of what was shown: ["green", "slate", "blue"] (short "other" blends dropped)."""
    runs: list[str] = []
    for k in kinds:
        if k != "other" and (not runs or runs[-1] != k):
            runs.append(k)
    return runs


@pytest.mark.slow
def test_camera_pulled_out_mid_show_shows_the_slate_and_comes_back(tmp_path):
    node = tmp_path / "video0"
    driver = Driver(node, GREEN)
    session = _session(tmp_path)
    notices = []
    session.notices.connect(notices.append)
    session.start()
    try:
        session.use_video_source(FifoCamera(node), "camera:fifo")
        session.load_catalog(ROOT / "assets" / "products" / "demo.csv")
        session.pin_product("earbuds-pro")
        session.go_live(LiveTarget())
        assert wait_for(lambda: session.state.live_state == "live", 10)
        url = f"{session.server.base_url}/whep/live"
        viewer, watched = _watch_in_thread(url, 9.0)
        time.sleep(1.0)  # (starting the show and a viewer's handshake are not this test's matter)
        recording = session.start_recording(tmp_path / "show.mkv")
        time.sleep(1.0)

        driver.pull_out()
        t_out = time.monotonic()
        assert wait_for(lambda: session.state.video_lost, 4)
        detect_s = time.monotonic() - t_out
        warning = next(n for n in notices if n.level == "warning" and "Be right back" in n.text)
        assert warning.text.template.startswith("{reason} Viewers see")  # translatable
        time.sleep(0.5)
        slate = session.pipeline.slate.picture(640, 360)
        program = session.program.preview.peek().image
        assert _kind(program, slate) == "slate"
        card = session.overlays.layer_rects()["product"]
        x, y, w, h = card
        inner = program[y + h // 3:y + 2 * h // 3, x + w // 3:x + w // 2]
        assert float(inner.mean()) > 170  # the product card is still drawn over the slate
        time.sleep(2.0)

        driver = Driver(node, BLUE)  # plugged in again
        t_in = time.monotonic()
        assert wait_for(lambda: not session.state.video_lost, 6)
        resume_s = time.monotonic() - t_in
        assert any(n.level == "info" and "is back" in n.text for n in notices)
        assert wait_for(lambda: _kind(session.program.preview.peek().image, slate) == "blue", 2)
        viewer.join(timeout=20)
        result = session.stop_recording()
    finally:
        session.close()
        driver.pull_out()
    seen = watched[0]
    gaps = np.diff(seen.arrivals)
    print(f"camera lost noticed after {detect_s:.2f} s, back {resume_s:.2f} s after it returned; "
          f"viewer: {seen.video_frames} frames in 9 s, longest gap {gaps.max() * 1000:.0f} ms; "
          f"slate frames {session.pipeline.slate.frames}")
    assert seen.video_frames >= 9 * 25 and gaps.max() < 0.5  # the viewer never froze
    assert result is not None and not result.error
    kinds, times = _recorded_kinds(recording, slate)
    assert _runs(kinds) == ["green", "slate", "blue"], _runs(kinds)
    steps = np.diff(times)
    at = int(np.argmax(steps))
    assert steps[at] < 0.2, (f"a {steps[at]:.2f} s gap at {times[at]:.2f} s "
                             f"({kinds[max(0, at - 2):at + 3]}), {int((steps > 0.05).sum())} steps > 50 ms")


@pytest.mark.slow
def test_a_clip_that_ends_shows_the_slate_until_the_host_picks_another_picture(tmp_path):
    clip = tmp_path / "clip.mp4"
    with av.open(str(clip), "w") as c:
        stream = c.add_stream("libx264", rate=30)
        stream.width, stream.height, stream.pix_fmt = W, H, "yuv420p"
        for _ in range(20):
            for p in stream.encode(av.VideoFrame.from_ndarray(np.full((H, W, 3), GREEN, np.uint8),
                                                              format="bgr24")):
                c.mux(p)
        for p in stream.encode(None):
            c.mux(p)
    session = _session(tmp_path)
    notices = []
    session.notices.connect(notices.append)
    with session:
        source = FileVideoSource(clip, 640, 360, loop=False)
        session.use_video_source(source, f"file:{clip}")
        assert wait_for(lambda: session.state.video_lost, 4)  # 20 frames: 0.7 s
        assert any("has ended" in n.text and "Be right back" in n.text for n in notices)
        time.sleep(1.5)  # a clip that ended does not come back by itself
        slate = session.pipeline.slate.picture(640, 360)
        assert session.state.video_lost and not source.available()
        assert _kind(session.program.preview.peek().image, slate) == "slate"
        session.set_video_source("demo")
        assert not session.state.video_lost
        assert wait_for(lambda: _kind(session.program.preview.peek().image, slate) != "slate", 2)


# -- the microphone goes away ------------------------------------------------------------------------
def _pactl(env: dict, *args: str) -> str:
    return subprocess.run(["pactl", *args], env=env, check=True, timeout=10, capture_output=True,
                          text=True).stdout


def _unplug_microphone(env: dict) -> None:
    """Remove the microphone and the sink it hears: no source is left to move the stream to."""
    modules = [line.split("\t")[0] for line in _pactl(env, "list", "short", "modules").splitlines()
               if "module-remap-source" in line or "module-null-sink" in line]
    for module in reversed(modules):
        _pactl(env, "unload-module", module)


def _plug_microphone(env: dict) -> None:
    _pactl(env, "load-module", "module-null-sink", "sink_name=vsink")
    _pactl(env, "load-module", "module-remap-source", "master=vsink.monitor", "source_name=vmic")
    _pactl(env, "set-default-source", "vmic")


@pytest.mark.slow
def test_microphone_pulled_out_sends_silence_and_comes_back(pulse_mic, monkeypatch, tmp_path):
    import sounddevice as sd

    for name in ("XDG_RUNTIME_DIR", "HOME"):
        monkeypatch.setenv(name, pulse_mic[name])
    sd._terminate()  # PortAudio lists devices when it starts: start it on this PulseAudio
    sd._initialize()
    session = _session(tmp_path, audio="mic")
    notices = []
    session.notices.connect(notices.append)
    mixed: list[float] = []
    session.mixer.add_output(lambda block: mixed.append(time.monotonic()))
    with session:
        assert session.wait_first_frame()
        assert wait_for(lambda: len(mixed) > 10, 6)  # the microphone delivers
        path = session.start_recording(tmp_path / "show.mkv")
        time.sleep(2.0)
        _unplug_microphone(pulse_mic)
        t_out = time.monotonic()
        assert wait_for(lambda: session.state.audio_lost, 3)
        detect_s = time.monotonic() - t_out
        warning = next(n for n in notices if n.level == "warning" and "stopped" in n.text)
        assert "silence" in warning.text and "Error" not in warning.text
        assert warning.text.template  # the window shows it translated
        time.sleep(2.0)
        _plug_microphone(pulse_mic)
        t_in = time.monotonic()
        assert wait_for(lambda: not session.state.audio_lost, 10)
        resume_s = time.monotonic() - t_in
        assert any(n.level == "info" and "is back" in n.text for n in notices)
        time.sleep(1.5)
        result = session.stop_recording()
    gaps = np.diff(mixed)
    print(f"microphone lost noticed after {detect_s:.2f} s, back {resume_s:.2f} s after it returned; "
          f"the mix's longest gap {gaps.max() * 1000:.0f} ms over {len(mixed)} blocks")
    assert gaps.max() < 0.3  # the mix never stopped: silence filled the hole
    assert result is not None and not result.error
    with av.open(str(path)) as container:
        audio = sum(f.samples for f in container.decode(audio=0)) / 48000
    with av.open(str(path)) as container:
        video = sum(1 for _ in container.decode(video=0)) / 30
    assert abs(audio - video) < 0.15, (audio, video)  # sound and picture stay in step


# -- the disk fills while recording ------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path):
    """A 72 MiB tmpfs: 8 MiB above the recorder's 64 MiB reserve."""
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=72m", "tmpfs", str(disk)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a small tmpfs is not permitted here: {done.stderr.strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


class NoiseSource(VideoSource):
    """Pictures that do not compress (a few MB/s at 640×360): fills a disk in seconds."""

    def _open(self) -> VideoInfo:
        self._rng = np.random.default_rng(1)
        return VideoInfo("Noise", 640, 360, 30.0)

    def _read(self) -> np.ndarray | None:
        time.sleep(1 / 30)
        return self._rng.integers(0, 256, (360, 640, 3), np.uint8)


@pytest.mark.slow
def test_disk_fills_while_recording_stops_cleanly_and_the_show_goes_on(small_disk, tmp_path):
    session = _session(tmp_path)
    notices = []
    session.notices.connect(notices.append)
    with session:
        session.use_video_source(NoiseSource())
        session.go_live(LiveTarget())
        assert wait_for(lambda: session.state.live_state == "live", 10)
        path = session.start_recording(small_disk / "show.mkv")
        viewer, watched = _watch_in_thread(f"{session.server.base_url}/whep/live", 8.0)
        assert wait_for(lambda: session.state.recording_path is None, 20)
        stopped_at = path.stat().st_size
        viewer.join(timeout=20)
    warning = next(n for n in notices if "disk is almost full" in n.text)
    assert warning.text.template  # a translatable sentence, not the OSError text
    assert "Errno" not in warning.text and "No space" not in warning.text
    seen = watched[0]
    print(f"recording stopped at {stopped_at / 1e6:.1f} MB; viewer: {seen.video_frames} frames in 8 s, "
          f"longest gap {max(np.diff(seen.arrivals)) * 1000:.0f} ms")
    assert seen.video_frames >= 8 * 25 and max(np.diff(seen.arrivals)) < 0.5  # the show went on
    with av.open(str(path)) as container:  # what was written plays, to its end
        frames = sum(1 for _ in container.decode(video=0))
        assert container.duration is not None  # the index was written: a clean stop
    assert frames > 30


@pytest.mark.slow
def test_disk_filled_by_someone_else_stops_the_recording_with_what_was_written(small_disk, tmp_path):
    session = _session(tmp_path)
    notices = []
    session.notices.connect(notices.append)
    with session:
        assert session.wait_first_frame()
        path = session.start_recording(small_disk / "show.mkv")
        time.sleep(2.0)
        with open(small_disk / "ballast", "wb") as ballast:  # another program takes every byte
            try:
                while True:
                    ballast.write(b"\0" * (1 << 20))
            except OSError:
                pass
        assert wait_for(lambda: session.state.recording_path is None, 5)
        assert session.wait_first_frame()
    assert any("disk is almost full" in n.text for n in notices)
    with av.open(str(path)) as container:
        assert sum(1 for _ in container.decode(video=0)) >= 30  # the first seconds play
