"""The `seller-studio` command run as a user would, files decoded back with PyAV."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, studio_cmd
from tests.media_check import decode

DEMO_CSV = ROOT / "assets" / "products" / "demo.csv"


@pytest.mark.slow
def test_rehearse_records_a_decodable_file(tmp_path):
    out = tmp_path / "rehearsal.mkv"
    duration = 8
    proc = subprocess.run(
        studio_cmd("rehearse", "--source", "demo", "--duration", str(duration), "--out", str(out),
                   "--enhance", "auto", "--catalog", str(DEMO_CSV), "--product", "earbuds-pro", "--mp4"),
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert "● REC rehearsal.mkv" in proc.stdout  # progress lines
    assert f"Saved {out}" in proc.stdout
    d = decode(out)
    expected = duration * 30
    assert abs(d.video_frames - expected) <= 0.02 * expected, d
    assert (d.width, d.height) == (1280, 720)
    assert d.has_audio
    assert abs(d.audio_duration - d.video_duration) < 0.15, d
    mp4 = decode(out.with_suffix(".mp4"))
    assert mp4.video_frames == d.video_frames


@pytest.mark.slow
def test_kill_during_recording_leaves_a_playable_file(tmp_path):
    out = tmp_path / "killed.mkv"
    proc = subprocess.Popen(
        studio_cmd("rehearse", "--source", "demo", "--duration", "60", "--out", str(out)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    # Wait until the recording has run about 5 s (progress lines count seconds).
    deadline = time.monotonic() + 30
    seen = ""
    while time.monotonic() < deadline and "00:05 /" not in seen:
        seen += proc.stdout.readline()
    assert "00:05 /" in seen, seen
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    d = decode(out)
    assert d.video_frames >= 30 * (5 - 2), d  # within ~2 s of the kill
    assert d.has_audio


def test_bad_source_is_one_sentence():
    proc = subprocess.run(studio_cmd("rehearse", "--source", "webcam", "--duration", "1"),
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 2
    assert "Unknown video source 'webcam'" in proc.stderr and "Traceback" not in proc.stderr


def test_unknown_product_is_one_sentence(tmp_path):
    proc = subprocess.run(
        studio_cmd("rehearse", "--duration", "1", "--out", str(tmp_path / "x.mkv"),
                   "--catalog", str(DEMO_CSV), "--product", "nope"),
        capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 2
    assert "No product with id 'nope'" in proc.stderr and "Traceback" not in proc.stderr


def test_a_bad_show_file_is_one_sentence(tmp_path):
    show = tmp_path / "friday.show.json"
    show.write_text('{"format": "seller-studio-show", "version": 1, "items": [{"product": ""}]}',
                    encoding="utf-8")
    proc = subprocess.run(studio_cmd("rehearse", "--duration", "1", "--out", str(tmp_path / "x.mkv"),
                                     "--show", str(show)),
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 2
    assert "friday.show.json, item 1 has no product id" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_rehearse_a_show_pins_its_first_product(tmp_path):
    from studio.rehearsal.sidecar import ProductPinned, read_events, sidecar_path

    show = tmp_path / "friday.show.json"
    show.write_text(json.dumps({"format": "seller-studio-show", "version": 1, "catalog": str(DEMO_CSV),
                                "items": ["silk-scarf", "earbuds-pro"]}), encoding="utf-8")
    out = tmp_path / "show.mkv"
    proc = subprocess.run(studio_cmd("rehearse", "--duration", "1", "--out", str(out), "--show", str(show)),
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "Opened the show friday.show.json: 2 products in the queue." in proc.stdout
    pins = [e.product_id for e in read_events(sidecar_path(out)) if isinstance(e, ProductPinned)]
    assert pins == ["silk-scarf"]


def test_devices_lists_without_traceback():
    proc = subprocess.run(studio_cmd("devices"), capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "Cameras:" in proc.stdout and "Microphones:" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_python_dash_m_and_version():
    proc = subprocess.run([sys.executable, "-m", "studio", "--version"], capture_output=True,
                          text=True, timeout=30, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.startswith("seller-studio ")


def _free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_and_publish_over_whip():
    port = _free_port()
    server = subprocess.Popen(studio_cmd("serve", "--port", str(port), "--token", "abc"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = server.stdout.readline()
        assert f"Serving on http://127.0.0.1:{port}" in line, line + server.stderr.read()
        url = f"http://127.0.0.1:{port}/whip/show"
        wrong = subprocess.run(studio_cmd("publish", "--whip", url, "--token", "nope", "--duration", "2"),
                               capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert wrong.returncode == 2
        assert "401" in wrong.stderr and "token was refused" in wrong.stderr
        assert "Traceback" not in wrong.stderr
        ok = subprocess.run(studio_cmd("publish", "--whip", url, "--token", "abc", "--duration", "3"),
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert ok.returncode == 0, ok.stderr
        assert "Connecting to" in ok.stdout and "Connected after" in ok.stdout
        assert "kbit/s" in ok.stdout and "Ended the live session." in ok.stdout
        rates = [int(ln.split()[1]) for ln in ok.stdout.splitlines() if ln.startswith("Sending ")]
        assert rates and max(rates) > 200, ok.stdout
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_publish_to_a_server_that_is_down():
    port = _free_port()
    url = f"http://127.0.0.1:{port}/whip/x"
    proc = subprocess.run(studio_cmd("publish", "--whip", url, "--duration", "1"),
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 2
    assert "Cannot reach the WHIP server" in proc.stderr and "Traceback" not in proc.stderr
