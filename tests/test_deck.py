"""The assistant deck: a link with a 192-bit token in its fragment, revocable; every API call
and the WebSocket refused with 403 and a sentence without it; its actions go through the
session's shop part, so the window's state follows at once."""

from __future__ import annotations

import asyncio
import json
import re
import urllib.error
import urllib.request
from decimal import Decimal

import aiohttp
import pytest

from studio.commerce.comments import make_comment
from studio.session import Session
from studio.settings import SessionSettings
from tests.conftest import ROOT
from tests.waiting import wait_for

CATALOG = ROOT / "assets" / "products" / "demo.csv"
ACTIONS = ("pin", "unpin", "next", "previous", "sale_start", "sale_stop", "stock", "pin_comment", "reply",
           "mute", "block")


@pytest.fixture
def session(tmp_path):
    session = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0,
                                      recordings_dir=tmp_path))
    session.load_catalog(CATALOG)
    yield session
    session.close()


def call(url: str, token: str | None, body: dict | None = None, method: str = "POST") -> tuple[int, str]:
    data = json.dumps(body or {}).encode() if method == "POST" else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def split(link: str) -> tuple[str, str]:
    match = re.fullmatch(r"(http://[^/]+/deck/live)#k=([A-Za-z0-9_-]+)", link)
    assert match, link
    return match.group(1), match.group(2)


async def ws_hello(url: str, token: str) -> tuple[dict, int | None]:
    async with aiohttp.ClientSession() as http, http.ws_connect(url.replace("http", "ws", 1) + "/ws") as ws:
        await ws.send_json({"type": "hello", "token": token})
        first = await ws.receive_json(timeout=5)
        await ws.receive(timeout=5)  # the close (or the next state)
        return first, ws.close_code


def test_the_link_carries_a_192_bit_token_in_its_fragment_and_is_the_same_until_revoked(session):
    link = session.deck.link()
    page, token = split(link)
    assert len(token) >= 32 and session.deck.link() == link  # token_urlsafe(24): 192 bits
    assert session.state.deck_active
    status, html = call(page, None, method="GET")  # the page itself holds no secret
    assert status == 200 and "deck.js" in html and token not in html
    session.deck.revoke()
    assert not session.state.deck_active
    assert split(session.deck.link())[1] != token


def test_without_a_valid_token_every_deck_call_is_refused_with_403_and_a_sentence(session):
    page, token = split(session.deck.link())
    net = session.network
    for bad in (None, "", "x" * 32, token[:-1] + ("A" if token[-1] != "A" else "B")):
        status, text = call(page + "/api/state", bad, method="GET")
        assert status == 403 and text.endswith(".") and "deck link" in text, (bad, status, text)
        for action in ACTIONS:
            status, text = call(f"{page}/api/{action}", bad, {"id": "earbuds-pro"})
            assert status == 403 and "deck link" in text, (action, status)
        first, code = net.call(ws_hello(page, bad or "nope"))
        assert first == {"type": "error", "status": 403, "text": first["text"]} and code == 4403
    assert session.state.pinned_product is None  # nothing happened
    # The right token works …
    status, text = call(page + "/api/state", token, method="GET")
    assert status == 200 and json.loads(text)["type"] == "state"
    # … until the host revokes it: every call is refused again, an open deck socket is closed.
    session.deck.revoke()
    for action in ("state", *ACTIONS):
        method = "GET" if action == "state" else "POST"
        status, text = call(f"{page}/api/{action}", token, {"id": "earbuds-pro"}, method=method)
        assert status == 403 and "revoked" in text, (action, status)
    assert net.call(ws_hello(page, token))[1] == 4403


def test_an_open_deck_is_closed_when_the_link_is_revoked(session):
    page, token = split(session.deck.link())

    async def watch() -> tuple[list[dict], int | None]:
        seen = []
        socket = page.replace("http", "ws", 1) + "/ws"
        async with aiohttp.ClientSession() as http, http.ws_connect(socket) as ws:
            await ws.send_json({"type": "hello", "token": token})
            seen.append(await ws.receive_json(timeout=5))
            await asyncio.get_running_loop().run_in_executor(None, session.deck.revoke)
            async for msg in ws:
                seen.append(json.loads(msg.data))
            return seen, ws.close_code

    seen, code = session.network.call(watch())
    assert seen[0]["type"] == "state" and seen[-1]["status"] == 403 and code == 4403


def test_deck_actions_go_through_the_shop_and_the_state_follows(session):
    page, token = split(session.deck.link())

    def act(action, **body):
        status, text = call(f"{page}/api/{action}", token, body)
        return status, json.loads(text)

    assert act("pin", id="silk-scarf")[0] == 200 and session.state.pinned_product == "silk-scarf"
    status, data = act("next")
    assert status == 200 and session.state.pinned_product == data["state"]["pinned"] != "silk-scarf"
    assert act("previous")[0] == 200 and session.state.pinned_product == "silk-scarf"
    status, data = act("pin", id="nope")
    assert status == 400 and data["error"].endswith(".")  # a sentence, nothing changed
    assert session.state.pinned_product == "silk-scarf"
    # Stock: the card, the pages and claims follow.
    assert act("stock", id="silk-scarf", units="2")[0] == 200
    assert session.comments.product("silk-scarf").stock == 2 and session.shop.stock.state.pinned_stock == 2
    assert act("stock", id="silk-scarf", units="-1")[0] == 400
    # A flash sale with a price and a stock limit, then stopped.
    status, data = act("sale_start", id="earbuds-pro", price="29.90", limit="3", seconds="60")
    assert status == 200, data
    sale = session.state.sale
    assert sale.product_id == "earbuds-pro" and sale.sale_price == Decimal("29.90") and sale.stock_limit == 3
    assert session.state.pinned_product == "earbuds-pro"
    assert data["state"]["sale"]["price"] == "$29.90" and data["state"]["sale"]["left"] == 3
    assert act("sale_start", id="earbuds-pro", price="abc")[1]["error"].endswith(".")
    assert act("sale_stop")[0] == 200 and session.state.sale is None
    assert act("sale_stop")[0] == 400  # none running: said, not an error page
    # Comments: reply as the shop, pin one on screen, mute and block its writer.
    session.comments.add(make_comment("Budi", "ada warna lain?", viewer="10.0.0.9|budi"))
    item = session.comments.items()[-1]
    assert act("reply", text="Ada kak, hitam dan putih!")[0] == 200
    wait_for(lambda: any(i.host for i in session.comments.items()), 5)
    assert act("pin_comment", id=item.id)[0] == 200 and session.state.pinned_comment == item.id
    state = act("unpin")[1]["state"]
    assert state["pinned"] is None and session.state.pinned_product is None
    assert [c["name"] for c in state["comments"]] == ["Budi", "Host"]
    assert act("mute", viewer=item.comment.viewer_key, minutes="10")[0] == 200
    session.comments.add(make_comment("Budi", "halo?", viewer="10.0.0.9|budi"))
    assert session.comments.items("filtered")[-1].text == "halo?"
    assert act("block", viewer=item.comment.viewer_key)[0] == 200
    assert act("reply", text="")[0] == 400
    assert act("dance")[0] == 404


def test_near_miss_and_random_deck_tokens_are_refused(session):
    """Hostile input (issue 15): near misses of the real token (one character changed, cut,
    extended, case, look-alikes, NUL, doubled, reversed) and random strings — also a lone
    surrogate, which JSON can carry — never open the deck, over HTTP and the WebSocket."""
    import random

    from tests.test_fuzz import _near_misses

    page, token = split(session.deck.link())
    rng = random.Random(5)
    misses = {m for _ in range(10) for m in _near_misses(token, rng)}
    misses |= {"".join(rng.choice("abcXYZ019_-") for _ in range(32)) for _ in range(20)}
    misses |= {"\ud800" + token[1:], token[:-1] + "\udfff"}
    for miss in misses:
        assert not session.deck.authorised(miss), miss
    for miss in sorted(m for m in misses if m.isascii() and m.isprintable() and m.strip() == m)[:40]:
        status, text = call(page + "/api/state", miss, method="GET")
        assert status == 403 and text.endswith("."), (miss, status, text)
    first, code = asyncio.run(ws_hello(page, "\ud800" + token[1:]))
    assert first.get("type") == "error" or code == 4403, (first, code)
    assert session.deck.authorised(token)  # the real one still works
