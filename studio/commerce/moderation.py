"""The feed's moderation stages: duplicates, floods and spam, blocked words, muted and blocked viewers.

Each stage is a small class with one `check(comment, now)` that returns a `FilterReason`
or None. The pipeline (`studio.commerce.feed`) runs them in order; a filtered comment is
kept, with its reason, in the Filtered view: moderation hides, it never deletes.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from studio.commerce.comments import Comment
from studio.commerce.textnorm import fold, skeleton, words_pattern

MAX_BLOCKED_TERMS = 500


class FilterReason(StrEnum):
    """Why a comment went to the Filtered view (the value is stable: views and reports key on it)."""

    DUPLICATE = "duplicate"  # the same comment delivered twice (reconnect, two bridges)
    REPEAT = "repeat"  # a viewer posting the same text again and again
    FLOOD = "flood"  # too many comments from one viewer in a short time
    LINK = "link"  # a web address or contact handle posted by a viewer
    SHOUTING = "shouting"  # a burst of all-capital comments
    BLOCKED_WORD = "blocked word"
    MUTED = "muted"
    BLOCKED = "blocked"


class Stage:
    """One moderation step. `check` may remember what it saw (flood counters, repeats)."""

    def check(self, comment: Comment, now: float) -> FilterReason | None:
        raise NotImplementedError


class Deduplicator(Stage):
    """The same comment twice: the same id, or the same viewer with the same text within
    `window_s` (a bridge that re-sends after reconnecting gives the copy a new id)."""

    def __init__(self, window_s: float = 3.0, remember: int = 4096) -> None:
        self.window_s = window_s
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._recent: OrderedDict[tuple[str, str, str], float] = OrderedDict()
        self._remember = remember

    def seen_id(self, comment_id: str) -> bool:
        return comment_id in self._ids

    def check(self, comment: Comment, now: float) -> FilterReason | None:
        self._ids[comment.id] = None
        if len(self._ids) > self._remember:
            self._ids.popitem(last=False)
        key = (comment.source, comment.viewer_key, comment.text)
        last = self._recent.get(key)
        self._recent[key] = now
        self._recent.move_to_end(key)
        while len(self._recent) > self._remember:
            self._recent.popitem(last=False)
        if last is not None and now - last < self.window_s:
            return FilterReason.DUPLICATE
        return None


_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b[\w-]+(?:\s?(?:\.|\(dot\)|\[dot\]|dot)\s?)(?:com|net|org|io|ly|me|gg|co|shop|xyz|link|site|club|top|vn|id|my|th)\b"
    r"|(?:t\.me|wa\.me|bit\.ly|line\.me)/\S*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SpamSettings:
    flood_count: int = 6  # more than this many comments …
    flood_window_s: float = 10.0  # … from one viewer in this many seconds is a flood
    repeat_window_s: float = 60.0  # the same text again from one viewer within this is a repeat
    repeat_allowed: int = 1  # copies allowed before the rest are filtered (1: the first only)
    caps_min_letters: int = 8  # all-capital comments this long count toward shouting …
    caps_burst: int = 2  # … and more than this many of them within caps_window_s are filtered
    caps_window_s: float = 30.0
    links: bool = True  # filter web addresses and handles posted by viewers


class SpamFilter(Stage):
    """Floods (rate per viewer), repeats (same text), links, and bursts of all-caps shouting."""

    def __init__(self, settings: SpamSettings = SpamSettings()) -> None:
        self.settings = settings
        self._times: dict[str, deque[float]] = {}
        self._texts: dict[tuple[str, str], deque[float]] = {}
        self._caps: dict[str, deque[float]] = {}

    def check(self, comment: Comment, now: float) -> FilterReason | None:
        s = self.settings
        viewer = comment.viewer_key
        times = _window(self._times, viewer, now, s.flood_window_s)
        times.append(now)
        folded = fold(comment.text)
        texts = _window(self._texts, (viewer, folded), now, s.repeat_window_s)
        texts.append(now)
        if len(self._texts) > 20_000:  # a long show: forget the oldest viewers' texts
            for key in list(self._texts)[:10_000]:
                del self._texts[key]
        if len(times) > s.flood_count:
            return FilterReason.FLOOD
        if len(texts) > s.repeat_allowed:
            return FilterReason.REPEAT
        if s.links and _URL.search(comment.text):
            return FilterReason.LINK
        letters = [ch for ch in comment.text if ch.isalpha()]
        if len(letters) >= s.caps_min_letters and all(ch.isupper() for ch in letters if ch.isascii()) \
                and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters):
            caps = _window(self._caps, viewer, now, s.caps_window_s)
            caps.append(now)
            if len(caps) > s.caps_burst:
                return FilterReason.SHOUTING
        return None


def _window(table: dict, key: object, now: float, span: float) -> deque[float]:  # type: ignore[type-arg]
    times = table.get(key)
    if times is None:
        times = table[key] = deque()
    while times and now - times[0] > span:
        times.popleft()
    return times


class BlockedWords(Stage):
    """The host's list of blocked terms (up to 500, any language).

    Matching runs on `skeleton` forms, so ｆｒ３３, f r e e, fr\u200bee, frée and FREE all
    match the term "free"; Latin-script terms match whole words (the term "ass" does not
    block "class"), Chinese/Japanese/Thai/Korean/Arabic terms match anywhere."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._terms: tuple[str, ...] = ()
        self._pattern: re.Pattern[str] | None = None
        self.set_terms(terms)

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def set_terms(self, terms: Iterable[str]) -> None:
        """Replace the list. ValueError (a sentence) past MAX_BLOCKED_TERMS."""
        cleaned = tuple(dict.fromkeys(t.strip() for t in terms if t and t.strip()))
        if len(cleaned) > MAX_BLOCKED_TERMS:
            raise ValueError(f"The blocked-words list can hold {MAX_BLOCKED_TERMS} terms; "
                             f"this one has {len(cleaned)}.")
        skeletons = {skeleton(t) for t in cleaned} - {""}
        pattern = re.compile(words_pattern(skeletons)) if skeletons else None
        with self._lock:
            self._terms, self._pattern = cleaned, pattern

    def load(self, path: Path) -> None:
        """One term per line; blank lines and lines starting with # are skipped."""
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        self.set_terms(line for line in lines if not line.lstrip().startswith("#"))

    def match(self, text: str) -> str | None:
        """The matched stretch of the comment's skeleton, or None."""
        pattern = self._pattern
        if pattern is None:
            return None
        found = pattern.search(skeleton(text)) or pattern.search(skeleton(text, symbols=False))
        return found.group(0) if found else None

    def check(self, comment: Comment, now: float) -> FilterReason | None:
        return FilterReason.BLOCKED_WORD if self.match(comment.text) else None


class ViewerList(Stage):
    """Per-viewer mute (until a time, or for the show) and block (for the show).

    A muted viewer's comments go to the Filtered view; a blocked viewer's too, and the server
    stops showing them to other viewers (the pipeline's verdict is what the room broadcasts)."""

    def __init__(self) -> None:
        self._muted: dict[str, float] = {}  # viewer key -> until (monotonic), inf for the show
        self._blocked: set[str] = set()

    def mute(self, viewer_key: str, seconds: float | None = None) -> None:
        self._muted[viewer_key] = time.monotonic() + seconds if seconds else float("inf")

    def unmute(self, viewer_key: str) -> None:
        self._muted.pop(viewer_key, None)

    def block(self, viewer_key: str) -> None:
        self._blocked.add(viewer_key)

    def unblock(self, viewer_key: str) -> None:
        self._blocked.discard(viewer_key)

    def is_muted(self, viewer_key: str) -> bool:
        until = self._muted.get(viewer_key)
        return until is not None and time.monotonic() < until

    def is_blocked(self, viewer_key: str) -> bool:
        return viewer_key in self._blocked

    def check(self, comment: Comment, now: float) -> FilterReason | None:
        if self.is_blocked(comment.viewer_key):
            return FilterReason.BLOCKED
        if self.is_muted(comment.viewer_key):
            return FilterReason.MUTED
        return None
