"""`seller-studio report FILE`: what went well and what to fix, after a rehearsal or a show.

Reads the recording (light and sound, see `analysis`) and its event sidecar (products,
comments, claims, the network), and writes next to it:
- `<name>.report.html`: one self-contained page, plots embedded as PNG;
- `<name>.report.json`: the same figures for other tools (`Summary`).
A recording that was cut off (the app was killed) gets its chapters back from the sidecar
first, so any player can jump between products in it too.
"""

from __future__ import annotations

import base64
import html
import json
import logging
import math
import os
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from studio import __version__
from studio.encode.recorder import Chapter, chapters_from_marks, read_chapters, remux
from studio.rehearsal import analysis, plots
from studio.rehearsal.analysis import MediaAnalysis, Span, analyse_media
from studio.rehearsal.sidecar import (
    Claimed,
    CommentAnswered,
    CommentPinned,
    CommentPosted,
    Event,
    LiveChanged,
    ProductPinned,
    ProductUnpinned,
    QualitySampled,
    RecordingEnded,
    RecordingStarted,
    read_events,
    sidecar_path,
)

log = logging.getLogger(__name__)

MAX_SUGGESTIONS = 5
QUIET_LUFS = -26.0  # integrated loudness below which viewers turn the volume up
LOUD_LUFS = -9.0
LONG_WAIT_S = 45.0
LOW_SPEAKING_SHARE = 0.4
BUSY_PRODUCT_QPM = 6.0  # questions per minute on screen that say "give it more time"
QUESTION_INTENTS = {"question", "price", "stock", "shipping", "size", "colour", "color", "size_colour",
                    "link", "discount"}
# Fallback when the comment pipeline gave no intent: a question mark or a question word.
_QUESTION = re.compile(
    r"[?？]|\b(how much|how many|is it|do you|can you|what|which|when|where|berapa|apakah|ada|bisa"
    r"|bao nhiêu|còn|không|có)\b|多少|吗|嗎|什么|怎么|几|能不能|ราคา|ไหม|เท่าไหร่|หรือเปล่า",
    re.IGNORECASE)

Progress = Callable[[float], None]


class ReportError(Exception):
    """The report cannot be made; the message is one sentence for the host."""


# -- the summary (what goes into the JSON) --------------------------------------------------------
@dataclass
class LightSummary:
    measured_on: str  # "face" or "centre"
    median_brightness: float
    dark: list[Span]
    bright: list[Span]


@dataclass
class SoundSummary:
    integrated_lufs: float | None
    dead_air: list[Span]
    clipping: list[analysis.Clip]
    speaking_share: float


@dataclass
class ProductTime:
    product_id: str
    title: str
    seconds: float
    shown: list[Span]
    questions: int = 0
    claims: int = 0
    claimed_quantity: int = 0


@dataclass
class QuestionWait:
    id: str
    name: str
    text: str
    asked_s: float
    answered_s: float | None  # None: never answered
    wait_s: float  # until answered, or until the end
    product_id: str | None = None


@dataclass
class CommentSummary:
    comments: int  # from viewers
    questions: int
    answered: int
    unanswered: int
    median_wait_s: float | None
    longest_wait_s: float | None
    claims: int
    waits: list[QuestionWait]
    times: list[float] = field(default_factory=list)  # every viewer comment's time


@dataclass
class NetworkPoint:
    t: float
    link: str
    level: int
    bitrate_kbps: float | None
    loss: float | None
    rtt_ms: float | None


@dataclass
class NetworkSummary:
    live_s: float
    reconnects: int
    down: list[Span]  # reconnecting or failed
    worst_level: int
    timeline: list[NetworkPoint]


@dataclass
class Suggestion:
    t: float
    kind: str
    text: str
    score: float = field(default=0.0, repr=False)


@dataclass
class Summary:
    recording: str
    recorded_at: str | None
    duration_s: float
    analysed_in_s: float
    speed_x: float
    chapters: list[Chapter]
    chapters_restored: bool
    light: LightSummary | None
    sound: SoundSummary | None
    products: list[ProductTime]
    comments: CommentSummary
    network: NetworkSummary | None
    suggestions: list[Suggestion]
    has_events: bool
    light_keyframes_from_s: float | None = None  # light sampled at keyframes only from here (speed)
    version: str = __version__

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for s in data["suggestions"]:
            s.pop("score", None)
        return _clean(data)


@dataclass(frozen=True, slots=True)
class ReportFiles:
    html: Path
    json: Path
    summary: Summary
    images: dict[str, bytes]


# -- making the report -----------------------------------------------------------------------------
def make_report(recording: str | Path, out_dir: str | Path | None = None,
                progress: Progress | None = None) -> ReportFiles:
    recording = Path(recording)
    if not recording.is_file():
        raise ReportError(f"There is no recording at {recording}.")
    started = time.perf_counter()
    side = sidecar_path(recording)
    events = read_events(side) if side.is_file() else []
    restored = restore_chapters(recording, events)
    try:
        media = analyse_media(recording, (lambda f: progress(f * 0.9)) if progress else None)
    except (av_errors() + (IndexError, ValueError)) as exc:
        raise ReportError(f"{recording.name} could not be read as a recording ({exc}).") from exc
    summary = summarise(recording, media, events, restored)
    images = _plots(summary, media)
    summary.analysed_in_s = round(time.perf_counter() - started, 2)
    summary.speed_x = round(summary.duration_s / max(summary.analysed_in_s, 1e-3), 1)
    out = Path(out_dir) if out_dir is not None else recording.parent
    out.mkdir(parents=True, exist_ok=True)
    stem = recording.name.rsplit(".", 1)[0]
    html_path, json_path = out / f"{stem}.report.html", out / f"{stem}.report.json"
    json_path.write_text(json.dumps(summary.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    html_path.write_text(render_html(summary, images), encoding="utf-8")
    if progress is not None:
        progress(1.0)
    return ReportFiles(html_path, json_path, summary, images)


def av_errors() -> tuple[type[BaseException], ...]:
    import av

    return (av.FFmpegError, OSError)


def restore_chapters(recording: Path, events: Sequence[Event]) -> bool:
    """A Matroska recording cut off before its trailer has no chapters (and no index): remux it
    with the chapters its sidecar describes. True when the file was rewritten."""
    if recording.suffix.lower() != ".mkv" or any(isinstance(e, RecordingEnded) for e in events):
        return False
    marks = _chapter_marks(events)
    if not marks:
        return False
    try:
        if read_chapters(recording):
            return False
        tmp = recording.with_name(recording.name + ".chapters.tmp")
        duration = _file_duration(recording)
        remux(recording, tmp, "matroska", chapters_from_marks(marks, duration))
        os.replace(tmp, recording)
    except (av_errors()) as exc:
        log.warning("could not restore the chapters of %s: %s", recording, exc)
        return False
    return True


def _chapter_marks(events: Sequence[Event]) -> list[tuple[float, str | None]]:
    marks: list[tuple[float, str | None]] = []
    for e in events:
        if isinstance(e, ProductPinned):
            marks.append((e.t, e.title or e.product_id))
        elif isinstance(e, ProductUnpinned):
            marks.append((e.t, None))
    # An unpin directly followed by a pin (switching products) is one change.
    return marks


def _file_duration(path: Path) -> float:
    import av

    last = 0.0
    with av.open(str(path)) as container:
        for packet in container.demux():
            if packet.pts is not None and packet.time_base is not None:
                last = max(last, float((packet.pts + (packet.duration or 0)) * packet.time_base))
    return last


def summarise(recording: Path, media: MediaAnalysis, events: Sequence[Event],
              restored: bool = False) -> Summary:
    duration = media.duration_s
    start = next((e for e in events if isinstance(e, RecordingStarted)), None)
    recorded_at = (datetime.fromtimestamp(start.wall).isoformat(timespec="seconds")
                   if start is not None and start.wall else None)
    light = None
    if media.light is not None and len(media.light.times):
        on_face = bool(media.light.on_face.mean() >= 0.5)
        light = LightSummary("face" if on_face else "centre",
                             round(float(statistics.median(media.light.brightness.tolist())), 1),
                             media.light.dark, media.light.bright)
    sound = None
    if media.sound is not None:
        sound = SoundSummary(media.sound.integrated_lufs, media.sound.dead_air, media.sound.clips,
                             media.sound.speaking_share)
    products = product_times(events, duration)
    comments = comment_summary(events, duration, products)
    network = network_summary(events, duration)
    try:
        chapters = read_chapters(recording)
    except av_errors():
        chapters = []
    summary = Summary(str(recording), recorded_at, duration, media.seconds_taken,
                      round(duration / max(media.seconds_taken, 1e-3), 1), chapters, restored,
                      light, sound, products, comments, network, [], bool(events))
    summary.light_keyframes_from_s = media.keyframes_only_from_s
    summary.suggestions = suggest(summary, media)
    return summary


def product_times(events: Sequence[Event], duration: float) -> list[ProductTime]:
    """Screen time per product: from each pin to the next pin, unpin or the end."""
    by_id: dict[str, ProductTime] = {}
    current: tuple[str, float] | None = None

    def close(at: float) -> None:
        nonlocal current
        if current is not None:
            pid, since = current
            end = min(max(at, since), duration)
            if end > since:
                by_id[pid].shown.append(Span(round(since, 2), round(end, 2)))
        current = None

    for e in events:
        if isinstance(e, ProductPinned):
            close(e.t)
            by_id.setdefault(e.product_id, ProductTime(e.product_id, e.title or e.product_id, 0.0, []))
            current = (e.product_id, max(0.0, e.t))
        elif isinstance(e, ProductUnpinned):
            close(e.t)
    close(duration)
    for p in by_id.values():
        p.seconds = round(sum(s.duration_s for s in p.shown), 1)
    for e in events:
        if isinstance(e, Claimed) and e.product_id in by_id:
            by_id[e.product_id].claims += 1
            by_id[e.product_id].claimed_quantity += max(1, int(e.quantity))
    return list(by_id.values())


def pinned_at(products: Sequence[ProductTime], t: float) -> str | None:
    for p in products:
        if any(s.start_s <= t < s.end_s for s in p.shown):
            return p.product_id
    return None


def is_question(comment: CommentPosted) -> bool:
    """The comment pipeline's intents (comma-separated in the sidecar) decide; without them, a
    question mark or a question word."""
    if comment.intent:
        return any(intent in QUESTION_INTENTS for intent in comment.intent.split(","))
    return bool(_QUESTION.search(comment.text))


def comment_summary(events: Sequence[Event], duration: float, products: list[ProductTime]) -> CommentSummary:
    """Questions and how long each waited. A question counts as answered when the comment
    pipeline says so, when the host pins it on screen, or when the host replies @name."""
    viewers = [e for e in events if isinstance(e, CommentPosted) and not e.host]
    hosts = [e for e in events if isinstance(e, CommentPosted) and e.host]
    answered_at: dict[str, float] = {}
    for e in events:
        if isinstance(e, CommentAnswered | CommentPinned):
            cid = e.comment_id if isinstance(e, CommentAnswered) else e.id
            answered_at.setdefault(cid, e.t)
    waits: list[QuestionWait] = []
    for c in viewers:
        if not is_question(c):
            continue
        when = answered_at.get(c.id)
        mention = f"@{c.name}".lower()
        for h in hosts:
            if h.t >= c.t and mention in h.text.lower() and (when is None or h.t < when):
                when = h.t
        wait = (when if when is not None else max(duration, c.t)) - c.t
        waits.append(QuestionWait(c.id, c.name, c.text, round(c.t, 2),
                                  round(when, 2) if when is not None else None, round(wait, 1),
                                  pinned_at(products, c.t)))
    for p in products:
        p.questions = sum(1 for w in waits if w.product_id == p.product_id)
    answered = [w.wait_s for w in waits if w.answered_s is not None]
    claims = sum(1 for e in events if isinstance(e, Claimed))
    return CommentSummary(len(viewers), len(waits), len(answered), len(waits) - len(answered),
                          round(statistics.median(answered), 1) if answered else None,
                          round(max(w.wait_s for w in waits), 1) if waits else None, claims, waits,
                          [round(c.t, 2) for c in viewers])


def network_summary(events: Sequence[Event], duration: float) -> NetworkSummary | None:
    changes = [e for e in events if isinstance(e, LiveChanged)]
    samples = [e for e in events if isinstance(e, QualitySampled)]
    if not changes and not samples:
        return None
    live_s = 0.0
    down: list[Span] = []
    state, since = "offline", 0.0
    for e in [*changes, LiveChanged(t=duration, state="end")]:
        if state == "live":
            live_s += e.t - since
        elif state in ("reconnecting", "error") and e.t > since:
            down.append(Span(round(since, 2), round(e.t, 2)))
        state, since = e.state, e.t
    reconnects = max((e.reconnects for e in changes), default=0)
    timeline = [NetworkPoint(round(e.t, 2), e.link, e.level, e.bitrate_kbps, e.loss, e.rtt_ms)
                for e in samples]
    worst = max((p.level for p in timeline), default=0)
    return NetworkSummary(round(live_s, 1), reconnects, down, worst, timeline)


# -- suggestions ------------------------------------------------------------------------------------
def suggest(summary: Summary, media: MediaAnalysis) -> list[Suggestion]:
    """At most five things to change, each with a time code; the weightiest first, then in time order."""
    out: list[Suggestion] = []
    clock = plots.clock

    def add(t: float, kind: str, score: float, text: str) -> None:
        out.append(Suggestion(round(t, 2), kind, text, score))

    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'s' if n != 1 else ''}"

    if summary.sound is not None:
        for span in summary.sound.dead_air:
            add(span.start_s, "dead_air", 10 + span.duration_s,
                f"Dead air at {clock(span.start_s)} for {span.duration_s:.0f} s: keep talking while you "
                "change products, or read a comment out.")
        clips = summary.sound.clipping
        if clips:
            add(clips[0].t, "clipping", 9 + len(clips),
                f"The sound clipped {plural(len(clips), 'time')}, first at {clock(clips[0].t)}: lower the "
                "microphone gain a few dB.")
        lufs = summary.sound.integrated_lufs
        if lufs is not None and (lufs < QUIET_LUFS or lufs > LOUD_LUFS) and media.sound is not None:
            finite = [(v, i) for i, v in enumerate(media.sound.lufs.tolist()) if math.isfinite(v)]
            quiet = lufs < QUIET_LUFS
            at = (min(finite) if quiet else max(finite))[1] if finite else 0
            add(float(at), "loudness", 8,
                f"Your sound is {'quiet' if quiet else 'loud'} ({lufs:.0f} LUFS, "
                f"{'quietest' if quiet else 'loudest'} at {clock(at)}): {'raise' if quiet else 'lower'} the "
                f"microphone gain by about {abs(-16 - lufs):.0f} dB.")
        share = summary.sound.speaking_share
        if summary.duration_s >= 60 and share < LOW_SPEAKING_SHARE:
            add(0.0, "speaking", 6,
                f"You spoke {share * 100:.0f} % of the time (00:00–{clock(summary.duration_s)}): viewers "
                "stay when the host keeps talking.")
    if summary.light is not None:
        subject = "Face" if summary.light.measured_on == "face" else "Picture"
        for span in summary.light.dark:
            add(span.start_s, "dark", 8 + span.duration_s / 5,
                f"{subject} too dark {clock(span.start_s)}–{clock(span.end_s)}: add light in front of you "
                "or turn on Low light.")
        for span in summary.light.bright:
            add(span.start_s, "bright", 7 + span.duration_s / 5,
                f"{subject} over-exposed {clock(span.start_s)}–{clock(span.end_s)}: move away from the "
                "window or dim the light.")
    for p in summary.products:
        minutes = max(p.seconds, 1.0) / 60
        if p.questions >= 3 and p.questions / minutes >= BUSY_PRODUCT_QPM and p.shown:
            add(p.shown[0].start_s, "product", 6 + p.questions / 2,
                f"{p.title} was on screen {p.seconds:.0f} s but got {p.questions} questions: give it "
                "more time.")
    waits = summary.comments.waits
    unanswered = [w for w in waits if w.answered_s is None]
    if unanswered:
        w = unanswered[0]
        add(w.asked_s, "unanswered", 6 + 2 * len(unanswered),
            f"{plural(len(unanswered), 'question')} got no answer, first at {clock(w.asked_s)} "
            f"({w.name}: “{_short(w.text)}”): pin it or reply @name.")
    slow = [w for w in waits if w.answered_s is not None and w.wait_s > LONG_WAIT_S]
    if slow:
        w = max(slow, key=lambda x: x.wait_s)
        add(w.asked_s, "wait", 5 + w.wait_s / 30,
            f"A question at {clock(w.asked_s)} waited {w.wait_s:.0f} s for an answer "
            f"({w.name}: “{_short(w.text)}”).")
    if summary.network is not None:
        for span in summary.network.down:
            add(span.start_s, "network", 9 + span.duration_s / 5,
                f"The connection dropped at {clock(span.start_s)} for {span.duration_s:.0f} s: use a cable "
                "or run the connection test before the show.")
    out.sort(key=lambda s: -s.score)
    chosen: list[Suggestion] = []
    per_kind: dict[str, int] = {}
    for s in out:
        if per_kind.get(s.kind, 0) >= 2:
            continue
        per_kind[s.kind] = per_kind.get(s.kind, 0) + 1
        chosen.append(s)
        if len(chosen) == MAX_SUGGESTIONS:
            break
    return sorted(chosen, key=lambda s: s.t)


# -- rendering --------------------------------------------------------------------------------------
def _plots(summary: Summary, media: MediaAnalysis) -> dict[str, bytes]:
    images: dict[str, bytes] = {}
    d = summary.duration_s
    if media.light is not None and len(media.light.times):
        images["light"] = plots.light_plot(media.light, d, analysis.DARK_Y, analysis.BRIGHT_Y)
    if media.sound is not None:
        images["sound"] = plots.sound_plot(media.sound, d)
    if summary.products:
        images["products"] = plots.products_plot(summary.products, d)
    if summary.comments.comments:
        images["comments"] = plots.comments_plot(summary.comments.waits, summary.comments.times, d)
    if summary.network is not None and summary.network.timeline:
        down = [(s.start_s, s.end_s) for s in summary.network.down]
        images["network"] = plots.network_plot(summary.network.timeline, down, d)
    return images


def render_html(summary: Summary, images: dict[str, bytes]) -> str:
    e = html.escape
    clock = plots.clock
    name = Path(summary.recording).name

    def img(key: str, alt: str) -> str:
        if key not in images:
            return ""
        data = base64.b64encode(images[key]).decode("ascii")
        return f'<img alt="{e(alt)}" src="data:image/png;base64,{data}">'

    def spans(items: Sequence[Span]) -> str:
        return ", ".join(f"{clock(s.start_s)}–{clock(s.end_s)}" for s in items) or "none"

    when = f" · {e(summary.recorded_at)}" if summary.recorded_at else ""
    parts = [f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rehearsal report — {e(name)}</title><style>{_CSS}</style></head><body><main>
<h1>Rehearsal report</h1>
<p class="meta">{e(name)} · {clock(summary.duration_s)}{when}
 · analysed in {summary.analysed_in_s:.1f} s ({summary.speed_x:.0f}× real time)</p>"""]
    if not summary.has_events:
        parts.append('<p class="note">No event file was found next to this recording, so products, '
                     'comments and the network are not covered.</p>')
    if summary.chapters_restored:
        parts.append('<p class="note">The recording had been cut off; its chapters were restored from the '
                     'event file.</p>')
    if summary.light_keyframes_from_s is not None:
        parts.append(f'<p class="note">This recording decodes slowly (a high bitrate), so from '
                     f'{clock(summary.light_keyframes_from_s)} the light was measured once per keyframe '
                     '(every 2 s) to keep the report quick.</p>')
    parts.append("<section><h2>What to change</h2>")
    if summary.suggestions:
        tips = "".join(f"<li><span class='tc'>{clock(s.t)}</span> {e(s.text)}</li>"
                       for s in summary.suggestions)
        parts.append(f"<ol class='tips'>{tips}</ol>")
    else:
        parts.append("<p>Nothing stood out. Well done.</p>")
    parts.append("</section>")
    if summary.light is not None:
        lt = summary.light
        parts.append(f"""<section><h2>Light</h2>{img('light', 'Brightness over time')}
<p>Measured on the {'face' if lt.measured_on == 'face' else 'centre of the picture'};
median brightness {lt.median_brightness:.0f} of 255. Too dark: {spans(lt.dark)}.
Over-exposed: {spans(lt.bright)}.</p></section>""")
    if summary.sound is not None:
        sd = summary.sound
        lufs = f"{sd.integrated_lufs:.1f} LUFS" if sd.integrated_lufs is not None else "silent"
        clips = ", ".join(f"{clock(c.t)} ({c.samples})" for c in sd.clipping[:20]) or "none"
        parts.append(f"""<section><h2>Sound</h2>{img('sound', 'Loudness and speech over time')}
<p>Programme loudness {lufs} (live speech sounds best around −16 to −14). You spoke
{sd.speaking_share * 100:.0f} % of the time. Dead air over {analysis.DEAD_AIR_S:.0f} s: {spans(sd.dead_air)}.
Clipping: {clips}.</p></section>""")
    if summary.products:
        rows = "".join(
            f"<tr><td>{e(p.title)}</td><td>{p.seconds:.0f} s</td><td>{e(spans(p.shown))}</td>"
            f"<td>{p.questions}</td><td>{p.claims}{_quantity(p)}</td></tr>" for p in summary.products)
        parts.append(f"""<section><h2>Products</h2>{img('products', 'When each product was on screen')}
<table><tr><th>Product</th><th>On screen</th><th>When</th><th>Questions</th><th>Claims</th></tr>{rows}</table>
</section>""")
    c = summary.comments
    if c.comments:
        median = f"{c.median_wait_s:.0f} s" if c.median_wait_s is not None else "–"
        rows = "".join(
            f"<tr class='{'' if w.answered_s is not None else 'open'}'><td>{clock(w.asked_s)}</td>"
            f"<td>{e(w.name)}</td><td>{e(w.text)}</td><td>{w.wait_s:.0f} s"
            f"{'' if w.answered_s is not None else ' (unanswered)'}</td></tr>" for w in c.waits)
        parts.append(f"""<section><h2>Comments</h2>{img('comments', 'Comments and question waits')}
<p>{c.comments} comments from viewers, {c.questions} questions: {c.answered} answered (median wait {median}),
{c.unanswered} unanswered. Claims: {c.claims}.</p>
<table><tr><th>Asked</th><th>Viewer</th><th>Question</th><th>Waited</th></tr>{rows}</table></section>""")
    if summary.network is not None:
        n = summary.network
        parts.append(f"""<section><h2>Network</h2>{img('network', 'Connection over time')}
<p>Live for {clock(n.live_s)}; {n.reconnects} reconnect{'s' if n.reconnects != 1 else ''};
down: {spans(n.down)}.</p></section>""")
    if summary.chapters:
        items = "".join(f"<li>{clock(ch.start_s)} {e(ch.title)}</li>" for ch in summary.chapters)
        parts.append(f"<section><h2>Chapters in the recording</h2><ul>{items}</ul></section>")
    parts.append(f"<footer>Seller Studio {e(summary.version)}</footer></main></body></html>")
    return "\n".join(parts)


_CSS = """body{font-family:system-ui,'Noto Sans',sans-serif;background:#f6f7f9;color:#1f2933;margin:0}
main{max-width:1040px;margin:0 auto;padding:24px}h1{margin:0 0 4px}h2{margin:0 0 8px;font-size:1.15em}
.meta{color:#52606d;margin:0 0 16px}
section{background:#fff;border-radius:10px;padding:16px 20px;margin:0 0 16px;box-shadow:0 1px 2px #0001}
img{max-width:100%;height:auto;display:block}.tips li{margin:6px 0}
.tc{font-variant-numeric:tabular-nums;background:#eef2ff;border-radius:4px;padding:1px 6px;margin-right:6px}
.note{background:#fff7e6;border-radius:8px;padding:8px 12px}
table{border-collapse:collapse;width:100%;font-size:.92em}
td,th{border-bottom:1px solid #e4e7eb;padding:4px 6px;text-align:left;vertical-align:top}
tr.open td{color:#b42318}footer{color:#9aa5b1;font-size:.85em}"""


def _quantity(p: ProductTime) -> str:
    return f" ({p.claimed_quantity} units)" if p.claimed_quantity > p.claims else ""


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clean(value: Any) -> Any:
    """JSON-safe: NaN and infinities become null, numpy scalars plain numbers."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
