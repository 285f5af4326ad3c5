"""A live comment as it crosses the studio: from a viewer page or an adapter, into the feed
(`studio.commerce.feed`), back out to every viewer."""

from __future__ import annotations

import time
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from typing import Any

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


_JOINERS = frozenset("\u200c\u200d")  # ZWNJ/ZWJ: Persian and Indic words, emoji sequences


def _shown(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs"):  # control characters, lone surrogates (from JSON "\ud800")
        return False
    if category == "Cf":  # bidi overrides and isolates, invisible marks; emoji tags kept
        return ch in _JOINERS or "\U000e0020" <= ch <= "\U000e007f"
    return True


def plain_text(value: str) -> str:
    """One line of text as a stranger may show it to others: runs of whitespace (line breaks
    included) become one space; control characters, bidi overrides/isolates (which flip how
    the rest of a line reads) and other invisible format characters are dropped."""
    if value.isprintable() and value.isascii():  # the common case, without a per-character walk
        return " ".join(value.split())
    kept = "".join(ch if _shown(ch) else (" " if ch.isspace() else "") for ch in value)
    return " ".join(kept.split())


def make_comment(name: str, text: str, host: bool = False, viewer: str = "",
                 source: str = "server") -> Comment:
    name = plain_text(str(name or ""))[:MAX_NAME] or "Guest"
    text = plain_text(str(text or ""))
    if not text:
        raise CommentError("A comment cannot be empty.")
    if len(text) > MAX_TEXT:
        raise CommentError(f"A comment can be at most {MAX_TEXT} characters.")
    return Comment(uuid.uuid4().hex[:12], name, text, time.time(), host, viewer, source)


def __getattr__(name: str) -> Any:
    # `CommentFeed` grew into the comment pipeline (studio.commerce.feed); old imports still work.
    if name == "CommentFeed":
        from studio.commerce.feed import CommentPipeline

        return CommentPipeline
    raise AttributeError(name)
