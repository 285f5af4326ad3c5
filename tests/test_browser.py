"""Real headless Chromium as viewer and as WHIP publisher, against the real embedded server."""

import time

import pytest

from studio.commerce.feed import CommentPipeline
from studio.session import LiveTarget, Session
from studio.settings import SessionSettings
from tests.browser import chromium, inbound_stats  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser


def _wait(predicate, timeout=15.0, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


@pytest.fixture
def live_session():
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
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
