"""Which column of a spreadsheet holds which product detail: `ColumnMap`, the seller-centre
layouts Seller Studio knows (`data/seller_layouts.toml`), finding the header row under a
template's instruction rows, and the host's own maps remembered per layout (`ColumnMemory`).

Qt-free: the window's column dialog (studio/ui/column_dialog.py) only shows a
`CatalogPreview` and hands back a `ColumnMap`.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from studio.commerce.money import is_known_currency

log = logging.getLogger(__name__)

# The details a column can hold. `variation` is appended to a seller-centre row's title
# ("Classic Tee (Red, M)": each row is one SKU with its own price and stock); `group` ties the
# rows of one product together. The others are `Product` fields.
MAPPED_FIELDS = ("id", "title", "price", "original_price", "currency", "stock", "image", "url",
                 "variation", "group", "shipping_note", "variants")
NEEDED = ("id", "title", "price")  # a header without these three is no catalogue header
HEADER_SCAN = 30  # rows searched for the header: templates put instructions above it

Cells = Sequence[str | None]


def normalise(text: str | None) -> str:
    """A header cell as compared: NFKC (full-width forms), case-folded, letters and digits only."""
    if not text:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


_BRACKETED = re.compile(r"\([^)]*\)|（[^）]*）|\[[^\]]*\]|【[^】]*】")
_CODE = re.compile(r"\b[A-Z]{3}\b")


def _names(text: str | None) -> tuple[str, ...]:
    """The names a header cell answers to: itself, and itself without a bracketed note
    ("Price (MYR)", "价格（必填）", "Product Name*")."""
    whole = normalise(text)
    bare = normalise(_BRACKETED.sub("", text or ""))
    return (whole, bare) if bare and bare != whole else (whole,)


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Where each detail is in a table whose header row is `header`.

    `columns[field]` lists 0-based column indexes, most specific first: a row takes the first
    non-empty one (for `variation`, all of them, joined). `currency` is used for rows whose
    currency cell is empty or missing. `layout` names the known layout it came from, or is None
    for one the host chose."""

    header: tuple[str, ...]  # the header row's cells, as written in the file
    columns: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    currency: str | None = None
    layout: str | None = None

    @property
    def signature(self) -> str:
        """The layout's key: the header's folded names in order (trailing empty cells dropped)."""
        return layout_signature(self.header)

    def missing(self) -> tuple[str, ...]:
        """The details still needed before rows can be read: id, title, price, and a currency
        (a column or a fixed one)."""
        gaps = [name for name in NEEDED if not self.columns.get(name)]
        if not self.columns.get("currency") and self.currency is None:
            gaps.append("currency")
        return tuple(gaps)

    def row(self, cells: Cells) -> dict[str, str | None]:
        """The mapped details of one row, as text (empty cells are None)."""
        out: dict[str, str | None] = {}
        for name, indexes in self.columns.items():
            values = [v for i in indexes if i < len(cells) and (v := cells[i])]
            if name == "variation":
                out[name] = ", ".join(dict.fromkeys(values)) or None
            else:
                out[name] = values[0] if values else None
        return out

    def to_json(self) -> dict[str, object]:
        return {"header": list(self.header), "columns": {k: list(v) for k, v in self.columns.items()},
                "currency": self.currency, "layout": self.layout}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> ColumnMap:
        header = data.get("header")
        columns = data.get("columns")
        currency = data.get("currency")
        if not isinstance(header, list) or not isinstance(columns, dict):
            raise ValueError("not a column map")
        clean = {str(k): tuple(int(i) for i in v) for k, v in columns.items()
                 if k in MAPPED_FIELDS and isinstance(v, list)}
        if currency is not None and not (isinstance(currency, str) and is_known_currency(currency)):
            currency = None
        layout = data.get("layout")
        return cls(tuple(str(h) if h is not None else "" for h in header), clean,
                   currency, str(layout) if layout else None)


def layout_signature(header: Cells) -> str:
    names = [normalise(cell) for cell in header]
    while names and not names[-1]:
        names.pop()
    return "|".join(names)


# -- known layouts ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    columns: Mapping[str, tuple[str, ...]]  # field -> folded header names, most specific first
    currency: str | None = None
    sources: tuple[str, ...] = ()

    def match(self, header: Cells) -> ColumnMap | None:
        """This layout's map for `header`, or None when id, title or price is not there."""
        names = [_names(cell) for cell in header]
        columns: dict[str, tuple[int, ...]] = {}
        for name, wanted in self.columns.items():
            found = [i for want in wanted for i, cell in enumerate(names) if want in cell]
            if found:
                columns[name] = tuple(dict.fromkeys(found))
        if any(name not in columns for name in NEEDED):
            return None
        return ColumnMap(tuple(c or "" for c in header), columns,
                         self.currency or _currency_in(header, columns), self.name)


def _currency_in(header: Cells, columns: Mapping[str, tuple[int, ...]]) -> str | None:
    """A currency named in a price header ("Price (MYR)"), when no column gives one."""
    if columns.get("currency"):
        return None
    for index in columns.get("price", ()):
        for code in _CODE.findall(header[index] or ""):
            if is_known_currency(code):
                return code
    return None


def layouts_file() -> Path:
    return Path(str(resources.files("studio.commerce").joinpath("data", "seller_layouts.toml")))


@cache
def _layouts_data() -> dict[str, object]:
    with layouts_file().open("rb") as f:
        return tomllib.load(f)


@cache
def everyday_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(field, folded names) from the file's [guess] table: suggestions only, never a match."""
    table = _layouts_data().get("guess", {})
    assert isinstance(table, dict)
    return tuple((name, tuple(dict.fromkeys(normalise(h) for h in headers)))
                 for name, headers in table.items() if name in MAPPED_FIELDS)


@cache
def known_layouts() -> tuple[Layout, ...]:
    data = _layouts_data()
    layouts = []
    entries = data.get("layout", [])
    assert isinstance(entries, list)
    for entry in entries:
        columns = {name: tuple(dict.fromkeys(normalise(h) for h in headers))
                   for name, headers in entry.get("columns", {}).items() if name in MAPPED_FIELDS}
        layouts.append(Layout(entry["name"], columns, entry.get("currency"), tuple(entry.get("sources", []))))
    return tuple(layouts)


# Seller Studio's own header (docs/overlays.md): the field names themselves, in any case.
NATIVE_FIELDS = ("id", "title", "price", "currency", "original_price", "image", "url", "stock",
                 "shipping_note", "variants")


def native_map(header: Cells) -> ColumnMap | None:
    """The map of a header written in Seller Studio's own column names (perhaps missing some),
    or None when it names neither id nor title, or only one field (then it is some other layout)."""
    names = [normalise(cell) for cell in header]
    columns = {name: (names.index(normalise(name)),) for name in NATIVE_FIELDS if normalise(name) in names}
    if len(columns) < 2 or not ("id" in columns or "title" in columns):
        return None
    return ColumnMap(tuple(c or "" for c in header), columns, None, None)


def guess_map(header: Cells) -> ColumnMap:
    """Every column any known layout (or the native header) would give a detail to: the
    dialog's starting point for an unknown header. Only the first name found per detail."""
    names = [_names(cell) for cell in header]
    columns: dict[str, tuple[int, ...]] = {}
    everything: list[tuple[str, tuple[str, ...]]] = [(n, (normalise(n),)) for n in NATIVE_FIELDS]
    for layout in known_layouts():
        everything.extend(layout.columns.items())
    everything.extend(everyday_names())
    taken: set[int] = set()
    for name, wanted in everything:
        if name in columns or name == "group":
            continue
        for want in wanted:
            found = [i for i, cell in enumerate(names) if want in cell and i not in taken]
            if found:
                columns[name] = (found[0],)
                taken.add(found[0])
                break
    return ColumnMap(tuple(c or "" for c in header), columns, _currency_in(header, columns), None)


def find_header(rows: Iterable[tuple[int, Cells]], chosen: Iterable[ColumnMap] = ()
                ) -> tuple[int, ColumnMap] | None:
    """The row (line, map) among the first `HEADER_SCAN` that is a header Seller Studio can
    read: a header of one of the `chosen` maps (the host's own: they come first, wherever they
    are), else the first row in its own column names or in a known seller-centre layout (the
    layout that recognises the most columns)."""
    by_signature: dict[str, ColumnMap] = {}
    for column_map in chosen:
        by_signature.setdefault(column_map.signature, column_map)
    head = [(line, cells) for count, (line, cells) in zip(range(HEADER_SCAN), rows, strict=False)
            if any(cells)]
    for line, cells in head:
        if (mine := by_signature.get(layout_signature(cells))) is not None:
            return line, mine
    for line, cells in head:
        matches = [m for layout in known_layouts() if (m := layout.match(cells)) is not None]
        if matches:
            return line, max(matches, key=_cells_matched)  # the first best, in file order
        native = native_map(cells)
        if native is not None:
            return line, native
    return None


def _cells_matched(column_map: ColumnMap) -> int:
    return len({i for indexes in column_map.columns.values() for i in indexes})


def likely_header(rows: Sequence[tuple[int, Cells]]) -> tuple[int, ColumnMap] | None:
    """For a header nobody knows: the row whose cells the layouts half-recognise best, else
    the first row with the most filled cells (a header is the widest row above the data)."""
    best: tuple[tuple[int, int], int, ColumnMap] | None = None
    for line, cells in rows[:HEADER_SCAN]:
        filled = sum(1 for c in cells if c)
        if not filled:
            continue
        guess = guess_map(cells)
        score = (len(guess.columns), filled)
        if best is None or score > best[0]:
            best = (score, line, guess)
    return None if best is None else (best[1], best[2])


# -- the host's own maps -----------------------------------------------------------------------------


class ColumnMemory:
    """Column maps the host chose, one per layout (by signature), in a small JSON file in the
    app's config folder (`studio.paths.column_maps_file()`). A missing or unreadable file is an
    empty memory; writes are atomic."""

    VERSION = 1

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._maps: dict[str, ColumnMap] = {}
        self._read()

    def _read(self) -> None:
        if self.path is None or not self.path.is_file():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data.get("maps", []) if isinstance(data, dict) else []
            for entry in entries:
                column_map = ColumnMap.from_json(entry)
                self._maps[column_map.signature] = column_map
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            log.warning("ignoring the remembered catalogue columns in %s: %s", self.path, exc)

    def maps(self) -> list[ColumnMap]:
        return list(self._maps.values())

    def get(self, header: Cells) -> ColumnMap | None:
        return self._maps.get(layout_signature(header))

    def remember(self, column_map: ColumnMap) -> None:
        """Keep `column_map` for every later file with the same header (replacing an older one)."""
        if self._maps.get(column_map.signature) == column_map:
            return
        self._maps[column_map.signature] = column_map
        if self.path is None:
            return
        data = {"version": self.VERSION, "maps": [m.to_json() for m in self._maps.values()]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as exc:  # the map still works for this run
            log.warning("could not remember the catalogue columns in %s: %s", self.path, exc)
