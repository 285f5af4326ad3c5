"""Both shapes at once: one program renders a 16:9 and a 9:16 canvas from the same sources,
each with its own overlay layout; outputs pick their canvas (docs/canvases.md)."""

from __future__ import annotations

import time

import av
import pytest

from studio.outputs.feeds import MAIN, SECOND, VideoEncodeSpec
from studio.session import LiveTarget, Session
from studio.settings import SessionSettings
from tests.browser import chromium, inbound_stats  # noqa: F401 (fixture)
from tests.conftest import ROOT
from tests.media_check import decode
from tests.waiting import wait_for


def _session(**kw):
    return Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0, **kw))


def _last_frame(path):
    with av.open(str(path)) as c:
        last = None
        for f in c.decode(video=0):
            last = f
    return last.to_ndarray(format="bgr24")


def _card_is_drawn(image, rect):
    x, y, w, h = rect
    inner = image[y + h // 3:y + 2 * h // 3, x + w // 3:x + w // 2]  # the card's white body
    return float(inner.mean()) > 170


@pytest.mark.slow
def test_dual_canvas_renders_both_shapes_and_records_the_portrait_one(tmp_path):
    with _session() as s:
        s.load_catalog(ROOT / "assets" / "products" / "demo.csv")
        s.pin_product("earbuds-pro")
        assert s.wait_first_frame()
        path = s.start_recording(tmp_path / "upright.mkv", canvas="portrait")  # turns dual on
        assert s.state.second_canvas == (720, 1280)
        assert _wait(lambda: s.program.canvas_preview(SECOND).peek() is not None, 3)
        time.sleep(1.5)
        main, second = s.program.preview.peek().image, s.program.canvas_preview(SECOND).peek().image
        assert main.shape == (720, 1280, 3) and second.shape == (1280, 720, 3)
        portrait_rects = s.pipeline.second.overlays.layer_rects()
        landscape_rects = s.overlays.layer_rects()
        s.stop_recording()
        with pytest.raises(ValueError):  # nothing uses it any more: it can go
            s.set_dual(True)
            lease = s.feeds.lease_video(VideoEncodeSpec(canvas=SECOND))
            try:
                s.set_dual(False)
            finally:
                lease.release()
        s.set_dual(False)
        assert s.state.second_canvas is None and s.program.canvas_preview(SECOND) is None
    d = decode(path)
    assert (d.width, d.height) == (720, 1280) and d.video_frames >= 40
    # each canvas has its own layout: the card stands on the comment area in portrait
    card = portrait_rects["product"]
    zones = s.overlays.safe_zone_rects(720, 1280)
    assert card[1] + card[3] <= min(z[1] for z in zones if z[1] > 400 and z[0] == 0)
    assert landscape_rects["product"][1] > 400  # bottom-left in landscape
    assert _card_is_drawn(_last_frame(path), card)


@pytest.mark.slow
@pytest.mark.browser
def test_two_chromium_viewers_get_each_shape_while_recording(chromium, tmp_path):  # noqa: F811
    s = _session()
    s.start()
    try:
        s.load_catalog(ROOT / "assets" / "products" / "demo.csv")
        s.pin_product("earbuds-pro")
        s.wait_first_frame()
        s.set_dual(True)
        s.start_recording(tmp_path / "wide.mkv")  # the main (16:9) canvas
        s.go_live(LiveTarget("local"))
        assert _wait(lambda: s.state.live_state == "live", 10)
        desk = chromium.new_page(viewport={"width": 1280, "height": 800})
        phone = chromium.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        desk.goto(s.state.watch_url)
        phone.goto(s.state.watch_url)
        assert _wait(lambda: (st := inbound_stats(desk)) and st["framesDecoded"] > 20, 20)
        assert _wait(lambda: (st := inbound_stats(phone)) and st["framesDecoded"] > 20, 20)
        d, p = inbound_stats(desk), inbound_stats(phone)
        assert (d["width"], d["height"]) == (1280, 720)
        assert (p["width"], p["height"]) == (720, 1280)
        box = _wait(lambda: (b := phone.locator("video").bounding_box()) and b["height"] >= 600 and b, 5)
        assert box and box["width"] >= 380 and box["height"] >= 600, box
        rendered = phone.evaluate("() => { const v = document.querySelector('video');"
                                  " return [v.videoWidth, v.videoHeight]; }")
        assert rendered == [720, 1280]
        assert s.feeds.canvases() == {MAIN: (1280, 720), SECOND: (720, 1280)}
        desk.close()
        phone.close()
        result = s.stop_recording()
    finally:
        s.close()
    dec = decode(result.path)
    assert (dec.width, dec.height) == (1280, 720)


def _wait(predicate, timeout=15.0, step=0.05):
    return wait_for(predicate, timeout, step)
