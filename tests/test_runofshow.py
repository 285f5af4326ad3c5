"""The run of show: the queue and its file (studio/commerce/runofshow.py), and the session's shop
part pinning along it and running flash sales that end by themselves (studio/session/shop.py)."""

import json
from decimal import Decimal

import numpy as np
import pytest

from studio.commerce.comments import make_comment
from studio.commerce.runofshow import RunOfShow, SaleSettings, ShowFileError, ShowItem
from studio.media.frames import now_ns
from studio.server.room import Room
from studio.session import Session
from studio.session.shop import start_timer
from studio.settings import SessionSettings
from tests.conftest import ROOT
from tests.waiting import wait_for

CATALOG = ROOT / "assets" / "products" / "demo.csv"
QUEUE = ("earbuds-pro", "matcha-set", "silk-scarf", "sunscreen-spf50", "phin-coffee", "oud-perfume",
         "leather-tote")


# -- the queue and its file ------------------------------------------------------------------------------
def test_queue_moves_and_steps():
    run = RunOfShow([ShowItem("a"), ShowItem("b"), ShowItem("c"), ShowItem("a")])
    assert run.queue == ("a", "b", "c")  # a product is queued once
    changes = []
    run.state.changed.connect(changes.append)
    run.move("c", 0)
    assert run.queue == ("c", "a", "b") and run.state.unsaved
    run.move("c", 99)
    assert run.queue == ("a", "b", "c")
    with pytest.raises(KeyError):
        run.move("zz", 0)
    assert run.next_after(None) == "a" and run.next_after("a") == "b" and run.next_after("c") is None
    assert run.previous_before("b") == "a" and run.previous_before("a") is None
    assert run.next_after("not-queued") == "a"
    assert run.next_after("a", available={"a", "c"}) == "c"  # b is not in the catalogue: skipped
    run.set_talking_points("b", "Show the stitching.")
    sale = SaleSettings(Decimal("9.90"), 5, 60, "unpin")
    run.set_sale("b", sale)
    run.set_queue(["b", "d"])
    assert run.item("b") == ShowItem("b", "Show the stitching.", sale)
    assert run.queue == ("b", "d")
    assert any(c.name == "items" for c in changes)


def test_sale_settings_refuse_what_the_countdown_cannot_show():
    for bad in ({"sale_price": Decimal(0)}, {"stock_limit": 0}, {"seconds": 5}, {"seconds": 301},
                {"on_end": "loop"}):
        with pytest.raises(ValueError, match=r"\.$"):
            SaleSettings(**bad)


def test_show_file_round_trip(tmp_path):
    folder = tmp_path / "shows"
    run = RunOfShow([ShowItem("silk-scarf", "Mulberry silk, 16 momme.",
                              SaleSettings(Decimal("25.00"), 3, 120, "next")), ShowItem("earbuds-pro")],
                    catalog=tmp_path / "products.csv")
    path = run.save(folder / "friday.show.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["catalog"] == "../products.csv"  # the catalogue, relative to the show file
    assert data["items"][0]["sale"] == {"price": "25.00", "stock_limit": 3, "seconds": 120, "on_end": "next"}
    back = RunOfShow.load(path)
    assert back.items == run.items and back.state.catalog.resolve() == (tmp_path / "products.csv").resolve()
    assert back.state.path == path and not back.state.unsaved


@pytest.mark.parametrize(("text", "says"), [
    ("{", "the JSON breaks at line 1"),
    ('{"items": []}', "is not a Seller Studio show file"),
    ('{"format": "seller-studio-show", "version": 9}', "newer Seller Studio"),
    ('{"format": "seller-studio-show", "version": 1, "items": [{"talking_points": "x"}]}',
     "item 1 has no product id"),
    ('{"format": "seller-studio-show", "version": 1, "items": ["a", "a"]}', "item 2: product a is already"),
    ('{"format": "seller-studio-show", "version": 1, "items": [{"product": "a", "sale": {"price": "abc"}}]}',
     "item 1 \\(a\\): the sale price 'abc' is not a number"),
    ('{"format": "seller-studio-show", "version": 1, "items": [{"product": "a", "sale": {"price": "2", '
     '"seconds": 3}}]}', "item 1 \\(a\\): A flash sale lasts 10 to 300"),
])
def test_a_bad_show_file_is_named(tmp_path, text, says):
    path = tmp_path / "bad.show.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ShowFileError, match=says):
        RunOfShow.load(path)
    with pytest.raises(ShowFileError, match="There is no show file"):
        RunOfShow.load(tmp_path / "missing.json")


# -- through the session ---------------------------------------------------------------------------------
@pytest.fixture
def session():
    s = Session(SessionSettings(video_source="demo", audio_source="demo", width=640, height=360))
    s.load_catalog(CATALOG)
    s.shop.sale_timer = lambda seconds, call: start_timer(seconds / 20, call)  # a 20 s sale ends in 1 s
    yield s
    s.shop.stop_flash_sale()
    s.shop.stock.close()


def _countdown_drawn(overlays, width, height):
    overlays.apply(np.zeros((height, width, 3), np.uint8), now_ns())
    return "countdown" in overlays.layer_rects()


def test_next_and_previous_follow_the_queue(session):
    shop = session.shop
    assert session.state.queue == QUEUE  # a new show: the catalogue's order
    shop.move_product("silk-scarf", 0)
    assert session.state.queue[:2] == ("silk-scarf", "earbuds-pro")
    assert shop.next_product() == "silk-scarf" and session.state.pinned_product == "silk-scarf"
    assert shop.next_product() == "earbuds-pro" and shop.run.state.current == "earbuds-pro"
    assert shop.previous_product() == "silk-scarf"
    assert shop.previous_product() is None and session.state.pinned_product == "silk-scarf"  # the start
    shop.pin_product("leather-tote")
    assert shop.next_product() is None and session.state.pinned_product == "leather-tote"  # the end
    assert session.overlays.product_card._product.id == "leather-tote"
    # A new show follows a catalogue loaded again, keeping the host's order and notes.
    shop.set_talking_points("silk-scarf", "Hand-rolled edges.")
    session.load_catalog(ROOT / "assets" / "products" / "demo.json")
    assert session.state.queue[0] == "silk-scarf" and set(session.state.queue) == set(QUEUE)
    assert shop.run.item("silk-scarf").talking_points == "Hand-rolled edges."


def test_a_sale_that_sells_out_moves_on(session):
    shop = session.shop
    room = Room("live")
    shop.stock.attach_board(room)
    shop.set_sale_settings("silk-scarf", SaleSettings(Decimal("25.00"), 2, 20, "next"))
    sale = shop.start_flash_sale("silk-scarf")
    assert session.state.pinned_product == "silk-scarf" and session.state.countdown_ends_ns == sale.ends_ns
    card = session.overlays.product_card._product
    assert (card.price, card.original_price, card.stock) == (Decimal("25.00"), Decimal("39.00"), 2)
    assert room.product["sale"]["price"] == "$25.00" and room.product["sale"]["original"] == "$39.00"
    assert room.product["sale"]["left"] == 2 and room.product["price"] == "$25.00"
    assert _countdown_drawn(session.overlays, 640, 360)
    session.comments.add(make_comment("Budi", "SOLD"))
    assert session.state.sale.sold == 1 and room.product["sale"]["left"] == 1
    session.comments.add(make_comment("Lan", "SOLD x2"))  # one unit left for her at the sale price
    wait_for(lambda: session.state.pinned_product == "sunscreen-spf50", 5)
    assert session.state.sale is None and session.state.countdown_ends_ns is None
    assert not _countdown_drawn(session.overlays, 640, 360)  # sold out: the countdown goes at once
    claims = session.comments.claims.claims()
    assert [(c.viewer, c.quantity, c.unit_price) for c in claims] == [
        ("Budi", 1, Decimal("25.00")), ("Lan", 1, Decimal("25.00"))]
    assert session.comments.product("silk-scarf").stock == 1  # 3 in stock, 2 sold, 1 back on the shelf
    assert session.comments.product("silk-scarf").price == Decimal("39.00")
    assert any("sold out" in n.text for n in session.notice_log)


@pytest.mark.parametrize("on_end", ["unpin", "stay"])
def test_a_sale_whose_time_is_up_ends_as_configured(session, on_end):
    shop = session.shop
    shop.pin_product("matcha-set")
    shop.set_sale_settings("matcha-set", SaleSettings(Decimal(1500), None, 20, on_end))
    sale = shop.start_flash_sale()  # the pinned product, its saved settings
    assert sale.stock_limit == 25 and sale.left == 25  # no limit: the product's own stock
    assert session.comments.product("matcha-set").price == Decimal(1500)
    wait_for(lambda: session.state.sale is None, 5)
    assert session.state.pinned_product == (None if on_end == "unpin" else "matcha-set")
    assert session.comments.product("matcha-set").price == Decimal(1980)
    assert session.comments.product("matcha-set").stock == 25


def test_a_sale_refuses_with_sentences(session):
    shop = session.shop
    with pytest.raises(ValueError, match="Pin a product"):
        shop.start_flash_sale()
    with pytest.raises(ValueError, match="Give Wireless Earbuds Pro a sale price first."):
        shop.start_flash_sale("earbuds-pro")
    with pytest.raises(ValueError, match=r"must be below its price now \(\$49.99\)"):
        shop.start_flash_sale("earbuds-pro", Decimal("60"))
    shop.set_stock("earbuds-pro", 0)
    with pytest.raises(ValueError, match="sold out; set its stock"):
        shop.start_flash_sale("earbuds-pro", Decimal("30"))
    assert session.state.sale is None and session.state.pinned_product is None


def test_stop_pin_and_stock_during_a_sale(session):
    shop = session.shop
    shop.start_flash_sale("oud-perfume", Decimal("70"), stock_limit=3, seconds=60)
    assert session.comments.product("oud-perfume").stock == 3  # 5 in stock, 3 offered
    shop.set_stock("oud-perfume", 2)  # the host counts again: only 2 left
    assert session.state.sale.stock_limit == 2 and session.comments.product("oud-perfume").stock == 2
    shop.pin_product("leather-tote")  # another product: the sale ends, nothing else moves
    assert session.state.sale is None and session.state.pinned_product == "leather-tote"
    assert session.comments.product("oud-perfume").stock == 2
    assert session.comments.product("oud-perfume").price == Decimal("89.00")
    shop.start_flash_sale("oud-perfume", Decimal("70"), seconds=60)
    shop.stop_flash_sale()
    assert session.state.pinned_product == "oud-perfume" and session.state.sale is None
    assert not _countdown_drawn(session.overlays, 640, 360)


def test_the_sale_shows_on_both_canvases_through_a_format_change(session):
    shop = session.shop
    session.set_dual(True)
    shop.start_flash_sale("silk-scarf", Decimal("25"), seconds=60)
    session.set_video_format(1280, 720, 30)
    second = session.pipeline.second.overlays
    assert _countdown_drawn(session.overlays, 1280, 720) and _countdown_drawn(second, 720, 1280)
    assert second.product_card._product.price == Decimal("25")
    session.set_dual(False)
    session.set_dual(True)  # a portrait canvas added during the sale shows it too
    assert _countdown_drawn(session.pipeline.second.overlays, 720, 1280)


def test_a_show_file_loads_its_catalogue_and_queue(session, tmp_path):
    shop = session.shop
    shop.move_product("oud-perfume", 0)
    shop.set_talking_points("oud-perfume", "Agarwood from Assam.")
    path = shop.save_show(tmp_path / "tonight.show.json")
    fresh = Session(SessionSettings(video_source="demo", audio_source="demo"))
    try:
        fresh.shop.load_show(path)
        assert fresh.catalog is not None and fresh.state.queue[0] == "oud-perfume"
        assert fresh.shop.run.item("oud-perfume").talking_points == "Agarwood from Assam."
        assert fresh.shop.next_product() == "oud-perfume"
    finally:
        fresh.shop.stock.close()


def test_the_rehearsal_sidecar_records_the_sale(session, tmp_path):
    from studio.rehearsal.sidecar import (
        Claimed,
        FlashSaleEnded,
        FlashSaleStarted,
        ProductPinned,
        read_events,
        sidecar_path,
    )

    path = tmp_path / "r.mkv"
    session.state.update(recording_path=path, recording_started_ns=now_ns())
    session.shop.start_flash_sale("oud-perfume", Decimal("70"), stock_limit=1, seconds=20)
    session.comments.add(make_comment("Sara", "SOLD"))
    wait_for(lambda: session.state.pinned_product == "leather-tote", 5)  # the next in the queue
    session.state.update(recording_path=None, recording_started_ns=None)
    events = [e for e in read_events(sidecar_path(path))
              if isinstance(e, ProductPinned | FlashSaleStarted | FlashSaleEnded | Claimed)]
    assert [type(e) for e in events] == [ProductPinned, FlashSaleStarted, Claimed, FlashSaleEnded,
                                         ProductPinned]
    assert events[1].product_id == "oud-perfume" and abs(events[1].seconds - 20) < 0.5
    assert events[4].product_id == "leather-tote"
