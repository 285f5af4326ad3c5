"""Real headless Chromium as viewer and as WHIP publisher, against the real embedded server."""

import time
from dataclasses import replace

import pytest

from studio.commerce.feed import CommentPipeline
from studio.session import LiveTarget, Session
from studio.settings import SessionSettings
from tests.browser import chromium, inbound_stats  # noqa: F401 (fixture)
from tests.conftest import ROOT
from tests.waiting import wait_for

pytestmark = pytest.mark.browser




@pytest.fixture
def live_session(tmp_path):
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      recordings_dir=tmp_path))  # the claims sheet lands here at close
    session.start()
    session.wait_first_frame()
    session.go_live(LiveTarget("local"))
    assert _wait(lambda: session.state.live_state == "live", 10), session.state.live_error
    yield session
    session.close()


def test_chromium_watches_the_show_and_chats(chromium, live_session):  # noqa: F811
    session = live_session
    page = chromium.new_page()
    page.goto(session.state.watch_url)
    first = _wait(lambda: (s := inbound_stats(page)) and s["framesDecoded"] > 0 and s, 20)
    assert first, "Chromium decoded no frame"
    time.sleep(2)
    later = inbound_stats(page)
    assert later["framesDecoded"] > first["framesDecoded"] + 20, (first, later)
    assert (later["width"], later["height"]) == (1280, 720)
    assert later["audioPackets"] > 0
    assert _wait(lambda: session.state.viewer_count == 1, 5)
    page.locator("#state").wait_for()
    assert page.locator("#state").inner_text() == "LIVE"

    # A viewer's comment reaches the session's comment model …
    feed: CommentPipeline = session.comments
    page.fill("#name", "Lan")
    page.fill("#text", "Giá bao nhiêu vậy? 多少钱")
    page.click("button.send")
    got = _wait(lambda: [c for c in feed.items() if c.name == "Lan"], 5)
    assert got and got[0].text == "Giá bao nhiêu vậy? 多少钱" and not got[0].host
    # … and the host's reply appears in the page.
    session.reply("299k thôi nhé!")
    page.locator("#comments li.host").filter(has_text="299k thôi nhé!").wait_for(timeout=5000)
    page.close(run_before_unload=True)  # the page says goodbye (WHEP DELETE)
    assert _wait(lambda: session.state.viewer_count == 0, 10)


def test_chromium_publishes_over_whip_and_another_chromium_watches(chromium):  # noqa: F811
    from studio.server.app import ServerSettings, StudioServer
    from studio.transport.network import NetworkThread

    net = NetworkThread()
    server = StudioServer(ServerSettings(port=0, token="t0ken"))
    net.call(server.start())
    try:
        publisher = chromium.new_page()
        publisher.goto(f"{server.base_url}/publish/shop")
        # Wrong token first: refused with 401, nothing published.
        assert publisher.evaluate("window.whip.start('nope')") == 401
        assert "401" in publisher.evaluate("window.whip.status")
        assert publisher.evaluate("window.whip.start('t0ken')") == 201
        assert _wait(lambda: server.rooms["shop"].live, 15), "ingest produced no picture"
        viewer = chromium.new_page()
        viewer.goto(f"{server.base_url}/watch/shop")
        first = _wait(lambda: (s := inbound_stats(viewer)) and s["framesDecoded"] > 0 and s, 20)
        assert first, "the viewer decoded nothing"
        time.sleep(2)
        later = inbound_stats(viewer)
        assert later["framesDecoded"] > first["framesDecoded"] + 10
        assert later["audioPackets"] > 0
        publisher.evaluate("window.whip.stop('t0ken')")
        assert _wait(lambda: not server.rooms["shop"].live, 10)
        viewer.close()
        publisher.close()
    finally:
        net.call(server.stop())
        net.close()


def _reference_card(session, stock):
    """The product card as drawn with `stock` units left, on a black picture of the same size."""
    import numpy as np

    from studio.processing.overlays import OverlayStack

    w, h = session.settings.width, session.settings.height
    stack = OverlayStack(w, h, locale=session.settings.locale)
    stack.set_product(replace(session.catalog.by_id("earbuds-pro"), stock=stock))
    image = stack.apply(np.zeros((h, w, 3), np.uint8), 0)
    return image, stack.layer_rects()["product"]


def test_instant_answer_claims_and_waitlist_from_the_watch_page(chromium, live_session):  # noqa: F811
    """A viewer asks "berapa harganya?" while earbuds-pro is pinned: an Indonesian draft with the
    price is ready in the core within 50 ms and, sent, shows on the page. A second viewer claims
    the last unit, a third gets the waitlist reply; stock reads 0 on the page and in the picture."""
    session = live_session
    session.load_catalog(ROOT / "assets" / "products" / "demo.csv")
    session.comments.stock.set("earbuds-pro", 1)  # the host corrects the count: one left
    session.pin_product("earbuds-pro")
    feed: CommentPipeline = session.comments
    assert feed.warmed.wait(10)
    pages = []
    for name in ("Sari", "Budi", "Lan"):
        page = chromium.new_page()
        page.goto(session.state.watch_url)
        page.fill("#name", name)
        pages.append(page)
    sari, budi, lan = pages
    sari.locator("#product .stock").filter(has_text="1 left").wait_for(timeout=10000)

    sari.fill("#text", "berapa harganya?")
    sari.click("button.send")
    asked = _wait(lambda: [i for i in feed.items() if i.name == "Sari"], 5)
    assert asked, "the question never reached the feed"
    item = asked[0]
    assert item.language == "id" and item.intents == {"price"} and item.product_id == "earbuds-pro"
    assert item.draft.language == "id" and "US$49,99" in item.draft.text, item.draft
    assert item.draft_ms <= 50, f"draft took {item.draft_ms:.1f} ms"
    feed.send_draft(item.id)
    sari.locator("#comments li.host").filter(has_text="US$49,99").wait_for(timeout=5000)

    feed.set_auto_send("claim", True)
    budi.fill("#text", "mau earbuds-pro kak")
    budi.click("button.send")
    budi.locator("#comments li.host").filter(has_text="@Budi").wait_for(timeout=5000)
    _wait(lambda: feed.product("earbuds-pro").stock == 0, 5)
    lan.fill("#text", "chốt earbuds-pro")
    lan.click("button.send")
    waitlist = lan.locator("#comments li.host").filter(has_text="@Lan")
    waitlist.wait_for(timeout=5000)
    assert "danh sách chờ" in waitlist.inner_text()  # in Vietnamese, Lan's language
    claims = feed.claims.claims()
    assert [(c.viewer, c.status) for c in claims] == [("Budi", "reserved"), ("Lan", "waitlist")]

    for page in pages:  # stock 0 on every viewer page
        page.locator("#product .stock").filter(has_text="Sold out").wait_for(timeout=5000)
        assert page.locator("#product").get_attribute("data-stock") == "0"
    # … and in the picture: the card's pixels match a card drawn with 0 left, not with 1 left.
    sold_out, rect = _reference_card(session, 0)
    one_left, rect_1 = _reference_card(session, 1)
    assert rect == rect_1 == session.overlays.layer_rects()["product"]
    sold_out = sold_out.astype(int)
    time.sleep(0.3)  # a frame or two after the change
    program = session.program.preview.peek().image.astype(int)
    # Where the two cards differ (the stock line), the picture must be the "Sold out" card.
    stock_line = (sold_out != one_left).any(axis=2)
    assert stock_line.sum() > 200
    diff_0 = abs(program[stock_line] - sold_out[stock_line]).mean()
    diff_1 = abs(program[stock_line] - one_left[stock_line].astype(int)).mean()
    assert diff_0 < 4 and diff_1 > 5 * diff_0 + 10, (diff_0, diff_1)
    for page in pages:
        page.close(run_before_unload=True)
    session.close()  # the end of the show writes the order sheet
    sheets = list(session.settings.recordings_dir.glob("claims-*.csv"))
    assert len(sheets) == 1 and "Budi" in sheets[0].read_text(encoding="utf-8-sig")


def _wait(predicate, timeout=15.0, step=0.1):
    return wait_for(predicate, timeout, step)
