"""Pictures from the host's disk (product photos, logos) checked before anything decodes them.

A catalogue can come from anywhere (a supplier's export, a shared folder). A 1 KB PNG may claim
100 000 × 100 000 pixels (a decompression bomb: 40 GB once decoded), and neither OpenCV's
`imdecode` nor Qt asks before allocating. The header says the size; we read only that."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

MAX_PICTURE_PIXELS = 40_000_000
"""40 megapixels: more than any phone photo (a 200 MP sensor saves 12.5 MP by default)."""
MAX_PICTURE_BYTES = 64 * 1024 * 1024

# Pillow's own guard, for every image it opens in this process: it warns past the limit and
# raises DecompressionBombError past twice the limit.
Image.MAX_IMAGE_PIXELS = MAX_PICTURE_PIXELS


def picture_problem(path: Path) -> str | None:
    """None when the file is a picture of a sane size, else one sentence for the host.
    Reads the header only; nothing is decoded."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
    except OSError:
        return f"The picture {name} cannot be read."
    if size > MAX_PICTURE_BYTES:
        return (f"The picture {name} is {size / 2**20:.0f} MB; save a smaller copy "
                f"(at most {MAX_PICTURE_BYTES // 2**20} MB).")
    try:
        with warnings.catch_warnings():  # past 1× the limit Pillow warns; we say it ourselves
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:  # lazy: parses the header, decodes nothing
                width, height = image.size
    except Image.DecompressionBombError as exc:  # past 2×: Pillow names only the pixel count
        claimed = re.search(r"\((\d+) pixels\)", str(exc))
        return _too_big(name, int(claimed.group(1)) if claimed else None)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):  # SyntaxError: Pillow's parsers
        return f"The picture {name} cannot be read; save it as JPEG, PNG or WebP."
    if width <= 0 or height <= 0:
        return f"The picture {name} cannot be read; save it as JPEG, PNG or WebP."
    if width * height > MAX_PICTURE_PIXELS:
        return _too_big(name, width * height)
    return None


def _too_big(name: str, pixels: int | None) -> str:
    claimed = f" ({pixels / 1e6:,.0f} megapixels)" if pixels else ""
    return (f"The picture {name} is too large{claimed}; save a copy of at most "
            f"{MAX_PICTURE_PIXELS // 1_000_000} megapixels.")
