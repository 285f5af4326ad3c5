"""What a comment asks for: price, stock, shipping, size/colour, link, discount, or a claim.

Lexicons live in a data file (`studio/commerce/data/intents.toml`, layout explained at its
top) that a host extends with their own file; nothing here knows a word of any language.
Each intent compiles to one regular expression with a named group per language, so a
comment costs one search per intent, and the group that matched tells the comment's
language when it is too short for the language model.

Product references and quantities ("A12", "#3", "số 3", "x2", "两个", "2 ชิ้น") are read
here too: claims need them, and some claim words ("want", "mau", "要") count only next to one.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from studio.commerce.textnorm import fold, words_pattern

INTENTS: tuple[str, ...] = ("price", "stock", "shipping", "size_colour", "link", "discount", "claim")
QUESTIONS: frozenset[str] = frozenset(INTENTS) - {"claim"}  # intents a drafted answer can serve


class LexiconError(ValueError):
    """An intents file cannot be used; the message names the file and what to fix."""


@dataclass(slots=True)
class IntentLexicon:
    """The terms of one intent, per language code ("any" for all)."""

    terms: dict[str, list[str]] = field(default_factory=dict)
    with_product: dict[str, list[str]] = field(default_factory=dict)
    exceptions: dict[str, list[str]] = field(default_factory=dict)

    def extend(self, other: IntentLexicon) -> None:
        for mine, theirs in ((self.terms, other.terms), (self.with_product, other.with_product),
                             (self.exceptions, other.exceptions)):
            for lang, words in theirs.items():
                mine.setdefault(lang, []).extend(w for w in words if w not in mine.get(lang, []))


Lexicon = dict[str, IntentLexicon]


def default_lexicon_path() -> Path:
    return Path(str(resources.files("studio.commerce").joinpath("data", "intents.toml")))


def load_lexicon(*paths: Path) -> Lexicon:
    """The shipped lexicon, with each of `paths` (a host's own files) merged on top."""
    lexicon: Lexicon = {name: IntentLexicon() for name in INTENTS}
    for path in (default_lexicon_path(), *paths):
        for name, part in _read_lexicon(Path(path)).items():
            lexicon[name].extend(part)
    return lexicon


def _read_lexicon(path: Path) -> Lexicon:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise LexiconError(f"Cannot read the intents file {path}: {exc.strerror or exc}.") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path.name} is not valid TOML: {exc}.") from None
    out: Lexicon = {}
    for name, table in (data.get("intent") or {}).items():
        if name not in INTENTS:
            raise LexiconError(f"{path.name}: unknown intent {name!r}; use one of {', '.join(INTENTS)}.")
        if not isinstance(table, dict):
            raise LexiconError(f"{path.name}: [intent.{name}] must be a table of language = [terms].")
        lex = IntentLexicon()
        for key, value in table.items():
            if key in ("with_product", "except"):
                target = lex.with_product if key == "with_product" else lex.exceptions
                for lang, words in value.items():
                    target[lang] = _words(path, f"{name}.{key}.{lang}", words)
            else:
                lex.terms[key] = _words(path, f"{name}.{key}", value)
        out[name] = lex
    return out


def _words(path: Path, where: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{path.name}: {where} must be a list of text terms.")
    for term in value:
        if term.startswith("re:"):
            try:
                re.compile(term[3:])
            except re.error as exc:
                raise LexiconError(f"{path.name}: {where} has a pattern that is not a valid regular "
                                   f"expression ({term[3:]!r}: {exc}).") from None
    return list(value)


# Indonesian and Malay glue particles to words: "harganya", "stoknya", "linknya", "ongkirnya".
_SUFFIXES = {"id": ("nya", "ny", "kah", "lah"), "ms": ("nya", "kah", "lah", "ke")}


def _alternation(terms: Iterable[str], lang: str = "") -> str:
    terms = list(terms)
    parts = [f"(?:{t[3:]})" for t in terms if t.startswith("re:")]
    words = {fold(t) for t in terms if not t.startswith("re:")} - {""}
    if words:
        parts.append(words_pattern(words, _SUFFIXES.get(lang, ())))
    return "|".join(parts)


def _grouped(per_language: dict[str, list[str]]) -> re.Pattern[str] | None:
    groups = []
    for lang, terms in per_language.items():
        body = _alternation(terms, lang)
        if body:
            groups.append(f"(?P<{lang}>{body})")
    return re.compile("|".join(groups)) if groups else None


# -- product references and quantities -----------------------------------------------------------
_CODE = re.compile(r"(?<![a-z0-9])(?!x\d)([a-z]{1,3}-?\d{1,4})(?![a-z0-9])")
_NUMBER = re.compile(
    r"(?:#|\bno\.?|\bnum(?:ber|ero)?\.?|\bnomor|\bnmr|\bso|\bma|เบอร์|ลำดับ|番号|第|number)\s*(\d{1,3})(?![0-9])"
    r"|(\d{1,3})\s*(?:号|號|번|番)(?!\d)"
)
_QTY_SUFFIX = (r"pcs|pc|pieces|piece|units|unit|cai|chiec|bo|ชิ้น|อัน|ตัว|个|個|件|份|개|buah|biji|pasang|pcs\.|"
               r"unidades|unidad|unid|pecas|peca|つ|点|set|sets|qty")
_QTY = re.compile(
    rf"(?:[x×*]\s?(\d{{1,3}})(?![0-9]))|(?:(?<![a-z0-9#])(\d{{1,3}})\s?(?:[x×](?![a-z0-9])|(?:{_QTY_SUFFIX})))"
    r"|(?:qty|sl|jumlah|cantidad|quantidade)\s*:?\s*(\d{1,3})"
)
_QTY_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "mot": 1, "hai": 2, "ba": 3, "bon": 4,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4,
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5,
    "一": 1, "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5,
    "한": 1, "두": 2, "세": 3, "네": 4, "하나": 1, "둘": 2, "셋": 3,
    "一つ": 1, "二つ": 2, "三つ": 3, "ひとつ": 1, "ふたつ": 2,
    "واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثة": 3,
}
_QTY_WORD = re.compile(
    r"(?<![^\W\d_])(one|two|three|four|five|satu|dua|tiga|empat|lima|mot|hai|uno|una|dos|tres|cuatro|um|uma|"
    r"dois|duas|quatro|واحد|اثنين|اثنان|ثلاثة)(?![^\W\d_])"
    r"|(一つ|二つ|三つ|ひとつ|ふたつ)"
    r"|(หนึ่ง|สอง|สาม|สี่|ห้า)(?:ชิ้น|อัน|ตัว)"
    r"|([一两兩二三四五])(?:个|個|件|份|套)"
    r"|(한|두|세|네)\s?개|(하나|둘|셋)(?![가-힣])"
)
_BARE = re.compile(r"(?<![a-z0-9#.,:/-])(\d{1,2})(?![0-9a-z%.,:])")
MAX_QUANTITY = 99


@dataclass(frozen=True, slots=True)
class ProductRef:
    """A product named in a comment: by code ("A12", a catalogue id) or by its number in the list."""

    code: str | None = None
    number: int | None = None


@functools.lru_cache(maxsize=4096)
def _id_pattern(product_id: str) -> re.Pattern[str] | None:
    key = fold(product_id)
    return re.compile(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])") if key else None


def product_refs(folded: str, known_ids: Sequence[str] = ()) -> list[ProductRef]:
    """Product references in folded text, catalogue ids first (they may look like anything)."""
    refs: list[ProductRef] = []
    for pid in known_ids:
        pattern = _id_pattern(pid)
        if pattern is not None and pattern.search(folded):
            refs.append(ProductRef(code=pid))
    for m in _NUMBER.finditer(folded):
        refs.append(ProductRef(number=int(m.group(1) or m.group(2))))
    for m in _CODE.finditer(folded):
        if not any(r.code and fold(r.code) == m.group(1) for r in refs):
            refs.append(ProductRef(code=m.group(1).upper()))
    return refs


def quantity(folded: str, bare_numbers: bool = False) -> int | None:
    """The quantity asked for ("x2", "2 pcs", "两个", "두 개", "dua"), or None. With
    `bare_numbers`, a lone 1–99 also counts ("mau 2"); claims use that, questions do not."""
    m = _QTY.search(folded)
    if m:
        value = int(next(g for g in m.groups() if g))
        return value if 0 < value <= MAX_QUANTITY else None
    m = _QTY_WORD.search(folded)
    if m:
        return _QTY_WORDS.get(next(g for g in m.groups() if g))
    if bare_numbers:
        without_codes = _NUMBER.sub(" ", _CODE.sub(" ", folded))
        m = _BARE.search(without_codes)
        if m and 0 < int(m.group(1)) <= MAX_QUANTITY:
            return int(m.group(1))
    return None


# -- detection -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class IntentResult:
    intents: frozenset[str]
    languages: tuple[str, ...]  # languages whose terms matched, in intent order ("any" left out)
    refs: tuple[ProductRef, ...] = ()
    quantity: int | None = None

    @property
    def questions(self) -> frozenset[str]:
        return self.intents & QUESTIONS


class _CompiledIntent:
    def __init__(self, name: str, lex: IntentLexicon) -> None:
        self.name = name
        self.terms = _grouped(lex.terms)
        self.with_product = _grouped(lex.with_product)
        body = _alternation(t for words in lex.exceptions.values() for t in words)
        self.exceptions = re.compile(body) if body else None

    def match(self, folded: str, has_product: bool) -> str | None:
        """The language whose term matched ("any" or a code), or None."""
        if self.exceptions is not None:
            folded = self.exceptions.sub(" ", folded)
        for pattern, needs_product in ((self.terms, False), (self.with_product, True)):
            if pattern is None or (needs_product and not has_product):
                continue
            m = pattern.search(folded)
            if m:
                return m.lastgroup or "any"
        return None


class IntentDetector:
    """Reads a comment's intents. Build once (compiling costs ~50 ms); `detect` is thread-safe."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        lexicon = lexicon if lexicon is not None else load_lexicon()
        self._compiled = [_CompiledIntent(name, lexicon[name]) for name in INTENTS if name in lexicon]

    def detect(self, text: str, known_ids: Sequence[str] = ()) -> IntentResult:
        folded = fold(text)
        refs = product_refs(folded, known_ids)
        qty = quantity(folded)
        has_product = bool(refs) or qty is not None
        intents: list[str] = []
        languages: list[str] = []
        for compiled in self._compiled:
            lang = compiled.match(folded, has_product)
            if lang is not None:
                intents.append(compiled.name)
                if lang != "any" and lang not in languages:
                    languages.append(lang)
        if "claim" in intents:
            qty = quantity(folded, bare_numbers=True)
        return IntentResult(frozenset(intents), tuple(languages), tuple(refs), qty)
