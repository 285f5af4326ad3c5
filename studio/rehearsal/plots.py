"""The report's plots: matplotlib (Agg, no window) rendered to PNG bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from studio.rehearsal.analysis import LightAnalysis, SoundAnalysis
    from studio.rehearsal.report import NetworkPoint, ProductTime, QuestionWait

WIDTH_IN, HEIGHT_IN, DPI = 10.0, 2.6, 100
DARK, ACCENT, WARN, OK, GRID = "#1f2933", "#3b82f6", "#ef4444", "#10b981", "#d0d7de"


_FONTS_SET = False
# Product titles and comments come in many scripts: DejaVu first, Noto for the rest.
FALLBACK_FONTS = ("DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans Thai",
                  "Noto Sans Arabic", "Noto Sans")


def _figure(height: float = HEIGHT_IN) -> tuple[Any, Any]:
    global _FONTS_SET
    import matplotlib
    from matplotlib.figure import Figure

    if not _FONTS_SET:
        from matplotlib import font_manager

        have = {f.name for f in font_manager.fontManager.ttflist}
        matplotlib.rcParams["font.family"] = [f for f in FALLBACK_FONTS if f in have] or ["sans-serif"]
        _FONTS_SET = True

    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    ax = fig.add_subplot(1, 1, 1)
    ax.grid(True, color=GRID, linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def _time_axis(ax: Any, duration: float) -> None:
    from matplotlib.ticker import FuncFormatter

    ax.set_xlim(0, max(duration, 1.0))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: clock(v)))
    ax.set_xlabel("time")


def _png(fig: Any) -> bytes:
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def clock(seconds: float) -> str:
    s = int(max(0.0, seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def light_plot(light: LightAnalysis, duration: float, dark_y: float, bright_y: float) -> bytes:
    fig, ax = _figure()
    for span in light.dark:
        ax.axvspan(span.start_s, span.end_s, color=WARN, alpha=0.15, linewidth=0)
    for span in light.bright:
        ax.axvspan(span.start_s, span.end_s, color="#f59e0b", alpha=0.2, linewidth=0)
    ax.plot(light.times, light.brightness, color=DARK, linewidth=1.2,
            label="face" if light.on_face.any() else "centre of the picture")
    ax.axhline(dark_y, color=WARN, linestyle="--", linewidth=0.8, label="too dark")
    ax.axhline(bright_y, color="#f59e0b", linestyle="--", linewidth=0.8, label="too bright")
    ax.set_ylim(0, 255)
    ax.set_ylabel("brightness")
    ax.legend(loc="upper right", fontsize=8, frameon=False, ncol=3)
    _time_axis(ax, duration)
    return _png(fig)


def sound_plot(sound: SoundAnalysis, duration: float) -> bytes:
    fig, ax = _figure()
    for span in sound.dead_air:
        ax.axvspan(span.start_s, span.end_s, color=WARN, alpha=0.15, linewidth=0)
    lufs = np.where(np.isfinite(sound.lufs), sound.lufs, np.nan)
    ax.plot(sound.times + 0.5, lufs, color=ACCENT, linewidth=1.2, label="loudness (LUFS, 3 s)")
    ax.axhspan(-18, -12, color=OK, alpha=0.1, linewidth=0, label="good for live speech")
    for clip in sound.clips:
        ax.axvline(clip.t, color=WARN, linewidth=1.0)
    ax.set_ylim(-60, 0)
    ax.set_ylabel("LUFS")
    speech = ax.twinx()
    speech.fill_between(sound.times + 0.5, 0, sound.speech, step="mid", color=OK, alpha=0.25,
                        linewidth=0, label="speaking")
    speech.set_ylim(0, 4)  # speech share drawn in the lower quarter
    speech.set_yticks([])
    for side in ("top", "right"):
        speech.spines[side].set_visible(False)
    handles = ax.get_legend_handles_labels()[0] + speech.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper right", fontsize=8, frameon=False, ncol=3)
    _time_axis(ax, duration)
    return _png(fig)


def products_plot(products: Sequence[ProductTime], duration: float) -> bytes:
    fig, ax = _figure(max(1.6, 0.5 + 0.45 * len(products)))
    colours = ["#3b82f6", "#10b981", "#f59e0b", "#8b5cf6", "#ef4444", "#14b8a6", "#ec4899"]
    for row, product in enumerate(products):
        bars = [(s.start_s, s.end_s - s.start_s) for s in product.shown]
        ax.broken_barh(bars, (row - 0.35, 0.7), color=colours[row % len(colours)])
    ax.set_yticks(range(len(products)))
    ax.set_yticklabels([_short(p.title) for p in products], fontsize=8)
    ax.set_ylim(-0.6, len(products) - 0.4)
    ax.invert_yaxis()
    _time_axis(ax, duration)
    return _png(fig)


def comments_plot(waits: Sequence[QuestionWait], comment_times: Sequence[float], duration: float) -> bytes:
    """Comments per 10 s above the axis; below it each question as a bar from asked to answered
    (green) or to the end unanswered (red)."""
    fig, ax = _figure()
    top = 1
    if comment_times:
        bins = np.arange(0, max(duration, 1.0) + 10, 10)
        counts, edges = np.histogram(comment_times, bins)
        ax.bar(edges[:-1], counts, width=10, align="edge", color=GRID, label="comments per 10 s")
        top = max(1, int(counts.max()))
    lanes = 4
    for i, w in enumerate(waits):
        y = -(1 + i % lanes) * top / (lanes + 1)
        colour = OK if w.answered_s is not None else WARN
        ax.hlines(y, w.asked_s, w.asked_s + max(w.wait_s, 0.5), color=colour, linewidth=3, alpha=0.8)
        ax.plot([w.asked_s], [y], "o", color=DARK, markersize=3)
    ax.axhline(0, color=DARK, linewidth=0.6)
    ax.set_ylim(-top, top * 1.15)
    ax.set_ylabel("comments / waits")
    ax.plot([], [], color=OK, linewidth=3, label="question → answered")
    ax.plot([], [], color=WARN, linewidth=3, label="unanswered")
    ax.legend(loc="upper right", fontsize=8, frameon=False, ncol=3)
    _time_axis(ax, duration)
    return _png(fig)


def network_plot(points: Sequence[NetworkPoint], down: Sequence[tuple[float, float]],
                 duration: float) -> bytes:
    fig, ax = _figure()
    for start, end in down:
        ax.axvspan(start, end, color=WARN, alpha=0.15, linewidth=0)
    links = sorted({p.link for p in points})
    for link in links:
        mine = [p for p in points if p.link == link]
        ax.plot([p.t for p in mine], [p.bitrate_kbps or 0 for p in mine], linewidth=1.2,
                label=f"{link} kbit/s")
    ax.set_ylabel("kbit/s")
    level = ax.twinx()
    for link in links:
        mine = [p for p in points if p.link == link]
        level.step([p.t for p in mine], [p.level for p in mine], where="post", linestyle=":", linewidth=1)
    level.set_ylim(5.5, -0.5)  # level 1 (excellent) at the top
    level.set_ylabel("level (1 best)")
    if links:
        ax.legend(loc="upper left", fontsize=8, frameon=False)
    _time_axis(ax, duration)
    return _png(fig)


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
