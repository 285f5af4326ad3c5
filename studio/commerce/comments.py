"""Live comments: the model the Comments dock shows and the server broadcasts."""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from studio.events import Signal

MAX_NAME = 40
MAX_TEXT = 300


class CommentError(ValueError):
    """A comment was refused; the message is one sentence for the person typing it."""


@dataclass(frozen=True, slots=True)
class Comment:
    id: str
    name: str
    text: str
    time: float  # Unix seconds
    host: bool = False  # written by the host (a reply), not a viewer
    viewer: str = ""  # the source's stable id for the writer (a socket's viewer id, a TikTok user)
    source: str = "server"  # where it came from: "server" (the watch page) or an adapter's name

    @property
    def viewer_key(self) -> str:
        """Who wrote it, for per-viewer limits, mute and block: stable across comments."""
        return f"{self.source}:{self.viewer or self.name.casefold()}"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["viewer"]  # a viewer's id (it may carry an address) is not for other viewers
        return {"type": "comment", **data}


def make_comment(name: str, text: str, host: bool = False, viewer: str = "",
                 source: str = "server") -> Comment:
    name = " ".join(str(name or "").split())[:MAX_NAME] or "Guest"
    text = " ".join(str(text or "").split())
    if not text:
        raise CommentError("A comment cannot be empty.")
    if len(text) > MAX_TEXT:
        raise CommentError(f"A comment can be at most {MAX_TEXT} characters.")
    return Comment(uuid.uuid4().hex[:12], name, text, time.time(), host, viewer, source)


class CommentFeed:
    """The newest comments (bounded) and a signal per new one. Thread-safe."""

    def __init__(self, keep: int = 500) -> None:
        self._items: deque[Comment] = deque(maxlen=keep)
        self._lock = threading.Lock()
        self.added: Signal[Comment] = Signal()

    def add(self, comment: Comment) -> None:
        with self._lock:
            if any(c.id == comment.id for c in self._items):
                return
            self._items.append(comment)
        self.added.emit(comment)

    def items(self) -> list[Comment]:
        with self._lock:
            return list(self._items)

    def find(self, comment_id: str) -> Comment | None:
        with self._lock:
            return next((c for c in self._items if c.id == comment_id), None)
