"""The viewer page as a shop window: the pinned product as a card with a Buy button, the bag of
the show's products, product images served resized by id only, Buy taps counted per product
(anonymously, limited per address), a flash sale run from the assistant deck reaching the
picture and the page, and the waiting text that goes once the picture plays."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import replace
from decimal import Decimal

import aiohttp
import cv2
import numpy as np
import pytest

from studio.commerce.catalog import load_catalog
from studio.commerce.shop import bag_info, product_info, web_url
from studio.session import LiveTarget, Session
from studio.settings import SessionSettings
from tests.browser import chromium  # noqa: F401 (fixture)
from tests.conftest import ROOT
from tests.waiting import wait_for
from tests.webrtc_peers import LiveViewer

CATALOG = ROOT / "assets" / "products" / "demo.csv"
PHONE = {"width": 390, "height": 844}


def request(url: str, method: str = "GET") -> tuple[int, bytes, dict]:
    req = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


# -- the messages --------------------------------------------------------------------------------------------
def test_the_product_message_carries_raw_amounts_and_only_web_links():
    products = load_catalog(CATALOG).products
    earbuds = products[0]
    info = product_info(earbuds, "en_US")
    assert info["amount"] == "49.99" and info["currency"] == "USD" and info["price"] == "$49.99"
    assert info["original_amount"] == "79.99" and info["discount"] == 38 and info["off"] == "-38%"
    assert info["image"] is True and info["url"] == "https://shop.example/p/earbuds-pro"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil", "https://", ""):
        assert web_url(bad) is None, bad
        assert product_info(replace(earbuds, url=bad), "en_US")["url"] is None
    plain = product_info(products[-1], "en_US")  # no original price, no stock count
    assert plain["discount"] is None and plain["original"] is None and plain["stock"] is None
    bag = bag_info(products, "silk-scarf", "en_US")
    assert [i["id"] for i in bag["items"]] == [p.id for p in products]
    assert [i["id"] for i in bag["items"] if i["pinned"]] == ["silk-scarf"]


# -- the server -----------------------------------------------------------------------------------------
@pytest.fixture
def served(tmp_path):
    session = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0,
                                      recordings_dir=tmp_path))
    session.load_catalog(CATALOG)
    server = session.start_server()
    yield session, server
    session.close()


def test_images_are_served_resized_for_products_of_the_show_only(served):
    session, server = served
    base = f"{server.base_url}/shop/live/image"
    status, body, headers = request(f"{base}/earbuds-pro")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    image = cv2.imdecode(np.frombuffer(body, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None and max(image.shape[:2]) <= 480
    for bad in ("nope", "..%2F..%2Fapp.py", "%2Fetc%2Fpasswd", "earbuds-pro.png"):
        assert request(f"{base}/{bad}")[0] == 404, bad
    assert request(f"{server.base_url}/shop/other-room/image/earbuds-pro")[0] == 404  # not that show's
    session.shop.set_stock("earbuds-pro", 3)  # the show's products come with the bag …
    assert server.rooms["live"].bag["items"][0]["stock"] == 3


def test_buy_taps_are_counted_per_product_and_limited_per_address(served):
    session, server = served
    tap = f"{server.base_url}/shop/live/tap"
    assert request(f"{tap}/earbuds-pro", "POST")[0] == 204
    assert request(f"{tap}/earbuds-pro", "POST")[0] == 204
    assert request(f"{tap}/silk-scarf", "POST")[0] == 204
    assert request(f"{tap}/not-in-the-show", "POST")[0] == 404
    assert wait_for(lambda: session.state.taps == {"earbuds-pro": 2, "silk-scarf": 1}, 5)
    # A stranger's address (another loopback address) taps too often: refused with a sentence.
    async def stranger_taps() -> list[tuple[int, str]]:
        connector = aiohttp.TCPConnector(local_addr=("127.0.0.2", 0))
        async with aiohttp.ClientSession(connector=connector) as http:
            out = []
            for _ in range(25):
                async with http.post(f"{tap}/matcha-set") as resp:
                    out.append((resp.status, await resp.text()))
            return out

    answers = session.network.call(stranger_taps())
    assert [s for s, _ in answers[:20]] == [204] * 20 and {s for s, _ in answers[20:]} == {429}
    assert answers[-1][1].endswith(".")
    assert session.state.taps["matcha-set"] == 20


# -- in Chromium --------------------------------------------------------------------------------------------
def _phone(browser, locale: str = "en-US"):
    context = browser.new_context(viewport=PHONE, locale=locale, is_mobile=True, has_touch=True)
    # The products' shop pages are not on this machine: answer them here.
    context.route("https://shop.example/**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>shop</title>shop"))
    return context


@pytest.mark.browser
def test_a_pin_reaches_the_buyer_and_buy_opens_the_product(chromium, served):  # noqa: F811
    session, server = served
    context = _phone(chromium)
    page = context.new_page()
    try:
        page.goto(server.watch_url("live"))
        page.locator("#bag-button").filter(has_text="7").wait_for(timeout=5000)  # the show's products
        assert page.locator("#product").is_hidden()
        t0 = time.perf_counter()
        session.pin_product("earbuds-pro")  # the host pins, from the core
        page.locator("#product .title").filter(has_text="Wireless Earbuds Pro").wait_for(timeout=1000)
        shown_ms = (time.perf_counter() - t0) * 1000
        card = page.locator("#product")
        assert card.is_visible() and shown_ms < 1000, shown_ms
        # The price and the discount in the browser's locale, from the raw amount.
        assert card.locator(".price").inner_text() == "$49.99"
        assert card.locator(".original").inner_text() == "$79.99"
        assert card.locator(".off").inner_text() == "-38%"
        assert card.locator(".stock").inner_text() == "8 in stock"
        page.wait_for_function("() => document.querySelector('#product .image').naturalWidth > 0")
        # On a phone the card sits under the picture.
        stage, box = page.locator("#stage").bounding_box(), card.bounding_box()
        assert box["y"] >= stage["y"] + stage["height"] - 1 and box["width"] <= PHONE["width"]
        # Buy opens the product's page (a new tab) and counts the tap.
        with page.expect_popup() as popup:
            card.locator("a.buy").click()
        assert popup.value.url == "https://shop.example/p/earbuds-pro"
        assert wait_for(lambda: session.state.taps == {"earbuds-pro": 1}, 5)
        assert card.locator("a.buy").get_attribute("rel") == "noopener noreferrer"
        # Few left: "Only 3 left"; none: "Sold out" (stock from the deck, claims or the catalogue).
        session.shop.set_stock("earbuds-pro", 3)
        card.locator(".stock").filter(has_text="Only 3 left").wait_for(timeout=1000)
        session.shop.set_stock("earbuds-pro", 0)
        card.locator(".stock").filter(has_text="Sold out").wait_for(timeout=1000)
        # The bag lists the show's products with the pinned one marked, each with Buy.
        page.click("#bag-button")
        items = page.locator("#bag-list li")
        assert items.count() == 7
        assert page.locator("#bag-list li.pinned").get_attribute("data-id") == "earbuds-pro"
        assert page.locator("#bag-list li[data-id=matcha-set] .price").inner_text() == "¥1,980"
        page.keyboard.press("Escape")
        t0 = time.perf_counter()
        session.pin_product(None)
        card.wait_for(state="hidden", timeout=1000)
        assert (time.perf_counter() - t0) < 1.0
    finally:
        context.close()


@pytest.mark.browser
def test_prices_follow_the_browsers_locale(chromium, served):  # noqa: F811
    session, server = served
    session.pin_product("phin-coffee")
    context = _phone(chromium, "vi-VN")
    page = context.new_page()
    try:
        page.goto(server.watch_url("live"))
        price = page.locator("#product .price")
        price.wait_for(timeout=5000)
        assert price.inner_text().replace("\u00a0", " ") == "185.000 ₫"
    finally:
        context.close()


# -- live: the picture and the page together ---------------------------------------------------------------
@pytest.fixture
def live(tmp_path):
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0, width=640,
                                      height=360, recordings_dir=tmp_path))
    session.start()
    session.load_catalog(CATALOG)
    session.wait_first_frame()
    session.go_live(LiveTarget("local"))
    assert wait_for(lambda: session.state.live_state == "live", 10), session.state.live_error
    yield session
    session.close()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}, PHONE])
def test_the_waiting_text_goes_when_the_picture_plays(chromium, tmp_path, viewport):  # noqa: F811
    """Opened before the show starts: the waiting text covers the stage; once the picture
    plays it is gone (not drawn at all), on a desktop and on a phone."""
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0, width=640,
                                      height=360, recordings_dir=tmp_path))
    session.start()
    server = session.start_server()
    context = chromium.new_context(viewport=viewport)
    page = context.new_page()
    try:
        page.goto(server.watch_url("live"))
        page.locator("#offline").filter(has_text="Waiting for the show to start").wait_for(timeout=5000)
        assert page.locator("#offline").is_visible()
        session.wait_first_frame()
        session.go_live(LiveTarget("local"))
        page.wait_for_function("() => window.studio.timing.firstFrame !== null", timeout=15000)
        page.locator("#offline").wait_for(state="hidden", timeout=2000)
        assert page.evaluate("() => getComputedStyle(document.getElementById('offline')).display") == "none"
        assert page.locator("#state").inner_text() == "LIVE"
        session.end_live()
        page.locator("#offline").wait_for(state="visible", timeout=5000)  # back when the show stops
    finally:
        context.close()
        session.close()


def _countdown_region(frame, rect):
    x, y, w, h = rect
    return frame[y:y + h, x:x + w].astype(int)


@pytest.mark.browser
@pytest.mark.slow
def test_a_flash_sale_from_the_deck_reaches_the_picture_and_the_page(chromium, live, qtbot):  # noqa: F811
    from studio.ui.bridge import CoreBridge
    from studio.ui.runofshow_dock import RunOfShowDock

    session = live
    session.pin_product("earbuds-pro")
    bridge = CoreBridge()
    dock = RunOfShowDock(session, bridge)  # the window's run-of-show dock
    qtbot.addWidget(dock)
    dock.show()
    viewer = LiveViewer(f"{session.server.base_url}/whep/live", keep=20)
    session.network.call(viewer.start())
    deck_context, buyer_context = _phone(chromium), _phone(chromium)
    try:
        deck = deck_context.new_page()
        deck.goto(session.deck.link())
        deck.locator("#products li[data-id=earbuds-pro]").wait_for(timeout=10000)
        assert "#k=" not in deck.url  # the token leaves the address bar
        buyer = buyer_context.new_page()
        buyer.goto(session.state.watch_url)
        buyer.locator("#product .price").filter(has_text="$49.99").wait_for(timeout=10000)
        assert wait_for(lambda: len(viewer.frames) >= 5, 15), "the aiortc viewer received no picture"
        before = viewer.frames[-1][1]

        # The assistant starts a flash sale: 3 units at $29.90 for a minute.
        deck.select_option("#sale-product", "earbuds-pro")
        deck.fill("#sale-price-input", "29.90")
        deck.fill("#sale-limit", "3")
        deck.select_option("#sale-seconds", "60")
        deck.click("#sale-start")
        assert wait_for(lambda: session.state.sale is not None, 5)
        started = time.perf_counter()
        sale = session.state.sale
        assert (sale.product_id, sale.sale_price, sale.stock_limit) == ("earbuds-pro", Decimal("29.90"), 3)
        deck.locator("#sale-running").wait_for(timeout=5000)
        assert deck.locator("#sale-left").inner_text() == "3 of 3 left"
        # The window's dock shows the sale running.
        qtbot.waitUntil(lambda: dock.sale_status.isVisible() and "3 units left" in dock.sale_status.text(),
                        timeout=3000)
        assert "$29.90" in dock.sale_status.text() and dock.stop_button.isEnabled()

        # The viewer page: the sale price (the old one struck), its units and its countdown, in
        # step with the server's clock within a second.
        card = buyer.locator("#product")
        card.locator(".price").filter(has_text="$29.90").wait_for(timeout=1000)
        assert card.locator(".original").inner_text() == "$49.99"
        assert card.locator(".stock").inner_text() == "Only 3 left at this price"
        card.locator(".sale").wait_for(timeout=1000)
        for _ in range(3):
            shown = int(card.locator(".countdown").get_attribute("data-seconds"))
            remaining = (sale.ends_at - time.time())
            assert abs(shown - remaining) <= 1.0, (shown, remaining)
            time.sleep(0.4)

        # The published picture: the countdown drawn where the overlay stack put it.
        rect = session.overlays.layer_rects()["countdown"]
        assert wait_for(lambda: len(viewer.since(started + 0.5)) >= 3, 10)
        during = viewer.since(started + 0.5)[-1]
        program = session.program.preview.peek().image
        changed = np.abs(_countdown_region(during, rect) - _countdown_region(before, rect)).mean()
        like_program = np.abs(_countdown_region(during, rect) - _countdown_region(program, rect)).mean()
        assert changed > 20 and like_program < changed / 3, (changed, like_program)

        # A stock change from the deck reaches the page; stopping the sale puts the price back.
        stock = deck.locator("#products li[data-id=earbuds-pro] input.stock")
        stock.fill("2")
        deck.locator("#products li[data-id=earbuds-pro] button.save").click()
        card.locator(".stock").filter(has_text="Only 2 left at this price").wait_for(timeout=2000)
        deck.click("#sale-stop")
        card.locator(".price").filter(has_text="$49.99").wait_for(timeout=2000)
        assert session.state.sale is None and card.locator(".sale").is_hidden()
        qtbot.waitUntil(lambda: not dock.sale_status.isVisible() and not dock.stop_button.isEnabled(),
                        timeout=3000)
    finally:
        dock.close_view()
        bridge.close()
        deck_context.close()
        buyer_context.close()
        session.network.call(viewer.stop())


def test_deck_snapshot_lists_taps_and_claims(served):
    session, server = served
    request(f"{server.base_url}/shop/live/tap/silk-scarf", "POST")
    wait_for(lambda: session.state.taps.get("silk-scarf") == 1, 5)
    from studio.commerce.comments import make_comment

    session.pin_product("silk-scarf")
    session.comments.add(make_comment("Budi", "mau silk-scarf"))
    snap = session.deck.snapshot().to_json()
    assert snap["taps"] == 1 and [p["taps"] for p in snap["products"] if p["id"] == "silk-scarf"] == [1]
    assert [(c["viewer"], c["status"]) for c in snap["claims"]] == [("Budi", "reserved")]
    json.dumps(snap)  # all of it goes out as JSON
