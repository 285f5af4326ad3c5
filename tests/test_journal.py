"""The session journal on a real session's models: what happens while recording lands in the
sidecar with the right times, and the recorder gets a chapter per pin."""

from __future__ import annotations

import time

import numpy as np

from studio.commerce.comments import CommentFeed, make_comment
from studio.media.frames import AudioBlock, now_ns
from studio.processing.audio_mix import AudioMixer
from studio.rehearsal.journal import SessionJournal
from studio.rehearsal.sidecar import (
    CoHostJoined,
    CoHostLeft,
    CommentPinned,
    CommentPosted,
    FlashSaleEnded,
    FlashSaleStarted,
    LevelSampled,
    LiveChanged,
    ProductPinned,
    ProductUnpinned,
    QualitySampled,
    RecordingEnded,
    RecordingStarted,
    read_events,
    sidecar_path,
)
from studio.session import SessionState
from studio.transport.linkstats import LinkSample, LinkStats, QualityBoard, QualityLevel


class Info:  # the fields of server.cohost.CoHostInfo the journal reads
    def __init__(self, id, name, state):
        self.id, self.name, self.state = id, name, state


class Chapters:
    def __init__(self):
        self.marks = []

    def mark_chapter(self, title, at_ns):
        self.marks.append((title, at_ns))


def test_journal_writes_what_happens_during_a_recording(tmp_path):
    state = SessionState()
    feed = CommentFeed()
    board = QualityBoard()
    mixer = AudioMixer()
    chapters = Chapters()
    titles = {"a": "Product A", "b": "Product B"}
    journal = SessionJournal(state, feed.added, board.changed, mixer, titles.get, lambda: chapters)
    state.update(pinned_product="a")  # before the recording: counts from t = 0
    feed.add(make_comment("early", "not recorded"))
    start = now_ns()
    path = tmp_path / "r.mkv"
    state.update(recording_path=path, recording_started_ns=start)
    # One second of program sound at -20 dBFS with two clipped samples, and a block of the next.
    tone = np.full(960, 3277, np.int16)
    for k in range(50):
        block = tone.copy()
        if k == 10:
            block[:2] = 32767
        mixer.push(AudioBlock(block, start + k * 20_000_000))
    mixer.push(AudioBlock(tone, start + 1_000_000_000))
    feed.add(make_comment("Amy", "how much?"))
    state.update(pinned_product="b")
    state.update(pinned_comment="c1")
    state.update(countdown_ends_ns=now_ns() + 30_000_000_000)
    state.update(countdown_ends_ns=None)
    state.update(live_state="live")
    state.update(cohosts=(Info("g1", "Guest", "live"),))
    stats = LinkStats("publish", "send", time.monotonic(), rtt_ms=42.04, fraction_lost=0.01234,
                      bitrate_kbps=2500)
    board.changed.emit(LinkSample(stats, QualityLevel.GOOD))
    state.update(cohosts=())
    state.update(pinned_product=None)
    state.update(recording_path=None, recording_started_ns=None)
    feed.add(make_comment("late", "not recorded either"))
    journal.close()

    events = read_events(sidecar_path(path))
    kinds = [type(e) for e in events]
    assert kinds == [RecordingStarted, ProductPinned, LevelSampled, CommentPosted, ProductUnpinned,
                     ProductPinned, CommentPinned, FlashSaleStarted, FlashSaleEnded, LiveChanged,
                     CoHostJoined,
                     QualitySampled, CoHostLeft, ProductUnpinned, LevelSampled, RecordingEnded], kinds
    assert events[1] == ProductPinned(t=0.0, product_id="a", title="Product A")
    level = events[2]
    assert level.t == 0.0 and abs(level.rms_db + 20.0) < 0.3 and level.clipped == 2
    assert abs(events[7].seconds - 30) < 0.5
    assert events[11].rtt_ms == 42.0 and events[11].loss == 0.0123 and events[11].level == 2
    assert all(0 <= e.t < 5 for e in events)
    # A chapter per pin (and the unpin ends it), on the session clock.
    assert [m[0] for m in chapters.marks] == ["Product A", "Product B", None]
    assert chapters.marks[0][1] == start
    # Listening stops with close(): nothing is left connected.
    assert not feed.added._callbacks and not board.changed._callbacks and not state.changed._callbacks
