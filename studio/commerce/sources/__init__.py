"""Comment sources beyond the embedded server: platform chat bridges feeding the one feed.

Adding a source is one file with a `CommentSource` subclass, plus its line in `_KNOWN`
below. See docs/comments.md for the interface and an example.
"""

from __future__ import annotations

import importlib
from typing import Any

from studio.commerce.sources.base import CommentSink, CommentSource, SourceState

# kind → "module:Class", imported on first use so an optional package (TikTokLive) is only
# needed by the host who uses that source.
_KNOWN: dict[str, str] = {
    "websocket": "studio.commerce.sources.websocket_json:WebSocketJsonSource",
    "tiktok": "studio.commerce.sources.tiktok:TikTokSource",
}


def source_kinds() -> tuple[str, ...]:
    return tuple(_KNOWN)


def make_source(kind: str, sink: CommentSink, **settings: Any) -> CommentSource:
    """A source of the given kind; ValueError (a sentence) for an unknown kind or bad settings."""
    target = _KNOWN.get(kind)
    if target is None:
        raise ValueError(f"Unknown comment source {kind!r}; use one of {', '.join(_KNOWN)}.")
    module, name = target.split(":")
    cls: type[CommentSource] = getattr(importlib.import_module(module), name)
    return cls(sink, **settings)


__all__ = ["CommentSink", "CommentSource", "SourceState", "make_source", "source_kinds"]
