"""Qt-free text rendering for overlays: Latin, Vietnamese, CJK, Thai and Arabic.

Pillow draws one font at a time and has no font fallback, so a title such as
"抹茶 Tea Set ชุดชา" is cut into runs by which font of the fallback chain covers each
character (fontTools cmaps, cached), each run is shaped by raqm (HarfBuzz + FriBiDi:
Arabic joining, Thai mark placement, Vietnamese stacked accents) and the runs are put in
visual order by their bidi level, so right-to-left paragraphs read right to left.

Images come back as straight-alpha RGBA uint8, tight to the line box: as wide as the
text advances (plus any ink that hangs past it) and as tall as the ascent + descent of
the fonts used, so texts rendered at one size share a baseline grid.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, features

log = logging.getLogger(__name__)

FONTS_ENV = "SELLER_STUDIO_FONTS"  # extra font folders or files, os.pathsep-separated
ASSET_FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
ELLIPSIS = "\u2026"
LINE_CACHE_SIZE = 2048
Color = tuple[int, int, int, int]  # RGBA


@dataclass(frozen=True, slots=True)
class FontSpec:
    """One link of the fallback chain: file names to look for, first found wins."""

    name: str
    regular: tuple[str, ...]
    bold: tuple[str, ...]
    required: bool = True  # a missing optional font is not worth a warning


# Order matters: a letter takes the first font that has it, so Latin stays in Noto Sans
# (not the CJK font's Latin) and Thai in Noto Sans Thai. Add a script by appending here.
FALLBACK_CHAIN: tuple[FontSpec, ...] = (
    FontSpec("Noto Sans", ("NotoSans-Regular.ttf",), ("NotoSans-Bold.ttf",)),
    FontSpec(
        "Noto Sans CJK",
        ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansCJKjp-Regular.otf",
         "NotoSansSC-Regular.otf", "NotoSansJP-Regular.otf"),
        ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf", "NotoSansCJKjp-Bold.otf",
         "NotoSansSC-Bold.otf", "NotoSansJP-Bold.otf"),
    ),
    FontSpec("Noto Sans Thai", ("NotoSansThai-Regular.ttf",), ("NotoSansThai-Bold.ttf",)),
    FontSpec("Noto Sans Arabic", ("NotoSansArabic-Regular.ttf",), ("NotoSansArabic-Bold.ttf",)),
    FontSpec("Noto Sans Symbols 2", ("NotoSansSymbols2-Regular.ttf",),
             ("NotoSansSymbols2-Regular.ttf",), required=False),
    FontSpec("DejaVu Sans", ("DejaVuSans.ttf",), ("DejaVuSans-Bold.ttf",), required=False),
)


def font_dirs() -> list[Path]:
    """Where fonts are looked for, most specific first: env override, bundled, user, system."""
    dirs = [Path(p).expanduser() for p in os.environ.get(FONTS_ENV, "").split(os.pathsep) if p]
    dirs.append(ASSET_FONTS)
    home = Path.home()
    dirs += [home / ".local/share/fonts", home / ".fonts"]
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        dirs.append(home / "AppData/Local/Microsoft/Windows/Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    return dirs


class FontFinder:
    """Maps font file names to paths, scanning the folders once (lazily, on first lookup)."""

    def __init__(self, dirs: Sequence[Path] | None = None) -> None:
        self._dirs = list(dirs) if dirs is not None else font_dirs()
        self._index: dict[str, Path] | None = None

    def find(self, names: Iterable[str]) -> Path | None:
        index = self._scan()
        for name in names:
            if (path := index.get(name.lower())) is not None:
                return path
        return None

    def _scan(self) -> dict[str, Path]:
        if self._index is None:
            index: dict[str, Path] = {}
            for root in self._dirs:
                if root.is_file():  # the env var may name font files directly
                    index.setdefault(root.name.lower(), root)
                    continue
                for folder, _subdirs, files in os.walk(root):
                    for file in files:
                        index.setdefault(file.lower(), Path(folder) / file)  # earlier dirs win
            self._index = index
        return self._index


class FontFace:
    """One font file (one face of a collection) with its cached cmap and sized fonts."""

    def __init__(self, name: str, path: Path | None, layout: ImageFont.Layout) -> None:
        self.name = name
        self.path = path  # None: Pillow's built-in font, the last resort
        self._layout = layout
        self._cmap: frozenset[int] | None = None
        self._sizes: dict[int, ImageFont.FreeTypeFont] = {}

    def covers(self, char: str) -> bool:
        if self._cmap is None:
            self._cmap = self._load_cmap()
        return ord(char) in self._cmap

    def font(self, size: int) -> ImageFont.FreeTypeFont:
        font = self._sizes.get(size)
        if font is None:
            if self.path is None:
                default = ImageFont.load_default(size)
                assert isinstance(default, ImageFont.FreeTypeFont)
                font = default
            else:
                font = ImageFont.truetype(str(self.path), size, index=0,
                                          layout_engine=self._layout)
            self._sizes[size] = font
        return font

    def _load_cmap(self) -> frozenset[int]:
        if self.path is None:
            return frozenset(range(0x20, 0x7F))
        from fontTools.ttLib import TTFont  # imported late: only needed once per face

        try:
            with TTFont(str(self.path), fontNumber=0, lazy=True) as tt:
                return frozenset(tt.getBestCmap() or {})
        except Exception as exc:  # a corrupt font must not take the studio down
            log.warning("cannot read the character map of %s: %s", self.path, exc)
            return frozenset()


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text drawn with one font in one direction; `level` is its bidi level."""

    text: str
    face: FontFace
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


@dataclass(frozen=True, slots=True)
class RenderedText:
    image: np.ndarray  # (h, w, 4) RGBA uint8, straight alpha; w may be 0 for empty text
    baseline: int  # y of the first line's baseline in `image`
    lines: int
    truncated: bool  # an ellipsis replaced the end of the text
    rtl: bool  # paragraph direction of the first line

    @property
    def size(self) -> tuple[int, int]:
        return self.image.shape[1], self.image.shape[0]


@dataclass(frozen=True, slots=True)
class _PlacedRun:
    run: Run
    x: float  # pen position of the run's left edge
    font: ImageFont.FreeTypeFont


@dataclass(frozen=True, slots=True)
class _Line:
    runs: tuple[_PlacedRun, ...]
    advance: float
    left: float  # ink/line box edges relative to the pen origin and baseline
    right: float
    top: float
    bottom: float
    rtl: bool
    language: str | None

    @property
    def width(self) -> int:
        return math.ceil(self.right - self.left)

    @property
    def height(self) -> int:
        return math.ceil(self.bottom - self.top)


class TextRenderer:
    """Lays out and draws text with the fallback chain. Thread-safe; fonts are cached."""

    def __init__(self, finder: FontFinder | None = None, use_raqm: bool | None = None) -> None:
        self._finder = finder or FontFinder()
        raqm = features.check("raqm") if use_raqm is None else use_raqm
        if not raqm:
            log.warning("Pillow has no raqm (libraqm): Arabic will not join, Thai marks and "
                        "right-to-left order will be approximate. Install libraqm0.")
        self._raqm = bool(raqm)
        self._layout = ImageFont.Layout.RAQM if self._raqm else ImageFont.Layout.BASIC
        self._chains: dict[bool, list[FontFace]] = {}
        self._warned: set[str] = set()
        self._line_cache: dict[tuple[str, int, bool, str | None], _Line] = {}
        self._warming: threading.Thread | None = None
        # FreeType faces are not safe to use from two threads at once; text is drawn
        # only when content changes, so one lock costs nothing measurable.
        self._lock = threading.RLock()

    # -- public API --

    def render(self, text: str, size_px: int, color: Color = (255, 255, 255, 255),
               bold: bool = False, max_width: int | None = None, max_lines: int = 1,
               language: str | None = None) -> RenderedText:
        """Draw `text`. With `max_width`, words wrap onto up to `max_lines` lines and the
        last line ends in "…" if the text still does not fit (max_lines=1: ellipsize only).
        Lines start at the paragraph's side: left for LTR, right for RTL."""
        with self._lock:
            lines, truncated = self._lines(text, size_px, bold, max_width, max_lines, language)
            return self._draw(lines, color, truncated)

    def size(self, text: str, size_px: int, bold: bool = False, max_width: int | None = None,
             max_lines: int = 1, language: str | None = None) -> tuple[int, int]:
        """(width, height) that `render` with the same arguments would return."""
        with self._lock:
            lines, _ = self._lines(text, size_px, bold, max_width, max_lines, language)
            return max(line.width for line in lines), sum(line.height for line in lines)

    def runs(self, text: str, bold: bool = False) -> list[Run]:
        """The text cut into font runs, in visual (left-to-right drawing) order."""
        with self._lock:
            return self._visual_runs(text, bold)

    def warm_up_in_background(self) -> None:
        """Load the fonts and their character maps on a daemon thread (once), so the first
        CJK title does not stall a video frame: the CJK cmap alone takes ~0.2 s."""
        with self._lock:
            if self._warming is not None:
                return
            self._warming = threading.Thread(target=self._warm_up, name="font-warm-up",
                                             daemon=True)
        self._warming.start()

    def _warm_up(self) -> None:
        for bold in (False, True):
            for face in self.chain(bold):
                with self._lock:  # one face at a time: a frame waits at most for one
                    face.covers(" ")
                    face.font(20)

    # -- fonts --

    def chain(self, bold: bool = False) -> list[FontFace]:
        with self._lock:
            faces = self._chains.get(bold)
            if faces is None:
                faces = self._chains[bold] = self._build_chain(bold)
            return faces

    def _build_chain(self, bold: bool) -> list[FontFace]:
        faces = []
        for spec in FALLBACK_CHAIN:
            names = spec.bold + spec.regular if bold else spec.regular  # bold falls back to regular
            path = self._finder.find(names)
            if path is not None:
                faces.append(FontFace(spec.name, path, self._layout))
            elif spec.required and not bold:
                log.warning("font %s not found (looked for %s in %s); its script will show as "
                            "boxes. Install fonts-noto-core/fonts-noto-cjk or set %s.",
                            spec.name, spec.regular[0], ", ".join(map(str, font_dirs())), FONTS_ENV)
        if not faces:
            log.warning("no fonts found at all; using Pillow's built-in font (Latin only)")
            faces.append(FontFace("Pillow default", None, self._layout))
        return faces

    def _face_for(self, char: str, current: FontFace | None, chain: list[FontFace]) -> FontFace:
        category = unicodedata.category(char)
        # Letters pick the first font that has them; marks, spaces, digits, punctuation and
        # format characters stay with the run they are in, so a combining accent is never
        # cut from its base and an Arabic phrase keeps its spaces for FriBiDi.
        if current is not None and (category[0] != "L" and
                                    (category[0] == "M" or category == "Cf"
                                     or current.covers(char))):
            return current
        for face in chain:
            if face.covers(char):
                return face
        script = unicodedata.name(char, "UNNAMED").split(" ")[0]
        if category[0] in "LMNPS" and script not in self._warned:
            self._warned.add(script)  # once per script, not once per character or frame
            log.warning("no font covers %r (U+%04X, %s); it is drawn as a box. Add a font "
                            "to assets/fonts or %s.", char, ord(char), script, FONTS_ENV)
        return current or chain[0]

    # -- runs and bidi --

    def _visual_runs(self, text: str, bold: bool) -> list[Run]:
        chain = self.chain(bold)
        base = _base_level(text)
        pieces: list[tuple[str, FontFace, int | None]] = []  # text, face, strong direction
        current: FontFace | None = None
        for char in text:
            face = self._face_for(char, current, chain)
            strong = _strong_direction(char)
            if pieces and face is current and (strong is None or pieces[-1][2] in (None, strong)):
                piece_text, _, piece_dir = pieces[-1]
                pieces[-1] = (piece_text + char, face, piece_dir if strong is None else strong)
            else:
                pieces.append((char, face, strong))
            current = face
        runs = [Run(t, f, _level(i, pieces, base)) for i, (t, f, _) in enumerate(pieces)]
        return _reorder(runs)

    # -- line breaking --

    def _lines(self, text: str, size: int, bold: bool, max_width: int | None, max_lines: int,
               language: str | None) -> tuple[list[_Line], bool]:
        language = language or _guess_language(text)
        paragraphs = text.replace("\r\n", "\n").split("\n")
        if max_width is None:
            return [self._layout_line(p, size, bold, language) for p in paragraphs], False
        limit = max(1, max_lines)
        lines: list[_Line] = []
        for index, paragraph in enumerate(paragraphs):
            rest = paragraph
            while True:
                if len(lines) == limit - 1:  # the last line allowed takes the ellipsis, if any
                    more_follows = index < len(paragraphs) - 1
                    piece, cut = self._ellipsize(rest, size, bold, max_width, language,
                                                 more_follows)
                    lines.append(self._layout_line(piece, size, bold, language))
                    return lines, cut
                piece, rest = self._fill(rest, size, bold, max_width, language)
                lines.append(self._layout_line(piece, size, bold, language))
                if not rest:
                    break
        return lines, False

    def _fits(self, text: str, size: int, bold: bool, max_width: int, language: str | None) -> bool:
        return self._layout_line(text, size, bold, language).advance <= max_width

    def _fill(self, text: str, size: int, bold: bool, max_width: int,
              language: str | None) -> tuple[str, str]:
        """The longest head of `text` that fits, broken at a word (or, failing that, a
        character cluster) boundary, and the rest."""
        if self._fits(text, size, bold, max_width, language):
            return text, ""
        fitting = _last_true(_break_points(text), lambda i: self._fits(
            text[:i].rstrip(), size, bold, max_width, language))
        if fitting is None:  # one word wider than the box: cut inside it
            clusters = [i for i in _cluster_points(text) if i > 0]
            fitting = _last_true(clusters, lambda i: self._fits(text[:i], size, bold,
                                                                max_width, language))
            fitting = fitting or (clusters[0] if clusters else len(text))
        return text[:fitting].rstrip(), text[fitting:].lstrip()

    def _ellipsize(self, text: str, size: int, bold: bool, max_width: int,
                   language: str | None, more_follows: bool) -> tuple[str, bool]:
        """`text` if it fits and nothing follows, else its longest head that fits with "…"."""
        if not more_follows and self._fits(text, size, bold, max_width, language):
            return text, False
        cuts = [i for i in _cluster_points(text) if 0 < i < len(text) or (more_follows and i)]
        fitting = _last_true(cuts, lambda i: self._fits(text[:i].rstrip() + ELLIPSIS, size,
                                                        bold, max_width, language))
        return (text[:fitting].rstrip() if fitting else "") + ELLIPSIS, True

    # -- layout and drawing --

    def _layout_line(self, text: str, size: int, bold: bool, language: str | None) -> _Line:
        # Wrapping and ellipsizing measure the same heads again and again: remember them.
        key = (text, size, bold, language)
        line = self._line_cache.get(key)
        if line is None:
            if len(self._line_cache) >= LINE_CACHE_SIZE:
                self._line_cache.clear()  # crude, but bounded and never on a hot path
            line = self._line_cache[key] = self._measure_line(text, size, bold, language)
        return line

    def _measure_line(self, text: str, size: int, bold: bool, language: str | None) -> _Line:
        runs = self._visual_runs(text, bold) if text else []
        placed: list[_PlacedRun] = []
        pen = 0.0
        # The line box is the primary font's, grown only by ink that sticks out. Fallback
        # fonts declare far taller metrics (Noto Sans Arabic: +55 %), which would make a
        # line's height, and the gap between wrapped lines, depend on its script.
        ascent, descent = self.chain(bold)[0].font(size).getmetrics()
        left, right, top, bottom = 0.0, 0.0, 0.0, 0.0
        for run in runs:
            font = run.face.font(size)
            kwargs = self._shaping(run, language)
            advance = font.getlength(run.text, **kwargs)
            x0, y0, x1, y1 = font.getbbox(run.text, anchor="ls", **kwargs)
            if x1 > x0:  # spaces have no ink
                left, right = min(left, pen + x0), max(right, pen + x1)
                top, bottom = min(top, y0), max(bottom, y1)
            placed.append(_PlacedRun(run, pen, font))
            pen += advance
        return _Line(tuple(placed), pen, min(left, 0.0), max(right, pen), min(top, -ascent),
                     max(bottom, descent), _base_level(text) == 1, language)

    def _shaping(self, run: Run, language: str | None) -> dict[str, str]:
        if not self._raqm:
            return {}
        kwargs = {"direction": "rtl" if run.rtl else "ltr"}
        if language:
            kwargs["language"] = language  # picks CJK glyph forms (locl): 骨 differs in zh/ja
        return kwargs

    def _draw(self, lines: list[_Line], color: Color, truncated: bool) -> RenderedText:
        width = max(line.width for line in lines)
        height = sum(line.height for line in lines)
        mask = Image.new("L", (max(width, 1), max(height, 1)), 0)
        draw = ImageDraw.Draw(mask)
        y = 0
        for line in lines:
            x_offset = (width - line.width) if line.rtl else 0  # RTL lines hug the right edge
            for placed in line.runs:
                text = placed.run.text
                if not self._raqm and placed.run.rtl:
                    text = _visual_order(text)
                draw.text((x_offset + placed.x - line.left, y - line.top), text, fill=255,
                          font=placed.font, anchor="ls", **self._shaping(placed.run, line.language))
            y += line.height
        alpha = np.asarray(mask, dtype=np.uint8)[:height, :width]
        image = np.empty((height, width, 4), np.uint8)
        image[..., :3] = color[:3]
        image[..., 3] = alpha if color[3] == 255 else (alpha.astype(np.uint16) * color[3] // 255)
        return RenderedText(image, round(-lines[0].top), len(lines), truncated, lines[0].rtl)


# -- bidi helpers --


def _strong_direction(char: str) -> int | None:
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return 1
    if kind == "L":
        return 0
    return None


def _base_level(text: str) -> int:
    """Paragraph direction from the first strong character (UAX #9 rules P2–P3)."""
    try:
        from bidi import get_base_level

        return int(get_base_level(text)) if text else 0
    except ImportError:  # python-bidi is optional for this one rule
        for char in text:
            if (strong := _strong_direction(char)) is not None:
                return strong
        return 0


def _level(index: int, pieces: list[tuple[str, FontFace, int | None]], base: int) -> int:
    """A piece's embedding level: RTL is 1; LTR is 0, or 2 inside an RTL paragraph.

    Pieces without a strong character (spaces, numbers, punctuation between runs) take
    the direction of their neighbours when both agree, otherwise the paragraph's."""
    strong = pieces[index][2]
    if strong is None:
        if any(ch.isdigit() for ch in pieces[index][0]):
            strong = 0  # numbers read left to right, even inside Arabic
        else:
            before = next((p[2] for p in reversed(pieces[:index]) if p[2] is not None), base)
            after = next((p[2] for p in pieces[index + 1:] if p[2] is not None), base)
            strong = before if before == after else base
    if strong == 1:
        return 1
    return 0 if base == 0 else 2


def _reorder(runs: list[Run]) -> list[Run]:
    """UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every
    stretch of runs at that level or higher."""
    if not runs:
        return runs
    order = list(runs)
    highest = max(r.level for r in order)
    lowest_odd = min((r.level for r in order if r.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level >= level:
                j = i
                while j < len(order) and order[j].level >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def _visual_order(text: str) -> str:
    """Without raqm, an RTL run is at least put in visual order (letters stay unjoined)."""
    try:
        from bidi import get_display

        return str(get_display(text, base_dir="R"))
    except ImportError:
        return text[::-1]


def _guess_language(text: str) -> str | None:
    """Kana means Japanese; Han without kana is most likely Chinese (the target market).
    Only CJK glyph forms depend on this, everything else shapes the same."""
    has_han = False
    for char in text:
        code = ord(char)
        if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
            return "ja"
        if 0xAC00 <= code <= 0xD7AF:
            return "ko"
        has_han = has_han or 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF
    return "zh-Hans" if has_han else None


# -- line-break helpers --


def _breaks_anywhere(char: str) -> bool:
    # CJK may break between any two characters. Thai also writes words without spaces,
    # but finding its word boundaries needs a dictionary (ICU): Thai breaks at the spaces
    # between phrases, and inside a phrase only when one phrase is wider than the box.
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
            or 0xAC00 <= code <= 0xD7AF)


def _is_cluster_continuation(char: str) -> bool:
    return unicodedata.category(char)[0] == "M" or char in "\u200c\u200d" or (
        0xFE00 <= ord(char) <= 0xFE0F)


def _cluster_points(text: str) -> list[int]:
    """Indices where a cut does not separate a base letter from its marks."""
    return [i for i in range(len(text) + 1)
            if i == len(text) or not _is_cluster_continuation(text[i])]


def _break_points(text: str) -> list[int]:
    points = []
    for i in range(1, len(text) + 1):
        if i == len(text):
            points.append(i)
        elif _is_cluster_continuation(text[i]):
            continue
        elif text[i - 1].isspace() or _breaks_anywhere(text[i]) or _breaks_anywhere(text[i - 1]):
            if unicodedata.category(text[i]) not in ("Pe", "Po", "Pf"):  # no line starts with "。"
                points.append(i)
    return points


def _last_true(points: list[int], ok: Callable[[int], bool]) -> int | None:
    """The largest point for which `ok(point)` holds, assuming ok is monotone (binary search)."""
    lo, hi, best = 0, len(points) - 1, None
    while lo <= hi:
        mid = (lo + hi) // 2
        if ok(points[mid]):
            best, lo = points[mid], mid + 1
        else:
            hi = mid - 1
    return best


# -- module-level convenience --

_default: TextRenderer | None = None
_default_lock = threading.Lock()


def default_renderer() -> TextRenderer:
    global _default
    with _default_lock:
        if _default is None:
            _default = TextRenderer()
        return _default


def render_text(text: str, size_px: int, color: Color = (255, 255, 255, 255), bold: bool = False,
                max_width: int | None = None, max_lines: int = 1,
                language: str | None = None) -> np.ndarray:
    """RGBA uint8 image of `text` (see `TextRenderer.render` for wrapping and ellipsis)."""
    return default_renderer().render(text, size_px, color, bold, max_width, max_lines,
                                     language).image


def text_size(text: str, size_px: int, bold: bool = False, max_width: int | None = None,
              max_lines: int = 1, language: str | None = None) -> tuple[int, int]:
    """(width, height) of what `render_text` would draw."""
    return default_renderer().size(text, size_px, bold, max_width, max_lines, language)
