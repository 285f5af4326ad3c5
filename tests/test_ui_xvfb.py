"""The real app under a real X server (Xvfb, Qt's xcb platform), started as a user starts
it; a screenshot of the screen goes to test-artifacts/ (and, refreshed by hand, to
docs/screenshot.png)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time

import pytest

from tests.conftest import ROOT, studio_cmd

pytestmark = [pytest.mark.xvfb]

WIDTH, HEIGHT = 1440, 900


@pytest.fixture
def xserver(tmp_path):
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (bash scripts/setup.sh --dev installs it)")
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    yield f":{number.decode().strip()}"
    proc.terminate()
    proc.wait(5)


def test_the_app_starts_under_x_and_is_screenshotted(xserver, tmp_path, artifacts):
    settings = tmp_path / "settings.ini"
    settings.write_text(  # a host's saved set-up: demo tone, demo catalogue, natural enhancement
        "[session]\naudio_source=demo\n"
        "[commerce]\ncatalog=" + str(ROOT / "assets/products/demo.csv") + "\n"
        "[enhance]\nlow_light=0.3\nwhite_balance=0.6\ndenoise=0.4\nsharpen=0.25\n")
    trace = tmp_path / "trace.txt"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=xserver, SELLER_STUDIO_SETTINGS=str(settings), SELLER_STUDIO_TRACE=str(trace),
               HOME=str(tmp_path))
    t0 = time.time()
    app = subprocess.Popen(studio_cmd(), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not trace.exists() and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.1)
        assert app.poll() is None, f"the app exited: {app.communicate()[1][-2000:]}"
        assert trace.exists(), "no preview frame was painted within 30 s"
        first_paint = float(trace.read_text().split()[1]) - t0
        time.sleep(3)  # let docks fill (catalogue thumbnails, meters)
        shot = artifacts / "main-window-xvfb.png"
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "x11grab", "-video_size",
                        f"{WIDTH}x{HEIGHT}", "-i", f"{xserver}+0,0", "-frames:v", "1", str(shot)],
                       check=True, timeout=30)
        import av

        with av.open(str(shot)) as c:
            frame = next(c.decode(video=0)).to_ndarray(format="rgb24")
        assert frame.shape == (HEIGHT, WIDTH, 3)
        assert frame.std() > 20, "the screenshot is blank"
        print(f"first preview frame painted {first_paint * 1000:.0f} ms after start; screenshot {shot}")
    finally:
        app.send_signal(signal.SIGTERM)  # as the session manager does at log-out
        try:
            out, err = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            raise
    assert app.returncode == 0, err[-2000:]
    assert "Traceback" not in err


def test_the_window_in_chinese_under_x(xserver, tmp_path, artifacts):
    """The window in Simplified Chinese on a real X server (CJK glyphs from the system's Noto
    fonts); the screenshot goes to test-artifacts/ (copied by hand to docs/screenshot-zh_CN.png)."""
    settings = tmp_path / "settings.ini"
    settings.write_text(
        "[session]\naudio_source=demo\nlocale=zh_CN\n"
        "[ui]\nlanguage=zh_CN\ntour_done=true\n"
        "[commerce]\ncatalog=" + str(ROOT / "assets/products/demo.csv") + "\n"
        "[enhance]\nlow_light=0.3\nwhite_balance=0.6\ndenoise=0.4\nsharpen=0.25\n")
    trace = tmp_path / "trace.txt"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=xserver, SELLER_STUDIO_SETTINGS=str(settings), SELLER_STUDIO_TRACE=str(trace),
               HOME=str(tmp_path), LANG="C.UTF-8")
    app = subprocess.Popen(studio_cmd(), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not trace.exists() and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.1)
        said = app.stderr.read()[-2000:] if app.poll() is not None else ""
        assert trace.exists(), f"no preview frame was painted: {said}"
        time.sleep(3)
        shot = artifacts / "main-window-zh_CN-xvfb.png"
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "x11grab", "-video_size",
                        f"{WIDTH}x{HEIGHT}", "-i", f"{xserver}+0,0", "-frames:v", "1", str(shot)],
                       check=True, timeout=30)
        import av

        with av.open(str(shot)) as c:
            frame = next(c.decode(video=0)).to_ndarray(format="rgb24")
        assert frame.std() > 20, "the screenshot is blank"
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            out, err = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            raise
    assert app.returncode == 0, err[-2000:]
    assert "Traceback" not in err
