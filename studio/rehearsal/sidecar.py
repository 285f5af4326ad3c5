"""The session's events as JSON lines next to a recording: `<file>.events.jsonl`.

One object per line, `{"t": seconds since the recording started, "type": kind, ...fields}`,
written and flushed as it happens, so a session that is killed keeps every event up to
its last second. Readers skip a half-written last line and keep unknown kinds as
`OtherEvent`, so files from newer versions still open.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, ClassVar

log = logging.getLogger(__name__)

SUFFIX = ".events.jsonl"


def sidecar_path(recording: str | Path) -> Path:
    """`show.mkv` → `show.mkv.events.jsonl` (an MP4 copy shares its .mkv's sidecar)."""
    path = Path(recording)
    own = path.with_name(path.name + SUFFIX)
    if path.suffix.lower() == ".mp4" and not own.exists():
        return path.with_suffix(".mkv").with_name(path.with_suffix(".mkv").name + SUFFIX)
    return own


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    t: float  # seconds since the recording started
    KIND: ClassVar[str] = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordingStarted(Event):
    KIND: ClassVar[str] = "start"
    path: str = ""
    wall: float = 0.0  # Unix time of t = 0
    width: int = 0
    height: int = 0
    fps: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordingEnded(Event):
    KIND: ClassVar[str] = "end"


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductPinned(Event):
    KIND: ClassVar[str] = "pin"
    product_id: str
    title: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductUnpinned(Event):
    KIND: ClassVar[str] = "unpin"
    product_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FlashSaleStarted(Event):
    KIND: ClassVar[str] = "sale"
    seconds: float
    product_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FlashSaleEnded(Event):
    KIND: ClassVar[str] = "sale_end"


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentPosted(Event):
    KIND: ClassVar[str] = "comment"
    id: str
    name: str
    text: str
    host: bool = False
    language: str | None = None  # from the comment pipeline, when it tells
    intent: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentPinned(Event):
    """A viewer's comment shown on screen: the host answered it out loud."""

    KIND: ClassVar[str] = "comment_pin"
    id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentAnswered(Event):
    KIND: ClassVar[str] = "answer"
    comment_id: str
    reply_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claimed(Event):
    KIND: ClassVar[str] = "claim"
    product_id: str
    name: str = ""
    quantity: int = 1
    comment_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CoHostJoined(Event):
    KIND: ClassVar[str] = "cohost_join"
    id: str
    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CoHostLeft(Event):
    KIND: ClassVar[str] = "cohost_leave"
    id: str
    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class QualitySampled(Event):
    KIND: ClassVar[str] = "quality"
    link: str
    level: int  # linkstats.QualityLevel
    rtt_ms: float | None = None
    loss: float | None = None  # 0..1
    bitrate_kbps: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LiveChanged(Event):
    """Go-live, reconnecting, back on air, end (`state` as in SessionState.live_state)."""

    KIND: ClassVar[str] = "live"
    state: str
    reason: str | None = None
    reconnects: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class LevelSampled(Event):
    """One second of program sound: RMS and peak in dBFS, clipped samples."""

    KIND: ClassVar[str] = "level"
    rms_db: float
    peak_db: float
    clipped: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class OtherEvent(Event):
    """A kind this version does not know (kept, not lost)."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)


KINDS: dict[str, type[Event]] = {cls.KIND: cls for cls in (
    RecordingStarted, RecordingEnded, ProductPinned, ProductUnpinned, FlashSaleStarted,
    FlashSaleEnded, CommentPosted, CommentPinned, CommentAnswered, Claimed, CoHostJoined,
    CoHostLeft, QualitySampled, LiveChanged, LevelSampled)}


def to_json(event: Event) -> dict[str, Any]:
    if isinstance(event, OtherEvent):
        return {"t": event.t, "type": event.kind, **event.data}
    body = {f.name: getattr(event, f.name) for f in dataclasses.fields(event) if f.name != "t"}
    return {"t": round(event.t, 3), "type": event.KIND, **body}


def from_json(obj: dict[str, Any]) -> Event:
    kind = str(obj.get("type", ""))
    t = float(obj.get("t", 0.0))
    cls = KINDS.get(kind)
    data = {k: v for k, v in obj.items() if k not in ("t", "type")}
    if cls is not None:
        names = {f.name for f in dataclasses.fields(cls)}
        try:
            return cls(t=t, **{k: v for k, v in data.items() if k in names})
        except TypeError:  # a required field is missing: keep it as an unknown event
            pass
    return OtherEvent(t=t, kind=kind, data=data)


class EventWriter:
    """Appends events to a sidecar file, one flushed line each. Thread-safe."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._file: IO[str] | None = open(self.path, "a", encoding="utf-8")  # noqa: SIM115
        self.written = 0

    def write(self, event: Event) -> None:
        line = json.dumps(to_json(event), ensure_ascii=False, separators=(",", ":"))
        with self._lock:
            if self._file is None:
                return
            try:
                self._file.write(line + "\n")
                self._file.flush()  # in the OS's hands now: a killed process keeps it
                self.written += 1
            except OSError:  # disk full: the recording matters more than its notes
                log.exception("writing %s failed", self.path)

    def close(self) -> None:
        with self._lock:
            file, self._file = self._file, None
        if file is not None:
            file.close()


def read_events(path: str | Path) -> list[Event]:
    """Every event in a sidecar, in file order. A torn last line (a killed session) is skipped."""
    events: list[Event] = []
    with open(path, encoding="utf-8", errors="replace") as file:
        for number, line in enumerate(file, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                log.warning("%s:%d is not a complete event; skipped", path, number)
                continue
            if isinstance(obj, dict):
                events.append(from_json(obj))
    return events
