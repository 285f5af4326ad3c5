"""The event sidecar: typed events to JSON lines and back; a torn last line is skipped."""

from __future__ import annotations

from studio.rehearsal.sidecar import (
    CommentPosted,
    EventWriter,
    LevelSampled,
    OtherEvent,
    ProductPinned,
    read_events,
    sidecar_path,
)


def test_events_round_trip_and_survive_a_torn_last_line(tmp_path):
    path = sidecar_path(tmp_path / "show.mkv")
    assert path.name == "show.mkv.events.jsonl"
    writer = EventWriter(path)
    events = [ProductPinned(t=1.25, product_id="matcha-set", title="抹茶ティーセット 京都"),
              CommentPosted(t=2.5, id="c1", name="Linh", text="giá bao nhiêu ạ?"),
              LevelSampled(t=3.0, rms_db=-23.4, peak_db=-9.1, clipped=2)]
    for event in events:
        writer.write(event)
    # Flushed per event: another reader sees them before the writer closes.
    assert read_events(path) == events
    with open(path, "a", encoding="utf-8") as f:
        f.write('{"t": 9.0, "type": "future_kind", "x": 1}\n')
        f.write('{"t": 9.5, "type": "pin", "prod')  # killed mid-line
    got = read_events(path)
    assert got[:3] == events
    assert got[3] == OtherEvent(t=9.0, kind="future_kind", data={"x": 1})
    assert len(got) == 4
    writer.close()
    assert "抹茶" in path.read_text(encoding="utf-8")  # readable UTF-8, not \\u escapes


def test_an_mp4_copy_finds_its_mkv_sidecar(tmp_path):
    (tmp_path / "show.mkv.events.jsonl").write_text("")
    assert sidecar_path(tmp_path / "show.mp4") == tmp_path / "show.mkv.events.jsonl"
