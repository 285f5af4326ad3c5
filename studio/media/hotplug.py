"""Hot-plug: the camera list keeps itself current.

A thread looks at the device nodes every couple of seconds (a directory listing: cheap) and
lists the cameras again (opening each, which is not cheap) only when the nodes changed — a
camera plugged in or pulled out. Where there are no device nodes to look at (macOS,
Windows) the cameras are listed once."""

from __future__ import annotations

import glob
import logging
import sys
import threading
from collections.abc import Callable

from studio.events import Signal
from studio.media.devices import Device, list_cameras

log = logging.getLogger(__name__)

CAMERA_NODES = "/dev/video*"
INTERVAL_S = 2.0


class DeviceWatch:
    def __init__(self, pattern: str | None = CAMERA_NODES if sys.platform.startswith("linux") else None,
                 interval_s: float = INTERVAL_S,
                 lister: Callable[[], list[Device]] = list_cameras) -> None:
        self.pattern, self.interval_s, self.lister = pattern, interval_s, lister
        self.cameras_changed: Signal[tuple[Device, ...]] = Signal()
        self.cameras: tuple[Device, ...] = ()
        self.listings = 0  # full listings made (tests: only when the nodes change)
        self._nodes: tuple[str, ...] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="DeviceWatch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)

    def poll(self) -> bool:
        """Look once; list again if the nodes changed (or on the first look). True if the list
        changed."""
        nodes = tuple(sorted(glob.glob(self.pattern))) if self.pattern else ()
        if nodes == self._nodes:
            return False
        self._nodes = nodes
        try:
            cameras = tuple(self.lister())
        except Exception:
            log.exception("listing the cameras failed")
            return False
        self.listings += 1
        if cameras == self.cameras:
            return False
        self.cameras = cameras
        self.cameras_changed.emit(cameras)
        return True

    def _run(self) -> None:
        self.poll()
        if not self.pattern:
            return  # nothing to watch here: the list made at start stays
        while not self._stop.wait(self.interval_s):
            self.poll()
