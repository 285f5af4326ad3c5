"""Comment sources: the generic WebSocket/JSON bridge against a real local WebSocket server,
and the TikTok LIVE source with event objects built here (nothing reaches the network)."""

import asyncio
import json

import pytest
from aiohttp import web

from studio.commerce.feed import CommentPipeline
from studio.commerce.sources import make_source, source_kinds
from studio.commerce.sources.websocket_json import JsonFields, pick


async def _wait(predicate, timeout=5.0):
    for _ in range(int(timeout / 0.02)):
        if predicate():
            return True
        await asyncio.sleep(0.02)
    return predicate()


@pytest.fixture
async def bridge():
    """A chat bridge: each connection gets the next batch of messages, then is closed."""
    batches = [
        [{"type": "chat", "user": {"nickname": "Sari", "id": 7}, "comment": "berapa harganya?"},
         {"type": "like", "user": {"nickname": "Sari", "id": 7}}],
        [[{"type": "chat", "user": {"nickname": "Ken", "id": 9}, "comment": "SOLD earbuds-pro"},
          {"type": "chat", "user": {"nickname": "Bo", "id": 10}, "comment": "   "}]],
    ]
    connections = []

    async def handler(request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        connections.append(ws)
        for message in batches[min(len(connections), len(batches)) - 1]:
            await ws.send_str(json.dumps(message))
        await ws.send_str("not json")
        await ws.close()
        return ws

    app = web.Application()
    app.router.add_get("/chat", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield f"ws://127.0.0.1:{port}/chat", connections
    await runner.cleanup()


async def test_websocket_json_source_maps_fields_and_reconnects(bridge):
    url, connections = bridge
    feed = CommentPipeline()
    statuses = []
    source = make_source("websocket", feed.add, url=url, retry_max_s=0.2,
                         fields=JsonFields(text="comment", name="user.nickname", viewer="user.id",
                                           only_type=("type", "chat")))
    source.state.changed.connect(lambda c: c.name == "status" and statuses.append(c.new))
    await source.start()
    assert await _wait(lambda: len(feed.items()) == 2)
    await source.stop()
    first, second = feed.items()
    assert (first.name, first.text, first.comment.source, first.comment.viewer) == \
        ("Sari", "berapa harganya?", "websocket", "7")
    assert first.comment.viewer_key == "websocket:7" and second.text == "SOLD earbuds-pro"
    assert len(connections) >= 2  # the bridge closed the first connection; the source came back
    assert "reconnecting" in statuses and statuses[-1] == "idle"
    assert source.state.comments == 2


async def test_websocket_source_says_when_the_bridge_is_down():
    source = make_source("websocket", lambda c: None, url="ws://127.0.0.1:9/nothing", retry_max_s=0.1)
    await source.start()
    assert await _wait(lambda: source.state.status == "reconnecting")
    assert "Cannot reach the chat bridge" in source.state.reason
    await source.stop()


def test_registry_and_paths():
    assert source_kinds() == ("websocket", "tiktok")
    with pytest.raises(ValueError, match="Unknown comment source 'twitch'"):
        make_source("twitch", lambda c: None)
    with pytest.raises(ValueError, match="ws:// or wss://"):
        make_source("websocket", lambda c: None, url="http://x")
    assert pick({"a": {"b": [1, {"c": "x"}]}}, "a.b.1.c") == "x" and pick({"a": 1}, "a.b") is None


async def test_tiktok_source_with_locally_built_events():
    pytest.importorskip("TikTokLive")
    from TikTokLive import TikTokLiveClient
    from TikTokLive.events import CommentEvent

    feed = CommentPipeline()
    client = TikTokLiveClient(unique_id="@demo_shop")  # made, never connected
    source = make_source("tiktok", feed.add, unique_id="demo_shop", client=client)
    assert source.unique_id == "@demo_shop"
    for user_id, nick, text in [("101", "Sari", "berapa harganya?"), ("102", "Lan", "chốt 2 cái")]:
        event = CommentEvent.from_dict({"content": text, "user": {"nickname": nick, "id": user_id}},
                                       ignore_unknown_fields=True)
        client.emit(event.get_type(), event)  # TikTokLive's own dispatch to the listener
    assert await _wait(lambda: len(feed.items()) == 2)
    sari, lan = feed.items()
    assert (sari.name, sari.text, sari.comment.viewer_key) == ("Sari", "berapa harganya?", "tiktok:101")
    assert sari.language == "id" and "price" in sari.intents
    assert lan.comment.source == "tiktok" and "claim" in lan.intents
    await source.stop()
