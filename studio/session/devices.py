"""The devices part: the cameras and microphones the host can pick, kept current while a view
shows them (hot-plug: a camera plugged in appears in the Sources list by itself, one pulled
out disappears; a camera lost mid-show comes back on the picture by itself, see
`Pipeline._on_video_failed`)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from studio.events import EventedModel
from studio.media.devices import Device, list_microphones
from studio.media.hotplug import DeviceWatch

log = logging.getLogger(__name__)


@dataclass
class DevicesState(EventedModel):
    cameras: tuple[Device, ...] = ()
    microphones: tuple[Device, ...] = ()
    listed: bool = False  # the first listing is done (views show "looking for cameras…" before)


class Devices:
    def __init__(self, watch: DeviceWatch | None = None) -> None:
        self.state = DevicesState()
        self.watch = watch or DeviceWatch()
        self.watch.cameras_changed.connect(lambda cameras: self.state.update(cameras=cameras))
        self._started = False
        self._lock = threading.Lock()

    def start(self) -> None:
        """Begin watching (the Sources view calls this; a headless show never opens cameras
        just to list them). Lists the microphones once: PortAudio knows its devices from when
        it started."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._first_listing, name="DeviceListing", daemon=True).start()

    def _first_listing(self) -> None:
        try:
            microphones = tuple(list_microphones())
        except Exception as exc:  # no PortAudio: the list stays empty, the fallback says why
            log.info("no microphones listed: %s", exc)
            microphones = ()
        self.watch.poll()
        self.state.update(microphones=microphones, cameras=self.watch.cameras, listed=True)
        self.watch.start()

    def close(self) -> None:
        self.watch.stop()
