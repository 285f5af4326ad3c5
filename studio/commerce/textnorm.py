"""Text folding for matching comments against word lists, in any script.

Viewers type the same word many ways: full-width Latin from a CJK keyboard (ｆｒｅｅ),
with or without Vietnamese/Spanish accents, with zero-width characters slipped in to beat
a filter, or with digits for letters (fr33). `fold` removes what never changes a word's
meaning for matching (width, case, accents, invisible characters); `skeleton` goes further
for the blocked-words list and also undoes letter/number swaps and spaced-out letters.
Both sides of a comparison (the list's term and the comment) go through the same function,
so a rule such as "strip combining marks" stays consistent for Thai or Arabic too.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFD cannot split into base + mark.
_LETTER_FIXES = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l", "æ": "ae",
                               "œ": "oe", "þ": "th"})
# Digit and symbol stand-ins for letters. "l", "1", "|" and "!" all become "i" so that
# "k1ll", "ki!!" and "kill" share one skeleton.
_LEET = str.maketrans({"0": "o", "1": "i", "l": "i", "|": "i", "!": "i", "3": "e", "4": "a", "@": "a",
                       "5": "s", "$": "s", "7": "t", "+": "t", "8": "b", "9": "g", "6": "g", "2": "z"})
_LEET_LETTERS = str.maketrans({k: v for k, v in zip("01l3457896", "oiieastbgg", strict=True)} | {"2": "z"})
# A run of three or more single letters split by spaces or dots: "f u c k", "f.u.c.k".
_SPACED = re.compile(r"(?<![^\W_])[^\W_](?:[\s.\-_*·,/]+[^\W_](?![^\W_])){2,}")
# Letters of spaced scripts: a Latin term next to Chinese ("URL教えて") still stands alone.
_WORD_CHAR = "[0-9a-z\u00c0-\u024f\u0370-\u052f]"
_SEPARATORS = re.compile(r"[\s.\-_*·,/]+")

# Scripts written without spaces between words (or with particles glued to words), where a
# term must match inside a longer run of letters rather than as a whole word.
_UNSPACED_RANGES = (
    (0x0600, 0x06FF),  # Arabic (ال and other prefixes attach to the word)
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x9FFF),  # CJK ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables (particles attach: 바보야)
    (0xF900, 0xFAFF),
    (0x20000, 0x2FFFF),
)


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Width, case, accents and invisible characters removed: "Ｇｉá  Bao\u200bnhiêu" → "gia baonhieu".

    Whitespace runs become one space; format characters (zero-width space/joiners, BOM,
    soft hyphen, bidi marks) are dropped, never turned into spaces, since they are used to
    split a word invisibly."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = unicodedata.normalize("NFD", text.casefold().translate(_LETTER_FIXES))
    kept: list[str] = []
    base = 0
    for ch in text:
        if unicodedata.category(ch) == "Mn":
            code = ord(ch)
            # Accents on Latin, Greek and Cyrillic letters and Arabic's optional vowel marks
            # go; Thai vowels and kana voicing marks are letters in all but name and stay.
            if base < 0x0530 or 0x064B <= code <= 0x0670:
                continue
        else:
            base = ord(ch)
        kept.append(ch)
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())


def skeleton(text: str, symbols: bool = True) -> str:
    """`fold` plus letter/number swaps undone and spaced-out letters joined: "F u C k" → "fuck",
    "ｆｒ３３" → "free", "k1ll" → "kiii" (the term "kill" has the same skeleton).

    With `symbols` False, "!", "@", "$", "|" and "+" stay punctuation: "scam!!" must still
    end in "scam", while "$cam" needs them read as letters; callers try both."""
    folded = fold(text)
    joined = _SPACED.sub(lambda m: _SEPARATORS.sub("", m.group(0)), folded)
    return joined.translate(_LEET if symbols else _LEET_LETTERS)


def unspaced(text: str) -> bool:
    """True if `text` contains a letter of a script whose words are not split by spaces."""
    for ch in text:
        code = ord(ch)
        if code >= 0x0600 and any(lo <= code <= hi for lo, hi in _UNSPACED_RANGES):
            return True
    return False


def term_pattern(term: str, suffixes: tuple[str, ...] = ()) -> str:
    """A regex for a folded or skeleton term: whole words for spaced scripts, anywhere for the
    others; a letter may repeat ("fuuuck", "priiice") and spaces between words are flexible.
    `suffixes` may follow a spaced-script term ("nya" in Indonesian: "harga" → "harganya")."""
    parts = []
    for word in term.split():
        parts.append("".join(re.escape(ch) + ("+" if ch.isalpha() else "") for ch in word))
    body = r"\s*".join(parts) if unspaced(term) else r"\s+".join(parts)
    if unspaced(term):
        return body
    tail = f"(?:{'|'.join(map(re.escape, suffixes))})?" if suffixes and term[-1:].isalpha() else ""
    return rf"(?<!{_WORD_CHAR}){body}{tail}(?!{_WORD_CHAR})"


def words_pattern(terms: list[str] | tuple[str, ...] | set[str], suffixes: tuple[str, ...] = ()) -> str:
    """One regex for many folded terms, as `term_pattern` matches each, built as a prefix tree
    so the engine rejects a position at its first letter instead of trying every term there:
    500 blocked words cost about as much as a handful."""
    spaced = sorted({t for t in terms if t.strip() and not unspaced(t)})
    others = sorted({t for t in terms if t.strip() and unspaced(t)})
    parts = []
    if spaced:
        tail = f"(?:{'|'.join(map(re.escape, suffixes))})?" if suffixes else ""
        body = _trie(spaced, r"\s+")
        parts.append(rf"(?<!{_WORD_CHAR}){body}{tail}(?!{_WORD_CHAR})")
    if others:
        parts.append(_trie(others, r"\s*"))
    return "|".join(parts)


def _trie(words: list[str], space: str) -> str:
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in " ".join(word.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root, space)


def _emit(node: dict, space: str) -> str:  # type: ignore[type-arg]
    ends = "" in node
    alternatives = []
    for ch in sorted(k for k in node if k):
        atom = space if ch == " " else re.escape(ch) + ("+" if ch.isalpha() else "")
        alternatives.append(atom + _emit(node[ch], space))
    if not alternatives:
        return ""
    if len(alternatives) == 1 and not ends:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")" + ("?" if ends else "")
