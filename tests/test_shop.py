"""The shop part: stock follows claims onto the product card and the viewer page; rule actions
drive the picture; the order sheet at the end of the show."""

import time
from dataclasses import replace

import numpy as np
import pytest

from studio.commerce.catalog import load_catalog
from studio.commerce.comments import make_comment
from studio.commerce.feed import CommentPipeline
from studio.commerce.shop import Shop
from studio.processing.overlays import OverlayStack
from studio.server.room import Room
from tests.conftest import ROOT

CATALOG = ROOT / "assets" / "products" / "demo.csv"


@pytest.fixture
def shop():
    products = [replace(p, stock=1) if p.id == "earbuds-pro" else p for p in load_catalog(CATALOG).products]
    overlays = OverlayStack(640, 360)
    feed = CommentPipeline()
    pinned = []

    def pin(product_id):
        pinned.append(product_id)
        overlays.set_product(shop.pinned(product_id))

    shop = Shop(feed, overlays, "en_US", pin=pin)
    shop.set_catalog(products)
    yield shop, overlays, pinned
    shop.close()


def _frame(overlays):
    return overlays.apply(np.full((360, 640, 3), 90, np.uint8), time.monotonic_ns())


def test_a_claim_redraws_the_card_and_updates_the_page(shop):
    shop, overlays, _ = shop
    room = Room("live")
    shop.attach_board(room)
    assert room.product is None
    overlays.set_product(shop.pinned("earbuds-pro"))
    assert room.product["stock"] == 1 and room.product["price"] == "$49.99"
    before = _frame(overlays).copy()
    shop.feed.add(make_comment("Budi", "mau earbuds-pro"))
    assert shop.state.pinned_stock == 0 and room.product["stock"] == 0
    after = _frame(overlays)
    x, y, w, h = overlays.layer_rects()["product"]
    assert np.abs(after[y:y + h, x:x + w].astype(int) - before[y:y + h, x:x + w]).sum() > 0  # "Sold out"
    shop.feed.add(make_comment("Lan", "#2 要一个"))  # another product: the card stays
    assert shop.state.pinned_stock == 0


def test_rule_actions_show_the_qr_card_and_flash_the_price(shop):
    shop, overlays, pinned = shop
    offers = []
    shop.pin_requested.connect(offers.append)
    overlays.set_banner("Free gift over $50", scrolling=False)
    shop.feed.add(make_comment("Ken", "link for #3 pls"))
    assert pinned == ["silk-scarf"] and shop.state.pinned_product == "silk-scarf"
    assert offers == ["silk-scarf"]
    shop.feed.rules.set_rules([r for r in shop.feed.rules.rules if r.action == "flash_price"])
    shop.feed.rules.set_rules([replace(r, seconds=0.2) for r in shop.feed.rules.rules])
    shop.feed.add(make_comment("Ann", "how much?"))
    assert shop.state.flashing == "真丝围巾 · 春季新款 — $39.00"
    assert overlays.banner.current() == (shop.state.flashing, False)
    deadline = time.monotonic() + 3
    while shop.state.flashing and time.monotonic() < deadline:
        time.sleep(0.02)
    assert shop.state.flashing is None and overlays.banner.current() == ("Free gift over $50", False)


def test_order_sheet_at_the_end_of_the_show(shop, tmp_path):
    shop, _, _ = shop
    assert shop.end_show(tmp_path, "20261201-2000") is None  # no claims, no file
    shop.pinned("earbuds-pro")
    shop.feed.add(make_comment("Budi", "SOLD"))
    path = shop.end_show(tmp_path, "20261201-2000")
    assert path.name == "claims-20261201-2000.csv" and shop.state.last_export == path
    assert shop.end_show(tmp_path, "20261201-2001") is None  # nothing new since
    sheet = path.read_text(encoding="utf-8-sig")
    assert "Budi,earbuds-pro,Wireless Earbuds Pro,1,49.99,49.99,USD,reserved" in sheet
