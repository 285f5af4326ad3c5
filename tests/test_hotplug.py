"""The device watch (studio/media/hotplug.py): a cheap look at the device nodes every interval,
a full camera listing only when they changed. The Sources dock's use of it is in
tests/test_ui_docks.py."""

from __future__ import annotations

from studio.media.devices import Device
from studio.media.hotplug import DeviceWatch
from tests.waiting import wait_for


def _watch(folder, interval_s=0.1):
    return DeviceWatch(str(folder / "video*"), interval_s,
                       lambda: [Device(f"camera:{p}", p.name) for p in sorted(folder.glob("video*"))])


def test_lists_again_only_when_the_nodes_change(tmp_path):
    watch = _watch(tmp_path)
    seen = []
    watch.cameras_changed.connect(seen.append)
    assert not watch.poll() and watch.listings == 1 and watch.cameras == ()  # first look: none
    assert not watch.poll() and watch.listings == 1  # nothing changed: no listing
    (tmp_path / "video2").touch()
    assert watch.poll() and [d.name for d in watch.cameras] == ["video2"]
    assert not watch.poll() and watch.listings == 2
    (tmp_path / "video2").unlink()
    assert watch.poll() and watch.cameras == ()
    assert [len(s) for s in seen] == [1, 0]


def test_the_thread_notices_a_camera_plugged_in(tmp_path):
    watch = _watch(tmp_path)
    watch.start()
    try:
        (tmp_path / "video0").touch()
        assert wait_for(lambda: len(watch.cameras) == 1, 2)
    finally:
        watch.stop()
    assert watch._thread is None


def test_without_device_nodes_the_cameras_are_listed_once(tmp_path):
    calls = []
    watch = DeviceWatch(None, 0.05, lambda: calls.append(1) or [Device("camera:0", "Camera 0")])
    watch.start()
    assert wait_for(lambda: watch.cameras, 2)
    watch.stop()
    assert len(calls) == 1
