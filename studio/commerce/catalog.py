"""Product catalogue import: CSV or JSON in, validated `Product`s and readable problems out.

Hosts edit catalogues in spreadsheets, so one bad row must never cost them the whole
file: good rows load, bad rows are reported with the line number their editor shows
(the physical line in a CSV, header = line 1; the line where the object opens in a
JSON file) and a sentence saying what to fix.
"""

from __future__ import annotations

import csv
import io
import json
import json.decoder
import json.scanner
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from studio.commerce.money import is_known_currency
from studio.commerce.product import Product
from studio.media.pictures import picture_problem

FIELDS = ("id", "title", "price", "currency", "original_price", "image", "url", "stock", "shipping_note",
          "variants")
REQUIRED = ("id", "title", "price", "currency")
_INTEGER = re.compile(r"[+-]?\d+")


class CatalogError(Exception):
    """The file as a whole cannot be read as a catalogue (missing, wrong type, broken syntax)."""


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    """One thing wrong in the file. `rejected` rows are left out; the others loaded anyway."""

    line: int  # 1-based line in the file
    field: str | None  # column / key the problem is about, None for the whole row
    reason: str  # a sentence for the host
    rejected: bool = True

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class Catalog:
    path: Path
    products: list[Product] = field(default_factory=list)
    problems: list[CatalogProblem] = field(default_factory=list)

    def by_id(self, product_id: str) -> Product | None:
        """The product with this id, or None (ids are unique: duplicates are rejected)."""
        for product in self.products:
            if product.id == product_id:
                return product
        return None


def load_catalog(path: Path | str) -> Catalog:
    """Read a .csv or .json catalogue. Raises `CatalogError` only when nothing can be read."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in _READERS:
        raise CatalogError(
            f"{path.name}: Seller Studio reads product catalogues from .csv or .json files, "
            f"not {kind or 'files without an extension'}."
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")  # -sig: Excel's "CSV UTF-8" starts with a BOM
    except UnicodeDecodeError:
        raise CatalogError(
            f"{path.name} is not UTF-8 text; save it again as UTF-8 (in Excel: 'CSV UTF-8')."
        ) from None
    except OSError as exc:
        raise CatalogError(f"Cannot read the catalogue {path}: {exc.strerror or exc}.") from None
    catalog = Catalog(path)
    # Absolute, so product images still resolve after the working directory changes.
    validator = _RowValidator(path.absolute().parent, catalog)
    for line, row, row_problems in _READERS[kind](text, path.name):
        catalog.problems.extend(row_problems)
        if not any(problem.rejected for problem in row_problems):
            validator.add(line, row)
    return catalog


# -- readers: file text -> (line, {field: raw text or None}, problems found while reading) --

RawRow = dict[str, str | None]
RowStream = Iterator[tuple[int, RawRow, list[CatalogProblem]]]


def _read_csv(text: str, name: str) -> RowStream:
    lines = text.splitlines(keepends=True)
    if not lines or not lines[0].strip():
        raise CatalogError(f"{name} is empty: the first line must name the columns ({_columns()}).")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(lines[0]))
    header = [column.strip().lower() for column in next(reader)]
    _check_header(header, name)
    unknown = [c for c in header if c not in FIELDS]
    if unknown:
        yield 1, {}, [
            CatalogProblem(1, column, f"unknown column {column!r} is ignored.", rejected=False)
            for column in unknown
        ]
    previous_end = reader.line_num
    for values in reader:
        start, previous_end = previous_end + 1, reader.line_num  # a quoted cell may span lines
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            yield start, {}, [CatalogProblem(
                start, None,
                f"the row has {len(values)} values but the header has {len(header)} columns; "
                "put quotes around a value that contains the separator.",
            )]
            continue
        # A short row leaves its last cells empty, as spreadsheets write them.
        cells = zip(header, values, strict=False)
        row = {column: (value.strip() or None) for column, value in cells if column in FIELDS}
        yield start, row, []


def _delimiter(header_line: str) -> str:
    # Spreadsheets in comma-decimal locales save ";"-separated CSV; column names never
    # contain separators, so the header line tells which one this file uses.
    return max((",", ";", "\t"), key=header_line.count)


def _check_header(header: list[str], name: str) -> None:
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CatalogError(
            f"{name} line 1 has no {', '.join(missing)} column{'s' if len(missing) > 1 else ''}; "
            f"the header must name the columns ({_columns()})."
        )


def _columns() -> str:
    optional = [f for f in FIELDS if f not in REQUIRED]
    return f"required: {', '.join(REQUIRED)}; optional: {', '.join(optional)}"


def _read_json(text: str, name: str) -> RowStream:
    try:
        data = _LineTrackingDecoder(text).decode(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{name} line {exc.lineno}, column {exc.colno} is not valid JSON: {exc.msg}."
        ) from None
    items = data.get("products") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CatalogError(
            f"{name} must hold a list of product objects, or an object with a \"products\" list."
        )
    list_line = getattr(items, "line", 1)
    for number, item in enumerate(items, start=1):
        if not isinstance(item, _LineDict):
            yield list_line, {}, [CatalogProblem(
                list_line, None, f"product {number} in the list is not an object {{...}}."
            )]
            continue
        row: RawRow = {}
        problems: list[CatalogProblem] = []
        for key, value in item.items():
            key = str(key).strip().lower()
            if key not in FIELDS:
                problems.append(CatalogProblem(item.line, key, f"unknown key {key!r} is ignored.",
                                               rejected=False))
            elif isinstance(value, dict | list):
                problems.append(CatalogProblem(item.line, key, f"{key} must be a single value."))
            else:
                row[key] = _json_text(value)
        yield item.line, row, problems


def _json_text(value: Any) -> str | None:
    """JSON scalars as the text a CSV cell would hold, so both formats share one validator."""
    if value is None:
        return None
    if isinstance(value, bool):  # before int: bool is an int subclass, and `true` is no price
        return "true" if value else "false"
    return str(value).strip() or None


class _LineDict(dict[str, Any]):
    line = 1


class _LineList(list[Any]):
    line = 1


class _LineTrackingDecoder(json.JSONDecoder):
    """A JSONDecoder whose objects and arrays remember the line they start on.

    The C scanner cannot be hooked, so this uses the pure-Python scanner, which asks
    `self.parse_object` / `self.parse_array` for every container; catalogues are small.
    Numbers are parsed as Decimal so prices keep their exact digits.
    """

    def __init__(self, text: str) -> None:
        super().__init__(parse_float=Decimal)
        self._newlines = [i for i, ch in enumerate(text) if ch == "\n"]
        self.parse_object = self._located(json.decoder.JSONObject, _LineDict)
        self.parse_array = self._located(json.decoder.JSONArray, _LineList)
        self.scan_once = json.scanner.py_make_scanner(self)

    def _located(self, parse: Callable[..., tuple[Any, int]],
                 wrap: type[_LineDict] | type[_LineList]) -> Callable[..., tuple[Any, int]]:
        def parse_located(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
            value, end = parse(s_and_end, *args)
            located = wrap(value)
            # s_and_end[1] is just past the opening bracket; lines are 1-based.
            located.line = bisect_right(self._newlines, s_and_end[1] - 1) + 1
            return located, end

        return parse_located


_READERS: dict[str, Callable[[str, str], RowStream]] = {".csv": _read_csv, ".json": _read_json}


# -- validation: raw text -> Product or problems --


class _RowValidator:
    """Applies the catalogue rules to one row at a time and remembers ids already taken."""

    def __init__(self, base_dir: Path, catalog: Catalog) -> None:
        self._base_dir = base_dir
        self._catalog = catalog
        self._id_lines: dict[str, int] = {}

    def add(self, line: int, row: Mapping[str, str | None]) -> None:
        if not row:
            return
        problems: list[CatalogProblem] = []

        def problem(name: str, reason: str) -> None:
            problems.append(CatalogProblem(line, name, reason))

        product_id = row.get("id")
        if product_id is None:
            problem("id", "id is missing; every product needs a unique id.")
        elif product_id in self._id_lines:
            problem("id", f"id {product_id!r} is already used on line "
                          f"{self._id_lines[product_id]}; ids must be unique.")
        title = row.get("title")
        if title is None:
            problem("title", "title is missing.")
        price = _amount(row.get("price"), "price", problem, required=True)
        original = _amount(row.get("original_price"), "original_price", problem, required=False)
        if price is not None and original is not None and original < price:
            problem("original_price", f"original_price {original} is below the price {price}; "
                                      "it should be the higher price before the discount.")
        currency = (row.get("currency") or "").upper()
        if not currency:
            problem("currency", "currency is missing; use an ISO 4217 code such as USD or JPY.")
        elif not is_known_currency(currency):
            problem("currency", f"{row.get('currency')!r} is not an ISO 4217 currency code "
                                "(such as USD, EUR, JPY, THB, VND).")
        stock = _stock(row.get("stock"), problem)
        if problems:
            self._catalog.problems.extend(problems)
            return
        assert product_id is not None and title is not None and price is not None
        self._id_lines[product_id] = line
        self._catalog.products.append(Product(
            id=product_id, title=title, price=price, currency=currency, original_price=original,
            image=self._image(line, row.get("image")), url=row.get("url"), stock=stock,
            shipping_note=row.get("shipping_note"), variants=row.get("variants"),
        ))

    def _image(self, line: int, value: str | None) -> Path | None:
        if value is None:
            return None
        path = Path(value).expanduser()
        if not path.is_absolute():
            path = self._base_dir / path  # relative to the catalogue, so a folder can be moved
        if path.is_file():
            problem = picture_problem(path)
            if problem is None:
                return path
            self._catalog.problems.append(CatalogProblem(
                line, "image", f"{problem} The placeholder will be used.", rejected=False))
            return None
        self._catalog.problems.append(CatalogProblem(
            line, "image", f"image file {value!r} was not found; the placeholder will be used.",
            rejected=False,
        ))
        return None


def _amount(value: str | None, name: str, problem: Callable[[str, str], None],
            required: bool) -> Decimal | None:
    if value is None:
        if required:
            problem(name, f"{name} is missing.")
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():  # Decimal happily parses "NaN" and "Infinity"
        problem(name, f"{name} {value!r} is not a number; write it like 19.99, with a dot for "
                      "decimals and no thousands separators or currency signs.")
        return None
    if amount < 0:
        problem(name, f"{name} {value} is negative.")
        return None
    return amount


def _stock(value: str | None, problem: Callable[[str, str], None]) -> int | None:
    if value is None:
        return None
    if _INTEGER.fullmatch(value):
        stock = int(value)
    else:
        try:  # JSON numbers arrive as Decimal text: "12.0" is still a whole number
            number = Decimal(value)
            stock = int(number) if number.is_finite() and number == number.to_integral() else None
        except InvalidOperation:
            stock = None
    if stock is None:
        problem("stock", f"stock {value!r} is not a whole number.")
    elif stock < 0:
        problem("stock", f"stock {value} is negative.")
        stock = None
    return stock
