"""ctypes bindings to the two C libraries the voice chain runs on.

- libspeexdsp (Xiph, Debian `libspeexdsp1`): the MDF echo canceller and the preprocessor's
  noise suppressor. Bound here directly: the PyPI bindings either need SWIG to build
  (`speexdsp`, 2018) or wrap only the echo canceller with a bytes API (`speexdsp-aec` 0.1).
- RNNoise, the shared library inside the `pyrnnoise` wheel. Only the library file is loaded:
  importing the `pyrnnoise` package itself pulls in audiolab, FFmpeg graphs and tqdm for its
  file helpers, none of which a live stream needs.

Both work on 10 ms frames at 48 kHz (480 samples), the chain's frame."""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
import threading
from pathlib import Path

import numpy as np

FRAME = 480  # 10 ms at 48 kHz
RATE = 48_000

_FLOAT_P = ctypes.POINTER(ctypes.c_float)
_lock = threading.Lock()
_speex: ctypes.CDLL | None = None
_rnnoise: ctypes.CDLL | None = None


class VoiceUnavailable(RuntimeError):
    """A voice library is missing; the message is one sentence for the host."""


def speexdsp() -> ctypes.CDLL:
    global _speex
    with _lock:
        if _speex is None:
            lib = None
            for name in (ctypes.util.find_library("speexdsp"), "libspeexdsp.so.1", "libspeexdsp.dylib"):
                if not name:
                    continue
                try:
                    lib = ctypes.CDLL(name)
                    break
                except OSError:
                    continue
            if lib is None:
                raise VoiceUnavailable("Echo cancellation and light noise suppression are off: the SpeexDSP "
                                       "library is not installed (on Debian/Ubuntu: apt-get install "
                                       "libspeexdsp1).")
            vp, ip = ctypes.c_void_p, ctypes.c_int
            lib.speex_echo_state_init.restype = vp
            lib.speex_echo_state_init.argtypes = [ip, ip]
            lib.speex_echo_state_destroy.argtypes = [vp]
            lib.speex_echo_state_reset.argtypes = [vp]
            lib.speex_echo_ctl.argtypes = [vp, ip, vp]
            lib.speex_echo_cancellation.argtypes = [vp, vp, vp, vp]
            lib.speex_preprocess_state_init.restype = vp
            lib.speex_preprocess_state_init.argtypes = [ip, ip]
            lib.speex_preprocess_state_destroy.argtypes = [vp]
            lib.speex_preprocess_ctl.argtypes = [vp, ip, vp]
            lib.speex_preprocess_run.argtypes = [vp, vp]
            _speex = lib
        return _speex


def rnnoise() -> ctypes.CDLL:
    global _rnnoise
    with _lock:
        if _rnnoise is None:
            spec = importlib.util.find_spec("pyrnnoise")
            found = [Path(p) / name for p in (spec.submodule_search_locations or []) if spec
                     for name in ("librnnoise.so", "librnnoise.dylib", "rnnoise.dll")]
            lib = None
            for path in found:
                if path.exists():
                    lib = ctypes.CDLL(str(path))
                    break
            if lib is None:
                raise VoiceUnavailable("Strong noise suppression is off: the RNNoise library is not "
                                       "installed (pip install pyrnnoise).")
            lib.rnnoise_create.restype = ctypes.c_void_p
            lib.rnnoise_create.argtypes = [ctypes.c_void_p]
            lib.rnnoise_destroy.argtypes = [ctypes.c_void_p]
            lib.rnnoise_process_frame.restype = ctypes.c_float
            lib.rnnoise_process_frame.argtypes = [ctypes.c_void_p, _FLOAT_P, _FLOAT_P]
            if lib.rnnoise_get_frame_size() != FRAME:
                raise VoiceUnavailable("Strong noise suppression is off: this RNNoise build uses an "
                                       "unexpected frame size.")
            _rnnoise = lib
        return _rnnoise


# speex_echo.h / speex_preprocess.h request numbers
_ECHO_SET_SAMPLING_RATE = 24
_PP_SET_DENOISE = 0
_PP_SET_AGC = 2
_PP_SET_DEREVERB = 8
_PP_SET_NOISE_SUPPRESS = 18


def _ctl_int(fn: ctypes._CFuncPtr, state: int, request: int, value: int) -> None:
    arg = ctypes.c_int(value)
    fn(state, request, ctypes.byref(arg))


class SpeexEcho:
    """Speex's multidelay block-frequency adaptive filter (MDF) with a `tail_ms` echo path."""

    def __init__(self, tail_ms: int = 200) -> None:
        self._lib = speexdsp()
        self._state = self._lib.speex_echo_state_init(FRAME, RATE * tail_ms // 1000)
        _ctl_int(self._lib.speex_echo_ctl, self._state, _ECHO_SET_SAMPLING_RATE, RATE)
        self._near = np.zeros(FRAME, np.int16)
        self._far = np.zeros(FRAME, np.int16)
        self._out = np.zeros(FRAME, np.int16)

    def cancel(self, near: np.ndarray, far: np.ndarray) -> np.ndarray:
        """`near` minus its echo of `far` (both 480 samples, int16 scale); returns a new array."""
        np.copyto(self._near, np.clip(np.rint(near), -32768, 32767), casting="unsafe")
        np.copyto(self._far, np.clip(np.rint(far), -32768, 32767), casting="unsafe")
        self._lib.speex_echo_cancellation(self._state, self._near.ctypes.data, self._far.ctypes.data,
                                          self._out.ctypes.data)
        return self._out.astype(np.float32)

    def reset(self) -> None:
        self._lib.speex_echo_state_reset(self._state)

    def close(self) -> None:
        if self._state:
            self._lib.speex_echo_state_destroy(self._state)
            self._state = None


class SpeexDenoise:
    """The SpeexDSP preprocessor as a noise suppressor only (no AGC or dereverb; VAD is off by default)."""

    def __init__(self, suppress_db: int = -25) -> None:
        self._lib = speexdsp()
        self._state = self._lib.speex_preprocess_state_init(FRAME, RATE)
        ctl = self._lib.speex_preprocess_ctl
        _ctl_int(ctl, self._state, _PP_SET_DENOISE, 1)
        _ctl_int(ctl, self._state, _PP_SET_AGC, 0)
        _ctl_int(ctl, self._state, _PP_SET_DEREVERB, 0)
        _ctl_int(ctl, self._state, _PP_SET_NOISE_SUPPRESS, suppress_db)
        self._buf = np.zeros(FRAME, np.int16)

    def run(self, frame: np.ndarray) -> np.ndarray:
        np.copyto(self._buf, np.clip(np.rint(frame), -32768, 32767), casting="unsafe")
        self._lib.speex_preprocess_run(self._state, self._buf.ctypes.data)
        return self._buf.astype(np.float32)

    def close(self) -> None:
        if self._state:
            self._lib.speex_preprocess_state_destroy(self._state)
            self._state = None


class RNNoise:
    """One RNNoise state: 480 float samples in int16 scale in, denoised out, speech probability."""

    def __init__(self) -> None:
        self._lib = rnnoise()
        self._state = self._lib.rnnoise_create(None)
        self._buf = np.zeros(FRAME, np.float32)
        self._ptr = self._buf.ctypes.data_as(_FLOAT_P)
        self.speech_probability = 0.0

    def run(self, frame: np.ndarray) -> np.ndarray:
        self._buf[:] = frame
        self.speech_probability = float(self._lib.rnnoise_process_frame(self._state, self._ptr, self._ptr))
        return self._buf.copy()

    def close(self) -> None:
        if self._state:
            self._lib.rnnoise_destroy(self._state)
            self._state = None
