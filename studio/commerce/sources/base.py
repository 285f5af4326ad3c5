"""The comment-source interface: one lifecycle for every platform bridge.

A source turns a platform's chat into `Comment`s and hands each to its sink (the feed's
`add`). Like an OBS output it owns its own task on the network loop, reports its state as
an evented model (idle / connecting / live / reconnecting / failed, plus a sentence), and
never calls back up beyond the sink. `start` returns once the source runs (or has failed
and said why); `stop` awaits the end of its task.
"""

from __future__ import annotations

import asyncio
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from studio.commerce.comments import Comment, CommentError, make_comment
from studio.events import EventedModel

log = logging.getLogger(__name__)

CommentSink = Callable[[Comment], Any]


@dataclass
class SourceState(EventedModel):
    status: str = "idle"  # idle, connecting, live, reconnecting, failed
    reason: str = ""  # a sentence for the host when reconnecting or failed
    comments: int = 0  # comments delivered since start


class CommentSource(ABC):
    kind: ClassVar[str]  # the name in `make_source` and in each comment's `source`

    def __init__(self, sink: CommentSink) -> None:
        self.sink = sink
        self.state = SourceState()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Begin receiving (on the network loop). Idempotent."""
        if self._task is None or self._task.done():
            self.state.update(status="connecting", reason="", comments=0)
            self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except (asyncio.CancelledError, Exception):  # its end, however it came
                pass
        await self._close()
        self.state.update(status="idle", reason="")

    @abstractmethod
    async def _run(self) -> None:
        """Receive until cancelled; call `deliver` for each chat message."""

    async def _close(self) -> None:  # noqa: B027 (optional hook)
        """Release connections after the task ended."""

    def deliver(self, name: str, text: str, viewer: str) -> Comment | None:
        """Make a comment from one chat message and hand it to the sink (None if refused:
        empty or too long)."""
        try:
            comment = make_comment(name, text, viewer=viewer, source=self.kind)
        except CommentError:
            return None
        try:
            self.sink(comment)
        except Exception:  # a broken sink must not end the source
            log.exception("the comment sink failed")
        self.state.update(comments=self.state.comments + 1)
        return comment
