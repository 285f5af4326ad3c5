"""Which language a comment is written in, offline.

Scripts that belong to one supported language decide at once (Thai, Hangul, kana, Arabic;
Han characters without kana are Chinese). Latin-script comments go to lingua's n-gram models
(`lingua-language-detector`, models inside the wheel, ~13 µs a comment once loaded), limited
to the languages the studio answers in, so a two-word comment cannot come back as Latin or
Esperanto. Short comments are often too short for any model; the pipeline then also uses
the language of the intent words it found ("berapa" is Indonesian).
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

# The languages the studio detects and answers in (ISO 639-1).
LANGUAGES: tuple[str, ...] = ("en", "zh", "id", "ms", "th", "vi", "es", "pt", "ar", "ja", "ko")
_LATIN = ("en", "id", "ms", "vi", "es", "pt")

_detector: Any = None
_detector_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1 from LANGUAGES, or "" when nothing could be told
    confidence: float  # 0..1


UNKNOWN = LanguageGuess("", 0.0)


def _lingua() -> Any:
    """lingua's detector for the Latin-script languages, built once per process (~0.2 s)."""
    global _detector
    with _detector_lock:
        if _detector is None:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in _LATIN]
            _detector = LanguageDetectorBuilder.from_languages(*languages) \
                .with_preloaded_language_models().build()
        return _detector


def warm_up() -> None:
    """Load the models now (call from a background thread at start) rather than on the first comment."""
    detector = _lingua()
    for sample in ("how much is it", "berapa harganya kak", "giá bao nhiêu", "cuánto cuesta", "quanto custa",
                   "boleh pos ke sabah"):
        detector.compute_language_confidence_values(sample)  # the first look-ups fill lingua's caches


def _script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            script = "latin" if ch.isalpha() else ""
        elif 0x0E00 <= code <= 0x0E7F:
            script = "th"
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            script = "ko"
        elif 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
            script = "kana"
        elif 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FFFF:
            script = "han"
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            script = "ar" if unicodedata.category(ch).startswith("L") else ""
        elif ch.isalpha() and "LATIN" in unicodedata.name(ch, ""):
            script = "latin"
        else:
            script = ""
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


def detect_language(text: str) -> LanguageGuess:
    """The comment's language among LANGUAGES, with a confidence (UNKNOWN for emoji, digits)."""
    counts = _script_counts(text)
    if not counts:
        return UNKNOWN
    counts_no_latin = {k: v for k, v in counts.items() if k != "latin"}
    if counts_no_latin:
        # Mixed scripts ("A12 要两个", "size M ได้ไหม"): the non-Latin script names the
        # writer's language; the Latin part is a product code or a borrowed word.
        if "kana" in counts_no_latin:
            return LanguageGuess("ja", 1.0)
        script = max(counts_no_latin, key=lambda k: counts_no_latin[k])
        code = "zh" if script == "han" else script
        letters = sum(counts.values())
        return LanguageGuess(code, min(1.0, 0.5 + counts_no_latin[script] / letters / 2))
    values = _lingua().compute_language_confidence_values(text)
    if not values:
        return UNKNOWN
    best = values[0]
    return LanguageGuess(best.language.iso_code_639_1.name.lower(), float(best.value))
