"""Overlays: pixels land only where the layer was placed, content is readable in the frame,
and cached layers are re-rendered only when what they show changes."""

import threading
from decimal import Decimal

import cv2
import numpy as np
import pytest

from studio.commerce.catalog import load_catalog
from studio.commerce.money import format_price
from studio.commerce.product import Product
from studio.processing.overlays import (
    ACCENT,
    CORNERS,
    OverlayLabels,
    OverlayStack,
)
from studio.processing.text import render_text
from tests.conftest import ROOT

S = 1_000_000_000  # one second in ns
T0 = 1_000 * S
CATALOG = load_catalog(ROOT / "assets" / "products" / "demo.csv")
EARBUDS = CATALOG.by_id("earbuds-pro")
COFFEE = CATALOG.by_id("phin-coffee")


def _frame(width=1280, height=720):
    # Mid-grey with a gentle pattern: any blended pixel shows up as a difference.
    y, x = np.mgrid[0:height, 0:width]
    base = 100 + ((x // 7 + y // 5) % 40)
    return np.dstack([base, base + 10, base + 20]).astype(np.uint8)


def _changed(before, after):
    return np.any(before != after, axis=2)


def _inside(mask, rects):
    allowed = np.zeros_like(mask)
    for x, y, w, h in rects:
        allowed[y:y + h, x:x + w] = True
    return allowed


@pytest.mark.parametrize("corner", CORNERS)
def test_product_card_changes_pixels_only_inside_its_rect(corner):
    stack = OverlayStack()
    stack.set_product(EARBUDS, corner)
    before = _frame()
    after = stack.apply(before.copy(), T0)
    rects = stack.layer_rects()
    assert set(rects) == {"product"}
    x, y, w, h = rects["product"]
    changed = _changed(before, after)
    assert not (changed & ~_inside(changed, [rects["product"]])).any()
    assert changed[y:y + h, x:x + w].mean() > 0.5  # most of the rect is card
    vertical, horizontal = corner.split("-")
    assert (x < 640) == (horizontal == "left") and (y < 360) == (vertical == "top")


def test_all_layers_stay_inside_their_rects_and_do_not_overlap():
    logo = ROOT / "assets" / "products" / "leather-tote.png"
    stack = OverlayStack()
    stack.set_product(EARBUDS, "bottom-right")
    stack.start_countdown(60, T0)
    stack.set_banner("Free shipping today", scrolling=True)
    stack.set_pinned_comment("Linh", "Còn size M không shop?")
    stack.set_logo(logo)
    before = _frame()
    after = stack.apply(before.copy(), T0 + S // 2)
    rects = stack.layer_rects()
    assert set(rects) == {"product", "countdown", "banner", "pinned_comment", "logo"}
    changed = _changed(before, after)
    assert not (changed & ~_inside(changed, rects.values())).any()
    for name, (x, y, w, h) in rects.items():
        assert changed[y:y + h, x:x + w].any(), name


def _find(text_image, frame, background=(255, 255, 255)):
    """Best match of a straight-RGBA text image, flattened on `background`, in the frame."""
    alpha = text_image[..., 3:4].astype(np.float32) / 255
    flat = text_image[..., :3] * alpha + np.array(background, np.float32) * (1 - alpha)
    template = cv2.cvtColor(flat.astype(np.uint8), cv2.COLOR_RGB2GRAY)
    scores = cv2.matchTemplate(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), template,
                               cv2.TM_CCOEFF_NORMED)
    _, score, _, location = cv2.minMaxLoc(scores)
    return score, location


@pytest.mark.parametrize("product, locale", [(EARBUDS, "en_US"), (COFFEE, "vi_VN")])
def test_pinned_product_price_is_readable_in_the_frame(product, locale):
    stack = OverlayStack(locale=locale)
    stack.set_product(product)
    frame = stack.apply(_frame(), T0)
    price = render_text(format_price(product.price, product.currency, locale), 32, ACCENT,
                        bold=True)
    score, (x, y) = _find(price, frame)
    assert score > 0.8
    rx, ry, rw, rh = stack.layer_rects()["product"]
    assert rx <= x < rx + rw and ry <= y < ry + rh


def test_locale_change_rerenders_the_card_with_the_new_format():
    stack = OverlayStack(locale="en_US")
    product = Product("tea", "Tea", Decimal("1980"), "JPY", Decimal("2980"))
    stack.set_product(product)
    stack.apply(_frame(), T0)
    stack.set_locale("ja_JP")
    frame = stack.apply(_frame(), T0)
    assert stack.product_card.render_count == 2
    score, _ = _find(render_text("¥1,980", 32, ACCENT, bold=True), frame)
    assert score > 0.8
    with pytest.raises(ValueError):
        stack.set_locale("not a locale")


def test_cached_layers_are_not_rerendered_when_nothing_changes():
    stack = OverlayStack()
    stack.set_product(EARBUDS)
    stack.set_banner("Free shipping today")
    stack.set_pinned_comment("Linh", "Hello!")
    first = stack.apply(_frame(), T0)
    for i in range(1, 6):
        again = stack.apply(_frame(), T0 + i * S)
        assert np.array_equal(first, again)
    stack.set_product(EARBUDS)  # same product again: same key, no work
    stack.apply(_frame(), T0)
    counts = (stack.product_card.render_count, stack.banner.render_count,
              stack.pinned_comment.render_count)
    assert counts == (1, 1, 1)
    stack.set_product(COFFEE)
    stack.apply(_frame(), T0)
    assert stack.product_card.render_count == 2


def test_countdown_rerenders_only_when_the_displayed_second_changes():
    stack = OverlayStack()
    stack.start_countdown(30, T0)
    frames = {}
    for tenth in range(26):  # 0.0 s .. 2.5 s: shows 00:30, 00:29, 00:28
        frames[tenth] = stack.apply(_frame(), T0 + tenth * S // 10).copy()
    assert stack.countdown.render_count == 3
    assert np.array_equal(frames[1], frames[9]) and not np.array_equal(frames[9], frames[10])
    stack.apply(_frame(), T0 + 30 * S)  # ended
    stack.apply(_frame(), T0 + 31 * S)
    assert stack.countdown.render_count == 4
    assert "countdown" in stack.layer_rects()
    before = _frame()
    after = stack.apply(before.copy(), T0 + 34 * S)  # the "ended" state has had its time
    assert "countdown" not in stack.layer_rects() and np.array_equal(before, after)


def test_countdown_shows_the_sale_ended_label_and_can_be_stopped():
    labels = OverlayLabels(sale_ended="Hết giờ")
    stack = OverlayStack(labels=labels)
    stack.start_countdown(10, T0, label="Giờ vàng")
    frame = stack.apply(_frame(), T0 + 10 * S)
    score, _ = _find(render_text("Hết giờ", 17, (255, 255, 255, 255), bold=True), frame,
                     background=(95, 99, 104))
    assert score > 0.8
    stack.stop_countdown()
    stack.apply(_frame(), T0 + 10 * S)
    assert "countdown" not in stack.layer_rects()


@pytest.mark.parametrize("seconds", [9, 301, 0, -5])
def test_countdown_length_is_checked(seconds):
    with pytest.raises(ValueError, match="10 to 300"):
        OverlayStack().start_countdown(seconds)


def test_ticker_moves_between_frames_and_static_banner_does_not():
    ticker = OverlayStack()
    ticker.set_banner("Flash deals all night · Free shipping · Mua 2 tặng 1", scrolling=True)
    a = ticker.apply(_frame(), T0)
    b = ticker.apply(_frame(), T0 + S // 3)
    assert ticker.banner.render_count == 1  # the strip is cropped, not re-rendered
    x, y, w, h = ticker.layer_rects()["banner"]
    moved = _changed(a, b)
    assert moved[y:y + h, x:x + w].any() and not (moved & ~_inside(moved, [(x, y, w, h)])).any()
    static = OverlayStack()
    static.set_banner("Free shipping today")
    assert np.array_equal(static.apply(_frame(), T0), static.apply(_frame(), T0 + S // 3))


@pytest.mark.parametrize("height", [1080, 360])
def test_layout_scales_with_the_frame_height(height):
    width = height * 16 // 9
    reference = OverlayStack()
    reference.set_product(EARBUDS, "top-right")  # same corner: no rect cut by the frame edge
    reference.apply(_frame(), T0)
    card_720 = reference.layer_rects()["product"]
    stack = OverlayStack(width, height)
    stack.set_product(EARBUDS, "top-right")
    stack.start_countdown(120, T0)
    stack.set_banner("Free shipping", scrolling=True)
    stack.set_pinned_comment("Linh", "Hello")
    before = _frame(width, height)
    after = stack.apply(before.copy(), T0)
    rects = stack.layer_rects()
    assert set(rects) == {"product", "countdown", "banner", "pinned_comment"}
    changed = _changed(before, after)
    assert not (changed & ~_inside(changed, rects.values())).any()
    ratio = rects["product"][3] / card_720[3]
    assert abs(ratio - height / 720) < 0.05


def test_resize_then_new_frame_size_rerenders_once():
    stack = OverlayStack()
    stack.set_product(EARBUDS)
    stack.apply(_frame(), T0)
    stack.resize(640, 360)
    assert (stack.width, stack.height) == (640, 360)
    for i in range(3):
        stack.apply(_frame(640, 360), T0 + i * S)
    assert stack.product_card.render_count == 2
    with pytest.raises(ValueError):
        stack.resize(0, 720)


def test_logo_keeps_alpha_and_a_bad_logo_fails_in_the_caller(tmp_path):
    logo = np.zeros((40, 120, 4), np.uint8)
    logo[10:30, 10:110] = (0, 0, 255, 255)  # opaque red bar inside transparent margins
    path = tmp_path / "logo.png"
    cv2.imwrite(str(path), logo)
    stack = OverlayStack()
    stack.set_logo(path)
    before = _frame()
    after = stack.apply(before.copy(), T0)
    x, y, w, h = stack.layer_rects()["logo"]
    region = after[y:y + h, x:x + w]
    assert (region == (0, 0, 255)).all(axis=2).sum() > 0.3 * w * h
    assert np.array_equal(region[0, 0], before[y, x])  # transparent corner shows the picture
    (tmp_path / "broken.png").write_bytes(b"not a png")
    with pytest.raises(ValueError, match="cannot be read"):
        stack.set_logo(tmp_path / "broken.png")


def test_placeholder_card_when_the_product_has_no_picture():
    stack = OverlayStack()
    stack.set_product(Product("x", "No picture", Decimal("5"), "USD"))
    before = _frame()
    after = stack.apply(before.copy(), T0)
    assert stack.product_card.render_count == 1 and _changed(before, after).any()


def test_process_is_apply_and_setters_are_safe_from_other_threads():
    stack = OverlayStack()
    errors = []

    def host() -> None:
        try:
            for i in range(20):
                stack.set_product(EARBUDS if i % 2 else COFFEE, CORNERS[i % 4])
                stack.set_pinned_comment("Linh", f"comment {i}")
                stack.set_banner(f"banner {i}", scrolling=bool(i % 2))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=host)
    thread.start()
    image = _frame()
    for i in range(20):
        assert stack.process(image, T0 + i * S // 30) is image
    thread.join()
    assert not errors


@pytest.mark.parametrize("size", [(720, 1280), (1080, 1920)])
def test_portrait_canvas_keeps_every_overlay_inside_the_picture(size):
    """Sizes follow the short side: at 720×1280 the card is as wide as at 1280×720 and fits."""
    width, height = size
    stack = OverlayStack(width, height)
    stack.set_product(EARBUDS)
    stack.start_countdown(60, now_ns=T0)
    stack.set_banner("Free shipping today")
    stack.set_pinned_comment("Linh", "Does it come in blue?")
    stack.apply(_frame(width, height), T0)
    rects = stack.layer_rects()
    assert set(rects) == {"product", "countdown", "banner", "pinned_comment"}
    card = rects["product"]
    landscape = OverlayStack()
    landscape.set_product(EARBUDS)
    landscape.apply(_frame(), T0)
    assert abs(card[2] - landscape.layer_rects()["product"][2] * width / 720) <= 12  # shadow clipping


@pytest.mark.parametrize("preset", ["phone", "tiktok", "shopee", "lazada", "reels"])
@pytest.mark.parametrize("size", [(720, 1280), (1080, 1920)])
def test_portrait_overlays_keep_out_of_the_apps_safe_zones(preset, size):
    """Pixel check: not one pixel the overlays change (shadows included) lies in a zone where
    the phone app draws its own controls, and the card, countdown and pinned comment show."""
    width, height = size
    stack = OverlayStack(width, height)
    stack.set_safe_zones(preset)
    stack.set_product(EARBUDS)
    stack.start_countdown(60, now_ns=T0)
    stack.set_pinned_comment("Linh", "Does it come in blue? I want two for my sisters")
    stack.set_banner("Free shipping today on every order")
    before = _frame(width, height)
    after = stack.apply(before.copy(), T0)
    changed = _changed(before, after)
    zones = stack.safe_zone_rects(width, height)
    assert zones
    for x, y, w, h in zones:
        assert not changed[y:y + h, x:x + w].any(), (x, y, w, h)
    shown = stack.layer_rects()
    assert {"product", "countdown", "pinned_comment"} <= set(shown), shown
    if preset != "reels":
        assert "banner" in shown


def test_unknown_safe_zone_preset_is_refused():
    with pytest.raises(ValueError, match="safe-zone"):
        OverlayStack().set_safe_zones("myspace")
