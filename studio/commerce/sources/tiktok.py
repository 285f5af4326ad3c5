"""TikTok LIVE chat through the `TikTokLive` package (optional: `pip install seller-studio[tiktok]`).

TikTokLive reads a live room's public events; this source listens to its `CommentEvent`s
and hands them to the feed with the writer's TikTok user id, so per-viewer mute, block and
floods work across the show. The package talks to TikTok's servers, so it is only used
when the host starts this source; tests feed it event objects they build themselves.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

from studio.commerce.sources.base import CommentSink, CommentSource


class TikTokUnavailable(RuntimeError):
    """TikTokLive is not installed; the message tells the host how to add it."""


def _tiktoklive() -> Any:
    try:
        import TikTokLive
        import TikTokLive.events
    except ImportError:
        raise TikTokUnavailable("TikTok LIVE chat needs the TikTokLive package: install Seller Studio "
                                "with the tiktok extra (pip install 'seller-studio[tiktok]').") from None
    return TikTokLive


class TikTokSource(CommentSource):
    kind: ClassVar[str] = "tiktok"

    def __init__(self, sink: CommentSink, unique_id: str, client: Any = None) -> None:
        """`unique_id` is the host's TikTok handle ("@shopname"). `client` lets a test hand in
        a `TikTokLiveClient` it made (it is never connected in tests)."""
        super().__init__(sink)
        lib = _tiktoklive()
        self.unique_id = unique_id if unique_id.startswith("@") else f"@{unique_id}"
        self.client = client if client is not None else lib.TikTokLiveClient(unique_id=self.unique_id)
        events = lib.events
        self.client.add_listener(events.CommentEvent, self.on_comment)
        self.client.add_listener(events.ConnectEvent, self._on_connect)
        self.client.add_listener(events.DisconnectEvent, self._on_disconnect)

    async def on_comment(self, event: Any) -> None:
        user = getattr(event, "user", None)
        name = (getattr(user, "nickname", "") or getattr(user, "unique_id", "") or "") if user else ""
        viewer = str(getattr(user, "id", "") or getattr(user, "unique_id", "") or name) if user else name
        text = getattr(event, "comment", None) or getattr(event, "content", "") or ""
        self.deliver(name, str(text), viewer)

    async def _on_connect(self, event: Any) -> None:
        self.state.update(status="live", reason="")

    async def _on_disconnect(self, event: Any) -> None:
        if self._task is not None and not self._task.done():
            self.state.update(status="reconnecting", reason="TikTok closed the chat connection.")

    async def _run(self) -> None:
        pause = 2.0
        while True:
            try:
                await self.client.connect()  # returns when the room's connection ends
                reason = "The TikTok LIVE chat ended."
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # TikTokLive raises its own types (user offline, sign errors…)
                reason = f"TikTok LIVE chat for {self.unique_id} is not available ({type(exc).__name__})."
            self.state.update(status="reconnecting", reason=f"{reason} Trying again in {pause:.0f} s.")
            await asyncio.sleep(pause)
            pause = min(60.0, pause * 2)

    async def _close(self) -> None:
        try:
            await self.client.disconnect()
        except Exception:  # not connected: nothing to close
            pass
