"""The "be right back" slate (studio/processing/slate.py): drawn in the canvas's own size, with
the overlays drawn over it by the stages after it."""

from __future__ import annotations

import numpy as np

from studio.media.frames import Frame, LatestSlot
from studio.processing.overlays import OverlayStack
from studio.processing.program import ProgramRenderer
from studio.processing.slate import Slate
from tests.conftest import ROOT


def test_slate_replaces_the_picture_only_while_shown_in_each_canvas_size():
    slate = Slate()
    camera = np.full((720, 1280, 3), 90, np.uint8)
    assert slate.process(camera, 0) is camera  # hidden: the picture passes untouched
    slate.show()
    landscape = slate.process(camera.copy(), 0)
    portrait = slate.process(np.zeros((1280, 720, 3), np.uint8), 0)
    assert landscape.shape == (720, 1280, 3) and portrait.shape == (1280, 720, 3)
    assert not np.array_equal(landscape, camera)
    # the title is drawn (white text) inside the frame in both shapes
    for image in (landscape, portrait):
        assert (image.min(axis=2) > 240).sum() > 2000
    assert slate.frames == 2
    first = slate.picture(1280, 720)
    slate.set_text("Segera kembali", "Acara berlanjut sebentar lagi")  # the window's language
    assert not np.array_equal(slate.picture(1280, 720), first)
    slate.hide()
    assert slate.process(camera, 0) is camera


def test_product_card_stays_over_the_slate():
    from studio.commerce.catalog import load_catalog

    catalog = load_catalog(ROOT / "assets" / "products" / "demo.csv")
    overlays = OverlayStack(1280, 720)
    overlays.product_card.set(catalog.by_id("earbuds-pro"))
    slate = Slate()
    slate.show()
    program = ProgramRenderer(30, 1280, 720)
    program.set_chain([slate, overlays])
    source: LatestSlot[Frame] = LatestSlot()
    source.put(Frame(np.full((720, 1280, 3), 90, np.uint8), 0, 0))
    program.set_source(source)
    image = program.render_once(0).image
    x, y, w, h = overlays.layer_rects()["product"]
    plain = slate.picture(1280, 720)
    assert np.abs(image[y:y + h, x:x + w].astype(int) - plain[y:y + h, x:x + w]).mean() > 20
    assert np.array_equal(image[:y, :], plain[:y, :])  # the rest is the slate itself
