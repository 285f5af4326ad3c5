"""A generic WebSocket/JSON source: connect to a chat bridge's WebSocket and read comments.

Bridges differ in field names, so the settings say where each field lives, as dotted paths
into each JSON message ("user.nickname", "data.comment"). A message may also be a list of
such objects. Messages that lack a text are skipped (bridges also send likes, gifts, pings).
The connection is retried with a growing pause (1 s up to 30 s) while the source runs.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any, ClassVar

import aiohttp

from studio.commerce.sources.base import CommentSink, CommentSource

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class JsonFields:
    text: str = "text"
    name: str = "name"
    viewer: str = "id"  # a stable id of the writer, if the bridge sends one
    only_type: tuple[str, str] | None = None  # (path, value): keep messages where path == value


def pick(data: Any, path: str) -> Any:
    """The value at a dotted path ("user.nickname"), or None."""
    for key in path.split("."):
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        else:
            return None
    return data


class WebSocketJsonSource(CommentSource):
    kind: ClassVar[str] = "websocket"

    def __init__(self, sink: CommentSink, url: str, fields: JsonFields | None = None,
                 headers: dict[str, str] | None = None, retry_max_s: float = 30.0) -> None:
        super().__init__(sink)
        if not url.startswith(("ws://", "wss://")):
            raise ValueError(f"A WebSocket address starts with ws:// or wss://, not {url!r}.")
        self.url = url
        self.fields = fields or JsonFields()
        self.headers = headers or {}
        self.retry_max_s = retry_max_s

    async def _run(self) -> None:
        pause = min(1.0, self.retry_max_s)
        async with aiohttp.ClientSession() as http:
            while True:
                try:
                    async with http.ws_connect(self.url, headers=self.headers, heartbeat=20) as ws:
                        self.state.update(status="live", reason="")
                        pause = min(1.0, self.retry_max_s)
                        async for msg in ws:
                            if msg.type == aiohttp.WSMsgType.TEXT:
                                self.handle(msg.data)
                            elif msg.type in (aiohttp.WSMsgType.ERROR, aiohttp.WSMsgType.CLOSED):
                                break
                    reason = "The chat bridge closed the connection."
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    reason = f"Cannot reach the chat bridge at {self.url} ({type(exc).__name__})."
                self.state.update(status="reconnecting", reason=f"{reason} Trying again in {pause:.0f} s.")
                await asyncio.sleep(pause)
                pause = min(self.retry_max_s, pause * 2)

    def handle(self, raw: str) -> int:
        """Read one WebSocket message; returns how many comments it held."""
        try:
            data = json.loads(raw)
        except ValueError:
            log.debug("chat bridge sent something that is not JSON: %.80r", raw)
            return 0
        count = 0
        for entry in data if isinstance(data, list) else [data]:
            f = self.fields
            if f.only_type is not None and pick(entry, f.only_type[0]) != f.only_type[1]:
                continue
            text = pick(entry, f.text)
            if not isinstance(text, str) or not text.strip():
                continue
            name = pick(entry, f.name)
            viewer = pick(entry, f.viewer)
            if self.deliver(str(name or ""), text, str(viewer if viewer is not None else name or "")):
                count += 1
        return count
